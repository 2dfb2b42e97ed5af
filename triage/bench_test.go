package triage_test

import (
	"os"
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

var benchMessages = []string{
	"hi can i get an appt tmrw morning pls",
	"need to cancel, my dad has chest pain right now",
	"necesito resurtir mi receta de metformina porfa 🙏",
	"why was i charged twice for the same visit? i already paid at the front desk",
	"had chest pain last year, want my ECG results",
	"no puedo entrar al portal, olvide mi contraseña",
	"my 2 month old has a fever of 100.6 and is very sleepy, what should i do",
	"thanks!",
}

// BenchmarkClassify measures the default classifier plus red flags, one
// message per iteration.
func BenchmarkClassify(b *testing.B) { benchClassify(b, benchMessages) }

// benchClassify classifies texts in turn, one per iteration.
func benchClassify(b *testing.B, texts []string) {
	c, err := triage.NewDefault(triage.Config{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := b.Context()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := c.Classify(ctx, texts[i%len(texts)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkFindRedFlags measures the red-flag layer alone.
func BenchmarkFindRedFlags(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		triage.FindRedFlags(benchMessages[i%len(benchMessages)])
		i++
	}
}

// BenchmarkClassifyLabeled measures Classify over the messages of an
// independent labelled set (testdata/probe81.jsonl: replies to a clinic's
// texts, a third of them long), one message per iteration: closer to what
// examples/eval times than the short messages above.
func BenchmarkClassifyLabeled(b *testing.B) {
	f, err := os.Open("testdata/probe81.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	data, err := triage.ReadLabeled(f)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	texts := make([]string, len(data))
	for i, l := range data {
		texts[i] = l.Text
	}
	benchClassify(b, texts)
}
