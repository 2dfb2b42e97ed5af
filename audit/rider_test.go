package audit_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
)

// fakeRider is a write into riderSink's table: it applies unless refuse
// is set, and records ev.
type fakeRider struct {
	key    string
	ev     audit.Event
	refuse bool
}

func (r *fakeRider) Events() []audit.Event { return []audit.Event{r.ev} }

// riderSink is a MemorySink that carries fakeRiders the way a database
// sink does: a transaction writes every rider and the stamped events, or
// nothing; a rider that refuses stops the transaction, which is tried
// again without it.
type riderSink struct {
	*audit.MemorySink
	mu      sync.Mutex
	written []string // keys of committed riders, in commit order
	fail    error    // the next transaction fails with it, after stamping
	stamps  int      // stamp calls
}

func (s *riderSink) Carries(r audit.Rider) bool { _, ok := r.(*fakeRider); return ok }

func (s *riderSink) AppendRiders(ctx context.Context, riders []audit.Rider, stamp func([]audit.Rider) ([]audit.Event, error)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		s.stamps++
		events, err := stamp(riders)
		if err != nil {
			return err
		}
		k := slices.IndexFunc(riders, func(r audit.Rider) bool { return r.(*fakeRider).refuse })
		if k >= 0 {
			riders = slices.Delete(slices.Clone(riders), k, k+1)
			continue
		}
		if err := s.fail; err != nil {
			s.fail = nil
			return err
		}
		if err := s.MemorySink.Append(ctx, events...); err != nil {
			return err
		}
		for _, r := range riders {
			s.written = append(s.written, r.(*fakeRider).key)
		}
		return nil
	}
}

func newRiderLog(t *testing.T, every int) (*audit.Log, *riderSink) {
	t.Helper()
	_, priv := testKey(t, "main")
	sink := &riderSink{MemorySink: audit.NewMemorySink()}
	l, err := audit.NewLog(sink, audit.Config{SigningKey: priv, CheckpointEvery: every})
	if err != nil {
		t.Fatal(err)
	}
	return l, sink
}

func rider(key string, i int) *fakeRider {
	ev := event("p1", i)
	ev.Action, ev.MessageID = audit.ActionMessageReceived, key
	return &fakeRider{key: key, ev: ev}
}

func TestRideWritesAndChainsTogether(t *testing.T) {
	pub, _ := testKey(t, "main")
	l, sink := newRiderLog(t, 4)
	ctx := t.Context()
	for i := range 6 {
		if err := l.Ride(ctx, rider(fmt.Sprint("m", i), i)); err != nil {
			t.Fatalf("ride %d: %v", i, err)
		}
		if err := l.Append(ctx, event("p1", 100+i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if want := []string{"m0", "m1", "m2", "m3", "m4", "m5"}; !slices.Equal(sink.written, want) {
		t.Errorf("written %v, want %v", sink.written, want)
	}
	events := sink.Events()
	res, err := audit.Verify(events, audit.VerifyOptions{PublicKey: pub, RequireSealed: true})
	if err != nil {
		t.Fatalf("chain with riders: %v", err)
	}
	if res.Checkpoints < 3 {
		t.Errorf("%d checkpoints in 12 events every 4, want at least 3", res.Checkpoints)
	}
	var received []string
	for _, e := range events {
		if e.Action == audit.ActionMessageReceived {
			received = append(received, e.MessageID)
		}
	}
	if !slices.Equal(received, sink.written) {
		t.Errorf("events of riders %v, want %v", received, sink.written)
	}
}

func TestRideNotCarried(t *testing.T) {
	ctx := t.Context()
	t.Run("sink without riders", func(t *testing.T) {
		l, sink, _ := newMemLog(t, -1)
		if err := l.Ride(ctx, rider("m1", 1)); !errors.Is(err, audit.ErrNotCarried) {
			t.Errorf("ride over a MemorySink: %v, want ErrNotCarried", err)
		}
		if n := len(sink.Events()); n != 0 {
			t.Errorf("%d events recorded", n)
		}
	})
	t.Run("rider of another kind", func(t *testing.T) {
		l, _ := newRiderLog(t, -1)
		if err := l.Ride(ctx, otherRider{}); !errors.Is(err, audit.ErrNotCarried) {
			t.Errorf("ride of a rider the sink does not carry: %v, want ErrNotCarried", err)
		}
	})
	t.Run("write that does not apply", func(t *testing.T) {
		l, sink := newRiderLog(t, -1)
		r := rider("m1", 1)
		r.refuse = true
		if err := l.Ride(ctx, r); !errors.Is(err, audit.ErrNotCarried) {
			t.Errorf("refused rider: %v, want ErrNotCarried", err)
		}
		if len(sink.written) != 0 || len(sink.Events()) != 0 {
			t.Errorf("refused rider left %v and %d events", sink.written, len(sink.Events()))
		}
		if h := l.Head(); h.Seq != 0 {
			t.Errorf("head moved to %d", h.Seq)
		}
	})
}

type otherRider struct{}

func (otherRider) Events() []audit.Event { return nil }

func TestRideSinkFailure(t *testing.T) {
	l, sink := newRiderLog(t, -1)
	ctx := t.Context()
	if err := l.Ride(ctx, rider("m1", 1)); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("connection lost")
	sink.fail = boom
	if err := l.Ride(ctx, rider("m2", 2)); !errors.Is(err, boom) {
		t.Errorf("ride in a failed transaction: %v, want the sink's error (outcome unknown)", err)
	}
	if h := l.Head(); h.Seq != 1 {
		t.Errorf("head seq %d after a failed batch, want 1", h.Seq)
	}
	if err := l.Ride(ctx, rider("m3", 3)); err != nil {
		t.Fatal(err)
	}
	if _, err := audit.Verify(sink.Events(), audit.VerifyOptions{}); err != nil {
		t.Errorf("chain after a failed batch: %v", err)
	}
	if want := []string{"m1", "m3"}; !slices.Equal(sink.written, want) {
		t.Errorf("written %v, want %v", sink.written, want)
	}
}

func TestRideInvalidEventWritesNothing(t *testing.T) {
	l, sink := newRiderLog(t, -1)
	r := rider("m1", 1)
	r.ev.PracticeID = ""
	if err := l.Ride(t.Context(), r); !errors.Is(err, audit.ErrNotCarried) {
		t.Fatalf("rider with an invalid event: %v, want ErrNotCarried (its caller appends the event and gets the error)", err)
	}
	if len(sink.written) != 0 || len(sink.Events()) != 0 {
		t.Errorf("an invalid rider left %v and %d events", sink.written, len(sink.Events()))
	}
	if err := l.Append(t.Context(), r.ev); !errors.Is(err, audit.ErrInvalidEvent) {
		t.Errorf("append of the invalid event: %v, want ErrInvalidEvent", err)
	}
}

// TestRideConcurrent runs riders, refused riders and plain appends from
// many goroutines: every carried rider is written once with its event,
// no refused one is, and the chain verifies.
func TestRideConcurrent(t *testing.T) {
	pub, _ := testKey(t, "main")
	l, sink := newRiderLog(t, 16)
	ctx := t.Context()
	const workers, each = 8, 40
	var mu sync.Mutex
	carried := map[string]bool{}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				key := fmt.Sprintf("w%d-%d", w, i)
				r := rider(key, i)
				r.refuse = i%7 == 3
				err := l.Ride(ctx, r)
				switch {
				case err == nil:
					mu.Lock()
					carried[key] = true
					mu.Unlock()
				case !errors.Is(err, audit.ErrNotCarried) || !r.refuse:
					t.Errorf("ride %s: %v", key, err)
				}
				if err := l.Append(ctx, event("p1", i)); err != nil {
					t.Errorf("append: %v", err)
				}
			}
		})
	}
	wg.Wait()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if len(sink.written) != len(carried) {
		t.Errorf("%d riders written, %d reported carried", len(sink.written), len(carried))
	}
	seen := map[string]bool{}
	for _, k := range sink.written {
		if !carried[k] || seen[k] {
			t.Errorf("rider %s written twice or not reported", k)
		}
		seen[k] = true
	}
	events := sink.Events()
	var received int
	for _, e := range events {
		if e.Action == audit.ActionMessageReceived {
			received++
			if !carried[e.MessageID] {
				t.Errorf("event of rider %s, which was not carried", e.MessageID)
			}
		}
	}
	if received != len(carried) {
		t.Errorf("%d rider events for %d riders", received, len(carried))
	}
	if _, err := audit.Verify(events, audit.VerifyOptions{PublicKey: pub, RequireSealed: true}); err != nil {
		t.Errorf("chain: %v", err)
	}
}

// lostCommitSink is a riderSink that can lose a commit's answer: the
// transaction is committed but AppendRiders (or Append) reports a lost
// connection. It reads its head back (audit.HeadReader).
type lostCommitSink struct {
	riderSink
	lose bool
}

var errLost = errors.New("connection lost during commit")

func (s *lostCommitSink) AppendRiders(ctx context.Context, riders []audit.Rider, stamp func([]audit.Rider) ([]audit.Event, error)) error {
	err := s.riderSink.AppendRiders(ctx, riders, stamp)
	if err == nil && s.lose {
		s.lose = false
		return errLost
	}
	return err
}

func (s *lostCommitSink) Append(ctx context.Context, events ...audit.Event) error {
	err := s.MemorySink.Append(ctx, events...)
	if err == nil && s.lose {
		s.lose = false
		return errLost
	}
	return err
}

func (s *lostCommitSink) ReadHead(context.Context) (audit.Head, error) {
	events := s.Events()
	if len(events) == 0 {
		return audit.Head{}, nil
	}
	last := events[len(events)-1]
	return audit.Head{Seq: last.Seq, Hash: last.Hash}, nil
}

// TestLogRereadsHeadAfterLostCommit: a batch committed by the sink but
// reported failed (the connection was lost with the answer) is continued,
// not forked, by the next batch, because the Log reads the head back.
func TestLogRereadsHeadAfterLostCommit(t *testing.T) {
	for _, ride := range []bool{false, true} {
		t.Run(fmt.Sprint("ride=", ride), func(t *testing.T) {
			sink := &lostCommitSink{riderSink: riderSink{MemorySink: audit.NewMemorySink()}}
			l, err := audit.NewLog(sink, audit.Config{})
			if err != nil {
				t.Fatal(err)
			}
			ctx := t.Context()
			write := func(i int) error {
				if ride {
					return l.Ride(ctx, rider(fmt.Sprint("m", i), i))
				}
				return l.Append(ctx, event("p1", i))
			}
			if err := write(1); err != nil {
				t.Fatal(err)
			}
			sink.lose = true
			if err := write(2); !errors.Is(err, errLost) {
				t.Fatalf("write with a lost commit: %v, want the loss", err)
			}
			for i := 3; i <= 4; i++ {
				if err := write(i); err != nil {
					t.Fatal(err)
				}
			}
			events := sink.Events()
			if _, err := audit.Verify(events, audit.VerifyOptions{}); err != nil {
				t.Errorf("chain after a lost commit: %v", err)
			}
			if len(events) != 4 || l.Head().Seq != 4 {
				t.Errorf("%d events, head %d; want 4 and 4 (the lost commit kept)", len(events), l.Head().Seq)
			}
		})
	}
}
