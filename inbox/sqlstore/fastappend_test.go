package sqlstore

import (
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

// TestAppendOnto checks the one-statement append: it stores a message
// onto the remembered conversation row, and stores nothing once the row
// has changed under it (the caller then takes the transactional path).
func TestAppendOnto(t *testing.T) {
	t.Parallel()
	pool, schema := pgtest.Schema(t)
	db, err := NewPostgres(pool, Config{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	s := New(db)
	t0 := time.Date(2026, 3, 14, 9, 30, 0, 123456789, time.UTC)
	ap := func(i int) inbox.AppendParams {
		return inbox.AppendParams{
			Message: inbox.Message{PracticeID: "p1", ID: "m" + string(rune('a'+i)), ContactID: "c1", Direction: inbox.Inbound,
				Channel: channels.SMS, ProviderID: "SM" + string(rune('a'+i)), Text: "hello", CreatedAt: t0.Add(time.Duration(i) * time.Second)},
			Subject: inbox.SubjectFor("", "c1"), NewConversationID: "conv" + string(rune('a'+i)),
			Thread: func(c *inbox.Conversation, _ bool) error { c.Queue = "front-desk"; return nil },
		}
	}
	first, err := s.AppendMessage(ctx, ap(0))
	if err != nil {
		t.Fatal(err)
	}
	oldEntry, ok := s.convs.entry("p1", inbox.SubjectFor("", "c1"))
	old := oldEntry.conv
	if !ok || old.ID != first.Conversation.ID {
		t.Fatalf("conversation not remembered: %+v %v", old, ok)
	}
	res, stored, err := s.appendOnto(ctx, ap(1), oldEntry)
	if err != nil || !stored {
		t.Fatalf("appendOnto = %v, %v; want stored", stored, err)
	}
	if res.Conversation.MessageCount != 2 || res.Message.ConversationID != old.ID {
		t.Fatalf("result %+v", res)
	}
	got, err := s.GetConversation(ctx, "p1", old.ID)
	if err != nil || got.MessageCount != 2 || !got.UpdatedAt.Equal(res.Conversation.UpdatedAt.Truncate(time.Microsecond)) {
		t.Fatalf("stored conversation %+v, %v", got, err)
	}
	if _, err := s.GetMessage(ctx, "p1", "mb"); err != nil {
		t.Fatal(err)
	}
	// The row changes under the remembered one: nothing is stored.
	if _, err := s.UpdateConversation(ctx, "p1", old.ID, func(c *inbox.Conversation) error { c.Assignee = "dr-who"; return nil }); err != nil {
		t.Fatal(err)
	}
	if cached, _ := s.convs.get("p1", old.Subject); cached.Assignee != "dr-who" {
		t.Fatalf("the updated row is not remembered: %+v", cached)
	}
	if _, stored, err := s.appendOnto(ctx, ap(2), oldEntry); err != nil || stored {
		t.Fatalf("appendOnto over a changed row = %v, %v; want not stored", stored, err)
	}
	if _, err := s.GetMessage(ctx, "p1", "mc"); err == nil {
		t.Fatal("message stored over a changed row")
	}
	// AppendMessage then takes the transactional path and keeps the
	// assignment.
	res, err = s.AppendMessage(ctx, ap(2))
	if err != nil || res.Conversation.Assignee != "dr-who" || res.Conversation.MessageCount != 3 {
		t.Fatalf("AppendMessage = %+v, %v", res.Conversation, err)
	}
	// A redelivery through the fast path is a conflict, and AppendMessage
	// reports the duplicate.
	cached, _ := s.convs.entry("p1", old.Subject)
	if _, stored, err := s.appendOnto(ctx, ap(2), cached); stored || err == nil {
		t.Fatalf("duplicate appendOnto = %v, %v; want a conflict", stored, err)
	}
	if res, err := s.AppendMessage(ctx, ap(2)); err != nil || !res.Duplicate {
		t.Fatalf("redelivery = %+v, %v; want duplicate", res, err)
	}
}
