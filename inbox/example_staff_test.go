package inbox_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/phi"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

// billingTriage stands in for a triage.Classifier.
type billingTriage struct{}

func (billingTriage) Classify(context.Context, string) (triage.Result, error) {
	return triage.Result{Intent: triage.IntentBilling, Urgency: triage.UrgencyRoutine, Language: "en"}, nil
}

// Staff views check the practice's permissions in the library: a nurse may
// not read the billing queue, a billing clerk may.
func ExampleInbox_Staff() {
	ctx := context.Background()
	perms := routing.DefaultPermissions(routing.DefaultRuleset())
	sms := channeltest.New(channeltest.Config{Kind: channels.SMS})
	ib, _ := inbox.New(inbox.NewMemoryStore(), inbox.Config{
		Classifier: billingTriage{}, Permissions: &perms, Channels: []channels.Channel{sms},
	})
	phone, _ := channels.ParsePhone("+14155550100", nil)
	r, _ := ib.Ingest(ctx, channels.Inbound{PracticeID: "p1", Channel: channels.SMS, From: phone, ProviderID: "SM1", Text: "Question about my bill"})

	nurse := ib.Staff(inbox.Principal{ID: "nina", Roles: []routing.Role{routing.RoleNurse}})
	_, err := nurse.Read(ctx, "p1", r.Conversation.ID, nil)
	fmt.Println("nurse forbidden:", errors.Is(err, inbox.ErrForbidden))

	clerk := ib.Staff(inbox.Principal{ID: "bill", Roles: []routing.Role{routing.RoleBilling}})
	th, _ := clerk.Read(ctx, "p1", r.Conversation.ID, nil)
	fmt.Println("clerk reads:", th.Messages[0].Text)
	// Output:
	// nurse forbidden: true
	// clerk reads: Question about my bill
}

// PHIPolicy keeps clinical detail off low-tier channels such as SMS.
func ExamplePHIPolicy() {
	ctx := context.Background()
	sms := channeltest.New(channeltest.Config{Kind: channels.SMS})
	dir := inbox.NewMapDirectory()
	ib, _ := inbox.New(inbox.NewMemoryStore(), inbox.Config{
		Directory: dir, Channels: []channels.Channel{sms}, Policy: inbox.PHIPolicy(nil),
	})
	phone, _ := channels.ParsePhone("+14155550101", nil)
	dir.Add("p1", phone, "patient-1")
	r, _ := ib.Ingest(ctx, channels.Inbound{PracticeID: "p1", Channel: channels.SMS, From: phone, ProviderID: "SM2", Text: "Are my results in?"})

	_, err := ib.Reply(ctx, inbox.ReplyParams{PracticeID: "p1", ConversationID: r.Conversation.ID,
		Author: inbox.Actor{ID: "nurse-1"}, Text: "Your test results are back: your potassium is low."})
	fmt.Println("blocked:", errors.Is(err, phi.ErrBlocked))
	// Output:
	// blocked: true
}
