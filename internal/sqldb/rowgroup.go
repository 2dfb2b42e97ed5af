package sqldb

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
)

// Single-row reads on PostgreSQL are grouped like appends: the reads of
// concurrent callers travel in one pipeline on one connection, which saves
// the pool checkout, the system calls and the server's wake-ups of a round
// trip each. Each caller waits for its own result; a read is never
// answered from another's.
const (
	maxRowGroup = 64
	rowFlushers = 2
)

// rowJob is one QueryRow waiting for its group.
type rowJob struct {
	ctx  context.Context
	sql  string
	args []any
	dest []any
	err  error
	done chan struct{}
}

// RowReader returns a Querier for reads outside a transaction whose
// QueryRow results, on PostgreSQL, are read in groups with other callers'
// (see Reader for the rest).
func (db *DB) RowReader() Querier {
	if db.dialect != Postgres {
		return db.Reader()
	}
	return groupRowQ{pgQ{db: db}}
}

type groupRowQ struct{ pgQ }

func (g groupRowQ) QueryRow(ctx context.Context, q string, args ...any) Row {
	return groupRow{db: g.db, ctx: ctx, sql: g.db.SQL(q), args: args}
}

// groupRow runs its query when scanned.
type groupRow struct {
	db   *DB
	ctx  context.Context
	sql  string
	args []any
}

func (r groupRow) Scan(dest ...any) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	r.db.rowsOnce.Do(func() {
		r.db.rows = &Grouper[*rowJob]{Flush: r.db.flushRows, Max: maxRowGroup, Flushers: rowFlushers}
	})
	j := &rowJob{ctx: r.ctx, sql: r.sql, args: r.args, dest: dest, done: make(chan struct{})}
	r.db.rows.Submit(j)
	<-j.done
	if errors.Is(j.err, pgx.ErrNoRows) {
		return ErrNoRows
	}
	return j.err
}

// flushRows reads one group in one pipeline. After a statement fails the
// server skips the rest of the pipeline: those reads run on their own.
func (db *DB) flushRows(jobs []*rowJob) {
	defer func() {
		for _, j := range jobs {
			close(j.done)
		}
	}()
	live := jobs[:0:0]
	for _, j := range jobs {
		if j.err = j.ctx.Err(); j.err == nil {
			live = append(live, j)
		}
	}
	if len(live) == 0 {
		return
	}
	ctx := context.Background()
	c, err := db.pool.Acquire(live[0].ctx)
	if err != nil {
		for _, j := range live {
			j.err = db.pool.QueryRow(j.ctx, j.sql, j.args...).Scan(j.dest...)
		}
		return
	}
	defer c.Release()
	b := &pgx.Batch{}
	for _, j := range live {
		b.Queue(j.sql, j.args...)
	}
	br := c.SendBatch(ctx, b)
	failed := len(live)
	for i, j := range live {
		j.err = br.QueryRow().Scan(j.dest...)
		var pe interface{ SQLState() string }
		if j.err != nil && !errors.Is(j.err, pgx.ErrNoRows) && errors.As(j.err, &pe) {
			failed = i + 1
			break
		}
	}
	if err := br.Close(); err != nil && failed == len(live) {
		for _, j := range live {
			if j.err == nil {
				j.err = err
			}
		}
	}
	for _, j := range live[failed:] {
		j.err = c.QueryRow(j.ctx, j.sql, j.args...).Scan(j.dest...)
	}
}
