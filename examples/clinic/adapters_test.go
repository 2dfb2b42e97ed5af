package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels"
)

// envOf returns an Env reading vars.
func envOf(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestMissingSecretIsNamed(t *testing.T) {
	for _, tc := range []struct {
		vars    map[string]string
		missing string
	}{
		{map[string]string{"FRONTDESK_WHATSAPP_TOKEN": "t"}, "FRONTDESK_WHATSAPP_APP_SECRET"},
		{map[string]string{"FRONTDESK_TWILIO_AUTH_TOKEN": "t", "FRONTDESK_TWILIO_ACCOUNT_SID": "AC1"}, "FRONTDESK_TWILIO_NUMBER"},
		{map[string]string{"FRONTDESK_SMTP_ADDR": "smtp.example.com:587", "FRONTDESK_EMAIL_FROM": "desk@example.com"}, "FRONTDESK_EMAIL_WEBHOOK_TOKEN"},
		{map[string]string{"FRONTDESK_WEBCHAT_SECRET": "short"}, "FRONTDESK_WEBCHAT_SECRET"},
	} {
		cfg := testConfig(t.TempDir())
		cfg.Env = envOf(tc.vars)
		_, err := newClinic(t.Context(), cfg)
		if err == nil || !strings.Contains(err.Error(), tc.missing) {
			t.Errorf("%v: err = %v, want it to name %s", tc.vars, err, tc.missing)
		}
	}
}

// TestRealAdaptersAreMounted sets every provider's secrets and checks that
// the real adapters replace the fakes and answer on their webhook routes,
// checking signatures before anything is stored.
func TestRealAdaptersAreMounted(t *testing.T) {
	cfg := testConfig(t.TempDir())
	cfg.Env = envOf(map[string]string{
		"FRONTDESK_WHATSAPP_TOKEN": "wa-token", "FRONTDESK_WHATSAPP_APP_SECRET": "wa-secret",
		"FRONTDESK_WHATSAPP_VERIFY_TOKEN": "verify-me", "FRONTDESK_WHATSAPP_PHONE_NUMBER_ID": "1234567890",
		"FRONTDESK_TWILIO_AUTH_TOKEN": "tw-token", "FRONTDESK_TWILIO_ACCOUNT_SID": "AC123", "FRONTDESK_TWILIO_NUMBER": "+14155550100",
		"FRONTDESK_PUBLIC_URL": "https://clinic.example", "FRONTDESK_SMTP_ADDR": "127.0.0.1:1",
		"FRONTDESK_EMAIL_FROM": "desk@clinic.example", "FRONTDESK_EMAIL_WEBHOOK_TOKEN": "mail-token",
		"FRONTDESK_WEBCHAT_SECRET": strings.Repeat("s", 32),
	})
	c, err := newClinic(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.close() })
	for _, k := range channels.Kinds() {
		if !c.realKinds[k] || c.fakes[k] != nil {
			t.Errorf("%s: real=%v fake=%v", k, c.realKinds[k], c.fakes[k] != nil)
		}
	}
	if len(c.reminders.appointments) != 0 {
		t.Errorf("demo appointments seeded with a real SMS provider: %v", c.reminders.appointments)
	}
	srv := httptest.NewServer((&server{c: c}).handler())
	t.Cleanup(srv.Close)

	resp, err := http.Get(srv.URL + "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=4242")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || string(b) != "4242" {
		t.Errorf("whatsapp verification: %d %q", resp.StatusCode, b)
	}
	for _, req := range []struct{ path, body, ctype string }{
		{"/webhooks/whatsapp", `{"object":"whatsapp_business_account","entry":[]}`, "application/json"},
		{"/webhooks/twilio/sms", url.Values{"From": {"+14155550102"}, "To": {"+14155550100"}, "Body": {"hi"}, "MessageSid": {"SM1"}}.Encode(), "application/x-www-form-urlencoded"},
		{"/webhooks/email", "From: a@example.com\r\nTo: desk@clinic.example\r\nSubject: hi\r\n\r\nhello\r\n", "message/rfc822"},
	} {
		resp, err := http.Post(srv.URL+req.path, req.ctype, strings.NewReader(req.body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized && resp.StatusCode != http.StatusForbidden {
			t.Errorf("unsigned POST %s: %d, want 401 or 403", req.path, resp.StatusCode)
		}
	}
	if page, err := c.inbox.Conversations(t.Context(), practiceID, nil); err != nil || len(page.Conversations) != 0 {
		t.Errorf("unsigned webhooks stored something: %v %v", page.Conversations, err)
	}
}
