package main

import (
	"context"
	"fmt"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
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
// every channel.
var traffic = []patientMessage{
	{Patient: 0, Channel: channels.WhatsApp, Text: "Hola, necesito una cita con la doctora la próxima semana por favor"},
	{Patient: 1, Channel: channels.SMS, Text: "hi can i get a refill on my lisinopril? pharmacy is the one on main st"},
	{Patient: 2, Channel: channels.Email, Text: "Buenas tardes, tengo una pregunta sobre mi factura del mes pasado, me cobraron dos veces."},
	{Patient: -1, From: "visitor-7f3a", Channel: channels.WebChat, Text: "What are your hours on Saturday? Do you take new patients?"},
	{Patient: 3, Channel: channels.WhatsApp, Text: "Are my blood test results back yet?"},
	{Patient: 0, Channel: channels.SMS, Text: "perdón, también quería saber si aceptan mi seguro nuevo"},
	{Patient: -1, From: "+1 628 555 0199", Channel: channels.SMS, Text: "hi this is my new number, I need to reschedule thursday"},
	{Patient: 4, Channel: channels.Email, Text: "I can't log into the patient portal, it says my password expired."},
	{Patient: 1, Channel: channels.WhatsApp, Text: "thanks for the help last week, the new nurse was great"},
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

// deliver has a simulated patient send m through the channel's fake
// provider, which hands it to the inbox as a webhook would.
func (c *clinic) deliver(ctx context.Context, m patientMessage, providerID string) (channels.Inbound, error) {
	from, err := c.address(m)
	if err != nil {
		return channels.Inbound{}, fmt.Errorf("simulated sender: %w", err)
	}
	return c.channels[m.Channel].Receive(ctx, channels.Inbound{
		PracticeID: practiceID, Channel: m.Channel, From: from, ProviderID: providerID, Text: m.Text,
	})
}

// simulate writes the scripted traffic over and over, one message every
// interval, until ctx ends.
func (c *clinic) simulate(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for n := 0; ; n++ {
		m := traffic[n%len(traffic)]
		if _, err := c.deliver(ctx, m, ""); err != nil && ctx.Err() == nil {
			c.log.Sugar().Warnw("simulated message failed", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
