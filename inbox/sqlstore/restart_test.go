package sqlstore_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

// serverProxy stands between the store and PostgreSQL so that a test can
// take the server away, as a restart does: every connection drops at once
// and new ones are refused until it is back, on the same address.
type serverProxy struct {
	t      *testing.T
	target string
	addr   string
	mu     sync.Mutex
	ln     net.Listener
	conns  map[net.Conn]bool
	wg     sync.WaitGroup
}

func newServerProxy(t *testing.T, target string) *serverProxy {
	p := &serverProxy{t: t, target: target, conns: map[net.Conn]bool{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.addr = ln.Addr().String()
	p.serve(ln)
	t.Cleanup(func() { p.down(); p.wg.Wait() })
	return p
}

func (p *serverProxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns[c], p.conns[s] = true, true
			p.mu.Unlock()
			p.wg.Add(2)
			go p.pipe(c, s)
			go p.pipe(s, c)
		}
	}()
}

func (p *serverProxy) pipe(dst, src net.Conn) {
	defer p.wg.Done()
	_, _ = io.Copy(dst, src)
	dst.Close()
	src.Close()
}

// down stops the server: connections drop, new ones are refused.
func (p *serverProxy) down() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
		delete(p.conns, c)
	}
}

// up brings the server back on the same address.
func (p *serverProxy) up() {
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		p.t.Fatalf("proxy: listen again: %v", err)
	}
	p.serve(ln)
}

// behindProxy returns a migrated DB in a schema of its own whose
// connections go through a serverProxy.
func behindProxy(t *testing.T) (*sqlstore.DB, *serverProxy) {
	t.Helper()
	_, schema := pgtest.Schema(t)
	cfg, err := pgxpool.ParseConfig(pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	proxy := newServerProxy(t, net.JoinHostPort(cfg.ConnConfig.Host, strconv.Itoa(int(cfg.ConnConfig.Port))))
	host, port, _ := net.SplitHostPort(proxy.addr)
	portN, err := strconv.ParseUint(port, 10, 16)
	if err != nil {
		t.Fatal(err)
	}
	cfg.ConnConfig.Host, cfg.ConnConfig.Port = host, uint16(portN)
	cfg.ConnConfig.ConnectTimeout = 2 * time.Second
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
	return db, proxy
}

// TestServerRestart takes PostgreSQL away in the middle of a run of
// appends and brings it back: while it is away appends fail at once with
// ErrUnavailable, nothing stored before is lost, and once it is back the
// pool reconnects and the provider's redeliveries are stored exactly once.
func TestServerRestart(t *testing.T) {
	db, proxy := behindProxy(t)
	store := sqlstore.New(db)
	ctx := t.Context()
	contact, _, err := store.PutContact(ctx, phiContact("p1"))
	if err != nil {
		t.Fatal(err)
	}
	at := time.Unix(1_800_000_000, 0)
	appendOne := func(i int) error {
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		m := phiMessage("m"+strconv.Itoa(i), "SMrestart"+strconv.Itoa(i), at.Add(time.Duration(i)*time.Second))
		_, err := store.AppendMessage(ctx, inbox.AppendParams{Message: m, Subject: inbox.SubjectFor("", contact.ID), NewConversationID: "conv-1"})
		return err
	}
	for i := range 5 {
		if err := appendOne(i); err != nil {
			t.Fatalf("before the restart: %v", err)
		}
	}

	proxy.down()
	for i := 5; i < 8; i++ {
		err := appendOne(i)
		if !errors.Is(err, sqlstore.ErrUnavailable) {
			t.Fatalf("append while the server is away: %v, want ErrUnavailable", err)
		}
		noPHI(t, err)
	}

	proxy.up()
	// The pool may hand out one dead connection per slot before it notices;
	// the provider's redeliveries go on until each is acknowledged.
	for i := 5; i < 8; i++ {
		var err error
		for range 5 {
			if err = appendOne(i); err == nil {
				break
			}
			if !errors.Is(err, sqlstore.ErrUnavailable) {
				t.Fatalf("after the restart: %v", err)
			}
		}
		if err != nil {
			t.Fatalf("no recovery after the restart: %v", err)
		}
	}
	// Every message once, none lost; a redelivery of an early one is a
	// duplicate.
	conv, err := store.FindOpenConversation(ctx, "p1", inbox.SubjectFor("", contact.ID))
	if err != nil {
		t.Fatal(err)
	}
	page, err := store.ListMessages(ctx, "p1", conv.ID, &inbox.ListMessagesParams{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Messages) != 8 {
		t.Errorf("stored %d messages, want 8", len(page.Messages))
	}
	m := phiMessage("m-again", "SMrestart0", at)
	res, err := store.AppendMessage(ctx, inbox.AppendParams{Message: m, Subject: inbox.SubjectFor("", contact.ID), NewConversationID: "conv-2"})
	if err != nil || !res.Duplicate {
		t.Errorf("redelivery after the restart: duplicate=%v err=%v", res.Duplicate, err)
	}
}

// TestServerRestartAudited takes PostgreSQL away while webhooks are
// ingested concurrently through an Inbox audited by a Log over the same
// database (messages ride in the audit batches): ingests fail with
// ErrUnavailable and no PHI while it is away, and once it is back the
// redeliveries store every message once, each with its "received"
// event, and the chain read back from the table verifies.
func TestServerRestartAudited(t *testing.T) {
	db, proxy := behindProxy(t)
	ctx := t.Context()
	lg, err := audit.NewLog(sqlstore.NewAuditSink(db), audit.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ib, err := inbox.New(sqlstore.New(db), inbox.Config{Audit: lg})
	if err != nil {
		t.Fatal(err)
	}
	const senders, rounds = 6, 4
	inbound := func(sender, round int) channels.Inbound {
		return channels.Inbound{PracticeID: "p1", Channel: channels.SMS,
			ProviderID: fmt.Sprintf("SMaudit-%d-%d", sender, round), Type: channels.TypeText,
			From: channels.Address{Kind: channels.AddrPhone, Value: fmt.Sprintf("+1415555%04d", sender)},
			Text: "I am " + canaryName + ", SSN " + canarySSN}
	}
	// ingestAll delivers one round from every sender at once, and
	// redelivers each until it is acknowledged or tries run out.
	ingestAll := func(round, tries int) []error {
		errs := make([]error, senders)
		var wg sync.WaitGroup
		for i := range senders {
			wg.Go(func() {
				for range tries {
					ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
					_, errs[i] = ib.Ingest(ctx, inbound(i, round))
					cancel()
					if errs[i] == nil {
						return
					}
				}
			})
		}
		wg.Wait()
		return errs
	}
	for round := range 2 {
		for _, err := range ingestAll(round, 1) {
			if err != nil {
				t.Fatalf("before the restart: %v", err)
			}
		}
	}
	proxy.down()
	for _, err := range ingestAll(2, 1) {
		if !errors.Is(err, sqlstore.ErrUnavailable) {
			t.Fatalf("ingest while the server is away: %v, want ErrUnavailable", err)
		}
		noPHI(t, err)
	}
	proxy.up()
	for round := 2; round < rounds; round++ {
		for _, err := range ingestAll(round, 2*senders) {
			if err != nil {
				t.Fatalf("no recovery after the restart: %v", err)
			}
		}
	}
	if err := lg.Close(); err != nil {
		t.Fatal(err)
	}
	events, err := sqlstore.NewAuditSink(db).Query(ctx, audit.Query{PracticeID: "p1", Actions: []audit.Action{audit.ActionMessageReceived}})
	if err != nil {
		t.Fatal(err)
	}
	received := map[string]bool{}
	for _, e := range events {
		received[e.MessageID] = true
	}
	var stored int
	for i := range senders {
		for round := range rounds {
			in := inbound(i, round)
			m, err := sqlstore.New(db).FindMessage(ctx, "p1", channels.SMS, in.ProviderID)
			if err != nil {
				t.Errorf("message %s: %v", in.ProviderID, err)
				continue
			}
			stored++
			if !received[m.ID] {
				t.Errorf("message %s stored without its received event", in.ProviderID)
			}
		}
	}
	if stored != senders*rounds || len(received) != stored {
		t.Errorf("%d messages stored, %d with a received event; want %d", stored, len(received), senders*rounds)
	}
	if _, err := audit.Verify(sqlstore.AuditChainForTest(t, db), audit.VerifyOptions{}); err != nil {
		t.Errorf("chain after the restart: %v", err)
	}
}
