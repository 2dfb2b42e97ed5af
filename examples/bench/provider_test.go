package main

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp/whatsapptest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// advance moves clk a minute forward whenever something waits on it, so
// that retries back off in fake time, until ctx ends.
func advance(ctx context.Context, clk *clocktest.Fake) {
	for clk.BlockUntil(ctx, 1) == nil {
		clk.Advance(time.Minute)
	}
}

// TestProviderFaults sends staff replies through the real WhatsApp
// adapter, with retries, to a fake Graph API that times out, answers 429
// with Retry-After, answers 503 for a while, or refuses: every reply is
// either accepted by the provider exactly once, or stored as failed with
// the provider's reason and never accepted.
func TestProviderFaults(t *testing.T) {
	clk := clocktest.NewFake(t0)
	graph := whatsapptest.NewServer("token")
	t.Cleanup(graph.Close)
	wa, err := whatsapp.New(whatsapp.Config{AppSecret: appSecret, AccessToken: "token", BaseURL: graph.URL, Clock: clk,
		// A hung request is abandoned after this long (real time): the
		// one real wait of the test, bounded by the two timeouts below.
		HTTPClient: &http.Client{Timeout: 200 * time.Millisecond},
		Numbers:    []whatsapp.Number{{PhoneNumberID: phoneNumberID, PracticeID: practiceID}}})
	if err != nil {
		t.Fatal(err)
	}
	retrying := channels.Chain(wa, channels.WithRetry(channels.RetryConfig{Clock: clk, MaxRetries: 3,
		Jitter: func(d time.Duration) time.Duration { return d }}))
	store := inbox.NewMemoryStore()
	ib, err := inbox.New(store, inbox.Config{Clock: clk, Channels: []channels.Channel{retrying}})
	if err != nil {
		t.Fatal(err)
	}
	hook := wa.Webhook(ib, ib)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	go advance(ctx, clk)

	const replies = 25
	type outcome struct {
		text   string
		sent   bool
		reason string // the failure code a failed reply must carry
	}
	var want []outcome
	timeouts := 0
	for i := range replies {
		// The patient writes first, which opens the service window.
		body := appendDelivery(nil, senderPhone(i), messageID("prov", 0, i), clk.Now(), i)
		rec := httptest.NewRecorder()
		hook.ServeHTTP(rec, whatsapptest.NewWebhookRequest(appSecret, "/webhooks/whatsapp", body))
		if rec.Code != http.StatusOK {
			t.Fatalf("inbound %d answered %d", i, rec.Code)
		}
		in, err := store.FindMessage(ctx, practiceID, channels.WhatsApp, messageID("prov", 0, i))
		if err != nil {
			t.Fatal(err)
		}
		o := outcome{text: "We have your message, reply " + strconv.Itoa(i), sent: true}
		switch i % 5 {
		case 0:
			graph.FailNext(2, whatsapptest.Throughput) // 429, Retry-After 2s
		case 1:
			graph.FailNext(3, whatsapptest.Unavailable) // 503 three times, then up
		case 2:
			if timeouts < 2 {
				graph.FailNext(1, whatsapptest.Timeout)
				timeouts++
			} else {
				graph.FailNext(1, whatsapptest.Unavailable)
			}
		case 3:
			graph.FailNext(4, whatsapptest.Unavailable) // down longer than the retries last
			o.sent, o.reason = false, "131016"
		case 4:
			graph.FailNext(1, whatsapptest.InvalidParameter) // refused for good
			o.sent, o.reason = false, "100"
		}
		_, err = ib.Reply(ctx, inbox.ReplyParams{PracticeID: practiceID, ConversationID: in.ConversationID,
			Author: inbox.Actor{ID: "staff-1", Kind: "staff"}, Text: o.text, ToUnverified: true})
		var se *channels.SendError
		switch {
		case o.sent && err != nil:
			t.Fatalf("reply %d: %v", i, err)
		case !o.sent && !errors.As(err, &se):
			t.Fatalf("reply %d: got %v, want a *channels.SendError", i, err)
		}
		want = append(want, o)
	}

	// What the provider accepted, by text.
	accepted := map[string]int{}
	for _, r := range graph.Sent() {
		if txt, ok := r.Message["text"].(map[string]any); ok {
			body, _ := txt["body"].(string)
			accepted[body]++
		}
	}
	// What the inbox recorded, by text.
	stored := map[string]inbox.Message{}
	err = store.Scan(ctx, practiceID, nil, func(m *inbox.Message) error {
		if m.Direction == inbox.Outbound {
			stored[m.Text] = *m
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range want {
		m, ok := stored[o.text]
		if !ok {
			t.Errorf("reply %q not recorded", o.text)
			continue
		}
		if o.sent {
			// The Cloud API answers "accepted": the reply is queued at
			// the provider until a status callback says more.
			if accepted[o.text] != 1 || m.Status != channels.StateQueued || m.ProviderID == "" {
				t.Errorf("reply %q: accepted %d times, status %s, provider id %q; want once, queued, set",
					o.text, accepted[o.text], m.Status, m.ProviderID)
			}
			continue
		}
		if accepted[o.text] != 0 || m.Status != channels.StateFailed || m.ErrorCode != o.reason {
			t.Errorf("reply %q: accepted %d times, status %s, reason %q; want never, failed, %q",
				o.text, accepted[o.text], m.Status, m.ErrorCode, o.reason)
		}
	}
}
