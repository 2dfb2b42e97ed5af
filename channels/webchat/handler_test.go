package webchat_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/webchat"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

var t0 = time.Date(2026, 3, 4, 15, 30, 0, 0, time.UTC)

const (
	siteA = "https://sunny.example"
	siteB = "https://luna.example"
)

type inbox struct {
	mu  sync.Mutex
	got []channels.Inbound
	err error
}

func (b *inbox) HandleInbound(_ context.Context, m channels.Inbound) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err != nil {
		return b.err
	}
	if err := m.Validate(); err != nil {
		return err
	}
	b.got = append(b.got, m)
	return nil
}

func (b *inbox) messages() []channels.Inbound {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]channels.Inbound(nil), b.got...)
}

type fixture struct {
	srv   *httptest.Server
	h     *webchat.Handler
	clk   *clocktest.Fake
	inbox *inbox
	logs  *observer.ObservedLogs
}

func newFixture(t *testing.T, mutate func(*webchat.Config)) *fixture {
	t.Helper()
	core, logs := observer.New(zap.DebugLevel)
	f := &fixture{clk: clocktest.NewFake(t0), inbox: &inbox{}, logs: logs}
	cfg := webchat.Config{
		Secret:  []byte(strings.Repeat("s", 32)),
		Origins: map[string]string{siteA: "sunny", siteB: "luna"},
		Clock:   f.clk,
		Logger:  zap.New(core),
	}
	if mutate != nil {
		mutate(&cfg)
	}
	h, err := webchat.New(f.inbox, cfg)
	if err != nil {
		t.Fatal(err)
	}
	f.h = h
	mux := http.NewServeMux()
	mux.Handle("/webchat/", http.StripPrefix("/webchat", h))
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

type session struct {
	SessionID string    `json:"session_id"`
	Token     string    `json:"token"`
	ExpiresAt time.Time `json:"expires_at"`
}

func (f *fixture) do(t *testing.T, method, path, origin, token, body string) *http.Response {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), method, f.srv.URL+"/webchat"+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if origin != "" {
		req.Header.Set("Origin", origin)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := f.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func decode[T any](t *testing.T, resp *http.Response) T {
	t.Helper()
	var v T
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		t.Fatalf("decode %T: %v", v, err)
	}
	return v
}

func (f *fixture) newSession(t *testing.T, origin string) session {
	t.Helper()
	resp := f.do(t, http.MethodPost, "/session", origin, "", "")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /session: %d", resp.StatusCode)
	}
	return decode[session](t, resp)
}

func (f *fixture) post(t *testing.T, s session, body string) *http.Response {
	t.Helper()
	return f.do(t, http.MethodPost, "/messages", siteA, s.Token, body)
}

// sse reads a Server-Sent Events stream.
type sse struct {
	r *bufio.Reader
}

type sseEvent struct {
	id, event, data string
}

func (f *fixture) stream(t *testing.T, s session, lastID string) *sse {
	t.Helper()
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, f.srv.URL+"/webchat/events?token="+s.Token, nil)
	req.Header.Set("Origin", siteA)
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	resp, err := f.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("GET /events: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	return &sse{r: bufio.NewReader(resp.Body)}
}

// next returns the next event, skipping comments and the retry hint.
func (s *sse) next(t *testing.T) sseEvent {
	t.Helper()
	var ev sseEvent
	for {
		line, err := s.r.ReadString('\n')
		if err != nil {
			t.Fatalf("stream ended: %v", err)
		}
		line = strings.TrimRight(line, "\n")
		switch {
		case line == "":
			if ev.event != "" {
				return ev
			}
		case strings.HasPrefix(line, "id: "):
			ev.id = line[4:]
		case strings.HasPrefix(line, "event: "):
			ev.event = line[7:]
		case strings.HasPrefix(line, "data: "):
			ev.data = line[6:]
		}
	}
}

func (s *sse) nextMessage(t *testing.T) webchat.Event {
	t.Helper()
	ev := s.next(t)
	if ev.event != "message" {
		t.Fatalf("event %q, want message", ev.event)
	}
	var e webchat.Event
	if err := json.Unmarshal([]byte(ev.data), &e); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(e.ID) != ev.id {
		t.Fatalf("SSE id %q, event id %d", ev.id, e.ID)
	}
	return e
}

func TestConversationOverSSE(t *testing.T) {
	f := newFixture(t, nil)
	s := f.newSession(t, siteA)
	if !s.ExpiresAt.Equal(t0.Add(24 * time.Hour)) {
		t.Errorf("expires %v", s.ExpiresAt)
	}
	resp := f.post(t, s, `{"text":"  Can I come at 3pm?  ","client_id":"c-1"}`)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /messages: %d", resp.StatusCode)
	}
	got := f.inbox.messages()
	if len(got) != 1 {
		t.Fatalf("%d inbound, want 1", len(got))
	}
	in := got[0]
	if in.PracticeID != "sunny" || in.Channel != channels.WebChat || in.From != (channels.Address{Kind: channels.AddrWebChat, Value: s.SessionID}) ||
		in.Text != "Can I come at 3pm?" || in.ProviderID != s.SessionID+":c-1" || !in.SentAt.Equal(t0) {
		t.Errorf("inbound = %+v", in)
	}

	stream := f.stream(t, s, "")
	if e := stream.nextMessage(t); e.ID != 1 || e.Message.From != webchat.FromPatient || e.Message.Text != "Can I come at 3pm?" {
		t.Errorf("first event = %+v", e)
	}
	ch := f.h.Channel()
	res, err := ch.Send(t.Context(), channels.Outbound{
		PracticeID: "sunny", Channel: channels.WebChat, To: in.From, Text: "Yes, 3pm is free.",
		Buttons: []channels.Button{{ID: "confirm", Title: "Book it"}}, IdempotencyKey: "m-9",
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.ProviderID != s.SessionID+":2" || res.State != channels.StateSent {
		t.Errorf("SendResult = %+v", res)
	}
	if e := stream.nextMessage(t); e.ID != 2 || e.Message.From != webchat.FromStaff || e.Message.Text != "Yes, 3pm is free." || len(e.Message.Buttons) != 1 {
		t.Errorf("reply event = %+v", e)
	}
	// A retried send is not streamed twice.
	again, err := ch.Send(t.Context(), channels.Outbound{PracticeID: "sunny", Channel: channels.WebChat, To: in.From, Text: "Yes, 3pm is free.", IdempotencyKey: "m-9"})
	if err != nil || again != res {
		t.Errorf("retry = %+v, %v; want %+v", again, err, res)
	}
	// The widget reconnects after event 1: it gets 2 and what follows.
	if _, err := ch.Send(t.Context(), channels.Outbound{PracticeID: "sunny", Channel: channels.WebChat, To: in.From, Text: "See you."}); err != nil {
		t.Fatal(err)
	}
	resumed := f.stream(t, s, "1")
	if a, b := resumed.nextMessage(t), resumed.nextMessage(t); a.ID != 2 || b.ID != 3 {
		t.Errorf("resumed with ids %d, %d; want 2, 3", a.ID, b.ID)
	}
}

func TestRepostedMessageStoredOnce(t *testing.T) {
	f := newFixture(t, nil)
	s := f.newSession(t, siteA)
	a := decode[map[string]uint64](t, f.post(t, s, `{"text":"hi","client_id":"c-1"}`))
	b := decode[map[string]uint64](t, f.post(t, s, `{"text":"hi","client_id":"c-1"}`))
	if a["event_id"] != b["event_id"] {
		t.Errorf("event ids %v and %v, want one event", a, b)
	}
	// Both reached the inbox with one provider id, which it dedupes on.
	for _, m := range f.inbox.messages() {
		if m.ProviderID != s.SessionID+":c-1" {
			t.Errorf("provider id %q", m.ProviderID)
		}
	}
}

func TestHistoryAndLongPoll(t *testing.T) {
	f := newFixture(t, nil)
	s := f.newSession(t, siteA)
	f.post(t, s, `{"text":"hello","client_id":"c-1"}`)
	type history struct {
		Events []webchat.Event `json:"events"`
		Reset  bool            `json:"reset"`
	}
	h := decode[history](t, f.do(t, http.MethodGet, "/history", siteA, s.Token, ""))
	if len(h.Events) != 1 || h.Events[0].Message.Text != "hello" || h.Reset {
		t.Fatalf("history = %+v", h)
	}
	// Long-poll after event 1: a staff reply ends the wait.
	done := make(chan history, 1)
	go func() {
		resp := f.do(t, http.MethodGet, "/history?after=1&wait=1", siteA, s.Token, "")
		var v history
		json.NewDecoder(resp.Body).Decode(&v)
		done <- v
	}()
	if err := f.clk.BlockUntil(t.Context(), 1); err != nil { // the long-poll timer
		t.Fatal(err)
	}
	to := channels.Address{Kind: channels.AddrWebChat, Value: s.SessionID}
	if _, err := f.h.Channel().Send(t.Context(), channels.Outbound{PracticeID: "sunny", Channel: channels.WebChat, To: to, Text: "hi there"}); err != nil {
		t.Fatal(err)
	}
	if got := <-done; len(got.Events) != 1 || got.Events[0].ID != 2 {
		t.Errorf("long-poll = %+v", got)
	}
	// With nothing new, the long-poll ends empty when its time is up.
	go func() {
		resp := f.do(t, http.MethodGet, "/history?after=2&wait=1", siteA, s.Token, "")
		var v history
		json.NewDecoder(resp.Body).Decode(&v)
		done <- v
	}()
	if err := f.clk.BlockUntil(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	f.clk.Advance(25 * time.Second)
	if got := <-done; len(got.Events) != 0 {
		t.Errorf("empty long-poll = %+v", got)
	}
}

func TestStreamKeepAliveAndExpiry(t *testing.T) {
	f := newFixture(t, func(c *webchat.Config) { c.SessionTTL = time.Minute; c.KeepAlive = 20 * time.Second })
	s := f.newSession(t, siteA)
	stream := f.stream(t, s, "")
	if err := f.clk.BlockUntil(t.Context(), 2); err != nil { // expiry and keep-alive timers
		t.Fatal(err)
	}
	f.clk.Advance(20 * time.Second)
	line, err := stream.r.ReadString('\n')
	for err == nil && strings.HasPrefix(line, "retry") || line == "\n" {
		line, err = stream.r.ReadString('\n')
	}
	if line != ": keep-alive\n" {
		t.Fatalf("got %q, want a keep-alive comment", line)
	}
	if err := f.clk.BlockUntil(t.Context(), 2); err != nil {
		t.Fatal(err)
	}
	f.clk.Advance(40 * time.Second)
	if ev := stream.next(t); ev.event != "expired" {
		t.Fatalf("event %q, want expired", ev.event)
	}
	// The expired token is refused; POST /session issues a new session.
	if resp := f.post(t, s, `{"text":"hi"}`); resp.StatusCode != http.StatusUnauthorized || decode[map[string]string](t, resp)["error"] != "expired_token" {
		t.Errorf("expired token accepted")
	}
	resp := f.do(t, http.MethodPost, "/session", siteA, s.Token, "")
	if fresh := decode[session](t, resp); fresh.SessionID == s.SessionID || fresh.Token == "" {
		t.Errorf("renewal of an expired session = %+v", fresh)
	}
}

func TestSessionRenewalKeepsSession(t *testing.T) {
	f := newFixture(t, nil)
	s := f.newSession(t, siteA)
	f.clk.Advance(time.Hour)
	renewed := decode[session](t, f.do(t, http.MethodPost, "/session", siteA, s.Token, ""))
	if renewed.SessionID != s.SessionID || !renewed.ExpiresAt.Equal(t0.Add(25*time.Hour)) {
		t.Errorf("renewed = %+v", renewed)
	}
}

func TestRequestChecks(t *testing.T) {
	f := newFixture(t, func(c *webchat.Config) { c.MaxBodyBytes = 256; c.MaxTextBytes = 100; c.Burst = 100 })
	s := f.newSession(t, siteA)
	luna := f.newSession(t, siteB)
	tests := []struct {
		name, method, path, origin, token, body string
		want                                    int
		code                                    string
	}{
		{"unknown origin", "POST", "/session", "https://evil.example", "", "", 403, "origin_not_allowed"},
		{"no token", "POST", "/messages", siteA, "", `{"text":"hi"}`, 401, "invalid_token"},
		{"forged token", "POST", "/messages", siteA, s.Token + "x", `{"text":"hi"}`, 401, "invalid_token"},
		{"other practice's token", "POST", "/messages", siteA, luna.Token, `{"text":"hi"}`, 401, "invalid_token"},
		{"not json", "POST", "/messages", siteA, s.Token, `text=hi`, 400, "bad_request"},
		{"unknown field", "POST", "/messages", siteA, s.Token, `{"text":"hi","admin":true}`, 400, "bad_request"},
		{"empty", "POST", "/messages", siteA, s.Token, `{"text":"   "}`, 400, "bad_request"},
		{"text too long", "POST", "/messages", siteA, s.Token, `{"text":"` + strings.Repeat("a", 101) + `"}`, 413, "too_large"},
		{"body too large", "POST", "/messages", siteA, s.Token, `{"text":"` + strings.Repeat("a", 300) + `"}`, 413, "too_large"},
		{"bad client id", "POST", "/messages", siteA, s.Token, `{"text":"hi","client_id":"a b"}`, 400, "bad_request"},
		{"bad last event id", "GET", "/history?after=x", siteA, s.Token, "", 400, "bad_request"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := f.do(t, tt.method, tt.path, tt.origin, tt.token, tt.body)
			if resp.StatusCode != tt.want {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.want)
			}
			if got := decode[map[string]string](t, resp)["error"]; got != tt.code {
				t.Errorf("error %q, want %q", got, tt.code)
			}
		})
	}
	if n := len(f.inbox.messages()); n != 0 {
		t.Errorf("refused requests stored %d messages", n)
	}
}

func TestCORS(t *testing.T) {
	f := newFixture(t, nil)
	resp := f.do(t, http.MethodOptions, "/messages", siteB, "", "")
	if resp.StatusCode != http.StatusNoContent || resp.Header.Get("Access-Control-Allow-Origin") != siteB ||
		!strings.Contains(resp.Header.Get("Access-Control-Allow-Headers"), "Last-Event-ID") {
		t.Errorf("preflight: %d %v", resp.StatusCode, resp.Header)
	}
	// Without configured origins only same-origin pages may call.
	same := newFixture(t, func(c *webchat.Config) { c.Origins = nil; c.PracticeID = "solo" })
	if resp := same.do(t, http.MethodPost, "/session", siteA, "", ""); resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-origin without config: %d", resp.StatusCode)
	}
	if resp := same.do(t, http.MethodPost, "/session", same.srv.URL, "", ""); resp.StatusCode != http.StatusOK {
		t.Errorf("same origin: %d", resp.StatusCode)
	}
}

func TestRateLimitPerSession(t *testing.T) {
	f := newFixture(t, func(c *webchat.Config) { c.MessagesPerMinute = 6; c.Burst = 2 })
	s := f.newSession(t, siteA)
	other := f.newSession(t, siteA)
	for i := range 2 {
		if resp := f.post(t, s, fmt.Sprintf(`{"text":"m%d"}`, i)); resp.StatusCode != http.StatusOK {
			t.Fatalf("message %d: %d", i, resp.StatusCode)
		}
	}
	resp := f.post(t, s, `{"text":"m2"}`)
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("third message: %d, Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if resp := f.post(t, other, `{"text":"x"}`); resp.StatusCode != http.StatusOK {
		t.Errorf("another session was limited: %d", resp.StatusCode)
	}
	f.clk.Advance(10 * time.Second) // one token at 6 a minute
	if resp := f.post(t, s, `{"text":"m3"}`); resp.StatusCode != http.StatusOK {
		t.Errorf("after refill: %d", resp.StatusCode)
	}
}

func TestInboxFailureIsRetryable(t *testing.T) {
	f := newFixture(t, nil)
	s := f.newSession(t, siteA)
	f.inbox.err = errors.New("inbox: store down")
	if resp := f.post(t, s, `{"text":"hi","client_id":"c-1"}`); resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("status %d, want 503", resp.StatusCode)
	}
	f.inbox.mu.Lock()
	f.inbox.err = nil
	f.inbox.mu.Unlock()
	if resp := f.post(t, s, `{"text":"hi","client_id":"c-1"}`); resp.StatusCode != http.StatusOK {
		t.Fatalf("retry: %d", resp.StatusCode)
	}
	if n := len(f.inbox.messages()); n != 1 {
		t.Errorf("%d inbound after retry, want 1", n)
	}
}

func TestChannelRefusals(t *testing.T) {
	f := newFixture(t, nil)
	ch := f.h.Channel()
	to := channels.Address{Kind: channels.AddrWebChat, Value: "sess"}
	tests := []struct {
		name string
		m    channels.Outbound
		want error
	}{
		{"wrong channel", channels.Outbound{PracticeID: "p", Channel: channels.SMS, To: to, Text: "x"}, channels.ErrUnknownChannel},
		{"phone recipient", channels.Outbound{PracticeID: "p", Channel: channels.WebChat, To: channels.Address{Kind: channels.AddrPhone, Value: "+15551234567"}, Text: "x"}, channels.ErrInvalidMessage},
		{"too long", channels.Outbound{PracticeID: "p", Channel: channels.WebChat, To: to, Text: strings.Repeat("a", 9000)}, channels.ErrTextTooLong},
		{"template", channels.Outbound{PracticeID: "p", Channel: channels.WebChat, To: to, Template: &channels.Template{Name: "t"}}, channels.ErrInvalidMessage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ch.Send(t.Context(), tt.m); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
	if ch.Capabilities().Tier != channels.DefaultCapabilities(channels.WebChat).Tier {
		t.Errorf("tier %v", ch.Capabilities().Tier)
	}
}

func TestNoPHIInLogsOrResponses(t *testing.T) {
	f := newFixture(t, func(c *webchat.Config) { c.MaxTextBytes = 200 })
	s := f.newSession(t, siteA)
	canaries := []string{"Zelda Quixote", "555-867-5309", "078-05-1120", s.SessionID}
	var bodies strings.Builder
	for _, body := range []string{
		`{"text":"I am Zelda Quixote, SSN 078-05-1120, call 555-867-5309","client_id":"c-1"}`,
		`{"text":"Zelda Quixote 555-867-5309","bogus":"078-05-1120"}`,
		`{"text":"` + strings.Repeat("Zelda Quixote ", 20) + `"}`,
	} {
		b, _ := io.ReadAll(f.post(t, s, body).Body)
		bodies.Write(b)
	}
	f.inbox.err = errors.New("inbox: unavailable")
	b, _ := io.ReadAll(f.post(t, s, `{"text":"Zelda Quixote again"}`).Body)
	bodies.Write(b)
	if f.logs.Len() == 0 {
		t.Fatal("nothing logged; the canary check would prove nothing")
	}
	all := bodies.String()
	for _, e := range f.logs.All() {
		all += e.Message + fmt.Sprint(e.ContextMap())
	}
	for _, c := range canaries {
		if strings.Contains(all, c) {
			t.Errorf("canary %q leaked", c)
		}
	}
}

func TestWidgetServed(t *testing.T) {
	f := newFixture(t, nil)
	resp := f.do(t, http.MethodGet, "/widget.js", "", "", "")
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/javascript") || !strings.Contains(string(b), "EventSource") {
		t.Errorf("widget: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if strings.Contains(string(b), "innerHTML") {
		t.Errorf("widget renders HTML; it must use textContent")
	}
}

func TestNewConfigErrors(t *testing.T) {
	secret := []byte(strings.Repeat("s", 32))
	for name, cfg := range map[string]webchat.Config{
		"short secret":        {Secret: []byte("short"), PracticeID: "p"},
		"no practice":         {Secret: secret},
		"origin with path":    {Secret: secret, PracticeID: "p", Origins: map[string]string{"https://a.example/chat": ""}},
		"origin, no practice": {Secret: secret, Origins: map[string]string{"https://a.example": ""}},
	} {
		if _, err := webchat.New(&inbox{}, cfg); !errors.Is(err, webchat.ErrConfig) {
			t.Errorf("%s: err = %v, want ErrConfig", name, err)
		}
	}
}

type statusChan chan channels.Status

func (c statusChan) HandleStatus(_ context.Context, s channels.Status) error {
	c <- s
	return nil
}

func TestDeliveredStatusReportedOnce(t *testing.T) {
	statuses := make(statusChan, 10)
	f := newFixture(t, func(c *webchat.Config) { c.Status = statuses })
	s := f.newSession(t, siteA)
	f.post(t, s, `{"text":"hi","client_id":"c-1"}`) // a patient event: never reported
	to := channels.Address{Kind: channels.AddrWebChat, Value: s.SessionID}
	send := func(text string) channels.SendResult {
		res, err := f.h.Channel().Send(t.Context(), channels.Outbound{PracticeID: "sunny", Channel: channels.WebChat, To: to, Text: text})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	first := send("reply one")
	f.do(t, http.MethodGet, "/history", siteA, s.Token, "").Body.Close()
	got := <-statuses
	if got.ProviderID != first.ProviderID || got.State != channels.StateDelivered || got.PracticeID != "sunny" || !got.At.Equal(t0) {
		t.Fatalf("status = %+v, want delivered %s", got, first.ProviderID)
	}
	// Replaying the history does not report event 2 again: the next
	// status is the next reply's.
	f.do(t, http.MethodGet, "/history", siteA, s.Token, "").Body.Close()
	second := send("reply two")
	stream := f.stream(t, s, "")
	for range 3 {
		stream.nextMessage(t)
	}
	if got := <-statuses; got.ProviderID != second.ProviderID {
		t.Errorf("next status for %s, want %s", got.ProviderID, second.ProviderID)
	}
}
