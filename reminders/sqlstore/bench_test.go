package sqlstore_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/internal/pgtest"
	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/sqlstore"
)

// benchPool returns a Store in a fresh schema on a pool of conns
// connections.
func benchPool(b *testing.B, conns int32) *sqlstore.Store {
	b.Helper()
	_, schema := pgtest.Schema(b)
	cfg, err := pgxpool.ParseConfig(pgtest.DSN(b))
	if err != nil {
		b.Fatal(err)
	}
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	cfg.MaxConns = conns
	pool, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(pool.Close)
	s, err := sqlstore.NewPostgres(pool, sqlstore.Config{})
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Migrate(context.Background()); err != nil {
		b.Fatal(err)
	}
	return s
}

// seedParallel seeds n appointments on 8 goroutines.
func seedParallel(b *testing.B, s reminders.Store, p string, n int) {
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for i := w; i < n; i += 8 {
				a := appointment(p, fmt.Sprintf("a%06d", i))
				if _, err := reminders.Sync(context.Background(), s, dayBefore, a, planned); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
}

// BenchmarkDispatchPostgres measures reminders dispatched per second
// through PostgreSQL: claim a batch (SKIP LOCKED, lease), gate, render,
// send through the channeltest fake, record the result. Three
// dispatchers share one store, each with many send workers.
func BenchmarkDispatchPostgres(b *testing.B) {
	for _, bc := range []struct{ dispatchers, workers, batch int }{{3, 16, 256}, {3, 64, 512}, {3, 256, 1024}} {
		b.Run(fmt.Sprintf("dispatchers=%d/workers=%d/batch=%d", bc.dispatchers, bc.workers, bc.batch), func(b *testing.B) {
			const n = 10_000
			s := benchPool(b, 32)
			b.ReportAllocs()
			sent, round := 0, 0
			for b.Loop() {
				b.StopTimer()
				p := fmt.Sprintf("p%d", round)
				round++
				seedParallel(b, s, p, n)
				clk := clocktest.NewFake(dispatchAt)
				sms := channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: clk})
				var ds []*reminders.Dispatcher
				for i := range bc.dispatchers {
					d, err := reminders.NewDispatcher(s, []channels.Channel{sms}, reminders.DispatcherConfig{Clock: clk, Policy: dayBefore,
						Owner: fmt.Sprintf("d%d", i), Batch: bc.batch, Workers: bc.workers})
					if err != nil {
						b.Fatal(err)
					}
					ds = append(ds, d)
				}
				b.StartTimer()
				var wg sync.WaitGroup
				for _, d := range ds {
					wg.Go(func() {
						if _, err := d.RunOnce(context.Background()); err != nil {
							b.Error(err)
						}
					})
				}
				wg.Wait()
				if got := len(sms.Sent()); got != n || sms.Attempts() != n {
					b.Fatalf("sent %d in %d attempts, want %d", got, sms.Attempts(), n)
				}
				sent += n
			}
			b.ReportMetric(float64(sent)/b.Elapsed().Seconds(), "reminders/s")
		})
	}
}

// BenchmarkBareUpdatePostgres is the baseline beside
// BenchmarkDispatchPostgres, on the same server in the same run: bare pgx
// single-row UPDATEs of 10,000 rows, one commit each, on 192 goroutines
// (three dispatchers of 64 workers). A dispatched reminder costs at least
// one such write.
func BenchmarkBareUpdatePostgres(b *testing.B) {
	const n, workers = 10_000, 192
	_, schema := pgtest.Schema(b)
	cfg, err := pgxpool.ParseConfig(pgtest.DSN(b))
	if err != nil {
		b.Fatal(err)
	}
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	cfg.MaxConns = 32
	pool, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer pool.Close()
	ctx := context.Background()
	if _, err := pool.Exec(ctx, `CREATE TABLE bare (id BIGINT PRIMARY KEY, state TEXT NOT NULL, sent_us BIGINT NOT NULL)`); err != nil {
		b.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `INSERT INTO bare SELECT g, 'scheduled', 0 FROM generate_series(1, $1) g`, n); err != nil {
		b.Fatal(err)
	}
	done := 0
	for b.Loop() {
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() {
				for i := w + 1; i <= n; i += workers {
					if _, err := pool.Exec(ctx, `UPDATE bare SET state = 'sent', sent_us = sent_us + 1 WHERE id = $1`, i); err != nil {
						b.Error(err)
						return
					}
				}
			})
		}
		wg.Wait()
		done += n
	}
	b.ReportMetric(float64(done)/b.Elapsed().Seconds(), "rows/s")
}
