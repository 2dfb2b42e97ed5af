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
