package twilio_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/channels/twilio"
	"github.com/frontdeskhq/frontdesk/channels/twilio/twiliotest"
)

var patientAddr = channels.Address{Kind: channels.AddrPhone, Value: patientNum}

func TestKeywords(t *testing.T) {
	store := channels.NewMemoryConsentStore()
	e := newChannel(t, "", func(c *twilio.Config) {
		c.Consent = store
		c.HelpText = "Sunrise Clinic: call 555-0100 <ext 2>. Reply STOP to opt out."
	})
	rec := &channeltest.Recorder{}
	h := e.ch.SMSWebhook(rec)
	send := func(sid, body string) *httptest.ResponseRecorder {
		t.Helper()
		w := httptest.NewRecorder()
		h.ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, smsURL, twiliotest.InboundParams(testSID, sid, patientNum, practiceNum, body)))
		if w.Code != http.StatusOK {
			t.Fatalf("%s: code %d", body, w.Code)
		}
		return w
	}
	state := func() channels.ConsentState {
		t.Helper()
		c, err := store.Get(t.Context(), testPractice, channels.SMS, patientAddr)
		if errors.Is(err, channels.ErrConsentNotFound) {
			return channels.ConsentUnknown
		}
		if err != nil {
			t.Fatal(err)
		}
		return c.State
	}

	send("SM1", "yes")
	if state() != channels.ConsentUnknown {
		t.Fatal("YES from a patient never opted out must not record consent")
	}
	w := send("SM2", "Help!")
	if want := `<?xml version="1.0" encoding="UTF-8"?><Response><Message>Sunrise Clinic: call 555-0100 &lt;ext 2&gt;. Reply STOP to opt out.</Message></Response>`; w.Body.String() != want {
		t.Errorf("HELP answer = %s", w.Body.String())
	}
	e.clock.Advance(time.Minute)
	send("SM3", " Cancel. ")
	c, err := store.Get(t.Context(), testPractice, channels.SMS, patientAddr)
	if err != nil || c.State != channels.ConsentOptedOut || c.Source != "carrier" || c.Keyword != "CANCEL" || !c.ChangedAt.Equal(t0.Add(time.Minute)) {
		t.Fatalf("after CANCEL: %+v, %v", c, err)
	}
	e.clock.Advance(time.Minute)
	send("SM4", "please stop texting me")
	if state() != channels.ConsentOptedOut {
		t.Fatal("a sentence is not a keyword")
	}
	send("SM5", "START")
	if state() != channels.ConsentOptedIn {
		t.Fatal("START did not opt back in")
	}
	send("SM6", "BAJA")
	if state() != channels.ConsentOptedOut {
		t.Fatal("BAJA did not opt out")
	}
	// Every keyword message still reaches the inbox.
	if len(rec.In) != 6 {
		t.Errorf("inbox got %d messages, want 6", len(rec.In))
	}
}

// brokenStore is a ConsentStore that is down.
type brokenStore struct{}

func (brokenStore) Get(context.Context, string, channels.Kind, channels.Address) (channels.Consent, error) {
	return channels.Consent{}, errors.New("consent store down")
}

func (brokenStore) Set(context.Context, channels.Consent) (channels.Consent, error) {
	return channels.Consent{}, errors.New("consent store down")
}

func TestKeywordConsentFailure(t *testing.T) {
	e := newChannel(t, "", func(c *twilio.Config) { c.Consent = brokenStore{} })
	rec := &channeltest.Recorder{}
	w := httptest.NewRecorder()
	e.ch.SMSWebhook(rec).ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, smsURL, twiliotest.InboundParams(testSID, "SM1", patientNum, practiceNum, "STOP")))
	if w.Code != http.StatusInternalServerError || rec.Count() != 0 {
		t.Errorf("code %d, %d messages; want 500 so that the opt-out is not lost", w.Code, rec.Count())
	}
}
