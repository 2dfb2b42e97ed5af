package sqlstore_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
)

// An inbox on an SQLite file: the same webhook delivered twice is stored
// once, and the conversation survives a restart.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "frontdesk-example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "frontdesk.db")

	db, err := sqlstore.OpenSQLite(path, sqlstore.Config{TablePrefix: "fd_"})
	if err != nil {
		panic(err)
	}
	if err := db.Migrate(ctx); err != nil {
		panic(err)
	}
	ib, err := inbox.New(sqlstore.New(db), inbox.Config{Audit: sqlstore.NewAuditSink(db)})
	if err != nil {
		panic(err)
	}
	phone, _ := channels.ParsePhone("(415) 555-0100", nil)
	msg := channels.Inbound{PracticeID: "practice-1", Channel: channels.SMS, From: phone, ProviderID: "SM123", Text: "Can I move my visit?"}
	first, err := ib.Ingest(ctx, msg)
	if err != nil {
		panic(err)
	}
	again, err := ib.Ingest(ctx, msg)
	if err != nil {
		panic(err)
	}
	fmt.Println("duplicate:", again.Duplicate)
	db.Close()

	// Restart: open the file again.
	db, err = sqlstore.OpenSQLite(path, sqlstore.Config{TablePrefix: "fd_"})
	if err != nil {
		panic(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil { // nothing left to apply
		panic(err)
	}
	conv, err := sqlstore.New(db).GetConversation(ctx, "practice-1", first.Conversation.ID)
	if err != nil {
		panic(err)
	}
	fmt.Println("messages:", conv.MessageCount, "status:", conv.Status)
	// Output:
	// duplicate: true
	// messages: 1 status: open
}
