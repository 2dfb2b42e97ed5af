package inboxtest

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/triage"
)

// Cases of AppendMessage: threading, dedupe, one open conversation per
// subject, and every field kept.

func testAppendThreads(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0102")
	first := f.appendTo(c, f.inbound(c, "SM1", t0))
	if !first.Created || first.Duplicate {
		t.Fatalf("first append: created=%v duplicate=%v", first.Created, first.Duplicate)
	}
	conv := first.Conversation
	if conv.Status != inbox.StatusOpen || conv.Subject != inbox.SubjectFor("", c.ID) || conv.MessageCount != 1 ||
		conv.ContactID != c.ID || conv.Queue != "front-desk" || !conv.CreatedAt.Equal(t0) || !conv.UpdatedAt.Equal(t0) {
		t.Errorf("new conversation = %+v", conv)
	}
	if first.Message.ConversationID != conv.ID {
		t.Errorf("message conversation id = %q, want %q", first.Message.ConversationID, conv.ID)
	}
	second := f.appendTo(c, f.inbound(c, "SM2", t0.Add(time.Minute)))
	if second.Created || second.Conversation.ID != conv.ID {
		t.Fatalf("second append started conversation %q (created=%v), want %q", second.Conversation.ID, second.Created, conv.ID)
	}
	if second.Conversation.MessageCount != 2 || !second.Conversation.UpdatedAt.Equal(t0.Add(time.Minute)) {
		t.Errorf("after second append: count=%d updated=%v", second.Conversation.MessageCount, second.Conversation.UpdatedAt)
	}
	// A message stored with an earlier time never moves UpdatedAt back.
	third := f.appendTo(c, f.inbound(c, "SM3", t0))
	if !third.Conversation.UpdatedAt.Equal(t0.Add(time.Minute)) {
		t.Errorf("UpdatedAt moved back to %v", third.Conversation.UpdatedAt)
	}
	stored, err := s.GetConversation(f.ctx, practiceA, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(third.Conversation, stored, cmpOpts...); diff != "" {
		t.Errorf("stored conversation differs from the append result (-want +got):\n%s", diff)
	}
	open, err := s.FindOpenConversation(f.ctx, practiceA, conv.Subject)
	if err != nil || open.ID != conv.ID {
		t.Errorf("FindOpenConversation = %q, %v; want %q", open.ID, err, conv.ID)
	}
}

func testAppendDedupe(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0103")
	first := f.appendTo(c, f.inbound(c, "SMdup", t0))
	redelivered := f.inbound(c, "SMdup", t0.Add(time.Second))
	again := f.appendTo(c, redelivered)
	if !again.Duplicate {
		t.Fatal("second delivery of the same provider id was not reported as a duplicate")
	}
	if diff := cmp.Diff(first.Message, again.Message, cmpOpts...); diff != "" {
		t.Errorf("duplicate result is not the stored message (-want +got):\n%s", diff)
	}
	if again.Conversation.ID != first.Conversation.ID || again.Conversation.MessageCount != 1 {
		t.Errorf("duplicate changed the conversation: %+v", again.Conversation)
	}
	if _, err := s.GetMessage(f.ctx, practiceA, redelivered.ID); !errors.Is(err, inbox.ErrNotFound) {
		t.Errorf("the duplicate's own id was stored: %v", err)
	}
	// The same provider id on another channel is another message.
	other := f.inbound(c, "SMdup", t0)
	other.Channel = channels.WhatsApp
	if res := f.appendTo(c, other); res.Duplicate {
		t.Error("provider ids must be unique per channel, not across channels")
	}
	// Messages without a provider id (outbound, notes) never collide.
	for i := 0; i < 2; i++ {
		m := f.inbound(c, "", t0)
		m.Direction = inbox.Note
		if res := f.appendTo(c, m); res.Duplicate {
			t.Error("messages without provider id were deduplicated")
		}
	}
}

func testAppendThreadError(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0104")
	boom := errors.New("boom")
	m := f.inbound(c, "SMabort", t0)
	_, err := s.AppendMessage(f.ctx, inbox.AppendParams{
		Message: m, Subject: inbox.SubjectFor("", c.ID), NewConversationID: f.id("conv"),
		Thread: func(*inbox.Conversation, bool) error { return boom },
	})
	requireIs(t, err, boom)
	if _, err := s.GetMessage(f.ctx, practiceA, m.ID); !errors.Is(err, inbox.ErrNotFound) {
		t.Errorf("aborted message was stored: %v", err)
	}
	if _, err := s.FindMessage(f.ctx, practiceA, channels.SMS, "SMabort"); !errors.Is(err, inbox.ErrNotFound) {
		t.Errorf("aborted message is findable: %v", err)
	}
	if _, err := s.FindOpenConversation(f.ctx, practiceA, inbox.SubjectFor("", c.ID)); !errors.Is(err, inbox.ErrNotFound) {
		t.Errorf("aborted append left a conversation: %v", err)
	}
	// The same delivery can then be stored.
	if res := f.appendTo(c, m); res.Duplicate || !res.Created {
		t.Errorf("retry after abort: %+v", res)
	}
}

func testAppendToConversation(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0105")
	first := f.appendTo(c, f.inbound(c, "SM1", t0))
	out := inbox.Message{
		PracticeID: practiceA, ID: f.id("msg"), ConversationID: first.Conversation.ID, ContactID: c.ID,
		Direction: inbox.Outbound, Channel: channels.SMS, Text: "reply", Status: channels.StatePending,
		AuthorID: "staff-1", CreatedAt: t0.Add(time.Minute),
	}
	res, err := s.AppendMessage(f.ctx, inbox.AppendParams{Message: out})
	if err != nil {
		t.Fatal(err)
	}
	if res.Created || res.Conversation.ID != first.Conversation.ID || res.Conversation.MessageCount != 2 {
		t.Errorf("append to conversation: %+v", res)
	}
	out.ID, out.ConversationID = f.id("msg"), "missing"
	_, err = s.AppendMessage(f.ctx, inbox.AppendParams{Message: out})
	requireIs(t, err, inbox.ErrNotFound)
	dupID := f.inbound(c, "SMother", t0)
	dupID.ID = first.Message.ID
	_, err = s.AppendMessage(f.ctx, inbox.AppendParams{Message: dupID, Subject: first.Conversation.Subject, NewConversationID: f.id("conv")})
	requireIs(t, err, inbox.ErrConflict)
}

func testOneOpenPerSubject(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0106")
	first := f.appendTo(c, f.inbound(c, "SM1", t0))
	closed, err := s.UpdateConversation(f.ctx, practiceA, first.Conversation.ID, func(cv *inbox.Conversation) error {
		cv.Status, cv.ClosedAt = inbox.StatusClosed, t0.Add(time.Hour)
		return nil
	})
	if err != nil || closed.Status != inbox.StatusClosed {
		t.Fatalf("close: %+v, %v", closed, err)
	}
	if _, err := s.FindOpenConversation(f.ctx, practiceA, first.Conversation.Subject); !errors.Is(err, inbox.ErrNotFound) {
		t.Errorf("closed conversation still found as open: %v", err)
	}
	second := f.appendTo(c, f.inbound(c, "SM2", t0.Add(2*time.Hour)))
	if !second.Created || second.Conversation.ID == first.Conversation.ID {
		t.Fatalf("message after close did not open a new conversation: %+v", second.Conversation)
	}
	_, err = s.UpdateConversation(f.ctx, practiceA, first.Conversation.ID, func(cv *inbox.Conversation) error {
		cv.Status = inbox.StatusOpen
		return nil
	})
	requireIs(t, err, inbox.ErrConflict)
	still, _ := s.GetConversation(f.ctx, practiceA, first.Conversation.ID)
	if still.Status != inbox.StatusClosed {
		t.Errorf("refused reopen was written: %s", still.Status)
	}
	// Moving the open one to another subject frees this subject.
	if _, err := s.UpdateConversation(f.ctx, practiceA, second.Conversation.ID, func(cv *inbox.Conversation) error {
		cv.Subject, cv.PatientID = inbox.SubjectFor("pat-9", ""), "pat-9"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateConversation(f.ctx, practiceA, first.Conversation.ID, func(cv *inbox.Conversation) error {
		cv.Status = inbox.StatusSnoozed
		return nil
	}); err != nil {
		t.Errorf("reopen after the subject was freed: %v", err)
	}
	moved, err := s.FindOpenConversation(f.ctx, practiceA, inbox.SubjectFor("pat-9", ""))
	if err != nil || moved.ID != second.Conversation.ID {
		t.Errorf("re-subjected conversation not found under its new subject: %q, %v", moved.ID, err)
	}
}

func testMessageRoundTrip(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0107")
	m := f.inbound(c, "wamid.ABC", t0)
	m.Channel = channels.WhatsApp
	m.Type, m.RawType = channels.TypeMedia, "image"
	m.Text, m.Subject, m.Payload, m.InReplyTo = "caption ✓ ñ", "subj", "btn-1", "wamid.PREV"
	m.Media = []channels.MediaRef{{ContentType: "image/jpeg", ProviderRef: "media-1", Size: 1234}}
	m.Triage = &triage.Result{
		Intent: triage.IntentClinical, Confidence: 0.75, Urgency: triage.UrgencyUrgent, Language: "es", Model: "m/1",
		RunnersUp: []triage.Scored{{Intent: triage.IntentResults, Confidence: 0.25}},
		RedFlags:  []triage.RedFlag{{Kind: "k", Start: 1, End: 4, Urgency: triage.UrgencyUrgent}},
	}
	m.HandledBy, m.SentAt = "consent", t0.Add(-time.Second)
	m.StatusHistory = []inbox.StatusChange{{State: channels.StateReceived, At: t0}}
	res := f.appendTo(c, m)
	m.ConversationID = res.Conversation.ID
	got, err := s.GetMessage(f.ctx, practiceA, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m, got, cmpOpts...); diff != "" {
		t.Errorf("GetMessage (-want +got):\n%s", diff)
	}
	got, err = s.FindMessage(f.ctx, practiceA, channels.WhatsApp, "wamid.ABC")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m, got, cmpOpts...); diff != "" {
		t.Errorf("FindMessage (-want +got):\n%s", diff)
	}
	upd, err := s.UpdateMessage(f.ctx, practiceA, m.ID, func(x *inbox.Message) error {
		x.Status, x.ErrorCode = channels.StateFailed, "131047"
		x.StatusHistory = append(x.StatusHistory, inbox.StatusChange{State: channels.StateFailed, ErrorCode: "131047", At: t0.Add(time.Second)})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got, _ = s.GetMessage(f.ctx, practiceA, m.ID)
	if diff := cmp.Diff(upd, got, cmpOpts...); diff != "" {
		t.Errorf("after UpdateMessage (-want +got):\n%s", diff)
	}
	// Returned records are copies: changing them changes nothing stored.
	got.Media[0].ProviderRef = "mutated"
	got.Triage.Intent = triage.IntentBilling
	again, _ := s.GetMessage(f.ctx, practiceA, m.ID)
	if again.Media[0].ProviderRef != "media-1" || again.Triage.Intent != triage.IntentClinical {
		t.Error("store shares memory with a returned message")
	}
}
