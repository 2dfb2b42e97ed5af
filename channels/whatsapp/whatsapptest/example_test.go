package whatsapptest_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp/whatsapptest"
)

// Example scripts a closed-window error from the fake Graph API and shows
// how the adapter reports it.
func Example() {
	srv := whatsapptest.NewServer("token")
	defer srv.Close()
	wa, err := whatsapp.New(whatsapp.Config{
		AccessToken: "token",
		BaseURL:     srv.URL,
		Numbers:     []whatsapp.Number{{PhoneNumberID: "1122334455667", PracticeID: "practice-1"}},
	})
	if err != nil {
		panic(err)
	}
	srv.FailNext(1, whatsapptest.ReEngagement)
	m := channels.Outbound{
		PracticeID: "practice-1",
		Channel:    channels.WhatsApp,
		To:         channels.Address{Kind: channels.AddrWhatsApp, Value: "15552345678"},
		Template:   &channels.Template{Name: "appointment_reminder", Language: "en_US", Params: []string{"Tuesday"}},
	}
	_, err = wa.Send(context.Background(), m)
	fmt.Println(errors.Is(err, channels.ErrOutsideWindow), err)
	res, err := wa.Send(context.Background(), m)
	fmt.Println(res.ProviderID, err, len(srv.Sent()))
	// Output:
	// true channels: send on whatsapp: channels: outside service window (code 131047) (http 400)
	// wamid.fake1 <nil> 1
}
