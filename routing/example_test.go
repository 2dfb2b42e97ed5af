package routing_test

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

func Example() {
	cal, err := routing.NewCalendar(routing.DefaultCalendarSpec("America/New_York"))
	if err != nil {
		panic(err)
	}
	rs := routing.DefaultRuleset()
	rs.Queues = append(rs.Queues, routing.Queue{Name: "vip", Roles: []routing.Role{routing.RoleSupervisor}})
	rs.Rules = append([]routing.Rule{{
		Name:  "vip-patients",
		When:  routing.Match{Attributes: map[string][]string{"tier": {"vip"}}, Urgencies: []triage.Urgency{triage.UrgencyRoutine}},
		Queue: "vip", Priority: 30,
	}}, rs.Rules...)
	e, err := routing.New(rs, routing.Config{Calendar: cal})
	if err != nil {
		panic(err)
	}
	ny := cal.Location()
	friday := time.Date(2026, 11, 27, 15, 0, 0, 0, ny)
	for _, in := range []routing.Input{
		{Intent: triage.IntentAppointmentBook, Urgency: triage.UrgencyRoutine, At: friday},
		{Intent: triage.IntentBilling, Urgency: triage.UrgencyRoutine, Attributes: map[string]string{"tier": "vip"}, At: friday},
		{Intent: triage.IntentClinical, Urgency: triage.UrgencyUrgent, At: friday},
		{Intent: triage.IntentOther, Urgency: triage.UrgencyEmergency, At: friday},
		{Intent: triage.IntentAdmin, Urgency: triage.UrgencyRoutine, Language: "es", At: friday.Add(4 * time.Hour)},
	} {
		d, _ := e.Route(context.Background(), in)
		fmt.Printf("%-10s %-18s p%-3d due %s", d.Queue, d.Rule, d.Priority, d.FirstResponseDue.In(ny).Format("Mon 15:04"))
		if d.AutoReply != "" {
			fmt.Printf(" auto-reply with 911: %v", strings.Contains(d.AutoReply, "911"))
		}
		fmt.Println()
	}
	// Output:
	// scheduling scheduling-intents p0   due Mon 17:00
	// vip        vip-patients       p30  due Mon 17:00
	// nursing    urgent             p50  due Fri 17:00
	// nursing    emergency          p100 due Fri 15:15
	// front-desk default            p0   due Tue 17:00 auto-reply with 911: true
}
