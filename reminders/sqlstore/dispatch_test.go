package sqlstore_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/reminderstest"
	"github.com/frontdeskhq/frontdesk/reminders/sqlstore"
)

var ny = func() *time.Location {
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		panic(err)
	}
	return loc
}()

// Appointments start at 10:00 New York time; the dispatchers run a day
// before, inside the sending hours.
var (
	apptStart  = time.Date(2026, 5, 5, 10, 0, 0, 0, ny)
	planned    = time.Date(2026, 5, 1, 9, 0, 0, 0, ny)
	dispatchAt = time.Date(2026, 5, 4, 10, 0, 0, 0, ny)
	dayBefore  = reminders.Policy{Offsets: []time.Duration{24 * time.Hour}}
)

// seed stores n appointments of distinct patients in practice p, each
// with one reminder due at dispatchAt.
func seed(tb testing.TB, s reminders.Store, p string, n int) {
	tb.Helper()
	for i := range n {
		a := appointment(p, fmt.Sprintf("a%06d", i))
		if _, err := reminders.Sync(context.Background(), s, dayBefore, a, planned); err != nil {
			tb.Fatal(err)
		}
	}
}

// appointment is a booked appointment of its own patient at apptStart.
func appointment(p, id string) reminders.Appointment {
	return reminderstest.Appointment(p, id, apptStart)
}

// TestThreeDispatchersPostgres runs three dispatchers in one process
// against one PostgreSQL store, plus one that claims a batch and dies
// holding it: every reminder is sent exactly once.
func TestThreeDispatchersPostgres(t *testing.T) {
	t.Parallel()
	testDispatchers(t, newPostgres(t))
}

// TestThreeDispatchersSQLite is the same on SQLite's single writer.
func TestThreeDispatchersSQLite(t *testing.T) {
	t.Parallel()
	testDispatchers(t, newSQLite(t))
}

func testDispatchers(t *testing.T, s *sqlstore.Store) {
	const n = 400
	seed(t, s, "p1", n)
	clk := clocktest.NewFake(dispatchAt)
	sms := channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: clk})

	// A dispatcher that claims and crashes before sending.
	dead, err := s.Claim(t.Context(), reminders.ClaimParams{Now: dispatchAt, Owner: "dead", Lease: time.Minute, Limit: 30})
	if err != nil || len(dead) != 30 {
		t.Fatalf("dead claim: %d %v", len(dead), err)
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		total reminders.DispatchStats
	)
	run := func() {
		for i := range 3 {
			d, err := reminders.NewDispatcher(s, []channels.Channel{sms}, reminders.DispatcherConfig{
				Clock: clk, Policy: dayBefore, Owner: fmt.Sprintf("d%d", i), Batch: 25, Workers: 4, Lease: time.Minute})
			if err != nil {
				t.Fatal(err)
			}
			wg.Go(func() {
				st, err := d.RunOnce(t.Context())
				if err != nil {
					t.Errorf("dispatcher %d: %v", i, err)
				}
				mu.Lock()
				total.Claimed += st.Claimed
				total.Sent += st.Sent
				total.LeaseLost += st.LeaseLost
				mu.Unlock()
			})
		}
		wg.Wait()
	}
	run()
	if total.Sent != n-len(dead) {
		t.Fatalf("first round sent %d, want %d (the dead dispatcher holds %d)", total.Sent, n-len(dead), len(dead))
	}
	clk.Advance(time.Minute) // the dead dispatcher's lease runs out
	run()
	if total.Sent != n || total.LeaseLost != 0 {
		t.Errorf("stats %+v, want %d sent and no lost lease", total, n)
	}
	if got := sms.Attempts(); got != n {
		t.Errorf("%d send attempts for %d reminders: duplicates", got, n)
	}
	keys := map[string]bool{}
	for _, m := range sms.Sent() {
		keys[m.IdempotencyKey] = true
	}
	if len(keys) != n {
		t.Errorf("%d distinct reminders reached the channel, want %d", len(keys), n)
	}
	for i := range n {
		rs, err := s.Reminders(t.Context(), "p1", fmt.Sprintf("a%06d", i))
		if err != nil || len(rs) != 1 || rs[0].State != reminders.StateSent || rs[0].Attempts != 1 {
			t.Fatalf("appointment %d: %+v %v, want one reminder sent on the first attempt", i, rs, err)
		}
	}
}
