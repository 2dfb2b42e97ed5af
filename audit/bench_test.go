package audit_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

func reportRate(b *testing.B, n int, unit string) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), unit)
}

// BenchmarkLogMemory measures chaining and hashing: a Log over a
// MemorySink, one event per Append.
func BenchmarkLogMemory(b *testing.B) {
	_, priv := testKey(b, "main")
	l, err := audit.NewLog(audit.NewMemorySink(), audit.Config{Clock: clocktest.NewFake(t0), SigningKey: priv})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	e := event("p1", 1)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		if err := l.Append(ctx, e); err != nil {
			b.Fatal(err)
		}
		n++
	}
	reportRate(b, n, "appends/s")
}

// BenchmarkLogFile measures durable appends (write and fsync per batch)
// through a Log over a FileSink, with 8 and 64 concurrent appenders.
func BenchmarkLogFile(b *testing.B) {
	for _, writers := range []int{1, 8, 64} {
		b.Run(fmt.Sprintf("writers=%d", writers), func(b *testing.B) {
			_, priv := testKey(b, "main")
			sink := openFile(b, filepath.Join(b.TempDir(), "audit.jsonl"))
			l, err := audit.NewLog(sink, audit.Config{Clock: clocktest.NewFake(t0), SigningKey: priv})
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { _ = l.Close() })
			e := event("p1", 1)
			b.ReportAllocs()
			b.SetParallelism((writers + 1) / 2) // goroutines = parallelism × GOMAXPROCS
			if writers < 2 {
				b.SetParallelism(1)
			}
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if err := l.Append(context.Background(), e); err != nil {
						b.Error(err)
						return
					}
				}
			})
			reportRate(b, b.N, "appends/s")
		})
	}
}

func chainOf(b *testing.B, n int) []audit.Event {
	b.Helper()
	_, priv := testKey(b, "main")
	mem := audit.NewMemorySink()
	l, err := audit.NewLog(mem, audit.Config{Clock: clocktest.NewFake(t0), SigningKey: priv})
	if err != nil {
		b.Fatal(err)
	}
	for i := range n {
		if err := l.Append(context.Background(), event("p1", i)); err != nil {
			b.Fatal(err)
		}
	}
	if err := l.Close(); err != nil {
		b.Fatal(err)
	}
	return mem.Events()
}

// BenchmarkVerify measures verification of events in memory, including
// one checkpoint signature per 1024 events.
func BenchmarkVerify(b *testing.B) {
	pub, _ := testKey(b, "main")
	events := chainOf(b, 10000)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		if _, err := audit.Verify(events, audit.VerifyOptions{PublicKey: pub}); err != nil {
			b.Fatal(err)
		}
		n += len(events)
	}
	reportRate(b, n, "events/s")
}

// BenchmarkVerifyReader measures verification of a JSON Lines file:
// parsing each line and checking it is canonical, then the chain.
func BenchmarkVerifyReader(b *testing.B) {
	pub, _ := testKey(b, "main")
	var data []byte
	events := chainOf(b, 10000)
	for i := range events {
		data = audit.AppendLine(data, &events[i])
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		if _, err := audit.VerifyReader(bytes.NewReader(data), audit.VerifyOptions{PublicKey: pub}); err != nil {
			b.Fatal(err)
		}
		n += len(events)
	}
	reportRate(b, n, "events/s")
}
