package sqlstore

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

func groupJob(t *testing.T, i int, msgID string) *appendJob {
	contact := fmt.Sprintf("contact-%d", i)
	return &appendJob{ctx: t.Context(), done: make(chan struct{}), ap: inbox.AppendParams{
		Message: inbox.Message{PracticeID: "p1", ID: msgID, ContactID: contact, Direction: inbox.Inbound,
			Channel: channels.SMS, ProviderID: fmt.Sprintf("SM%d", i), Text: "hello",
			CreatedAt: time.Date(2026, 3, 14, 9, 30, i, 0, time.UTC)},
		Subject: inbox.SubjectFor("", contact), NewConversationID: fmt.Sprintf("conv-%d", i),
	}}
}

// TestAppendGroupIsolatesAFailure writes one group whose middle append
// breaks a unique index: its savepoint undoes it alone, the others commit
// in the group, and the broken one, run on its own, reports the conflict.
func TestAppendGroupIsolatesAFailure(t *testing.T) {
	t.Parallel()
	pool, schema := pgtest.Schema(t)
	db, err := NewPostgres(pool, Config{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	s := New(db)
	if _, err := s.AppendMessage(t.Context(), groupJob(t, 0, "taken").ap); err != nil {
		t.Fatal(err)
	}
	jobs := []*appendJob{groupJob(t, 1, "m1"), groupJob(t, 2, "taken"), groupJob(t, 3, "m3"), groupJob(t, 3, "m3b")}
	s.flushAppends(jobs)
	for _, i := range []int{0, 2} {
		j := jobs[i]
		if j.alone || j.err != nil || !j.res.Created || j.res.Message.ConversationID != j.ap.NewConversationID {
			t.Errorf("append %d: alone %v, err %v, result %+v; want stored by the group", i, j.alone, j.err, j.res)
		}
		if _, err := s.GetMessage(t.Context(), "p1", j.ap.Message.ID); err != nil {
			t.Errorf("append %d not stored: %v", i, err)
		}
	}
	if j := jobs[1]; !j.alone || !j.careful {
		t.Errorf("append breaking the unique index: alone %v, careful %v; want both", j.alone, j.careful)
	}
	if j := jobs[3]; !j.alone || j.careful {
		t.Errorf("second append of one subject in a group: alone %v, careful %v; want alone only", j.alone, j.careful)
	}
	if _, err := s.AppendMessage(t.Context(), jobs[1].ap); !errors.Is(err, inbox.ErrConflict) {
		t.Errorf("append with a taken id = %v, want ErrConflict", err)
	}
}
