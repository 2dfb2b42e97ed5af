package twilio_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels/twilio"
	"github.com/frontdeskhq/frontdesk/channels/twilio/twiliotest"

	"github.com/frontdeskhq/frontdesk/internal/shareddata"
)

// FuzzSMSWebhook signs arbitrary form bodies and feeds them to both
// webhooks: no panic, and only 200, 204 or 400 answers (a handler that
// succeeds never sees a 500).
func FuzzSMSWebhook(f *testing.F) {
	f.Add(twiliotest.InboundParams(testSID, "SM1", patientNum, practiceNum, "STOP").Encode())
	f.Add(twiliotest.InboundParams(testSID, "MM1", patientNum, practiceNum, "", twiliotest.Media{URL: "https://api.twilio.com/x", ContentType: "image/png"}).Encode())
	f.Add(twiliotest.StatusParams(testSID, "SM1", practiceNum, patientNum, "failed", "30003").Encode())
	f.Add("NumMedia=-1&MessageSid=SM1&From=%2B15552345678&To=%2B15557654321")
	f.Add("Latitude=NaN&Longitude=1e400&MessageSid=x&From=whatsapp%3A%2B1&To=")
	f.Add("%zz=1")
	if files, err := filepath.Glob(filepath.Join(fuzzDataDir(), "*.form")); err == nil {
		for _, file := range files {
			if raw, err := os.ReadFile(file); err == nil {
				f.Add(string(raw))
			}
		}
	}
	e := newChannel(f, "", nil)
	f.Fuzz(func(t *testing.T, body string) {
		params, err := url.ParseQuery(body)
		if err != nil {
			params = url.Values{}
		}
		for _, h := range []http.Handler{e.ch.SMSWebhook(discard{}), e.ch.StatusWebhook(discard{})} {
			r := httptest.NewRequest(http.MethodPost, smsURL, stringsReader(body))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			r.Header.Set(twilio.SignatureHeader, twilio.Sign(testToken, smsURL, params))
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			switch w.Code {
			case http.StatusOK, http.StatusNoContent, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
			default:
				t.Fatalf("code %d for %q", w.Code, body)
			}
		}
	})
}

// fuzzDataDir is the recorded webhook folder, or "" when absent.
func fuzzDataDir() string {
	p, ok := shareddata.Path("twilio", "webhooks")
	if !ok {
		return ""
	}
	return p
}
