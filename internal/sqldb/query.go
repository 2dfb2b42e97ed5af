package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"sync"

	"github.com/jackc/pgx/v5"
)

// ErrNoRows: a QueryRow found nothing, in either dialect.
var ErrNoRows = errors.New("sqlstore: no rows")

// ErrRetry, returned by a transaction function, rolls the transaction back
// and runs the function again in a new one (a lost race on an insert).
var ErrRetry = errors.New("sqlstore: retry transaction")

// MaxAttempts bounds how often a transaction is run after serialization
// failures, deadlocks, busy databases or ErrRetry.
const MaxAttempts = 8

// Querier runs statements, inside a transaction or not. Statements are
// passed through DB.SQL by the Querier.
type Querier interface {
	Exec(ctx context.Context, q string, args ...any) (int64, error)
	Query(ctx context.Context, q string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, q string, args ...any) Row
	// Batch runs the statements in order, in one round trip where the
	// database allows, stopping at the first error, and returns their row
	// counts. In a transaction, commit asks to commit with the batch
	// (PostgreSQL) or is ignored (SQLite, whose writer commits); the
	// batch must then be the transaction function's last statement.
	Batch(ctx context.Context, commit bool, stmts ...Stmt) ([]int64, error)
}

// Rows is a result set; Close must be called.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// Row is a single-row result; Scan returns ErrNoRows when there is none.
type Row interface {
	Scan(dest ...any) error
}

// pgQ runs statements on the pool, each committed on its own.
type pgQ struct{ db *DB }

func (p pgQ) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	tag, err := p.db.pool.Exec(ctx, p.db.SQL(q), args...)
	return tag.RowsAffected(), err
}

func (p pgQ) Query(ctx context.Context, q string, args ...any) (Rows, error) {
	r, err := p.db.pool.Query(ctx, p.db.SQL(q), args...)
	if err != nil {
		return nil, err
	}
	return r, nil
}

func (p pgQ) QueryRow(ctx context.Context, q string, args ...any) Row {
	return pgRow{p.db.pool.QueryRow(ctx, p.db.SQL(q), args...)}
}

func (p pgQ) Batch(ctx context.Context, _ bool, stmts ...Stmt) ([]int64, error) {
	n := make([]int64, len(stmts))
	for i, st := range stmts {
		var err error
		if n[i], err = p.Exec(ctx, st.SQL, st.Args...); err != nil {
			return nil, err
		}
	}
	return n, nil
}

type pgRow struct{ r pgx.Row }

func (r pgRow) Scan(dest ...any) error {
	err := r.r.Scan(dest...)
	if errors.Is(err, pgx.ErrNoRows) {
		return ErrNoRows
	}
	return err
}

// sqlQ runs statements on the SQLite readers, or on the writer's
// connection inside the transaction its goroutine began, through
// statements prepared once (per reader connection, or on the writer's
// connection).
type sqlQ struct {
	db *DB
	h  interface {
		PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
		ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	}
	cache *sync.Map
}

// stmt returns q prepared on the handle.
func (s sqlQ) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	st, ok := s.cache.Load(q)
	if !ok {
		p, err := s.h.PrepareContext(ctx, s.db.SQL(q))
		if err != nil {
			return nil, err
		}
		var loaded bool
		if st, loaded = s.cache.LoadOrStore(q, p); loaded {
			p.Close()
		}
	}
	return st.(*sql.Stmt), nil
}

func (s sqlQ) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	var res sql.Result
	var err error
	if len(args) == 0 {
		// Scripts (migrations) may hold several statements: not prepared.
		res, err = s.h.ExecContext(ctx, s.db.SQL(q))
	} else {
		var st *sql.Stmt
		if st, err = s.stmt(ctx, q); err != nil {
			return 0, err
		}
		res, err = st.ExecContext(ctx, args...)
	}
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (s sqlQ) Query(ctx context.Context, q string, args ...any) (Rows, error) {
	st, err := s.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	r, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{r}, nil
}

func (s sqlQ) QueryRow(ctx context.Context, q string, args ...any) Row {
	st, err := s.stmt(ctx, q)
	if err != nil {
		return errRow{err}
	}
	return sqlRow{st.QueryRowContext(ctx, args...)}
}

func (s sqlQ) Batch(ctx context.Context, _ bool, stmts ...Stmt) ([]int64, error) {
	n := make([]int64, len(stmts))
	for i, st := range stmts {
		var err error
		if n[i], err = s.Exec(ctx, st.SQL, st.Args...); err != nil {
			return nil, err
		}
	}
	return n, nil
}

type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { _ = r.Rows.Close() }

type sqlRow struct{ r *sql.Row }

func (r sqlRow) Scan(dest ...any) error {
	err := r.r.Scan(dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNoRows
	}
	return err
}

// Reader returns a Querier for reads outside a transaction.
func (db *DB) Reader() Querier {
	if db.dialect == Postgres {
		return pgQ{db: db}
	}
	return sqlQ{db: db, h: db.reader, cache: &db.readStmts}
}

// Tx runs fn in a write transaction and commits when it returns nil. It
// runs fn again, in a new transaction, after a serialization failure, a
// deadlock, a busy SQLite database or ErrRetry, at most MaxAttempts times;
// fn must therefore have no effect outside the transaction. Other errors
// roll back and are returned as they are; the caller classifies them.
func (db *DB) Tx(ctx context.Context, fn func(q Querier) error) error {
	var err error
	for range MaxAttempts {
		if err = ctx.Err(); err != nil {
			return err
		}
		err = db.tx(ctx, fn)
		if err == nil || !(errors.Is(err, ErrRetry) || retryable(err)) {
			return err
		}
	}
	return err
}

func (db *DB) tx(ctx context.Context, fn func(q Querier) error) error {
	if db.dialect == Postgres {
		return db.pgTxRun(ctx, fn)
	}
	return db.groupTx(ctx, fn)
}

// Read is one single-row read of ReadBatch. Scan receives its Row, which
// returns ErrNoRows when there is none.
type Read struct {
	SQL  string
	Args []any
	Scan func(Row) error
}

// ReadBatch runs single-row reads outside a transaction and scans each
// in order; on PostgreSQL they travel in one round trip on one pooled
// connection. It returns the first error of a Scan or of the database.
func (db *DB) ReadBatch(ctx context.Context, reads ...Read) error {
	if db.dialect != Postgres {
		q := db.Reader()
		for _, r := range reads {
			if err := r.Scan(q.QueryRow(ctx, r.SQL, r.Args...)); err != nil {
				return err
			}
		}
		return nil
	}
	b := &pgx.Batch{}
	for _, r := range reads {
		b.Queue(db.SQL(r.SQL), r.Args...)
	}
	br := db.pool.SendBatch(ctx, b)
	var first error
	for _, r := range reads {
		if err := r.Scan(pgRow{br.QueryRow()}); err != nil {
			first = err
			break
		}
	}
	if err := br.Close(); first == nil {
		first = err
	}
	return first
}
