package main

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp/whatsapptest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// t0 is the fake time of the tests; every delivery carries it.
var t0 = time.Date(2026, 5, 4, 15, 0, 0, 0, time.UTC)

// testEnv is the pipeline with a fake clock, its WhatsApp sends going to
// a fake Graph API and its webhook mounted on a loopback server.
type testEnv struct {
	clock *clocktest.Fake
	store *inbox.MemoryStore
	graph *whatsapptest.Server
	p     *pipeline
	url   string
}

func newTestEnv(t *testing.T, sink audit.Sink, hooks ...inbox.Hook) *testEnv {
	t.Helper()
	e := &testEnv{clock: clocktest.NewFake(t0), store: inbox.NewMemoryStore(), graph: whatsapptest.NewServer("token")}
	t.Cleanup(e.graph.Close)
	wa, err := whatsapp.New(whatsapp.Config{AppSecret: appSecret, AccessToken: "token", BaseURL: e.graph.URL, Clock: e.clock,
		HTTPClient: &http.Client{Timeout: 10 * time.Second},
		Numbers:    []whatsapp.Number{{PhoneNumberID: phoneNumberID, PracticeID: practiceID}}})
	if err != nil {
		t.Fatal(err)
	}
	e.p = newPipelineWith(t, e.store, sink, e.clock, wa, hooks)
	srv := httptest.NewServer(e.p.handler)
	t.Cleanup(srv.Close)
	e.url = srv.URL
	return e
}

func newPipelineWith(t *testing.T, store inbox.Store, sink audit.Sink, clk *clocktest.Fake, ch channels.Channel, hooks []inbox.Hook) *pipeline {
	t.Helper()
	cfg := inbox.Config{Clock: clk, Audit: sink, Hooks: hooks}
	if ch != nil {
		cfg.Channels = []channels.Channel{ch}
	}
	ib, err := inbox.New(store, cfg)
	if err != nil {
		t.Fatal(err)
	}
	wa, ok := ch.(*whatsapp.Channel)
	if !ok {
		wa, err = whatsapp.New(whatsapp.Config{AppSecret: appSecret, Clock: clk,
			Numbers: []whatsapp.Number{{PhoneNumberID: phoneNumberID, PracticeID: practiceID}}})
		if err != nil {
			t.Fatal(err)
		}
	}
	return &pipeline{inbox: ib, channel: wa, handler: wa.Webhook(ib, ib)}
}

// delivery is one webhook POST: its body and the signature it carries.
type delivery struct {
	body      []byte
	signature string
	forged    bool
}

func signed(body []byte) delivery {
	return delivery{body: body, signature: whatsapp.Sign(appSecret, body)}
}

// post delivers ds over loopback from workers goroutines and returns the
// status code of each.
func post(t *testing.T, url string, ds []delivery, workers int) []int {
	t.Helper()
	codes := make([]int, len(ds))
	next := make(chan int)
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 10 * time.Second}
	for range workers {
		wg.Go(func() {
			for i := range next {
				req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, url, bytes.NewReader(ds[i].body))
				if err != nil {
					t.Error(err)
					continue
				}
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set(whatsapp.SignatureHeader, ds[i].signature)
				resp, err := client.Do(req)
				if err != nil {
					t.Error(err)
					continue
				}
				drain(resp)
				codes[i] = resp.StatusCode
			}
		})
	}
	for i := range ds {
		next <- i
	}
	close(next)
	wg.Wait()
	client.CloseIdleConnections()
	return codes
}

// TestWebhookFlood floods the WhatsApp webhook over loopback with 10%
// duplicate deliveries and 5% forged signatures, then with delivery
// statuses out of order: every genuine message is stored exactly once,
// every forged one is refused and stores nothing, and no message's status
// ever moves backwards.
func TestWebhookFlood(t *testing.T) {
	const genuine, workers = 1500, 16
	rng := rand.New(rand.NewPCG(12, 1))
	var mu sync.Mutex
	seen := map[string]channels.DeliveryState{}
	backwards := 0
	var env *testEnv
	hook := inbox.HookFunc(func(ctx context.Context, ev inbox.Event) {
		if ev.Type != inbox.EventStatusChanged {
			return
		}
		m, err := env.store.GetMessage(ctx, ev.PracticeID, ev.MessageID)
		if err != nil {
			t.Error(err)
			return
		}
		mu.Lock()
		defer mu.Unlock()
		if prev, ok := seen[m.ID]; ok && prev != m.Status && !prev.Advances(m.Status) {
			backwards++
		}
		seen[m.ID] = m.Status
	})
	env = newTestEnv(t, nil, hook)

	var ds []delivery
	for i := range genuine {
		ds = append(ds, signed(appendDelivery(nil, senderPhone(i), messageID("flood", 0, i), t0, i)))
	}
	for range genuine / 10 { // redeliveries of genuine messages
		ds = append(ds, ds[rng.IntN(genuine)])
	}
	for i := range genuine / 20 { // forged: signed with another secret, or not at all
		body := appendDelivery(nil, senderPhone(i), "forged."+strconv.Itoa(i), t0, i)
		sig := whatsapp.Sign("not-the-app-secret", body)
		if i%2 == 1 {
			sig = whatsapp.Sign(appSecret, body)[:20] // truncated
		}
		ds = append(ds, delivery{body: body, signature: sig, forged: true})
	}
	rng.Shuffle(len(ds), func(i, j int) { ds[i], ds[j] = ds[j], ds[i] })

	codes := post(t, env.url, ds, workers)
	for i, d := range ds {
		if d.forged && codes[i] != http.StatusForbidden {
			t.Errorf("forged delivery answered %d, want 403", codes[i])
		}
		if !d.forged && codes[i] != http.StatusOK {
			t.Errorf("genuine delivery answered %d, want 200", codes[i])
		}
	}
	ctx := t.Context()
	if n, _ := countStored(ctx, env.store); n != genuine {
		t.Fatalf("stored %d inbound messages, want %d", n, genuine)
	}
	for i := range genuine {
		if _, err := env.store.FindMessage(ctx, practiceID, channels.WhatsApp, messageID("flood", 0, i)); err != nil {
			t.Fatalf("genuine message %d: %v", i, err)
		}
	}
	for i := range genuine / 20 {
		if _, err := env.store.FindMessage(ctx, practiceID, channels.WhatsApp, "forged."+strconv.Itoa(i)); !errors.Is(err, inbox.ErrNotFound) {
			t.Fatalf("forged message %d stored (err %v)", i, err)
		}
	}

	// Replies, then their statuses in random order, each twice.
	const replies = 60
	page, err := env.store.ListConversations(ctx, practiceID, &inbox.ListConversationsParams{Limit: replies})
	if err != nil || len(page.Conversations) < replies {
		t.Fatalf("conversations: %d, %v", len(page.Conversations), err)
	}
	var wamids []string
	history := map[string]int{} // status entries each reply had before the callbacks
	for i, c := range page.Conversations[:replies] {
		m, err := env.p.inbox.Reply(ctx, inbox.ReplyParams{PracticeID: practiceID, ConversationID: c.ID,
			Author: inbox.Actor{ID: "staff-1", Kind: "staff"}, Text: "Thanks, we will call you back. #" + strconv.Itoa(i), ToUnverified: true})
		if err != nil {
			t.Fatalf("reply %d: %v", i, err)
		}
		wamids = append(wamids, m.ProviderID)
		history[m.ProviderID] = len(m.StatusHistory)
	}
	var sts []delivery
	for _, id := range wamids {
		for _, s := range []string{"sent", "delivered", "read", "sent", "delivered", "read"} {
			sts = append(sts, signed(appendStatus(nil, id, s, t0)))
		}
	}
	rng.Shuffle(len(sts), func(i, j int) { sts[i], sts[j] = sts[j], sts[i] })
	for i, c := range post(t, env.url, sts, workers) {
		if c != http.StatusOK {
			t.Fatalf("status delivery %d answered %d", i, c)
		}
	}
	for _, id := range wamids {
		m, err := env.store.FindMessage(ctx, practiceID, channels.WhatsApp, id)
		if err != nil {
			t.Fatal(err)
		}
		if m.Status != channels.StateRead {
			t.Errorf("reply %s ends %s, want read", m.ID, m.Status)
		}
		if got := len(m.StatusHistory) - history[id]; got != 6 {
			t.Errorf("reply %s has %d status callbacks recorded, want 6", m.ID, got)
		}
	}
	if backwards > 0 {
		t.Errorf("%d status changes went backwards", backwards)
	}
}
