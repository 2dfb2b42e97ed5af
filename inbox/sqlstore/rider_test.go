package sqlstore

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

// riderFor is the rider of groupAppend's append i, recording one event.
func riderFor(t *testing.T, s *Store, i int, msgID string) *appendRider {
	ap := groupAppend(t, s, i, msgID).ap
	return &appendRider{ctx: t.Context(), store: s, ap: ap, events: func(res inbox.AppendResult) []audit.Event {
		return []audit.Event{{PracticeID: "p1", Time: time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC),
			Actor: audit.Actor{ID: ap.Message.ContactID, Kind: "patient"}, Action: audit.ActionMessageReceived,
			Outcome: audit.OutcomeSuccess, MessageID: res.Message.ID, ConversationID: res.Conversation.ID}}
	}}
}

// TestAppendRiders runs one batch of riders through the sink: a rider
// breaking a unique index, one whose remembered row changed and a second
// rider of one subject are left out (each failed transaction is rolled
// back and tried again without its rider), the others are committed with
// their events and remembered.
func TestAppendRiders(t *testing.T) {
	t.Parallel()
	db := MigratedPostgresForTest(t, Config{})
	ctx := t.Context()
	s, sink := New(db), NewAuditSink(db)
	for i := range 4 {
		if _, err := s.AppendMessage(ctx, groupAppend(t, s, i, fmt.Sprintf("first-%d", i)).ap); err != nil {
			t.Fatal(err)
		}
	}
	// Another writer changes subject 0's row under the remembered one.
	other := New(db)
	conv0, err := other.FindOpenConversation(ctx, "p1", inbox.SubjectFor("", "contact-0"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.UpdateConversation(ctx, "p1", conv0.ID, func(c *inbox.Conversation) error { c.Assignee = "dr-who"; return nil }); err != nil {
		t.Fatal(err)
	}
	taken := riderFor(t, s, 2, "m2")
	taken.ap.Message.ProviderID = "SM-first-1" // a redelivery
	riders := []*appendRider{riderFor(t, s, 0, "m0"), riderFor(t, s, 1, "m1"), taken, riderFor(t, s, 3, "m3"), riderFor(t, s, 3, "m3b")}
	given := make([]audit.Rider, len(riders))
	for i, r := range riders {
		given[i] = r
	}
	var calls [][]string
	err = sink.AppendRiders(ctx, given, func(written []audit.Rider) ([]audit.Event, error) {
		var ids []string
		var events []audit.Event
		for _, r := range written {
			ids = append(ids, r.(*appendRider).ap.Message.ID)
			events = append(events, r.Events()...)
		}
		calls = append(calls, ids)
		return events, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"m0", "m1", "m2", "m3"}, {"m1", "m2", "m3"}, {"m1", "m3"}}
	if fmt.Sprint(calls) != fmt.Sprint(want) {
		t.Errorf("stamped %v, want %v", calls, want)
	}
	for _, r := range riders {
		m, err := s.GetMessage(ctx, "p1", r.ap.Message.ID)
		stored := r.ap.Message.ID == "m1" || r.ap.Message.ID == "m3"
		switch {
		case stored && err != nil:
			t.Errorf("message %s not stored: %v", r.ap.Message.ID, err)
		case stored:
			conv, err := s.GetConversation(ctx, "p1", m.ConversationID)
			if err != nil || conv.MessageCount != 2 || r.res.Conversation.MessageCount != 2 {
				t.Errorf("conversation of %s: %+v, %v", r.ap.Message.ID, conv, err)
			}
			if cached, ok := s.convs.get("p1", r.ap.Subject); !ok || cached.MessageCount != 2 {
				t.Errorf("remembered row of %s: %+v, %v", r.ap.Message.ID, cached, ok)
			}
		case !errors.Is(err, inbox.ErrNotFound):
			t.Errorf("message %s left out is stored: %v", r.ap.Message.ID, err)
		}
	}
	if _, ok := s.convs.get("p1", riders[0].ap.Subject); ok {
		t.Error("the changed row is still remembered")
	}
	rows := AuditRowsForTest(t, db, "p1")
	if len(rows) != 2 {
		t.Errorf("%d audit rows, want the two riders' events", len(rows))
	}
	// The appends left out go on their own: the redelivery is reported,
	// the append onto the changed row keeps the other writer's change.
	if res, err := s.AppendMessage(ctx, taken.ap); err != nil || !res.Duplicate {
		t.Errorf("redelivery on its own: %+v, %v; want a duplicate", res, err)
	}
	if res, err := s.AppendMessage(ctx, riders[0].ap); err != nil || res.Conversation.Assignee != "dr-who" {
		t.Errorf("append onto the changed row: %+v, %v", res.Conversation, err)
	}
}

// countingLog is an audit.Log that counts the riders it carried.
type countingLog struct {
	*audit.Log
	carried atomic.Int64
}

func (l *countingLog) Ride(ctx context.Context, r audit.Rider) error {
	err := l.Log.Ride(ctx, r)
	if err == nil {
		l.carried.Add(1)
	}
	return err
}

// TestIngestAudited ingests from concurrent webhooks, with redeliveries,
// through an Inbox audited by a Log over the same database: messages
// joining their open conversation ride in the Log's batches, every
// message is stored once with one "received" event (and one per
// redelivery), and the chain read back from the table verifies.
func TestIngestAudited(t *testing.T) {
	t.Parallel()
	db := MigratedPostgresForTest(t, Config{})
	ctx := t.Context()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	lg, err := audit.NewLog(NewAuditSink(db), audit.Config{SigningKey: priv, CheckpointEvery: 50})
	if err != nil {
		t.Fatal(err)
	}
	counted := &countingLog{Log: lg}
	ib, err := inbox.New(New(db), inbox.Config{Audit: counted})
	if err != nil {
		t.Fatal(err)
	}
	const workers, each, senders = 8, 30, 12
	inbound := func(w, i int) channels.Inbound {
		n := w*each + i
		return channels.Inbound{PracticeID: "p1", Channel: channels.SMS, ProviderID: fmt.Sprintf("SM%05d", n),
			From: channels.Address{Kind: channels.AddrPhone, Value: fmt.Sprintf("+1415555%04d", n%senders)},
			Type: channels.TypeText, Text: "Can I move my appointment to Thursday?"}
	}
	var stored, redelivered atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				in := inbound(w, i)
				if i%10 == 9 {
					in = inbound(w, i-1) // a redelivery of the previous one
				}
				res, err := ib.Ingest(ctx, in)
				switch {
				case err != nil:
					t.Errorf("ingest %s: %v", in.ProviderID, err)
				case res.Duplicate:
					redelivered.Add(1)
				default:
					stored.Add(1)
				}
			}
		})
	}
	wg.Wait()
	if err := lg.Close(); err != nil {
		t.Fatal(err)
	}
	if stored.Load() != workers*each*9/10 || redelivered.Load() != workers*each/10 {
		t.Errorf("%d stored, %d redeliveries; want %d and %d", stored.Load(), redelivered.Load(), workers*each*9/10, workers*each/10)
	}
	if counted.carried.Load() == 0 {
		t.Error("no message rode in an audit batch")
	}
	t.Logf("%d of %d messages rode in audit batches", counted.carried.Load(), stored.Load())
	var msgs int
	if err := db.db.Reader().QueryRow(ctx, "SELECT count(*) FROM {messages} WHERE practice_id = 'p1'").Scan(&msgs); err != nil {
		t.Fatal(err)
	}
	if int64(msgs) != stored.Load() {
		t.Errorf("%d messages in the table, %d acknowledged", msgs, stored.Load())
	}
	events, err := NewAuditSink(db).Query(ctx, audit.Query{PracticeID: "p1"})
	if err != nil {
		t.Fatal(err)
	}
	received := map[string]int{}
	for _, e := range events {
		if e.Action == audit.ActionMessageReceived {
			received[e.MessageID]++
		}
	}
	if len(received) != msgs {
		t.Errorf("%d messages with a received event, %d stored", len(received), msgs)
	}
	var extra int
	for _, n := range received {
		extra += n - 1
	}
	if int64(extra) != redelivered.Load() {
		t.Errorf("%d events beyond one per message, %d redeliveries", extra, redelivered.Load())
	}
	if _, err := audit.Verify(AuditChainForTest(t, db), audit.VerifyOptions{PublicKey: pub, RequireSealed: true}); err != nil {
		t.Errorf("chain of the table: %v", err)
	}
}

// TestAppendAuditedNotCarried: what cannot ride is left to the caller
// with nothing stored.
func TestAppendAuditedNotCarried(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	events := func(inbox.AppendResult) []audit.Event { return nil }
	check := func(t *testing.T, s *Store, sink audit.Sink) {
		t.Helper()
		ap := groupAppend(t, s, 1, "m1").ap
		if _, err := s.AppendAudited(ctx, ap, sink, events); !errors.Is(err, audit.ErrNotCarried) {
			t.Errorf("AppendAudited = %v, want ErrNotCarried", err)
		}
		if _, err := s.GetMessage(ctx, "p1", "m1"); !errors.Is(err, inbox.ErrNotFound) {
			t.Errorf("message stored: %v", err)
		}
	}
	t.Run("sqlite", func(t *testing.T) {
		db, err := OpenSQLite(filepath.Join(t.TempDir(), "f.db"), Config{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		lg, _ := audit.NewLog(NewAuditSink(db), audit.Config{})
		check(t, New(db), lg)
	})
	t.Run("postgres", func(t *testing.T) {
		db := MigratedPostgresForTest(t, Config{})
		s := New(db)
		lg, _ := audit.NewLog(NewAuditSink(db), audit.Config{})
		check(t, s, lg) // a new conversation: not remembered
		if _, err := s.AppendMessage(ctx, groupAppend(t, s, 1, "m0").ap); err != nil {
			t.Fatal(err)
		}
		memLog, _ := audit.NewLog(audit.NewMemorySink(), audit.Config{})
		check(t, s, memLog) // a Log over another sink
		otherDB := MigratedPostgresForTest(t, Config{})
		otherLog, _ := audit.NewLog(NewAuditSink(otherDB), audit.Config{})
		check(t, s, otherLog) // a Log over another database
	})
}

// TestRiderRowVersion: after a rider's append the store knows the row
// version it wrote (its xmin), and the next rider onto that row is
// recognised by it and sets only the columns threading changed; a write
// by another instance changes the version, and a rider threaded onto the
// old one then stores nothing.
func TestRiderRowVersion(t *testing.T) {
	t.Parallel()
	db := MigratedPostgresForTest(t, Config{})
	ctx := t.Context()
	s, sink := New(db), NewAuditSink(db)
	if _, err := s.AppendMessage(ctx, groupAppend(t, s, 1, "first").ap); err != nil {
		t.Fatal(err)
	}
	ride := func(r *appendRider) error {
		return sink.AppendRiders(ctx, []audit.Rider{r}, func(written []audit.Rider) ([]audit.Event, error) {
			var events []audit.Event
			for _, w := range written {
				events = append(events, w.Events()...)
			}
			return events, nil
		})
	}
	subject := inbox.SubjectFor("", "contact-1")
	threaded := func(msgID string) *appendRider {
		r := riderFor(t, s, 1, msgID)
		old, ok := s.convs.entry("p1", subject)
		if !ok {
			t.Fatal("no remembered row")
		}
		if err := r.thread(old); err != nil {
			t.Fatal(err)
		}
		return r
	}
	r1 := threaded("m1")
	if strings.Contains(r1.q, "xmin::text =") {
		t.Error("a row remembered from the transactional path is recognised by its xmin")
	}
	if err := ride(r1); err != nil {
		t.Fatal(err)
	}
	if cached, _ := s.convs.entry("p1", subject); cached.xmin == "" || cached.conv.MessageCount != 2 {
		t.Fatalf("after a rider: remembered %+v, xmin %q", cached.conv, cached.xmin)
	}
	r2 := threaded("m2")
	if !strings.Contains(r2.q, "xmin::text =") || strings.Contains(r2.q, "assignee =") || !strings.Contains(r2.q, "message_count =") {
		t.Errorf("statement onto a known version: %s", r2.q)
	}
	if err := ride(r2); err != nil {
		t.Fatal(err)
	}
	// Another instance assigns the conversation: a new row version.
	other := New(db)
	conv, err := other.FindOpenConversation(ctx, "p1", subject)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.UpdateConversation(ctx, "p1", conv.ID, func(c *inbox.Conversation) error { c.Assignee = "dr-who"; return nil }); err != nil {
		t.Fatal(err)
	}
	r3 := threaded("m3")
	if err := ride(r3); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetMessage(ctx, "p1", "m3"); !errors.Is(err, inbox.ErrNotFound) {
		t.Errorf("a rider onto a changed row version stored its message: %v", err)
	}
	got, err := s.GetConversation(ctx, "p1", conv.ID)
	if err != nil || got.Assignee != "dr-who" || got.MessageCount != 3 {
		t.Errorf("conversation after the refused rider: %+v, %v", got, err)
	}
	if n := len(AuditRowsForTest(t, db, "p1")); n != 2 {
		t.Errorf("%d audit rows, want the two stored riders'", n)
	}
}

// TestAuditedAcrossPrefixes: an instance that keeps its own audit chain
// (a DB with its own table prefix) beside inbox tables shared by all
// instances, both over one pool, still commits each message with its
// event, each in its own tables.
func TestAuditedAcrossPrefixes(t *testing.T) {
	t.Parallel()
	pool, schema := pgtest.Schema(t)
	ctx := t.Context()
	open := func(prefix string) *DB {
		db, err := NewPostgres(pool, Config{Schema: schema, TablePrefix: prefix})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		return db
	}
	shared, own := open(""), open("i1_")
	lg, err := audit.NewLog(NewAuditSink(own), audit.Config{})
	if err != nil {
		t.Fatal(err)
	}
	counted := &countingLog{Log: lg}
	ib, err := inbox.New(New(shared), inbox.Config{Audit: counted})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		in := channels.Inbound{PracticeID: "p1", Channel: channels.SMS, ProviderID: fmt.Sprintf("SMx%d", i),
			From: channels.Address{Kind: channels.AddrPhone, Value: "+14155550123"}, Type: channels.TypeText, Text: "hello"}
		if _, err := ib.Ingest(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	if counted.carried.Load() != 2 {
		t.Errorf("%d messages rode in the other prefix's audit batches, want the two after the first", counted.carried.Load())
	}
	if n := len(AuditRowsForTest(t, own, "p1")); n != 3 {
		t.Errorf("%d audit rows in the instance's own table, want 3", n)
	}
	if n := len(AuditRowsForTest(t, shared, "p1")); n != 0 {
		t.Errorf("%d audit rows in the shared tables, want none", n)
	}
	var msgs int
	if err := shared.db.Reader().QueryRow(ctx, "SELECT count(*) FROM {messages} WHERE practice_id = 'p1'").Scan(&msgs); err != nil || msgs != 3 {
		t.Errorf("%d messages in the shared table (%v), want 3", msgs, err)
	}
}
