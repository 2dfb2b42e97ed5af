package sqlstore_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/reminderstest"
	"github.com/frontdeskhq/frontdesk/reminders/sqlstore"
)

// An embedded SQLite store: migrate, plan an appointment's reminders and
// claim the one that is due.
func Example() {
	dir, err := os.MkdirTemp("", "reminders")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	store, err := sqlstore.OpenSQLite(ctx, filepath.Join(dir, "reminders.db"), sqlstore.Config{})
	if err != nil {
		panic(err)
	}
	defer store.Close()
	if err := store.Migrate(ctx); err != nil {
		panic(err)
	}
	start := time.Date(2026, 5, 5, 14, 0, 0, 0, time.UTC)
	appt := reminderstest.Appointment("p1", "a1", start)
	planned, err := reminders.Sync(ctx, store, reminders.Policy{}, appt, start.Add(-72*time.Hour))
	if err != nil {
		panic(err)
	}
	fmt.Println("planned:", planned.Added)
	due, err := store.Claim(ctx, reminders.ClaimParams{Now: start.Add(-47 * time.Hour), Owner: "worker-1", Lease: time.Minute, Limit: 10})
	if err != nil {
		panic(err)
	}
	fmt.Println("due:", len(due), due[0].Reminder.Offset)
	// Output:
	// planned: 2
	// due: 1 48h0m0s
}
