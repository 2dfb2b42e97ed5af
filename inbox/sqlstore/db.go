package sqlstore

import (
	"context"
	"embed"
	"errors"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
	"github.com/frontdeskhq/frontdesk/phi"
)

//go:embed migrations
var migrationFS embed.FS

// The migration components Migrate applies, in order. Each is a directory
// of migrations/ with files NNNN_name.sql.
var components = []string{"inbox", "consent", "audit"}

// ErrUnavailable: the database could not be reached or the connection was
// lost mid-operation. Nothing of the operation was committed, unless the
// loss hit the commit itself, when the outcome is unknown; inbound
// deliveries are safe to retry either way, since they are deduplicated.
var ErrUnavailable = sqldb.ErrUnavailable

// ErrDatabase: the database refused an operation for a reason that is not
// a conflict or a lost connection.
var ErrDatabase = sqldb.ErrDatabase

// Error is a failed database operation: errors.Is matches its Kind
// (inbox.ErrConflict, ErrUnavailable, ErrDatabase or a context error), and
// errors.As reaches the driver's error. Its message carries the operation
// and the driver's error code, never stored values.
type Error = sqldb.Error

// Config says where the tables live. The zero value uses the connection's
// default schema and unprefixed table names.
type Config struct {
	// Schema is the PostgreSQL schema for the tables; Migrate creates it
	// when missing. Empty uses the search_path. Not allowed for SQLite.
	Schema string
	// TablePrefix is put before every table and index name (for example
	// "frontdesk_"), so that frontdesk can share a vendor's database.
	// Letters, digits and underscores only.
	TablePrefix string
	// BusyTimeout is how long SQLite waits for another process's write
	// lock; default 5s. Ignored by PostgreSQL.
	BusyTimeout time.Duration

	// Grouping, on PostgreSQL, commits concurrent writes in shared
	// transactions (group commit): the appends of messages onto their
	// subject's open conversation and the AuditSink's batches that arrive
	// while a group is being committed form the next group, one
	// transaction sent in one round trip; each caller returns after the
	// commit that made its write durable; and it sends concurrent
	// single-row reads (GetMessage, FindContact...) in shared pipelines.
	// See the package documentation.
	// It saves round trips, commits and WAL flushes when those are dear
	// (a remote server, synchronous replication, a slow disk) at the cost
	// of a hand-off per call; on a small machine shared with PostgreSQL,
	// where CPU is scarce instead, it measures no faster: compare
	// BenchmarkIngestPostgres and BenchmarkIngestPostgresGrouped before
	// turning it on. SQLite always groups its writes.
	Grouping bool

	// Keyring, when set, seals PHI at rest with envelope encryption (see
	// phi.Keyring), each value bound to its practice, record and column:
	// messages' text, subject, payload, media, triage and extra fields,
	// and contacts' addresses and key; consents store their address's
	// blind index token. Rows written without it are still read; a DB
	// without it cannot read sealed rows (ErrSealed). Requires BlindIndex.
	Keyring *phi.Keyring
	// BlindIndex turns contact keys into the tokens stored in their place,
	// by which FindContact and PutContact look contacts up. Required with
	// Keyring; its key must never change once rows are sealed.
	BlindIndex *phi.BlindIndex
}

// DB is a database holding frontdesk's tables: a PostgreSQL pool or a
// SQLite file. The stores of this package (Store, ConsentStore, AuditSink)
// and the Notifier run on one DB. It is safe for concurrent use.
type DB struct {
	db    *sqldb.DB
	cr    *crypter
	group *committer // PostgreSQL with Config.Grouping
}

// NewPostgres returns a DB over a pgx pool. The pool stays the caller's:
// Close does not close it.
func NewPostgres(pool *pgxpool.Pool, cfg Config) (*DB, error) {
	cr, err := newCrypter(cfg)
	if err != nil {
		return nil, err
	}
	d, err := sqldb.NewPostgres(pool, sqldb.Options{Schema: cfg.Schema, Prefix: cfg.TablePrefix})
	if err != nil {
		return nil, err
	}
	db := &DB{db: d, cr: cr}
	if cfg.Grouping {
		db.group = newCommitter(d)
	}
	return db, nil
}

// OpenSQLite opens or creates the SQLite database file at path, in WAL
// mode with a busy timeout and foreign keys on, writing through a single
// connection. Close closes it.
func OpenSQLite(path string, cfg Config) (*DB, error) {
	cr, err := newCrypter(cfg)
	if err != nil {
		return nil, err
	}
	d, err := sqldb.OpenSQLite(path, sqldb.Options{
		Schema: cfg.Schema, Prefix: cfg.TablePrefix, BusyTimeoutMillis: int(cfg.BusyTimeout.Milliseconds()),
	})
	if err != nil {
		return nil, err
	}
	return &DB{db: d, cr: cr}, nil
}

// Close releases a SQLite database; for PostgreSQL it does nothing.
func (d *DB) Close() error { return d.db.Close() }

// Migrate creates or upgrades every table of this package, applying the
// embedded migrations not yet recorded in the schema_migrations table.
// Call it once at start-up, before using the stores; it is safe when
// several instances start at once (see the package documentation).
func (d *DB) Migrate(ctx context.Context) error {
	for _, c := range components {
		ms, err := sqldb.LoadMigrations(migrationFS, "migrations/"+c)
		if err != nil {
			return err
		}
		if _, err := d.db.Migrate(ctx, c, ms); err != nil {
			return err
		}
	}
	return nil
}

// wrap classifies a driver error for op; a transaction that kept losing
// races is a conflict.
func wrap(ctx context.Context, op string, err error) error {
	if errors.Is(err, sqldb.ErrRetry) {
		return &Error{Op: op, Kind: inbox.ErrConflict, Err: err}
	}
	return sqldb.Wrap(ctx, op, err, inbox.ErrConflict)
}
