package llm_test

import (
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

	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/triage"
	"github.com/frontdeskhq/frontdesk/triage/llm"
	"github.com/frontdeskhq/frontdesk/triage/triagetest"
)

// server answers chat-completions requests with content, recording the
// requests it saw (read the record only after the calls returned).
func server(t *testing.T, status int, content string) (*httptest.Server, *[]map[string]any) {
	t.Helper()
	var (
		mu   sync.Mutex
		seen []map[string]any
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost {
			http.NotFound(w, r)
			return
		}
		var req map[string]any
		b, _ := io.ReadAll(r.Body)
		if err := json.Unmarshal(b, &req); err != nil {
			t.Errorf("request is not JSON: %v", err)
		}
		req["auth"] = r.Header.Get("Authorization")
		mu.Lock()
		seen = append(seen, req)
		mu.Unlock()
		w.WriteHeader(status)
		resp := map[string]any{"choices": []any{map[string]any{"message": map[string]any{"role": "assistant", "content": content}}}}
		_ = json.NewEncoder(w).Encode(resp)
	}))
	t.Cleanup(srv.Close)
	return srv, &seen
}

var fallback = triagetest.NewFake(triage.Result{Intent: triage.IntentOther, Model: "fallback"})

func TestClassify(t *testing.T) {
	srv, seen := server(t, 200, `{"intent":"billing","confidence":0.9,"urgency":"routine","language":"es"}`)
	c, err := llm.New(llm.Config{Endpoint: srv.URL + "/v1/", Model: "m1", APIKey: "k", Fallback: fallback})
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Classify(t.Context(), "cuanto debo")
	if err != nil {
		t.Fatal(err)
	}
	want := triage.Result{Intent: triage.IntentBilling, Confidence: 0.9, Urgency: triage.UrgencyRoutine, Language: "es", Model: "llm:m1"}
	if fmt.Sprint(res) != fmt.Sprint(want) {
		t.Errorf("got %+v, want %+v", res, want)
	}
	req := (*seen)[0]
	if req["model"] != "m1" || req["auth"] != "Bearer k" || req["temperature"] != float64(0) {
		t.Errorf("request: %v", req)
	}
	msgs := req["messages"].([]any)
	if len(msgs) != 2 || msgs[1].(map[string]any)["content"] != "cuanto debo" ||
		!strings.Contains(msgs[0].(map[string]any)["content"].(string), "appointment.book") {
		t.Errorf("messages: %v", msgs)
	}
}

func TestFallback(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		content string
	}{
		{"http error", 500, `{}`},
		{"not json", 200, `sure! it's billing`},
		{"unknown intent", 200, `{"intent":"weather","confidence":0.5,"urgency":"routine","language":"en"}`},
		{"unknown urgency", 200, `{"intent":"billing","confidence":0.5,"urgency":"asap","language":"en"}`},
		{"bad confidence", 200, `{"intent":"billing","confidence":7,"urgency":"routine","language":"en"}`},
		{"extra field", 200, `{"intent":"billing","confidence":0.5,"urgency":"routine","language":"en","reply":"hi"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, _ := server(t, tt.status, tt.content)
			c, err := llm.New(llm.Config{Endpoint: srv.URL + "/v1", Model: "m", Fallback: fallback})
			if err != nil {
				t.Fatal(err)
			}
			res, err := c.Classify(t.Context(), "hello")
			if err != nil || res.Model != "fallback" {
				t.Errorf("got %+v, %v; want the fallback's result", res, err)
			}
		})
	}
}

func TestFencedAnswer(t *testing.T) {
	srv, _ := server(t, 200, "```json\n{\"intent\":\"portal\",\"confidence\":0.8,\"urgency\":\"routine\",\"language\":\"en\"}\n```")
	c, err := llm.New(llm.Config{Endpoint: srv.URL + "/v1", Model: "m", Fallback: fallback})
	if err != nil {
		t.Fatal(err)
	}
	if res, err := c.Classify(t.Context(), "cant log in"); err != nil || res.Intent != triage.IntentPortal {
		t.Errorf("got %+v, %v", res, err)
	}
}

func TestTimeout(t *testing.T) {
	arrived, release := make(chan struct{}), make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		close(arrived)
		select { // hang until the client gives up
		case <-r.Context().Done():
		case <-release:
		}
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(release) }) // runs before srv.Close
	clk := clocktest.NewFake(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	c, err := llm.New(llm.Config{Endpoint: srv.URL + "/v1", Model: "m", Fallback: fallback, Clock: clk, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan triage.Result)
	go func() {
		res, _ := c.Classify(t.Context(), "hello")
		done <- res
	}()
	<-arrived
	if err := clk.BlockUntil(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	clk.Advance(time.Second)
	if res := <-done; res.Model != "fallback" {
		t.Errorf("after the timeout: got %+v, want the fallback's result", res)
	}
}

func TestRedFlagsWin(t *testing.T) {
	srv, _ := server(t, 200, `{"intent":"billing","confidence":0.99,"urgency":"routine","language":"en"}`)
	g, err := llm.NewGuarded(llm.Config{Endpoint: srv.URL + "/v1", Model: "m", Fallback: fallback})
	if err != nil {
		t.Fatal(err)
	}
	res, err := g.Classify(t.Context(), "about my bill, and my chest hurts really bad")
	if err != nil {
		t.Fatal(err)
	}
	if res.Urgency != triage.UrgencyEmergency || res.Intent != triage.IntentBilling || len(res.RedFlags) == 0 {
		t.Errorf("got %+v", res)
	}
}

func TestConformance(t *testing.T) {
	srv, _ := server(t, 200, `{"intent":"admin","confidence":0.7,"urgency":"routine","language":"en"}`)
	triagetest.Run(t, func(t *testing.T) triage.Classifier {
		g, err := llm.NewGuarded(llm.Config{Endpoint: srv.URL + "/v1", Model: "m"})
		if err != nil {
			t.Fatal(err)
		}
		return g
	}, triagetest.Features{RedFlags: true})
}

func TestConfig(t *testing.T) {
	for _, cfg := range []llm.Config{{}, {Endpoint: "x"}, {Model: "m"}, {Endpoint: "ftp://x", Model: "m"}} {
		if _, err := llm.New(cfg); !errors.Is(err, llm.ErrConfig) {
			t.Errorf("New(%+v): got %v, want ErrConfig", cfg, err)
		}
	}
}

// TestNoPHIInLogs plants canary PHI in a message the model fails on and
// checks the fallback log line does not carry it.
func TestNoPHIInLogs(t *testing.T) {
	const canary = "Zebulon Quackenbush 555-867-5309 SSN 078-05-1120"
	srv, _ := server(t, 200, `{"intent":"`+canary+`"}`)
	core, logs := observer.New(zap.DebugLevel)
	c, err := llm.New(llm.Config{Endpoint: srv.URL + "/v1", Model: "m", Fallback: fallback, Logger: zap.New(core)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Classify(t.Context(), canary); err != nil {
		t.Fatal(err)
	}
	if logs.Len() == 0 {
		t.Fatal("no log of the fallback")
	}
	for _, e := range logs.All() {
		line := fmt.Sprint(e.Message, e.ContextMap())
		if strings.Contains(line, "Zebulon") || strings.Contains(line, "867-5309") || strings.Contains(line, "078-05") {
			t.Errorf("log leaks PHI: %s", line)
		}
	}
}
