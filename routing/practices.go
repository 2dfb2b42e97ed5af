package routing

import (
	"context"
	"sync"
)

// Practices is a Router for many practices: it routes each message with
// the router set for its Input.PracticeID, and others with a fallback. A
// vendor hosting several practices gives it to the inbox as its one
// Router and swaps a practice's router (after Load) with Set. It is safe
// for concurrent use.
type Practices struct {
	fallback Router
	mu       sync.RWMutex
	routers  map[string]Router
}

var _ Router = (*Practices)(nil)

// NewPractices returns a Practices routing unknown practices with fallback
// (Default() when nil).
func NewPractices(fallback Router) *Practices {
	if fallback == nil {
		fallback = Default()
	}
	return &Practices{fallback: fallback, routers: map[string]Router{}}
}

// Set makes r the router of practiceID; a nil r removes it.
func (p *Practices) Set(practiceID string, r Router) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if r == nil {
		delete(p.routers, practiceID)
		return
	}
	p.routers[practiceID] = r
}

// Route routes in with its practice's router.
func (p *Practices) Route(ctx context.Context, in Input) (Decision, error) {
	p.mu.RLock()
	r, ok := p.routers[in.PracticeID]
	p.mu.RUnlock()
	if !ok {
		r = p.fallback
	}
	return r.Route(ctx, in)
}
