package inbox_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/triage"
)

// BenchmarkIngest measures Ingest into a MemoryStore with the default
// classifier and a chained audit Log: dedupe, contact lookup, triage,
// routing, threading (1,000 patients, so most messages join an open
// conversation), storage, audit and the event. The webhook in front of it
// is measured by the channel packages and examples/bench.
func BenchmarkIngest(b *testing.B) {
	cl, err := triage.NewDefault(triage.Config{})
	if err != nil {
		b.Fatal(err)
	}
	log, err := audit.NewLog(audit.NewMemorySink(), audit.Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer log.Close()
	ib, err := inbox.New(inbox.NewMemoryStore(), inbox.Config{Classifier: cl, Audit: log})
	if err != nil {
		b.Fatal(err)
	}
	senders := make([]channels.Address, 1000)
	for i := range senders {
		senders[i] = channels.Address{Kind: channels.AddrWhatsApp, Value: strconv.Itoa(15552000000 + i)}
	}
	texts := []string{"Can I move my appointment to Friday afternoon?", "I need a refill of my blood pressure medicine",
		"Thanks, see you tomorrow!", "Why was I charged twice for my last visit?"}
	ctx := b.Context()
	at := time.Date(2026, 5, 4, 15, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_, err := ib.Ingest(ctx, channels.Inbound{PracticeID: practice, Channel: channels.WhatsApp, From: senders[i%len(senders)],
			ProviderID: "wamid." + strconv.Itoa(i), Type: channels.TypeText, Text: texts[i%len(texts)], SentAt: at})
		if err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}
