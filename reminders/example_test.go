package reminders_test

import (
	"context"
	"fmt"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/reminders"
)

func Example() {
	ctx := context.Background()
	ny, _ := time.LoadLocation("America/New_York")
	clk := clocktest.NewFake(time.Date(2026, 5, 1, 9, 0, 0, 0, ny))
	sms := channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: clk})
	store, sched := reminders.NewMemoryStore(), reminders.NewMemoryScheduler()
	policy := reminders.Policy{Practices: map[string]string{"p1": "Sunrise Clinic"}}

	// The vendor's scheduling system books an appointment; frontdesk
	// stores it and plans its reminders (48h and 24h before).
	a := reminders.Appointment{PracticeID: "p1", ID: "a1", PatientID: "pat-1", Status: reminders.StatusBooked,
		Start: time.Date(2026, 5, 5, 10, 0, 0, 0, ny), End: time.Date(2026, 5, 5, 10, 30, 0, 0, ny), TimeZone: "America/New_York",
		Recipient: reminders.Recipient{Addresses: []channels.Address{{Kind: channels.AddrPhone, Value: "+15555550100"}}, Language: "es"}}
	_ = sched.PutAppointment(a)
	res, _ := reminders.Sync(ctx, store, policy, a, clk.Now())
	fmt.Println("planned:", res.Added)

	// Two days before, the dispatcher sends the first reminder.
	d, _ := reminders.NewDispatcher(store, []channels.Channel{sms}, reminders.DispatcherConfig{Clock: clk, Policy: policy})
	clk.Set(time.Date(2026, 5, 3, 10, 0, 0, 0, ny))
	st, _ := d.RunOnce(ctx)
	fmt.Println("sent:", st.Sent)
	fmt.Println(sms.Sent()[0].Text)

	// The patient answers "sí"; the Responder (an inbox.Interceptor)
	// confirms with the Scheduler and answers.
	r, _ := reminders.NewResponder(store, sched, []channels.Channel{sms}, reminders.ResponderConfig{Clock: clk, Policy: policy})
	from := channels.Address{Kind: channels.AddrPhone, Value: "+15555550100"}
	handled, _ := r.Handle(ctx, from.ContactKey(), channels.Inbound{PracticeID: "p1", Channel: channels.SMS, From: from, ProviderID: "in-1", Text: "sí"})
	got, _ := sched.Appointment(ctx, "p1", "a1")
	fmt.Println("handled:", handled, "confirmed:", got.Confirmed)
	fmt.Println(sms.Sent()[1].Text)
	// Output:
	// planned: 2
	// sent: 1
	// Sunrise Clinic: le recordamos su cita el martes 5 de mayo a las 10:00. Responda C para confirmar, R para cambiarla, X para cancelarla. Responda STOP para no recibir mensajes.
	// handled: true confirmed: true
	// Sunrise Clinic: gracias, su cita del martes 5 de mayo a las 10:00 está confirmada.
}

func ExampleParseReply() {
	for _, text := range []string{"C", "no, I can't come", "not cancelling, see you then", "¿podemos cambiarla al lunes?", "STOP", "tengo fiebre, ¿voy?"} {
		fmt.Printf("%s => %s\n", text, reminders.ParseReply(text, "", nil).Action)
	}
	// Output:
	// C => confirm
	// no, I can't come => cancel
	// not cancelling, see you then => confirm
	// ¿podemos cambiarla al lunes? => reschedule
	// STOP => opt-out
	// tengo fiebre, ¿voy? => question
}
