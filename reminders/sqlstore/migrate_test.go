package sqlstore_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/internal/pgtest"
	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/reminderstest"
	"github.com/frontdeskhq/frontdesk/reminders/sqlstore"
)

// migrateTogether starts five instances on one database at once; every
// Migrate succeeds and the schema is usable.
func migrateTogether(t *testing.T, open func(prefix string) *sqlstore.Store) {
	var wg sync.WaitGroup
	stores := make([]*sqlstore.Store, 5)
	for i := range stores {
		stores[i] = open("")
	}
	for _, s := range stores {
		wg.Go(func() {
			if err := s.Migrate(context.Background()); err != nil {
				t.Errorf("concurrent Migrate: %v", err)
			}
		})
	}
	wg.Wait()
	if err := stores[0].Migrate(t.Context()); err != nil {
		t.Fatalf("Migrate again: %v", err)
	}
	// Another prefix is another set of tables in the same database.
	other := open("vendor_fd_")
	if err := other.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	a := reminderstest.Appointment("p1", "a1", reminderstest.T0.Add(72*time.Hour))
	if _, err := stores[1].SaveAppointment(t.Context(), reminders.SaveParams{Appointment: a}); err != nil {
		t.Fatal(err)
	}
	if _, err := stores[2].Appointment(t.Context(), "p1", "a1"); err != nil {
		t.Errorf("an instance does not see another's appointment: %v", err)
	}
	if _, err := other.Appointment(t.Context(), "p1", "a1"); !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("the other prefix sees the appointment: %v", err)
	}
}

func TestMigrateConcurrentSQLite(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "r.db")
	migrateTogether(t, func(prefix string) *sqlstore.Store {
		s, err := sqlstore.OpenSQLite(t.Context(), path, sqlstore.Config{Prefix: prefix})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		return s
	})
}

func TestMigrateConcurrentPostgres(t *testing.T) {
	t.Parallel()
	pool, _ := pgtest.Schema(t)
	migrateTogether(t, func(prefix string) *sqlstore.Store {
		s, err := sqlstore.NewPostgres(pool, sqlstore.Config{Prefix: prefix})
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestUnmigrated(t *testing.T) {
	t.Parallel()
	s, err := sqlstore.OpenSQLite(t.Context(), filepath.Join(t.TempDir(), "r.db"), sqlstore.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.Appointment(t.Context(), "p1", "a1")
	var dbErr *sqlstore.Error
	if !errors.Is(err, sqlstore.ErrDatabase) || !errors.As(err, &dbErr) || dbErr.Op != "appointment" {
		t.Errorf("query before Migrate: %v, want an *Error of ErrDatabase", err)
	}
}

func TestBadPrefix(t *testing.T) {
	t.Parallel()
	for _, p := range []string{"Fd_", "fd-", "1fd", "fd_; DROP TABLE x", strings.Repeat("a", 40)} {
		if _, err := sqlstore.OpenSQLite(t.Context(), filepath.Join(t.TempDir(), "r.db"), sqlstore.Config{Prefix: p}); !errors.Is(err, sqlstore.ErrSchema) {
			t.Errorf("prefix %q: %v, want ErrSchema", p, err)
		}
	}
}
