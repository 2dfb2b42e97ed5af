package routing_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

func ExampleCalendar_Add() {
	cal, err := routing.NewCalendar(routing.CalendarSpec{
		TimeZone: "America/Chicago",
		Hours:    map[string][]string{"friday": {"08:00-17:00"}, "monday": {"08:00-17:00"}},
		Holidays: []routing.Holiday{{Date: "2026-03-09", Name: "Staff training"}},
	})
	if err != nil {
		panic(err)
	}
	// Two business hours from Friday 16:00, over the weekend on which
	// daylight saving time starts and a closed Monday.
	fri := time.Date(2026, 3, 6, 16, 0, 0, 0, cal.Location())
	fmt.Println(cal.Add(fri, 2*time.Hour).Format("Mon Jan 2 15:04 MST"))
	// Output: Fri Mar 13 09:00 CDT
}

func ExampleSLA_Status() {
	sla, err := routing.NewSLA(nil, routing.SLAPolicy{}, nil) // no calendar: wall-clock targets
	if err != nil {
		panic(err)
	}
	t0 := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	events := []routing.ClockEvent{
		{Kind: routing.ClockStarted, At: t0, Queue: routing.QueueNursing, Urgency: triage.UrgencyUrgent},
		{Kind: routing.ClockPaused, At: t0.Add(time.Hour)},      // the nurse asked the patient a question
		{Kind: routing.ClockResumed, At: t0.Add(5 * time.Hour)}, // the patient answered
	}
	st := sla.Status(events, t0.Add(6*time.Hour))
	fmt.Println(st.State, st.Elapsed, st.Remaining, st.Due.Format("15:04"))
	// Output: running 2h0m0s 2h0m0s 17:00
}

func ExampleRoster_Assign() {
	roster, err := routing.NewRoster("p1", routing.DefaultRuleset(), []routing.Agent{
		{ID: "ana", Roles: []routing.Role{routing.RoleScheduler}, Languages: []string{"en", "es"}, Capacity: 5},
		{ID: "ben", Roles: []routing.Role{routing.RoleScheduler}, Capacity: 5},
	}, routing.RosterConfig{Strategy: routing.Sticky(routing.RoundRobin())})
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	for _, req := range []routing.AssignRequest{
		{PracticeID: "p1", Queue: routing.QueueScheduling, PatientID: "pat-1", Language: "es"},
		{PracticeID: "p1", Queue: routing.QueueScheduling, PatientID: "pat-2"},
		{PracticeID: "p1", Queue: routing.QueueScheduling, PatientID: "pat-1", Language: "es"},
	} {
		id, _ := roster.Assign(ctx, req)
		fmt.Println(req.PatientID, "->", id)
	}
	_, err = roster.Assign(ctx, routing.AssignRequest{PracticeID: "p1", Queue: routing.QueueBilling})
	fmt.Println(errors.Is(err, routing.ErrNoAgent))
	// Output:
	// pat-1 -> ana
	// pat-2 -> ben
	// pat-1 -> ana
	// true
}

func ExamplePermissions_Check() {
	perms := routing.DefaultPermissions(routing.DefaultRuleset())
	nurse := routing.Principal{ID: "staff-9", Roles: []routing.Role{routing.RoleNurse}}
	_, err := perms.Check(nurse, routing.PermReadQueue, routing.QueueBilling)
	fmt.Println(err)
	nurse.BreakGlass = true
	access, err := perms.Check(nurse, routing.PermViewPHI, routing.QueueBilling)
	fmt.Println(access.BreakGlass, err)
	// Output:
	// routing: access denied: "staff-9" may not queue.read in queue "billing"
	// true <nil>
}
