package whatsapp_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp/whatsapptest"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// TestWithInbox runs the adapter against the real inbox: a webhook
// delivered twice is stored once, a staff reply goes out through the fake
// Graph API, and status deliveries arriving out of order never move the
// message's status backwards.
func TestWithInbox(t *testing.T) {
	srv := newServer(t, testToken)
	e := newChannel(t, srv.URL, nil)
	ib, err := inbox.New(inbox.NewMemoryStore(), inbox.Config{Clock: e.clock, Channels: []channels.Channel{e.ch}})
	if err != nil {
		t.Fatal(err)
	}
	hook := e.ch.Webhook(ib, ib)
	deliver := func(body []byte) {
		t.Helper()
		w := httptest.NewRecorder()
		hook.ServeHTTP(w, whatsapptest.NewWebhookRequest(testSecret, "/webhooks/whatsapp", body))
		if w.Code != http.StatusOK {
			t.Fatalf("webhook answered %d", w.Code)
		}
	}
	in := whatsapptest.Delivery(testNumberID, []whatsapptest.Message{{From: patientWA.Value, ID: "wamid.in1", At: e.clock.Now(), Text: "Can I move my appointment?"}}, nil)
	deliver(in)
	deliver(in)
	page, err := ib.Conversations(t.Context(), testPractice, nil)
	if err != nil || len(page.Conversations) != 1 {
		t.Fatalf("conversations: %v, %+v", err, page)
	}
	conv := page.Conversations[0]
	staff := audit.Actor{ID: "staff-1", Kind: "staff"}
	msgs, err := ib.Messages(t.Context(), testPractice, conv.ID, staff, nil)
	if err != nil || len(msgs.Messages) != 1 {
		t.Fatalf("messages after a duplicate delivery: %v, %d", err, len(msgs.Messages))
	}

	reply, err := ib.Reply(t.Context(), inbox.ReplyParams{PracticeID: testPractice, ConversationID: conv.ID, Author: staff,
		Text: "Please confirm your date of birth first.", ToUnverified: true})
	if err != nil {
		t.Fatal(err)
	}
	sent := srv.Sent()
	if len(sent) != 1 || reply.ProviderID != sent[0].ID {
		t.Fatalf("reply %q, provider got %+v", reply.ProviderID, sent)
	}
	for _, st := range []string{"delivered", "sent"} {
		deliver(whatsapptest.Delivery(testNumberID, nil, []whatsapptest.Status{{ID: sent[0].ID, Status: st, At: e.clock.Now()}}))
	}
	got, err := ib.Store().GetMessage(t.Context(), testPractice, reply.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != channels.StateDelivered || len(got.StatusHistory) < 2 {
		t.Errorf("status %s with %d changes, want delivered after delivered+sent", got.Status, len(got.StatusHistory))
	}
}
