package channels

import (
	"context"
	"sync"
	"time"

	"github.com/frontdeskhq/frontdesk/clock"
)

// IdempotencyConfig configures WithIdempotency. The zero value remembers
// accepted sends for 24 hours on the system clock.
type IdempotencyConfig struct {
	// TTL is how long an accepted send is remembered. Default 24h.
	TTL   time.Duration
	Clock clock.Clock
}

// WithIdempotency makes a send with an IdempotencyKey already accepted
// return the first result instead of reaching the provider again, and
// makes concurrent sends with one key wait for the first to finish. Most
// providers' send APIs take no idempotency key, so this is what keeps a
// retried reply or reminder from going out twice within a process; put it
// outside WithRetry. Sends without a key pass through. Failed sends are
// not remembered, so they may be tried again.
//
// The memory is per process: a vendor running several instances relies on
// the stores' claims (the inbox stores each message once, reminders are
// leased) so that one key is sent by one instance.
func WithIdempotency(cfg IdempotencyConfig) Middleware {
	if cfg.TTL <= 0 {
		cfg.TTL = 24 * time.Hour
	}
	cfg.Clock = clock.OrSystem(cfg.Clock)
	return func(next Channel) Channel {
		return &idemChannel{next: next, cfg: cfg, seen: map[string]*idemEntry{}}
	}
}

type idemChannel struct {
	next Channel
	cfg  IdempotencyConfig
	mu   sync.Mutex
	seen map[string]*idemEntry
	ops  int
}

type idemEntry struct {
	done   chan struct{} // closed when the first send finishes
	ok     bool
	result SendResult
	at     time.Time
}

func (c *idemChannel) Capabilities() Capabilities { return c.next.Capabilities() }

func (c *idemChannel) Send(ctx context.Context, m Outbound) (SendResult, error) {
	if m.IdempotencyKey == "" {
		return c.next.Send(ctx, m)
	}
	key := m.PracticeID + "\x00" + m.IdempotencyKey
	for {
		c.mu.Lock()
		c.sweep()
		e, found := c.seen[key]
		if !found {
			e = &idemEntry{done: make(chan struct{})}
			c.seen[key] = e
			c.mu.Unlock()
			res, err := c.next.Send(ctx, m)
			c.mu.Lock()
			if err == nil {
				e.ok, e.result, e.at = true, res, c.cfg.Clock.Now()
			} else {
				delete(c.seen, key)
			}
			close(e.done)
			c.mu.Unlock()
			return res, err
		}
		c.mu.Unlock()
		select {
		case <-e.done:
		case <-ctx.Done():
			return SendResult{}, ctx.Err()
		}
		if e.ok {
			return e.result, nil
		}
		// The first attempt failed and was forgotten: try again.
	}
}

// sweep drops expired entries now and then; c.mu is held.
func (c *idemChannel) sweep() {
	c.ops++
	if c.ops%256 != 0 {
		return
	}
	cutoff := c.cfg.Clock.Now().Add(-c.cfg.TTL)
	for k, e := range c.seen {
		select {
		case <-e.done:
			if e.ok && e.at.Before(cutoff) {
				delete(c.seen, k)
			}
		default:
		}
	}
}
