package sqldb

import (
	"context"
	"testing"

	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

// TestTxRetriesRealSerializationFailure makes PostgreSQL itself refuse a
// transaction with a serialization failure (write skew between two
// SERIALIZABLE transactions) and checks that Tx runs the function again
// and commits it once: both rows are stored, neither twice.
func TestTxRetriesRealSerializationFailure(t *testing.T) {
	pool, _ := pgtest.Schema(t)
	ctx := t.Context()
	db, err := NewPostgres(pool, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `CREATE TABLE oncall (nurse TEXT PRIMARY KEY)`); err != nil {
		t.Fatal(err)
	}

	// other is a concurrent transaction on its own connection: it reads the
	// table the first attempt read, then inserts and commits, so the first
	// attempt's own insert closes a read-write cycle.
	other := func() error {
		tx, err := pool.Begin(ctx)
		if err != nil {
			return err
		}
		defer tx.Rollback(context.WithoutCancel(ctx))
		if _, err := tx.Exec(ctx, `SET TRANSACTION ISOLATION LEVEL SERIALIZABLE`); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM oncall`).Scan(&n); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO oncall VALUES ('b')`); err != nil {
			return err
		}
		return tx.Commit(ctx)
	}

	attempts := 0
	err = db.Tx(ctx, func(q Querier) error {
		attempts++
		if _, err := q.Exec(ctx, `SET TRANSACTION ISOLATION LEVEL SERIALIZABLE`); err != nil {
			return err
		}
		var n int
		if err := q.QueryRow(ctx, `SELECT count(*) FROM oncall`).Scan(&n); err != nil {
			return err
		}
		if attempts == 1 {
			if err := other(); err != nil {
				t.Errorf("concurrent transaction: %v", err)
			}
		}
		_, err := q.Exec(ctx, `INSERT INTO oncall VALUES ('a')`)
		return err
	})
	if err != nil {
		t.Fatalf("Tx = %v after %d attempts, want success after a retry", err, attempts)
	}
	if attempts != 2 {
		t.Errorf("attempts = %d, want 2 (the server refused the first with 40001)", attempts)
	}
	rows, err := pool.Query(ctx, `SELECT nurse FROM oncall ORDER BY nurse`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		got = append(got, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != "a" || got[1] != "b" {
		t.Errorf("rows = %v, want [a b]: nothing lost, nothing twice", got)
	}
}
