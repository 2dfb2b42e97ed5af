package sqlstore_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

// Canary PHI planted in records; no error may repeat it.
const (
	canaryName  = "Jane Canaryfield"
	canarySSN   = "078-05-1120"
	canaryPhone = "+14155550142"
)

func noPHI(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	for _, s := range []string{canaryName, canarySSN, canaryPhone, "4155550142"} {
		if strings.Contains(err.Error(), s) {
			t.Errorf("error %q carries PHI %q", err, s)
		}
	}
}

// killer is a PostgreSQL store whose connections can be terminated from
// the server side, as a crash of the network or of a backend would.
type killer struct {
	store   *sqlstore.Store
	appName string
	dsn     string
}

func newKiller(t *testing.T, dbCfg sqlstore.Config) *killer {
	t.Helper()
	_, schema := pgtest.Schema(t)
	dsn := pgtest.DSN(t)
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	k := &killer{appName: "fdkill_" + hex.EncodeToString(b), dsn: dsn}
	cfg.ConnConfig.RuntimeParams["application_name"] = k.appName
	pool, err := pgxpool.NewWithConfig(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	dbCfg.Schema = schema
	db, err := sqlstore.NewPostgres(pool, dbCfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	k.store = sqlstore.New(db)
	return k
}

// kill terminates every backend of the store's pool and waits until they
// are gone.
func (k *killer) kill(t *testing.T) {
	t.Helper()
	ctx := context.WithoutCancel(t.Context())
	conn, err := pgx.Connect(ctx, k.dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(pg_terminate_backend(pid, 10000)) FROM pg_stat_activity
		WHERE application_name = $1 AND pid <> pg_backend_pid()`, k.appName).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no backend to terminate")
	}
}

func phiContact(practice string) inbox.Contact {
	return inbox.Contact{PracticeID: practice, ID: "contact-1", Key: "tel:" + canaryPhone,
		Addresses: []channels.Address{{Kind: channels.AddrPhone, Value: canaryPhone}}, CreatedAt: time.Unix(1_800_000_000, 0)}
}

func phiMessage(id, providerID string, at time.Time) inbox.Message {
	return inbox.Message{PracticeID: "p1", ID: id, ContactID: "contact-1", Direction: inbox.Inbound,
		Channel: channels.SMS, ProviderID: providerID, Text: "I am " + canaryName + ", SSN " + canarySSN, CreatedAt: at}
}

// TestConnectionKilledMidAppend kills the connection inside the append's
// transaction, after the conversation is locked and before anything is
// written (or, with grouping, while the group is being prepared): the
// append fails with ErrUnavailable, nothing of it is stored, and the
// webhook's redelivery stores the message once.
func TestConnectionKilledMidAppend(t *testing.T) {
	t.Parallel()
	for name, cfg := range map[string]sqlstore.Config{"single": {}, "grouped": {Grouping: true}} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			testConnectionKilledMidAppend(t, cfg)
		})
	}
}

func testConnectionKilledMidAppend(t *testing.T, cfg sqlstore.Config) {
	k := newKiller(t, cfg)
	ctx := t.Context()
	c, _, err := k.store.PutContact(ctx, phiContact("p1"))
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Unix(1_800_000_000, 0).UTC()
	subject := inbox.SubjectFor("", c.ID)
	first, err := k.store.AppendMessage(ctx, inbox.AppendParams{Message: phiMessage("m1", "SM1", t0), Subject: subject, NewConversationID: "conv-1"})
	if err != nil {
		t.Fatal(err)
	}
	killed := false
	_, err = k.store.AppendMessage(ctx, inbox.AppendParams{
		Message: phiMessage("m2", "SM2", t0.Add(time.Minute)), Subject: subject, NewConversationID: "conv-2",
		Thread: func(cv *inbox.Conversation, created bool) error {
			if !killed {
				killed = true
				k.kill(t)
			}
			cv.Queue = "changed-by-the-lost-transaction"
			return nil
		},
	})
	if !errors.Is(err, sqlstore.ErrUnavailable) {
		t.Fatalf("append on a killed connection = %v, want ErrUnavailable", err)
	}
	t.Logf("append on a killed connection: %v", err)
	var dbErr *sqlstore.Error
	if !errors.As(err, &dbErr) || dbErr.Op != "append message" {
		t.Errorf("error %v is not a *sqlstore.Error for the append", err)
	}
	noPHI(t, err)
	if _, err := k.store.GetMessage(ctx, "p1", "m2"); !errors.Is(err, inbox.ErrNotFound) {
		t.Errorf("message of the killed append: %v", err)
	}
	conv, err := k.store.GetConversation(ctx, "p1", first.Conversation.ID)
	if err != nil {
		t.Fatal(err)
	}
	if conv.MessageCount != 1 || conv.Queue != first.Conversation.Queue || !conv.UpdatedAt.Equal(t0) {
		t.Errorf("killed append changed the conversation: %+v", conv)
	}
	// The provider redelivers; the message is stored, once.
	for i := range 2 {
		res, err := k.store.AppendMessage(ctx, inbox.AppendParams{Message: phiMessage("m2-"+string(rune('a'+i)), "SM2", t0.Add(time.Minute)), Subject: subject, NewConversationID: "conv-2"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Duplicate != (i == 1) || res.Conversation.MessageCount != 2 {
			t.Errorf("redelivery %d: duplicate=%v count=%d", i, res.Duplicate, res.Conversation.MessageCount)
		}
	}
}

// TestConnectionKilledMidUpdate kills the connection while an update
// function holds the conversation's row lock.
func TestConnectionKilledMidUpdate(t *testing.T) {
	t.Parallel()
	k := newKiller(t, sqlstore.Config{})
	ctx := t.Context()
	c, _, err := k.store.PutContact(ctx, phiContact("p1"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := k.store.AppendMessage(ctx, inbox.AppendParams{Message: phiMessage("m1", "SM1", time.Unix(1_800_000_000, 0)),
		Subject: inbox.SubjectFor("", c.ID), NewConversationID: "conv-1"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = k.store.UpdateConversation(ctx, "p1", res.Conversation.ID, func(cv *inbox.Conversation) error {
		k.kill(t)
		cv.Assignee, cv.Status = "staff-1", inbox.StatusClosed
		return nil
	})
	if !errors.Is(err, sqlstore.ErrUnavailable) {
		t.Fatalf("update on a killed connection = %v, want ErrUnavailable", err)
	}
	got, err := k.store.GetConversation(ctx, "p1", res.Conversation.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Assignee != "" || got.Status != inbox.StatusOpen {
		t.Errorf("killed update was written: %+v", got)
	}
}

// TestPoolExhausted holds the only connection of the pool: a call waits
// for one and returns its context's error at the deadline.
func TestPoolExhausted(t *testing.T) {
	t.Parallel()
	_, schema := pgtest.Schema(t)
	cfg, err := pgxpool.ParseConfig(pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	cfg.MaxConns = 1
	pool, err := pgxpool.NewWithConfig(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	db, err := sqlstore.NewPostgres(pool, sqlstore.Config{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	held, err := pool.Acquire(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer held.Release()
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	_, _, err = sqlstore.New(db).PutContact(ctx, phiContact("p1"))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("put with an exhausted pool = %v, want context.DeadlineExceeded", err)
	}
	noPHI(t, err)
}

// TestCanceledMidAppend cancels the context inside the transaction:
// nothing is written, on either database.
func TestCanceledMidAppend(t *testing.T) {
	t.Parallel()
	dialects(t, func(t *testing.T, newDB func(testing.TB) *sqlstore.DB) {
		s := sqlstore.New(newDB(t))
		c, _, err := s.PutContact(t.Context(), phiContact("p1"))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(t.Context())
		_, err = s.AppendMessage(ctx, inbox.AppendParams{
			Message: phiMessage("m1", "SM1", time.Unix(1_800_000_000, 0)), Subject: inbox.SubjectFor("", c.ID), NewConversationID: "conv-1",
			Thread: func(*inbox.Conversation, bool) error { cancel(); return nil },
		})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("append canceled midway = %v, want context.Canceled", err)
		}
		noPHI(t, err)
		if _, err := s.FindMessage(t.Context(), "p1", channels.SMS, "SM1"); !errors.Is(err, inbox.ErrNotFound) {
			t.Errorf("canceled append stored its message: %v", err)
		}
		if _, err := s.FindOpenConversation(t.Context(), "p1", inbox.SubjectFor("", c.ID)); !errors.Is(err, inbox.ErrNotFound) {
			t.Errorf("canceled append left a conversation: %v", err)
		}
	})
}

// TestConflictErrorsCarryNoPHI provokes the unique violations of each
// dialect with PHI-laden records.
func TestConflictErrorsCarryNoPHI(t *testing.T) {
	t.Parallel()
	dialects(t, func(t *testing.T, newDB func(testing.TB) *sqlstore.DB) {
		ctx := t.Context()
		s := sqlstore.New(newDB(t))
		c, _, err := s.PutContact(ctx, phiContact("p1"))
		if err != nil {
			t.Fatal(err)
		}
		other := phiContact("p1")
		other.Key = "tel:+14155550143"
		_, _, err = s.PutContact(ctx, other)
		if !errors.Is(err, inbox.ErrConflict) {
			t.Errorf("contact id reused = %v, want ErrConflict", err)
		}
		noPHI(t, err)
		at := time.Unix(1_800_000_000, 0)
		a, err := s.AppendMessage(ctx, inbox.AppendParams{Message: phiMessage("m1", "SM1", at), Subject: inbox.SubjectFor("", c.ID), NewConversationID: "conv-1"})
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.AppendMessage(ctx, inbox.AppendParams{Message: phiMessage("m2", "SM2", at), Subject: "patient:" + canaryName, NewConversationID: "conv-2"})
		if err != nil {
			t.Fatal(err)
		}
		_, err = s.UpdateMessage(ctx, "p1", "m2", func(m *inbox.Message) error { m.ProviderID = "SM1"; return nil })
		if !errors.Is(err, inbox.ErrConflict) {
			t.Errorf("provider id reused = %v, want ErrConflict", err)
		}
		noPHI(t, err)
		_, err = s.UpdateConversation(ctx, "p1", b.Conversation.ID, func(cv *inbox.Conversation) error {
			cv.Subject = a.Conversation.Subject
			return nil
		})
		if !errors.Is(err, inbox.ErrConflict) {
			t.Errorf("second open conversation = %v, want ErrConflict", err)
		}
		noPHI(t, err)
	})
}
