package channels

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/frontdeskhq/frontdesk/clock"
)

// Middleware wraps a Channel with sending machinery shared by every
// adapter: consent, rate limits, retries.
type Middleware func(Channel) Channel

// Chain wraps ch in mws, the first outermost: Chain(ch, a, b) sends
// through a, then b, then ch. The usual order is WithIdempotency,
// WithConsent, WithRetry, WithRateLimit, so that a repeated message is
// answered from memory, an opted-out send never waits for a rate slot, and
// every retry takes one.
func Chain(ch Channel, mws ...Middleware) Channel {
	for i := len(mws) - 1; i >= 0; i-- {
		ch = mws[i](ch)
	}
	return ch
}

// WithConsent refuses, before any provider call, a send to an address that
// opted out of the channel: the error is a *SendError wrapping
// ErrOptedOut.
func WithConsent(store ConsentStore) Middleware {
	return func(next Channel) Channel {
		return &consentChannel{next: next, store: store}
	}
}

type consentChannel struct {
	next  Channel
	store ConsentStore
}

func (c *consentChannel) Capabilities() Capabilities { return c.next.Capabilities() }

func (c *consentChannel) Send(ctx context.Context, m Outbound) (SendResult, error) {
	got, err := c.store.Get(ctx, m.PracticeID, m.Channel, m.To)
	switch {
	case errors.Is(err, ErrConsentNotFound):
	case err != nil:
		return SendResult{}, fmt.Errorf("channels: consent lookup: %w", err)
	case got.State == ConsentOptedOut && !m.ConsentNotice:
		return SendResult{}, &SendError{Channel: m.Channel, Code: "opted_out", Err: ErrOptedOut}
	}
	return c.next.Send(ctx, m)
}

// RetryConfig configures WithRetry. The zero value retries up to 4 times
// (5 attempts) with exponential back-off from 500ms, doubling, capped at
// 30s, with full jitter, honouring a provider's Retry-After up to
// MaxRetryAfter (default 5 minutes).
type RetryConfig struct {
	Clock         clock.Clock
	MaxRetries    int
	BaseDelay     time.Duration
	MaxDelay      time.Duration
	MaxRetryAfter time.Duration
	// NoRetryUnavailable retries only ErrRateLimited (the provider surely
	// did not accept the message), not ErrUnavailable (timeouts, 5xx). A
	// timeout may hide a message the provider accepted, so set it for a
	// provider that ignores idempotency keys where a rare duplicate is not
	// acceptable.
	NoRetryUnavailable bool
	// Jitter returns a random duration in [0, d). Default math/rand/v2.
	Jitter func(d time.Duration) time.Duration
}

// WithRetry retries retryable send failures (see IsRetryable) with
// exponential back-off and jitter, waiting at least a provider's
// Retry-After. Every attempt carries the same IdempotencyKey. It stops at
// the first permanent error, when retries run out, or when ctx ends, and
// returns the last error.
func WithRetry(cfg RetryConfig) Middleware {
	cfg.Clock = clock.OrSystem(cfg.Clock)
	if cfg.MaxRetries == 0 {
		cfg.MaxRetries = 4
	}
	if cfg.BaseDelay == 0 {
		cfg.BaseDelay = 500 * time.Millisecond
	}
	if cfg.MaxDelay == 0 {
		cfg.MaxDelay = 30 * time.Second
	}
	if cfg.MaxRetryAfter == 0 {
		cfg.MaxRetryAfter = 5 * time.Minute
	}
	if cfg.Jitter == nil {
		cfg.Jitter = func(d time.Duration) time.Duration {
			if d <= 0 {
				return 0
			}
			return rand.N(d)
		}
	}
	return func(next Channel) Channel { return &retryChannel{next: next, cfg: cfg} }
}

type retryChannel struct {
	next Channel
	cfg  RetryConfig
}

func (c *retryChannel) Capabilities() Capabilities { return c.next.Capabilities() }

func (c *retryChannel) Send(ctx context.Context, m Outbound) (SendResult, error) {
	delay := c.cfg.BaseDelay
	for attempt := 0; ; attempt++ {
		res, err := c.next.Send(ctx, m)
		if err == nil || attempt >= c.cfg.MaxRetries || !c.retryable(err) {
			return res, err
		}
		wait := c.cfg.Jitter(delay)
		var se *SendError
		if errors.As(err, &se) && se.RetryAfter > 0 {
			if se.RetryAfter > c.cfg.MaxRetryAfter {
				return res, err
			}
			wait = max(wait, se.RetryAfter)
		}
		if serr := clock.Sleep(ctx, c.cfg.Clock, wait); serr != nil {
			return res, err
		}
		delay = min(2*delay, c.cfg.MaxDelay)
	}
}

func (c *retryChannel) retryable(err error) bool {
	if errors.Is(err, ErrRateLimited) {
		return true
	}
	return !c.cfg.NoRetryUnavailable && IsRetryable(err)
}

// RateConfig configures WithRateLimit from a provider's published limits.
type RateConfig struct {
	Clock clock.Clock
	// PerSecond and Burst limit the whole channel (for WhatsApp Cloud API,
	// the phone number's throughput; for Twilio, the account's).
	PerSecond float64
	Burst     int
	// PerSenderPerSecond and PerSenderBurst limit each practice, so that
	// one practice's announcement cannot starve another's replies. Zero
	// means no per-practice limit.
	PerSenderPerSecond float64
	PerSenderBurst     int
}

// WithRateLimit makes sends wait for a slot of the channel's limiter and of
// the sending practice's, on the configured clock. A wait that would
// outlast ctx's deadline fails at once with a *SendError wrapping
// ErrRateLimited.
func WithRateLimit(cfg RateConfig) Middleware {
	cfg.Clock = clock.OrSystem(cfg.Clock)
	return func(next Channel) Channel {
		rc := &rateChannel{next: next, cfg: cfg, perSender: make(map[string]*rate.Limiter)}
		if cfg.PerSecond > 0 {
			rc.all = rate.NewLimiter(rate.Limit(cfg.PerSecond), max(cfg.Burst, 1))
		}
		return rc
	}
}

type rateChannel struct {
	next Channel
	cfg  RateConfig
	all  *rate.Limiter

	mu        sync.Mutex
	perSender map[string]*rate.Limiter
}

func (c *rateChannel) Capabilities() Capabilities { return c.next.Capabilities() }

func (c *rateChannel) Send(ctx context.Context, m Outbound) (SendResult, error) {
	for _, l := range []*rate.Limiter{c.all, c.sender(m.PracticeID)} {
		if err := c.wait(ctx, l, m.Channel); err != nil {
			return SendResult{}, err
		}
	}
	return c.next.Send(ctx, m)
}

func (c *rateChannel) sender(practiceID string) *rate.Limiter {
	if c.cfg.PerSenderPerSecond <= 0 {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.perSender[practiceID]
	if !ok {
		l = rate.NewLimiter(rate.Limit(c.cfg.PerSenderPerSecond), max(c.cfg.PerSenderBurst, 1))
		c.perSender[practiceID] = l
	}
	return l
}

// wait reserves a slot at the configured clock's now and sleeps on that
// clock, so tests drive it with a fake.
func (c *rateChannel) wait(ctx context.Context, l *rate.Limiter, k Kind) error {
	if l == nil {
		return nil
	}
	now := c.cfg.Clock.Now()
	r := l.ReserveN(now, 1)
	if !r.OK() {
		return &SendError{Channel: k, Code: "rate_limit", Err: ErrRateLimited}
	}
	d := r.DelayFrom(now)
	// Context deadlines are wall-clock times, so the remaining budget is
	// measured on the wall clock while the wait itself runs on c.cfg.Clock.
	if dl, ok := ctx.Deadline(); ok && d > time.Until(dl) {
		r.CancelAt(now)
		return &SendError{Channel: k, Code: "rate_limit", RetryAfter: d, Err: ErrRateLimited}
	}
	if err := clock.Sleep(ctx, c.cfg.Clock, d); err != nil {
		r.CancelAt(c.cfg.Clock.Now())
		return err
	}
	return nil
}
