package sqlstore_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

// TestListenReconnects terminates the listener's connection: Listen waits
// its back-off on the clock, listens again, reports the gap, and delivers
// what is published afterwards.
func TestListenReconnects(t *testing.T) {
	t.Parallel()
	pubPool, schema := pgtest.Schema(t)
	ctx := t.Context()
	cfg, err := pgxpool.ParseConfig(pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	app := "fdlisten_" + hex.EncodeToString(b)
	cfg.ConnConfig.RuntimeParams["application_name"] = app
	subPool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(subPool.Close)
	pubDB, err := sqlstore.NewPostgres(pubPool, sqlstore.Config{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	subDB, err := sqlstore.NewPostgres(subPool, sqlstore.Config{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	pub, err := sqlstore.NewNotifier(pubDB, sqlstore.NotifierConfig{Instance: "pub"})
	if err != nil {
		t.Fatal(err)
	}
	clk := clocktest.NewFake(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	gap := make(chan struct{})
	sub, err := sqlstore.NewNotifier(subDB, sqlstore.NotifierConfig{Instance: "sub", Clock: clk, OnGap: func() { close(gap) }})
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan inbox.Event, 4)
	lctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := sub.Listen(lctx, inbox.HookFunc(func(_ context.Context, e inbox.Event) { got <- e })); err != context.Canceled {
			t.Errorf("Listen returned %v, want context.Canceled", err)
		}
	})
	defer wg.Wait()
	defer stop()
	<-sub.Listening()

	first := inbox.Event{Type: inbox.EventMessageReceived, PracticeID: "p1", MessageID: "m1"}
	pub.HandleEvent(ctx, first)
	if e := <-got; e.MessageID != "m1" {
		t.Fatalf("first event: %+v", e)
	}

	conn, err := pgx.Connect(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE application_name = $1", app); err != nil {
		t.Fatal(err)
	}
	if err := clk.BlockUntil(ctx, 1); err != nil { // Listen waits its back-off
		t.Fatal(err)
	}
	clk.Advance(100 * time.Millisecond)
	<-gap
	second := inbox.Event{Type: inbox.EventConversationAssigned, PracticeID: "p1", ConversationID: "c1", Actor: "staff-1"}
	pub.HandleEvent(ctx, second)
	if e := <-got; e.Type != second.Type || e.ConversationID != "c1" || e.Actor != "staff-1" {
		t.Fatalf("event after reconnect: %+v", e)
	}
}
