package inboxtest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// Cases of concurrency, tenancy and cancelled contexts.

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
