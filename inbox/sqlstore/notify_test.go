package sqlstore_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
)

// recorder counts the events an instance sees, and says when it has seen
// want distinct ones.
type recorder struct {
	mu   sync.Mutex
	seen map[string]int
	want int
	done chan struct{}
}

func newRecorder(want int) *recorder {
	return &recorder{seen: map[string]int{}, want: want, done: make(chan struct{})}
}

func (r *recorder) HandleEvent(_ context.Context, e inbox.Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	k := string(e.Type) + "/" + e.ConversationID + "/" + e.MessageID
	r.seen[k]++
	if len(r.seen) == r.want {
		close(r.done)
	}
}

func (r *recorder) snapshot() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[string]int, len(r.seen))
	for k, v := range r.seen {
		out[k] = v
	}
	return out
}

// instance is one frontdesk process: its own pool, store, inbox and
// notifier, on the shared schema.
type instance struct {
	ib  *inbox.Inbox
	rec *recorder
	n   *sqlstore.Notifier
}

// TestThreeInstances runs three inboxes against one PostgreSQL schema,
// delivers every webhook to all three at once (twice each), and checks that
// each message is stored once and that every instance sees every event
// exactly once: its own through its hooks, the others' through Listen.
func TestThreeInstances(t *testing.T) {
	t.Parallel()
	first, schema := pgtest.Schema(t)
	ctx := t.Context()
	const practice, messages = "practice-1", 24
	wantEvents := messages + 1 // one message.received each, and one assignment

	var insts []*instance
	var listeners sync.WaitGroup
	lctx, stop := context.WithCancel(context.Background())
	t.Cleanup(func() { stop(); listeners.Wait() })
	for i := range 3 {
		pool := first
		if i > 0 {
			var err error
			if pool, err = pgxpool.New(ctx, pgtest.DSN(t)); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(pool.Close)
		}
		db, err := sqlstore.NewPostgres(pool, sqlstore.Config{Schema: schema, TablePrefix: "fd_"})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Migrate(ctx); err != nil { // every instance migrates at start-up
			t.Fatal(err)
		}
		n, err := sqlstore.NewNotifier(db, sqlstore.NotifierConfig{Instance: fmt.Sprintf("instance-%d", i)})
		if err != nil {
			t.Fatal(err)
		}
		rec := newRecorder(wantEvents)
		ib, err := inbox.New(sqlstore.New(db), inbox.Config{Hooks: []inbox.Hook{n, rec}})
		if err != nil {
			t.Fatal(err)
		}
		listeners.Go(func() { _ = n.Listen(lctx, rec) })
		insts = append(insts, &instance{ib: ib, rec: rec, n: n})
	}
	for _, in := range insts {
		<-in.n.Listening()
	}

	var wg sync.WaitGroup
	var mu sync.Mutex
	stored := map[string]string{} // provider id -> message id
	convs := map[string]bool{}
	for k := range messages {
		phone, err := channels.ParsePhone(fmt.Sprintf("+1 415 555 %04d", k%5), nil)
		if err != nil {
			t.Fatal(err)
		}
		msg := channels.Inbound{PracticeID: practice, Channel: channels.SMS, From: phone,
			ProviderID: fmt.Sprintf("SM%03d", k), Text: "hello"}
		for _, in := range insts {
			for range 2 {
				wg.Go(func() {
					res, err := in.ib.Ingest(ctx, msg)
					if err != nil {
						t.Errorf("ingest %s: %v", msg.ProviderID, err)
						return
					}
					mu.Lock()
					defer mu.Unlock()
					convs[res.Conversation.ID] = true
					if !res.Duplicate {
						if prev, ok := stored[msg.ProviderID]; ok {
							t.Errorf("%s stored twice: %s and %s", msg.ProviderID, prev, res.Message.ID)
						}
						stored[msg.ProviderID] = res.Message.ID
					}
				})
			}
		}
	}
	wg.Wait()
	if len(stored) != messages {
		t.Fatalf("stored %d messages, want %d", len(stored), messages)
	}
	if len(convs) != 5 {
		t.Errorf("%d conversations for 5 senders", len(convs))
	}
	total := 0
	for c := range convs {
		conv, err := insts[0].ib.Store().GetConversation(ctx, practice, c)
		if err != nil {
			t.Fatal(err)
		}
		total += conv.MessageCount
	}
	if total != messages {
		t.Errorf("conversations count %d messages, want %d", total, messages)
	}
	var anyConv string
	for c := range convs {
		anyConv = c
		break
	}
	if _, err := insts[1].ib.Assign(ctx, practice, anyConv, "staff-7", inbox.Actor{ID: "lead-1", Kind: "staff"}); err != nil {
		t.Fatal(err)
	}

	for i, in := range insts {
		select {
		case <-in.rec.done:
		case <-ctx.Done():
			t.Fatalf("instance %d saw %d of %d events before the test deadline", i, len(in.rec.snapshot()), wantEvents)
		}
	}
	stop()
	listeners.Wait()
	want := map[string]int{string(inbox.EventConversationAssigned) + "/" + anyConv + "/": 1}
	for _, id := range stored {
		m, err := insts[0].ib.Store().GetMessage(ctx, practice, id)
		if err != nil {
			t.Fatal(err)
		}
		want[string(inbox.EventMessageReceived)+"/"+m.ConversationID+"/"+id] = 1
	}
	for i, in := range insts {
		got := in.rec.snapshot()
		for k, n := range got {
			if want[k] != n {
				t.Errorf("instance %d saw event %s %d times, want %d", i, k, n, want[k])
			}
		}
		if len(got) != len(want) {
			t.Errorf("instance %d saw %d distinct events, want %d", i, len(got), len(want))
		}
	}
}
