package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	_ "modernc.org/sqlite" // the "sqlite" database/sql driver of the baseline

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
)

// The bare-insert baseline: a table shaped like sqlstore's messages table
// (same columns, unique keys and thread index), one single-row INSERT per
// message, each its own transaction. It is the floor of any store that
// keeps each message durably when it is acknowledged.
const baselineTable = `CREATE TABLE bench_messages (
	seq %s, practice_id TEXT NOT NULL, id TEXT NOT NULL, conversation_id TEXT NOT NULL, contact_id TEXT NOT NULL,
	direction TEXT NOT NULL, channel TEXT NOT NULL, provider_id TEXT NOT NULL, type TEXT NOT NULL, raw_type TEXT NOT NULL,
	text TEXT NOT NULL, subject TEXT NOT NULL, payload TEXT NOT NULL, media TEXT NOT NULL, in_reply_to TEXT NOT NULL,
	author_id TEXT NOT NULL, automated BOOLEAN NOT NULL, status TEXT NOT NULL, status_history TEXT NOT NULL,
	error_code TEXT NOT NULL, triage TEXT NOT NULL, handled_by TEXT NOT NULL, created_at BIGINT NOT NULL, sent_at BIGINT,
	UNIQUE (practice_id, id))`

var baselineIndexes = []string{
	`CREATE UNIQUE INDEX bench_messages_provider ON bench_messages (practice_id, channel, provider_id) WHERE provider_id <> ''`,
	`CREATE INDEX bench_messages_thread ON bench_messages (practice_id, conversation_id, created_at, seq)`,
}

const baselineColumns = `practice_id, id, conversation_id, contact_id, direction, channel, provider_id, type, raw_type,
	text, subject, payload, media, in_reply_to, author_id, automated, status, status_history, error_code, triage,
	handled_by, created_at, sent_at`

// baselineSeq numbers the baseline's rows.
var baselineSeq atomic.Int64

// baselineArgs are the column values of a new message row of worker w.
func baselineArgs(run string, w int) []any {
	i := int(baselineSeq.Add(1))
	id := messageID(run, w, i)
	now := time.Now().UnixMicro()
	return []any{practiceID, "m-" + id, fmt.Sprintf("conv-%d", (w*7919+i)%senders), fmt.Sprintf("contact-%d", (w*7919+i)%senders),
		"inbound", "whatsapp", id, "text", "", texts[i%len(texts)], "", "", "", "", "", false, "received", "", "",
		"", "", now, now}
}

// insertSQL returns the baseline INSERT with placeholders of the dialect.
func insertSQL(numbered bool) string {
	ph := make([]string, 23)
	for i := range ph {
		ph[i] = "?"
		if numbered {
			ph[i] = fmt.Sprintf("$%d", i+1)
		}
	}
	return "INSERT INTO bench_messages (" + baselineColumns + ") VALUES (" + strings.Join(ph, ", ") + ")"
}

// rounds splits d into this many alternating rounds of pipeline and
// baseline, so that both see the same load on a shared machine.
const rounds = 3

// sideBySide alternates rounds of the pipeline and the baseline and
// returns the sum of each.
func sideBySide(ctx context.Context, s settings, workers int, pipelineOp, baselineOp op) (pipe, base sample, err error) {
	add := func(total *sample, part sample) {
		total.ops += part.ops
		total.elapsed += part.elapsed
		total.mallocs += part.mallocs
		total.cpu += part.cpu
		total.lat = append(total.lat, part.lat...)
	}
	for range rounds {
		p, err := load(ctx, s.duration/rounds, workers, pipelineOp)
		if err != nil {
			return pipe, base, fmt.Errorf("pipeline: %w", err)
		}
		add(&pipe, p)
		b, err := load(ctx, s.duration/rounds, workers, baselineOp)
		if err != nil {
			return pipe, base, fmt.Errorf("baseline: %w", err)
		}
		add(&base, b)
	}
	return pipe, base, nil
}

// warm makes the senders known contacts with an open conversation, as in
// a practice's steady state, before timing starts.
func warm(ctx context.Context, p *pipeline, run string, n int) error {
	ingest := ingestLoad(p, run)
	for i := range n {
		if _, err := ingest(ctx, 0, i); err != nil {
			return err
		}
	}
	return nil
}

// measureIngestSQLite: the full pipeline into inbox/sqlstore on an SQLite
// file, audited into the same database, next to
// bare INSERTs through a plain database/sql handle on the same file.
func measureIngestSQLite(ctx context.Context, r *Report, s settings) error {
	dir, err := os.MkdirTemp(s.tmpDir, "frontdesk-bench-sqlite-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "frontdesk.db")
	db, err := sqlstore.OpenSQLite(path, sqlstore.Config{})
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	plain, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)")
	if err != nil {
		return err
	}
	defer plain.Close()
	plain.SetMaxOpenConns(1)
	for _, stmt := range append([]string{fmt.Sprintf(baselineTable, "INTEGER PRIMARY KEY AUTOINCREMENT")}, baselineIndexes...) {
		if _, err := plain.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	insert, err := plain.PrepareContext(ctx, insertSQL(false))
	if err != nil {
		return err
	}
	defer insert.Close()
	count := func(ctx context.Context, query string, args ...any) (n int, err error) {
		err = plain.QueryRowContext(ctx, query, args...).Scan(&n)
		return n, err
	}
	return ingestSideBySide(ctx, r, s, "ingest_sqlite", db, count, func(ctx context.Context, w, _ int) (int, error) {
		_, err := insert.ExecContext(ctx, baselineArgs("sqlite-base", w)...)
		return 0, err
	})
}

// measureIngestPostgres: the full pipeline into inbox/sqlstore on
// PostgreSQL, in a schema of its own dropped afterwards, next to bare
// INSERTs through the same pool.
func measureIngestPostgres(ctx context.Context, r *Report, s settings) error {
	// A connection per writer, and one for the audit log's flush, so that
	// no ingest waits for a connection.
	pool, drop, err := benchSchema(ctx, s.dsn, s.workersFor(network)+1)
	if err != nil {
		return err
	}
	defer drop()
	db, err := sqlstore.NewPostgres(pool, sqlstore.Config{})
	if err != nil {
		return err
	}
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	for _, stmt := range append([]string{fmt.Sprintf(baselineTable, "BIGSERIAL PRIMARY KEY")}, baselineIndexes...) {
		if _, err := pool.Exec(ctx, stmt); err != nil {
			return err
		}
	}
	insert := insertSQL(true)
	count := func(ctx context.Context, query string, args ...any) (n int, err error) {
		err = pool.QueryRow(ctx, query, args...).Scan(&n)
		return n, err
	}
	return ingestSideBySide(ctx, r, s, "ingest_postgres", db, count, func(ctx context.Context, w, _ int) (int, error) {
		_, err := pool.Exec(ctx, insert, baselineArgs("pg-base", w)...)
		return 0, err
	})
}

// counter runs a query counting rows on a store's database.
type counter func(ctx context.Context, query string, args ...any) (int, error)

// ingestSideBySide measures the pipeline on db against baseline and
// records both under prefix, and checks with count that every message
// the pipeline acknowledged is stored once, with one audit event.
func ingestSideBySide(ctx context.Context, r *Report, s settings, prefix string, db *sqlstore.DB, count counter, baseline op) error {
	// Audited as in production (see the inbox/sqlstore documentation): a
	// chained audit.Log, with signed checkpoints, over the database's
	// audit table, so concurrent ingests share the Log's batches.
	_, priv := benchKey()
	log, err := audit.NewLog(sqlstore.NewAuditSink(db), audit.Config{SigningKey: priv})
	if err != nil {
		return err
	}
	defer log.Close()
	store := sqlstore.New(db)
	p, err := newPipeline(pipelineConfig{Store: store, Audit: log, Classifier: s.classifier, Logger: s.logger})
	if err != nil {
		return err
	}
	run := strings.TrimPrefix(prefix, "ingest_")
	if err := warm(ctx, p, run+"-warm", warmed(s)); err != nil {
		return fmt.Errorf("%s: warm-up: %w", prefix, err)
	}
	pipe, base, err := sideBySide(ctx, s, s.workersFor(network), ingestLoad(p, run), baseline)
	if err != nil {
		return fmt.Errorf("%s: %w", prefix, err)
	}
	r.setSample(prefix, prefix+"_msgs_per_s", prefix+"_allocs_per_msg", pipe)
	r.set(prefix+"_baseline_rows_per_s", base.rate())
	acked := pipe.ops + warmed(s)
	stored, err := count(ctx, "SELECT count(*) FROM messages WHERE practice_id = $1 AND direction = 'inbound'", practiceID)
	r.Checks[prefix+"_every_message_stored_once"] = err == nil && stored == acked
	events, err := count(ctx, "SELECT count(*) FROM audit_events WHERE practice_id = $1 AND action = $2",
		practiceID, string(audit.ActionMessageReceived))
	r.Checks[prefix+"_audit_one_event_per_message"] = err == nil && events == acked
	return nil
}

// warmed is how many messages warm delivers.
func warmed(s settings) int {
	if s.warmup <= 0 {
		return senders
	}
	return s.warmup
}

// benchSchema returns a pool whose connections work in a fresh schema,
// and a function dropping it.
func benchSchema(ctx context.Context, dsn string, conns int) (*pgxpool.Pool, func(), error) {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "frontdesk_bench_" + hex.EncodeToString(b)
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, nil, fmt.Errorf("postgres: %w", err)
	}
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	cfg.MaxConns = int32(max(conns, 4))
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, nil, fmt.Errorf("postgres: %w", err)
	}
	if _, err := pool.Exec(ctx, "CREATE SCHEMA "+pgx.Identifier{schema}.Sanitize()); err != nil {
		pool.Close()
		return nil, nil, fmt.Errorf("postgres: %w", err)
	}
	drop := func() {
		_, _ = pool.Exec(context.Background(), "DROP SCHEMA "+pgx.Identifier{schema}.Sanitize()+" CASCADE")
		pool.Close()
	}
	return pool, drop, nil
}
