package sqlstore

import (
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

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
