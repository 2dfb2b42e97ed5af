package sqlstore

import (
	"cmp"
	"context"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// Group commit on PostgreSQL (Config.Grouping). The writes that arrive
// while a group is being committed form the next group, up to maxGroup:
// the one-statement appends of messages onto their subject's remembered
// open conversation (see appendOnto) and the audit sink's batches. A
// group is one transaction sent in one round trip, one pipeline of
//
//	BEGIN
//	INSERT INTO audit_events ...  (the audit batches, if any)
//	one appendOnto statement per append
//	COMMIT
//
// so that N ingests cost one round trip, one commit and one WAL flush
// between them instead of N, and the audit events of a batch ride in the
// same commit as the next messages instead of a commit of their own. Each
// caller returns only after the COMMIT that made its write durable.
//
// An append whose remembered row has changed stores nothing (its
// statement matches no row) and its caller then runs it on its own, on the
// transactional path; so does a second append to one subject in a group,
// which must see the first one's row. When a statement fails (a duplicate
// delivery or a taken id breaks a unique index, a deadlock...) the server
// skips the rest of the pipeline and nothing of the group is committed:
// every caller then runs its write on its own, the append that broke an
// index carefully, so that it reports the duplicate or the conflict. When
// the connection is lost, the outcome of the COMMIT is unknown and every
// caller of the group gets the error, as for a lost commit of its own.
const (
	// maxGroup bounds the writes of one group.
	maxGroup = 64
	// groupFlushers groups are committed at once, each on a connection
	// of its own: while one waits for its commit the next one fills.
	groupFlushers = 2
)

// groupJob is one write waiting for its group: an append (store and ap
// set) or an audit batch (audit set).
type groupJob struct {
	ctx context.Context

	store *Store
	ap    inbox.AppendParams
	res   inbox.AppendResult
	conv  cachedConv // the threaded row the group writes

	audit []sqldb.Stmt

	err error
	// alone: the group did not write it; its caller writes it on its
	// own, carefully when it broke a unique index.
	alone, careful bool
	done           chan struct{}
}

// committer groups the writes of the stores of one DB.
type committer struct {
	db *sqldb.DB
	g  *sqldb.Grouper[*groupJob]
}

func newCommitter(db *sqldb.DB) *committer {
	c := &committer{db: db}
	c.g = &sqldb.Grouper[*groupJob]{Flush: c.flush, Max: maxGroup, Flushers: groupFlushers}
	return c
}

// do queues j and returns once its group is committed or has left j to
// its caller (j.alone).
func (c *committer) do(j *groupJob) {
	j.done = make(chan struct{})
	c.g.Submit(j)
	<-j.done
}

// flush commits one group; it answers every job.
func (c *committer) flush(group []*groupJob) {
	defer func() {
		for _, j := range group {
			close(j.done)
		}
	}()
	var live context.Context
	var audits, appends []*groupJob
	b := &pgx.Batch{}
	b.Queue("BEGIN")
	for _, j := range group {
		if j.err = j.ctx.Err(); j.err != nil {
			continue
		}
		live = j.ctx
		if j.audit != nil {
			audits = append(audits, j)
			for _, st := range j.audit {
				b.Queue(c.db.SQL(st.SQL), st.Args...)
			}
		}
	}
	auditStmts := b.Len() - 1
	// The appends update their conversations in (practice, subject)
	// order, so that two groups never deadlock on them.
	var pending []*groupJob
	for _, j := range group {
		if j.err == nil && j.store != nil {
			pending = append(pending, j)
		}
	}
	slices.SortStableFunc(pending, func(a, b *groupJob) int {
		return cmp.Or(cmp.Compare(a.ap.Message.PracticeID, b.ap.Message.PracticeID), cmp.Compare(a.ap.Subject, b.ap.Subject))
	})
	seen := make(map[[2]string]bool, len(pending))
	for _, j := range pending {
		m := j.ap.Message
		key := [2]string{m.PracticeID, j.ap.Subject}
		old, ok := j.store.convs.entry(m.PracticeID, j.ap.Subject)
		if !ok || seen[key] {
			j.alone = true
			continue
		}
		seen[key] = true
		o, err := j.store.ontoArgs(j.ap, old)
		if err != nil {
			j.err = err
			continue
		}
		j.res, j.conv = inbox.AppendResult{Message: o.msg, Conversation: o.conv.conv}, o.conv
		appends = append(appends, j)
		q, args := o.statement()
		b.Queue(c.db.SQL(q), args...)
	}
	if len(audits)+len(appends) == 0 {
		return
	}
	b.Queue("COMMIT")
	writes := append(audits, appends...)
	// The group's statements do not use any one caller's context, whose
	// end would roll back the others' writes; a caller's context is
	// checked before it joins the group. Waiting for a connection does
	// follow a caller's: when it ends, every write goes on its own, with
	// its own context.
	conn, err := c.db.Pool().Acquire(live)
	if err != nil {
		leaveAlone(writes, nil)
		return
	}
	defer conn.Release()
	ctx := context.Background()
	br := conn.SendBatch(ctx, b)
	failed, err := readGroup(br, auditStmts, appends)
	if cerr := br.Close(); err == nil {
		err = cerr
	}
	switch {
	case err == nil:
		for _, j := range appends {
			if j.alone {
				j.store.convs.forget(j.ap.Message.PracticeID, j.ap.Subject)
				continue
			}
			j.store.convs.putArgs(j.conv.conv, j.conv.args)
		}
	case sqldb.IsUnavailable(err):
		// The COMMIT may have been carried out: nobody may write again
		// as if it had not.
		for _, j := range writes {
			j.err, j.alone, j.res = err, false, inbox.AppendResult{}
			if j.store != nil {
				j.store.convs.forget(j.ap.Message.PracticeID, j.ap.Subject)
			}
		}
	default:
		// Nothing was committed; the transaction waits for ROLLBACK.
		_, _ = conn.Exec(ctx, "ROLLBACK")
		leaveAlone(writes, failed)
	}
}

// readGroup reads the results of BEGIN and of the auditStmts audit
// statements, then of one statement per append,
// whose caller is left alone when its row had changed, and of COMMIT. It
// returns the append whose statement broke a unique index, if one did,
// and the first error.
func readGroup(br pgx.BatchResults, auditStmts int, appends []*groupJob) (*groupJob, error) {
	for range 1 + auditStmts {
		if _, err := br.Exec(); err != nil {
			return nil, err
		}
	}
	for _, j := range appends {
		tag, err := br.Exec()
		if err != nil {
			if sqldb.IsConflict(err) {
				return j, err
			}
			return nil, err
		}
		if tag.RowsAffected() == 0 {
			j.alone, j.res = true, inbox.AppendResult{}
		}
	}
	_, err := br.Exec()
	return nil, err
}

// leaveAlone hands every write of a group that committed nothing back to
// its caller; failed, if any, broke a unique index.
func leaveAlone(jobs []*groupJob, failed *groupJob) {
	for _, j := range jobs {
		j.alone, j.careful, j.res = true, j == failed, inbox.AppendResult{}
		if j.store != nil {
			j.store.convs.forget(j.ap.Message.PracticeID, j.ap.Subject)
		}
	}
}

// appendGrouped offers ap to the group commit; handled reports whether the
// group settled it (with res or err).
func (s *Store) appendGrouped(ctx context.Context, ap inbox.AppendParams) (res inbox.AppendResult, handled, careful bool, err error) {
	if err := ctx.Err(); err != nil {
		return res, true, false, err
	}
	if _, ok := s.convs.get(ap.Message.PracticeID, ap.Subject); !ok {
		return res, false, false, nil // a new conversation: on its own
	}
	j := &groupJob{ctx: ctx, store: s, ap: ap}
	s.group.do(j)
	if j.alone {
		return res, false, j.careful, nil
	}
	return j.res, true, false, j.err
}
