package sqlstore_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/sqlstore"
)

// dieAfter passes sends to a channel and, at the k-th, kills its
// dispatcher (cancels its context) before or after the provider took it.
type dieAfter struct {
	channels.Channel
	k      int64
	n      atomic.Int64
	after  bool
	cancel context.CancelFunc
}

func (c *dieAfter) Send(ctx context.Context, m channels.Outbound) (channels.SendResult, error) {
	n := c.n.Add(1)
	if n == c.k && !c.after {
		c.cancel()
		return channels.SendResult{}, ctx.Err()
	}
	res, err := c.Channel.Send(ctx, m)
	if n == c.k {
		c.cancel()
	}
	return res, err
}

// waitRowLocks returns once no other transaction holds a lock on a
// reminder row: it locks them all itself (waiting, not skipping) and
// lets them go.
func waitRowLocks(t *testing.T, pool *pgxpool.Pool) {
	t.Helper()
	tx, err := pool.Begin(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback(t.Context()) }()
	if _, err := tx.Exec(t.Context(), "SET LOCAL lock_timeout = '30s'"); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(t.Context(), "SELECT 1 FROM "+sqlstore.DefaultPrefix+"reminders FOR UPDATE"); err != nil {
		t.Fatalf("waiting for the killed claims' row locks: %v", err)
	}
}

// TestKilledDispatchersNeverDuplicatePostgres kills three dispatchers
// sharing one PostgreSQL store at random sends of their batches (claims
// held, results in flight, some sends accepted by the provider and not
// yet recorded). Once their leases run out a survivor finishes: every
// reminder is recorded sent once, and the provider was called again only
// for sends in flight when a dispatcher died.
func TestKilledDispatchersNeverDuplicatePostgres(t *testing.T) {
	t.Parallel()
	const (
		n       = 240
		workers = 4
	)
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 3 {
		s, pool := newPostgresPool(t)
		seed(t, s, "p1", n)
		clk := clocktest.NewFake(dispatchAt)
		sms := channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: clk})
		var wg sync.WaitGroup
		for w := range 3 {
			ctx, cancel := context.WithCancel(t.Context())
			k := &dieAfter{Channel: sms, k: 1 + rng.Int64N(n/3), after: rng.IntN(2) == 0, cancel: cancel}
			d, err := reminders.NewDispatcher(s, []channels.Channel{k}, reminders.DispatcherConfig{Clock: clk, Policy: dayBefore,
				Owner: fmt.Sprintf("r%d-w%d", round, w), Batch: 16, Workers: workers, Lease: time.Minute})
			if err != nil {
				t.Fatal(err)
			}
			wg.Go(func() { _, _ = d.RunOnce(ctx); cancel() })
		}
		wg.Wait()
		clk.Advance(time.Minute) // the dead dispatchers' leases run out
		d, err := reminders.NewDispatcher(s, []channels.Channel{sms}, reminders.DispatcherConfig{Clock: clk, Policy: dayBefore,
			Owner: fmt.Sprintf("r%d-survivor", round), Batch: 16, Workers: workers, Lease: time.Minute})
		if err != nil {
			t.Fatal(err)
		}
		// A killed dispatcher's claim may still commit on the server after
		// its context ended (the cancel request races the statement), and
		// hold rows the survivor's first pass skips while they are locked,
		// or hold them under a lease taken after the clock moved on: the
		// survivor runs until a pass claims nothing, and when reminders are
		// still unsent, waits for the killed claims still running on the
		// server to end (a busy machine can keep one running through
		// several passes) and lets a late lease run out too.
		for pass := 0; pass < 6; pass++ {
			st, err := d.RunOnce(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if st.Claimed == 0 {
				if len(sms.Sent()) >= n {
					break
				}
				waitRowLocks(t, pool)
				clk.Advance(time.Minute)
			}
		}
		// The fake provider, like a real one, accepts a repeated
		// idempotency key without a second message, so Sent cannot show a
		// duplicate send; the bound on provider calls below is what does.
		keys := map[string]int{}
		for _, m := range sms.Sent() {
			keys[m.IdempotencyKey]++
		}
		if len(keys) != n || len(sms.Sent()) != n {
			t.Fatalf("round %d: %d sends for %d distinct reminders, want %d each", round, len(sms.Sent()), len(keys), n)
		}
		// Each killed dispatcher had at most Workers sends in flight.
		if a := sms.Attempts(); a > n+3*workers {
			t.Fatalf("round %d: %d provider calls for %d reminders", round, a, n)
		}
		for i := range n {
			rs, err := s.Reminders(t.Context(), "p1", fmt.Sprintf("a%06d", i))
			if err != nil || len(rs) != 1 || rs[0].State != reminders.StateSent {
				t.Fatalf("round %d, appointment %d: %+v %v, want its reminder sent", round, i, rs, err)
			}
		}
	}
}
