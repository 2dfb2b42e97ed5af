package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"sync"
)

// maxGroup bounds how many SQLite transactions share one commit.
const maxGroup = 128

// ErrClosed: the DB was closed.
var ErrClosed = errors.New("sqlstore: database closed")

// job is one transaction function waiting for the SQLite writer.
type job struct {
	ctx  context.Context
	fn   func(Querier) error
	done chan error
}

// groupTx runs fn on the SQLite writer goroutine, which groups the
// transactions queued while it was busy into one database transaction,
// one SAVEPOINT each: a function's error rolls back its own work only,
// and every function's work is durable when groupTx returns nil, after
// the shared COMMIT. One fsync then covers the whole group (group commit).
func (db *DB) groupTx(ctx context.Context, fn func(Querier) error) error {
	db.startWriter.Do(func() { go db.writeLoop() })
	j := &job{ctx: ctx, fn: fn, done: make(chan error, 1)}
	select {
	case db.jobs <- j:
	case <-db.quit:
		return ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	// Once queued the job is always answered; waiting for the answer
	// keeps "returned nil" meaning "committed".
	return <-j.done
}

// writeLoop owns the writer connection and its prepared statements.
func (db *DB) writeLoop() {
	defer close(db.stopped)
	var stmts sync.Map
	conn, connErr := db.writer.Conn(context.Background())
	defer func() {
		stmts.Range(func(_, v any) bool { v.(*sql.Stmt).Close(); return true })
		if conn != nil {
			conn.Close()
		}
	}()
	for {
		var batch []*job
		select {
		case j := <-db.jobs:
			batch = append(batch, j)
		case <-db.quit:
			return
		}
	drain:
		for len(batch) < maxGroup {
			select {
			case j := <-db.jobs:
				batch = append(batch, j)
			default:
				break drain
			}
		}
		var errs []error
		if connErr != nil {
			errs = failAll(len(batch), connErr)
		} else {
			errs = db.runGroup(conn, &stmts, batch)
		}
		for i, j := range batch {
			j.done <- errs[i]
		}
	}
}

// runGroup runs the batch in one transaction and returns each job's
// outcome.
//
// The transaction is driven by hand (BEGIN IMMEDIATE ... COMMIT on the
// writer's connection) rather than through a *sql.Tx: database/sql
// prepares a connection's statement again for every use inside a Tx
// (Tx.StmtContext), whereas on the bare connection the statements
// prepared once, savepoints included, are reused.
func (db *DB) runGroup(conn *sql.Conn, stmts *sync.Map, batch []*job) []error {
	errs := make([]error, len(batch))
	fail := func(err error) []error { return failAll(len(batch), err) }
	// The group's statements never use a job's context: cancelling one
	// would interrupt, and so roll back, the whole group. groupQ checks
	// the job's context before each statement instead.
	bg := context.Background()
	q := sqlQ{db: db, h: conn, cache: stmts}
	exec := func(stmt string) error {
		st, err := q.stmt(bg, stmt)
		if err == nil {
			_, err = st.ExecContext(bg)
		}
		return err
	}
	abort := func(err error) []error {
		_ = exec("ROLLBACK")
		return fail(err)
	}
	if err := exec("BEGIN IMMEDIATE"); err != nil {
		return fail(err)
	}
	// A lone job needs no savepoint: its error rolls back the group.
	alone := len(batch) == 1
	for i, j := range batch {
		if err := j.ctx.Err(); err != nil {
			errs[i] = err
			continue
		}
		if alone {
			if errs[i] = j.fn(groupQ{sqlQ: q, ctx: j.ctx}); errs[i] != nil {
				_ = exec("ROLLBACK")
				return errs
			}
			continue
		}
		if err := exec("SAVEPOINT fd_job"); err != nil {
			return abort(err)
		}
		errs[i] = j.fn(groupQ{sqlQ: q, ctx: j.ctx})
		if errs[i] != nil {
			if err := exec("ROLLBACK TO fd_job"); err != nil {
				return abort(err)
			}
		}
		if err := exec("RELEASE fd_job"); err != nil {
			return abort(err)
		}
	}
	if err := exec("COMMIT"); err != nil {
		return abort(err)
	}
	return errs
}

func failAll(n int, err error) []error {
	errs := make([]error, n)
	for i := range errs {
		errs[i] = err
	}
	return errs
}

// groupQ runs a job's statements in the group's transaction, with the
// group's context, after checking the job's.
type groupQ struct {
	sqlQ
	ctx context.Context
}

func (g groupQ) Exec(_ context.Context, q string, args ...any) (int64, error) {
	if err := g.ctx.Err(); err != nil {
		return 0, err
	}
	return g.sqlQ.Exec(context.Background(), q, args...)
}

func (g groupQ) Query(_ context.Context, q string, args ...any) (Rows, error) {
	if err := g.ctx.Err(); err != nil {
		return nil, err
	}
	return g.sqlQ.Query(context.Background(), q, args...)
}

func (g groupQ) QueryRow(_ context.Context, q string, args ...any) Row {
	if err := g.ctx.Err(); err != nil {
		return errRow{err}
	}
	return g.sqlQ.QueryRow(context.Background(), q, args...)
}

func (g groupQ) Batch(_ context.Context, _ bool, stmts ...Stmt) ([]int64, error) {
	n := make([]int64, len(stmts))
	for i, st := range stmts {
		var err error
		if n[i], err = g.Exec(g.ctx, st.SQL, st.Args...); err != nil {
			return nil, err
		}
	}
	return n, nil
}

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }
