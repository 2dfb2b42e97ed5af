package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// The ingest benchmarks compare the full pipeline, inbox.Ingest (dedupe
// lookup, contact get-or-create, triage-free routing, one transaction that
// threads and stores the message), with the floor: a bare single-row
// INSERT of the same message row, one commit each, into a table of the
// same shape and indexes. Both run with benchWriters goroutines over the
// same pool, side by side in one run, and report rows/s.
//
//	FRONTDESK_POSTGRES_DSN=... go test -run '^$' -bench Ingest ./inbox/sqlstore/

const benchWriters = 8

const benchBareTable = `CREATE TABLE {bench_messages} (
	seq {seq_pk}, practice_id TEXT NOT NULL, id TEXT NOT NULL, conversation_id TEXT NOT NULL, contact_id TEXT NOT NULL,
	direction TEXT NOT NULL, channel TEXT NOT NULL, provider_id TEXT NOT NULL, type TEXT NOT NULL, raw_type TEXT NOT NULL,
	text TEXT NOT NULL, subject TEXT NOT NULL, payload TEXT NOT NULL, media TEXT NOT NULL, in_reply_to TEXT NOT NULL,
	author_id TEXT NOT NULL, automated BOOLEAN NOT NULL, status TEXT NOT NULL, status_history TEXT NOT NULL,
	error_code TEXT NOT NULL, triage TEXT NOT NULL, handled_by TEXT NOT NULL, created_at BIGINT NOT NULL, sent_at BIGINT,
	ext TEXT NOT NULL, sealed BOOLEAN NOT NULL, UNIQUE (practice_id, id));
CREATE UNIQUE INDEX {@bench_provider} ON {bench_messages} (practice_id, channel, provider_id) WHERE provider_id <> '';
CREATE INDEX {@bench_thread} ON {bench_messages} (practice_id, conversation_id, created_at, seq)`

func benchInbound(i int64) channels.Inbound {
	return channels.Inbound{
		PracticeID: "practice-1", Channel: channels.SMS,
		From:       channels.Address{Kind: channels.AddrPhone, Value: fmt.Sprintf("+1415555%04d", i%benchSenders)},
		ProviderID: fmt.Sprintf("SM%012d", i), Type: channels.TypeText, Text: "Can I move my appointment to Thursday?",
	}
}

// bareExec runs one statement, committed on its own.
type bareExec func(ctx context.Context, stmt string, args ...any) error

// benchIngest alternates rounds of benchRound rows through each path, so
// that both see the same machine load, and reports the rate of each path
// and the pipeline's rate as a percentage of the bare inserts'.
func benchIngest(b *testing.B, db *DB, bare bareExec) {
	b.Helper()
	ctx := b.Context()
	if err := db.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	if err := db.db.Tx(ctx, func(q sqldb.Querier) error { _, err := q.Exec(ctx, benchBareTable); return err }); err != nil {
		b.Fatal(err)
	}
	ib, err := inbox.New(New(db), inbox.Config{})
	if err != nil {
		b.Fatal(err)
	}
	st := New(db)
	insert := db.db.SQL("INSERT INTO {bench_messages} (" + msgCols + ") VALUES (" + placeholders(1, numCols(msgCols)) + ")")
	var seq atomic.Int64
	paths := []struct {
		name string
		op   func() error
	}{
		{"ingest", func() error {
			_, err := ib.Ingest(ctx, benchInbound(seq.Add(1)))
			return err
		}},
		// The store's part alone, without the Inbox's dedupe and contact
		// lookups.
		{"append", func() error {
			_, err := st.AppendMessage(ctx, benchAppend(seq.Add(1)))
			return err
		}},
		{"insert", func() error {
			args, err := st.cr.msgArgs(benchAppend(seq.Add(1)).Message)
			if err != nil {
				return err
			}
			return bare(ctx, insert, args...)
		}},
	}
	// Warm up: the 1000 senders become known contacts with an open
	// conversation, as in a practice's steady state.
	for _, p := range paths[:2] {
		parallel(b, benchSenders, p.op)
	}
	spent := make([]time.Duration, len(paths))
	rows := 0
	b.ReportAllocs()
	for b.Loop() {
		for i, p := range paths {
			spent[i] += parallel(b, benchRound, p.op)
		}
		rows += benchRound
	}
	for i, p := range paths {
		b.ReportMetric(float64(rows)/spent[i].Seconds(), p.name+"-rows/s")
	}
	b.ReportMetric(100*spent[2].Seconds()/spent[0].Seconds(), "ingest-%-of-insert")
}

const benchRound, benchSenders = 400, 1000

func benchAppend(i int64) inbox.AppendParams {
	in := benchInbound(i)
	contact := fmt.Sprintf("contact-%d", i%benchSenders)
	return inbox.AppendParams{
		Message: inbox.Message{PracticeID: in.PracticeID, ID: fmt.Sprintf("msg-%d", i), ContactID: contact,
			Direction: inbox.Inbound, Channel: in.Channel, ProviderID: in.ProviderID, Type: in.Type, Text: in.Text,
			Status: channels.StateReceived, CreatedAt: time.Now()},
		Subject: inbox.SubjectFor("", contact), NewConversationID: fmt.Sprintf("conv-%d", i),
	}
}

// parallel runs op n times from benchWriters goroutines and returns the
// wall time taken.
func parallel(b *testing.B, n int, op func() error) time.Duration {
	var left atomic.Int64
	left.Store(int64(n))
	var wg sync.WaitGroup
	start := time.Now()
	for range benchWriters {
		wg.Go(func() {
			for left.Add(-1) >= 0 {
				if err := op(); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	return time.Since(start)
}

func BenchmarkIngestSQLite(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.db")
	db, err := OpenSQLite(path, Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	// The floor: a plain database/sql handle on the same file, one writer
	// connection, WAL, each INSERT its own transaction.
	plain, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)")
	if err != nil {
		b.Fatal(err)
	}
	plain.SetMaxOpenConns(1)
	b.Cleanup(func() { plain.Close() })
	var prepared sync.Map
	benchIngest(b, db, func(ctx context.Context, stmt string, args ...any) error {
		st, ok := prepared.Load(stmt)
		if !ok {
			p, err := plain.PrepareContext(ctx, stmt)
			if err != nil {
				return err
			}
			st, _ = prepared.LoadOrStore(stmt, p)
		}
		_, err := st.(*sql.Stmt).ExecContext(ctx, args...)
		return err
	})
}

func BenchmarkIngestPostgres(b *testing.B) { benchPostgres(b, Config{}) }

// BenchmarkIngestPostgresGrouped is BenchmarkIngestPostgres with group
// commit and grouped reads (Config.Grouping).
func BenchmarkIngestPostgresGrouped(b *testing.B) { benchPostgres(b, Config{Grouping: true}) }

func benchPostgres(b *testing.B, dbCfg Config) {
	_, schema := pgtest.Schema(b)
	cfg, err := pgxpool.ParseConfig(pgtest.DSN(b))
	if err != nil {
		b.Fatal(err)
	}
	cfg.MaxConns = benchWriters
	pool, err := pgxpool.NewWithConfig(b.Context(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(pool.Close)
	dbCfg.Schema = schema
	db, err := NewPostgres(pool, dbCfg)
	if err != nil {
		b.Fatal(err)
	}
	benchIngest(b, db, func(ctx context.Context, stmt string, args ...any) error {
		_, err := pool.Exec(ctx, stmt, args...)
		return err
	})
}
