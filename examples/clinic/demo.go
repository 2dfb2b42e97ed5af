package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/reminders"
)

// demoRun collects what the scripted scenario did and what went wrong.
type demoRun struct {
	c        *clinic
	clk      *clocktest.Fake
	failures []string
	received map[channels.Kind]int
	// convOf is the conversation of each traffic message, by index.
	convOf map[int]string

	dups, replies, linked             int
	emergencies, safetyReplies, stops int
	remindersSent, confirmed          int
	rescheduled, cancelled            int
	offered, filled                   int
	audit                             chainStatus
	kpis                              inbox.KPIReport
	svc                               serviceRun
}

func (d *demoRun) check(ok bool, format string, args ...any) {
	if !ok {
		d.failures = append(d.failures, fmt.Sprintf(format, args...))
	}
}

// runDemo drives every capability the clinic has end to end on the fake
// clock c runs on, prints a summary and returns an error naming each check
// that failed.
func runDemo(ctx context.Context, c *clinic, out io.Writer) error {
	clk, ok := c.clock.(*clocktest.Fake)
	if !ok {
		return errors.New("the scripted run needs a fake clock")
	}
	d := &demoRun{c: c, clk: clk, received: map[channels.Kind]int{}, convOf: map[int]string{}}
	steps := []func(context.Context) error{d.patientsWrite, d.staffAnswer, d.linkUnknown, d.emergency, d.optOut, d.reminders,
		d.faq, d.csatAndQA, d.slaBreach, d.afterHoursReply, d.verify}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return err
		}
		clk.Advance(time.Minute)
	}
	return d.summary(ctx, out)
}

// patientsWrite: patients write on every channel, one conversation per
// patient whatever the channel, and a provider delivers a webhook twice.
func (d *demoRun) patientsWrite(ctx context.Context) error {
	byPatient := map[int]string{}
	for i, m := range traffic {
		in, err := d.c.deliver(ctx, m, fmt.Sprintf("demo-%d", i))
		if err != nil {
			return fmt.Errorf("deliver scripted message %d: %w", i, err)
		}
		d.received[m.Channel]++
		stored, err := d.c.inbox.Store().FindMessage(ctx, practiceID, in.Channel, in.ProviderID)
		d.check(err == nil, "message %d was not stored: %v", i, err)
		d.convOf[i] = stored.ConversationID
		if m.Patient >= 0 {
			if prev, ok := byPatient[m.Patient]; ok {
				d.check(prev == stored.ConversationID, "patient %d wrote on %s and got a second conversation", m.Patient, m.Channel)
			}
			byPatient[m.Patient] = stored.ConversationID
		}
		d.clk.Advance(10 * time.Second)
	}
	if _, err := d.c.deliver(ctx, traffic[0], "demo-0"); err != nil {
		return fmt.Errorf("redeliver: %w", err)
	}
	d.dups++
	return nil
}

// staffAnswer: staff answer a patient on the channel they last used, and
// the provider reports delivery out of order.
func (d *demoRun) staffAnswer(ctx context.Context) error {
	reply, err := d.c.inbox.Reply(ctx, inbox.ReplyParams{
		PracticeID: practiceID, ConversationID: d.convOf[0], Author: d.c.staff[0].actor(),
		Text: "¡Hola! Tenemos citas el martes a las 10:00 o el jueves a las 15:30. ¿Cuál prefiere?",
	})
	d.check(err == nil, "reply failed: %v", err)
	if err != nil {
		return nil
	}
	d.replies++
	fake := d.c.fakes[reply.Channel]
	for _, st := range []channels.DeliveryState{channels.StateRead, channels.StateDelivered} {
		d.check(fake.EmitStatus(ctx, reply.ProviderID, st, "") == nil, "status callback %s failed", st)
	}
	got, _ := d.c.inbox.Store().GetMessage(ctx, practiceID, reply.ID)
	d.check(got.Status == channels.StateRead, "out-of-order statuses left the reply %s, want read", got.Status)
	return nil
}

// linkUnknown: an unknown number is a provisional contact; care details
// cannot go to it until staff link it to the patient.
func (d *demoRun) linkUnknown(ctx context.Context) error {
	conv, err := d.c.inbox.Conversation(ctx, practiceID, d.convOf[6])
	if err != nil {
		return err
	}
	staff := d.c.staff[0].actor()
	_, err = d.c.inbox.Reply(ctx, inbox.ReplyParams{PracticeID: practiceID, ConversationID: conv.ID, Author: staff, Text: "Your appointment is moved."})
	d.check(errors.Is(err, inbox.ErrUnverifiedContact), "reply to an unverified contact was not refused: %v", err)
	_, err = d.c.inbox.LinkContact(ctx, practiceID, conv.ContactID, d.c.patients[3].ID, staff)
	d.check(err == nil, "linking the new number to its patient failed: %v", err)
	if err == nil {
		d.linked++
	}
	return nil
}

// emergency: chest pain is escalated to the nurses with a safety reply.
func (d *demoRun) emergency(ctx context.Context) error {
	conv, err := d.c.inbox.Conversation(ctx, practiceID, d.convOf[8])
	if err != nil {
		return err
	}
	d.check(conv.Emergency && conv.Queue == "nursing", "chest pain not escalated: emergency=%v queue=%s", conv.Emergency, conv.Queue)
	if conv.Emergency {
		d.emergencies++
	}
	page, err := d.c.inbox.Messages(ctx, practiceID, conv.ID, d.c.staff[2].actor(), &inbox.ListMessagesParams{Limit: inbox.MaxPageSize})
	if err != nil {
		return err
	}
	if slices.ContainsFunc(page.Messages, func(m inbox.Message) bool { return m.Direction == inbox.Outbound && m.Automated }) {
		d.safetyReplies++
	}
	d.check(d.safetyReplies == 1, "the emergency got no automatic safety reply")
	return nil
}

// optOut: STOP opts the number out, is confirmed, and blocks staff sends.
func (d *demoRun) optOut(ctx context.Context) error {
	m := traffic[10]
	from, err := d.c.address(m)
	if err != nil {
		return err
	}
	cs, err := d.c.consent.Get(ctx, practiceID, m.Channel, from)
	d.check(err == nil && cs.State == channels.ConsentOptedOut, "STOP did not opt the number out: %v %s", err, cs.State)
	_, err = d.c.inbox.Reply(ctx, inbox.ReplyParams{PracticeID: practiceID, ConversationID: d.convOf[10], Author: d.c.staff[0].actor(),
		Text: "Sorry for the confusion, this is Sunrise Clinic.", ToUnverified: true})
	d.check(errors.Is(err, channels.ErrOptedOut), "a staff reply reached an opted-out number: %v", err)
	if cs.State == channels.ConsentOptedOut && errors.Is(err, channels.ErrOptedOut) {
		d.stops++
	}
	return nil
}

// reminders: reminders go out, James confirms, Robert picks another time,
// Grace cancels and her slot goes to Lucía on the waitlist.
func (d *demoRun) reminders(ctx context.Context) error {
	r := d.c.reminders
	st, err := r.dispatcher.RunOnce(ctx)
	if err != nil {
		return fmt.Errorf("send reminders: %w", err)
	}
	d.remindersSent = st.Sent
	d.check(st.Sent == len(r.appointments), "sent %d reminders, want %d (%+v)", st.Sent, len(r.appointments), st)
	before := map[string]reminders.Appointment{}
	for _, id := range r.appointments {
		before[id], _ = r.sched.Appointment(ctx, practiceID, id)
	}
	lucia := r.waitlisted[0]
	for _, m := range reminderReplies {
		if m.Patient >= 0 && d.c.patients[m.Patient].ID == lucia.ID {
			if _, err := r.store.OpenOffer(ctx, practiceID, d.c.recipient(lucia).Addresses[0].ContactKey(), d.clk.Now()); err == nil {
				d.offered++
			}
		}
		in, err := d.c.deliver(ctx, m, "")
		if err != nil {
			return fmt.Errorf("reminder reply: %w", err)
		}
		d.received[m.Channel]++
		stored, err := d.c.inbox.Store().FindMessage(ctx, practiceID, in.Channel, in.ProviderID)
		d.check(err == nil && stored.HandledBy == reminders.InterceptorName, "reply %q was not handled by the reminders (%q)", m.Text, stored.HandledBy)
		d.clk.Advance(time.Minute)
	}
	for _, id := range r.appointments {
		a, _ := r.sched.Appointment(ctx, practiceID, id)
		switch {
		case a.Status == reminders.StatusCancelled:
			d.cancelled++
		case !a.Start.Equal(before[id].Start):
			d.rescheduled++
		case a.Confirmed:
			d.confirmed++
		}
	}
	if _, err := r.store.OpenOffer(ctx, practiceID, d.c.recipient(lucia).Addresses[0].ContactKey(), d.clk.Now()); errors.Is(err, reminders.ErrNotFound) && d.offered > 0 {
		d.filled++
	}
	d.check(d.confirmed == 1 && d.rescheduled == 1 && d.cancelled == 1, "reminder outcomes: %d confirmed, %d rescheduled, %d cancelled; want 1 each", d.confirmed, d.rescheduled, d.cancelled)
	d.check(d.offered == 1 && d.filled == 1, "the freed slot was offered %d times and filled %d times, want 1 and 1", d.offered, d.filled)
	return nil
}

// verify: the audit chain verifies, and the KPIs are computed.
func (d *demoRun) verify(ctx context.Context) error {
	d.audit = d.c.audit.status(ctx)
	d.check(d.audit.OK && d.audit.Events > 0, "audit chain did not verify: %s", d.audit.Error)
	var err error
	d.kpis, err = d.c.inbox.KPIs(ctx, practiceID, inbox.KPIParams{})
	return err
}

func (d *demoRun) summary(ctx context.Context, out io.Writer) error {
	page, err := d.c.inbox.Conversations(ctx, practiceID, &inbox.ListConversationsParams{Limit: inbox.MaxPageSize})
	if err != nil {
		return err
	}
	queues := map[string]int{}
	unverified, assigned := 0, 0
	for _, conv := range page.Conversations {
		if conv.Assignee != "" {
			assigned++
		}
		if conv.Status != inbox.StatusClosed {
			queues[conv.Queue]++
			if conv.PatientID == "" {
				unverified++
			}
		}
	}
	evs, err := audit.QueryFile(ctx, d.c.audit.path, audit.Query{PracticeID: practiceID})
	if err != nil {
		return err
	}
	actions := map[audit.Action]int{}
	for _, e := range evs {
		actions[e.Action]++
	}

	fmt.Fprintln(out, "frontdesk clinic demo: summary")
	fmt.Fprintln(out, "\nInbound messages by channel:")
	for _, k := range channels.Kinds() {
		fmt.Fprintf(out, "  %-9s %d\n", k, d.received[k])
	}
	fmt.Fprintf(out, "\nDuplicate webhook deliveries dropped: %d\n", d.dups)
	fmt.Fprintln(out, "Open conversations by queue (one per patient, whatever the channel):")
	names := make([]string, 0, len(queues))
	for q := range queues {
		names = append(names, q)
	}
	sort.Strings(names)
	for _, q := range names {
		fmt.Fprintf(out, "  %-12s %d\n", q, queues[q])
	}
	fmt.Fprintf(out, "Unverified contacts still open: %d (linked by staff: %d)\n", unverified, d.linked)
	fmt.Fprintf(out, "Conversations assigned to an agent of their queue on arrival: %d of %d\n", assigned, len(page.Conversations))
	fmt.Fprintf(out, "Staff replies sent: %d\n", d.replies)
	fmt.Fprintf(out, "Emergencies escalated to nursing: %d (safety replies sent: %d)\n", d.emergencies, d.safetyReplies)
	fmt.Fprintf(out, "Opt-outs (STOP) honoured, staff send blocked: %d\n", d.stops)
	fmt.Fprintf(out, "Reminders sent: %d; confirmed %d, rescheduled %d, cancelled %d\n", d.remindersSent, d.confirmed, d.rescheduled, d.cancelled)
	fmt.Fprintf(out, "Waitlist: freed slots offered %d, filled %d\n", d.offered, d.filled)
	fmt.Fprintf(out, "Audit: %d events (%d received, %d sent, %d reminder replies), chain verified: %v, head %d %.12s…\n",
		d.audit.Events, actions[audit.ActionMessageReceived], actions[audit.ActionMessageSent], actions[audit.ActionReminderReplied],
		d.audit.OK, d.audit.HeadSeq, d.audit.HeadHash)
	t := d.kpis.Total
	fmt.Fprintf(out, "KPIs: %d conversations, %d answered, first response median %s, %d emergencies, %d escalations\n",
		t.Conversations, t.Answered, t.FirstResponseMedian, t.Emergencies, t.Escalations)
	fmt.Fprintf(out, "FAQ answered automatically: %d (contained: %d); after-hours replies: %d\n", d.svc.faqAnswered, d.svc.contained, d.svc.afterHours)
	fmt.Fprintf(out, "CSAT: %d survey sent, score %d; QA reviews: %d\n", d.svc.csatSent, d.svc.csatScore, d.svc.qaReviewed)
	fmt.Fprintf(out, "SLA: %d waiting on the patient; %d warnings, %d breaches, %d escalations\n", d.svc.waiting, d.svc.warnings, d.svc.breaches, d.svc.escs)
	fmt.Fprintf(out, "Service KPIs: CSAT %.1f (%d responses), containment %.0f%%, QA accuracy %.0f%%\n",
		d.kpis.Total.CSATAverage, d.kpis.Total.CSATResponses, 100*d.kpis.Total.ContainmentRate, 100*d.kpis.Total.QAAccuracyRate)
	if len(d.failures) > 0 {
		fmt.Fprintf(out, "\nFAILED checks:\n  - %s\n", strings.Join(d.failures, "\n  - "))
		return fmt.Errorf("demo: %d checks failed", len(d.failures))
	}
	fmt.Fprintln(out, "\nAll checks passed.")
	return nil
}
