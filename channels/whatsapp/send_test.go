package whatsapp_test

import (
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp/whatsapptest"
)

var patientWA = channels.Address{Kind: channels.AddrWhatsApp, Value: "15552345678"}

// openWindow delivers a message from the patient so that free-form sends
// are allowed.
func openWindow(t *testing.T, e env) {
	t.Helper()
	body := whatsapptest.Delivery(testNumberID, []whatsapptest.Message{{From: patientWA.Value, ID: "wamid.in", At: e.clock.Now(), Text: "hi"}}, nil)
	w := httptest.NewRecorder()
	e.ch.Webhook(&channeltest.Recorder{}, nil).ServeHTTP(w, whatsapptest.NewWebhookRequest(testSecret, "/", body))
	if w.Code != 200 {
		t.Fatalf("open window: %d", w.Code)
	}
}

func out(mod func(*channels.Outbound)) channels.Outbound {
	m := channels.Outbound{PracticeID: testPractice, Channel: channels.WhatsApp, To: patientWA, Text: "Your visit is confirmed.", IdempotencyKey: "msg-1"}
	if mod != nil {
		mod(&m)
	}
	return m
}

func TestSendShapes(t *testing.T) {
	cases := []struct {
		name string
		m    channels.Outbound
		want map[string]any
	}{
		{"text", out(nil), map[string]any{"type": "text", "text": map[string]any{"body": "Your visit is confirmed.", "preview_url": false}}},
		{"reply", out(func(m *channels.Outbound) { m.InReplyTo = "wamid.in" }), map[string]any{"type": "text", "context": map[string]any{"message_id": "wamid.in"}, "text": map[string]any{"body": "Your visit is confirmed.", "preview_url": false}}},
		{"template", out(func(m *channels.Outbound) {
			m.Text = ""
			m.Template = &channels.Template{Name: "appointment_reminder", Language: "en_US", Params: []string{"Tuesday", "9:30"}}
		}), map[string]any{"type": "template", "template": map[string]any{"name": "appointment_reminder", "language": map[string]any{"code": "en_US"},
			"components": []any{map[string]any{"type": "body", "parameters": []any{
				map[string]any{"type": "text", "text": "Tuesday"}, map[string]any{"type": "text", "text": "9:30"}}}}}}},
		{"buttons", out(func(m *channels.Outbound) {
			m.Text = "Your appointment is Tuesday."
			m.Buttons = []channels.Button{{ID: "confirm", Title: "Confirm"}, {ID: "reschedule", Title: "Reschedule"}, {ID: "cancel", Title: "Cancel"}}
		}), map[string]any{"type": "interactive", "interactive": map[string]any{"type": "button", "body": map[string]any{"text": "Your appointment is Tuesday."},
			"action": map[string]any{"buttons": []any{
				map[string]any{"type": "reply", "reply": map[string]any{"id": "confirm", "title": "Confirm"}},
				map[string]any{"type": "reply", "reply": map[string]any{"id": "reschedule", "title": "Reschedule"}},
				map[string]any{"type": "reply", "reply": map[string]any{"id": "cancel", "title": "Cancel"}}}}}}},
		{"image by id", out(func(m *channels.Outbound) {
			m.Text = "Directions"
			m.Media = []channels.MediaRef{{ContentType: "image/png", ProviderRef: "98765"}}
		}), map[string]any{"type": "image", "image": map[string]any{"id": "98765", "caption": "Directions"}}},
		{"document by link", out(func(m *channels.Outbound) {
			m.Text = ""
			m.Media = []channels.MediaRef{{ContentType: "application/pdf", ProviderRef: "https://files.example.com/intake.pdf", Filename: "intake.pdf"}}
		}), map[string]any{"type": "document", "document": map[string]any{"link": "https://files.example.com/intake.pdf", "filename": "intake.pdf"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := newServer(t, testToken)
			e := newChannel(t, srv.URL, nil)
			openWindow(t, e)
			res, err := e.ch.Send(t.Context(), c.m)
			if err != nil {
				t.Fatal(err)
			}
			if res.ProviderID != "wamid.fake1" || res.State != channels.StateQueued || !res.At.Equal(t0) {
				t.Errorf("result = %+v", res)
			}
			sent := srv.Sent()
			if len(sent) != 1 || sent[0].PhoneNumberID != testNumberID {
				t.Fatalf("sent = %+v", sent)
			}
			want := map[string]any{"messaging_product": "whatsapp", "recipient_type": "individual", "to": patientWA.Value}
			for k, v := range c.want {
				want[k] = v
			}
			if diff := cmp.Diff(want, sent[0].Message); diff != "" {
				t.Errorf("request (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSendRefusesInvalid(t *testing.T) {
	cases := []struct {
		name string
		m    channels.Outbound
		want error
	}{
		{"four buttons", out(func(m *channels.Outbound) {
			m.Buttons = []channels.Button{{ID: "a", Title: "a"}, {ID: "b", Title: "b"}, {ID: "c", Title: "c"}, {ID: "d", Title: "d"}}
		}), channels.ErrInvalidMessage},
		{"long button title", out(func(m *channels.Outbound) { m.Buttons = []channels.Button{{ID: "a", Title: strings.Repeat("x", 21)}} }), channels.ErrInvalidMessage},
		{"two media", out(func(m *channels.Outbound) {
			m.Media = []channels.MediaRef{{ContentType: "image/png", ProviderRef: "1"}, {ContentType: "image/png", ProviderRef: "2"}}
		}), channels.ErrInvalidMessage},
		{"media over http", out(func(m *channels.Outbound) {
			m.Media = []channels.MediaRef{{ContentType: "image/png", ProviderRef: "http://x/y"}}
		}), channels.ErrInvalidMessage},
		{"audio caption", out(func(m *channels.Outbound) {
			m.Media = []channels.MediaRef{{ContentType: "audio/ogg", ProviderRef: "1"}}
		}), channels.ErrInvalidMessage},
		{"too long", out(func(m *channels.Outbound) { m.Text = strings.Repeat("é", whatsapp.MaxTextChars+1) }), channels.ErrTextTooLong},
		{"sms channel", out(func(m *channels.Outbound) { m.Channel = channels.SMS }), channels.ErrUnknownChannel},
		{"unknown practice", out(func(m *channels.Outbound) { m.PracticeID = "other" }), channels.ErrUnknownChannel},
		{"email recipient", out(func(m *channels.Outbound) { m.To = channels.Address{Kind: channels.AddrEmail, Value: "a@b.example"} }), channels.ErrInvalidAddress},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := newServer(t, testToken)
			e := newChannel(t, srv.URL, nil)
			openWindow(t, e)
			if _, err := e.ch.Send(t.Context(), c.m); !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %v", err, c.want)
			}
			if n := len(srv.Sent()); n != 0 {
				t.Errorf("%d requests reached the provider", n)
			}
		})
	}
}

func TestSendWindow(t *testing.T) {
	t.Run("closed without fallback", func(t *testing.T) {
		srv := newServer(t, testToken)
		e := newChannel(t, srv.URL, nil)
		_, err := e.ch.Send(t.Context(), out(nil))
		var se *channels.SendError
		if !errors.Is(err, channels.ErrOutsideWindow) || !errors.As(err, &se) || se.Retryable() {
			t.Fatalf("err = %v, want a permanent SendError wrapping ErrOutsideWindow", err)
		}
		if len(srv.Sent()) != 0 {
			t.Error("a send outside the window reached the provider")
		}
		// A template may go outside the window.
		m := out(func(m *channels.Outbound) { m.Text, m.Template = "", &channels.Template{Name: "hello", Language: "en"} })
		if _, err := e.ch.Send(t.Context(), m); err != nil {
			t.Fatalf("template outside window: %v", err)
		}
	})
	t.Run("open then expires", func(t *testing.T) {
		srv := newServer(t, testToken)
		e := newChannel(t, srv.URL, nil)
		openWindow(t, e)
		e.clock.Advance(23*time.Hour + 59*time.Minute)
		if _, err := e.ch.Send(t.Context(), out(nil)); err != nil {
			t.Fatalf("inside window: %v", err)
		}
		e.clock.Advance(time.Minute)
		if _, err := e.ch.Send(t.Context(), out(nil)); !errors.Is(err, channels.ErrOutsideWindow) {
			t.Fatalf("at 24h: err = %v, want ErrOutsideWindow", err)
		}
	})
	t.Run("fallback template", func(t *testing.T) {
		srv := newServer(t, testToken)
		fb := &channels.Template{Name: "please_reply", Language: "en_US"}
		e := newChannel(t, srv.URL, func(c *whatsapp.Config) { c.FallbackTemplate = fb })
		if _, err := e.ch.Send(t.Context(), out(nil)); err != nil {
			t.Fatal(err)
		}
		sent := srv.Sent()
		if len(sent) != 1 || sent[0].Type() != "template" || strings.Contains(string(sent[0].Raw), "confirmed") {
			t.Errorf("sent %s, want the fallback template only", sent[0].Raw)
		}
	})
}

func TestSendFaults(t *testing.T) {
	cases := []struct {
		name       string
		fault      whatsapptest.Fault
		want       error
		code       string
		retryAfter time.Duration
		retryable  bool
	}{
		{"re-engagement", whatsapptest.ReEngagement, channels.ErrOutsideWindow, "131047", 0, false},
		{"throughput", whatsapptest.Throughput, channels.ErrRateLimited, "130429", 2 * time.Second, true},
		{"pair rate limit", whatsapptest.Fault{Status: 400, Code: 131056}, channels.ErrRateLimited, "131056", 0, true},
		{"unavailable", whatsapptest.Unavailable, channels.ErrUnavailable, "131016", 0, true},
		{"bare 502", whatsapptest.Fault{Status: 502}, channels.ErrUnavailable, "", 0, true},
		{"invalid parameter", whatsapptest.InvalidParameter, channels.ErrRejected, "100", 0, false},
		{"marketing opt-out", whatsapptest.Fault{Status: 400, Code: 131050}, channels.ErrOptedOut, "131050", 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := newServer(t, testToken)
			e := newChannel(t, srv.URL, nil)
			openWindow(t, e)
			srv.FailNext(1, c.fault)
			_, err := e.ch.Send(t.Context(), out(nil))
			var se *channels.SendError
			if !errors.Is(err, c.want) || !errors.As(err, &se) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if se.Code != c.code || se.RetryAfter != c.retryAfter || se.Retryable() != c.retryable || se.HTTPStatus != c.fault.Status {
				t.Errorf("SendError = %+v", se)
			}
			if _, err := e.ch.Send(t.Context(), out(nil)); err != nil {
				t.Errorf("next send after the fault: %v", err)
			}
		})
	}
	t.Run("bad token", func(t *testing.T) {
		srv := newServer(t, "other-token")
		e := newChannel(t, srv.URL, nil)
		openWindow(t, e)
		if _, err := e.ch.Send(t.Context(), out(nil)); !errors.Is(err, channels.ErrRejected) {
			t.Errorf("err = %v, want ErrRejected", err)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		srv := newServer(t, testToken)
		e := newChannel(t, srv.URL, nil)
		openWindow(t, e)
		srv.FailNext(1, whatsapptest.Timeout)
		ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
		defer cancel()
		if _, err := e.ch.Send(ctx, out(nil)); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("err = %v, want DeadlineExceeded", err)
		}
	})
	t.Run("unreachable", func(t *testing.T) {
		srv := newServer(t, testToken)
		url := srv.URL
		srv.Close()
		e := newChannel(t, url, nil)
		openWindow(t, e)
		if _, err := e.ch.Send(t.Context(), out(nil)); !errors.Is(err, channels.ErrUnavailable) {
			t.Errorf("err = %v, want ErrUnavailable", err)
		}
	})
}

// TestSendWithRetry checks the adapter under channels.WithRetry: a 429 with
// Retry-After is retried after that wait on the fake clock, and succeeds.
func TestSendWithRetry(t *testing.T) {
	srv := newServer(t, testToken)
	e := newChannel(t, srv.URL, nil)
	openWindow(t, e)
	srv.FailNext(1, whatsapptest.Throughput)
	ch := channels.Chain(e.ch, channels.WithRetry(channels.RetryConfig{Clock: e.clock, Jitter: func(time.Duration) time.Duration { return 0 }}))
	done := make(chan error, 1)
	go func() {
		_, err := ch.Send(t.Context(), out(nil))
		done <- err
	}()
	if err := e.clock.BlockUntil(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(2 * time.Second)
	if err := <-done; err != nil {
		t.Fatalf("send with retry: %v", err)
	}
	if n := len(srv.Sent()); n != 1 {
		t.Errorf("provider accepted %d messages, want 1", n)
	}
}
