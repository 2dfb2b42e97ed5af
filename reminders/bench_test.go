package reminders_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/reminders"
)

// nopChannel accepts everything at once, so that the benchmark measures
// frontdesk, not a provider.
type nopChannel struct{ caps channels.Capabilities }

func (c nopChannel) Capabilities() channels.Capabilities { return c.caps }
func (c nopChannel) Send(context.Context, channels.Outbound) (channels.SendResult, error) {
	return channels.SendResult{ProviderID: "x", State: channels.StateSent}, nil
}

// BenchmarkDispatch measures reminders sent per second through the
// memory store: claim in batches, gate, render, send, complete; with a
// channel that accepts at once, and with the channeltest fake (which
// records every message and checks idempotency keys).
func BenchmarkDispatch(b *testing.B) {
	b.Run("nop", func(b *testing.B) {
		benchDispatch(b, func(*clocktest.Fake) channels.Channel {
			return nopChannel{caps: channels.DefaultCapabilities(channels.SMS)}
		})
	})
	b.Run("fake", func(b *testing.B) {
		benchDispatch(b, func(c *clocktest.Fake) channels.Channel {
			return channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: c})
		})
	})
}

func benchDispatch(b *testing.B, newChannel func(*clocktest.Fake) channels.Channel) {
	const n = 10_000
	start := local(2026, 5, 1, 9, 0)
	appts := make([]reminders.Appointment, n)
	for i := range appts {
		appts[i] = appt(fmt.Sprintf("a%05d", i), local(2026, 5, 5, 10, 0))
	}
	pol := reminders.Policy{Offsets: []time.Duration{24 * time.Hour}}
	b.ReportAllocs()
	sent := 0
	for b.Loop() {
		b.StopTimer()
		clk := clocktest.NewFake(start)
		store := reminders.NewMemoryStore()
		for _, a := range appts {
			if _, err := reminders.Sync(context.Background(), store, pol, a, start); err != nil {
				b.Fatal(err)
			}
		}
		clk.Set(local(2026, 5, 4, 10, 0))
		d, err := reminders.NewDispatcher(store, []channels.Channel{newChannel(clk)}, reminders.DispatcherConfig{Clock: clk, Policy: pol, Batch: 1000})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		st, err := d.RunOnce(context.Background())
		if err != nil || st.Sent != n {
			b.Fatalf("%+v %v", st, err)
		}
		sent += st.Sent
	}
	b.ReportMetric(float64(sent)/b.Elapsed().Seconds(), "reminders/s")
}

// BenchmarkParseReply measures reply parsing.
func BenchmarkParseReply(b *testing.B) {
	texts := []string{"C", "yes I'll be there", "no puedo ir, lo siento", "can we do thursday instead?", "STOP", "do I need to fast?"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		reminders.ParseReply(texts[i%len(texts)], "", nil)
		i++
	}
}
