// Package routingtest helps test code that uses package routing: a
// conformance suite for Router implementations and a Recorder that
// collects SLA notices.
package routingtest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

// Run checks that the Router made by newRouter keeps the contract of
// routing.Router: every message gets a queue and no error, emergencies are
// flagged, deadlines do not come before arrival, and decisions are
// deterministic and safe to make concurrently. newRouter gets the subtest's
// *testing.T, so it can register cleanup.
func Run(t *testing.T, newRouter func(t *testing.T) routing.Router) {
	t.Helper()
	inputs := Inputs()
	t.Run("EveryMessageGetsAQueue", func(t *testing.T) {
		t.Parallel()
		r := newRouter(t)
		for _, in := range inputs {
			d, err := r.Route(t.Context(), in)
			if err != nil {
				t.Fatalf("Route(%s/%s/%s) error: %v", in.Intent, in.Urgency, in.Channel, err)
			}
			if d.Queue == "" {
				t.Errorf("Route(%s/%s/%s): empty queue", in.Intent, in.Urgency, in.Channel)
			}
		}
	})
	t.Run("EmergenciesAreFlagged", func(t *testing.T) {
		t.Parallel()
		r := newRouter(t)
		for _, in := range inputs {
			if in.Urgency != triage.UrgencyEmergency {
				continue
			}
			d, err := r.Route(t.Context(), in)
			if err != nil || !d.Emergency || d.Priority < routing.PriorityEmergency {
				t.Errorf("emergency %s/%s: %+v, %v; want the emergency flag and priority", in.Intent, in.Channel, d, err)
			}
		}
	})
	t.Run("DeadlinesFollowArrival", func(t *testing.T) {
		t.Parallel()
		r := newRouter(t)
		for _, in := range inputs {
			d, err := r.Route(t.Context(), in)
			if err == nil && !d.FirstResponseDue.IsZero() && d.FirstResponseDue.Before(in.At) {
				t.Errorf("%s/%s: due %v before arrival %v", in.Intent, in.Urgency, d.FirstResponseDue, in.At)
			}
		}
	})
	t.Run("DeterministicAndConcurrent", func(t *testing.T) {
		t.Parallel()
		r := newRouter(t)
		want := make([]routing.Decision, len(inputs))
		for i, in := range inputs {
			want[i], _ = r.Route(t.Context(), in)
		}
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				for i, in := range inputs {
					got, _ := r.Route(t.Context(), in)
					if got.Queue != want[i].Queue || got.Rule != want[i].Rule || got.Priority != want[i].Priority ||
						!got.FirstResponseDue.Equal(want[i].FirstResponseDue) {
						t.Errorf("%s/%s: decision changed: %+v then %+v", in.Intent, in.Urgency, want[i], got)
						return
					}
				}
			})
		}
		wg.Wait()
	})
}

// Inputs returns the inputs Run routes: every intent, urgency and channel,
// in English and Spanish, on a weekday morning, at night and on a Sunday,
// with and without a red flag and a patient attribute.
func Inputs() []routing.Input {
	times := []time.Time{
		time.Date(2026, 11, 23, 15, 0, 0, 0, time.UTC), // Monday morning in the Americas
		time.Date(2026, 11, 24, 5, 0, 0, 0, time.UTC),  // night
		time.Date(2026, 3, 8, 8, 30, 0, 0, time.UTC),   // a Sunday with a DST change
	}
	var out []routing.Input
	for i, intent := range triage.Intents() {
		for j, u := range []triage.Urgency{triage.UrgencyRoutine, triage.UrgencyUrgent, triage.UrgencyEmergency} {
			for k, ch := range channels.Kinds() {
				in := routing.Input{PracticeID: "practice-1", Intent: intent, Urgency: u, Channel: ch,
					Language: []string{"en", "es"}[(i+k)%2], At: times[(i+j+k)%len(times)]}
				if (i+j)%3 == 0 {
					in.RedFlags = []triage.RedFlag{{Kind: "chest_pain", Urgency: triage.UrgencyEmergency}}
				}
				if k%2 == 1 {
					in.Attributes = map[string]string{"plan": "gold"}
				}
				out = append(out, in)
			}
		}
	}
	return out
}

// Recorder is a routing.Notifier that keeps every notice, for tests. It is
// safe for concurrent use; the zero value is ready.
type Recorder struct {
	mu      sync.Mutex
	notices []routing.Notice
	changed chan struct{}
}

var _ routing.Notifier = (*Recorder)(nil)

// Notify records n.
func (r *Recorder) Notify(_ context.Context, n routing.Notice) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.notices = append(r.notices, n)
	if r.changed != nil {
		close(r.changed)
		r.changed = nil
	}
	return nil
}

// Notices returns the notices recorded so far, in order.
func (r *Recorder) Notices() []routing.Notice {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]routing.Notice(nil), r.notices...)
}

// Wait blocks until at least n notices are recorded, then returns them; it
// returns ctx.Err() if ctx ends first.
func (r *Recorder) Wait(ctx context.Context, n int) ([]routing.Notice, error) {
	for {
		r.mu.Lock()
		if len(r.notices) >= n {
			out := append([]routing.Notice(nil), r.notices...)
			r.mu.Unlock()
			return out, nil
		}
		if r.changed == nil {
			r.changed = make(chan struct{})
		}
		ch := r.changed
		r.mu.Unlock()
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-ch:
		}
	}
}
