package inbox_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

// hourRouter gives routine messages one hour (all hours), warns at half
// time, and escalates: notify a supervisor and raise the priority at the
// deadline, re-route to nursing 30 minutes later.
func hourRouter(t *testing.T) *routing.Engine {
	t.Helper()
	eng, err := routing.New(routing.DefaultRuleset(), routing.Config{SLA: routing.SLAPolicy{
		Targets: map[triage.Urgency]routing.Target{triage.UrgencyRoutine: {Within: time.Hour, AllHours: true}},
		WarnAt:  0.5,
		Escalation: []routing.Step{
			{Action: routing.StepNotify},
			{Action: routing.StepRaisePriority, Priority: 80},
			{After: 30 * time.Minute, Action: routing.StepReroute, Queue: routing.QueueNursing},
		},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

func clockKinds(c inbox.Conversation) []routing.ClockEventKind {
	var out []routing.ClockEventKind
	for _, ev := range c.SLAEvents {
		out = append(out, ev.Kind)
	}
	return out
}

func TestSLAClockPausesWhileWaitingOnThePatient(t *testing.T) {
	e := newEnv(t, func(c *inbox.Config) { c.Router = hourRouter(t) })
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550170")
	e.dir.Add(practice, from, "pat-sla")
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM-s1", "hello"))
	if err != nil {
		t.Fatal(err)
	}
	c := r.Conversation
	if !slices.Equal(clockKinds(c), []routing.ClockEventKind{routing.ClockStarted}) || !c.FirstResponseDue.Equal(start.Add(time.Hour)) {
		t.Fatalf("new conversation clock: %v due %v", c.SLAEvents, c.FirstResponseDue)
	}
	e.clock.Advance(10 * time.Minute)
	staff := inbox.Actor{ID: "fd-1", Kind: "staff"}
	if c, err = e.ib.WaitOnPatient(ctx, practice, c.ID, staff); err != nil || c.SLAState() != routing.ClockWaiting {
		t.Fatalf("wait on patient: state %v, %v", c.SLAState(), err)
	}
	if !slices.Contains(e.eventTypes(), inbox.EventConversationWaiting) {
		t.Error("no conversation.waiting event")
	}
	e.clock.Advance(2 * time.Hour) // past the original deadline, but paused
	rep, err := e.ib.KPIs(ctx, practice, inbox.KPIParams{})
	if err != nil || rep.Total.SLAMissed != 0 {
		t.Errorf("paused clock counted as missed: %+v, %v", rep.Total, err)
	}
	r, err = e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM-s2", "here is the photo"))
	if err != nil {
		t.Fatal(err)
	}
	c = r.Conversation
	if c.SLAState() != routing.ClockRunning || !c.FirstResponseDue.Equal(e.clock.Now().Add(50*time.Minute)) {
		t.Fatalf("after the patient's answer: state %v due %v, want running, now+50m", c.SLAState(), c.FirstResponseDue)
	}
	e.clock.Advance(20 * time.Minute)
	if _, err := e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: c.ID, Author: staff, Text: "Thanks, got it."}); err != nil {
		t.Fatal(err)
	}
	c, _ = e.ib.Conversation(ctx, practice, c.ID)
	want := []routing.ClockEventKind{routing.ClockStarted, routing.ClockPaused, routing.ClockResumed, routing.ClockStopped}
	if !slices.Equal(clockKinds(c), want) {
		t.Errorf("clock events = %v, want %v", clockKinds(c), want)
	}
	rep, _ = e.ib.KPIs(ctx, practice, inbox.KPIParams{})
	if rep.Total.SLAMet != 1 || rep.Total.SLAMissed != 0 || rep.Total.SLAAttainment != 1 {
		t.Errorf("answered within the paused budget: met=%d missed=%d", rep.Total.SLAMet, rep.Total.SLAMissed)
	}
	// A new question after the answer starts a new clock.
	e.clock.Advance(time.Minute)
	r, _ = e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM-s3", "one more thing"))
	if !slices.Equal(clockKinds(r.Conversation), []routing.ClockEventKind{routing.ClockStarted}) || r.Conversation.SLAStage != 0 {
		t.Errorf("clock after a new question: %v", r.Conversation.SLAEvents)
	}
}

func (e *env) events(typ inbox.EventType) []inbox.Event {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []inbox.Event
	for _, ev := range e.received {
		if ev.Type == typ {
			out = append(out, ev)
		}
	}
	return out
}

func TestSLAMonitorWarnsBreachesAndEscalates(t *testing.T) {
	router := hourRouter(t)
	e := newEnv(t, func(c *inbox.Config) { c.Router = router })
	ctx := t.Context()
	m, err := inbox.NewSLAMonitor(e.ib, inbox.SLAMonitorConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := inbox.NewSLAMonitor(e.ib, inbox.SLAMonitorConfig{}); err == nil {
		t.Error("a second monitor on one inbox was accepted")
	}
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550171"), "SM-m1", "hello"))
	if err != nil {
		t.Fatal(err)
	}
	id := r.Conversation.ID

	if next := m.Check(ctx); !next.Equal(start.Add(30 * time.Minute)) {
		t.Errorf("next notice at %v, want the warning at +30m", next)
	}
	e.clock.Advance(30 * time.Minute)
	m.Check(ctx)
	if n := len(e.events(inbox.EventSLAWarning)); n != 1 {
		t.Fatalf("warnings = %d, want 1", n)
	}
	e.clock.Advance(30 * time.Minute)
	m.Check(ctx)
	c, _ := e.ib.Conversation(ctx, practice, id)
	notify := e.events(inbox.EventSLAEscalated)
	if len(e.events(inbox.EventSLABreached)) != 1 || len(notify) != 2 || notify[0].Role != string(routing.RoleSupervisor) {
		t.Fatalf("at the deadline: breached=%d escalated=%+v", len(e.events(inbox.EventSLABreached)), notify)
	}
	if c.Priority != 80 || c.SLAStage != 4 || c.Escalations != 2 {
		t.Errorf("after notify and raise: priority=%d stage=%d escalations=%d", c.Priority, c.SLAStage, c.Escalations)
	}
	e.clock.Advance(30 * time.Minute)
	m.Check(ctx)
	c, _ = e.ib.Conversation(ctx, practice, id)
	if c.Queue != routing.QueueNursing || c.Escalations != 3 || c.SLAStage != 0 ||
		len(c.SLAEvents) != 1 || c.SLAEvents[0].Queue != routing.QueueNursing {
		t.Fatalf("after reroute: queue=%s escalations=%d stage=%d clock=%v", c.Queue, c.Escalations, c.SLAStage, c.SLAEvents)
	}
	if len(e.events(inbox.EventConversationTransferred)) != 1 {
		t.Error("reroute made no transfer")
	}
	rep, _ := e.ib.KPIs(ctx, practice, inbox.KPIParams{})
	if rep.Total.SLAMissed != 1 || rep.Total.Escalations != 3 || !c.SLABreached {
		// Nursing has a fresh deadline, but the breach stands.
		t.Errorf("KPIs after reroute: %+v (breached %v)", rep.Total, c.SLABreached)
	}

	// A restarted process loads the clock with its stage: nothing is
	// announced twice, and the nursing clock goes on.
	ib2, err := inbox.New(e.store, inbox.Config{Clock: e.clock, Router: router})
	if err != nil {
		t.Fatal(err)
	}
	var again []inbox.Event
	sub := ib2.Subscribe(practice, 16)
	defer sub.Close()
	m2, err := inbox.NewSLAMonitor(ib2, inbox.SLAMonitorConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := m2.Load(ctx, practice); err != nil || n != 1 {
		t.Fatalf("load = %d, %v", n, err)
	}
	m2.Check(ctx)
	e.clock.Advance(30 * time.Minute)
	m2.Check(ctx)
	for len(sub.C) > 0 {
		again = append(again, <-sub.C)
	}
	if len(again) != 1 || again[0].Type != inbox.EventSLAWarning || again[0].Queue != routing.QueueNursing {
		t.Errorf("after restart: %+v, want one warning for nursing", again)
	}
}

func TestSLAMonitorRunsOnTheInjectedClock(t *testing.T) {
	e := newEnv(t, func(c *inbox.Config) { c.Router = hourRouter(t) })
	m, err := inbox.NewSLAMonitor(e.ib, inbox.SLAMonitorConfig{})
	if err != nil {
		t.Fatal(err)
	}
	sub := e.ib.Subscribe(practice, 16)
	defer sub.Close()
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx) }()
	if _, err := e.ib.Ingest(ctx, in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550172"), "SM-r1", "hello")); err != nil {
		t.Fatal(err)
	}
	for ev := range sub.C {
		if ev.Type == inbox.EventMessageReceived {
			break
		}
	}
	// The watcher now waits on a timer for the warning (it had none while
	// it watched nothing); let the time pass.
	if err := e.clock.BlockUntil(ctx, 1); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(30 * time.Minute)
	for ev := range sub.C {
		if ev.Type == inbox.EventSLAWarning {
			break
		}
	}
	cancel()
	if err := <-done; err != context.Canceled {
		t.Errorf("Run returned %v", err)
	}
}
