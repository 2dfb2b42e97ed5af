// Package pgtest gives tests a PostgreSQL schema of their own.
//
// Tests find the server through FRONTDESK_POSTGRES_DSN and skip, naming the
// variable, when it is unset; .ci/run starts PostgreSQL and sets it, so in
// CI they always run. Each call to Schema creates a fresh schema, dropped at
// cleanup, so tests on one database run in parallel without seeing each
// other's rows.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// EnvDSN is the environment variable naming the test server.
const EnvDSN = "FRONTDESK_POSTGRES_DSN"

// DSN returns the test server's connection string, or skips the test when
// EnvDSN is unset.
func DSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(EnvDSN)
	if dsn == "" {
		t.Skipf("PostgreSQL tests skipped: set %s (for example postgres://user:pass@127.0.0.1:5432/db?sslmode=disable); .ci/run sets it", EnvDSN)
	}
	return dsn
}

// Schema creates a fresh schema and returns a pool whose connections use
// it as their search path, and the schema's name. Both are cleaned up when
// the test ends.
func Schema(t testing.TB) (*pgxpool.Pool, string) {
	t.Helper()
	dsn := DSN(t)
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "fdtest_" + hex.EncodeToString(b)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("pgtest: connect: %v", err)
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+pgx.Identifier{schema}.Sanitize()); err != nil {
		t.Fatalf("pgtest: create schema: %v", err)
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		t.Fatalf("pgtest: parse dsn: %v", err)
	}
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		t.Fatalf("pgtest: pool: %v", err)
	}
	t.Cleanup(func() {
		pool.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Errorf("pgtest: cleanup connect: %v", err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+pgx.Identifier{schema}.Sanitize()+" CASCADE"); err != nil {
			t.Errorf("pgtest: drop schema: %v", err)
		}
	})
	return pool, schema
}
