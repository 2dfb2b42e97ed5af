package channels_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

// countingChannel counts provider calls and fails the first n of them.
type countingChannel struct {
	calls atomic.Int32
	fail  int32
}

func (c *countingChannel) Capabilities() channels.Capabilities {
	return channels.DefaultCapabilities(channels.SMS)
}

func (c *countingChannel) Send(_ context.Context, m channels.Outbound) (channels.SendResult, error) {
	n := c.calls.Add(1)
	if n <= c.fail {
		return channels.SendResult{}, &channels.SendError{Channel: channels.SMS, Err: channels.ErrUnavailable}
	}
	return channels.SendResult{ProviderID: "SM" + m.IdempotencyKey, State: channels.StateQueued}, nil
}

func TestWithIdempotency(t *testing.T) {
	clk := clocktest.NewFake(t0)
	prov := &countingChannel{fail: 1}
	ch := channels.Chain(prov, channels.WithIdempotency(channels.IdempotencyConfig{Clock: clk}))
	m := smsOut("hello")
	m.IdempotencyKey = "msg-1"
	if _, err := ch.Send(t.Context(), m); err == nil {
		t.Fatal("first attempt should fail")
	}
	// A failure is not remembered: the retry reaches the provider.
	res, err := ch.Send(t.Context(), m)
	if err != nil || res.ProviderID != "SMmsg-1" {
		t.Fatalf("retry: %+v %v", res, err)
	}
	// Concurrent and later sends of the accepted key never reach it again.
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r, err := ch.Send(t.Context(), m); err != nil || r.ProviderID != "SMmsg-1" {
				t.Errorf("repeat: %+v %v", r, err)
			}
		}()
	}
	wg.Wait()
	if n := prov.calls.Load(); n != 2 {
		t.Errorf("provider calls = %d, want 2", n)
	}
	// The same key in another practice is another message.
	other := m
	other.PracticeID = "p2"
	if _, err := ch.Send(t.Context(), other); err != nil || prov.calls.Load() != 3 {
		t.Errorf("other practice: calls %d, %v", prov.calls.Load(), err)
	}
	// Messages without a key always pass.
	m.IdempotencyKey = ""
	for range 2 {
		if _, err := ch.Send(t.Context(), m); err != nil {
			t.Fatal(err)
		}
	}
	if n := prov.calls.Load(); n != 5 {
		t.Errorf("provider calls = %d, want 5", n)
	}
}
