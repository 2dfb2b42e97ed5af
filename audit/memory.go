package audit

import (
	"context"
	"sync"
)

// MemorySink keeps events in memory, in the order they were appended. It is
// the reference Sink for tests and examples; its events are durable only
// for the life of the process. It is safe for concurrent use.
type MemorySink struct {
	mu     sync.RWMutex
	chunks [][]memEvent // full chunks of chunkSize events, then the last one
	closed bool
}

// memEvent is an event as a MemorySink keeps it: its Detail, copied from
// the caller's map, as key and value pairs, which cost the garbage
// collector less than a map for each of many thousands of events.
type memEvent struct {
	Event  // Detail nil
	detail []string
}

// keep returns e as a MemorySink keeps it, sharing nothing with e.
func keep(e Event) memEvent {
	m := memEvent{Event: e}
	m.Event.Detail = nil
	if len(e.Detail) > 0 {
		m.detail = make([]string, 0, 2*len(e.Detail))
		for k, v := range e.Detail {
			m.detail = append(m.detail, k, v)
		}
	}
	return m
}

// event returns the event m keeps, with a Detail map of its own.
func (m *memEvent) event() Event {
	e := m.Event
	if len(m.detail) > 0 {
		e.Detail = make(map[string]string, len(m.detail)/2)
		for i := 0; i+1 < len(m.detail); i += 2 {
			e.Detail[m.detail[i]] = m.detail[i+1]
		}
	}
	return e
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
		n := len(s.chunks)
		if n == 0 || len(s.chunks[n-1]) == chunkSize {
			s.chunks = append(s.chunks, make([]memEvent, 0, chunkSize))
			n++
		}
		s.chunks[n-1] = append(s.chunks[n-1], keep(e))
	}
	return nil
}

// Events returns a copy of every event recorded, checkpoints included, in
// order; pass it to Verify.
func (s *MemorySink) Events() []Event {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n := 0
	for _, c := range s.chunks {
		n += len(c)
	}
	if n == 0 {
		return nil
	}
	out := make([]Event, 0, n)
	for _, c := range s.chunks {
		for i := range c {
			out = append(out, c[i].event())
		}
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
			if q.Match(&c[i].Event) {
				out = append(out, c[i].event())
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
