package sqlstore_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

// TestConcurrentMigratePostgres starts four instances at once on an empty
// schema, each with its own pool: all succeed, and the schema works.
func TestConcurrentMigratePostgres(t *testing.T) {
	t.Parallel()
	_, schema := pgtest.Schema(t)
	var wg sync.WaitGroup
	dbs := make([]*sqlstore.DB, 4)
	for i := range dbs {
		pool, err := pgxpool.New(t.Context(), pgtest.DSN(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(pool.Close)
		// A schema of its own inside the test's, created by Migrate.
		if dbs[i], err = sqlstore.NewPostgres(pool, sqlstore.Config{Schema: schema + "_app", TablePrefix: "fd_"}); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		// t.Context() has ended when cleanups run.
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		pool, err := pgxpool.New(ctx, pgtest.DSN(t))
		if err != nil {
			t.Errorf("cleanup: %v", err)
			return
		}
		defer pool.Close()
		if _, err := pool.Exec(ctx, `DROP SCHEMA "`+schema+`_app" CASCADE`); err != nil {
			t.Errorf("cleanup: drop schema: %v", err)
		}
	})
	for _, db := range dbs {
		wg.Go(func() {
			if err := db.Migrate(t.Context()); err != nil {
				t.Errorf("concurrent Migrate: %v", err)
			}
		})
	}
	wg.Wait()
	if _, _, err := sqlstore.New(dbs[3]).PutContact(t.Context(), inbox.Contact{PracticeID: "p", ID: "c", Key: "k", CreatedAt: t0()}); err != nil {
		t.Fatal(err)
	}
}

// TestConcurrentMigrateSQLite opens one file from several handles at once,
// as several processes would.
func TestConcurrentMigrateSQLite(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "fd.db")
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			db, err := sqlstore.OpenSQLite(path, sqlstore.Config{})
			if err != nil {
				t.Error(err)
				return
			}
			defer db.Close()
			if err := db.Migrate(t.Context()); err != nil {
				t.Errorf("concurrent Migrate: %v", err)
			}
		})
	}
	wg.Wait()
}

func TestConfigValidation(t *testing.T) {
	t.Parallel()
	for _, cfg := range []sqlstore.Config{{TablePrefix: "fd;drop"}, {TablePrefix: `a"b`}, {Schema: "s"}} {
		if db, err := sqlstore.OpenSQLite(filepath.Join(t.TempDir(), "x.db"), cfg); err == nil {
			db.Close()
			t.Errorf("OpenSQLite accepted %+v", cfg)
		}
	}
	if _, err := sqlstore.OpenSQLite(":memory:", sqlstore.Config{}); err == nil {
		t.Error("OpenSQLite accepted :memory:, whose connections would not share a database")
	}
	if _, err := sqlstore.NewPostgres(nil, sqlstore.Config{}); err == nil {
		t.Error("NewPostgres accepted a nil pool")
	}
	db := newSQLite(t)
	if _, err := sqlstore.NewNotifier(db, sqlstore.NotifierConfig{}); err == nil {
		t.Error("NewNotifier accepted SQLite")
	}
}
