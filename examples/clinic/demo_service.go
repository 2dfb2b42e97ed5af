package main

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/routing/knowledge"
)

// serviceRun counts the service steps of the scripted run: self-service,
// satisfaction, quality and deadlines.
type serviceRun struct {
	faqAnswered, contained   int
	csatSent, csatScore      int
	qaReviewed               int
	waiting                  int
	warnings, breaches, escs int
	afterHours               int
}

// faq: a visitor's parking question is answered from the knowledge base,
// labelled automatic, and their "yes" closes the conversation as contained.
func (d *demoRun) faq(ctx context.Context) error {
	conv, err := d.c.inbox.Conversation(ctx, practiceID, d.convOf[faqQuestion])
	if err != nil {
		return err
	}
	page, err := d.c.inbox.Store().ListMessages(ctx, practiceID, conv.ID, &inbox.ListMessagesParams{Limit: inbox.MaxPageSize})
	if err != nil {
		return err
	}
	if slices.ContainsFunc(page.Messages, func(m inbox.Message) bool { return m.HandledBy == knowledge.HandledBy }) {
		d.svc.faqAnswered++
	}
	if conv.Status == inbox.StatusClosed {
		d.svc.contained++
	}
	d.check(d.svc.faqAnswered == 1 && d.svc.contained == 1, "the parking question was not answered and contained (status %s)", conv.Status)
	return nil
}

// csatAndQA: Maria closes Ana's answered conversation; Ana gets the
// survey and scores 5; the close drew it for QA and the supervisor
// reviews it.
func (d *demoRun) csatAndQA(ctx context.Context) error {
	id := d.convOf[0]
	conv, err := d.c.inbox.Staff(d.c.staff[0].principal()).Close(ctx, practiceID, id)
	d.check(err == nil, "closing the answered conversation failed: %v", err)
	if !conv.CSATSentAt.IsZero() {
		d.svc.csatSent++
	}
	if _, err := d.c.deliver(ctx, csatReply, ""); err != nil {
		return fmt.Errorf("survey reply: %w", err)
	}
	d.received[csatReply.Channel]++
	if conv, err = d.c.inbox.Conversation(ctx, practiceID, id); err != nil {
		return err
	}
	d.svc.csatScore = conv.CSATScore
	d.check(d.svc.csatSent == 1 && conv.CSATScore == 5, "survey sent %d, score %d; want 1 and 5", d.svc.csatSent, conv.CSATScore)
	d.check(conv.QA.Sampled, "the closed conversation was not drawn for QA")
	criteria := map[string]bool{}
	for _, c := range inbox.DefaultScorecard() {
		criteria[c] = true
	}
	_, err = d.c.inbox.Staff(d.c.staff[3].principal()).ReviewQA(ctx, practiceID, id, criteria, true)
	d.check(err == nil, "QA review failed: %v", err)
	if err == nil {
		d.svc.qaReviewed++
	}
	return nil
}

// slaBreach: Maria asks the web-chat visitor which day suits them and
// waits on them (the clock pauses),
// and nobody answers the emergency: at its deadline it is breached and
// escalated to a supervisor with its priority raised.
func (d *demoRun) slaBreach(ctx context.Context) error {
	staff := d.c.inbox.Staff(d.c.staff[0].principal())
	asked, err := staff.WaitOnPatient(ctx, practiceID, d.convOf[3])
	d.check(err == nil && asked.SLAState() == routing.ClockWaiting, "waiting on the patient did not pause the clock: %v %s", err, asked.SLAState())
	if err == nil {
		d.svc.waiting++
	}
	conv, err := d.c.inbox.Conversation(ctx, practiceID, d.convOf[8])
	if err != nil {
		return err
	}
	if late := conv.FirstResponseDue.Add(time.Minute).Sub(d.clk.Now()); late > 0 {
		d.clk.Advance(late)
	}
	// The monitor's Run does this on the clinic's clock; the scripted run
	// delivers what is due itself, one notice stage at a time.
	for next := d.c.sla.Check(ctx); !next.IsZero() && !next.After(d.clk.Now()); next = d.c.sla.Check(ctx) {
	}
	if conv, err = d.c.inbox.Conversation(ctx, practiceID, conv.ID); err != nil {
		return err
	}
	n := d.c.events.snapshot()
	d.svc.warnings, d.svc.breaches, d.svc.escs = n[inbox.EventSLAWarning], n[inbox.EventSLABreached], n[inbox.EventSLAEscalated]
	d.check(conv.SLABreached && conv.Escalations > 0 && conv.Priority >= routing.PriorityUrgent,
		"the unanswered emergency was not breached and escalated (breached %v, escalations %d, priority %d)", conv.SLABreached, conv.Escalations, conv.Priority)
	return nil
}

// afterHoursReply: a message written after closing time gets the
// automatic after-hours reply with the emergency numbers.
func (d *demoRun) afterHoursReply(ctx context.Context) error {
	now := d.clk.Now().In(demoStart().Location())
	closed := time.Date(now.Year(), now.Month(), now.Day(), 19, 30, 0, 0, now.Location())
	d.clk.Advance(closed.Sub(now))
	in, err := d.c.deliver(ctx, afterHours, "")
	if err != nil {
		return fmt.Errorf("after-hours message: %w", err)
	}
	d.received[afterHours.Channel]++
	m, err := d.c.inbox.Store().FindMessage(ctx, practiceID, in.Channel, in.ProviderID)
	if err != nil {
		return err
	}
	msgs, err := d.automated(ctx, m.ConversationID)
	if err != nil {
		return err
	}
	d.svc.afterHours = len(msgs)
	d.check(d.svc.afterHours == 1, "after-hours message got %d automatic replies, want 1", d.svc.afterHours)
	return nil
}

// automated returns the automatic replies of a conversation.
func (d *demoRun) automated(ctx context.Context, id string) ([]inbox.Message, error) {
	page, err := d.c.inbox.Store().ListMessages(ctx, practiceID, id, &inbox.ListMessagesParams{Limit: inbox.MaxPageSize})
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(page.Messages, func(m inbox.Message) bool { return m.Direction != inbox.Outbound || !m.Automated }), nil
}
