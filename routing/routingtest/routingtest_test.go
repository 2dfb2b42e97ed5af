package routingtest_test

import (
	"context"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/routing/routingtest"
	"github.com/frontdeskhq/frontdesk/triage"
)

func TestDefaultConforms(t *testing.T) {
	routingtest.Run(t, func(*testing.T) routing.Router { return routing.Default() })
}

func TestEngineWithCalendarConforms(t *testing.T) {
	routingtest.Run(t, func(t *testing.T) routing.Router {
		cal, err := routing.NewCalendar(routing.DefaultCalendarSpec("America/Los_Angeles"))
		if err != nil {
			t.Skipf("time zone data unavailable: %v", err)
		}
		e, err := routing.New(routing.DefaultRuleset(), routing.Config{Calendar: cal})
		if err != nil {
			t.Fatal(err)
		}
		return e
	})
}

func TestPracticesConforms(t *testing.T) {
	routingtest.Run(t, func(*testing.T) routing.Router {
		p := routing.NewPractices(nil)
		p.Set("practice-1", routing.Default())
		return p
	})
}

func TestRecorderWithWatcher(t *testing.T) {
	sla, err := routing.NewSLA(nil, routing.SLAPolicy{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	clk := clocktest.NewFake(start)
	var rec routingtest.Recorder
	w := routing.NewWatcher(sla, &rec, routing.WatcherConfig{Clock: clk})
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	go func() { _ = w.Run(ctx) }()
	w.Record("p1", "c1", routing.ClockEvent{Kind: routing.ClockStarted, At: start, Queue: routing.QueueNursing, Urgency: triage.UrgencyEmergency})
	if err := clk.BlockUntil(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	clk.Advance(20 * time.Minute)
	ns, err := rec.Wait(t.Context(), 4)
	if err != nil {
		t.Fatal(err)
	}
	want := []routing.NoticeKind{routing.NoticeWarning, routing.NoticeBreached, routing.NoticeEscalated, routing.NoticeEscalated}
	for i, k := range want {
		if ns[i].Kind != k {
			t.Fatalf("notices %+v, want kinds %v", ns, want)
		}
	}
	if ns[1].At != start.Add(15*time.Minute) {
		t.Errorf("breach at %v, want 15 minutes after start", ns[1].At)
	}
}
