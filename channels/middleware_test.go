package channels_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

var t0 = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

func smsOut(key string) channels.Outbound {
	return channels.Outbound{PracticeID: "p1", Channel: channels.SMS, To: channels.Address{Kind: channels.AddrPhone, Value: "+14155550100"}, Text: "hi", IdempotencyKey: key}
}

func noJitter(d time.Duration) time.Duration { return d }

// sendAsync sends in a goroutine and returns its result channel, so the
// test can advance the fake clock while the send waits.
func sendAsync(ch channels.Channel, ctx context.Context, m channels.Outbound) <-chan error {
	done := make(chan error, 1)
	go func() {
		_, err := ch.Send(ctx, m)
		done <- err
	}()
	return done
}

func TestRetryBacksOffAndHonoursRetryAfter(t *testing.T) {
	clk := clocktest.NewFake(t0)
	fake := channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: clk})
	fake.FailNext(1, channeltest.ServerError(503))
	fake.FailNext(1, channeltest.RateLimited(10*time.Second))
	ch := channels.Chain(fake, channels.WithRetry(channels.RetryConfig{Clock: clk, Jitter: noJitter}))
	done := sendAsync(ch, t.Context(), smsOut("k"))
	// First retry after the base delay, second after Retry-After (10s).
	for _, d := range []time.Duration{500 * time.Millisecond, 10 * time.Second} {
		if err := clk.BlockUntil(t.Context(), 1); err != nil {
			t.Fatal(err)
		}
		clk.Advance(d)
	}
	if err := <-done; err != nil {
		t.Fatalf("send after retries: %v", err)
	}
	if fake.Attempts() != 3 || len(fake.Sent()) != 1 {
		t.Errorf("attempts %d, sent %d; want 3 and 1", fake.Attempts(), len(fake.Sent()))
	}
	if got := clk.Now().Sub(t0); got != 10500*time.Millisecond {
		t.Errorf("waited %v", got)
	}
}

func TestRetryStopsOnPermanentErrorsAndLimits(t *testing.T) {
	clk := clocktest.NewFake(t0)
	fake := channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: clk})
	ch := channels.Chain(fake, channels.WithRetry(channels.RetryConfig{Clock: clk, Jitter: noJitter, MaxRetries: 2}))
	fake.FailNext(1, channeltest.Rejected("21211"))
	if _, err := ch.Send(t.Context(), smsOut("a")); !errors.Is(err, channels.ErrRejected) || fake.Attempts() != 1 {
		t.Fatalf("permanent error: %v after %d attempts", err, fake.Attempts())
	}
	fake.FailNext(10, channeltest.ServerError(500))
	done := sendAsync(ch, t.Context(), smsOut("b"))
	for range 2 {
		if err := clk.BlockUntil(t.Context(), 1); err != nil {
			t.Fatal(err)
		}
		clk.Advance(time.Minute)
	}
	if err := <-done; !errors.Is(err, channels.ErrUnavailable) || fake.Attempts() != 4 {
		t.Fatalf("retries exhausted: %v after %d attempts (want 1+3)", err, fake.Attempts())
	}
	// Without retrying unavailable, a 5xx fails at once.
	strict := channels.Chain(fake, channels.WithRetry(channels.RetryConfig{Clock: clk, NoRetryUnavailable: true}))
	fake.Reset()
	fake.FailNext(1, channeltest.Timeout())
	if _, err := strict.Send(t.Context(), smsOut("c")); !errors.Is(err, channels.ErrUnavailable) {
		t.Fatalf("strict retry: %v", err)
	}
	// A Retry-After beyond the cap is returned, not waited for.
	fake.FailNext(1, channeltest.RateLimited(time.Hour))
	if _, err := ch.Send(t.Context(), smsOut("d")); !errors.Is(err, channels.ErrRateLimited) {
		t.Fatalf("long retry-after: %v", err)
	}
}

func TestRetryEndsWithContext(t *testing.T) {
	clk := clocktest.NewFake(t0)
	fake := channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: clk})
	fake.FailNext(10, channeltest.ServerError(500))
	ch := channels.Chain(fake, channels.WithRetry(channels.RetryConfig{Clock: clk}))
	ctx, cancel := context.WithCancel(t.Context())
	done := sendAsync(ch, ctx, smsOut("k"))
	if err := clk.BlockUntil(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := <-done; !errors.Is(err, channels.ErrUnavailable) {
		t.Fatalf("canceled retry returned %v, want the last send error", err)
	}
}

func TestConsentBlocksBeforeProvider(t *testing.T) {
	store := channels.NewMemoryConsentStore()
	fake := channeltest.New(channeltest.Config{Kind: channels.SMS})
	ch := channels.Chain(fake, channels.WithConsent(store))
	m := smsOut("k")
	if _, err := store.Set(t.Context(), channels.Consent{PracticeID: "p1", Channel: channels.SMS, Address: m.To, State: channels.ConsentOptedOut, Source: "keyword", ChangedAt: t0}); err != nil {
		t.Fatal(err)
	}
	if _, err := ch.Send(t.Context(), m); !errors.Is(err, channels.ErrOptedOut) {
		t.Fatalf("send to opted-out: %v", err)
	}
	if fake.Attempts() != 0 {
		t.Fatalf("provider called %d times for an opted-out address", fake.Attempts())
	}
	// Another practice's patient with the same number is not affected.
	m.PracticeID = "p2"
	if _, err := ch.Send(t.Context(), m); err != nil {
		t.Fatalf("other practice: %v", err)
	}
}

func TestRateLimitWaitsOnTheClock(t *testing.T) {
	clk := clocktest.NewFake(t0)
	fake := channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: clk})
	ch := channels.Chain(fake, channels.WithRateLimit(channels.RateConfig{Clock: clk, PerSecond: 1, Burst: 1, PerSenderPerSecond: 0.5, PerSenderBurst: 1}))
	if _, err := ch.Send(t.Context(), smsOut("1")); err != nil {
		t.Fatal(err)
	}
	done := sendAsync(ch, t.Context(), smsOut("2"))
	// The practice's own limit (one per two seconds) is the binding one.
	if err := clk.BlockUntil(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	clk.Advance(time.Second)
	if err := clk.BlockUntil(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	clk.Advance(time.Second)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if len(fake.Sent()) != 2 {
		t.Fatalf("sent %d", len(fake.Sent()))
	}
	// Another practice is not held up by the first one's per-sender limit:
	// the channel-wide slot is free again, so its send goes at once.
	other := smsOut("3")
	other.PracticeID = "p2"
	if _, err := ch.Send(t.Context(), other); err != nil {
		t.Fatal(err)
	}
	if len(fake.Sent()) != 3 {
		t.Fatalf("sent %d, want the other practice's message sent at once", len(fake.Sent()))
	}
	// A wait longer than the context allows fails at once.
	hourly := channels.Chain(fake, channels.WithRateLimit(channels.RateConfig{Clock: clk, PerSecond: 1.0 / 3600, Burst: 1}))
	if _, err := hourly.Send(t.Context(), smsOut("4")); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	_, err := hourly.Send(ctx, smsOut("5"))
	var se *channels.SendError
	if !errors.Is(err, channels.ErrRateLimited) || !errors.As(err, &se) || se.RetryAfter < 59*time.Minute {
		t.Fatalf("over-deadline wait: %v", err)
	}
}
