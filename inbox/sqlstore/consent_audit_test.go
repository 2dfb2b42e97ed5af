package sqlstore_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/audit"
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
