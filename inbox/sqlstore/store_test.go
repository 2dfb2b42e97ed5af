package sqlstore_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/inbox/inboxtest"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

// newSQLite returns a migrated DB in a fresh SQLite file.
func newSQLite(t testing.TB) *sqlstore.DB {
	t.Helper()
	db, err := sqlstore.OpenSQLite(filepath.Join(t.TempDir(), "frontdesk.db"), sqlstore.Config{TablePrefix: "fd_"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return db
}

// newPostgres returns a migrated DB in a fresh schema, or skips without
// FRONTDESK_POSTGRES_DSN.
func newPostgres(t testing.TB) *sqlstore.DB {
	t.Helper()
	return sqlstore.MigratedPostgresForTest(t, sqlstore.Config{TablePrefix: "fd_"})
}

func TestConformanceSQLite(t *testing.T) {
	t.Parallel()
	inboxtest.Run(t, func(t *testing.T) inbox.Store { return sqlstore.New(newSQLite(t)) })
}

func TestConformancePostgres(t *testing.T) {
	t.Parallel()
	pgtest.DSN(t)
	inboxtest.Run(t, func(t *testing.T) inbox.Store { return sqlstore.New(newPostgres(t)) })
}

// TestConformancePostgresGrouped runs the suite with group commit and
// grouped reads.
func TestConformancePostgresGrouped(t *testing.T) {
	t.Parallel()
	pgtest.DSN(t)
	inboxtest.Run(t, func(t *testing.T) inbox.Store {
		pool, schema := pgtest.Schema(t)
		db, err := sqlstore.NewPostgres(pool, sqlstore.Config{Schema: schema, Grouping: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Migrate(t.Context()); err != nil {
			t.Fatal(err)
		}
		return sqlstore.New(db)
	})
}

func contextWithCancel(t testing.TB) (context.Context, context.CancelFunc) {
	return context.WithCancel(t.Context())
}

func t0() time.Time { return time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC) }
