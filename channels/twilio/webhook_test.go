package twilio_test

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/channels/twilio"
	"github.com/frontdeskhq/frontdesk/channels/twilio/twiliotest"
)

const smsURL = testPublic + "/webhooks/twilio/sms"

func recorded(t *testing.T, name string) url.Values {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dataDir(t, "twilio/webhooks"), name))
	if err != nil {
		t.Fatal(err)
	}
	v, err := url.ParseQuery(string(raw))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestInboundRecorded(t *testing.T) {
	wa := func(v string) channels.Address { return channels.Address{Kind: channels.AddrWhatsApp, Value: v} }
	cases := []struct {
		file   string
		number string // the practice number the recording was sent to
		want   channels.Inbound
	}{
		{"sms-inbound-kevinburke.form", "+19253920364", channels.Inbound{Channel: channels.SMS, ProviderID: "SM1521fa559fb923c1ed64f56cd1bed8ef",
			From: channels.Address{Kind: channels.AddrPhone, Value: "+19253920364"}, To: channels.Address{Kind: channels.AddrPhone, Value: "+19253920364"},
			Type: channels.TypeText, RawType: "text", Text: "twilio-go testing!"}},
		{"whatsapp-inbound-text.form", "+14123456789", channels.Inbound{Channel: channels.WhatsApp, ProviderID: "SM892512e202b34d4109b10a3893fa9640",
			From: wa("31612345678"), To: wa("14123456789"), Type: channels.TypeText, RawType: "text", Text: "test"}},
		{"whatsapp-inbound-image.form", "+14123456789", channels.Inbound{Channel: channels.WhatsApp, ProviderID: "MM21151abfaadc1fb79b782f8460862a52",
			From: wa("31612345678"), To: wa("14123456789"), Type: channels.TypeMedia, RawType: "media",
			Media: []channels.MediaRef{{ContentType: "image/jpeg", ProviderRef: "https://api.twilio.com/2010-04-01/Accounts/AC1a03647d811fab342c0ad608e382fab2/Messages/MM21151abfaadc1fb79b782f8460862a52/Media/ME5f0afa2336bd0f73ca553fb5a2e3150bc"}}}},
		{"whatsapp-inbound-location.form", "+14123456789", channels.Inbound{Channel: channels.WhatsApp, ProviderID: "SM9c871cd9649aa3829298e153ae6a8123",
			From: wa("31612345678"), To: wa("14123456789"), Type: channels.TypeLocation, RawType: "location",
			Location: &channels.Location{Latitude: 52.303897857666016, Longitude: 4.750025749206543, Name: "Microsoft", Address: "Evert van de Beekstraat 354, Schiphol, North Holland 1118 CZ"}}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			e := newChannel(t, "", func(cfg *twilio.Config) { cfg.Numbers = []twilio.Number{{Phone: c.number, PracticeID: testPractice}} })
			rec := &channeltest.Recorder{}
			w := httptest.NewRecorder()
			e.ch.SMSWebhook(rec).ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, smsURL, recorded(t, c.file)))
			if w.Code != http.StatusOK || w.Body.String() != twilio.EmptyTwiML || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/xml") {
				t.Fatalf("answer %d %q %q", w.Code, w.Header().Get("Content-Type"), w.Body.String())
			}
			c.want.PracticeID, c.want.SentAt = testPractice, t0
			if len(rec.In) != 1 {
				t.Fatalf("got %d messages", len(rec.In))
			}
			if diff := cmp.Diff(c.want, rec.In[0], cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestStatusRecorded(t *testing.T) {
	for file, want := range map[string]channels.DeliveryState{
		"whatsapp-status-sent.form":      channels.StateSent,
		"whatsapp-status-delivered.form": channels.StateDelivered,
	} {
		e := newChannel(t, "", func(cfg *twilio.Config) {
			cfg.Numbers = []twilio.Number{{Phone: "+14123456789", PracticeID: testPractice}}
		})
		rec := &channeltest.Recorder{}
		w := httptest.NewRecorder()
		e.ch.StatusWebhook(rec).ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, testPublic+"/webhooks/twilio/status", recorded(t, file)))
		if w.Code != http.StatusNoContent || len(rec.St) != 1 {
			t.Fatalf("%s: code %d, %d statuses", file, w.Code, len(rec.St))
		}
		if got := rec.St[0]; got.State != want || got.Channel != channels.WhatsApp || got.PracticeID != testPractice || got.ProviderID == "" {
			t.Errorf("%s: %+v", file, got)
		}
	}
}

func TestStatusCallbacks(t *testing.T) {
	cases := []struct {
		status, code string
		want         channels.DeliveryState
	}{
		{"queued", "", channels.StateQueued},
		{"sending", "", channels.StateSending},
		{"sent", "", channels.StateSent},
		{"delivered", "", channels.StateDelivered},
		{"undelivered", "30003", channels.StateUndelivered},
		{"failed", "30007", channels.StateFailed},
		{"read", "", channels.StateRead},
	}
	for _, c := range cases {
		t.Run(c.status, func(t *testing.T) {
			e := newChannel(t, "", nil)
			rec := &channeltest.Recorder{}
			p := twiliotest.StatusParams(testSID, "SM1", practiceNum, patientNum, c.status, c.code)
			w := httptest.NewRecorder()
			e.ch.StatusWebhook(rec).ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, testPublic+"/webhooks/twilio/status", p))
			want := []channels.Status{{PracticeID: testPractice, Channel: channels.SMS, ProviderID: "SM1", State: c.want, ErrorCode: c.code, At: t0}}
			if diff := cmp.Diff(want, rec.St); diff != "" || w.Code != http.StatusNoContent {
				t.Errorf("code %d (-want +got):\n%s", w.Code, diff)
			}
		})
	}
	t.Run("unknown status acknowledged", func(t *testing.T) {
		e := newChannel(t, "", nil)
		rec := &channeltest.Recorder{}
		p := twiliotest.StatusParams(testSID, "SM1", practiceNum, patientNum, "teleported", "")
		w := httptest.NewRecorder()
		e.ch.StatusWebhook(rec).ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, testPublic+"/s", p))
		if w.Code != http.StatusNoContent || rec.Count() != 0 {
			t.Errorf("code %d, %d events", w.Code, rec.Count())
		}
	})
	t.Run("handler failure asks for redelivery", func(t *testing.T) {
		e := newChannel(t, "", nil)
		rec := &channeltest.Recorder{Err: errors.New("inbox: down")}
		p := twiliotest.StatusParams(testSID, "SM1", practiceNum, patientNum, "delivered", "")
		w := httptest.NewRecorder()
		e.ch.StatusWebhook(rec).ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, testPublic+"/s", p))
		if w.Code != http.StatusInternalServerError {
			t.Errorf("code %d, want 500", w.Code)
		}
	})
	t.Run("messaging service", func(t *testing.T) {
		e := newChannel(t, "", func(c *twilio.Config) {
			c.Numbers = []twilio.Number{{Phone: practiceNum, PracticeID: testPractice, MessagingServiceSID: "MG1"}}
		})
		rec := &channeltest.Recorder{}
		p := twiliotest.StatusParams(testSID, "SM1", "", patientNum, "sent", "")
		p.Set("MessagingServiceSid", "MG1")
		e.ch.StatusWebhook(rec).ServeHTTP(httptest.NewRecorder(), twiliotest.NewWebhookRequest(testToken, testPublic+"/s", p))
		if len(rec.St) != 1 || rec.St[0].PracticeID != testPractice {
			t.Errorf("statuses %+v", rec.St)
		}
	})
}

func TestWebhookRefusesBadRequests(t *testing.T) {
	params := twiliotest.InboundParams(testSID, "SM1", patientNum, practiceNum, "hello")
	signed := func() *http.Request { return twiliotest.NewWebhookRequest(testToken, smsURL, params) }
	cases := []struct {
		name string
		req  func() *http.Request
		cfg  func(*twilio.Config)
		code int
	}{
		{"missing signature", func() *http.Request { r := signed(); r.Header.Del(twilio.SignatureHeader); return r }, nil, 401},
		{"forged signature", func() *http.Request { return twiliotest.NewWebhookRequest("forged", smsURL, params) }, nil, 403},
		{"signed for another url", func() *http.Request {
			r := twiliotest.NewWebhookRequest(testToken, testPublic+"/other", params)
			r.URL.Path = "/webhooks/twilio/sms"
			return r
		}, nil, 403},
		{"tampered body", func() *http.Request {
			r := signed()
			p := url.Values{}
			for k, v := range params {
				p[k] = v
			}
			p.Set("Body", "changed")
			r2 := httptest.NewRequest(http.MethodPost, smsURL, strings.NewReader(p.Encode()))
			r2.Header = r.Header
			return r2
		}, nil, 403},
		{"no auth token configured", signed, func(c *twilio.Config) { c.AuthToken = "" }, 401},
		{"public url differs", signed, func(c *twilio.Config) { c.PublicURL = "https://evil.example" }, 403},
		{"oversized", signed, func(c *twilio.Config) { c.MaxBodyBytes = 32 }, 413},
		{"json body", func() *http.Request { r := signed(); r.Header.Set("Content-Type", "application/json"); return r }, nil, 415},
		{"get", func() *http.Request { return httptest.NewRequest(http.MethodGet, smsURL, nil) }, nil, 405},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newChannel(t, "", c.cfg)
			rec := &channeltest.Recorder{}
			w := httptest.NewRecorder()
			e.ch.SMSWebhook(rec).ServeHTTP(w, c.req())
			if w.Code != c.code {
				t.Errorf("code = %d, want %d", w.Code, c.code)
			}
			if rec.Count() != 0 {
				t.Error("a refused request reached the handler")
			}
		})
	}
}

// TestWebhookBehindProxy: the request arrives on an internal host and
// port with the path a proxy stripped of its prefix, while Twilio signed
// the public URL.
func TestWebhookBehindProxy(t *testing.T) {
	params := twiliotest.InboundParams(testSID, "SM1", patientNum, practiceNum, "hello")
	public := "https://clinic.example.com/api/webhooks/twilio/sms?practice=1"
	sig := twilio.Sign(testToken, public, params)
	r := httptest.NewRequest(http.MethodPost, "http://10.0.0.7:8080/webhooks/twilio/sms?practice=1", strings.NewReader(params.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set(twilio.SignatureHeader, sig)

	e := newChannel(t, "", func(c *twilio.Config) { c.PublicURL = "https://clinic.example.com/api/" })
	rec := &channeltest.Recorder{}
	w := httptest.NewRecorder()
	e.ch.SMSWebhook(rec).ServeHTTP(w, r)
	if w.Code != http.StatusOK || len(rec.In) != 1 {
		t.Fatalf("code %d, %d messages", w.Code, len(rec.In))
	}
	t.Run("no public url", func(t *testing.T) {
		e := newChannel(t, "", func(c *twilio.Config) { c.PublicURL = "" })
		w := httptest.NewRecorder()
		e.ch.SMSWebhook(rec).ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, "http://example.com/webhooks/twilio/sms", params))
		if w.Code != http.StatusOK {
			t.Errorf("request-derived URL: code %d", w.Code)
		}
	})
}

func TestInboundMMSAndSkips(t *testing.T) {
	t.Run("mms", func(t *testing.T) {
		e := newChannel(t, "", nil)
		rec := &channeltest.Recorder{}
		p := twiliotest.InboundParams(testSID, "MM1", patientNum, practiceNum, "my insurance card",
			twiliotest.Media{URL: "https://api.twilio.com/m/1", ContentType: "image/jpeg"},
			twiliotest.Media{URL: "https://api.twilio.com/m/2", ContentType: "application/pdf"})
		e.ch.SMSWebhook(rec).ServeHTTP(httptest.NewRecorder(), twiliotest.NewWebhookRequest(testToken, smsURL, p))
		want := []channels.MediaRef{{ContentType: "image/jpeg", ProviderRef: "https://api.twilio.com/m/1"}, {ContentType: "application/pdf", ProviderRef: "https://api.twilio.com/m/2"}}
		if len(rec.In) != 1 || rec.In[0].Type != channels.TypeMedia || rec.In[0].Text != "my insurance card" {
			t.Fatalf("got %+v", rec.In)
		}
		if diff := cmp.Diff(want, rec.In[0].Media); diff != "" {
			t.Errorf("media (-want +got):\n%s", diff)
		}
	})
	for name, p := range map[string]url.Values{
		"short code sender": twiliotest.InboundParams(testSID, "SM1", "72345", practiceNum, "hi"),
		"unknown number":    twiliotest.InboundParams(testSID, "SM1", patientNum, "+15559876543", "hi"),
		"no sid":            twiliotest.InboundParams(testSID, "", patientNum, practiceNum, "hi"),
		"num media too big": func() url.Values {
			v := twiliotest.InboundParams(testSID, "SM1", patientNum, practiceNum, "hi")
			v.Set("NumMedia", "99")
			return v
		}(),
		"num media not a nb": func() url.Values {
			v := twiliotest.InboundParams(testSID, "SM1", patientNum, practiceNum, "hi")
			v.Set("NumMedia", "x")
			return v
		}(),
	} {
		t.Run(name, func(t *testing.T) {
			e := newChannel(t, "", nil)
			rec := &channeltest.Recorder{}
			w := httptest.NewRecorder()
			e.ch.SMSWebhook(rec).ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, smsURL, p))
			if w.Code != http.StatusOK || rec.Count() != 0 || e.logs.Len() == 0 {
				t.Errorf("code %d, %d events, %d logs; want 200, none, a log line", w.Code, rec.Count(), e.logs.Len())
			}
		})
	}
	t.Run("handler failure", func(t *testing.T) {
		e := newChannel(t, "", nil)
		rec := &channeltest.Recorder{Err: errors.New("inbox: down")}
		w := httptest.NewRecorder()
		p := twiliotest.InboundParams(testSID, "SM1", patientNum, practiceNum, "hi")
		e.ch.SMSWebhook(rec).ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, smsURL, p))
		if w.Code != http.StatusInternalServerError {
			t.Errorf("code %d, want 500", w.Code)
		}
		rec.SetErr(nil)
		w = httptest.NewRecorder()
		e.ch.SMSWebhook(rec).ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, smsURL, p))
		if w.Code != http.StatusOK || len(rec.In) != 1 {
			t.Errorf("redelivery: code %d, %d messages", w.Code, len(rec.In))
		}
	})
}

func TestWebhookPermanentHandlerErrorAcknowledged(t *testing.T) {
	e := newChannel(t, "", nil)
	rec := &channeltest.Recorder{Err: fmt.Errorf("inbox: %w", channels.ErrInvalidMessage)}
	w := httptest.NewRecorder()
	p := twiliotest.InboundParams(testSID, "SM1", patientNum, practiceNum, "hi")
	e.ch.SMSWebhook(rec).ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, smsURL, p))
	if w.Code != http.StatusOK || w.Body.String() != twilio.EmptyTwiML {
		t.Errorf("inbound: code %d, want 200", w.Code)
	}
	w = httptest.NewRecorder()
	s := twiliotest.StatusParams(testSID, "SM1", practiceNum, patientNum, "sent", "")
	e.ch.StatusWebhook(rec).ServeHTTP(w, twiliotest.NewWebhookRequest(testToken, smsURL, s))
	if w.Code != http.StatusNoContent {
		t.Errorf("status: code %d, want 204", w.Code)
	}
	if n := e.logs.FilterMessageSnippet("not retried").Len(); n != 2 {
		t.Errorf("%d refusals logged, want 2", n)
	}
}
