package whatsapp_test

import (
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp/whatsapptest"
	"github.com/frontdeskhq/frontdesk/internal/canary"
)

// Canary PHI planted in messages; none of it may reach logs or errors.
const (
	canaryName  = "Zebulon Quatermaine"
	canarySSN   = "078-05-1120"
	canaryPhone = "15553217654"
)

func TestNoPHIInLogsOrErrors(t *testing.T) {
	srv := newServer(t, testToken)
	e := newChannel(t, srv.URL, nil)
	text := fmt.Sprintf("I am %s, SSN %s, call me", canaryName, canarySSN)
	var errs []error

	// Inbound through a failing handler, a forged signature and a body
	// too large, and a message with a sender that is not a phone number.
	body := whatsapptest.Delivery(testNumberID, []whatsapptest.Message{{From: canaryPhone, ID: "wamid.c1", At: t0, Text: text}}, nil)
	h := e.ch.Webhook(&channeltest.Recorder{Err: errors.New("inbox: down")}, nil)
	for _, r := range []*httptest.ResponseRecorder{httptest.NewRecorder(), httptest.NewRecorder()} {
		h.ServeHTTP(r, whatsapptest.NewWebhookRequest(testSecret, "/", body))
		h.ServeHTTP(r, whatsapptest.NewWebhookRequest("forged", "/", body))
	}
	bad := strings.Replace(string(body), canaryPhone, canaryName, 1)
	okh := e.ch.Webhook(&channeltest.Recorder{}, nil)
	okh.ServeHTTP(httptest.NewRecorder(), whatsapptest.NewWebhookRequest(testSecret, "/", []byte(bad)))
	okh.ServeHTTP(httptest.NewRecorder(), whatsapptest.NewWebhookRequest(testSecret, "/", []byte(text)))
	okh.ServeHTTP(httptest.NewRecorder(), whatsapptest.NewWebhookRequest(testSecret, "/", body[:len(body)-20]))

	// Sends that fail in every way.
	to := channels.Address{Kind: channels.AddrWhatsApp, Value: canaryPhone}
	m := channels.Outbound{PracticeID: testPractice, Channel: channels.WhatsApp, To: to, Text: text}
	_, err := e.ch.Send(t.Context(), m) // window closed
	errs = append(errs, err)
	okh.ServeHTTP(httptest.NewRecorder(), whatsapptest.NewWebhookRequest(testSecret, "/",
		whatsapptest.Delivery(testNumberID, []whatsapptest.Message{{From: canaryPhone, ID: "wamid.c2", At: t0, Text: text}}, nil)))
	for _, f := range []whatsapptest.Fault{whatsapptest.ReEngagement, whatsapptest.Throughput, whatsapptest.Unavailable, whatsapptest.InvalidParameter} {
		srv.FailNext(1, f)
		_, err := e.ch.Send(t.Context(), m)
		errs = append(errs, err)
	}
	long := m
	long.Text = strings.Repeat(text, 200)
	_, err = e.ch.Send(t.Context(), long)
	errs = append(errs, err)
	withButtons := m
	withButtons.Buttons = []channels.Button{{ID: canarySSN, Title: canaryName + " too long a title"}}
	_, err = e.ch.Send(t.Context(), withButtons)
	errs = append(errs, err)

	all := canary.Dump(t, e.logs, errs, true)
	if e.logs.Len() == 0 {
		t.Fatal("nothing was logged; the test proves nothing")
	}
	canary.Absent(t, all, canaryName, canarySSN, canaryPhone, "Zebulon")
}
