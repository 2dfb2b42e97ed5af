package twilio_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/twilio"
	"github.com/frontdeskhq/frontdesk/channels/twilio/twiliotest"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// TestWithInbox runs the adapter against the real inbox: an inbound SMS
// delivered twice is stored once, a staff reply goes out through the fake
// Messages API, and the fake's signed status callbacks, replayed and out
// of order, end with the message delivered.
func TestWithInbox(t *testing.T) {
	api := newServer(t)
	var ib *inbox.Inbox
	var e env
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/twilio/sms", func(w http.ResponseWriter, r *http.Request) { e.ch.SMSWebhook(ib).ServeHTTP(w, r) })
	mux.HandleFunc("POST /webhooks/twilio/status", func(w http.ResponseWriter, r *http.Request) { e.ch.StatusWebhook(ib).ServeHTTP(w, r) })
	hooks := httptest.NewServer(mux)
	t.Cleanup(hooks.Close)
	e = newChannel(t, api.URL, func(c *twilio.Config) { c.PublicURL = hooks.URL })
	var err error
	ib, err = inbox.New(inbox.NewMemoryStore(), inbox.Config{Clock: e.clock, Channels: []channels.Channel{e.ch}})
	if err != nil {
		t.Fatal(err)
	}

	in := twiliotest.InboundParams(testSID, "SM0001", patientNum, practiceNum, "Can I move my appointment?")
	for range 2 {
		code, err := twiliotest.Post(t.Context(), hooks.Client(), hooks.URL+"/webhooks/twilio/sms", testToken, in)
		if err != nil || code != http.StatusOK {
			t.Fatalf("inbound: %d %v", code, err)
		}
	}
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
	sent := api.Sent()
	if len(sent) != 1 || reply.ProviderID != sent[0].SID || sent[0].StatusCallback != hooks.URL+twilio.DefaultStatusPath {
		t.Fatalf("reply %q, provider got %+v", reply.ProviderID, sent)
	}
	for _, st := range []string{"delivered", "sent", "delivered"} {
		code, err := api.SendStatus(t.Context(), hooks.Client(), sent[0], st, "")
		if err != nil || code != http.StatusNoContent {
			t.Fatalf("status %s: %d %v", st, code, err)
		}
	}
	got, err := ib.Store().GetMessage(t.Context(), testPractice, reply.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != channels.StateDelivered {
		t.Errorf("status %s, want delivered", got.Status)
	}
}
