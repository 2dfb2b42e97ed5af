package sqlstore

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// MigratedPostgresForTest returns a migrated DB with cfg in a fresh
// schema of its own (cfg.Schema is set), or skips without
// FRONTDESK_POSTGRES_DSN.
func MigratedPostgresForTest(t testing.TB, cfg Config) *DB {
	t.Helper()
	pool, schema := pgtest.Schema(t)
	cfg.Schema = schema
	db, err := NewPostgres(pool, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return db
}

// AuditRow is a stored audit event, for tests.
type AuditRow struct {
	PracticeID, Action, PatientID, Event string
	Time                                 time.Time
}

// AuditRowsForTest returns the practice's audit rows in insertion order.
func AuditRowsForTest(t testing.TB, db *DB, practiceID string) []AuditRow {
	t.Helper()
	var out []AuditRow
	err := each(t.Context(), db.db.Reader(), "SELECT practice_id, time, action, patient_id, event FROM {audit_events} WHERE practice_id = $1 ORDER BY seq",
		[]any{practiceID}, func(r sqldb.Row) error {
			var a AuditRow
			err := r.Scan(&a.PracticeID, timeCol{&a.Time}, &a.Action, &a.PatientID, &a.Event)
			out = append(out, a)
			return err
		})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// AuditChainForTest returns every stored audit event, checkpoints and all
// practices included, in insertion order: the whole chain of a Log.
func AuditChainForTest(t testing.TB, db *DB) []audit.Event {
	t.Helper()
	var out []audit.Event
	err := each(t.Context(), db.db.Reader(), "SELECT event FROM {audit_events} ORDER BY seq", nil, func(r sqldb.Row) error {
		var raw string
		if err := r.Scan(&raw); err != nil {
			return err
		}
		var e audit.Event
		err := json.Unmarshal([]byte(raw), &e)
		out = append(out, e)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// ExecForTest runs one statement in a write transaction.
func ExecForTest(t testing.TB, db *DB, stmt string, args ...any) {
	t.Helper()
	ctx := t.Context()
	if err := db.db.Tx(ctx, func(q sqldb.Querier) error { _, err := q.Exec(ctx, stmt, args...); return err }); err != nil {
		t.Fatal(err)
	}
}

// StringForTest returns the single text value stmt selects.
func StringForTest(t testing.TB, db *DB, stmt string, args ...any) string {
	t.Helper()
	var s string
	if err := db.db.Reader().QueryRow(t.Context(), stmt, args...).Scan(&s); err != nil {
		t.Fatal(err)
	}
	return s
}
