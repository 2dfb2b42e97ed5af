package twilio_test

import (
	"net/http/httptest"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels/twilio/twiliotest"
)

// BenchmarkSMSWebhook measures one signed inbound SMS through the handler:
// form parse, signature check, mapping, dispatch. Requests/s is reported.
func BenchmarkSMSWebhook(b *testing.B) {
	e := newChannel(b, "", nil)
	h := e.ch.SMSWebhook(discard{})
	params := twiliotest.InboundParams(testSID, "SM1", patientNum, practiceNum, "Can I move my appointment to Friday?")
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, smsURL, params))
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
}
