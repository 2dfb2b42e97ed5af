package inbox_test

import (
	"context"
	"errors"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// auditedStore is a MemoryStore that stores a message and its events
// together (inbox.AuditedAppender) the way a database store does, or
// answers as told.
type auditedStore struct {
	*inbox.MemoryStore
	answer error // nil: store and record; else returned, nothing stored
	calls  int
}

func (s *auditedStore) AppendAudited(ctx context.Context, ap inbox.AppendParams, sink audit.Sink, events func(inbox.AppendResult) []audit.Event) (inbox.AppendResult, error) {
	s.calls++
	if s.answer != nil {
		return inbox.AppendResult{}, s.answer
	}
	res, err := s.AppendMessage(ctx, ap)
	if err != nil {
		return res, err
	}
	return res, sink.Append(ctx, events(res)...)
}

// TestIngestAuditedAppender: a store that records the "received" event
// with the message is used, and the event is then not recorded twice; one
// that cannot carry it leaves Ingest to append and record as usual; any
// other failure fails the ingest with nothing recorded.
func TestIngestAuditedAppender(t *testing.T) {
	ctx := t.Context()
	in := channels.Inbound{PracticeID: practice, Channel: channels.SMS, ProviderID: "SM1",
		From: channels.Address{Kind: channels.AddrPhone, Value: "+14155550100"}, Text: "Can I book an appointment?"}
	boom := errors.New("database gone")
	for _, tc := range []struct {
		name     string
		answer   error
		wantErr  error
		received int
	}{
		{"carried", nil, nil, 1},
		{"not carried", audit.ErrNotCarried, nil, 1},
		{"failed", boom, boom, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store := &auditedStore{MemoryStore: inbox.NewMemoryStore(), answer: tc.answer}
			sink := &memSink{}
			ib, err := inbox.New(store, inbox.Config{Audit: sink, Classifier: keywordClassifier{}})
			if err != nil {
				t.Fatal(err)
			}
			res, err := ib.Ingest(ctx, in)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Ingest = %v, want %v", err, tc.wantErr)
			}
			if store.calls != 1 {
				t.Errorf("AppendAudited called %d times, want once", store.calls)
			}
			var received []audit.Event
			for _, e := range sink.events {
				if e.Action == audit.ActionMessageReceived {
					received = append(received, e)
				}
			}
			if len(received) != tc.received {
				t.Fatalf("%d received events, want %d", len(received), tc.received)
			}
			if tc.wantErr != nil {
				if _, err := store.FindMessage(ctx, practice, channels.SMS, "SM1"); !errors.Is(err, inbox.ErrNotFound) {
					t.Errorf("a failed ingest stored its message: %v", err)
				}
				return
			}
			e := received[0]
			if e.MessageID != res.Message.ID || e.ConversationID != res.Conversation.ID || e.ContactID != res.Contact.ID ||
				e.Outcome != audit.OutcomeSuccess || e.Time.IsZero() || e.Detail["channel"] != "sms" {
				t.Errorf("received event %+v does not describe the stored message %s in %s", e, res.Message.ID, res.Conversation.ID)
			}
		})
	}
}
