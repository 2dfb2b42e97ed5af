package sqlstore

import (
	"cmp"
	"context"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// Audited appends on PostgreSQL (inbox.AuditedAppender). A message that
// joins its subject's remembered open conversation (see appendOnto) is
// threaded by its caller and handed to the audit Log as a rider
// (audit.Log.Ride): the Log's next batch, which it commits one at a time
// in chain order, becomes one transaction sent in one round trip,
//
//	one append statement per rider (riderStatement)
//	INSERT INTO audit_events ...   (the batch's events, chained)
//	Sync
//
// (the extended protocol's implicit transaction: everything before the
// Sync commits at the Sync, or nothing does when a statement failed,
// without the two statements of BEGIN and COMMIT), where the events are
// chained before the transaction is sent, for the batch's own events and
// the riders' "received" events. A rider's
// append fails (a division by zero) instead of storing nothing when its
// remembered row has changed, so that no event is ever committed for a
// message that was not: a failed statement (that, a duplicate delivery
// breaking a unique index, a deadlock...) rolls the whole transaction
// back, and it is chained and sent again without that rider, at most
// maxRiderTries times. A message and the event that records it are thus
// committed together or not at all, the chain stays in commit order, and
// N concurrent ingests share one round trip and one commit instead of a
// commit each plus their share of the audit batches'.
//
// A rider left out (its row changed, it broke a unique index, a second
// rider of its subject was in the batch, its context ended before the
// batch ran) gets audit.ErrNotCarried, and its caller appends on its own
// (AppendMessage, which reports duplicates) and records the event as
// usual. A lost connection fails every caller of the batch with
// ErrUnavailable, the commit's outcome being unknown; the Log then reads
// the head back (AuditSink.ReadHead) before its next batch.

// appendRider is one message riding in an audit batch.
type appendRider struct {
	ctx    context.Context
	store  *Store
	ap     inbox.AppendParams
	events func(inbox.AppendResult) []audit.Event

	// o is the append threaded onto the remembered row of generation
	// gen, and q and args its statement (riderStatement); the sink's
	// flush threads it again if the row was remembered anew since.
	o    onto
	gen  uint64
	q    string
	args []any

	// Set by the flush.
	res  inbox.AppendResult
	xmin string // of the row version the append wrote
}

// thread threads the rider's append onto old, its subject's remembered
// row.
func (r *appendRider) thread(old cachedConv) error {
	o, err := r.store.ontoArgs(r.ap, old)
	if err != nil {
		return err
	}
	r.o, r.gen = o, old.gen
	r.q, r.args = o.riderStatement(old.xmin)
	return nil
}

// Events implements audit.Rider.
func (r *appendRider) Events() []audit.Event { return r.events(r.res) }

var _ inbox.AuditedAppender = (*Store)(nil)

// AppendAudited implements inbox.AuditedAppender. On PostgreSQL, when
// sink is an audit.Log over an AuditSink on the same pool (see Carries)
// and the message joins its subject's open conversation as this Store
// last wrote it, the message and events(result) are committed in the
// Log's next batch (see the package documentation); otherwise, or when
// that write did not apply, it stores nothing and returns an error
// wrapping audit.ErrNotCarried, and the caller appends on its own.
func (s *Store) AppendAudited(ctx context.Context, ap inbox.AppendParams, sink audit.Sink, events func(inbox.AppendResult) []audit.Event) (inbox.AppendResult, error) {
	c, ok := sink.(audit.Carrier)
	m := ap.Message
	if !ok || s.convs == nil || m.ConversationID != "" || events == nil {
		return inbox.AppendResult{}, audit.ErrNotCarried
	}
	if ap.Confirm != nil && (ap.Confirm.PracticeID != m.PracticeID || ap.Confirm.ID != m.ContactID) {
		return inbox.AppendResult{}, audit.ErrNotCarried
	}
	// Threaded here, by the caller, rather than in the Log's flush,
	// which the batch waits for.
	old, ok := s.convs.entry(m.PracticeID, ap.Subject)
	if !ok {
		return inbox.AppendResult{}, audit.ErrNotCarried
	}
	r := &appendRider{ctx: ctx, store: s, ap: ap, events: events}
	if err := r.thread(old); err != nil {
		return inbox.AppendResult{}, audit.ErrNotCarried // AppendMessage reports it
	}
	if err := c.Ride(ctx, r); err != nil {
		return inbox.AppendResult{}, err
	}
	return r.res, nil
}

var _ audit.RiderSink = (*AuditSink)(nil)

// Carries implements audit.RiderSink: the riders of Store.AppendAudited
// on PostgreSQL whose Store works through the same pool as the sink (the
// same DB, or DBs over one pool with their own schema or table prefix,
// as when each instance keeps its own audit chain beside shared inbox
// tables).
func (s *AuditSink) Carries(r audit.Rider) bool {
	ar, ok := r.(*appendRider)
	return ok && s.db.Dialect() == sqldb.Postgres && ar.store.db.Dialect() == sqldb.Postgres &&
		ar.store.db.Pool() == s.db.Pool()
}

// maxRiderTries bounds the transactions AppendRiders tries for one batch:
// each failed one leaves out the rider whose write stopped it.
const maxRiderTries = 3

// AppendRiders implements audit.RiderSink (see Store.AppendAudited): one
// round trip sends BEGIN, each rider's append (riderStatement, which
// fails when it stores nothing), the batch's audit events and COMMIT.
// When a rider's append fails (its row changed, a duplicate delivery, a
// deadlock...) the transaction is rolled back and tried again without
// it; its caller then appends on its own.
func (s *AuditSink) AppendRiders(ctx context.Context, riders []audit.Rider, stamp func([]audit.Rider) ([]audit.Event, error)) error {
	const op = "append audit events"
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.closed.Load() {
		return audit.ErrClosed
	}
	ready := s.prepareRiders(riders)
	for try := 1; ; try++ {
		if try > maxRiderTries {
			forgetRows(ready)
			ready = nil
		}
		written := make([]audit.Rider, len(ready))
		for i, r := range ready {
			written[i] = r
		}
		events, err := stamp(written)
		if err != nil {
			return err
		}
		if len(ready) == 0 {
			return s.appendEvents(ctx, events)
		}
		failed, err := s.commitRiders(ctx, ready, events)
		switch {
		case err == nil:
			for _, r := range ready {
				r.store.convs.putVersion(r.o.conv.conv, r.o.conv.args, r.xmin)
			}
			return nil
		case failed < 0:
			forgetRows(ready)
			return wrap(ctx, op, err)
		}
		r := ready[failed]
		r.store.convs.forget(r.ap.Message.PracticeID, r.ap.Subject)
		ready = slices.Delete(ready, failed, failed+1)
	}
}

// commitRiders runs one transaction of the riders' appends and events.
// When an append failed and the transaction was rolled back, it returns
// that rider's index; otherwise -1, with the error of the transaction.
func (s *AuditSink) commitRiders(ctx context.Context, ready []*appendRider, events []audit.Event) (int, error) {
	// One implicit transaction: the extended protocol runs every
	// statement before the batch's one Sync in a transaction of its own,
	// committed at the Sync, or rolled back there when one failed (and
	// the statements after it were skipped).
	b := &pgx.Batch{}
	for _, r := range ready {
		b.Queue(r.store.db.SQL(r.q), r.args...) // the store's own table names
	}
	if len(events) > 0 {
		stmts, err := s.auditStmts(events)
		if err != nil {
			return -1, err
		}
		b.Queue(s.db.SQL(stmts[0].SQL), stmts[0].Args...)
	}
	conn, err := s.db.Pool().Acquire(ctx)
	if err != nil {
		return -1, err
	}
	defer conn.Release()
	br := conn.SendBatch(ctx, b)
	failed := -1
	// The appends (each returning its row's new xmin), then the events
	// (if any).
	for i := range b.Len() {
		if i < len(ready) {
			var one int64
			if err = br.QueryRow().Scan(&ready[i].xmin, &one); err != nil {
				failed = i
				break
			}
			continue
		}
		if _, err = br.Exec(); err != nil {
			break
		}
	}
	if cerr := br.Close(); err == nil {
		err = cerr
	}
	switch {
	case err == nil:
		return -1, nil
	case sqldb.IsUnavailable(err):
		conn.Conn().Close(ctx) // the COMMIT's outcome is unknown
		return -1, err
	}
	// Nothing was committed: the Sync rolled the transaction back.
	return failed, err
}

// appendEvents stores events on their own, as Append does.
func (s *AuditSink) appendEvents(ctx context.Context, events []audit.Event) error {
	if len(events) == 0 {
		return nil
	}
	stmts, err := s.auditStmts(events)
	if err != nil {
		return err
	}
	return s.insertAlone(ctx, stmts[0])
}

// prepareRiders checks that each rider was threaded onto its subject's
// row as remembered now (threading it again if not) and returns those
// that can run, in (practice, subject) order so that two
// transactions never deadlock on their rows; the others (a context ended,
// no remembered row, a second rider of one subject) are left out and so
// do not apply.
func (s *AuditSink) prepareRiders(riders []audit.Rider) []*appendRider {
	ready := make([]*appendRider, 0, len(riders))
	for _, r := range riders {
		ar := r.(*appendRider)
		if ar.ctx.Err() == nil {
			ready = append(ready, ar)
		}
	}
	slices.SortStableFunc(ready, func(a, b *appendRider) int {
		return cmp.Or(cmp.Compare(a.ap.Message.PracticeID, b.ap.Message.PracticeID), cmp.Compare(a.ap.Subject, b.ap.Subject))
	})
	out := ready[:0]
	for i, r := range ready {
		m := r.ap.Message
		if i > 0 && ready[i-1].ap.Message.PracticeID == m.PracticeID && ready[i-1].ap.Subject == r.ap.Subject {
			continue
		}
		gen, ok := r.store.convs.gen(m.PracticeID, r.ap.Subject)
		if !ok {
			continue
		}
		if gen != r.gen {
			// Another append wrote the row since the rider was made.
			old, ok := r.store.convs.entry(m.PracticeID, r.ap.Subject)
			if !ok || r.thread(old) != nil {
				continue // AppendMessage reports a threading error
			}
		}
		r.res = inbox.AppendResult{Message: r.o.msg, Conversation: r.o.conv.conv}
		out = append(out, r)
	}
	return out
}

// forgetRows forgets the remembered rows of riders whose writes were not
// committed, or whose commit's outcome is unknown.
func forgetRows(riders []*appendRider) {
	for _, r := range riders {
		r.store.convs.forget(r.ap.Message.PracticeID, r.ap.Subject)
	}
}
