package reminders_test

import (
	"context"
	"sync"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/reminders"
)

// countClaims is a Store that fills Claimed.Recent at claim time, as the
// SQL stores do, and closes second once its second Claim has returned.
type countClaims struct {
	reminders.Store
	mu     sync.Mutex
	n      int
	second chan struct{}
}

func (s *countClaims) Claim(ctx context.Context, p reminders.ClaimParams) ([]reminders.Claimed, error) {
	c, err := s.Store.Claim(ctx, p)
	for i := range c {
		r := c[i].Reminder
		if c[i].Recent, err = s.RecentSends(ctx, r.PracticeID, r.PatientID, p.RecentSince); err != nil {
			return nil, err
		}
		c[i].HasRecent = true
	}
	s.mu.Lock()
	if s.n++; s.n == 2 {
		close(s.second)
	}
	s.mu.Unlock()
	return c, err
}

// holdFirst holds the first send until release is closed.
type holdFirst struct {
	channels.Channel
	once    sync.Once
	release chan struct{}
}

func (c *holdFirst) Send(ctx context.Context, m channels.Outbound) (channels.SendResult, error) {
	c.once.Do(func() { <-c.release })
	return c.Channel.Send(ctx, m)
}

// TestClaimAheadSeesPreviousBatch: the batch claimed while the one before
// it is being sent must still see that batch's sends in the message
// limits. One patient's two reminders (48 and 24 hours before) are both
// due, one per batch; the second batch is claimed, with the patient's
// recent sends, before the first send is made, and the daily limit must
// still keep the second reminder from going out the same day.
func TestClaimAheadSeesPreviousBatch(t *testing.T) {
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	e.book(t, appt("a1", local(2026, 5, 4, 10, 0)))
	e.clock.Set(local(2026, 5, 4, 9, 30))
	store := &countClaims{Store: e.store, second: make(chan struct{})}
	sms := &holdFirst{Channel: e.sms, release: store.second}
	d, err := reminders.NewDispatcher(store, []channels.Channel{sms}, reminders.DispatcherConfig{Clock: e.clock, Policy: e.policy,
		Owner: "w1", Batch: 1, Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	st := runOnce(t, d)
	if st.Sent != 1 || len(e.sms.Sent()) != 1 {
		t.Fatalf("%+v, %d messages: want one reminder sent today, the other held by the daily limit", st, len(e.sms.Sent()))
	}
}
