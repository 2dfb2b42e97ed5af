// Package inboxtest is the conformance suite for inbox.Store. Every store
// (the memory store, the SQL stores, a vendor's own) runs it:
//
//	func TestConformance(t *testing.T) {
//		inboxtest.Run(t, func(t *testing.T) inbox.Store { return newStore(t) })
//	}
//
// Each case gets a fresh store from the factory (which registers its own
// cleanup) and runs as a parallel subtest through the public interface.
package inboxtest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/triage"

	"github.com/frontdeskhq/frontdesk/internal/suite"
)

// Run runs every conformance case against stores made by newStore.
func Run(t *testing.T, newStore func(t *testing.T) inbox.Store) {
	t.Helper()
	suite.Run(t, newStore, map[string]func(*testing.T, inbox.Store){
		"ContactGetOrCreate":                   testContactGetOrCreate,
		"ContactUpdate":                        testContactUpdate,
		"NotFound":                             testNotFound,
		"AppendThreads":                        testAppendThreads,
		"AppendDedupe":                         testAppendDedupe,
		"AppendThreadErrorWritesNothing":       testAppendThreadError,
		"AppendToConversation":                 testAppendToConversation,
		"OneOpenConversationPerSubject":        testOneOpenPerSubject,
		"MessageRoundTrip":                     testMessageRoundTrip,
		"EveryFieldRoundTrips":                 testEveryFieldRoundTrips,
		"MessageOrderAndPagination":            testMessagePagination,
		"ConversationOrderFilterAndPagination": testConversationPagination,
		"InvalidCursor":                        testInvalidCursor,
		"UpdateMessageProviderConflict":        testUpdateMessageConflict,
		"MoveMessages":                         testMoveMessages,
		"ConcurrentDuplicateDeliveries":        testConcurrentDuplicates,
		"ConcurrentThreading":                  testConcurrentThreading,
		"TenantIsolation":                      testTenantIsolation,
		"CanceledContext":                      testCanceledContext,
	})
}

// t0 is a fixed time; stores may keep time at microsecond precision, so
// every time used here is whole microseconds and compared with cmpopts.
var t0 = time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)

var cmpOpts = []cmp.Option{
	cmpopts.EquateApproxTime(time.Microsecond),
	cmpopts.EquateEmpty(),
}

const practiceA, practiceB = "practice-a", "practice-b"

type fixture struct {
	t   *testing.T
	s   inbox.Store
	ctx context.Context
	n   int
	mu  sync.Mutex
}

func newFixture(t *testing.T, s inbox.Store) *fixture {
	return &fixture{t: t, s: s, ctx: t.Context()}
}

func (f *fixture) id(prefix string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.n++
	return fmt.Sprintf("%s-%04d", prefix, f.n)
}

func (f *fixture) contact(practice, phone string) inbox.Contact {
	f.t.Helper()
	addr, err := channels.ParsePhone(phone, nil)
	if err != nil {
		f.t.Fatalf("parse phone: %v", err)
	}
	c, created, err := f.s.PutContact(f.ctx, inbox.Contact{
		PracticeID: practice, ID: f.id("contact"), Key: addr.ContactKey(),
		Addresses: []channels.Address{addr}, CreatedAt: t0,
	})
	if err != nil || !created {
		f.t.Fatalf("PutContact: created=%v err=%v", created, err)
	}
	return c
}

func (f *fixture) inbound(c inbox.Contact, providerID string, at time.Time) inbox.Message {
	return inbox.Message{
		PracticeID: c.PracticeID, ID: f.id("msg"), ContactID: c.ID, Direction: inbox.Inbound,
		Channel: channels.SMS, ProviderID: providerID, Type: channels.TypeText,
		Text: "text of " + providerID, Status: channels.StateReceived, CreatedAt: at,
	}
}

func (f *fixture) appendTo(c inbox.Contact, m inbox.Message) inbox.AppendResult {
	f.t.Helper()
	res, err := f.s.AppendMessage(f.ctx, inbox.AppendParams{
		Message: m, Subject: inbox.SubjectFor(c.PatientID, c.ID), NewConversationID: f.id("conv"),
		Thread: func(cv *inbox.Conversation, created bool) error {
			if created {
				cv.ContactID, cv.PatientID, cv.Queue = c.ID, c.PatientID, "front-desk"
			}
			return nil
		},
	})
	if err != nil {
		f.t.Fatalf("AppendMessage: %v", err)
	}
	return res
}

func requireIs(t *testing.T, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("got error %v, want errors.Is(err, %v)", err, target)
	}
}

func testContactGetOrCreate(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0100")
	again, created, err := s.PutContact(f.ctx, inbox.Contact{PracticeID: practiceA, ID: "other-id", Key: c.Key, CreatedAt: t0})
	if err != nil || created {
		t.Fatalf("second PutContact: created=%v err=%v", created, err)
	}
	if diff := cmp.Diff(c, again, cmpOpts...); diff != "" {
		t.Errorf("get-or-create returned another contact (-want +got):\n%s", diff)
	}
	got, err := s.GetContact(f.ctx, practiceA, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c, got, cmpOpts...); diff != "" {
		t.Errorf("GetContact (-want +got):\n%s", diff)
	}
	got, err = s.FindContact(f.ctx, practiceA, c.Key)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c, got, cmpOpts...); diff != "" {
		t.Errorf("FindContact (-want +got):\n%s", diff)
	}
	_, _, err = s.PutContact(f.ctx, inbox.Contact{PracticeID: practiceA, ID: c.ID, Key: "tel:+14155550199", CreatedAt: t0})
	requireIs(t, err, inbox.ErrConflict)
}

func testContactUpdate(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0101")
	wa := channels.Address{Kind: channels.AddrWhatsApp, Value: "14155550101"}
	link := &inbox.Link{PatientID: "pat-1", FromConversationID: "conv-x", By: "staff-1", At: t0}
	got, err := s.UpdateContact(f.ctx, practiceA, c.ID, func(c *inbox.Contact) error {
		c.Addresses = append(c.Addresses, wa)
		c.PatientID, c.Verified, c.Link = "pat-1", true, link
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := c
	want.Addresses = append(want.Addresses, wa)
	want.PatientID, want.Verified, want.Link = "pat-1", true, link
	if diff := cmp.Diff(want, got, cmpOpts...); diff != "" {
		t.Errorf("UpdateContact result (-want +got):\n%s", diff)
	}
	stored, err := s.GetContact(f.ctx, practiceA, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, stored, cmpOpts...); diff != "" {
		t.Errorf("stored after update (-want +got):\n%s", diff)
	}
	boom := errors.New("boom")
	_, err = s.UpdateContact(f.ctx, practiceA, c.ID, func(c *inbox.Contact) error {
		c.PatientID = "changed"
		return boom
	})
	requireIs(t, err, boom)
	stored, _ = s.GetContact(f.ctx, practiceA, c.ID)
	if stored.PatientID != "pat-1" {
		t.Errorf("failed update was written: patient id %q", stored.PatientID)
	}
}

func testNotFound(t *testing.T, s inbox.Store) {
	ctx := t.Context()
	_, err := s.GetContact(ctx, practiceA, "nope")
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.FindContact(ctx, practiceA, "tel:+14155550000")
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.UpdateContact(ctx, practiceA, "nope", func(*inbox.Contact) error { return nil })
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.GetMessage(ctx, practiceA, "nope")
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.FindMessage(ctx, practiceA, channels.SMS, "SMnope")
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.UpdateMessage(ctx, practiceA, "nope", func(*inbox.Message) error { return nil })
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.GetConversation(ctx, practiceA, "nope")
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.FindOpenConversation(ctx, practiceA, "patient:nope")
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.UpdateConversation(ctx, practiceA, "nope", func(*inbox.Conversation) error { return nil })
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.ListMessages(ctx, practiceA, "nope", nil)
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.MoveMessages(ctx, practiceA, inbox.MoveParams{From: "nope", To: "nope2"})
	requireIs(t, err, inbox.ErrNotFound)
	page, err := s.ListConversations(ctx, practiceA, nil)
	if err != nil || len(page.Conversations) != 0 || page.Next != "" {
		t.Errorf("ListConversations on empty store = %+v, %v", page, err)
	}
}

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

func testMessagePagination(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0108")
	// Times out of insertion order, with ties: the order is by time, then
	// by insertion.
	offsets := []int{0, 5, 5, 1, 9, 5, 2}
	var ids []string
	var convID string
	for i, off := range offsets {
		res := f.appendTo(c, f.inbound(c, fmt.Sprintf("SM%d", i), t0.Add(time.Duration(off)*time.Minute)))
		ids = append(ids, res.Message.ID)
		convID = res.Conversation.ID
	}
	want := []string{ids[0], ids[3], ids[6], ids[1], ids[2], ids[5], ids[4]}
	for _, size := range []int{1, 2, 3, 7, 50} {
		var got []string
		cursor := ""
		for range 20 {
			page, err := s.ListMessages(f.ctx, practiceA, convID, &inbox.ListMessagesParams{Limit: size, Cursor: cursor})
			if err != nil {
				t.Fatal(err)
			}
			if len(page.Messages) > size {
				t.Fatalf("page of %d for limit %d", len(page.Messages), size)
			}
			for _, m := range page.Messages {
				got = append(got, m.ID)
			}
			if page.Next == "" {
				break
			}
			cursor = page.Next
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("limit %d: order (-want +got):\n%s", size, diff)
		}
	}
	page, err := s.ListMessages(f.ctx, practiceA, convID, nil)
	if err != nil || len(page.Messages) != len(offsets) || page.Next != "" {
		t.Errorf("nil params: %d messages, next %q, err %v", len(page.Messages), page.Next, err)
	}
}

func testConversationPagination(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	queues := []string{"billing", "nursing", "billing", "scheduling", "billing", "nursing"}
	var all []string
	for i, q := range queues {
		c := f.contact(practiceA, fmt.Sprintf("+1 415 555 02%02d", i))
		res := f.appendTo(c, f.inbound(c, fmt.Sprintf("SM%d", i), t0.Add(time.Duration(i%3)*time.Minute)))
		if _, err := s.UpdateConversation(f.ctx, practiceA, res.Conversation.ID, func(cv *inbox.Conversation) error {
			cv.Queue = q
			if i == 5 {
				cv.Assignee = "staff-7"
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		all = append(all, res.Conversation.ID)
	}
	list := func(p inbox.ListConversationsParams) []string {
		var got []string
		for range 20 {
			page, err := s.ListConversations(f.ctx, practiceA, &p)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range page.Conversations {
				got = append(got, c.ID)
			}
			if page.Next == "" {
				break
			}
			p.Cursor = page.Next
		}
		return got
	}
	// UpdatedAt: i%3 minutes; ties by id descending.
	want := []string{all[5], all[2], all[4], all[1], all[3], all[0]}
	for _, size := range []int{1, 2, 4, 100} {
		if diff := cmp.Diff(want, list(inbox.ListConversationsParams{Limit: size})); diff != "" {
			t.Errorf("limit %d (-want +got):\n%s", size, diff)
		}
	}
	if diff := cmp.Diff([]string{all[2], all[4], all[0]}, list(inbox.ListConversationsParams{Queue: "billing", Limit: 2})); diff != "" {
		t.Errorf("queue filter (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{all[5]}, list(inbox.ListConversationsParams{Assignee: "staff-7"})); diff != "" {
		t.Errorf("assignee filter (-want +got):\n%s", diff)
	}
	if got := list(inbox.ListConversationsParams{Status: inbox.StatusClosed}); len(got) != 0 {
		t.Errorf("status filter: got %v, want none", got)
	}
}

func testInvalidCursor(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0109")
	res := f.appendTo(c, f.inbound(c, "SM1", t0))
	_, err := s.ListMessages(f.ctx, practiceA, res.Conversation.ID, &inbox.ListMessagesParams{Cursor: "%%not-a-cursor"})
	requireIs(t, err, inbox.ErrInvalidCursor)
	_, err = s.ListConversations(f.ctx, practiceA, &inbox.ListConversationsParams{Cursor: "%%not-a-cursor"})
	requireIs(t, err, inbox.ErrInvalidCursor)
}

func testUpdateMessageConflict(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0110")
	a := f.appendTo(c, f.inbound(c, "SMa", t0))
	b := f.appendTo(c, f.inbound(c, "", t0))
	_, err := s.UpdateMessage(f.ctx, practiceA, b.Message.ID, func(m *inbox.Message) error {
		m.ProviderID = "SMa"
		return nil
	})
	requireIs(t, err, inbox.ErrConflict)
	if _, err := s.UpdateMessage(f.ctx, practiceA, b.Message.ID, func(m *inbox.Message) error {
		m.ProviderID = "SMb"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindMessage(f.ctx, practiceA, channels.SMS, "SMb")
	if err != nil || got.ID != b.Message.ID {
		t.Errorf("provider id set by update not findable: %q, %v", got.ID, err)
	}
	if got, _ := s.FindMessage(f.ctx, practiceA, channels.SMS, "SMa"); got.ID != a.Message.ID {
		t.Errorf("conflicting update changed the other message's lookup")
	}
}

func testMoveMessages(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c1 := f.contact(practiceA, "+1 415 555 0111")
	c2 := f.contact(practiceA, "+1 415 555 0112")
	from := f.appendTo(c1, f.inbound(c1, "SM1", t0))
	f.appendTo(c1, f.inbound(c1, "SM2", t0.Add(2*time.Minute)))
	to := f.appendTo(c2, f.inbound(c2, "SM3", t0.Add(time.Minute)))
	// A message of c2 in c1's conversation stays when only c1's move.
	stay := f.inbound(c2, "SM4", t0.Add(3*time.Minute))
	stay.ConversationID = from.Conversation.ID
	if _, err := s.AppendMessage(f.ctx, inbox.AppendParams{Message: stay}); err != nil {
		t.Fatal(err)
	}
	n, err := s.MoveMessages(f.ctx, practiceA, inbox.MoveParams{From: from.Conversation.ID, To: to.Conversation.ID, ContactID: c1.ID})
	if err != nil || n != 2 {
		t.Fatalf("MoveMessages = %d, %v; want 2", n, err)
	}
	page, err := s.ListMessages(f.ctx, practiceA, to.Conversation.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range page.Messages {
		got = append(got, m.ProviderID)
		if m.ConversationID != to.Conversation.ID {
			t.Errorf("moved message %s keeps conversation %s", m.ProviderID, m.ConversationID)
		}
	}
	if diff := cmp.Diff([]string{"SM1", "SM3", "SM2"}, got); diff != "" {
		t.Errorf("merged thread order (-want +got):\n%s", diff)
	}
	toConv, _ := s.GetConversation(f.ctx, practiceA, to.Conversation.ID)
	fromConv, _ := s.GetConversation(f.ctx, practiceA, from.Conversation.ID)
	if toConv.MessageCount != 3 || fromConv.MessageCount != 1 {
		t.Errorf("counts after move: to=%d from=%d, want 3 and 1", toConv.MessageCount, fromConv.MessageCount)
	}
	if !toConv.UpdatedAt.Equal(t0.Add(2 * time.Minute)) {
		t.Errorf("target UpdatedAt = %v, want the newest moved message's time", toConv.UpdatedAt)
	}
	m, _ := s.FindMessage(f.ctx, practiceA, channels.SMS, "SM1")
	if m.ConversationID != to.Conversation.ID {
		t.Errorf("FindMessage after move: conversation %q", m.ConversationID)
	}
}

func testConcurrentDuplicates(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0113")
	const n = 32
	var wg sync.WaitGroup
	results := make([]inbox.AppendResult, n)
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			results[i], errs[i] = s.AppendMessage(f.ctx, inbox.AppendParams{
				Message: f.inbound(c, "SMsame", t0), Subject: inbox.SubjectFor("", c.ID), NewConversationID: f.id("conv"),
			})
		})
	}
	wg.Wait()
	stored := 0
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("delivery %d: %v", i, errs[i])
		}
		if !results[i].Duplicate {
			stored++
		}
	}
	if stored != 1 {
		t.Fatalf("%d concurrent deliveries of one message stored it %d times", n, stored)
	}
	page, err := s.ListConversations(f.ctx, practiceA, nil)
	if err != nil || len(page.Conversations) != 1 || page.Conversations[0].MessageCount != 1 {
		t.Errorf("after concurrent duplicates: %+v, %v", page.Conversations, err)
	}
}

func testConcurrentThreading(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0114")
	const n = 32
	var wg sync.WaitGroup
	convs := make([]string, n)
	for i := range n {
		wg.Go(func() {
			res, err := s.AppendMessage(f.ctx, inbox.AppendParams{
				Message: f.inbound(c, fmt.Sprintf("SM%d", i), t0.Add(time.Duration(i)*time.Second)),
				Subject: inbox.SubjectFor("", c.ID), NewConversationID: f.id("conv"),
			})
			if err != nil {
				t.Errorf("append %d: %v", i, err)
				return
			}
			convs[i] = res.Conversation.ID
		})
	}
	wg.Wait()
	for i := range n {
		if convs[i] != convs[0] {
			t.Fatalf("concurrent messages of one subject landed in conversations %q and %q", convs[0], convs[i])
		}
	}
	conv, err := s.GetConversation(f.ctx, practiceA, convs[0])
	if err != nil || conv.MessageCount != n {
		t.Errorf("conversation count = %d, %v; want %d", conv.MessageCount, err, n)
	}
}

func testTenantIsolation(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	a := f.contact(practiceA, "+1 415 555 0115")
	res := f.appendTo(a, f.inbound(a, "SMshared", t0))
	ctx := f.ctx
	// Practice B sees nothing of A's, even by id.
	_, err := s.GetContact(ctx, practiceB, a.ID)
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.FindContact(ctx, practiceB, a.Key)
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.UpdateContact(ctx, practiceB, a.ID, func(*inbox.Contact) error { return nil })
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.GetMessage(ctx, practiceB, res.Message.ID)
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.FindMessage(ctx, practiceB, channels.SMS, "SMshared")
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.UpdateMessage(ctx, practiceB, res.Message.ID, func(*inbox.Message) error { return nil })
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.GetConversation(ctx, practiceB, res.Conversation.ID)
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.FindOpenConversation(ctx, practiceB, res.Conversation.Subject)
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.UpdateConversation(ctx, practiceB, res.Conversation.ID, func(*inbox.Conversation) error { return nil })
	requireIs(t, err, inbox.ErrNotFound)
	_, err = s.ListMessages(ctx, practiceB, res.Conversation.ID, nil)
	requireIs(t, err, inbox.ErrNotFound)
	page, err := s.ListConversations(ctx, practiceB, nil)
	if err != nil || len(page.Conversations) != 0 {
		t.Errorf("practice B lists %d conversations of A (err %v)", len(page.Conversations), err)
	}
	// B appending into A's conversation by id fails.
	intrude := f.inbound(a, "SMintrude", t0)
	intrude.PracticeID, intrude.ConversationID = practiceB, res.Conversation.ID
	_, err = s.AppendMessage(ctx, inbox.AppendParams{Message: intrude})
	requireIs(t, err, inbox.ErrNotFound)
	// The same phone and the same provider id in B are B's own records.
	b := f.contact(practiceB, "+1 415 555 0115")
	if b.ID == a.ID {
		t.Fatal("practices share a contact")
	}
	resB := f.appendTo(b, f.inbound(b, "SMshared", t0))
	if resB.Duplicate || resB.Conversation.ID == res.Conversation.ID {
		t.Errorf("practice B's delivery was merged with A's: %+v", resB)
	}
	gotA, _ := s.GetConversation(ctx, practiceA, res.Conversation.ID)
	if gotA.MessageCount != 1 {
		t.Errorf("practice A's conversation changed: count %d", gotA.MessageCount)
	}
}

func testCanceledContext(t *testing.T, s inbox.Store) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	f := newFixture(t, s)
	f.ctx = ctx
	_, _, err := s.PutContact(ctx, inbox.Contact{PracticeID: practiceA, ID: "c", Key: "tel:+14155550199", CreatedAt: t0})
	if err == nil {
		t.Error("PutContact with a canceled context succeeded")
	}
	_, err = s.ListConversations(ctx, practiceA, nil)
	if err == nil {
		t.Error("ListConversations with a canceled context succeeded")
	}
}
