package sqlstore

import (
	"cmp"
	"context"
	"errors"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// Group commit of AppendMessage on PostgreSQL. Appends to a subject's
// open conversation (every inbound message) that arrive while a group is
// being written wait for the next one, up to maxAppendGroup. A group is
// one transaction in two round trips plus the commit:
//
//  1. one pipeline of BEGIN and, per append, the SELECT ... FOR UPDATE of
//     the subject's open conversation, in (practice, subject) order so
//     that two groups never deadlock on them;
//  2. in Go, each append's Thread function;
//  3. one pipeline of, per append, SAVEPOINT, the conversation's INSERT or
//     UPDATE and the message's INSERT, then COMMIT.
//
// An append whose statement fails in step 3 (a duplicate delivery, a
// conversation created concurrently, a taken id) is rolled back to its
// savepoint, the rest of the pipeline is sent again, and that append then
// runs on its own as before, carefully (see AppendMessage); so does every
// append of a group that fails before its COMMIT is sent. Each caller
// returns only after the commit that made its message durable; a failed
// COMMIT fails the group's appends with an unknown outcome, as the
// package documentation says of any lost commit.
const (
	// maxAppendGroup stays below PostgreSQL's cache of 64 subtransactions
	// per transaction (one per savepoint), past which snapshots slow down.
	maxAppendGroup = 32
	// appendFlushers groups are written at once, on as many connections.
	appendFlushers = 2
)

// appendJob is one AppendMessage waiting for its group.
type appendJob struct {
	ctx context.Context
	ap  inbox.AppendParams
	res inbox.AppendResult
	err error
	// alone: the group did not store it; AppendMessage runs it on its
	// own, carefully when it lost a race.
	alone, careful bool
	done           chan struct{}

	conv    inbox.Conversation
	created bool
	stmts   [3]sqldb.Stmt
}

func (j *appendJob) key() (string, string) { return j.ap.Message.PracticeID, j.ap.Subject }

// flushAppends writes one group; it answers every job.
func (s *Store) flushAppends(group []*appendJob) {
	defer func() {
		for _, j := range group {
			close(j.done)
		}
	}()
	// One append per subject: a second one waits to run on its own.
	jobs := make([]*appendJob, 0, len(group))
	seen := make(map[[2]string]bool, len(group))
	for _, j := range group {
		p, subj := j.key()
		switch {
		case j.ctx.Err() != nil:
			j.err = j.ctx.Err()
		case seen[[2]string{p, subj}]:
			j.alone = true
		default:
			seen[[2]string{p, subj}] = true
			jobs = append(jobs, j)
		}
	}
	if len(jobs) == 0 {
		return
	}
	slices.SortFunc(jobs, func(a, b *appendJob) int {
		ap, as := a.key()
		bp, bs := b.key()
		return cmp.Or(cmp.Compare(ap, bp), cmp.Compare(as, bs))
	})
	// The group's statements do not use any one caller's context, whose
	// end would roll back the others' work; a caller's context is checked
	// before its append joins the group.
	ctx := context.Background()
	// Waiting for a connection does follow a caller's context: when it
	// ends, every append goes on its own, with its own context.
	c, err := s.db.Pool().Acquire(jobs[0].ctx)
	if err != nil {
		aloneAll(jobs, false)
		return
	}
	defer c.Release()
	committed, err := s.writeGroup(ctx, c, jobs)
	if err == nil || committed {
		return
	}
	// Nothing was committed. A lost connection fails the appends, which
	// the caller may retry (an inbound delivery is deduplicated); any
	// other failure, such as a deadlock, sends each append on its own.
	_, _ = c.Exec(ctx, "ROLLBACK")
	if sqldb.IsUnavailable(err) {
		for _, j := range jobs {
			if j.err == nil && !j.alone {
				j.err, j.res = err, inbox.AppendResult{}
			}
		}
		return
	}
	aloneAll(jobs, false)
}

func aloneAll(jobs []*appendJob, careful bool) {
	for _, j := range jobs {
		if j.err == nil && !j.alone {
			j.alone, j.careful = true, careful
		}
	}
}

// writeGroup runs the group's transaction. It returns committed true when
// COMMIT was sent: then every job of the group has its outcome.
func (s *Store) writeGroup(ctx context.Context, c *pgxpool.Conn, jobs []*appendJob) (bool, error) {
	practices, subjects := make([]string, len(jobs)), make([]string, len(jobs))
	for i, j := range jobs {
		practices[i], subjects[i] = j.key()
	}
	found, err := s.lockGroup(ctx, c, practices, subjects)
	if err != nil {
		return false, err
	}
	var writes []*appendJob
	for _, j := range jobs {
		m := j.ap.Message
		conv, ok := found[[2]string{m.PracticeID, j.ap.Subject}]
		var lookupErr error
		if !ok {
			lookupErr = inbox.ErrNotFound
		}
		if j.conv, j.created, err = applyThread(j.ap, m, conv, lookupErr); err != nil {
			j.err = err
			continue
		}
		if err := j.ctx.Err(); err != nil {
			j.err = err
			continue
		}
		m.ConversationID = j.conv.ID
		margs, err := s.cr.msgArgs(m)
		if err != nil {
			j.err = err
			continue
		}
		cargs, err := convArgs(j.conv)
		if err != nil {
			j.err = err
			continue
		}
		convStmt := sqlUpdateConv
		if j.created {
			convStmt = sqlInsertConv
		}
		j.stmts = [3]sqldb.Stmt{{SQL: "SAVEPOINT fd_append"}, {SQL: convStmt, Args: cargs}, {SQL: sqlInsertMsg, Args: margs}}
		j.res = inbox.AppendResult{Message: m, Conversation: j.conv, Created: j.created}
		writes = append(writes, j)
	}
	for len(writes) > 0 {
		failed, err := s.pipeline(ctx, c, writes)
		if failed < 0 {
			if err != nil {
				// The COMMIT's outcome is unknown.
				for _, j := range writes {
					j.err, j.res = err, inbox.AppendResult{}
				}
			}
			return true, nil
		}
		var nsp errNoSavepoint
		if errors.As(err, &nsp) {
			return false, nsp.err
		}
		// writes[failed] broke; its savepoint undoes it alone.
		j := writes[failed]
		j.alone, j.careful, j.res = true, sqldb.IsConflict(err), inbox.AppendResult{}
		if _, rerr := c.Exec(ctx, "ROLLBACK TO SAVEPOINT fd_append"); rerr != nil {
			return false, rerr
		}
		writes = writes[failed+1:]
	}
	_, err = c.Exec(ctx, "COMMIT")
	if err != nil {
		for _, j := range jobs {
			if !j.alone && j.err == nil {
				j.err, j.res = err, inbox.AppendResult{}
			}
		}
	}
	return true, nil
}

// lockGroup begins the transaction and locks the subjects' open
// conversations, in one round trip.
func (s *Store) lockGroup(ctx context.Context, c *pgxpool.Conn, practices, subjects []string) (map[[2]string]inbox.Conversation, error) {
	b := &pgx.Batch{}
	b.Queue("BEGIN")
	lock := s.db.SQL(sqlOpenConv + "{for_update}")
	for i := range subjects {
		b.Queue(lock, practices[i], subjects[i])
	}
	br := c.SendBatch(ctx, b)
	defer br.Close()
	if _, err := br.Exec(); err != nil {
		return nil, err
	}
	found := make(map[[2]string]inbox.Conversation, len(subjects))
	for range subjects {
		conv, err := scanConv(br.QueryRow())
		switch {
		case errors.Is(err, pgx.ErrNoRows):
		case err != nil:
			return nil, err
		default:
			found[[2]string{conv.PracticeID, conv.Subject}] = conv
		}
	}
	return found, br.Close()
}

// pipeline sends every write of jobs and COMMIT in one round trip. It
// returns -1 when the pipeline ran to the end (err is then the COMMIT's
// error, if any), or the index of the job whose statement failed, with
// the error; the transaction then waits for that job's savepoint to be
// rolled back.
func (s *Store) pipeline(ctx context.Context, c *pgxpool.Conn, jobs []*appendJob) (int, error) {
	b := &pgx.Batch{}
	for _, j := range jobs {
		for _, st := range j.stmts {
			b.Queue(s.db.SQL(st.SQL), st.Args...)
		}
	}
	b.Queue("COMMIT")
	br := c.SendBatch(ctx, b)
	defer br.Close()
	for i := range jobs {
		for k := range 3 {
			if _, err := br.Exec(); err != nil {
				if k == 0 {
					// No savepoint of this job to go back to.
					return i, errNoSavepoint{err}
				}
				return i, err
			}
		}
	}
	_, err := br.Exec()
	if cerr := br.Close(); err == nil {
		err = cerr
	}
	return -1, err
}

// errNoSavepoint: a job's SAVEPOINT itself failed, so the transaction
// cannot be saved by rolling back to it.
type errNoSavepoint struct{ err error }

func (e errNoSavepoint) Error() string { return e.err.Error() }
