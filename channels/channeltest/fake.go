// Package channeltest provides a fake channels.Channel for tests: it records
// what was sent, fails on script (timeouts, 429 with Retry-After, 5xx,
// permanent rejections, hangs), delivers inbound messages to a handler and
// emits status callbacks, all deterministically and safe for concurrent use.
package channeltest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock"
)

// Config configures a Fake. The zero value is a WhatsApp-like fake on the
// system clock; set Kind for another channel.
type Config struct {
	// Kind is the channel the fake stands in for. Default channels.WhatsApp.
	Kind channels.Kind
	// Capabilities overrides channels.DefaultCapabilities(Kind) when its
	// Kind is set.
	Capabilities channels.Capabilities
	// Clock stamps results and statuses. Default the system clock.
	Clock clock.Clock
	// Inbound receives messages pushed with Receive; Status receives
	// callbacks pushed with EmitStatus. Either may be set later with
	// SetHandlers.
	Inbound channels.InboundHandler
	Status  channels.StatusHandler
}

// Fake is an in-memory channels.Channel.
type Fake struct {
	caps  channels.Capabilities
	clock clock.Clock

	mu       sync.Mutex
	inbound  channels.InboundHandler
	status   channels.StatusHandler
	sent     []channels.Outbound
	results  map[string]channels.SendResult // by idempotency key
	byID     map[string]channels.Outbound   // by provider id
	attempts int
	seq      int
	faults   []fault
}

var _ channels.Channel = (*Fake)(nil)

type fault struct {
	remaining int // calls left to fail; -1 for as long as match holds
	match     func(channels.Outbound) bool
	err       error
}

// New returns a Fake.
func New(cfg Config) *Fake {
	if cfg.Kind == "" {
		cfg.Kind = channels.WhatsApp
	}
	caps := cfg.Capabilities
	if caps.Kind == "" {
		caps = channels.DefaultCapabilities(cfg.Kind)
	}
	return &Fake{
		caps:    caps,
		clock:   clock.OrSystem(cfg.Clock),
		inbound: cfg.Inbound,
		status:  cfg.Status,
		results: make(map[string]channels.SendResult),
		byID:    make(map[string]channels.Outbound),
	}
}

// SetHandlers sets where Receive and EmitStatus deliver.
func (f *Fake) SetHandlers(in channels.InboundHandler, st channels.StatusHandler) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.inbound, f.status = in, st
}

// Capabilities returns the fake's capabilities.
func (f *Fake) Capabilities() channels.Capabilities { return f.caps }

// Send records m and returns a provider id, unless a scripted fault applies.
// A second Send with the same IdempotencyKey returns the first result and
// records nothing, as a provider with idempotency keys does.
func (f *Fake) Send(ctx context.Context, m channels.Outbound) (channels.SendResult, error) {
	if err := m.Validate(); err != nil {
		return channels.SendResult{}, err
	}
	if m.Channel != f.caps.Kind {
		return channels.SendResult{}, fmt.Errorf("%w: fake %s channel got a %s message", channels.ErrUnknownChannel, f.caps.Kind, m.Channel)
	}
	if f.caps.MaxTextLen > 0 && len(m.Text) > f.caps.MaxTextLen {
		return channels.SendResult{}, &channels.SendError{Channel: f.caps.Kind, Code: "too_long", Err: channels.ErrRejected}
	}
	f.mu.Lock()
	f.attempts++
	if m.IdempotencyKey != "" {
		if r, ok := f.results[m.IdempotencyKey]; ok {
			f.mu.Unlock()
			return r, nil
		}
	}
	err := f.takeFaultLocked(m)
	f.mu.Unlock()
	if err != nil {
		if errors.Is(err, errHang) {
			<-ctx.Done()
			return channels.SendResult{}, &channels.SendError{Channel: f.caps.Kind, Code: "timeout", Err: channels.ErrUnavailable}
		}
		return channels.SendResult{}, withChannel(err, f.caps.Kind)
	}
	if err := ctx.Err(); err != nil {
		return channels.SendResult{}, err
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	r := channels.SendResult{
		ProviderID: fmt.Sprintf("fake-%s-%06d", f.caps.Kind, f.seq),
		State:      channels.StateSent,
		At:         f.clock.Now(),
	}
	f.sent = append(f.sent, m)
	f.byID[r.ProviderID] = m
	if m.IdempotencyKey != "" {
		f.results[m.IdempotencyKey] = r
	}
	return r, nil
}

func (f *Fake) takeFaultLocked(m channels.Outbound) error {
	for i := range f.faults {
		ft := &f.faults[i]
		if ft.remaining == 0 || (ft.match != nil && !ft.match(m)) {
			continue
		}
		if ft.remaining > 0 {
			ft.remaining--
		}
		return ft.err
	}
	return nil
}

func withChannel(err error, k channels.Kind) error {
	var se *channels.SendError
	if errors.As(err, &se) && se.Channel == "" {
		c := *se
		c.Channel = k
		return &c
	}
	return err
}

// FailNext makes the next n sends fail with err (see the fault
// constructors: Timeout, RateLimited, ServerError, Rejected, OptedOut,
// Hang). Scripts queue: once n calls have failed, the next script applies.
func (f *Fake) FailNext(n int, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults = append(f.faults, fault{remaining: n, err: err})
}

// FailWhen makes every send for which match returns true fail with err,
// until Reset.
func (f *Fake) FailWhen(match func(channels.Outbound) bool, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults = append(f.faults, fault{remaining: -1, match: match, err: err})
}

// Reset drops every scripted fault.
func (f *Fake) Reset() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults = nil
}

// Sent returns a copy of every message accepted, in order.
func (f *Fake) Sent() []channels.Outbound {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]channels.Outbound(nil), f.sent...)
}

// Attempts returns how many sends were tried, failed ones included.
func (f *Fake) Attempts() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.attempts
}

// Receive delivers a message from a patient to the inbound handler, as a
// provider webhook would, filling Channel, Type, ProviderID and SentAt when
// they are empty. It returns the message delivered.
func (f *Fake) Receive(ctx context.Context, m channels.Inbound) (channels.Inbound, error) {
	f.mu.Lock()
	h := f.inbound
	if m.ProviderID == "" {
		f.seq++
		m.ProviderID = fmt.Sprintf("fake-%s-in-%06d", f.caps.Kind, f.seq)
	}
	f.mu.Unlock()
	if h == nil {
		return m, errors.New("channeltest: no inbound handler set")
	}
	if m.Channel == "" {
		m.Channel = f.caps.Kind
	}
	if m.Type == "" {
		m.Type = channels.TypeText
	}
	if m.SentAt.IsZero() {
		m.SentAt = f.clock.Now()
	}
	return m, h.HandleInbound(ctx, m)
}

// EmitStatus sends a status callback for a message this fake accepted, as
// the provider would. Callbacks may be emitted in any order, to test that
// statuses never move backwards.
func (f *Fake) EmitStatus(ctx context.Context, providerID string, state channels.DeliveryState, errorCode string) error {
	f.mu.Lock()
	h := f.status
	m, ok := f.byID[providerID]
	f.mu.Unlock()
	if h == nil {
		return errors.New("channeltest: no status handler set")
	}
	if !ok {
		return fmt.Errorf("channeltest: unknown provider id %q", providerID)
	}
	return h.HandleStatus(ctx, channels.Status{
		PracticeID: m.PracticeID,
		Channel:    f.caps.Kind,
		ProviderID: providerID,
		State:      state,
		ErrorCode:  errorCode,
		At:         f.clock.Now(),
	})
}

var errHang = errors.New("channeltest: hang")

// Hang is a fault that blocks Send until its context ends, like a provider
// that never answers, then fails as a retryable timeout.
func Hang() error { return errHang }

// Timeout is a fault like a request that timed out: retryable.
func Timeout() error {
	return &channels.SendError{Code: "timeout", Err: channels.ErrUnavailable}
}

// RateLimited is a fault like an HTTP 429 with a Retry-After header.
func RateLimited(retryAfter time.Duration) error {
	return &channels.SendError{HTTPStatus: http.StatusTooManyRequests, RetryAfter: retryAfter, Err: channels.ErrRateLimited}
}

// ServerError is a fault like an HTTP 5xx answer: retryable.
func ServerError(status int) error {
	return &channels.SendError{HTTPStatus: status, Err: channels.ErrUnavailable}
}

// Rejected is a fault like a permanent refusal with a provider error code.
func Rejected(code string) error {
	return &channels.SendError{HTTPStatus: http.StatusBadRequest, Code: code, Err: channels.ErrRejected}
}

// OptedOut is a fault like a provider refusing an unsubscribed recipient
// (Twilio 21610).
func OptedOut(code string) error {
	return &channels.SendError{HTTPStatus: http.StatusBadRequest, Code: code, Err: channels.ErrOptedOut}
}
