package sqlstore_test

import (
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/audit/audittest"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

// dialects runs fn as a subtest on SQLite and, when configured, on
// PostgreSQL, each with a fresh migrated DB.
func dialects(t *testing.T, fn func(t *testing.T, newDB func(testing.TB) *sqlstore.DB)) {
	t.Run("SQLite", func(t *testing.T) {
		t.Parallel()
		fn(t, newSQLite)
	})
	t.Run("Postgres", func(t *testing.T) {
		t.Parallel()
		pgtest.DSN(t)
		fn(t, newPostgres)
	})
}

func TestConsentConformance(t *testing.T) {
	t.Parallel()
	dialects(t, func(t *testing.T, newDB func(testing.TB) *sqlstore.DB) {
		channeltest.RunConsentStore(t, func(t *testing.T) channels.ConsentStore { return sqlstore.NewConsentStore(newDB(t)) })
	})
}

func TestAuditConformance(t *testing.T) {
	t.Parallel()
	dialects(t, func(t *testing.T, newDB func(testing.TB) *sqlstore.DB) {
		audittest.Run(t, func(t *testing.T) audit.Sink { return sqlstore.NewAuditSink(newDB(t)) })
	})
}

// TestAuditLogWithCheckpoints chains events through an audit.Log with a
// signing key into the SQL sink: the checkpoints (events of no practice)
// are stored, the whole chain read back verifies against the key and a
// trusted checkpoint, and a row changed in the table is detected.
func TestAuditLogWithCheckpoints(t *testing.T) {
	t.Parallel()
	pub, key, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	dialects(t, func(t *testing.T, newDB func(testing.TB) *sqlstore.DB) {
		db := newDB(t)
		lg, err := audit.NewLog(sqlstore.NewAuditSink(db), audit.Config{SigningKey: key, CheckpointEvery: 4})
		if err != nil {
			t.Fatal(err)
		}
		for i := range 10 {
			if err := lg.Append(t.Context(), audittest.Event("p1", i), audittest.Event("p2", i)); err != nil {
				t.Fatal(err)
			}
		}
		cp, err := lg.Checkpoint(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if err := lg.Close(); err != nil {
			t.Fatal(err)
		}
		chain := sqlstore.AuditChainForTest(t, db)
		res, err := audit.Verify(chain, audit.VerifyOptions{PublicKey: pub, Trusted: &cp})
		if err != nil {
			t.Fatalf("stored chain does not verify: %v", err)
		}
		if res.Count != 20+res.Checkpoints || res.Checkpoints < 5 {
			t.Errorf("verified %d events with %d checkpoints; want 20 events and at least 5 checkpoints", res.Count, res.Checkpoints)
		}
		tampered := chain[3]
		tampered.PatientID = "pat-other"
		raw, err := json.Marshal(tampered)
		if err != nil {
			t.Fatal(err)
		}
		sqlstore.ExecForTest(t, db, "UPDATE {audit_events} SET event = $1 WHERE event LIKE $2", string(raw), `%"hash":"`+chain[3].Hash+`"%`)
		if _, err := audit.Verify(sqlstore.AuditChainForTest(t, db), audit.VerifyOptions{PublicKey: pub}); !errors.Is(err, audit.ErrChanged) {
			t.Errorf("Verify after a row was changed = %v, want ErrChanged", err)
		}
	})
}

func TestAuditSink(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)
	dialects(t, func(t *testing.T, newDB func(testing.TB) *sqlstore.DB) {
		db := newDB(t)
		sink := sqlstore.NewAuditSink(db)
		ctx := t.Context()
		var want []audit.Event
		for i := range 3 {
			want = append(want, audit.Event{
				PracticeID: "p1", Time: t0.Add(time.Duration(i) * time.Second),
				Actor:  audit.Actor{ID: "staff-1", Kind: "staff"},
				Action: audit.ActionMessageRead, Outcome: audit.OutcomeSuccess,
				PatientID: fmt.Sprintf("pat-%d", i), MessageID: fmt.Sprintf("msg-%d", i),
				Detail: map[string]string{"queue": "billing"},
			})
		}
		if err := sink.Append(ctx, want[:1]...); err != nil {
			t.Fatal(err)
		}
		if err := sink.Append(ctx, want[1:]...); err != nil {
			t.Fatal(err)
		}
		if err := sink.Append(ctx, audit.Event{PracticeID: "p1"}); err == nil {
			t.Error("event without time and action accepted")
		}
		rows := sqlstore.AuditRowsForTest(t, db, "p1")
		var got []audit.Event
		for _, r := range rows {
			var e audit.Event
			if err := json.Unmarshal([]byte(r.Event), &e); err != nil {
				t.Fatal(err)
			}
			if r.PracticeID != e.PracticeID || r.Action != string(e.Action) || r.PatientID != e.PatientID || !r.Time.Equal(e.Time) {
				t.Errorf("indexed columns %+v disagree with the event %+v", r, e)
			}
			got = append(got, e)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("stored events (-want +got):\n%s", diff)
		}
		canceled, cancel := contextWithCancel(t)
		cancel()
		if err := sink.Append(canceled, want[0]); !errors.Is(err, canceled.Err()) {
			t.Errorf("append with a canceled context = %v", err)
		}
	})
}

// TestAuditSinkReadHead: the sink reads back the head a Log left, and a
// Log resumed from it continues the stored chain.
func TestAuditSinkReadHead(t *testing.T) {
	t.Parallel()
	dialects(t, func(t *testing.T, newDB func(testing.TB) *sqlstore.DB) {
		db := newDB(t)
		ctx := t.Context()
		sink := sqlstore.NewAuditSink(db)
		if h, err := sink.ReadHead(ctx); err != nil || h != (audit.Head{}) {
			t.Fatalf("head of an empty table: %+v, %v", h, err)
		}
		lg, err := audit.NewLog(sink, audit.Config{})
		if err != nil {
			t.Fatal(err)
		}
		for i := range 5 {
			if err := lg.Append(ctx, audittest.Event("p1", i)); err != nil {
				t.Fatal(err)
			}
		}
		h, err := sink.ReadHead(ctx)
		if err != nil || h != lg.Head() || h.Seq != 5 {
			t.Fatalf("head read back %+v, %v; the Log's is %+v", h, err, lg.Head())
		}
		next, err := audit.NewLog(sqlstore.NewAuditSink(db), audit.Config{Resume: h})
		if err != nil {
			t.Fatal(err)
		}
		if err := next.Append(ctx, audittest.Event("p2", 9)); err != nil {
			t.Fatal(err)
		}
		// A Log opened without Resume (a restarted service) reads the
		// head itself and continues the chain too.
		restarted, err := audit.NewLog(sqlstore.NewAuditSink(db), audit.Config{})
		if err != nil {
			t.Fatal(err)
		}
		if err := restarted.Append(ctx, audittest.Event("p1", 10)); err != nil {
			t.Fatal(err)
		}
		if h := restarted.Head(); h.Seq != 7 {
			t.Errorf("restarted Log's head %d, want 7", h.Seq)
		}
		if res, err := audit.Verify(sqlstore.AuditChainForTest(t, db), audit.VerifyOptions{}); err != nil || res.Count != 7 {
			t.Errorf("chain continued from the head read back: %+v, %v", res, err)
		}
	})
}
