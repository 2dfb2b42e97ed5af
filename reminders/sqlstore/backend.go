package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// querier runs statements; the pool, a connection and a transaction all
// do.
type querier interface {
	exec(ctx context.Context, q string, args ...any) (int64, error)
	query(ctx context.Context, q string, args ...any) (rows, error)
	queryRow(ctx context.Context, q string, args ...any) row
}

type rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

type row interface{ Scan(dest ...any) error }

// backend is one dialect's database.
type backend interface {
	querier
	// tx runs fn in a write transaction: READ COMMITTED in PostgreSQL,
	// BEGIN IMMEDIATE (the single writer) in SQLite.
	tx(ctx context.Context, fn func(q querier) error) error
	// lockMigrations runs fn in a transaction that holds the migration
	// lock of key across instances.
	lockMigrations(ctx context.Context, key string, fn func(q querier) error) error
	close()
}

// --- PostgreSQL through pgx ---

type pgQuerier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

type pgQ struct{ q pgQuerier }

func (p pgQ) exec(ctx context.Context, q string, args ...any) (int64, error) {
	tag, err := p.q.Exec(ctx, q, args...)
	return tag.RowsAffected(), err
}

func (p pgQ) query(ctx context.Context, q string, args ...any) (rows, error) {
	return p.q.Query(ctx, q, args...)
}

func (p pgQ) queryRow(ctx context.Context, q string, args ...any) row {
	return p.q.QueryRow(ctx, q, args...)
}

type pgBackend struct {
	pgQ
	pool *pgxpool.Pool
}

func (b *pgBackend) tx(ctx context.Context, fn func(q querier) error) error {
	return pgx.BeginFunc(ctx, b.pool, func(tx pgx.Tx) error { return fn(pgQ{tx}) })
}

func (b *pgBackend) lockMigrations(ctx context.Context, key string, fn func(q querier) error) error {
	return b.tx(ctx, func(q querier) error {
		if _, err := q.exec(ctx, "SELECT pg_advisory_xact_lock(hashtext($1))", key); err != nil {
			return err
		}
		return fn(q)
	})
}

func (b *pgBackend) close() {}

// --- SQLite through database/sql ---

type sqlQuerier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

type sqliteQ struct{ q sqlQuerier }

func (s sqliteQ) exec(ctx context.Context, q string, args ...any) (int64, error) {
	res, err := s.q.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (s sqliteQ) query(ctx context.Context, q string, args ...any) (rows, error) {
	r, err := s.q.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{r}, nil
}

func (s sqliteQ) queryRow(ctx context.Context, q string, args ...any) row {
	return s.q.QueryRowContext(ctx, q, args...)
}

type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { _ = r.Rows.Close() }

type sqliteBackend struct {
	sqliteQ
	db  *sql.DB
	own bool       // close db with the store
	wmu sync.Mutex // one writer per process; BEGIN IMMEDIATE across processes
}

func (b *sqliteBackend) tx(ctx context.Context, fn func(q querier) error) error {
	b.wmu.Lock()
	defer b.wmu.Unlock()
	conn, err := b.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	if err := fn(sqliteQ{conn}); err != nil {
		// A cancelled ctx must not stop the rollback.
		_, _ = conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		return err
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		_, _ = conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		return err
	}
	return nil
}

func (b *sqliteBackend) lockMigrations(ctx context.Context, _ string, fn func(q querier) error) error {
	return b.tx(ctx, fn)
}

func (b *sqliteBackend) close() {
	if b.own {
		_ = b.db.Close()
	}
}

// toSQLite turns PostgreSQL's $N placeholders into SQLite's ?N, leaving
// string literals alone.
func toSQLite(q string) string {
	var sb strings.Builder
	inStr := false
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'':
			inStr = !inStr
		case c == '$' && !inStr && i+1 < len(q) && q[i+1] >= '0' && q[i+1] <= '9':
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			n, _ := strconv.Atoi(q[i+1 : j])
			sb.WriteString("?" + strconv.Itoa(n))
			i = j - 1
			continue
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// isNoRows reports a query that found nothing, from either driver.
func isNoRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) || errors.Is(err, sql.ErrNoRows) }
