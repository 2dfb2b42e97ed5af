package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// AuditSink is an audit.Sink on a DB. Each event is stored as its JSON
// encoding (json.Marshal of audit.Event, so fields the audit package adds
// later are kept without a schema change) beside copies of the fields
// queries select on: practice id, time, action and patient id. Append
// writes all its events in one transaction and returns after the commit.
type AuditSink struct {
	db *sqldb.DB
}

var _ audit.Sink = (*AuditSink)(nil)

// NewAuditSink returns the audit sink of db. Call db.Migrate first.
func NewAuditSink(db *DB) *AuditSink { return &AuditSink{db: db.db} }

// maxAuditBatch bounds the rows of one INSERT statement (5 values each).
const maxAuditBatch = 500

// Append implements audit.Sink.
func (s *AuditSink) Append(ctx context.Context, events ...audit.Event) error {
	if len(events) == 0 {
		return ctx.Err()
	}
	rows := make([][]any, len(events))
	for i, e := range events {
		if e.PracticeID == "" || e.Time.IsZero() || e.Action == "" {
			return fmt.Errorf("sqlstore: audit event %d needs practice id, time and action", i)
		}
		b, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("sqlstore: encode audit event %d: %w", i, err)
		}
		rows[i] = []any{e.PracticeID, e.Time.UnixMicro(), string(e.Action), e.PatientID, string(b)}
	}
	err := s.db.Tx(ctx, func(q sqldb.Querier) error {
		for start := 0; start < len(rows); start += maxAuditBatch {
			batch := rows[start:min(start+maxAuditBatch, len(rows))]
			var b strings.Builder
			b.WriteString("INSERT INTO {audit_events} (practice_id, time, action, patient_id, event) VALUES ")
			args := make([]any, 0, 5*len(batch))
			for i, r := range batch {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString("(" + placeholders(len(args)+1, 5) + ")")
				args = append(args, r...)
			}
			if _, err := q.Exec(ctx, b.String(), args...); err != nil {
				return err
			}
		}
		return nil
	})
	return wrap(ctx, "append audit events", err)
}

// Close implements audit.Sink. It does not close the DB, which may serve
// other stores.
func (s *AuditSink) Close() error { return nil }
