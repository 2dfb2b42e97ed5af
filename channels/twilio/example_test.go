package twilio_test

import (
	"context"
	"fmt"
	"net/http/httptest"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/twilio"
	"github.com/frontdeskhq/frontdesk/channels/twilio/twiliotest"
)

type printInbox struct{}

func (printInbox) HandleInbound(_ context.Context, m channels.Inbound) error {
	fmt.Println("inbound", m.PracticeID, m.Channel, m.Type, m.ProviderID)
	return nil
}

// Example receives a signed inbound SMS, records the patient's STOP in the
// consent store, and shows that a later send is refused before reaching
// Twilio, against the fake Messages API.
func Example() {
	api := twiliotest.NewServer("AC123", "auth-token")
	defer api.Close()
	consent := channels.NewMemoryConsentStore()
	sms, err := twilio.New(twilio.Config{
		AccountSID: "AC123",
		AuthToken:  "auth-token",
		PublicURL:  "https://clinic.example.com",
		BaseURL:    api.URL,
		Numbers:    []twilio.Number{{Phone: "+15557654321", PracticeID: "practice-1"}},
		Consent:    consent,
	})
	if err != nil {
		panic(err)
	}
	hook := sms.SMSWebhook(printInbox{})
	params := twiliotest.InboundParams("AC123", "SM0001", "+15552345678", "+15557654321", "Stop")
	w := httptest.NewRecorder()
	hook.ServeHTTP(w, twiliotest.NewWebhookRequest("auth-token", "https://clinic.example.com/webhooks/twilio/sms", params))
	fmt.Println(w.Code, w.Body.String())

	ch := channels.Chain(sms, channels.WithConsent(consent))
	patient, _ := channels.ParsePhone("(555) 234-5678", nil)
	_, err = ch.Send(context.Background(), channels.Outbound{PracticeID: "practice-1", Channel: channels.SMS, To: patient, Text: "Reminder: visit tomorrow"})
	fmt.Println(err, len(api.Sent()))
	// Output:
	// inbound practice-1 sms text SM0001
	// 200 <?xml version="1.0" encoding="UTF-8"?><Response></Response>
	// channels: send on sms: channels: recipient opted out (code opted_out) 0
}
