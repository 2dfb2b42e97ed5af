package twilio_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/channels/twilio"
	"github.com/frontdeskhq/frontdesk/channels/twilio/twiliotest"
)

func sms(mod func(*channels.Outbound)) channels.Outbound {
	m := channels.Outbound{PracticeID: testPractice, Channel: channels.SMS, To: patientAddr, Text: "Your visit is confirmed.", IdempotencyKey: "msg-1"}
	if mod != nil {
		mod(&m)
	}
	return m
}

func TestSend(t *testing.T) {
	srv := newServer(t)
	e := newChannel(t, srv.URL, nil)
	res, err := e.ch.Send(t.Context(), sms(func(m *channels.Outbound) {
		m.Media = []channels.MediaRef{{ContentType: "application/pdf", ProviderRef: "https://files.example.com/intake.pdf"}}
	}))
	if err != nil {
		t.Fatal(err)
	}
	sent := srv.Sent()
	if len(sent) != 1 {
		t.Fatalf("sent %d", len(sent))
	}
	want := twiliotest.Message{SID: res.ProviderID, To: patientNum, From: practiceNum, Body: "Your visit is confirmed.",
		MediaURLs: []string{"https://files.example.com/intake.pdf"}, StatusCallback: testPublic + twilio.DefaultStatusPath}
	got := sent[0]
	got.Form = nil
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("request (-want +got):\n%s", diff)
	}
	if res.State != channels.StateQueued || !res.At.Equal(t0) || !strings.HasPrefix(res.ProviderID, "SM") {
		t.Errorf("result %+v", res)
	}
}

func TestSendMessagingService(t *testing.T) {
	srv := newServer(t)
	e := newChannel(t, srv.URL, func(c *twilio.Config) {
		c.Numbers[0].MessagingServiceSID = "MG123"
		c.StatusCallbackURL = "https://hooks.example.com/status"
	})
	if _, err := e.ch.Send(t.Context(), sms(nil)); err != nil {
		t.Fatal(err)
	}
	if m := srv.Sent()[0]; m.ServiceSID != "MG123" || m.From != "" || m.StatusCallback != "https://hooks.example.com/status" {
		t.Errorf("sent %+v", m)
	}
}

func TestSendRefusesInvalid(t *testing.T) {
	cases := []struct {
		name string
		m    channels.Outbound
		want error
	}{
		{"template", sms(func(m *channels.Outbound) { m.Template = &channels.Template{Name: "x", Language: "en"} }), channels.ErrInvalidMessage},
		{"buttons", sms(func(m *channels.Outbound) { m.Buttons = []channels.Button{{ID: "c", Title: "C"}} }), channels.ErrInvalidMessage},
		{"eleven segments", sms(func(m *channels.Outbound) { m.Text = strings.Repeat("a", 153*10+1) }), channels.ErrTextTooLong},
		{"too many characters", sms(func(m *channels.Outbound) { m.Text = strings.Repeat("a", twilio.MaxBodyChars+1) }), channels.ErrTextTooLong},
		{"unicode segments", sms(func(m *channels.Outbound) { m.Text = strings.Repeat("ü€ç", 230) }), channels.ErrTextTooLong},
		{"media not https", sms(func(m *channels.Outbound) { m.Media = []channels.MediaRef{{ProviderRef: "ME123"}} }), channels.ErrInvalidMessage},
		{"whatsapp", sms(func(m *channels.Outbound) { m.Channel = channels.WhatsApp }), channels.ErrUnknownChannel},
		{"unknown practice", sms(func(m *channels.Outbound) { m.PracticeID = "other" }), channels.ErrUnknownChannel},
		{"email recipient", sms(func(m *channels.Outbound) { m.To = channels.Address{Kind: channels.AddrEmail, Value: "a@b.example"} }), channels.ErrInvalidAddress},
		{"invalid", sms(func(m *channels.Outbound) { m.Text = "" }), channels.ErrEmptyText},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := newServer(t)
			e := newChannel(t, srv.URL, nil)
			if _, err := e.ch.Send(t.Context(), c.m); !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %v", err, c.want)
			}
			if len(srv.Sent()) != 0 {
				t.Error("request reached the provider")
			}
		})
	}
}

func TestSendFaults(t *testing.T) {
	cases := []struct {
		name       string
		fault      twiliotest.Fault
		want       error
		code       string
		retryAfter time.Duration
	}{
		{"unsubscribed", twiliotest.Unsubscribed, channels.ErrOptedOut, "21610", 0},
		{"invalid to", twiliotest.InvalidTo, channels.ErrRejected, "21211", 0},
		{"too many requests", twiliotest.TooManyRequests, channels.ErrRateLimited, "20429", time.Second},
		{"server error", twiliotest.ServerError, channels.ErrUnavailable, "20500", 0},
		{"bare 503 with retry-after", twiliotest.Fault{Status: 503, RetryAfter: "Mon, 02 Mar 2026 15:00:10 GMT"}, channels.ErrUnavailable, "", 10 * time.Second},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := newServer(t)
			e := newChannel(t, srv.URL, nil)
			srv.FailNext(1, c.fault)
			_, err := e.ch.Send(t.Context(), sms(nil))
			var se *channels.SendError
			if !errors.Is(err, c.want) || !errors.As(err, &se) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if se.Code != c.code || se.RetryAfter != c.retryAfter || se.HTTPStatus != c.fault.Status || se.Channel != channels.SMS {
				t.Errorf("SendError %+v", se)
			}
		})
	}
	t.Run("bad credentials", func(t *testing.T) {
		srv := newServer(t)
		e := newChannel(t, srv.URL, func(c *twilio.Config) { c.AuthToken = "wrong" })
		_, err := e.ch.Send(t.Context(), sms(nil))
		var se *channels.SendError
		if !errors.Is(err, channels.ErrRejected) || !errors.As(err, &se) || se.Code != "20003" {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		srv := newServer(t)
		e := newChannel(t, srv.URL, nil)
		srv.FailNext(1, twiliotest.Timeout)
		ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
		defer cancel()
		if _, err := e.ch.Send(ctx, sms(nil)); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("unreachable", func(t *testing.T) {
		srv := newServer(t)
		u := srv.URL
		srv.Close()
		e := newChannel(t, u, nil)
		if _, err := e.ch.Send(t.Context(), sms(nil)); !errors.Is(err, channels.ErrUnavailable) {
			t.Errorf("err = %v", err)
		}
	})
}

// TestSendThroughMiddleware: consent refuses an opted-out patient before
// any provider call, and a 429 is retried after Retry-After on the fake
// clock without sending twice.
func TestSendThroughMiddleware(t *testing.T) {
	srv := newServer(t)
	e := newChannel(t, srv.URL, nil)
	store := channels.NewMemoryConsentStore()
	ch := channels.Chain(e.ch, channels.WithConsent(store),
		channels.WithRetry(channels.RetryConfig{Clock: e.clock, Jitter: func(time.Duration) time.Duration { return 0 }}))

	srv.FailNext(1, twiliotest.TooManyRequests)
	done := make(chan error, 1)
	go func() { _, err := ch.Send(t.Context(), sms(nil)); done <- err }()
	if err := e.clock.BlockUntil(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(time.Second)
	if err := <-done; err != nil {
		t.Fatalf("retried send: %v", err)
	}
	if n := len(srv.Sent()); n != 1 {
		t.Fatalf("provider accepted %d, want 1", n)
	}

	if _, err := store.Set(t.Context(), channels.Consent{PracticeID: testPractice, Channel: channels.SMS, Address: patientAddr,
		State: channels.ConsentOptedOut, Source: "carrier", ChangedAt: t0}); err != nil {
		t.Fatal(err)
	}
	if _, err := ch.Send(t.Context(), sms(nil)); !errors.Is(err, channels.ErrOptedOut) {
		t.Errorf("opted out: err = %v", err)
	}
	if n := len(srv.Sent()); n != 1 {
		t.Errorf("an opted-out send reached the provider")
	}
}

// TestStatusRoundTrip sends through the fake, which then calls the status
// webhook back, signed, including a duplicate and an out-of-order state.
func TestStatusRoundTrip(t *testing.T) {
	srv := newServer(t)
	rec := &channeltest.Recorder{}
	var e env
	hooks := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { e.ch.StatusWebhook(rec).ServeHTTP(w, r) }))
	t.Cleanup(hooks.Close)
	e = newChannel(t, srv.URL, func(c *twilio.Config) { c.PublicURL = hooks.URL })
	if _, err := e.ch.Send(t.Context(), sms(nil)); err != nil {
		t.Fatal(err)
	}
	m := srv.Sent()[0]
	for _, s := range []string{"delivered", "sent", "delivered"} {
		code, err := srv.SendStatus(t.Context(), hooks.Client(), m, s, "")
		if err != nil || code != http.StatusNoContent {
			t.Fatalf("%s: %d %v", s, code, err)
		}
	}
	var states []channels.DeliveryState
	for _, s := range rec.St {
		states = append(states, s.State)
	}
	if diff := cmp.Diff([]channels.DeliveryState{channels.StateDelivered, channels.StateSent, channels.StateDelivered}, states); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
