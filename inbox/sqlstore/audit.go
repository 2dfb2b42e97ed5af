package sqlstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// AuditSink is an audit.Sink and audit.Querier on a DB; it passes
// audittest.Run on both databases. Each event is stored as its JSON
// encoding (json.Marshal of audit.Event, so fields the audit package adds
// later, and the chain's Seq, PrevHash and Hash, are kept exactly) beside
// copies of the fields queries select on: practice id, time, action and
// patient id.
//
// Append validates every event (Event.Validate), then writes them all in
// one transaction and returns after the commit. Appends are serialised
// (on PostgreSQL by an advisory lock held to the commit), so the rows' order
// is the order of the commits and the events of one Append are adjacent.
//
// Give emitters an audit.Log over the sink, which chains the events:
//
//	lg, _ := audit.NewLog(sqlstore.NewAuditSink(db), audit.Config{SigningKey: key})
//
// One Log writes one chain: let a single Log (one instance) write a
// table, or give each instance its own DB (Config.TablePrefix). The sink
// is an audit.HeadReader: a Log reads the stored head before its first
// batch, so that a restarted service continues the chain, and after a
// batch that failed with its outcome unknown (a connection lost at the
// commit), so that it goes on after what was stored. It is an
// audit.RiderSink too: see Store.AppendAudited.
type AuditSink struct {
	db     *sqldb.DB
	group  *committer // PostgreSQL with Config.Grouping
	closed atomic.Bool
}

var (
	_ audit.Sink    = (*AuditSink)(nil)
	_ audit.Querier = (*AuditSink)(nil)
)

// NewAuditSink returns the audit sink of db. Call db.Migrate first.
func NewAuditSink(db *DB) *AuditSink { return &AuditSink{db: db.db, group: db.group} }

// maxAuditBatch bounds the rows of one SQLite INSERT statement (5 values
// each).
const maxAuditBatch = 500

// Append implements audit.Sink.
func (s *AuditSink) Append(ctx context.Context, events ...audit.Event) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.closed.Load() {
		return audit.ErrClosed
	}
	if len(events) == 0 {
		return nil
	}
	stmts, err := s.auditStmts(events)
	if err != nil {
		return err
	}
	if s.group != nil {
		// Committed with the next group of appends.
		j := &groupJob{ctx: ctx, audit: stmts}
		s.group.do(j)
		if !j.alone {
			return wrap(ctx, "append audit events", j.err)
		}
	}
	if s.db.Dialect() == sqldb.Postgres {
		return s.insertAlone(ctx, stmts[0])
	}
	err = s.db.Tx(ctx, func(q sqldb.Querier) error {
		_, err := q.Batch(ctx, true, stmts...)
		return err
	})
	return wrap(ctx, "append audit events", err)
}

// insertAlone runs the PostgreSQL insert of a batch of events, one
// statement committed as its own transaction.
func (s *AuditSink) insertAlone(ctx context.Context, st sqldb.Stmt) error {
	_, err := s.db.Reader().Exec(ctx, st.SQL, st.Args...)
	return wrap(ctx, "append audit events", err)
}

// sqlInsertAudit inserts the rows of five arrays, in order, on
// PostgreSQL: one statement, prepared once, for batches of any size. It
// first takes a transaction-scoped advisory lock keyed by $6, the table's
// name, which serialises appends to their commit, so that seq order is
// commit order and the rows of one Append are adjacent: the rows' seq
// defaults are drawn after the join with the lock's row.
const sqlInsertAudit = `WITH l AS MATERIALIZED (SELECT pg_advisory_xact_lock(hashtextextended($6, 0)))
	INSERT INTO {audit_events} (practice_id, time, action, patient_id, event)
	SELECT p, t, a, pt, e FROM l CROSS JOIN unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[])
	WITH ORDINALITY AS r(p, t, a, pt, e, n) ORDER BY n`

// auditStmts validates and encodes events and returns the statements
// inserting them.
func (s *AuditSink) auditStmts(events []audit.Event) ([]sqldb.Stmt, error) {
	n := len(events)
	practices, times, actions, patients, encoded := make([]string, n), make([]int64, n), make([]string, n), make([]string, n), make([]string, n)
	for i := range events {
		e := &events[i]
		if err := e.Validate(); err != nil {
			return nil, err
		}
		b, err := json.Marshal(e)
		if err != nil {
			return nil, fmt.Errorf("sqlstore: encode audit event %d: %w", i, err)
		}
		practices[i], times[i], actions[i], patients[i], encoded[i] = e.PracticeID, e.Time.UnixMicro(), string(e.Action), e.PatientID, string(b)
	}
	if s.db.Dialect() == sqldb.Postgres {
		lock := "frontdesk " + s.db.Table("audit_events")
		return []sqldb.Stmt{{SQL: sqlInsertAudit, Args: []any{practices, times, actions, patients, encoded, lock}}}, nil
	}
	// SQLite: one statement per maxAuditBatch rows.
	var stmts []sqldb.Stmt
	for start := 0; start < n; start += maxAuditBatch {
		end := min(start+maxAuditBatch, n)
		var b strings.Builder
		b.WriteString("INSERT INTO {audit_events} (practice_id, time, action, patient_id, event) VALUES ")
		args := make([]any, 0, 5*(end-start))
		for i := start; i < end; i++ {
			if i > start {
				b.WriteString(", ")
			}
			b.WriteString("(" + placeholders(len(args)+1, 5) + ")")
			args = append(args, practices[i], times[i], actions[i], patients[i], encoded[i])
		}
		stmts = append(stmts, sqldb.Stmt{SQL: b.String(), Args: args})
	}
	return stmts, nil
}

// Query implements audit.Querier: the practice's events that q selects, in
// the order they were appended. The practice, patient, actions and time
// range are selected by the database (indexed); the other fields of q are
// matched on the decoded events.
func (s *AuditSink) Query(ctx context.Context, q audit.Query) ([]audit.Event, error) {
	if q.PracticeID == "" {
		return nil, audit.ErrNoPractice
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString("SELECT event FROM {audit_events} WHERE practice_id = $1")
	args := []any{q.PracticeID}
	add := func(cond string, v any) {
		args = append(args, v)
		fmt.Fprintf(&b, cond, len(args))
	}
	if q.PatientID != "" {
		add(" AND patient_id = $%d", q.PatientID)
	}
	if len(q.Actions) > 0 {
		b.WriteString(" AND action IN (")
		for i, a := range q.Actions {
			if i > 0 {
				b.WriteString(", ")
			}
			add("$%d", string(a))
		}
		b.WriteString(")")
	}
	// The time column is truncated to microseconds: select a superset
	// here and let Match draw the exact bounds.
	if !q.From.IsZero() {
		add(" AND time >= $%d", q.From.UnixMicro()-1)
	}
	if !q.To.IsZero() {
		add(" AND time <= $%d", q.To.UnixMicro())
	}
	b.WriteString(" ORDER BY seq")
	var out []audit.Event
	err := each(ctx, s.db.Reader(), b.String(), args, func(r sqldb.Row) error {
		var raw string
		if err := r.Scan(&raw); err != nil {
			return err
		}
		var e audit.Event
		if err := json.Unmarshal([]byte(raw), &e); err != nil {
			return fmt.Errorf("sqlstore: decode audit event: %w", err)
		}
		if q.Match(&e) {
			out = append(out, e)
			if len(out) == q.Limit {
				return errEnough
			}
		}
		return nil
	})
	if err != nil && err != errEnough {
		return nil, wrap(ctx, "query audit events", err)
	}
	return out, nil
}

var _ audit.HeadReader = (*AuditSink)(nil)

// ReadHead implements audit.HeadReader: the Seq and Hash of the last
// event stored, the zero Head when there is none. A Log over the sink
// reads it after a failed batch, whose commit may have been carried out
// although its connection was lost.
func (s *AuditSink) ReadHead(ctx context.Context) (audit.Head, error) {
	var raw string
	err := s.db.Reader().QueryRow(ctx, "SELECT event FROM {audit_events} ORDER BY seq DESC LIMIT 1").Scan(&raw)
	switch {
	case errors.Is(err, sqldb.ErrNoRows):
		return audit.Head{}, nil
	case err != nil:
		return audit.Head{}, wrap(ctx, "read audit head", err)
	}
	var e audit.Event
	if err := json.Unmarshal([]byte(raw), &e); err != nil {
		return audit.Head{}, fmt.Errorf("sqlstore: decode audit event: %w", err)
	}
	return audit.Head{Seq: e.Seq, Hash: e.Hash}, nil
}

// errEnough stops a query's rows early; it is never returned.
var errEnough = errors.New("sqlstore: enough rows")

// Close implements audit.Sink: later Appends return audit.ErrClosed. It
// does not close the DB, which may serve other stores; queries still work.
func (s *AuditSink) Close() error {
	s.closed.Store(true)
	return nil
}
