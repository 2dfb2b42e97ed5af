package whatsapp_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp/whatsapptest"
)

type printInbox struct{}

func (printInbox) HandleInbound(_ context.Context, m channels.Inbound) error {
	fmt.Println("inbound", m.PracticeID, m.Type, m.ProviderID)
	return nil
}

func (printInbox) HandleStatus(_ context.Context, s channels.Status) error {
	fmt.Println("status", s.ProviderID, s.State)
	return nil
}

// Example receives a signed webhook delivery and answers the patient with
// the reminder buttons, against the fake Graph API.
func Example() {
	srv := whatsapptest.NewServer("token")
	defer srv.Close()
	wa, err := whatsapp.New(whatsapp.Config{
		AppSecret:   "app-secret",
		AccessToken: "token",
		BaseURL:     srv.URL,
		Numbers:     []whatsapp.Number{{PhoneNumberID: "1122334455667", PracticeID: "practice-1"}},
	})
	if err != nil {
		panic(err)
	}
	hook := wa.Webhook(printInbox{}, printInbox{})

	body := whatsapptest.Delivery("1122334455667",
		[]whatsapptest.Message{{From: "15552345678", ID: "wamid.in1", At: time.Now(), Text: "Is my visit still on?"}}, nil)
	w := httptest.NewRecorder()
	hook.ServeHTTP(w, whatsapptest.NewWebhookRequest("app-secret", "/webhooks/whatsapp", body))
	fmt.Println("webhook answered", w.Code)

	res, err := wa.Send(context.Background(), channels.Outbound{
		PracticeID: "practice-1",
		Channel:    channels.WhatsApp,
		To:         channels.Address{Kind: channels.AddrWhatsApp, Value: "15552345678"},
		Text:       "Yes, Tuesday at 9:30.",
		Buttons:    []channels.Button{{ID: "confirm", Title: "Confirm"}, {ID: "reschedule", Title: "Reschedule"}, {ID: "cancel", Title: "Cancel"}},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("sent", res.ProviderID, srv.Sent()[0].Type())
	// Output:
	// inbound practice-1 text wamid.in1
	// webhook answered 200
	// sent wamid.fake1 interactive
}
