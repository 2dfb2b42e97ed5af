package sqlstore

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/internal/pgtest"
	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/reminderstest"
)

// TestPlansOnStaleStatistics: with statistics taken while the tables were
// empty, as they stand right after a bulk booking until autovacuum gets
// round to them, the claim, a result, the recent sends and a save still
// reach the reminders table by key, index order or tuple id, never by a
// scan of it or of all its scheduled rows. Plans made on such statistics
// once stalled every claim for seconds.
func TestPlansOnStaleStatistics(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	pool, _ := pgtest.Schema(t)
	s, err := NewPostgres(pool, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, "ANALYZE fd_reminders; ANALYZE fd_reminder_appointments"); err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 5, 5, 10, 0, 0, 0, time.UTC)
	pol := reminders.Policy{Offsets: []time.Duration{24 * time.Hour}}
	const n = 600
	for i := range n {
		a := reminderstest.Appointment("p1", fmt.Sprintf("a%04d", i), start)
		if _, err := reminders.Sync(ctx, s, pol, a, start.Add(-72*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	now := start.Add(-23 * time.Hour)
	claimed, err := s.Claim(ctx, reminders.ClaimParams{Now: now, Owner: "w1", Lease: time.Minute, Limit: n / 2, RecentSince: now.Add(-time.Hour)})
	if err != nil || len(claimed) != n/2 {
		t.Fatalf("claim: %d reminders, %v", len(claimed), err)
	}
	ps := make([]reminders.CompleteParams, len(claimed))
	for i, c := range claimed {
		ps[i] = reminders.CompleteParams{PracticeID: "p1", ID: c.Reminder.ID, Owner: "w1", State: reminders.StateSent,
			Attempts: 1, Channel: "sms", ContactKey: fmt.Sprintf("k%d", i), ProviderID: "x", SentAt: now}
	}
	errs, err := s.CompleteBatch(ctx, ps)
	if err != nil {
		t.Fatalf("complete: %v", err)
	}
	for i, e := range errs {
		if e != nil {
			t.Fatalf("complete %d: %v", i, e)
		}
	}

	c := claimed[0].Reminder
	for _, tc := range []struct {
		name, setup, sql string
		args             []any
	}{
		{"claim", "SET LOCAL " + strings.TrimPrefix(claimPlan, "SET LOCAL "), s.sql(claimRecentQuery),
			[]any{us(now), 100, "w2", us(now.Add(time.Minute)), us(now.Add(-time.Hour))}},
		{"complete", "", s.sql(completeOnePostgresSQL),
			[]any{"p1", c.ID, "w1", "sent", 1, "", nil, "sms", "k", "x", us(now)}},
		{"recent sends", "", s.sql(`SELECT sent_us FROM {p}reminders
			WHERE practice_id = $1 AND patient_id = $2 AND state = 'sent' AND sent_us >= $3 ORDER BY sent_us`),
			[]any{"p1", c.PatientID, us(now.Add(-time.Hour))}},
		{"save", "", s.sql(`SELECT id, state FROM {p}reminders WHERE practice_id = $1 AND appointment_id = $2`),
			[]any{"p1", c.AppointmentID}},
	} {
		plan := explain(t, pool, tc.setup, tc.sql, tc.args)
		for _, bad := range []string{"Seq Scan on fd_reminders", "Bitmap Heap Scan on fd_reminders", "Hash Join", "Merge Join",
			"Index Scan using fd_reminders_sent_contact", "Index Only Scan using fd_reminders_sent_contact"} {
			if strings.Contains(plan, bad) {
				t.Errorf("%s: plan has %q:\n%s", tc.name, bad, plan)
			}
		}
		if tc.name != "claim" && strings.Contains(plan, "fd_reminders_next") {
			t.Errorf("%s: plan walks the claim index:\n%s", tc.name, plan)
		}
	}
}

// explain returns the plan of q, after setup in the same transaction.
func explain(t *testing.T, pool *pgxpool.Pool, setup, q string, args []any) string {
	t.Helper()
	var lines []string
	err := pgx.BeginFunc(t.Context(), pool, func(tx pgx.Tx) error {
		if setup != "" {
			if _, err := tx.Exec(t.Context(), setup); err != nil {
				return err
			}
		}
		rs, err := tx.Query(t.Context(), "EXPLAIN "+q, args...)
		if err != nil {
			return err
		}
		defer rs.Close()
		for rs.Next() {
			var l string
			if err := rs.Scan(&l); err != nil {
				return err
			}
			lines = append(lines, l)
		}
		if err := rs.Err(); err != nil {
			return err
		}
		return context.Canceled // roll back whatever EXPLAIN's setup changed
	})
	if err != nil && err != context.Canceled {
		t.Fatalf("explain: %v", err)
	}
	return strings.Join(lines, "\n")
}
