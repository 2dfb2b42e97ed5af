package sqldb

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Stmt is one statement of a Batch.
type Stmt struct {
	SQL  string
	Args []any
}

// pgTx is a PostgreSQL transaction that saves round trips: BEGIN travels
// in one pipeline with the first statement, and Batch can carry COMMIT
// with the last writes. Any error before the commit leaves the
// transaction to be rolled back by DB.tx.
type pgTx struct {
	db     *DB
	c      *pgxpool.Conn
	begun  bool
	commit bool // COMMIT was sent in a batch and succeeded
}

func (t *pgTx) begin(ctx context.Context) error {
	if t.begun {
		return nil
	}
	t.begun = true
	_, err := t.c.Exec(ctx, "BEGIN")
	return err
}

func (t *pgTx) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	if !t.begun && len(args) > 0 {
		n, err := t.Batch(ctx, false, Stmt{q, args})
		if err != nil {
			return 0, err
		}
		return n[0], nil
	}
	// A statement without arguments may be a script of several, which
	// only the simple protocol runs: begin on its own first.
	if err := t.begin(ctx); err != nil {
		return 0, err
	}
	tag, err := t.c.Exec(ctx, t.db.SQL(q), args...)
	return tag.RowsAffected(), err
}

func (t *pgTx) Query(ctx context.Context, q string, args ...any) (Rows, error) {
	if err := t.begin(ctx); err != nil {
		return nil, err
	}
	r, err := t.c.Query(ctx, t.db.SQL(q), args...)
	if err != nil {
		return nil, err
	}
	return r, nil
}

func (t *pgTx) QueryRow(ctx context.Context, q string, args ...any) Row {
	if t.begun {
		return pgRow{t.c.QueryRow(ctx, t.db.SQL(q), args...)}
	}
	t.begun = true
	b := &pgx.Batch{}
	b.Queue("BEGIN")
	b.Queue(t.db.SQL(q), args...)
	br := t.c.SendBatch(ctx, b)
	if _, err := br.Exec(); err != nil {
		br.Close()
		return errRow{err}
	}
	return batchRow{br}
}

// batchRow scans the last result of a batch and closes it.
type batchRow struct{ br pgx.BatchResults }

func (r batchRow) Scan(dest ...any) error {
	err := r.br.QueryRow().Scan(dest...)
	cerr := r.br.Close()
	if errors.Is(err, pgx.ErrNoRows) {
		return ErrNoRows
	}
	if err != nil {
		return err
	}
	return cerr
}

// Batch sends the statements in one round trip, after BEGIN if the
// transaction has not begun and followed by COMMIT when commit is set; it
// returns each statement's row count. The first error stops the batch.
// A committed batch must be the transaction function's last statement.
func (t *pgTx) Batch(ctx context.Context, commit bool, stmts ...Stmt) ([]int64, error) {
	b := &pgx.Batch{}
	begin := !t.begun
	if begin {
		b.Queue("BEGIN")
	}
	for _, s := range stmts {
		b.Queue(t.db.SQL(s.SQL), s.Args...)
	}
	if commit {
		b.Queue("COMMIT")
	}
	t.begun = true
	br := t.c.SendBatch(ctx, b)
	defer br.Close()
	if begin {
		if _, err := br.Exec(); err != nil {
			return nil, err
		}
	}
	n := make([]int64, len(stmts))
	for i := range stmts {
		tag, err := br.Exec()
		if err != nil {
			return nil, err
		}
		n[i] = tag.RowsAffected()
	}
	if commit {
		if _, err := br.Exec(); err != nil {
			return nil, err
		}
	}
	if err := br.Close(); err != nil {
		return nil, err
	}
	t.commit = commit
	return n, nil
}

// pgTxRun runs fn in a pgTx and commits, or rolls back on error.
func (db *DB) pgTxRun(ctx context.Context, fn func(q Querier) error) error {
	c, err := db.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	// A connection left inside a transaction (a failed ROLLBACK) is
	// destroyed by the pool on release, never reused.
	defer c.Release()
	t := &pgTx{db: db, c: c}
	if err := fn(t); err != nil {
		if t.begun && !t.commit {
			_, _ = c.Exec(context.WithoutCancel(ctx), "ROLLBACK")
		}
		return err
	}
	if t.commit || !t.begun {
		return nil
	}
	_, err = c.Exec(ctx, "COMMIT")
	return err
}
