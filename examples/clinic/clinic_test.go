package main

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/inbox"
)

func TestDemoRunsEndToEnd(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run(t.Context(), []string{"-demo", "-data", dir}, &out); err != nil {
		t.Fatalf("demo failed: %v\n%s", err, out.String())
	}
	for _, want := range []string{
		"All checks passed.", "whatsapp  4", "Duplicate webhook deliveries dropped: 1", "Staff replies sent: 1",
		"Emergencies escalated to nursing: 1 (safety replies sent: 1)", "Opt-outs (STOP) honoured, staff send blocked: 1",
		"Reminders sent: 4; confirmed 1, rescheduled 1, cancelled 1", "Waitlist: freed slots offered 1, filled 1", "chain verified: true",
		"FAQ answered automatically: 1 (contained: 1); after-hours replies: 1", "CSAT: 1 survey sent, score 5; QA reviews: 1",
		"SLA: 1 waiting on the patient; 1 warnings, 1 breaches, 2 escalations",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}
	res, err := audit.VerifyFile(filepath.Join(dir, "demo-run", "audit.jsonl"), audit.VerifyOptions{PublicKey: loadPub(t, filepath.Join(dir, "demo-run"))})
	if err != nil || res.Count == 0 || res.Checkpoints == 0 {
		t.Fatalf("audit file after the demo: %+v %v", res, err)
	}
}

func loadPub(t *testing.T, dir string) ed25519.PublicKey {
	t.Helper()
	var created bool
	priv, err := loadOrCreateKey(filepath.Join(dir, "audit-ed25519.key"), &created)
	if err != nil || created {
		t.Fatalf("audit key: created=%v %v", created, err)
	}
	return priv.Public().(ed25519.PublicKey)
}

func TestAuditFileIsVerifiedAtStart(t *testing.T) {
	dir := t.TempDir()
	c := newTestClinic(t, dir)
	if !c.audit.newKey {
		t.Error("first start did not generate the audit key")
	}
	if _, err := c.deliver(t.Context(), traffic[0], "p-1"); err != nil {
		t.Fatal(err)
	}
	if err := c.close(); err != nil {
		t.Fatal(err)
	}
	// A second start continues the verified chain with the same key.
	c = newTestClinic(t, dir)
	if c.audit.newKey || c.audit.verified.Count == 0 {
		t.Fatalf("restart: newKey=%v verified=%+v", c.audit.newKey, c.audit.verified)
	}
	if err := c.close(); err != nil {
		t.Fatal(err)
	}
	// An altered line stops the clinic.
	path := filepath.Join(dir, "audit.jsonl")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, bytes.Replace(b, []byte(`"outcome":"success"`), []byte(`"outcome":"failure"`), 1), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = newClinic(t.Context(), testConfig(dir))
	var verr *audit.VerifyError
	if !errors.Is(err, audit.ErrCorrupt) || !errors.As(err, &verr) {
		t.Fatalf("tampered audit file: err = %v, want audit.ErrCorrupt and a *audit.VerifyError", err)
	}
}

func TestBadFlags(t *testing.T) {
	if err := run(t.Context(), []string{"-nope"}, &bytes.Buffer{}); err == nil {
		t.Error("unknown flag accepted")
	}
	if err := run(t.Context(), []string{"extra"}, &bytes.Buffer{}); err == nil {
		t.Error("stray argument accepted")
	}
}

func testConfig(dir string) clinicConfig {
	return clinicConfig{DataDir: dir, Quiet: true, Clock: clocktest.NewFake(demoStart()), Env: func(string) string { return "" }}
}

func newTestClinic(t *testing.T, dir string) *clinic {
	t.Helper()
	c, err := newClinic(t.Context(), testConfig(dir))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// newTestServer starts the clinic with the scripted traffic delivered.
func newTestServer(t *testing.T) (*clinic, *httptest.Server) {
	t.Helper()
	c := newTestClinic(t, t.TempDir())
	t.Cleanup(func() { _ = c.close() })
	for i, m := range traffic {
		if _, err := c.deliver(t.Context(), m, "t-"+string(rune('a'+i))); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer((&server{c: c}).handler())
	t.Cleanup(srv.Close)
	return c, srv
}

func call(t *testing.T, method, url, token, body string) (*http.Response, map[string]any) {
	t.Helper()
	req, _ := http.NewRequestWithContext(t.Context(), method, url, strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var v map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&v)
	return resp, v
}

// staffToken returns the token of the demo staff member with that role.
func staffToken(t *testing.T, c *clinic, role string) string {
	t.Helper()
	for _, s := range c.staff {
		if string(s.Role) == role {
			return s.Token
		}
	}
	t.Fatalf("no %s in the demo staff", role)
	return ""
}

// conversationOf returns the conversation of a patient's scripted message.
func conversationOf(t *testing.T, c *clinic, traffic int) inbox.Conversation {
	t.Helper()
	m, err := c.inbox.Store().FindMessage(t.Context(), practiceID, channelOf(traffic), "t-"+string(rune('a'+traffic)))
	if err != nil {
		t.Fatal(err)
	}
	conv, err := c.inbox.Conversation(t.Context(), practiceID, m.ConversationID)
	if err != nil {
		t.Fatal(err)
	}
	return conv
}

func channelOf(i int) channels.Kind { return traffic[i].Channel }

func TestStaffAPI(t *testing.T) {
	c, srv := newTestServer(t)
	desk, sched, admin := staffToken(t, c, "front_desk"), staffToken(t, c, "scheduler"), staffToken(t, c, "admin")
	if resp, _ := call(t, "GET", srv.URL+"/api/conversations", "", ""); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("no token: %d", resp.StatusCode)
	}
	if resp, _ := call(t, "GET", srv.URL+"/api/conversations", "wrong", ""); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("bad token: %d", resp.StatusCode)
	}

	// The front desk does not see the nurses' queue.
	_, list := call(t, "GET", srv.URL+"/api/conversations?status=open", desk, "")
	for _, v := range list["conversations"].([]any) {
		if q := v.(map[string]any)["queue"]; q == "nursing" {
			t.Errorf("front desk listed a nursing conversation: %v", v)
		}
	}
	emergency := conversationOf(t, c, 8)
	if resp, _ := call(t, "GET", srv.URL+"/api/conversations/"+emergency.ID, desk, ""); resp.StatusCode != http.StatusForbidden {
		t.Errorf("front desk read a nursing conversation: %d", resp.StatusCode)
	}
	if resp, _ := call(t, "GET", srv.URL+"/api/conversations?queue=billing", sched, ""); resp.StatusCode != http.StatusForbidden {
		t.Errorf("scheduler listed billing: %d", resp.StatusCode)
	}
	if resp, _ := call(t, "GET", srv.URL+"/api/audit", sched, ""); resp.StatusCode != http.StatusForbidden {
		t.Errorf("scheduler read the audit trail: %d", resp.StatusCode)
	}

	// Supervisors read every queue with identifiers in messages masked.
	const dob = "03/14/1961"
	if _, err := c.deliver(t.Context(), patientMessage{Patient: 1, Channel: channels.SMS, Text: "Zelda Quintanilla here, born " + dob + ", the chest pain is back"}, "t-dob"); err != nil {
		t.Fatal(err)
	}
	resp, masked := call(t, "GET", srv.URL+"/api/conversations/"+emergency.ID, staffToken(t, c, "supervisor"), "")
	if resp.StatusCode != http.StatusOK || masked["redacted"] != true {
		t.Errorf("supervisor read: %d redacted=%v", resp.StatusCode, masked["redacted"])
	}
	if text := fmt.Sprint(masked["messages"]); strings.Contains(text, dob) || strings.Contains(text, "Quintanilla") {
		t.Errorf("supervisor saw identifiers: %s", text)
	}
	if _, plain := call(t, "GET", srv.URL+"/api/conversations/"+emergency.ID, staffToken(t, c, "nurse"), ""); !strings.Contains(fmt.Sprint(plain["messages"]), dob) {
		t.Errorf("the nurse does not see the message: %v", plain["messages"])
	}

	portal := conversationOf(t, c, 7) // Grace, e-mail, front desk
	id := portal.ID
	resp, detail := call(t, "GET", srv.URL+"/api/conversations/"+id, desk, "")
	if resp.StatusCode != http.StatusOK || len(detail["messages"].([]any)) == 0 {
		t.Fatalf("detail: %d %v", resp.StatusCode, detail)
	}
	msg := detail["messages"].([]any)[0].(map[string]any)
	for _, k := range []string{"text", "channel", "direction", "queue", "intent", "urgency"} {
		if _, ok := msg[k]; !ok {
			t.Errorf("message lacks %q: %v", k, msg)
		}
	}
	if resp, _ := call(t, "GET", srv.URL+"/api/conversations/nope", desk, ""); resp.StatusCode != http.StatusNotFound {
		t.Errorf("missing conversation: %d", resp.StatusCode)
	}
	if resp, _ := call(t, "POST", srv.URL+"/api/conversations/"+id+"/reply", desk, `{"text":`); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("broken JSON: %d", resp.StatusCode)
	}
	if resp, _ := call(t, "POST", srv.URL+"/api/conversations/"+id+"/reply", desk, `{"text":""}`); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("empty reply: %d", resp.StatusCode)
	}
	if resp, body := call(t, "POST", srv.URL+"/api/conversations/"+id+"/draft", desk, ""); resp.StatusCode != http.StatusOK || !strings.Contains(body["text"].(string), "Forgot password") {
		t.Errorf("draft: %d %v", resp.StatusCode, body)
	}
	resp, body := call(t, "POST", srv.URL+"/api/conversations/"+id+"/reply", desk, `{"text":"We reset your portal password; check your e-mail for the link."}`)
	if resp.StatusCode != http.StatusOK || body["status"] != "sent" {
		t.Errorf("reply: %d %v", resp.StatusCode, body)
	}
	if resp, body := call(t, "POST", srv.URL+"/api/conversations/"+id+"/note", desk, `{"text":"@staff-priya FYI"}`); resp.StatusCode != http.StatusOK || body["direction"] != "note" {
		t.Errorf("note: %d %v", resp.StatusCode, body)
	}
	if resp, body := call(t, "POST", srv.URL+"/api/conversations/"+id+"/assign", desk, `{"assignee":"staff-maria"}`); resp.StatusCode != http.StatusOK || body["assignee"] != "staff-maria" {
		t.Errorf("assign: %d %v", resp.StatusCode, body)
	}
	if resp, body := call(t, "POST", srv.URL+"/api/conversations/"+id+"/transfer", desk, `{"queue":"nursing","assignee":"staff-priya","note":"asks about a rash too"}`); resp.StatusCode != http.StatusOK || body["queue"] != "nursing" {
		t.Errorf("transfer: %d %v", resp.StatusCode, body)
	}
	if resp, _ := call(t, "GET", srv.URL+"/api/conversations/"+id, desk, ""); resp.StatusCode != http.StatusForbidden {
		t.Errorf("front desk still reads the conversation it transferred to nursing: %d", resp.StatusCode)
	}
	nurse := staffToken(t, c, "nurse")
	if resp, _ := call(t, "POST", srv.URL+"/api/conversations/"+id+"/close", nurse, ""); resp.StatusCode != http.StatusOK {
		t.Errorf("close: %d", resp.StatusCode)
	}
	if resp, _ := call(t, "POST", srv.URL+"/api/conversations/"+id+"/reply", nurse, `{"text":"x"}`); resp.StatusCode != http.StatusConflict {
		t.Errorf("reply to closed: %d", resp.StatusCode)
	}

	resp, kpis := call(t, "GET", srv.URL+"/api/kpis", admin, "")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("kpis: %d", resp.StatusCode)
	}
	for _, k := range []string{"total", "by_queue", "by_channel", "by_intent", "by_hour_of_week"} {
		if _, ok := kpis[k]; !ok {
			t.Errorf("KPIs lack %q", k)
		}
	}
	if total := kpis["total"].(map[string]any); total["answered"].(float64) < 1 || total["emergencies"].(float64) != 1 {
		t.Errorf("KPI totals: %v", total)
	}
	resp, trail := call(t, "GET", srv.URL+"/api/audit", admin, "")
	if resp.StatusCode != http.StatusOK || trail["chain"].(map[string]any)["ok"] != true {
		t.Fatalf("audit: %d %v", resp.StatusCode, trail["chain"])
	}
	denied := 0
	for _, e := range trail["events"].([]any) {
		if e.(map[string]any)["action"] == string(audit.ActionAccessDenied) {
			denied++
		}
	}
	if denied < 4 {
		t.Errorf("%d access.denied events in the audit trail, want the 4 refusals above", denied)
	}
}

func TestEventsStream(t *testing.T) {
	c, srv := newTestServer(t)
	req, _ := http.NewRequestWithContext(t.Context(), "GET", srv.URL+"/api/events", nil)
	req.Header.Set("Authorization", "Bearer "+staffToken(t, c, "front_desk"))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	r := bufio.NewReader(resp.Body)
	if line, _ := r.ReadString('\n'); line != "event: ready\n" {
		t.Fatalf("first event %q", line)
	}
	// A billing message is not for the front desk; a portal question is.
	for _, m := range []patientMessage{traffic[2], traffic[7]} {
		if _, err := c.deliver(t.Context(), m, ""); err != nil {
			t.Fatal(err)
		}
	}
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		if data, ok := strings.CutPrefix(line, "data: "); ok && strings.Contains(data, "message.received") {
			if !strings.Contains(data, `"queue":"front-desk"`) {
				t.Fatalf("front desk got an event of another queue first: %s", data)
			}
			return
		}
	}
}

func TestStaffPages(t *testing.T) {
	c, srv := newTestServer(t)
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/login" {
		t.Fatalf("unauthenticated inbox: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, err = client.PostForm(srv.URL+"/login", url.Values{"token": {"wrong"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("bad login: %d", resp.StatusCode)
	}
	get := func(role, path string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if role != "" {
			req.AddCookie(&http.Cookie{Name: sessionCookie, Value: staffToken(t, c, role)})
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	resp, err = client.PostForm(srv.URL+"/login", url.Values{"token": {staffToken(t, c, "nurse")}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if cookies := resp.Cookies(); len(cookies) != 1 || !cookies[0].HttpOnly {
		t.Fatalf("login cookies: %+v", cookies)
	}
	pages := []struct {
		role, path string
		status     int
		want       string
	}{
		{"nurse", "/", 200, `class="emergency-row"`},
		{"nurse", "/?queue=nursing", 200, "EMERGENCY"},
		{"nurse", "/audit", 403, "access denied"},
		{"front_desk", "/", 200, "front-desk"},
		{"front_desk", "/c/" + conversationOf(t, c, 7).ID, 200, `<textarea id="reply"`},
		{"front_desk", "/c/" + conversationOf(t, c, 8).ID, 403, "forbidden"},
		{"supervisor", "/c/" + conversationOf(t, c, 8).ID, 200, "Message text is masked"},
		{"scheduler", "/reminders", 200, "appt-100"},
		{"admin", "/kpis", 200, "<svg"},
		{"admin", "/audit", 200, "verified"},
		{"", "/patient", 200, "/webchat/widget.js"},
		{"", "/webchat/widget.js", 200, ""},
		{"", "/static/app.js", 200, "EventSource"},
		{"", "/healthz", 200, "ok"},
		{"", "/readyz", 200, "ready"},
		{"", "/metrics", 200, `frontdesk_open_conversations{queue="nursing"} 2`},
	}
	for _, p := range pages {
		status, body := get(p.role, p.path)
		if status != p.status || !strings.Contains(body, p.want) {
			t.Errorf("%s as %s: %d, want %d with %q", p.path, p.role, status, p.status, p.want)
		}
	}
}
