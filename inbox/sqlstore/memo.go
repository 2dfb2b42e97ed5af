package sqlstore

import "sync"

// memoLimit bounds each memo; past it the memo starts over (a memo only
// ever saves round trips, so forgetting is always safe).
const memoLimit = 16384

// memo remembers values by (practice, key) for the Store's fast paths
// (remembered contacts and conversation rows). clone copies a value in
// and out, so that the memo and its callers share no memory.
type memo[V any] struct {
	mu    sync.Mutex
	m     map[[2]string]V
	clone func(V) V
}

// get returns a copy of the value remembered for (practiceID, key).
func (c *memo[V]) get(practiceID, key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[[2]string{practiceID, key}]
	if ok {
		v = c.clone(v)
	}
	return v, ok
}

// peek returns the value remembered for (practiceID, key) itself, not a
// copy: the caller must not modify it (values are copied on put, so it
// never changes).
func (c *memo[V]) peek(practiceID, key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[[2]string{practiceID, key}]
	return v, ok
}

// put remembers a copy of v. With ifAbsent it keeps a value already
// remembered (v was read, and a write made meanwhile is newer).
func (c *memo[V]) put(practiceID, key string, v V, ifAbsent bool) {
	k := [2]string{practiceID, key}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= memoLimit {
		c.m = make(map[[2]string]V)
	}
	if _, ok := c.m[k]; ok && ifAbsent {
		return
	}
	c.m[k] = c.clone(v)
}

// forget drops what is remembered for (practiceID, key).
func (c *memo[V]) forget(practiceID, key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.m, [2]string{practiceID, key})
}
