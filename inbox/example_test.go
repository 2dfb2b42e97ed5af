package inbox_test

import (
	"context"
	"fmt"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/inbox"
)

func Example() {
	ctx := context.Background()
	sms := channeltest.New(channeltest.Config{Kind: channels.SMS})
	dir := inbox.NewMapDirectory()
	ib, err := inbox.New(inbox.NewMemoryStore(), inbox.Config{Directory: dir, Channels: []channels.Channel{sms}})
	if err != nil {
		panic(err)
	}
	phone, _ := channels.ParsePhone("(415) 555-0100", nil)
	dir.Add("practice-1", phone, "patient-17")

	// A webhook delivers the same message twice.
	msg := channels.Inbound{PracticeID: "practice-1", Channel: channels.SMS, From: phone, ProviderID: "SM123", Text: "Can I move my visit?"}
	first, _ := ib.Ingest(ctx, msg)
	again, _ := ib.Ingest(ctx, msg)
	fmt.Println("verified:", first.Contact.Verified, "duplicate:", again.Duplicate)

	reply, err := ib.Reply(ctx, inbox.ReplyParams{
		PracticeID: "practice-1", ConversationID: first.Conversation.ID,
		Author: inbox.Actor{ID: "staff-1", Kind: "staff"}, Text: "Of course, what day suits you?",
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("reply:", reply.Status, "sent:", len(sms.Sent()))
	// Output:
	// verified: true duplicate: true
	// reply: sent sent: 1
}
