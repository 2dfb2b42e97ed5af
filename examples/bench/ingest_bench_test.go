package main

import (
	"sync/atomic"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/triage"
)

// BenchmarkIngestMemory is the ingest-memory figure's operation, one
// message per iteration on one goroutine: a new signed delivery verified,
// parsed, deduped, triaged, routed, stored and audited (chained and signed
// over a MemorySink). Run with -cpuprofile or -memprofile to see where a
// message's cost goes.
func BenchmarkIngestMemory(b *testing.B) {
	benchIngestMemory(b, false)
}

// BenchmarkIngestMemoryParallel is BenchmarkIngestMemory from GOMAXPROCS
// goroutines at once, as the ingest-memory figure runs it: with
// -mutexprofile it shows what the workers wait on.
func BenchmarkIngestMemoryParallel(b *testing.B) {
	benchIngestMemory(b, true)
}

func benchIngestMemory(b *testing.B, parallel bool) {
	cl, err := triage.NewDefault(triage.Config{})
	if err != nil {
		b.Fatal(err)
	}
	_, priv := benchKey()
	sink := audit.NewMemorySink()
	log, err := audit.NewLog(sink, audit.Config{SigningKey: priv})
	if err != nil {
		b.Fatal(err)
	}
	defer log.Close()
	store := inbox.NewMemoryStore()
	p, err := newPipeline(pipelineConfig{Store: store, Audit: log, Classifier: cl})
	if err != nil {
		b.Fatal(err)
	}
	fn := ingestLoad(p, "gobench")
	ctx := b.Context()
	b.ReportAllocs()
	if parallel {
		var worker atomic.Int64
		b.RunParallel(func(pb *testing.PB) {
			w := int(worker.Add(1))
			for pb.Next() {
				if _, err := fn(ctx, w, 0); err != nil {
					b.Error(err)
					return
				}
			}
		})
	} else {
		for b.Loop() {
			if _, err := fn(ctx, 0, 0); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	if n, ok := countStored(ctx, store); !ok || n != b.N {
		b.Fatalf("stored %d messages, want %d", n, b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// TestProviderSignsAsMeta: the bench's pooled signer gives whatsapp.Sign's
// value, over reuses of its HMAC states.
func TestProviderSignsAsMeta(t *testing.T) {
	for i := range 5 {
		body := appendDelivery(nil, senderPhone(i), messageID("sig", 0, i), t0, i)
		if got, want := provider.sign(body), whatsapp.Sign(appSecret, body); got != want {
			t.Fatalf("sign = %q, want %q", got, want)
		}
	}
}
