package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/frontdeskhq/frontdesk/channels"
)

// TestNoPHIInLogsOrErrors plants canary PHI in patient messages, runs them
// through every path of the clinic (triage, emergency, opt-out, reminders,
// refused replies, the API) and checks that no log line and no API error
// carries it.
func TestNoPHIInLogsOrErrors(t *testing.T) {
	core, logs := observer.New(zapcore.DebugLevel)
	cfg := testConfig(t.TempDir())
	cfg.Logger = zap.New(core)
	c, err := newClinic(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.close() })
	const name, ssn, dob = "Zelda Quintanilla", "123-45-6789", "03/14/1961"
	canaries := []string{name, ssn, dob, "4155550102", "628 555 0177", "6285550177", "jcarter@example.com"}
	script := append(traffic,
		patientMessage{Patient: 1, Channel: channels.SMS, Text: "This is " + name + ", SSN " + ssn + ", born " + dob + ", I have chest pain"},
		patientMessage{Patient: 1, Channel: channels.Email, Text: "Hello from " + name + " (" + ssn + ")"})
	for i, m := range script {
		if _, err := c.deliver(t.Context(), m, "t-"+string(rune('a'+i))); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.reminders.dispatcher.RunOnce(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, m := range reminderReplies {
		if _, err := c.deliver(t.Context(), m, ""); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer((&server{c: c}).handler())
	t.Cleanup(srv.Close)
	var bodies []string
	stop := conversationOf(t, c, 10) // the number that sent STOP
	stopContact, _ := json.Marshal(map[string]any{"text": "Is this " + name + "?", "to_unverified": true})
	for _, req := range []struct{ path, body string }{
		{"/api/conversations/" + stop.ID + "/reply", string(stopContact)},
		{"/api/conversations/" + conversationOf(t, c, 6).ID + "/reply", `{"text":"Dear ` + name + `, your SSN ` + ssn + ` is on file."}`},
	} {
		r, _ := http.NewRequestWithContext(t.Context(), "POST", srv.URL+req.path, strings.NewReader(req.body))
		r.Header.Set("Authorization", "Bearer "+staffToken(t, c, "admin"))
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			t.Errorf("%s: a reply that should be refused was sent", req.path)
		}
		bodies = append(bodies, string(b))
	}
	if logs.Len() == 0 {
		t.Fatal("no logs at all: the canary check would prove nothing")
	}
	for _, e := range logs.All() {
		line, _ := json.Marshal(e.ContextMap())
		bodies = append(bodies, e.Message+" "+string(line))
	}
	for _, b := range bodies {
		for _, canary := range canaries {
			if strings.Contains(b, canary) {
				t.Errorf("canary %q leaked: %s", canary, b)
			}
		}
	}
}
