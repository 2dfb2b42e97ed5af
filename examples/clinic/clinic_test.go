package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func TestDemoRunsEndToEnd(t *testing.T) {
	var out bytes.Buffer
	if err := run(t.Context(), []string{"-demo", "-data", t.TempDir()}, &out); err != nil {
		t.Fatalf("demo failed: %v\n%s", err, out.String())
	}
	for _, want := range []string{"All checks passed.", "whatsapp  3", "Duplicate webhook deliveries dropped: 1", "Staff replies sent: 1"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
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

func newTestServer(t *testing.T) (*clinic, *httptest.Server) {
	t.Helper()
	c, err := newClinic(t.TempDir(), true)
	if err != nil {
		t.Fatal(err)
	}
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

func TestStaffAPI(t *testing.T) {
	c, srv := newTestServer(t)
	token := c.staff[0].Token
	if resp, _ := call(t, "GET", srv.URL+"/api/conversations", "", ""); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("no token: %d", resp.StatusCode)
	}
	if resp, _ := call(t, "GET", srv.URL+"/api/conversations", "wrong", ""); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("bad token: %d", resp.StatusCode)
	}
	resp, list := call(t, "GET", srv.URL+"/api/conversations?limit=2", token, "")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("list: %d", resp.StatusCode)
	}
	convs := list["conversations"].([]any)
	if len(convs) != 2 || list["next"] == nil {
		t.Fatalf("first page = %v", list)
	}
	id := convs[0].(map[string]any)["id"].(string)
	resp, detail := call(t, "GET", srv.URL+"/api/conversations/"+id, token, "")
	if resp.StatusCode != http.StatusOK || len(detail["messages"].([]any)) == 0 {
		t.Fatalf("detail: %d %v", resp.StatusCode, detail)
	}
	msg := detail["messages"].([]any)[0].(map[string]any)
	for _, k := range []string{"text", "channel", "direction", "queue"} {
		if _, ok := msg[k]; !ok {
			t.Errorf("message lacks %q: %v", k, msg)
		}
	}
	if resp, _ := call(t, "GET", srv.URL+"/api/conversations/nope", token, ""); resp.StatusCode != http.StatusNotFound {
		t.Errorf("missing conversation: %d", resp.StatusCode)
	}
	if resp, _ := call(t, "POST", srv.URL+"/api/conversations/"+id+"/reply", token, `{"text":`); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("broken JSON: %d", resp.StatusCode)
	}
	if resp, _ := call(t, "POST", srv.URL+"/api/conversations/"+id+"/reply", token, `{"text":""}`); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("empty reply: %d", resp.StatusCode)
	}
	if resp, body := call(t, "POST", srv.URL+"/api/conversations/"+id+"/assign", token, `{"assignee":"staff-james"}`); resp.StatusCode != http.StatusOK || body["assignee"] != "staff-james" {
		t.Errorf("assign: %d %v", resp.StatusCode, body)
	}
	resp, body := call(t, "POST", srv.URL+"/api/conversations/"+id+"/reply", token, `{"text":"Thanks, we will call you today.","to_unverified":true}`)
	if resp.StatusCode != http.StatusOK || body["status"] != "sent" {
		t.Errorf("reply: %d %v", resp.StatusCode, body)
	}
	if resp, _ := call(t, "POST", srv.URL+"/api/conversations/"+id+"/close", token, ""); resp.StatusCode != http.StatusOK {
		t.Errorf("close: %d", resp.StatusCode)
	}
	if resp, _ := call(t, "POST", srv.URL+"/api/conversations/"+id+"/reply", token, `{"text":"x"}`); resp.StatusCode != http.StatusConflict {
		t.Errorf("reply to closed: %d", resp.StatusCode)
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
	resp, err = client.PostForm(srv.URL+"/login", url.Values{"token": {c.staff[2].Token}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cookies := resp.Cookies()
	if len(cookies) != 1 || !cookies[0].HttpOnly {
		t.Fatalf("login cookies: %+v", cookies)
	}
	req, _ := http.NewRequest("GET", srv.URL+"/", nil)
	req.AddCookie(cookies[0])
	resp, err = client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	_, _ = b.ReadFrom(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(b.String(), "Priya") || strings.Count(b.String(), "<tr") < 3 {
		t.Errorf("inbox page: %d\n%s", resp.StatusCode, b.String())
	}
	if resp, err := http.Get(srv.URL + "/healthz"); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("healthz: %v", err)
	}
}
