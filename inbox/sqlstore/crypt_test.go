package sqlstore_test

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/inbox/inboxtest"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
	"github.com/frontdeskhq/frontdesk/phi"
)

// sealing returns a Config that seals PHI with test keys.
func sealing(t testing.TB) sqlstore.Config {
	t.Helper()
	ring, err := phi.NewKeyring(phi.KeyringConfig{Active: "k1", Keys: []phi.Key{{ID: "k1", Secret: bytes.Repeat([]byte{7}, 32)}}})
	if err != nil {
		t.Fatal(err)
	}
	idx, err := phi.NewBlindIndex(bytes.Repeat([]byte{9}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return sqlstore.Config{TablePrefix: "fd_", Keyring: ring, BlindIndex: idx}
}

func sealedSQLite(t testing.TB) *sqlstore.DB {
	t.Helper()
	db, err := sqlstore.OpenSQLite(filepath.Join(t.TempDir(), "sealed.db"), sealing(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return db
}

func sealedPostgres(t testing.TB) *sqlstore.DB {
	t.Helper()
	return sqlstore.MigratedPostgresForTest(t, sealing(t))
}

func TestConformanceSealed(t *testing.T) {
	t.Parallel()
	t.Run("SQLite", func(t *testing.T) {
		t.Parallel()
		inboxtest.Run(t, func(t *testing.T) inbox.Store { return sqlstore.New(sealedSQLite(t)) })
	})
	t.Run("Postgres", func(t *testing.T) {
		t.Parallel()
		pgtest.DSN(t)
		inboxtest.Run(t, func(t *testing.T) inbox.Store { return sqlstore.New(sealedPostgres(t)) })
	})
}

// TestSealedAtRest stores a contact and a message with canary PHI through
// a sealing DB: the columns hold neither the canaries nor the contact key,
// the contact is found by its key, reads round-trip, and a DB without the
// keyring refuses to read the sealed rows with ErrSealed.
func TestSealedAtRest(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "sealed.db")
	db, err := sqlstore.OpenSQLite(path, sealing(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	s := sqlstore.New(db)
	c, _, err := s.PutContact(ctx, phiContact("p1"))
	if err != nil {
		t.Fatal(err)
	}
	m := phiMessage("m1", "SM1", time.Unix(1_800_000_000, 0).UTC())
	m.Subject, m.Payload, m.Mentions = "Re: "+canaryName, "payload "+canarySSN, []string{"dr-" + canaryName}
	m.Media = []channels.MediaRef{{Filename: canaryName + ".jpg"}}
	res, err := s.AppendMessage(ctx, inbox.AppendParams{Message: m, Subject: inbox.SubjectFor("", c.ID), NewConversationID: "conv-1"})
	if err != nil {
		t.Fatal(err)
	}
	row := sqlstore.StringForTest(t, db, "SELECT text || '|' || subject || '|' || payload || '|' || media || '|' || ext FROM {messages} WHERE id = $1", "m1")
	contactRow := sqlstore.StringForTest(t, db, "SELECT key || '|' || addresses FROM {contacts} WHERE id = $1", c.ID)
	for _, stored := range []string{row, contactRow} {
		for _, canary := range []string{canaryName, canarySSN, canaryPhone, strings.TrimPrefix(canaryPhone, "+"), "I am"} {
			if strings.Contains(stored, canary) {
				t.Errorf("stored row holds %q in clear: %s", canary, stored)
			}
		}
	}
	got, err := s.GetMessage(ctx, "p1", "m1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != m.Text || got.Subject != m.Subject || got.Payload != m.Payload || len(got.Mentions) != 1 || got.Media[0].Filename != m.Media[0].Filename {
		t.Errorf("sealed message read back as %+v", got)
	}
	if got.ConversationID != res.Conversation.ID {
		t.Errorf("conversation %q, want %q", got.ConversationID, res.Conversation.ID)
	}
	found, err := s.FindContact(ctx, "p1", c.Key)
	if err != nil || found.ID != c.ID || found.Key != c.Key || len(found.Addresses) != 1 || found.Addresses[0].Value != canaryPhone {
		t.Errorf("FindContact by key = %+v, %v; want the stored contact", found, err)
	}
	if _, err := s.FindContact(ctx, "p2", c.Key); !errors.Is(err, inbox.ErrNotFound) {
		t.Errorf("contact found from another practice: %v", err)
	}
	again, created, err := s.PutContact(ctx, phiContact("p1"))
	if err != nil || created || again.ID != c.ID {
		t.Errorf("PutContact of the same key = %+v, created %v, %v; want the stored contact", again, created, err)
	}
	db.Close()

	clear, err := sqlstore.OpenSQLite(path, sqlstore.Config{TablePrefix: "fd_"})
	if err != nil {
		t.Fatal(err)
	}
	defer clear.Close()
	_, err = sqlstore.New(clear).GetMessage(ctx, "p1", "m1")
	if !errors.Is(err, sqlstore.ErrSealed) {
		t.Errorf("GetMessage without the keyring = %v, want ErrSealed", err)
	}
	noPHI(t, err)
}

// TestSealingReadsClearRows turns encryption on over rows written in
// clear: they are still read and found, and an update seals them.
func TestSealingReadsClearRows(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "mixed.db")
	ctx := t.Context()
	clear, err := sqlstore.OpenSQLite(path, sqlstore.Config{TablePrefix: "fd_"})
	if err != nil {
		t.Fatal(err)
	}
	if err := clear.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	c, _, err := sqlstore.New(clear).PutContact(ctx, phiContact("p1"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sqlstore.New(clear).AppendMessage(ctx, inbox.AppendParams{Message: phiMessage("m1", "SM1", time.Unix(1_800_000_000, 0).UTC()),
		Subject: inbox.SubjectFor("", c.ID), NewConversationID: "conv-1"}); err != nil {
		t.Fatal(err)
	}
	clear.Close()

	cfg := sealing(t)
	db, err := sqlstore.OpenSQLite(path, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := sqlstore.New(db)
	if found, err := s.FindContact(ctx, "p1", c.Key); err != nil || found.ID != c.ID {
		t.Fatalf("clear contact not found with encryption on: %+v, %v", found, err)
	}
	m, err := s.UpdateMessage(ctx, "p1", "m1", func(m *inbox.Message) error { m.Status = channels.StateRead; return nil })
	if err != nil {
		t.Fatal(err)
	}
	if stored := sqlstore.StringForTest(t, db, "SELECT text FROM {messages} WHERE id = $1", "m1"); strings.Contains(stored, canaryName) || stored == m.Text {
		t.Errorf("updated message still stored in clear: %q", stored)
	}
	if got, err := s.GetMessage(ctx, "p1", "m1"); err != nil || got.Text != m.Text {
		t.Errorf("resealed message = %q, %v; want %q", got.Text, err, m.Text)
	}
}

func TestSealingNeedsBothKeys(t *testing.T) {
	t.Parallel()
	cfg := sealing(t)
	cfg.BlindIndex = nil
	if db, err := sqlstore.OpenSQLite(filepath.Join(t.TempDir(), "x.db"), cfg); err == nil {
		db.Close()
		t.Error("OpenSQLite accepted a keyring without a blind index")
	}
}

func TestConsentConformanceSealed(t *testing.T) {
	t.Parallel()
	t.Run("SQLite", func(t *testing.T) {
		t.Parallel()
		channeltest.RunConsentStore(t, func(t *testing.T) channels.ConsentStore { return sqlstore.NewConsentStore(sealedSQLite(t)) })
	})
	t.Run("Postgres", func(t *testing.T) {
		t.Parallel()
		pgtest.DSN(t)
		channeltest.RunConsentStore(t, func(t *testing.T) channels.ConsentStore { return sqlstore.NewConsentStore(sealedPostgres(t)) })
	})
}

// TestConsentSealedAtRest: a sealing DB stores a consent's address as a
// token, finds it by the address, and still reads a choice stored in clear
// before encryption was turned on, the latest choice winning.
func TestConsentSealedAtRest(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "consent.db")
	ctx := t.Context()
	addr := channels.Address{Kind: channels.AddrPhone, Value: canaryPhone}
	at := time.Unix(1_800_000_000, 0).UTC()
	clear, err := sqlstore.OpenSQLite(path, sqlstore.Config{TablePrefix: "fd_"})
	if err != nil {
		t.Fatal(err)
	}
	if err := clear.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := sqlstore.NewConsentStore(clear).Set(ctx, channels.Consent{PracticeID: "p1", Channel: channels.SMS, Address: addr,
		State: channels.ConsentOptedOut, ChangedAt: at}); err != nil {
		t.Fatal(err)
	}
	clear.Close()

	db, err := sqlstore.OpenSQLite(path, sealing(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cs := sqlstore.NewConsentStore(db)
	if got, err := cs.Get(ctx, "p1", channels.SMS, addr); err != nil || got.State != channels.ConsentOptedOut || got.Address != addr {
		t.Fatalf("consent stored in clear read as %+v, %v", got, err)
	}
	got, err := cs.Set(ctx, channels.Consent{PracticeID: "p1", Channel: channels.SMS, Address: addr, State: channels.ConsentOptedIn,
		ChangedAt: at.Add(time.Hour)})
	if err != nil || got.State != channels.ConsentOptedIn || got.Address != addr {
		t.Fatalf("Set = %+v, %v; want opted in", got, err)
	}
	if got, err := cs.Get(ctx, "p1", channels.SMS, addr); err != nil || got.State != channels.ConsentOptedIn {
		t.Errorf("latest choice = %+v, %v; want opted in", got, err)
	}
	if n := sqlstore.StringForTest(t, db, "SELECT CAST(count(*) AS TEXT) FROM {consents} WHERE address = $1", canaryPhone); n != "1" {
		t.Errorf("%s rows hold the address in clear, want only the one written before encryption", n)
	}
}
