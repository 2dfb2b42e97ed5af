package sqlstore_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/reminderstest"
	"github.com/frontdeskhq/frontdesk/reminders/sqlstore"
)

// testGroupedCompletes completes 300 claimed reminders at once, each
// twice (by its owner and by an impostor) plus unknown ids: each call
// gets its own answer though they share groups.
func testGroupedCompletes(t *testing.T, s *sqlstore.Store) {
	const n = 300
	a := reminderstest.Appointment("p1", "a1", reminderstest.T0.Add(72*time.Hour))
	var rs []reminders.Reminder
	for i := range n {
		rs = append(rs, reminderstest.Reminder(a, fmt.Sprintf("r%03d", i), reminderstest.T0))
	}
	if _, err := s.SaveAppointment(t.Context(), reminders.SaveParams{Appointment: a, Reminders: rs}); err != nil {
		t.Fatal(err)
	}
	cs, err := s.Claim(t.Context(), reminders.ClaimParams{Now: reminderstest.T0, Owner: "w", Lease: time.Hour, Limit: n})
	if err != nil || len(cs) != n {
		t.Fatalf("claimed %d, %v", len(cs), err)
	}
	var wg sync.WaitGroup
	for i := range n {
		id := fmt.Sprintf("r%03d", i)
		done := func(owner string) error {
			return s.Complete(context.Background(), reminders.CompleteParams{PracticeID: "p1", ID: id, Owner: owner,
				State: reminders.StateSent, Attempts: 1, SentAt: reminderstest.T0, ContactKey: "tel:+15555550100"})
		}
		wg.Go(func() {
			if err := done("w"); err != nil {
				t.Errorf("owner completing %s: %v", id, err)
			}
		})
		wg.Go(func() {
			if err := done("impostor"); !errors.Is(err, reminders.ErrLeaseLost) {
				t.Errorf("impostor completing %s: %v, want ErrLeaseLost", id, err)
			}
		})
		if i%10 == 0 {
			wg.Go(func() {
				err := s.Complete(context.Background(), reminders.CompleteParams{PracticeID: "p1", ID: "nope-" + id, Owner: "w", State: reminders.StateSent})
				if !errors.Is(err, reminders.ErrNotFound) {
					t.Errorf("unknown reminder: %v, want ErrNotFound", err)
				}
			})
		}
	}
	wg.Wait()
	got, err := s.Reminders(t.Context(), "p1", "a1")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range got {
		if r.State != reminders.StateSent || r.LeaseOwner != "" || !r.SentAt.Equal(reminderstest.T0) {
			t.Fatalf("reminder %s after grouped completes: %+v", r.ID, r)
		}
	}
}

func TestGroupedCompletesSQLite(t *testing.T) {
	t.Parallel()
	testGroupedCompletes(t, newSQLite(t))
}

func TestGroupedCompletesPostgres(t *testing.T) {
	t.Parallel()
	testGroupedCompletes(t, newPostgres(t))
}
