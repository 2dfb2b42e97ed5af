package twiliotest_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/twilio"
	"github.com/frontdeskhq/frontdesk/channels/twilio/twiliotest"
)

// Example scripts Twilio's 21610 (the patient replied STOP) and shows how
// the adapter reports it.
func Example() {
	api := twiliotest.NewServer("AC123", "auth-token")
	defer api.Close()
	sms, err := twilio.New(twilio.Config{
		AccountSID: "AC123",
		AuthToken:  "auth-token",
		BaseURL:    api.URL,
		Numbers:    []twilio.Number{{Phone: "+15557654321", PracticeID: "practice-1"}},
	})
	if err != nil {
		panic(err)
	}
	api.FailNext(1, twiliotest.Unsubscribed)
	to, _ := channels.ParsePhone("+1 555 234 5678", nil)
	_, err = sms.Send(context.Background(), channels.Outbound{PracticeID: "practice-1", Channel: channels.SMS, To: to, Text: "Reminder"})
	fmt.Println(errors.Is(err, channels.ErrOptedOut), err)
	// Output:
	// true channels: send on sms: channels: recipient opted out (code 21610) (http 400)
}
