package twilio_test

import (
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/channels/twilio"
	"github.com/frontdeskhq/frontdesk/channels/twilio/twiliotest"
	"github.com/frontdeskhq/frontdesk/internal/canary"
)

const (
	canaryName  = "Zebulon Quatermaine"
	canarySSN   = "078-05-1120"
	canaryPhone = "+15553217654"
)

func TestNoPHIInLogsOrErrors(t *testing.T) {
	srv := newServer(t)
	e := newChannel(t, srv.URL, func(c *twilio.Config) { c.Consent = brokenStore{} })
	text := fmt.Sprintf("I am %s, SSN %s", canaryName, canarySSN)
	var errs []error

	failing := e.ch.SMSWebhook(&channeltest.Recorder{Err: errors.New("inbox: down")})
	for _, p := range []map[string]string{
		{"Body": text},
		{"Body": "STOP"},                      // consent store down
		{"Body": text, "From": canaryName},    // sender not a phone
		{"Body": text, "To": canaryPhone},     // unknown practice number
		{"Body": text, "NumMedia": canarySSN}, // malformed
		{"Body": text, "MessageSid": ""},      // no sid
	} {
		v := twiliotest.InboundParams("AC1", "SM1", canaryPhone, practiceNum, "")
		for k, val := range p {
			v.Set(k, val)
			if k == "MessageSid" {
				v.Del("SmsSid")
				v.Del("SmsMessageSid")
				v.Del("MessageSid")
			}
		}
		failing.ServeHTTP(httptest.NewRecorder(), twiliotest.NewWebhookRequest(testToken, smsURL, v))
		failing.ServeHTTP(httptest.NewRecorder(), twiliotest.NewWebhookRequest("forged", smsURL, v))
	}
	st := twiliotest.StatusParams("AC1", "SM1", practiceNum, canaryPhone, "undelivered", "30003")
	e.ch.StatusWebhook(&channeltest.Recorder{Err: errors.New("inbox: down")}).ServeHTTP(httptest.NewRecorder(), twiliotest.NewWebhookRequest(testToken, smsURL, st))

	to := channels.Address{Kind: channels.AddrPhone, Value: canaryPhone}
	m := channels.Outbound{PracticeID: testPractice, Channel: channels.SMS, To: to, Text: text}
	for _, f := range []twiliotest.Fault{twiliotest.Unsubscribed, twiliotest.InvalidTo, twiliotest.TooManyRequests, twiliotest.ServerError} {
		srv.FailNext(1, f)
		_, err := e.ch.Send(t.Context(), m)
		errs = append(errs, err)
	}
	long := m
	long.Text = strings.Repeat(text, 100)
	_, err := e.ch.Send(t.Context(), long)
	errs = append(errs, err)
	_, err = e.ch.OpenMedia(t.Context(), "https://evil.example/"+canaryPhone)
	errs = append(errs, err)

	all := canary.Dump(t, e.logs, errs, true)
	if e.logs.Len() < 6 {
		t.Fatalf("only %d log lines; the test proves little", e.logs.Len())
	}
	canary.Absent(t, all, canaryName, canarySSN, canaryPhone, "5553217654", "Zebulon")
}
