package audit

import (
	"context"
	"maps"
	"sync"
)

// MemorySink keeps events in memory, in the order they were appended. It is
// the reference Sink for tests and examples; its events are durable only
// for the life of the process. It is safe for concurrent use.
type MemorySink struct {
	mu     sync.RWMutex
	chunks [][]Event // full chunks of chunkSize events, then the last one
	closed bool
}

// chunkSize events are stored per chunk, so that growing never copies
// what is already stored.
const chunkSize = 4096

var (
	_ Sink    = (*MemorySink)(nil)
	_ Querier = (*MemorySink)(nil)
)

// NewMemorySink returns an empty MemorySink.
func NewMemorySink() *MemorySink { return &MemorySink{} }

// Append validates the events and records all of them or, on error, none.
func (s *MemorySink) Append(ctx context.Context, events ...Event) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	for i := range events {
		if err := events[i].Validate(); err != nil {
			return err
		}
	}
	return s.appendValidated(ctx, events)
}

// appendValidated is Append for events a Log already validated.
func (s *MemorySink) appendValidated(ctx context.Context, events []Event) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	for _, e := range events {
		e.Detail = maps.Clone(e.Detail)
		n := len(s.chunks)
		if n == 0 || len(s.chunks[n-1]) == chunkSize {
			s.chunks = append(s.chunks, make([]Event, 0, chunkSize))
			n++
		}
		s.chunks[n-1] = append(s.chunks[n-1], e)
	}
	return nil
}

// Events returns a copy of every event recorded, checkpoints included, in
// order; pass it to Verify.
func (s *MemorySink) Events() []Event {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Event
	for _, c := range s.chunks {
		out = append(out, c...)
	}
	for i := range out {
		out[i].Detail = maps.Clone(out[i].Detail)
	}
	return out
}

// Query returns the events q selects, in order.
func (s *MemorySink) Query(ctx context.Context, q Query) ([]Event, error) {
	if err := q.check(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Event
	for _, c := range s.chunks {
		for i := range c {
			if q.Match(&c[i]) {
				e := c[i]
				e.Detail = maps.Clone(e.Detail)
				out = append(out, e)
				if q.Limit > 0 && len(out) == q.Limit {
					return out, nil
				}
			}
		}
	}
	return out, nil
}

// Close makes later Appends fail with ErrClosed; the events stay readable.
// Closing again does nothing.
func (s *MemorySink) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	return nil
}
