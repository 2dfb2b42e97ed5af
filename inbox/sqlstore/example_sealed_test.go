package sqlstore_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
	"github.com/frontdeskhq/frontdesk/phi"
)

// An inbox whose message text and contact addresses are sealed at rest,
// with a hash-chained audit trail in the same database. (Real keys come
// from a key manager, never from constants.)
func ExampleConfig_encryption() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "frontdesk-example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	ring, err := phi.NewKeyring(phi.KeyringConfig{Active: "2026-01", Keys: []phi.Key{{ID: "2026-01", Secret: bytes.Repeat([]byte{1}, 32)}}})
	if err != nil {
		panic(err)
	}
	index, err := phi.NewBlindIndex(bytes.Repeat([]byte{2}, 32))
	if err != nil {
		panic(err)
	}
	db, err := sqlstore.OpenSQLite(filepath.Join(dir, "frontdesk.db"), sqlstore.Config{Keyring: ring, BlindIndex: index})
	if err != nil {
		panic(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		panic(err)
	}
	sink := sqlstore.NewAuditSink(db)
	trail, err := audit.NewLog(sink, audit.Config{})
	if err != nil {
		panic(err)
	}
	store := sqlstore.New(db)
	ib, err := inbox.New(store, inbox.Config{Audit: trail})
	if err != nil {
		panic(err)
	}
	phone, _ := channels.ParsePhone("(415) 555-0100", nil)
	res, err := ib.Ingest(ctx, channels.Inbound{PracticeID: "practice-1", Channel: channels.SMS, From: phone, ProviderID: "SM1", Text: "Can I move my visit?"})
	if err != nil {
		panic(err)
	}
	m, err := store.GetMessage(ctx, "practice-1", res.Message.ID)
	if err != nil {
		panic(err)
	}
	c, err := store.FindContact(ctx, "practice-1", phone.ContactKey())
	if err != nil {
		panic(err)
	}
	events, err := sink.Query(ctx, audit.Query{PracticeID: "practice-1"})
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Text)
	fmt.Println(c.ID == res.Contact.ID)
	fmt.Println(events[0].Action, events[0].Seq)
	// Output:
	// Can I move my visit?
	// true
	// message.received 1
}
