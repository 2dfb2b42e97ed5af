package audit

import (
	"context"
	"errors"
	"slices"
)

// ErrNotCarried is returned by Log.Ride when nothing of the rider was
// written: the Log's sink cannot carry it, or its write did not apply
// when the batch ran (the sink says why in its own terms, such as a row
// changed since the rider was made). Its events were not recorded either;
// the caller writes on its own and appends the events as usual.
var ErrNotCarried = errors.New("audit: rider not carried")

// A Rider is a write of another store that a RiderSink commits in the
// same transaction as a batch of events, so that the write and the events
// that record it are stored together or not at all, and many writes
// share one commit with the audit trail. The audit package never looks
// inside a Rider: only a sink that knows its concrete type carries it
// (RiderSink.Carries). A database store makes its own Riders for the
// sink over the same database.
type Rider interface {
	// Events returns the events that record the rider's write, once the
	// sink has run the write and it applied. The Log validates and chains
	// them like appended events (a zero Time gets the clock's time).
	Events() []Event
}

// A RiderSink is a Sink that can commit Riders' writes in the
// transaction that stores a batch. Log.Ride uses it.
type RiderSink interface {
	Sink
	// Carries reports whether AppendRiders can run r's write.
	Carries(r Rider) bool
	// AppendRiders commits, in one transaction, writes of riders and the
	// events of the batch: it calls stamp with the riders it is about to
	// write (in the order it writes them) and stores the events stamp
	// returns (chained, in order; possibly none) with those writes. When
	// a rider's write does not apply (the sink says why in its own
	// terms) nothing of the transaction is kept: the sink may call stamp
	// again with fewer riders and try again, so only the last call
	// counts. AppendRiders returns nil once the riders of the last call
	// and its events are committed. After an error nothing was
	// committed, unless the error says the outcome is unknown (a lost
	// connection), in which case the last call's riders and events may
	// have been. An error from stamp is returned with nothing committed.
	AppendRiders(ctx context.Context, riders []Rider, stamp func(riders []Rider) ([]Event, error)) error
}

// A Carrier takes Riders: Log is one. A store that makes Riders asks its
// audit sink for this interface.
type Carrier interface {
	// Ride commits r's write with the events that record it, or returns
	// ErrNotCarried having written nothing (see Log.Ride).
	Ride(ctx context.Context, r Rider) error
}

var _ Carrier = (*Log)(nil)

// Ride commits r's write and the events that record it in the
// transaction that stores the Log's next batch: the write, its events and
// the events of the other callers in the batch share one commit, and the
// events are chained in commit order like appended ones. It returns nil
// once that commit is done, and ErrNotCarried when the sink cannot carry
// r, r's write did not apply, or r's events are not valid (nothing of r
// is then written; in the last case the batch fails). As with
// Append, when ctx ends while the call waits for its batch, Ride returns
// ctx.Err() and the write may still be committed with the batch; a sink
// may skip a rider whose context has ended.
func (l *Log) Ride(ctx context.Context, r Rider) error {
	rs, ok := l.sink.(RiderSink)
	if !ok || !rs.Carries(r) {
		return ErrNotCarried
	}
	slot := &riderSlot{r: r}
	b, err := l.c.submit(ctx, func(b *batch) error {
		b.riders = append(b.riders, slot)
		b.n++ // a batch lingers for riders (see committer.linger)
		return nil
	})
	if !slot.applied && (err == nil || b != nil) {
		// The batch ran without the rider's write, or failed before it
		// was kept: nothing of it was committed.
		return ErrNotCarried
	}
	return err
}

// riderSlot is a rider in a batch and whether its write applied.
type riderSlot struct {
	r       Rider
	applied bool
}

// flushRiders writes b through the RiderSink: the riders' writes, b's
// events and the events of the riders written, chained after the head,
// which moves once the sink has committed.
func (l *Log) flushRiders(ctx context.Context, b *batch) error {
	riders := make([]Rider, len(b.riders))
	for i, s := range b.riders {
		riders[i] = s.r
	}
	var (
		next    chainState
		stamped bool
		last    []*riderSlot // the riders of the last stamp call
	)
	stampRiders := func(written []Rider) ([]Event, error) {
		stamped, last = false, last[:0]
		events := append([]Event(nil), b.events...)
		now := l.clock.Now()
		for _, r := range written {
			k := slices.IndexFunc(b.riders, func(s *riderSlot) bool { return s.r == r })
			if k < 0 || slices.Contains(last, b.riders[k]) {
				return nil, errors.New("audit: sink wrote a rider it was not given, or twice")
			}
			last = append(last, b.riders[k])
			for _, e := range r.Events() {
				if e.Action == ActionCheckpoint {
					return nil, invalid("action", "reserved for the log")
				}
				if e.Time.IsZero() {
					e.Time = now
				}
				if err := e.Validate(); err != nil {
					return nil, err
				}
				events = append(events, e)
			}
		}
		out, state := l.chain(b, events)
		next, stamped = state, true
		return out, nil
	}
	err := l.sink.(RiderSink).AppendRiders(ctx, riders, func(written []Rider) ([]Event, error) {
		out, err := stampRiders(written)
		if err != nil {
			last = last[:0] // nothing is written
		}
		return out, err
	})
	if err == nil && !stamped {
		return errors.New("audit: rider sink committed without stamping the batch")
	}
	if err == nil {
		l.keep(next)
	}
	// The riders of the last call are written, or failed with an unknown
	// outcome; the others were not written.
	for _, s := range last {
		s.applied = true
	}
	return err
}
