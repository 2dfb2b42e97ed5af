package sqlstore_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/sqlstore"
)

// killAfter passes sends to a channel and, once, after the k-th, runs
// kill (which cuts the database connections) before returning.
type killAfter struct {
	channels.Channel
	k    int64
	n    atomic.Int64
	once sync.Once
	kill func()
}

func (c *killAfter) Send(ctx context.Context, m channels.Outbound) (channels.SendResult, error) {
	res, err := c.Channel.Send(ctx, m)
	if c.n.Add(1) == c.k {
		c.once.Do(c.kill)
	}
	return res, err
}

// TestConnectionsKilledMidDispatch cuts every connection of the
// dispatchers' pool while they send. Their errors are typed; after the
// leases run out the next run finishes the work: every reminder is
// recorded sent and reached the channel exactly once (resends carry the
// same idempotency key, which the provider, here the fake, honours).
func TestConnectionsKilledMidDispatch(t *testing.T) {
	t.Parallel()
	const n = 300
	_, schema := pgtest.Schema(t)
	cfg, err := pgxpool.ParseConfig(pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	cfg.ConnConfig.RuntimeParams["application_name"] = schema
	pool, err := pgxpool.NewWithConfig(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	s, err := sqlstore.NewPostgres(pool, sqlstore.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	seed(t, s, "p1", n)

	clk := clocktest.NewFake(dispatchAt)
	fake := channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: clk})
	killed := 0
	sms := &killAfter{Channel: fake, k: n / 3, kill: func() {
		admin, err := pgx.Connect(context.Background(), pgtest.DSN(t))
		if err != nil {
			t.Error(err)
			return
		}
		defer admin.Close(context.Background())
		if err := admin.QueryRow(context.Background(), `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1`,
			schema).Scan(&killed); err != nil {
			t.Error(err)
		}
	}}
	run := func() (errs []error) {
		var (
			wg sync.WaitGroup
			mu sync.Mutex
		)
		for i := range 3 {
			d, err := reminders.NewDispatcher(s, []channels.Channel{sms}, reminders.DispatcherConfig{
				Clock: clk, Policy: dayBefore, Owner: fmt.Sprintf("d%d", i), Batch: 20, Workers: 4, Lease: time.Minute})
			if err != nil {
				t.Fatal(err)
			}
			wg.Go(func() {
				// A dispatcher that hits an error stops, as Run would
				// until its next poll; it is then run again.
				for range 50 {
					st, err := d.RunOnce(t.Context())
					if err == nil && st.Claimed == 0 {
						return
					}
					if err != nil {
						mu.Lock()
						errs = append(errs, err)
						mu.Unlock()
					}
				}
			})
		}
		wg.Wait()
		return errs
	}
	errs := run()
	if killed == 0 {
		t.Fatal("no connection was killed")
	}
	for _, err := range errs {
		if !errors.Is(err, sqlstore.ErrDatabase) {
			t.Errorf("error %v is not an ErrDatabase", err)
		}
	}
	clk.Advance(time.Minute) // leases held when the connections died run out
	if errs := run(); len(errs) != 0 {
		t.Fatalf("after recovery: %v", errs)
	}
	keys := map[string]int{}
	for _, m := range fake.Sent() {
		keys[m.IdempotencyKey]++
	}
	if len(keys) != n || len(fake.Sent()) != n {
		t.Errorf("%d messages for %d distinct reminders, want %d each", len(fake.Sent()), len(keys), n)
	}
	for i := range n {
		rs, err := s.Reminders(t.Context(), "p1", fmt.Sprintf("a%06d", i))
		if err != nil || len(rs) != 1 || rs[0].State != reminders.StateSent {
			t.Fatalf("appointment %d: %+v %v, want its reminder sent", i, rs, err)
		}
	}
	t.Logf("killed %d connections; %d dispatcher errors; %d send attempts for %d reminders", killed, len(errs), fake.Attempts(), n)
}
