package whatsapp_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp/whatsapptest"
)

func TestVerifySignatureVector(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(dataDir(t, "whatsapp/signature"), "x-hub-signature-256-vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var vectors []struct {
		Secret      string `json:"secret"`
		Payload     string `json:"payload"`
		HeaderValue string `json:"header_value"`
	}
	if err := json.Unmarshal(raw, &vectors); err != nil || len(vectors) == 0 {
		t.Fatalf("vectors: %v (%d)", err, len(vectors))
	}
	for _, v := range vectors {
		body := []byte(v.Payload)
		if got := whatsapp.Sign(v.Secret, body); got != v.HeaderValue {
			t.Errorf("Sign = %s, want %s", got, v.HeaderValue)
		}
		if err := whatsapp.VerifySignature(v.Secret, body, v.HeaderValue); err != nil {
			t.Errorf("VerifySignature(vector) = %v", err)
		}
		tampered := append([]byte(nil), body...)
		tampered[0] ^= 1
		if err := whatsapp.VerifySignature(v.Secret, tampered, v.HeaderValue); !errors.Is(err, whatsapp.ErrSignatureInvalid) {
			t.Errorf("tampered body: %v, want ErrSignatureInvalid", err)
		}
		if err := whatsapp.VerifySignature(v.Secret, body, strings.TrimPrefix(v.HeaderValue, "sha256=")); !errors.Is(err, whatsapp.ErrSignatureMissing) {
			t.Errorf("no prefix: %v, want ErrSignatureMissing", err)
		}
		if err := whatsapp.VerifySignature("other", body, v.HeaderValue); !errors.Is(err, whatsapp.ErrSignatureInvalid) {
			t.Errorf("wrong secret: %v, want ErrSignatureInvalid", err)
		}
		if err := whatsapp.VerifySignature(v.Secret, body, "sha256=zz"); !errors.Is(err, whatsapp.ErrSignatureInvalid) {
			t.Errorf("bad hex: %v, want ErrSignatureInvalid", err)
		}
	}
}

func TestWebhookVerification(t *testing.T) {
	e := newChannel(t, "", nil)
	h := e.ch.Webhook(&channeltest.Recorder{}, &channeltest.Recorder{})
	cases := []struct {
		name  string
		query url.Values
		code  int
		body  string
	}{
		{"ok", url.Values{"hub.mode": {"subscribe"}, "hub.verify_token": {testVerify}, "hub.challenge": {"1158201444"}}, 200, "1158201444"},
		{"wrong token", url.Values{"hub.mode": {"subscribe"}, "hub.verify_token": {"nope"}, "hub.challenge": {"1"}}, 403, ""},
		{"wrong mode", url.Values{"hub.mode": {"unsubscribe"}, "hub.verify_token": {testVerify}, "hub.challenge": {"1"}}, 403, ""},
		{"no challenge", url.Values{"hub.mode": {"subscribe"}, "hub.verify_token": {testVerify}}, 403, ""},
		{"huge challenge", url.Values{"hub.mode": {"subscribe"}, "hub.verify_token": {testVerify}, "hub.challenge": {strings.Repeat("9", 300)}}, 403, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/webhooks/whatsapp?"+c.query.Encode(), nil))
			if w.Code != c.code {
				t.Fatalf("code = %d, want %d", w.Code, c.code)
			}
			if c.body != "" && w.Body.String() != c.body {
				t.Errorf("body = %q, want %q", w.Body.String(), c.body)
			}
		})
	}
	t.Run("no token configured", func(t *testing.T) {
		e := newChannel(t, "", func(c *whatsapp.Config) { c.VerifyToken = "" })
		w := httptest.NewRecorder()
		q := url.Values{"hub.mode": {"subscribe"}, "hub.verify_token": {""}, "hub.challenge": {"1"}}
		e.ch.Webhook(&channeltest.Recorder{}, nil).ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/?"+q.Encode(), nil))
		if w.Code != http.StatusForbidden {
			t.Errorf("code = %d, want 403", w.Code)
		}
	})
}

func TestWebhookRefusesBadRequests(t *testing.T) {
	body := whatsapptest.Delivery(testNumberID, []whatsapptest.Message{{From: "15552345678", ID: "wamid.1", At: t0, Text: "hello"}}, nil)
	signed := func() *http.Request { return whatsapptest.NewWebhookRequest(testSecret, "/webhooks/whatsapp", body) }
	cases := []struct {
		name string
		req  func() *http.Request
		cfg  func(*whatsapp.Config)
		code int
	}{
		{"missing signature", func() *http.Request { r := signed(); r.Header.Del(whatsapp.SignatureHeader); return r }, nil, 401},
		{"forged signature", func() *http.Request { return whatsapptest.NewWebhookRequest("forged", "/", body) }, nil, 403},
		{"signature of another body", func() *http.Request {
			r := httptest.NewRequest(http.MethodPost, "/", bytes.NewReader(append(body, ' ')))
			r.Header.Set(whatsapp.SignatureHeader, whatsapp.Sign(testSecret, body))
			return r
		}, nil, 403},
		{"no app secret configured", signed, func(c *whatsapp.Config) { c.AppSecret = "" }, 401},
		{"oversized", signed, func(c *whatsapp.Config) { c.MaxBodyBytes = 64 }, 413},
		{"wrong content type", func() *http.Request { r := signed(); r.Header.Set("Content-Type", "text/plain"); return r }, nil, 415},
		{"json with a bad parameter", func() *http.Request {
			r := signed()
			r.Header.Set("Content-Type", "application/json; charset")
			return r
		}, nil, 415},
		{"truncated json", func() *http.Request { return whatsapptest.NewWebhookRequest(testSecret, "/", body[:len(body)/2]) }, nil, 400},
		{"not a whatsapp object", func() *http.Request {
			return whatsapptest.NewWebhookRequest(testSecret, "/", []byte(`{"object":"page","entry":[]}`))
		}, nil, 400},
		{"method", func() *http.Request { return httptest.NewRequest(http.MethodPut, "/", nil) }, nil, 405},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newChannel(t, "", c.cfg)
			rec := &channeltest.Recorder{}
			w := httptest.NewRecorder()
			e.ch.Webhook(rec, rec).ServeHTTP(w, c.req())
			if w.Code != c.code {
				t.Errorf("code = %d, want %d", w.Code, c.code)
			}
			if n := rec.Count(); n != 0 {
				t.Errorf("handlers got %d events, want none", n)
			}
		})
	}
}

// TestWebhookContentTypes: JSON however its media type is written is
// accepted, with or without parameters.
func TestWebhookContentTypes(t *testing.T) {
	body := whatsapptest.Delivery(testNumberID, []whatsapptest.Message{{From: "15552345678", ID: "wamid.1", At: t0, Text: "hello"}}, nil)
	for _, ct := range []string{"", "application/json", "application/json; charset=utf-8", "Application/JSON"} {
		e := newChannel(t, "", nil)
		rec := &channeltest.Recorder{}
		w := httptest.NewRecorder()
		r := whatsapptest.NewWebhookRequest(testSecret, "/", body)
		r.Header.Set("Content-Type", ct)
		e.ch.Webhook(rec, rec).ServeHTTP(w, r)
		if w.Code != http.StatusOK || rec.Count() != 1 {
			t.Errorf("Content-Type %q: code %d, %d events; want 200 and one", ct, w.Code, rec.Count())
		}
	}
}

// TestWebhookFixtures runs the pywa webhook fixtures through the handler.
func TestWebhookFixtures(t *testing.T) {
	ts := func(s int64) time.Time { return time.Unix(s, 0).UTC() }
	patient := channels.Address{Kind: channels.AddrWhatsApp, Value: "972987654321"}
	business := channels.Address{Kind: channels.AddrWhatsApp, Value: "972123456789"}
	in := func(m channels.Inbound) channels.Inbound {
		m.PracticeID, m.Channel, m.From, m.To = testPractice, channels.WhatsApp, patient, business
		return m
	}
	cases := []struct {
		file, name string
		want       []channels.Inbound
	}{
		{"message.json", "text", []channels.Inbound{in(channels.Inbound{ProviderID: "wamid.xyzxyz", Type: channels.TypeText, RawType: "text", Text: "Body Text", SentAt: ts(1697043223)})}},
		{"message.json", "image", []channels.Inbound{in(channels.Inbound{ProviderID: "wamid.xyzxyz", Type: channels.TypeMedia, RawType: "image", SentAt: ts(1697043379),
			Media: []channels.MediaRef{{ContentType: "image/jpeg", ProviderRef: "65463453"}}})}},
		{"message.json", "document", []channels.Inbound{in(channels.Inbound{ProviderID: "wamid.xyzxyz", Type: channels.TypeMedia, RawType: "document", Text: "caption", SentAt: ts(1697043666),
			Media: []channels.MediaRef{{ContentType: "application/pdf", ProviderRef: "1234567890987654321", Filename: "filename.pdf"}}})}},
		{"message.json", "current_location", []channels.Inbound{in(channels.Inbound{ProviderID: "wamid.xyzxyz", Type: channels.TypeLocation, RawType: "location", SentAt: ts(1697044557),
			Location: &channels.Location{Latitude: 12.25089, Longitude: 43.90539}})}},
		{"message.json", "contacts", []channels.Inbound{in(channels.Inbound{ProviderID: "wamid.xyzxyz", Type: channels.TypeContacts, RawType: "contacts", SentAt: ts(1697044621),
			Text: "Chandler Bing: +1 555-555-5555\nMonica: +1 666-666-6666\nRachel Green: +1 777-777-7777"})}},
		{"message.json", "reply", []channels.Inbound{in(channels.Inbound{ProviderID: "wamid.xyzxyz", Type: channels.TypeText, RawType: "text", Text: "replied text", InReplyTo: "wamid.xyzxyz==", SentAt: ts(1697044746)})}},
		{"message.json", "unsupported", []channels.Inbound{in(channels.Inbound{ProviderID: "wamid.xyzxyz", Type: channels.TypeUnsupported, RawType: "unsupported", SentAt: ts(1697044706)})}},
		{"message.json", "reaction", []channels.Inbound{in(channels.Inbound{ProviderID: "wamid.xyzxyz", Type: channels.TypeUnsupported, RawType: "reaction", Text: "😮", InReplyTo: "wamid.yzxyzx=", SentAt: ts(1697044456)})}},
		{"message.json", "interactive_message_with_err", []channels.Inbound{in(channels.Inbound{ProviderID: "wamid.wegrchytvwcggt=", Type: channels.TypeUnsupported, RawType: "interactive", InReplyTo: "wamid.gvwegfretge==", SentAt: ts(1700505494)})}},
		{"callback_button.json", "button", []channels.Inbound{in(channels.Inbound{ProviderID: "wamid.xyzxyz", Type: channels.TypeButton, RawType: "interactive.button_reply", Payload: "callback_data", Text: "title", InReplyTo: "wamid.xyzxyz", SentAt: ts(1698266730)})}},
		{"callback_button.json", "quick_reply", []channels.Inbound{in(channels.Inbound{ProviderID: "wamid.xsidjw", Type: channels.TypeButton, RawType: "button", Payload: "callback_data", Text: "title", InReplyTo: "wamid.xyzxyz==", SentAt: ts(1698269027)})}},
		{"callback_selection.json", "description", []channels.Inbound{in(channels.Inbound{ProviderID: "wamid.zyzxyz", Type: channels.TypeButton, RawType: "interactive.list_reply", Payload: "callback_data", Text: "title", InReplyTo: "wamid.xyzxyz", SentAt: ts(1698266905)})}},
		{"template_status_update.json", "", nil},
		{"outgoing_message.json", "", nil},
		{"user_marketing_preferences.json", "", nil},
	}
	for _, c := range cases {
		t.Run(c.file+"/"+c.name, func(t *testing.T) {
			fx := fixtures(t, c.file)
			names := []string{c.name}
			if c.name == "" {
				names = names[:0]
				for n := range fx {
					names = append(names, n)
				}
			}
			for _, n := range names {
				body, ok := fx[n]
				if !ok {
					t.Fatalf("fixture %s missing", n)
				}
				e := newChannel(t, "", nil)
				rec := &channeltest.Recorder{}
				w := httptest.NewRecorder()
				e.ch.Webhook(rec, rec).ServeHTTP(w, whatsapptest.NewWebhookRequest(testSecret, "/", body))
				if w.Code != http.StatusOK {
					t.Fatalf("%s: code = %d, want 200", n, w.Code)
				}
				if diff := cmp.Diff(c.want, rec.In, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("%s: inbound (-want +got):\n%s", n, diff)
				}
			}
		})
	}
}

// TestWebhookEveryFixture checks that no fixture is refused or dropped:
// every message either reaches the handler or is acknowledged.
func TestWebhookEveryFixture(t *testing.T) {
	for _, file := range []string{"message.json", "message_status.json", "callback_button.json", "callback_selection.json",
		"flow_completion.json", "system.json", "edited_message.json", "deleted_message.json"} {
		for name, body := range fixtures(t, file) {
			e := newChannel(t, "", nil)
			rec := &channeltest.Recorder{}
			w := httptest.NewRecorder()
			e.ch.Webhook(rec, rec).ServeHTTP(w, whatsapptest.NewWebhookRequest(testSecret, "/", body))
			if w.Code != http.StatusOK {
				t.Errorf("%s/%s: code = %d", file, name, w.Code)
			}
			// Every message and status is passed on or logged by id.
			var env struct {
				Entry []struct {
					Changes []struct {
						Value struct {
							Messages []json.RawMessage `json:"messages"`
							Statuses []json.RawMessage `json:"statuses"`
						} `json:"value"`
					} `json:"changes"`
				} `json:"entry"`
			}
			if err := json.Unmarshal(body, &env); err != nil {
				t.Fatal(err)
			}
			want := 0
			for _, en := range env.Entry {
				for _, c := range en.Changes {
					want += len(c.Value.Messages) + len(c.Value.Statuses)
				}
			}
			logged := e.logs.FilterMessage("webhook event skipped").Len() + e.logs.FilterMessage("webhook for an unknown business number").Len()
			if got := rec.Count() + logged; got != want {
				t.Errorf("%s/%s: %d events passed on or logged, want %d", file, name, got, want)
			}
		}
	}
}

func TestWebhookStatuses(t *testing.T) {
	fx := fixtures(t, "message_status.json")
	cases := []struct {
		name string
		want channels.Status
	}{
		{"sent", channels.Status{ProviderID: "wamid.xyzxyz", State: channels.StateSent, At: time.Unix(1698266945, 0).UTC()}},
		{"read", channels.Status{ProviderID: "wamid.xyzxyz", State: channels.StateRead}},
		{"failed", channels.Status{ProviderID: "wamid.xyzxyz", State: channels.StateFailed, ErrorCode: "130472", At: time.Unix(1689380458, 0).UTC()}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newChannel(t, "", nil)
			rec := &channeltest.Recorder{}
			w := httptest.NewRecorder()
			e.ch.Webhook(rec, rec).ServeHTTP(w, whatsapptest.NewWebhookRequest(testSecret, "/", fx[c.name]))
			if w.Code != 200 || len(rec.St) != 1 {
				t.Fatalf("code %d, %d statuses", w.Code, len(rec.St))
			}
			got := rec.St[0]
			c.want.PracticeID, c.want.Channel = testPractice, channels.WhatsApp
			if c.want.At.IsZero() {
				got.At = time.Time{}
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestWebhookSeveralEventsAndRedelivery(t *testing.T) {
	body := whatsapptest.Delivery(testNumberID,
		[]whatsapptest.Message{
			{From: "15552340001", ID: "wamid.a", At: t0, Text: "first"},
			{From: "15552340002", ID: "wamid.b", At: t0, ButtonID: "confirm", ButtonTitle: "Confirm"},
		},
		[]whatsapptest.Status{{ID: "wamid.out1", Status: "delivered", At: t0}, {ID: "wamid.out2", Status: "failed", At: t0, ErrorCode: 131047}})
	e := newChannel(t, "", nil)
	rec := &channeltest.Recorder{Err: errors.New("inbox: store unavailable")}
	h := e.ch.Webhook(rec, rec)

	w := httptest.NewRecorder()
	h.ServeHTTP(w, whatsapptest.NewWebhookRequest(testSecret, "/", body))
	if w.Code != http.StatusInternalServerError {
		t.Fatalf("handler failing: code = %d, want 500 so that Meta redelivers", w.Code)
	}
	rec.SetErr(nil)
	w = httptest.NewRecorder()
	h.ServeHTTP(w, whatsapptest.NewWebhookRequest(testSecret, "/", body))
	if w.Code != http.StatusOK {
		t.Fatalf("redelivery: code = %d, want 200", w.Code)
	}
	if len(rec.In) != 2 || len(rec.St) != 2 {
		t.Fatalf("got %d messages and %d statuses, want 2 and 2", len(rec.In), len(rec.St))
	}
	if got := rec.In[1]; got.Type != channels.TypeButton || got.Payload != "confirm" {
		t.Errorf("button reply = %+v", got)
	}
	if got := rec.St[1]; got.State != channels.StateFailed || got.ErrorCode != "131047" {
		t.Errorf("failed status = %+v", got)
	}
}

func TestWebhookUnknownNumberAcknowledged(t *testing.T) {
	body := whatsapptest.Delivery("999", []whatsapptest.Message{{From: "15552340001", ID: "wamid.a", At: t0, Text: "x"}}, nil)
	e := newChannel(t, "", nil)
	rec := &channeltest.Recorder{}
	w := httptest.NewRecorder()
	e.ch.Webhook(rec, rec).ServeHTTP(w, whatsapptest.NewWebhookRequest(testSecret, "/", body))
	if w.Code != http.StatusOK || rec.Count() != 0 {
		t.Errorf("code %d, %d events; want 200 and none", w.Code, rec.Count())
	}
	if e.logs.FilterMessage("webhook for an unknown business number").Len() != 1 {
		t.Error("unknown number not logged")
	}
}

func TestNewConfig(t *testing.T) {
	cases := []struct {
		name string
		cfg  whatsapp.Config
	}{
		{"no numbers", whatsapp.Config{}},
		{"number without practice", whatsapp.Config{Numbers: []whatsapp.Number{{PhoneNumberID: "1"}}}},
		{"duplicate number", whatsapp.Config{Numbers: []whatsapp.Number{{PhoneNumberID: "1", PracticeID: "a"}, {PhoneNumberID: "1", PracticeID: "b"}}}},
		{"fallback without language", whatsapp.Config{Numbers: []whatsapp.Number{{PhoneNumberID: "1", PracticeID: "a"}}, FallbackTemplate: &channels.Template{Name: "x"}}},
	}
	for _, c := range cases {
		if _, err := whatsapp.New(c.cfg); !errors.Is(err, whatsapp.ErrConfig) {
			t.Errorf("%s: err = %v, want ErrConfig", c.name, err)
		}
	}
	ch, err := whatsapp.New(whatsapp.Config{Numbers: []whatsapp.Number{{PhoneNumberID: "1", PracticeID: "a"}}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(channels.DefaultCapabilities(channels.WhatsApp), ch.Capabilities()); diff != "" {
		t.Errorf("capabilities (-want +got):\n%s", diff)
	}
}

func TestWebhookPermanentHandlerErrorAcknowledged(t *testing.T) {
	body := whatsapptest.Delivery(testNumberID, []whatsapptest.Message{{From: "15552340001", ID: "wamid.a", At: t0, Text: "x"}}, nil)
	e := newChannel(t, "", nil)
	rec := &channeltest.Recorder{Err: fmt.Errorf("inbox: ingest: %w", channels.ErrInvalidMessage)}
	w := httptest.NewRecorder()
	e.ch.Webhook(rec, rec).ServeHTTP(w, whatsapptest.NewWebhookRequest(testSecret, "/", body))
	if w.Code != http.StatusOK {
		t.Errorf("code %d, want 200: a redelivery would fail the same way", w.Code)
	}
	if e.logs.FilterMessage("webhook event refused by handler; not retried").Len() != 1 {
		t.Error("refusal not logged")
	}
}
