package routing_test

import (
	"errors"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

func clinicSLA(t testing.TB, p routing.SLAPolicy) *routing.SLA {
	t.Helper()
	s, err := routing.NewSLA(mustCalendar(t, clinicSpec()), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSLADefaults(t *testing.T) {
	loc := chicago(t)
	s := clinicSLA(t, routing.SLAPolicy{})
	at := func(mo time.Month, d, h, m int) time.Time { return time.Date(2026, mo, d, h, m, 0, 0, loc) }
	cases := []struct {
		name    string
		urgency triage.Urgency
		from    time.Time
		want    time.Time
	}{
		{"emergency at night counts wall clock", triage.UrgencyEmergency, at(11, 28, 3, 0), at(11, 28, 3, 15)},
		{"urgent same business day", triage.UrgencyUrgent, at(11, 23, 9, 0), at(11, 23, 17, 0)},
		{"urgent in the evening: next day's close", triage.UrgencyUrgent, at(11, 23, 20, 0), at(11, 24, 17, 0)},
		{"routine next business day", triage.UrgencyRoutine, at(11, 23, 9, 0), at(11, 24, 17, 0)},
		{"routine before the holiday", triage.UrgencyRoutine, at(11, 25, 9, 0), at(11, 27, 17, 0)},
		{"routine on saturday", triage.UrgencyRoutine, at(11, 28, 9, 0), at(12, 1, 17, 0)},
		{"untriaged is routine", "", at(11, 23, 9, 0), at(11, 24, 17, 0)},
		{"unknown urgency is urgent", "soon", at(11, 23, 9, 0), at(11, 23, 17, 0)},
	}
	for _, tc := range cases {
		if got := s.Due("any", tc.urgency, tc.from); !got.Equal(tc.want) {
			t.Errorf("%s: Due = %v, want %v", tc.name, got.In(loc), tc.want)
		}
	}
	wall, err := routing.NewSLA(nil, routing.SLAPolicy{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := wall.Due("any", triage.UrgencyUrgent, at(11, 28, 3, 0)); !got.Equal(at(11, 28, 7, 0)) {
		t.Errorf("without a calendar urgent Due = %v, want 4h later", got)
	}
}

func TestSLAPerQueueOverride(t *testing.T) {
	loc := chicago(t)
	s := clinicSLA(t, routing.SLAPolicy{Queues: map[string]map[triage.Urgency]routing.Target{
		"billing": {triage.UrgencyRoutine: {Within: 2 * time.Hour}},
	}})
	from := time.Date(2026, 11, 23, 16, 0, 0, 0, loc)
	if got, want := s.Due("billing", triage.UrgencyRoutine, from), time.Date(2026, 11, 24, 9, 0, 0, 0, loc); !got.Equal(want) {
		t.Errorf("billing routine Due = %v, want %v", got.In(loc), want)
	}
	if got, want := s.Due("nursing", triage.UrgencyRoutine, from), time.Date(2026, 11, 24, 17, 0, 0, 0, loc); !got.Equal(want) {
		t.Errorf("nursing routine Due = %v, want %v", got.In(loc), want)
	}
}

func TestSLAClockPausesWhileWaitingOnPatient(t *testing.T) {
	loc := chicago(t)
	s := clinicSLA(t, routing.SLAPolicy{Targets: map[triage.Urgency]routing.Target{triage.UrgencyRoutine: {Within: 4 * time.Hour}}})
	at := func(d, h, m int) time.Time { return time.Date(2026, 11, d, h, m, 0, 0, loc) }
	start := routing.ClockEvent{Kind: routing.ClockStarted, At: at(23, 9, 0), Queue: "billing", Urgency: triage.UrgencyRoutine}
	events := []routing.ClockEvent{
		start,
		{Kind: routing.ClockPaused, At: at(23, 10, 0)},  // 1h counted, waiting on the patient
		{Kind: routing.ClockResumed, At: at(23, 16, 0)}, // the patient wrote back
	}
	cases := []struct {
		name      string
		events    []routing.ClockEvent
		now       time.Time
		state     routing.ClockState
		elapsed   time.Duration
		due       time.Time
		breached  bool
		remaining time.Duration
	}{
		{"idle", nil, at(23, 9, 0), routing.ClockIdle, 0, time.Time{}, false, 0},
		{"running", events[:1], at(23, 9, 30), routing.ClockRunning, 30 * time.Minute, at(23, 14, 0), false, 210 * time.Minute},
		{"paused", events[:2], at(23, 15, 0), routing.ClockWaiting, time.Hour, time.Time{}, false, 3 * time.Hour},
		// Resumed at 16:00 with 3h left: 1h today, 2h tomorrow morning.
		{"resumed", events, at(23, 16, 30), routing.ClockRunning, 90 * time.Minute, at(24, 10, 0), false, 150 * time.Minute},
		{"overdue", events, at(24, 11, 0), routing.ClockRunning, 5 * time.Hour, at(24, 10, 0), true, -time.Hour},
		{"answered in time", append(events, routing.ClockEvent{Kind: routing.ClockStopped, At: at(23, 16, 45)}), at(30, 9, 0),
			routing.ClockDone, 105 * time.Minute, time.Time{}, false, 135 * time.Minute},
		{"events in the future are ignored", events, at(23, 9, 30), routing.ClockRunning, 30 * time.Minute, at(23, 14, 0), false, 210 * time.Minute},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := s.Status(tc.events, tc.now)
			if st.State != tc.state || st.Elapsed != tc.elapsed || !st.Due.Equal(tc.due) ||
				st.Breached != tc.breached || (tc.state != routing.ClockIdle && st.Remaining != tc.remaining) {
				t.Errorf("got state %s elapsed %v due %v breached %v remaining %v,\nwant state %s elapsed %v due %v breached %v remaining %v",
					st.State, st.Elapsed, st.Due.In(loc), st.Breached, st.Remaining,
					tc.state, tc.elapsed, tc.due.In(loc), tc.breached, tc.remaining)
			}
		})
	}
}

func TestEscalateStages(t *testing.T) {
	loc := chicago(t)
	s := clinicSLA(t, routing.SLAPolicy{
		Targets: map[triage.Urgency]routing.Target{triage.UrgencyUrgent: {Within: 2 * time.Hour}},
		WarnAt:  0.5,
		Escalation: []routing.Step{
			{Action: routing.StepNotify, Role: routing.RoleSupervisor},
			{After: time.Hour, Action: routing.StepReroute, Queue: "front-desk"},
		},
	})
	at := func(h, m int) time.Time { return time.Date(2026, 11, 23, h, m, 0, 0, loc) }
	tr := routing.Tracked{PracticeID: "p1", ConversationID: "c1",
		Events: []routing.ClockEvent{{Kind: routing.ClockStarted, At: at(9, 0), Queue: "nursing", Urgency: triage.UrgencyUrgent}}}
	type step struct {
		now   time.Time
		kinds []routing.NoticeKind
		next  time.Time
	}
	steps := []step{
		{at(9, 30), nil, at(10, 0)},
		{at(10, 0), []routing.NoticeKind{routing.NoticeWarning}, at(11, 0)},
		{at(11, 30), []routing.NoticeKind{routing.NoticeBreached, routing.NoticeEscalated}, at(12, 0)},
		{at(12, 30), []routing.NoticeKind{routing.NoticeEscalated}, time.Time{}},
		{at(16, 0), nil, time.Time{}},
	}
	for i, st := range steps {
		ns, stage, next := s.Escalate(tr, st.now)
		var kinds []routing.NoticeKind
		for _, n := range ns {
			kinds = append(kinds, n.Kind)
			if n.PracticeID != "p1" || n.ConversationID != "c1" || n.At.After(st.now) || !n.Due.Equal(at(11, 0)) {
				t.Errorf("step %d: notice %+v", i, n)
			}
		}
		if len(kinds) != len(st.kinds) || !next.Equal(st.next) {
			t.Fatalf("step %d: notices %v next %v, want %v next %v", i, kinds, next, st.kinds, st.next)
		}
		for j := range kinds {
			if kinds[j] != st.kinds[j] {
				t.Fatalf("step %d: notices %v, want %v", i, kinds, st.kinds)
			}
		}
		tr.Stage = stage
	}
	if ns, _, _ := s.Escalate(routing.Tracked{Events: append(tr.Events, routing.ClockEvent{Kind: routing.ClockStopped, At: at(9, 10)})}, at(17, 0)); len(ns) != 0 {
		t.Errorf("answered conversation escalated: %v", ns)
	}
}

func TestSLAPolicyErrors(t *testing.T) {
	cases := []struct {
		name string
		p    routing.SLAPolicy
		is   error
	}{
		{"negative", routing.SLAPolicy{Targets: map[triage.Urgency]routing.Target{triage.UrgencyUrgent: {Within: -time.Minute}}}, routing.ErrInvalidConfig},
		{"neither", routing.SLAPolicy{Targets: map[triage.Urgency]routing.Target{triage.UrgencyUrgent: {}}}, routing.ErrInvalidConfig},
		{"bad day", routing.SLAPolicy{Targets: map[triage.Urgency]routing.Target{triage.UrgencyUrgent: {Day: "tomorrow"}}}, routing.ErrInvalidConfig},
		{"unknown urgency", routing.SLAPolicy{Targets: map[triage.Urgency]routing.Target{"meh": {Within: time.Hour}}}, routing.ErrInvalidConfig},
		{"warn at", routing.SLAPolicy{WarnAt: 1.5}, routing.ErrInvalidConfig},
		{"bad action", routing.SLAPolicy{Escalation: []routing.Step{{Action: "panic"}}}, routing.ErrInvalidConfig},
		{"unknown queue", routing.SLAPolicy{Escalation: []routing.Step{{Action: routing.StepReroute, Queue: "x"}}}, routing.ErrUnknownQueue},
	}
	known := func(q string) bool { return q == "billing" }
	for _, tc := range cases {
		if _, err := routing.NewSLA(nil, tc.p, known); !errors.Is(err, tc.is) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.is)
		}
	}
}

func TestWarningComesAtOnceWhenResumedPastIt(t *testing.T) {
	loc := chicago(t)
	s := clinicSLA(t, routing.SLAPolicy{Targets: map[triage.Urgency]routing.Target{triage.UrgencyRoutine: {Within: time.Hour}}})
	at := func(h, m int) time.Time { return time.Date(2026, 11, 23, h, m, 0, 0, loc) }
	tr := routing.Tracked{PracticeID: "p1", ConversationID: "c1", Events: []routing.ClockEvent{
		{Kind: routing.ClockStarted, At: at(9, 0), Queue: "billing", Urgency: triage.UrgencyRoutine},
		{Kind: routing.ClockPaused, At: at(9, 50)},
		{Kind: routing.ClockResumed, At: at(14, 0)},
	}}
	ns, stage, next := s.Escalate(tr, at(14, 0))
	if len(ns) != 1 || ns[0].Kind != routing.NoticeWarning || !ns[0].At.Equal(at(14, 0)) || stage != 1 || !next.Equal(at(14, 10)) {
		t.Errorf("notices %+v stage %d next %v; want a warning at 14:00 and the breach due at 14:10", ns, stage, next)
	}
}
