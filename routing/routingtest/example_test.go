package routingtest_test

import (
	"context"
	"fmt"
	"time"

	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/routing/routingtest"
	"github.com/frontdeskhq/frontdesk/triage"
)

func ExampleRecorder() {
	sla, _ := routing.NewSLA(nil, routing.SLAPolicy{Escalation: []routing.Step{}}, nil)
	var rec routingtest.Recorder
	start := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	tr := routing.Tracked{PracticeID: "p1", ConversationID: "c1", Events: []routing.ClockEvent{
		{Kind: routing.ClockStarted, At: start, Queue: routing.QueueBilling, Urgency: triage.UrgencyRoutine},
	}}
	notices, _, _ := sla.Escalate(tr, start.Add(25*time.Hour))
	for _, n := range notices {
		_ = rec.Notify(context.Background(), n)
	}
	for _, n := range rec.Notices() {
		fmt.Println(n.Kind, n.At.Format("Jan 2 15:04"))
	}
	// Output:
	// sla.warning Nov 24 03:00
	// sla.breached Nov 24 09:00
}
