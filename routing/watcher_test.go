package routing_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

func TestWatcherDeliversNoticesOnTheFakeClock(t *testing.T) {
	loc := chicago(t)
	s := clinicSLA(t, routing.SLAPolicy{
		Targets: map[triage.Urgency]routing.Target{triage.UrgencyUrgent: {Within: time.Hour}},
		WarnAt:  0.5,
	})
	start := time.Date(2026, 11, 23, 9, 0, 0, 0, loc)
	clk := clocktest.NewFake(start)
	got := make(chan routing.Notice, 16)
	w := routing.NewWatcher(s, routing.NotifierFunc(func(_ context.Context, n routing.Notice) error {
		got <- n
		return nil
	}), routing.WatcherConfig{Clock: clk})

	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error)
	go func() { done <- w.Run(ctx) }()

	w.Record("p1", "c1", routing.ClockEvent{Kind: routing.ClockStarted, At: start, Queue: "nursing", Urgency: triage.UrgencyUrgent})
	w.Record("p1", "c2", routing.ClockEvent{Kind: routing.ClockStarted, At: start, Queue: "nursing", Urgency: triage.UrgencyUrgent})
	w.Record("p1", "c2", routing.ClockEvent{Kind: routing.ClockStopped, At: start}) // answered at once
	expect := func(kinds ...routing.NoticeKind) {
		t.Helper()
		for _, k := range kinds {
			select {
			case n := <-got:
				if n.Kind != k || n.ConversationID != "c1" || n.PracticeID != "p1" {
					t.Fatalf("notice %+v, want %s for c1", n, k)
				}
			case <-t.Context().Done():
				t.Fatalf("no %s notice", k)
			}
		}
	}
	advance := func(d time.Duration) {
		t.Helper()
		if err := clk.BlockUntil(t.Context(), 1); err != nil {
			t.Fatal(err)
		}
		clk.Advance(d)
	}

	advance(30 * time.Minute)
	expect(routing.NoticeWarning)

	// The nurse asks the patient a question: the clock waits.
	w.Record("p1", "c1", routing.ClockEvent{Kind: routing.ClockPaused, At: clk.Now()})
	clk.Advance(3 * time.Hour) // 12:30, over lunch
	w.Record("p1", "c1", routing.ClockEvent{Kind: routing.ClockResumed, At: clk.Now()})
	// 30 minutes were left; the practice reopens at 13:00, so the deadline is 13:30.
	advance(time.Hour)
	expect(routing.NoticeBreached, routing.NoticeEscalated, routing.NoticeEscalated)
	if tr, ok := w.Tracked("p1", "c1"); !ok || tr.Stage != 4 {
		t.Errorf("tracked stage = %d, %v; want 4", tr.Stage, ok)
	}
	if _, ok := w.Tracked("p1", "c2"); ok {
		t.Error("answered conversation is still watched")
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v", err)
	}
	select {
	case n := <-got:
		t.Errorf("unexpected notice %+v", n)
	default:
	}
}

func TestWatcherLogsNotifierFailuresWithIDs(t *testing.T) {
	core, logs := observer.New(zap.DebugLevel)
	s := clinicSLA(t, routing.SLAPolicy{})
	start := time.Date(2026, 11, 23, 9, 0, 0, 0, chicago(t))
	clk := clocktest.NewFake(start)
	w := routing.NewWatcher(s, routing.NotifierFunc(func(context.Context, routing.Notice) error {
		return errors.New("pager down")
	}), routing.WatcherConfig{Clock: clk, Logger: zap.New(core)})
	w.Track(routing.Tracked{PracticeID: "p1", ConversationID: "c9",
		Events: []routing.ClockEvent{{Kind: routing.ClockStarted, At: start, Queue: "nursing", Urgency: triage.UrgencyEmergency}}})
	clk.Advance(time.Hour)
	if next := w.Check(t.Context()); !next.IsZero() {
		t.Errorf("next = %v after every stage", next)
	}
	if logs.Len() != 4 {
		t.Fatalf("%d log entries, want 4 (warning, breach, two steps)", logs.Len())
	}
	for _, e := range logs.All() {
		if e.ContextMap()["conversation_id"] != "c9" {
			t.Errorf("log entry without the conversation id: %v", e.ContextMap())
		}
	}
}
