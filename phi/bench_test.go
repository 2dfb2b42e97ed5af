package phi_test

import (
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// benchMessages are message-sized texts with and without PHI.
var benchMessages = []string{
	"Hi, this is Maria Lopez. I need to reschedule my appointment on March 3rd, can you call me at (410) 555-0199?",
	"Hola, me llamo José Pérez y necesito una cita para mi hijo Tomás. Mi teléfono es +34 612 345 678.",
	"My DOB is 04/13/1952 and my member id is ABC1234567. Please send the bill to 1200 Oak Tree Rd, Springfield, IL 62704.",
	"Can I get a refill of my blood pressure medicine? I take 20 mg every morning. Thanks!",
	"I have had a fever of 101 since yesterday and a bad cough. Should I come in or go to urgent care?",
	"Thanks,\nDeShawn Miller\ndeshawn.miller@example.com",
	"What time do you open on Saturday? Is there parking near the clinic?",
	"Dr. Patel said to come back in two weeks. Room 4, 10:30am. The copay was $40.",
}

// warm builds the detector's lexicon before timing starts.
func warm(b *testing.B, d phi.Detector) {
	b.Helper()
	if _, err := d.Detect(b.Context(), benchMessages[0]); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkDetect(b *testing.B) {
	d := newDetector(b)
	warm(b, d)
	ctx := b.Context()
	n := 0
	for _, m := range benchMessages {
		n += len(m)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range benchMessages {
			if _, err := d.Detect(ctx, m); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkDetectLong(b *testing.B) {
	d := newDetector(b)
	warm(b, d)
	text := strings.Repeat(strings.Join(benchMessages, "\n"), 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.Detect(b.Context(), text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRedact(b *testing.B) {
	r, err := phi.NewRedactor(phi.RedactorConfig{Mode: phi.ModePseudonym, Key: testKey})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := r.Redact(b.Context(), benchMessages[0]); err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, m := range benchMessages {
		n += len(m)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range benchMessages {
			if _, err := r.Redact(b.Context(), m); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkPolicyCheck(b *testing.B) {
	p, err := phi.NewPolicy(phi.PolicyConfig{SecureNotice: "You have a new secure message."})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := p.Check(b.Context(), phi.TierLow, benchMessages[0]); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range benchMessages {
			if _, err := p.Check(b.Context(), phi.TierLow, m); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkDetectMarked measures Detect over the messages of an
// independent marked set (testdata/messages14.txt: carers' messages,
// names, dates, numbers and places), one message per iteration: closer to
// what examples/eval times than the short messages above.
func BenchmarkDetectMarked(b *testing.B) {
	var texts []string
	n := 0
	for _, m := range readMarked(b, "messages14.txt") {
		texts = append(texts, m.Text)
		n += len(m.Text)
	}
	d := newDetector(b)
	ctx := b.Context()
	b.SetBytes(int64(n / len(texts)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := d.Detect(ctx, texts[i%len(texts)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
