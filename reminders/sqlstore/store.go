package sqlstore

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"modernc.org/sqlite"

	"github.com/frontdeskhq/frontdesk/reminders"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DefaultPrefix is the table prefix when Config.Prefix is empty.
const DefaultPrefix = "fd_"

// Errors of package sqlstore, besides the reminders sentinels the Store
// methods return.
var (
	// ErrDatabase: the database failed or refused an operation. The
	// *Error carrying it names the operation and the database's code.
	ErrDatabase = errors.New("reminders/sqlstore: database error")
	// ErrSchema: the schema is older than this code (call Migrate) or
	// newer (upgrade the code), or the prefix is malformed.
	ErrSchema = errors.New("reminders/sqlstore: schema mismatch")
)

// Error is a failed database operation. Its message names the operation
// and the database's error code, never the driver's text, which can quote
// stored values; the driver error is reachable with errors.As. errors.Is
// matches ErrDatabase, or the context's error when the context ended.
type Error struct {
	Op   string
	Code string
	Err  error
	kind error
}

// Error returns "reminders/sqlstore: <op>: database error (code <code>)".
func (e *Error) Error() string {
	s := "reminders/sqlstore: " + e.Op + ": " + strings.TrimPrefix(e.kind.Error(), "reminders/sqlstore: ")
	if e.Code != "" {
		s += " (code " + e.Code + ")"
	}
	return s
}

// Unwrap returns the kind (ErrDatabase or a context error) and the
// driver's error.
func (e *Error) Unwrap() []error { return []error{e.kind, e.Err} }

// Config configures a Store. The zero value works: tables named with
// DefaultPrefix.
type Config struct {
	// Prefix is put before every table and index name, so that frontdesk
	// can share a vendor's database (and, in PostgreSQL, the search_path
	// picks the schema). Lower-case letters, digits and underscores.
	// Default DefaultPrefix.
	Prefix string
}

// Store is a reminders.Store and reminders.WaitlistStore on PostgreSQL or
// SQLite. It is safe for concurrent use, and several Stores (in one
// process or many) may share one database.
type Store struct {
	db     backend
	pg     bool
	prefix string
	stmts  sync.Map // raw SQL -> SQL for this dialect and prefix
	// completes groups concurrent Complete calls into one commit.
	completes completeGroup
}

var (
	_ reminders.Store         = (*Store)(nil)
	_ reminders.WaitlistStore = (*Store)(nil)
)

var prefixRE = regexp.MustCompile(`^[a-z][a-z0-9_]{0,30}$`)

func newStore(db backend, pg bool, cfg Config) (*Store, error) {
	if cfg.Prefix == "" {
		cfg.Prefix = DefaultPrefix
	}
	if !prefixRE.MatchString(cfg.Prefix) {
		return nil, fmt.Errorf("%w: prefix %q: want a lower-case letter, then letters, digits or underscores", ErrSchema, cfg.Prefix)
	}
	return &Store{db: db, pg: pg, prefix: cfg.Prefix}, nil
}

// NewPostgres returns a Store on a pgx pool. The pool stays the caller's
// to close.
func NewPostgres(pool *pgxpool.Pool, cfg Config) (*Store, error) {
	if pool == nil {
		return nil, fmt.Errorf("%w: nil pool", reminders.ErrInvalid)
	}
	return newStore(&pgBackend{pgQ: pgQ{pool}, pool: pool}, true, cfg)
}

// NewSQLite returns a Store on a database/sql handle of the
// modernc.org/sqlite driver. The handle stays the caller's to close; it
// should have WAL mode and a busy timeout (OpenSQLite sets both).
func NewSQLite(db *sql.DB, cfg Config) (*Store, error) {
	if db == nil {
		return nil, fmt.Errorf("%w: nil database", reminders.ErrInvalid)
	}
	return newStore(&sqliteBackend{sqliteQ: sqliteQ{db}, db: db}, false, cfg)
}

// OpenSQLite opens (creating if needed) the SQLite database file at path
// with WAL journaling, a 10-second busy timeout and synchronous=NORMAL,
// and returns a Store on it that Close closes.
func OpenSQLite(ctx context.Context, path string, cfg Config) (*Store, error) {
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, &Error{Op: "open", Err: err, kind: ErrDatabase}
	}
	s, err := NewSQLite(db, cfg)
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	// Open one connection now, so that the switch of the file to WAL (the
	// one step the busy timeout does not cover) happens here, once, and
	// not under concurrent transactions later.
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close()
		return nil, &Error{Op: "open", Err: err, kind: ErrDatabase}
	}
	s.db.(*sqliteBackend).own = true
	return s, nil
}

// Close releases what the Store opened itself (the OpenSQLite database);
// a pool or handle passed in stays open.
func (s *Store) Close() error {
	s.db.close()
	return nil
}

// sql returns q for this Store: {p} replaced by the prefix, and the
// placeholders of the dialect.
func (s *Store) sql(q string) string {
	if v, ok := s.stmts.Load(q); ok {
		return v.(string)
	}
	out := strings.ReplaceAll(q, "{p}", s.prefix)
	if !s.pg {
		out = toSQLite(out)
	}
	s.stmts.Store(q, out)
	return out
}

// wrap classifies a driver error of operation op. The store's own
// sentinels and the caller's errors pass unchanged.
func (s *Store) wrap(ctx context.Context, op string, err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) || errors.Is(err, reminders.ErrNotFound) || errors.Is(err, reminders.ErrLeaseLost) ||
		errors.Is(err, reminders.ErrInvalid) || errors.Is(err, reminders.ErrOfferClosed) {
		return err
	}
	out := &Error{Op: op, Err: err, kind: ErrDatabase}
	var pe *pgconn.PgError
	var se *sqlite.Error
	switch {
	case errors.As(err, &pe):
		out.Code = pe.Code
	case errors.As(err, &se):
		out.Code = strconv.Itoa(se.Code())
	}
	if ctx.Err() != nil {
		out.kind = ctx.Err()
	} else if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		out.kind = context.Cause(ctx)
		if out.kind == nil {
			out.kind = context.Canceled
		}
	}
	return out
}

// Migrate brings the schema up to date, applying in order every embedded
// migration not yet applied, each recorded in {prefix}reminder_schema
// (one whose name ends in .postgres.sql runs in PostgreSQL only, and is
// recorded without running in SQLite). It
// is safe to call from many instances at once: they take turns on a lock
// (a PostgreSQL advisory lock, SQLite's single writer), and the later ones
// find nothing left to do.
func (s *Store) Migrate(ctx context.Context) error {
	files, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(files)
	err = s.db.lockMigrations(ctx, "frontdesk-reminders:"+s.prefix, func(q querier) error {
		if _, err := q.exec(ctx, s.sql(`CREATE TABLE IF NOT EXISTS {p}reminder_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`)); err != nil {
			return err
		}
		applied := map[int]bool{}
		rs, err := q.query(ctx, s.sql(`SELECT version FROM {p}reminder_schema`))
		if err != nil {
			return err
		}
		for rs.Next() {
			var v int
			if err := rs.Scan(&v); err != nil {
				rs.Close()
				return err
			}
			applied[v] = true
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return err
		}
		for _, f := range files {
			name := strings.TrimPrefix(f, "migrations/")
			v, err := strconv.Atoi(strings.SplitN(name, "_", 2)[0])
			if err != nil {
				return fmt.Errorf("%w: migration %s has no version", ErrSchema, name)
			}
			if applied[v] {
				continue
			}
			// A migration of one dialect only is recorded in the other
			// as applied, so that versions mean the same in both.
			if strings.HasSuffix(name, pgOnly) && !s.pg {
				if _, err := q.exec(ctx, s.sql(`INSERT INTO {p}reminder_schema (version, name) VALUES ($1, $2)`), v, name); err != nil {
					return err
				}
				continue
			}
			body, err := migrations.ReadFile(f)
			if err != nil {
				return err
			}
			for _, stmt := range strings.Split(stripComments(string(body)), ";") {
				if strings.TrimSpace(stmt) == "" {
					continue
				}
				if _, err := q.exec(ctx, strings.ReplaceAll(stmt, "{p}", s.prefix)); err != nil {
					return err
				}
			}
			if _, err := q.exec(ctx, s.sql(`INSERT INTO {p}reminder_schema (version, name) VALUES ($1, $2)`), v, name); err != nil {
				return err
			}
		}
		return nil
	})
	return s.wrap(ctx, "migrate", err)
}

// pgOnly ends the name of a migration that only PostgreSQL runs.
const pgOnly = ".postgres.sql"

// stripComments drops the whole-line comments of a migration, so that
// its statements can be split at semicolons.
func stripComments(body string) string {
	var sb strings.Builder
	for _, line := range strings.Split(body, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "--") {
			sb.WriteString(line + "\n")
		}
	}
	return sb.String()
}
