package frontdesk_test

import (
	"context"
	"fmt"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// Example wires an inbox end to end with fakes: a patient writes on
// WhatsApp and then by SMS, both land in one conversation, and staff answer
// on the channel the patient used last.
func Example() {
	ctx := context.Background()
	clk := clocktest.NewFake(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	whatsapp := channeltest.New(channeltest.Config{Kind: channels.WhatsApp, Clock: clk})
	sms := channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: clk})

	// The vendor's patient index: this phone belongs to patient-17.
	patients := inbox.NewMapDirectory()
	phone, err := channels.ParsePhone("+1 (415) 555-0100", nil)
	if err != nil {
		panic(err)
	}
	patients.Add("practice-1", phone, "patient-17")

	ib, err := inbox.New(inbox.NewMemoryStore(), inbox.Config{
		Clock:     clk,
		Directory: patients,
		Channels:  []channels.Channel{whatsapp, sms},
	})
	if err != nil {
		panic(err)
	}
	// The fakes deliver to the inbox as a provider's webhook would.
	whatsapp.SetHandlers(ib, ib)
	sms.SetHandlers(ib, ib)

	waID, _ := channels.ParseAddress(channels.AddrWhatsApp, "14155550100", nil)
	if _, err := whatsapp.Receive(ctx, channels.Inbound{PracticeID: "practice-1", From: waID, Text: "Hi, can I book a check-up?"}); err != nil {
		panic(err)
	}
	clk.Advance(time.Hour)
	if _, err := sms.Receive(ctx, channels.Inbound{PracticeID: "practice-1", From: phone, Text: "Any time Tuesday works"}); err != nil {
		panic(err)
	}

	page, _ := ib.Conversations(ctx, "practice-1", nil)
	conv := page.Conversations[0]
	fmt.Println("conversations:", len(page.Conversations), "messages:", conv.MessageCount, "patient:", conv.PatientID)

	reply, err := ib.Reply(ctx, inbox.ReplyParams{
		PracticeID: "practice-1", ConversationID: conv.ID,
		Author: inbox.Actor{ID: "staff-maria", Kind: "staff"},
		Text:   "Tuesday at 10:00 is yours.",
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("replied on:", reply.Channel, "status:", reply.Status)
	// Output:
	// conversations: 1 messages: 2 patient: patient-17
	// replied on: sms status: sent
}
