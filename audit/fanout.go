package audit

import (
	"context"
	"errors"
	"fmt"
)

// Fanout is a Sink that appends every event to several sinks, such as a
// FileSink and a ZapSink, in the order they were given. Append returns nil
// only when every sink accepted the events; otherwise it joins the sinks'
// errors, each naming the sink's index. Put a Log above a Fanout (not one
// Log per sink) so that every sink holds the same chain. It is as safe
// for concurrent use as its sinks.
type Fanout struct {
	sinks []Sink
}

var (
	_ Sink    = (*Fanout)(nil)
	_ Querier = (*Fanout)(nil)
)

// NewFanout returns a Fanout over sinks.
func NewFanout(sinks ...Sink) (*Fanout, error) {
	if len(sinks) == 0 {
		return nil, errors.New("audit: fanout needs a sink")
	}
	for i, s := range sinks {
		if s == nil {
			return nil, fmt.Errorf("audit: fanout sink %d is nil", i)
		}
	}
	return &Fanout{sinks: append([]Sink(nil), sinks...)}, nil
}

// Append appends the events to every sink in turn. It validates first, so
// an invalid event reaches no sink.
func (f *Fanout) Append(ctx context.Context, events ...Event) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	for i := range events {
		if err := events[i].Validate(); err != nil {
			return err
		}
	}
	var errs []error
	for i, s := range f.sinks {
		if err := s.Append(ctx, events...); err != nil {
			errs = append(errs, fmt.Errorf("audit: fanout sink %d: %w", i, err))
		}
	}
	return errors.Join(errs...)
}

// Query asks the first sink that implements Querier; without one it
// returns ErrNoQuerier.
func (f *Fanout) Query(ctx context.Context, q Query) ([]Event, error) {
	for _, s := range f.sinks {
		if qs, ok := s.(Querier); ok {
			return qs.Query(ctx, q)
		}
	}
	return nil, ErrNoQuerier
}

// ErrNoQuerier is returned by Fanout.Query when none of its sinks can be
// queried.
var ErrNoQuerier = errors.New("audit: no sink can be queried")

// Close closes every sink and joins their errors.
func (f *Fanout) Close() error {
	var errs []error
	for i, s := range f.sinks {
		if err := s.Close(); err != nil {
			errs = append(errs, fmt.Errorf("audit: fanout sink %d: %w", i, err))
		}
	}
	return errors.Join(errs...)
}
