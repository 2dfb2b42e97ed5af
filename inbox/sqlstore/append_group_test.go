package sqlstore

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

func groupAppend(t *testing.T, s *Store, i int, msgID string) *groupJob {
	contact := fmt.Sprintf("contact-%d", i)
	return &groupJob{ctx: t.Context(), store: s, done: make(chan struct{}), ap: inbox.AppendParams{
		Message: inbox.Message{PracticeID: "p1", ID: msgID, ContactID: contact, Direction: inbox.Inbound,
			Channel: channels.SMS, ProviderID: "SM-" + msgID, Text: "hello",
			CreatedAt: time.Date(2026, 3, 14, 9, 30, i, 0, time.UTC)},
		Subject: inbox.SubjectFor("", contact), NewConversationID: fmt.Sprintf("conv-%d", i),
	}}
}

func groupAudit(t *testing.T, sink *AuditSink, id string) *groupJob {
	stmts, err := sink.auditStmts([]audit.Event{{PracticeID: "p1", Time: time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC),
		Actor: audit.Actor{ID: "c1", Kind: "patient"}, Action: audit.ActionMessageReceived, Outcome: audit.OutcomeSuccess, MessageID: id}})
	if err != nil {
		t.Fatal(err)
	}
	return &groupJob{ctx: t.Context(), audit: stmts, done: make(chan struct{})}
}

// TestGroupCommit writes groups of appends and an audit batch: a clean
// group commits them all in one transaction; an append breaking a unique
// index leaves the whole group uncommitted and every write to its caller,
// the breaking one carefully; a second append of one subject, and one
// whose remembered row has changed, are left to their callers.
func TestGroupCommit(t *testing.T) {
	t.Parallel()
	pool, schema := pgtest.Schema(t)
	db, err := NewPostgres(pool, Config{Schema: schema, Grouping: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	s, sink := New(db), NewAuditSink(db)
	for i := range 4 {
		// New conversations are written on their own, and remembered.
		res, err := s.AppendMessage(ctx, groupAppend(t, s, i, fmt.Sprintf("first-%d", i)).ap)
		if err != nil || !res.Created {
			t.Fatalf("first append %d: %+v, %v", i, res, err)
		}
	}
	auditRows := func() int { return len(AuditRowsForTest(t, db, "p1")) }

	// A group in which one append breaks a unique index commits nothing.
	taken := groupAppend(t, s, 2, "first-0")
	taken.ap.Message.ProviderID = "SM-taken"
	jobs := []*groupJob{groupAppend(t, s, 1, "m1"), taken, groupAppend(t, s, 3, "m3"),
		groupAppend(t, s, 3, "m3b"), groupAudit(t, sink, "m1")}
	s.group.flush(jobs)
	for i, j := range jobs {
		if !j.alone || j.err != nil || j.careful != (i == 1) {
			t.Errorf("job %d: alone %v, careful %v, err %v; want alone, careful only for the taken id", i, j.alone, j.careful, j.err)
		}
	}
	for _, id := range []string{"m1", "m3", "m3b"} {
		if _, err := s.GetMessage(ctx, "p1", id); !errors.Is(err, inbox.ErrNotFound) {
			t.Errorf("message %s of a failed group: %v", id, err)
		}
	}
	if n := auditRows(); n != 0 {
		t.Errorf("%d audit rows of a failed group", n)
	}
	// Their callers then write them on their own.
	if _, err := s.AppendMessage(ctx, jobs[1].ap); !errors.Is(err, inbox.ErrConflict) {
		t.Errorf("append with a taken id = %v, want ErrConflict", err)
	}
	for _, i := range []int{0, 2, 3} {
		if _, err := s.AppendMessage(ctx, jobs[i].ap); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.AppendMessage(ctx, groupAppend(t, s, 2, "m2").ap); err != nil {
		t.Fatal(err)
	}
	count := func(i int) int {
		c, err := s.FindOpenConversation(ctx, "p1", inbox.SubjectFor("", fmt.Sprintf("contact-%d", i)))
		if err != nil {
			t.Fatal(err)
		}
		return c.MessageCount
	}
	before := map[int]int{2: count(2), 3: count(3)}

	// Another writer changes subject 1's row under the remembered one.
	other := New(db)
	conv1, err := other.FindOpenConversation(ctx, "p1", inbox.SubjectFor("", "contact-1"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.UpdateConversation(ctx, "p1", conv1.ID, func(c *inbox.Conversation) error { c.Assignee = "dr-who"; return nil }); err != nil {
		t.Fatal(err)
	}
	jobs = []*groupJob{groupAppend(t, s, 1, "m1-2"), groupAppend(t, s, 2, "m2-2"), groupAudit(t, sink, "m2-2"), groupAppend(t, s, 3, "m3-2")}
	s.group.flush(jobs)
	if j := jobs[0]; !j.alone || j.careful || j.err != nil {
		t.Errorf("append onto a changed row: alone %v, careful %v, err %v; want alone", j.alone, j.careful, j.err)
	}
	if _, ok := s.convs.get("p1", jobs[0].ap.Subject); ok {
		t.Error("the changed row is still remembered")
	}
	for _, j := range jobs[1:] {
		if j.alone || j.err != nil {
			t.Fatalf("job of a clean group: alone %v, err %v", j.alone, j.err)
		}
	}
	for i, j := range map[int]*groupJob{2: jobs[1], 3: jobs[3]} {
		got, err := s.GetConversation(ctx, "p1", j.res.Conversation.ID)
		if err != nil || got.MessageCount != before[i]+1 || got.MessageCount != j.res.Conversation.MessageCount {
			t.Errorf("conversation after the group: %+v, %v; result %+v", got, err, j.res.Conversation)
		}
		if m, err := s.GetMessage(ctx, "p1", j.ap.Message.ID); err != nil || m.ConversationID != got.ID {
			t.Errorf("message of the group: %+v, %v", m, err)
		}
		if cached, ok := s.convs.get("p1", j.ap.Subject); !ok || cached.MessageCount != got.MessageCount {
			t.Errorf("remembered row %+v, %v", cached, ok)
		}
	}
	if n := auditRows(); n != 1 {
		t.Errorf("%d audit rows after a clean group, want 1", n)
	}
	// The append left alone keeps the other writer's assignment.
	res, err := s.AppendMessage(ctx, jobs[0].ap)
	if err != nil || res.Conversation.Assignee != "dr-who" || res.Conversation.MessageCount != conv1.MessageCount+1 {
		t.Fatalf("append after the change: %+v, %v", res.Conversation, err)
	}
}
