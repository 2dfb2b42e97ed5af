package pgtest_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

// TestSchemaIsolation proves the CI path to PostgreSQL works: two schemas
// on one server do not see each other's tables.
func TestSchemaIsolation(t *testing.T) {
	t.Parallel()
	a, schemaA := pgtest.Schema(t)
	b, schemaB := pgtest.Schema(t)
	if schemaA == schemaB {
		t.Fatal("two tests got the same schema")
	}
	ctx := t.Context()
	if _, err := a.Exec(ctx, "CREATE TABLE probe (id int primary key)"); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Exec(ctx, "INSERT INTO probe VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := a.QueryRow(ctx, "SELECT count(*) FROM probe").Scan(&n); err != nil || n != 1 {
		t.Fatalf("count in own schema = %d, %v", n, err)
	}
	if _, err := b.Exec(ctx, "SELECT count(*) FROM probe"); err == nil {
		t.Error("a table of one test's schema is visible from another's")
	}
}
