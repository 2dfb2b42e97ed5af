package sqlstore_test

import (
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/internal/pgtest"
	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/reminderstest"
	"github.com/frontdeskhq/frontdesk/reminders/sqlstore"
)

// newSQLite returns a migrated Store on a fresh SQLite file.
func newSQLite(t testing.TB) *sqlstore.Store {
	t.Helper()
	s, err := sqlstore.OpenSQLite(t.Context(), filepath.Join(t.TempDir(), "reminders.db"), sqlstore.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if err := s.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return s
}

// newPostgres returns a migrated Store in a fresh schema, or skips
// without FRONTDESK_POSTGRES_DSN.
func newPostgres(t testing.TB) *sqlstore.Store {
	t.Helper()
	s, _ := newPostgresPool(t)
	return s
}

// newPostgresPool is newPostgres with the pool under the Store, for tests
// that look at the server beside it.
func newPostgresPool(t testing.TB) (*sqlstore.Store, *pgxpool.Pool) {
	t.Helper()
	pool, _ := pgtest.Schema(t)
	s, err := sqlstore.NewPostgres(pool, sqlstore.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return s, pool
}

func TestConformanceSQLite(t *testing.T) {
	t.Parallel()
	reminderstest.Run(t, func(t *testing.T) reminders.Store { return newSQLite(t) })
}

func TestConformancePostgres(t *testing.T) {
	t.Parallel()
	pgtest.DSN(t)
	reminderstest.Run(t, func(t *testing.T) reminders.Store { return newPostgres(t) })
}
