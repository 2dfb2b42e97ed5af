package sqlstore

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

func openTestSQLite(t *testing.T) *DB {
	t.Helper()
	db, err := OpenSQLite(filepath.Join(t.TempDir(), "fd.db"), Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestExtEncodesOnlyFieldsWithoutColumns(t *testing.T) {
	c := inbox.Conversation{PracticeID: "p", ID: "c", Queue: "front", ClosedBy: "staff-1", Escalations: 2}
	got, err := convExt.encode(&c)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"ClosedBy":"staff-1","Escalations":2}`; got != want {
		t.Errorf("ext = %s, want %s", got, want)
	}
	empty, err := convExt.encode(&inbox.Conversation{PracticeID: "p", ID: "c", Queue: "front"})
	if err != nil || empty != "" {
		t.Errorf("ext of a record without extra fields = %q, %v; want empty", empty, err)
	}
	m := inbox.Message{Text: "hello", Mentions: []string{"dr-a"}}
	if got, _ := msgExt.encode(&m); got != `{"Mentions":["dr-a"]}` {
		t.Errorf("message ext = %s: must hold Mentions and never the text column", got)
	}
}

func TestExtColumnsAreAuthoritative(t *testing.T) {
	db := openTestSQLite(t)
	s := New(db)
	ctx := t.Context()
	t0 := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	res, err := s.AppendMessage(ctx, inbox.AppendParams{
		Message: inbox.Message{PracticeID: "p", ID: "m1", ContactID: "k1", Direction: inbox.Inbound,
			Channel: channels.SMS, Text: "hi", CreatedAt: t0, Mentions: []string{"dr-a"}},
		Subject: "contact:k1", NewConversationID: "c1",
		Thread: func(c *inbox.Conversation, _ bool) error { c.Queue, c.ClosedBy = "front", "nobody"; return nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	// A row written before ext existed, or with ext naming a field that has
	// a column: the columns win, and the other fields read as zero or
	// from ext.
	exec := func(stmt string, args ...any) {
		t.Helper()
		if err := db.db.Tx(ctx, func(q sqldb.Querier) error { _, err := q.Exec(ctx, stmt, args...); return err }); err != nil {
			t.Fatal(err)
		}
	}
	exec("UPDATE {conversations} SET ext = $1 WHERE id = $2", `{"Queue":"bogus","PreviousID":"c0"}`, res.Conversation.ID)
	exec("UPDATE {messages} SET ext = '' WHERE id = $1", "m1")
	c, err := s.GetConversation(ctx, "p", res.Conversation.ID)
	if err != nil {
		t.Fatal(err)
	}
	if c.Queue != "front" || c.PreviousID != "c0" || c.ClosedBy != "" {
		t.Errorf("conversation = queue %q, previous %q, closed by %q; want front, c0 and empty", c.Queue, c.PreviousID, c.ClosedBy)
	}
	m, err := s.GetMessage(ctx, "p", "m1")
	if err != nil {
		t.Fatal(err)
	}
	if m.Text != "hi" || m.Mentions != nil {
		t.Errorf("old message row = text %q, mentions %v; want hi and none", m.Text, m.Mentions)
	}
}

func TestNewExtFieldsPanicsOnUnknownColumn(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("newExtFields accepted a field the type does not have")
		}
	}()
	newExtFields[inbox.Message]("NoSuchField")
}
