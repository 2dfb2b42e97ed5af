package routing_test

import (
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

func TestDefaultRouting(t *testing.T) {
	at := time.Date(2026, 2, 2, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		intent    triage.Intent
		urgency   triage.Urgency
		queue     string
		emergency bool
		sla       time.Duration
	}{
		{triage.IntentAppointmentBook, triage.UrgencyRoutine, routing.QueueScheduling, false, 24 * time.Hour},
		{triage.IntentAppointmentCancel, triage.UrgencyRoutine, routing.QueueScheduling, false, 24 * time.Hour},
		{triage.IntentBilling, triage.UrgencyRoutine, routing.QueueBilling, false, 24 * time.Hour},
		{triage.IntentInsurance, triage.UrgencyRoutine, routing.QueueBilling, false, 24 * time.Hour},
		{triage.IntentPrescriptionRefill, triage.UrgencyRoutine, routing.QueueNursing, false, 24 * time.Hour},
		{triage.IntentResults, triage.UrgencyRoutine, routing.QueueNursing, false, 24 * time.Hour},
		{triage.IntentClinical, triage.UrgencyRoutine, routing.QueueNursing, false, 24 * time.Hour},
		{triage.IntentBilling, triage.UrgencyUrgent, routing.QueueNursing, false, 4 * time.Hour},
		{triage.IntentAppointmentCancel, triage.UrgencyEmergency, routing.QueueNursing, true, 15 * time.Minute},
		{triage.IntentAdmin, triage.UrgencyRoutine, routing.QueueFrontDesk, false, 24 * time.Hour},
		{triage.IntentOther, triage.UrgencyRoutine, routing.QueueFrontDesk, false, 24 * time.Hour},
		{"unknown", "", routing.QueueFrontDesk, false, 24 * time.Hour},
	}
	r := routing.Default()
	for _, c := range cases {
		d, err := r.Route(t.Context(), routing.Input{Intent: c.intent, Urgency: c.urgency, At: at})
		if err != nil {
			t.Fatal(err)
		}
		if d.Queue != c.queue || d.Emergency != c.emergency || !d.FirstResponseDue.Equal(at.Add(c.sla)) {
			t.Errorf("%s/%s: got %+v, want queue %s emergency %v sla %v", c.intent, c.urgency, d, c.queue, c.emergency, c.sla)
		}
	}
}
