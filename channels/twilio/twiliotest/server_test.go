package twiliotest_test

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels/twilio/twiliotest"
)

// TestServerValidates checks that the fake refuses what the Messages API
// refuses, with Twilio's error codes, and records nothing for it.
func TestServerValidates(t *testing.T) {
	srv := twiliotest.NewServer("AC1", "tok")
	t.Cleanup(srv.Close)
	ok := url.Values{"To": {"+15552345678"}, "From": {"+15557654321"}, "Body": {"hi"}}
	with := func(k, v string) url.Values {
		c := url.Values{}
		for key, vals := range ok {
			c[key] = vals
		}
		c.Set(k, v)
		return c
	}
	cases := []struct {
		name, user, pass string
		form             url.Values
		status           int
		code             string
	}{
		{"ok", "AC1", "tok", ok, 201, `"sid":"SM`},
		{"bad password", "AC1", "nope", ok, 401, `"code":20003`},
		{"other account", "AC2", "tok", ok, 401, `"code":20003`},
		{"no to", "AC1", "tok", with("To", ""), 400, `"code":21604`},
		{"bad to", "AC1", "tok", with("To", "555-1234"), 400, `"code":21211`},
		{"bad from", "AC1", "tok", with("From", "clinic"), 400, `"code":21212`},
		{"no body", "AC1", "tok", with("Body", ""), 400, `"code":21602`},
		{"long body", "AC1", "tok", with("Body", strings.Repeat("a", 1601)), 400, `"code":21617`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, srv.URL+"/2010-04-01/Accounts/AC1/Messages.json", strings.NewReader(c.form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.SetBasicAuth(c.user, c.pass)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != c.status || !strings.Contains(string(b), c.code) {
				t.Errorf("got %d %s, want %d %s", resp.StatusCode, b, c.status, c.code)
			}
		})
	}
	if n := len(srv.Sent()); n != 1 {
		t.Errorf("recorded %d messages, want 1", n)
	}
}
