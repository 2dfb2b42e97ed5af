package main

import (
	"context"
	"fmt"
	"slices"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// patientMessage is one scripted message from a simulated patient. Patient
// is an index into clinic.patients, or -1 for a sender the practice does not
// know (From then holds the raw address).
type patientMessage struct {
	Patient int
	From    string
	Channel channels.Kind
	Text    string
}

// traffic is what the simulated patients write, in English and Spanish, on
// every channel: questions for each team, an emergency and an opt-out.
var traffic = []patientMessage{
	{Patient: 0, Channel: channels.WhatsApp, Text: "Hola, necesito una cita con la doctora la próxima semana por favor"},
	{Patient: 1, Channel: channels.SMS, Text: "hi can i get a refill on my lisinopril? pharmacy is the one on main st"},
	{Patient: 2, Channel: channels.Email, Text: "Buenas tardes, tengo una pregunta sobre mi factura del mes pasado, me cobraron dos veces."},
	{Patient: -1, From: "visitor-7f3a", Channel: channels.WebChat, Text: "What are your hours on Saturday? Do you take new patients?"},
	{Patient: 3, Channel: channels.WhatsApp, Text: "Are my blood test results back yet?"},
	{Patient: 0, Channel: channels.SMS, Text: "perdón, también quería saber si aceptan mi seguro nuevo"},
	{Patient: -1, From: "+1 628 555 0199", Channel: channels.SMS, Text: "hi this is my new number, I need to reschedule thursday"},
	{Patient: 4, Channel: channels.Email, Text: "I can't log into the patient portal, it says my password expired."},
	{Patient: 1, Channel: channels.WhatsApp, Text: "I have chest pain and my left arm feels numb, what should I do?"},
	{Patient: -1, From: "+1 628 555 0177", Channel: channels.SMS, Text: "Hello, is this the clinic? Who gave you my number"},
	{Patient: -1, From: "+1 628 555 0177", Channel: channels.SMS, Text: "STOP"},
	{Patient: -1, From: "visitor-2c81", Channel: channels.WebChat, Text: "Is there parking at the clinic?"},
	{Patient: -1, From: "visitor-2c81", Channel: channels.WebChat, Text: "yes, thanks"},
}

// Indexes into traffic the scripted run checks.
const (
	faqQuestion = 11 // answered from the knowledge base, then "yes"
)

// afterHours is written once the practice has closed for the day.
var afterHours = patientMessage{Patient: -1, From: "visitor-9d04", Channel: channels.WebChat, Text: "Can I book a checkup for next week?"}

// csatReply is Ana's answer to the satisfaction survey.
var csatReply = patientMessage{Patient: 0, Channel: channels.WhatsApp, Text: "5"}

// reminderReplies are the simulated patients' answers to their reminders:
// James confirms, Robert asks for another time and picks the second one,
// Grace cancels, and Lucía, on the waitlist, takes Grace's freed slot.
var reminderReplies = []patientMessage{
	{Patient: 1, Channel: channels.SMS, Text: "C"},
	{Patient: 3, Channel: channels.SMS, Text: "R"},
	{Patient: 3, Channel: channels.SMS, Text: "2"},
	{Patient: 4, Channel: channels.SMS, Text: "X"},
	{Patient: 2, Channel: channels.SMS, Text: "SI"},
}

// address returns the sender address of a scripted message.
func (c *clinic) address(m patientMessage) (channels.Address, error) {
	kind, err := channels.AddressKindFor(m.Channel)
	if err != nil {
		return channels.Address{}, err
	}
	raw := m.From
	if m.Patient >= 0 {
		p := c.patients[m.Patient]
		raw = p.Phone
		if m.Channel == channels.Email {
			raw = p.Email
		}
	}
	return channels.ParseAddress(kind, raw, nil)
}

// deliver has a simulated patient send m: through the channel's fake
// provider, which hands it to the inbox as a webhook would, or, for a
// channel with a real adapter, straight to the inbox as that adapter's
// webhook would.
func (c *clinic) deliver(ctx context.Context, m patientMessage, providerID string) (channels.Inbound, error) {
	from, err := c.address(m)
	if err != nil {
		return channels.Inbound{}, fmt.Errorf("simulated sender: %w", err)
	}
	in := channels.Inbound{PracticeID: practiceID, Channel: m.Channel, From: from, ProviderID: providerID, Text: m.Text}
	if f, ok := c.fakes[m.Channel]; ok {
		return f.Receive(ctx, in)
	}
	if in.ProviderID == "" {
		in.ProviderID = "sim-" + newToken()
	}
	in.Type, in.SentAt = channels.TypeText, c.clock.Now()
	return in, c.inbox.HandleInbound(ctx, in)
}

// simulate writes the scripted traffic, one message every interval on the
// clinic's clock, answers the reminders after the first pass, and then
// repeats the traffic until ctx ends.
func (c *clinic) simulate(ctx context.Context, interval time.Duration) {
	for n := 0; ; n++ {
		m := traffic[n%len(traffic)]
		if n == len(traffic) {
			for _, r := range reminderReplies {
				c.simulated(ctx, r)
			}
			c.surveyed(ctx)
		}
		c.simulated(ctx, m)
		t := c.clock.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C():
		}
	}
}

// simulated delivers one scripted message, unless its channel has a real
// provider: the simulated patients' numbers are fictitious, and staff
// replies to them must not reach a real network.
func (c *clinic) simulated(ctx context.Context, m patientMessage) {
	if c.realKinds[m.Channel] && m.Channel != channels.WebChat {
		return
	}
	if _, err := c.deliver(ctx, m, ""); err != nil && ctx.Err() == nil {
		c.log.Warn("simulated message failed", zap.Error(err))
	}
}

// surveyed has a simulated colleague answer and close Ana's conversation,
// and Ana score the satisfaction survey that follows, so that the KPIs
// show CSAT (and the close is drawn for QA review).
func (c *clinic) surveyed(ctx context.Context) {
	ana := c.patients[csatReply.Patient].ID
	page, err := c.inbox.Conversations(ctx, practiceID, &inbox.ListConversationsParams{Status: inbox.StatusOpen, Limit: inbox.MaxPageSize})
	if err != nil {
		return
	}
	i := slices.IndexFunc(page.Conversations, func(conv inbox.Conversation) bool { return conv.PatientID == ana })
	if i < 0 {
		return
	}
	james := c.inbox.Staff(c.staff[1].principal())
	id := page.Conversations[i].ID
	if _, err := james.Reply(ctx, inbox.ReplyParams{PracticeID: practiceID, ConversationID: id, Author: c.staff[1].actor(),
		Text: "Le reservé el martes a las 10:00. ¡Hasta pronto!"}); err != nil {
		c.log.Warn("simulated reply failed", zap.Error(err))
		return
	}
	if _, err := james.Close(ctx, practiceID, id); err != nil {
		c.log.Warn("simulated close failed", zap.Error(err))
		return
	}
	c.simulated(ctx, csatReply)
}
