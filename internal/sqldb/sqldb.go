// Package sqldb is the plumbing the SQL stores share: one DB type over a
// pgx pool (PostgreSQL) or a pair of database/sql handles (SQLite), the same
// SQL text for both dialects, table-name templating for a schema and table
// prefix, write transactions with retries, embedded migrations and the
// mapping of driver errors to typed errors.
//
// Statements use $1, $2... placeholders (SQLite accepts them too) and name
// tables as {name}, replaced by the qualified, prefixed table; {@name}
// becomes a prefixed index name, {for_update} a row lock in PostgreSQL and
// nothing in SQLite (whose single writer already serialises writes),
// {binary} a byte-order collation and {seq_pk} an auto-numbered key.
package sqldb

import (
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// Dialect is the SQL database behind a DB.
type Dialect int

// The dialects.
const (
	Postgres Dialect = iota + 1
	SQLite
)

// String returns "postgres" or "sqlite".
func (d Dialect) String() string {
	switch d {
	case Postgres:
		return "postgres"
	case SQLite:
		return "sqlite"
	}
	return "unknown"
}

// Options name where the tables live.
type Options struct {
	// Schema is the PostgreSQL schema holding the tables; empty uses the
	// connection's search_path. SQLite has no schemas and refuses one.
	Schema string
	// Prefix is put before every table and index name, for example
	// "frontdesk_". It must be letters, digits and underscores.
	Prefix string
	// BusyTimeoutMillis is how long SQLite waits for a lock held by another
	// process before failing; default 5000.
	BusyTimeoutMillis int
}

// DB runs the stores' SQL on either dialect. It is safe for concurrent use.
type DB struct {
	dialect Dialect
	opts    Options
	pool    *pgxpool.Pool
	writer  *sql.DB  // SQLite: one connection, so one writer at a time
	reader  *sql.DB  // SQLite: concurrent readers (WAL)
	stmts   sync.Map // statement text -> dialect's text

	// SQLite: the readers' prepared statements, by statement text (the
	// writer's belong to its goroutine).
	readStmts sync.Map

	// SQLite's writer goroutine; see groupTx.
	jobs        chan *job
	quit        chan struct{}
	stopped     chan struct{}
	startWriter sync.Once
	closeOnce   sync.Once

	// PostgreSQL: grouped single-row reads; see RowReader.
	rowsOnce sync.Once
	rows     *Grouper[*rowJob]
}

// NewPostgres returns a DB over pool. Closing the DB does not close the
// pool, which belongs to the caller.
func NewPostgres(pool *pgxpool.Pool, opts Options) (*DB, error) {
	if pool == nil {
		return nil, errors.New("sqlstore: nil pool")
	}
	if err := checkName(opts.Prefix, true); err != nil {
		return nil, err
	}
	if err := checkName(opts.Schema, true); err != nil {
		return nil, err
	}
	return &DB{dialect: Postgres, opts: opts, pool: pool}, nil
}

// walAttempts bounds the retries of a writer connection refused while
// another process turns WAL on.
const walAttempts = 1000

// OpenSQLite opens (creating if needed) the SQLite database file at path in
// WAL mode with a busy timeout and foreign keys on. Writes go through one
// connection, so they never contend with each other inside the process;
// reads use a pool of read-only connections.
func OpenSQLite(path string, opts Options) (*DB, error) {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil, errors.New("sqlstore: sqlite needs a plain file path")
	}
	if opts.Schema != "" {
		return nil, errors.New("sqlstore: sqlite has no schemas; use a table prefix")
	}
	if err := checkName(opts.Prefix, true); err != nil {
		return nil, err
	}
	if opts.BusyTimeoutMillis <= 0 {
		opts.BusyTimeoutMillis = 5000
	}
	dsn := func(readOnly bool) string {
		q := url.Values{}
		q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opts.BusyTimeoutMillis))
		q.Add("_pragma", "foreign_keys(1)")
		if readOnly {
			q.Add("_pragma", "query_only(1)")
		} else {
			q.Add("_pragma", "journal_mode(WAL)")
			q.Set("_txlock", "immediate")
		}
		return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	}
	w, err := sql.Open("sqlite", dsn(false))
	if err != nil {
		return nil, fmt.Errorf("sqlstore: open sqlite: %w", err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	// Open the writer first: it creates the file and turns WAL on before a
	// read-only connection looks at it. Turning WAL on needs an exclusive
	// lock, which SQLite refuses at once, without waiting out the busy
	// timeout, when another process is turning it on too (waiting could
	// deadlock): try again, a bounded number of times.
	err = w.Ping()
	for i := 0; i < walAttempts && IsRetryable(err); i++ {
		runtime.Gosched()
		err = w.Ping()
	}
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlstore: open sqlite: %w", err)
	}
	r, err := sql.Open("sqlite", dsn(true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlstore: open sqlite: %w", err)
	}
	r.SetMaxOpenConns(4)
	return &DB{dialect: SQLite, opts: opts, writer: w, reader: r,
		jobs: make(chan *job), quit: make(chan struct{}), stopped: make(chan struct{})}, nil
}

// Close stops the SQLite writer, after the group it is committing, and
// closes the SQLite handles; for PostgreSQL it does nothing.
func (db *DB) Close() error {
	if db.dialect != SQLite {
		return nil
	}
	db.closeOnce.Do(func() {
		close(db.quit)
		db.startWriter.Do(func() { close(db.stopped) }) // never started
		<-db.stopped
	})
	db.readStmts.Range(func(_, v any) bool { v.(*sql.Stmt).Close(); return true })
	return errors.Join(db.reader.Close(), db.writer.Close())
}

// Dialect returns the database's dialect.
func (db *DB) Dialect() Dialect { return db.dialect }

// Pool returns the pgx pool, nil for SQLite.
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

// Options returns the options the DB was made with.
func (db *DB) Options() Options { return db.opts }

func checkName(s string, emptyOK bool) error {
	if s == "" && emptyOK {
		return nil
	}
	if s == "" || len(s) > 40 {
		return fmt.Errorf("sqlstore: bad identifier length %d", len(s))
	}
	for _, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return fmt.Errorf("sqlstore: identifier %q: only letters, digits and underscores", s)
		}
	}
	return nil
}

// Table returns the quoted, qualified name of table name.
func (db *DB) Table(name string) string {
	if db.opts.Schema != "" {
		return pgx.Identifier{db.opts.Schema, db.opts.Prefix + name}.Sanitize()
	}
	return pgx.Identifier{db.opts.Prefix + name}.Sanitize()
}

// SQL rewrites a statement's {table}, {@index} and {for_update} tokens for
// this DB. Results are cached, so call it freely on hot paths.
func (db *DB) SQL(q string) string {
	if s, ok := db.stmts.Load(q); ok {
		return s.(string)
	}
	var b strings.Builder
	rest := q
	for {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			b.WriteString(rest)
			break
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:i])
		tok := rest[i+1 : i+j]
		switch {
		case tok == "for_update":
			if db.dialect == Postgres {
				b.WriteString(" FOR UPDATE")
			}
		case tok == "seq_pk":
			if db.dialect == Postgres {
				b.WriteString("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
			} else {
				b.WriteString("INTEGER PRIMARY KEY")
			}
		case tok == "binary":
			if db.dialect == Postgres {
				b.WriteString(`COLLATE "C"`)
			}
		case strings.HasPrefix(tok, "@"):
			b.WriteString(pgx.Identifier{db.opts.Prefix + tok[1:]}.Sanitize())
		default:
			b.WriteString(db.Table(tok))
		}
		rest = rest[i+j+1:]
	}
	s := b.String()
	db.stmts.Store(q, s)
	return s
}
