package sqldb

import "sync"

// Grouper hands values submitted concurrently to Flush in groups: while a
// flush runs, submissions queue, and the next flush takes up to Max of
// them at once. At most Flushers flushes run at a time, each on its own
// goroutine, which ends when nothing is left to take; an idle Grouper has
// no goroutine. Submit does not wait: values carry their own way of
// answering. The zero value is not usable; set Flush.
type Grouper[T any] struct {
	// Flush handles one group, in submission order.
	Flush func(group []T)
	// Max bounds a group's size; default 32.
	Max int
	// Flushers bounds the concurrent flushes; default 1.
	Flushers int

	mu      sync.Mutex
	pending []T
	running int
}

// Submit queues v for a flush.
func (g *Grouper[T]) Submit(v T) {
	g.mu.Lock()
	g.pending = append(g.pending, v)
	start := g.running < max(g.Flushers, 1)
	if start {
		g.running++
	}
	g.mu.Unlock()
	if start {
		go g.run()
	}
}

func (g *Grouper[T]) run() {
	limit := g.Max
	if limit <= 0 {
		limit = 32
	}
	for {
		g.mu.Lock()
		n := min(len(g.pending), limit)
		if n == 0 {
			g.running--
			g.mu.Unlock()
			return
		}
		group := make([]T, n)
		copy(group, g.pending)
		g.pending = append(g.pending[:0], g.pending[n:]...)
		g.mu.Unlock()
		g.Flush(group)
	}
}
