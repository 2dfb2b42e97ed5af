package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// demoRun collects what the scripted scenario did and what went wrong.
type demoRun struct {
	c        *clinic
	failures []string
	received map[channels.Kind]int
	dups     int
	replies  int
	linked   int
}

func (d *demoRun) check(ok bool, format string, args ...any) {
	if !ok {
		d.failures = append(d.failures, fmt.Sprintf(format, args...))
	}
}

// runDemo drives every capability the clinic has end to end, prints a
// summary and returns an error naming each check that failed.
func runDemo(ctx context.Context, c *clinic, out io.Writer) error {
	d := &demoRun{c: c, received: make(map[channels.Kind]int)}
	staff := c.staff[0].actor()

	// 1. Patients write on every channel.
	convOf := make(map[int]string)
	for i, m := range traffic {
		in, err := c.deliver(ctx, m, fmt.Sprintf("demo-%d", i))
		if err != nil {
			return fmt.Errorf("deliver scripted message %d: %w", i, err)
		}
		d.received[m.Channel]++
		stored, err := c.inbox.Store().FindMessage(ctx, practiceID, in.Channel, in.ProviderID)
		d.check(err == nil, "message %d was not stored: %v", i, err)
		if m.Patient >= 0 {
			if prev, ok := convOf[m.Patient]; ok {
				d.check(prev == stored.ConversationID, "patient %d wrote on %s and got a second conversation", m.Patient, m.Channel)
			}
			convOf[m.Patient] = stored.ConversationID
		}
	}

	// 2. A provider delivers the same webhook twice: stored once.
	if _, err := c.deliver(ctx, traffic[0], "demo-0"); err != nil {
		return fmt.Errorf("redeliver: %w", err)
	}
	d.dups++

	// 3. Staff answer a patient on the channel they last used, and the
	// provider reports delivery out of order.
	conv, err := c.inbox.Conversation(ctx, practiceID, convOf[0])
	if err != nil {
		return err
	}
	reply, err := c.inbox.Reply(ctx, inbox.ReplyParams{
		PracticeID: practiceID, ConversationID: conv.ID, Author: staff,
		Text: "¡Hola! Tenemos citas el martes a las 10:00 o el jueves a las 15:30. ¿Cuál prefiere?",
	})
	d.check(err == nil, "reply failed: %v", err)
	if err == nil {
		d.replies++
		fake := c.channels[reply.Channel]
		for _, st := range []channels.DeliveryState{channels.StateRead, channels.StateDelivered} {
			d.check(fake.EmitStatus(ctx, reply.ProviderID, st, "") == nil, "status callback %s failed", st)
		}
		got, _ := c.inbox.Store().GetMessage(ctx, practiceID, reply.ID)
		d.check(got.Status == channels.StateRead, "out-of-order statuses left the reply %s, want read", got.Status)
	}

	// 4. An unknown number is a provisional contact: care details cannot
	// go to it until staff link it to the patient.
	unknown := findUnverified(ctx, c)
	d.check(unknown.ID != "", "the unknown sender has no provisional conversation")
	if unknown.ID != "" {
		_, err := c.inbox.Reply(ctx, inbox.ReplyParams{PracticeID: practiceID, ConversationID: unknown.ID, Author: staff, Text: "Your appointment is moved."})
		d.check(errors.Is(err, inbox.ErrUnverifiedContact), "reply to an unverified contact was not refused: %v", err)
		_, err = c.inbox.LinkContact(ctx, practiceID, unknown.ContactID, c.patients[3].ID, staff)
		d.check(err == nil, "linking the new number to its patient failed: %v", err)
		if err == nil {
			d.linked++
		}
	}

	return d.summary(ctx, out)
}

// findUnverified returns an open conversation of a contact the directory
// did not know.
func findUnverified(ctx context.Context, c *clinic) inbox.Conversation {
	page, err := c.inbox.Conversations(ctx, practiceID, &inbox.ListConversationsParams{Status: inbox.StatusOpen, Limit: inbox.MaxPageSize})
	if err != nil {
		return inbox.Conversation{}
	}
	for _, conv := range page.Conversations {
		if conv.PatientID == "" && conv.Channel == channels.SMS {
			return conv
		}
	}
	return inbox.Conversation{}
}

func (d *demoRun) summary(ctx context.Context, out io.Writer) error {
	page, err := d.c.inbox.Conversations(ctx, practiceID, &inbox.ListConversationsParams{Limit: inbox.MaxPageSize})
	if err != nil {
		return err
	}
	queues := make(map[string]int)
	stored, open, unverified := 0, 0, 0
	for _, conv := range page.Conversations {
		stored += conv.MessageCount
		if conv.Status != inbox.StatusClosed {
			open++
			queues[conv.Queue]++
			if conv.PatientID == "" {
				unverified++
			}
		}
	}
	inboundTotal := 0
	for _, n := range d.received {
		inboundTotal += n
	}
	d.check(stored == inboundTotal+d.replies, "stored %d messages, want %d inbound + %d replies", stored, inboundTotal, d.replies)

	fmt.Fprintln(out, "frontdesk clinic demo: summary")
	fmt.Fprintln(out, "\nInbound messages by channel:")
	for _, k := range channels.Kinds() {
		fmt.Fprintf(out, "  %-9s %d\n", k, d.received[k])
	}
	fmt.Fprintf(out, "\nDuplicate webhook deliveries dropped: %d\n", d.dups)
	fmt.Fprintf(out, "Open conversations by queue (one per patient, whatever the channel):\n")
	names := make([]string, 0, len(queues))
	for q := range queues {
		names = append(names, q)
	}
	sort.Strings(names)
	for _, q := range names {
		fmt.Fprintf(out, "  %-12s %d\n", q, queues[q])
	}
	fmt.Fprintf(out, "Unverified contacts still open: %d (linked by staff: %d)\n", unverified, d.linked)
	fmt.Fprintf(out, "Staff replies sent: %d\n", d.replies)
	fmt.Fprintf(out, "Messages stored: %d\n", stored)
	if len(d.failures) > 0 {
		fmt.Fprintf(out, "\nFAILED checks:\n  - %s\n", strings.Join(d.failures, "\n  - "))
		return fmt.Errorf("demo: %d checks failed", len(d.failures))
	}
	fmt.Fprintln(out, "\nAll checks passed.")
	return nil
}
