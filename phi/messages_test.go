package phi_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// labeled is one test message with its gold spans.
type labeled struct {
	text string
	gold []phi.Span
}

// readMarked parses a file of testdata such as messages.txt: PHI is
// written {KIND|value} and "\n" stands for a line break.
func readMarked(t *testing.T, file string) []labeled {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labeled
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.ReplaceAll(line, `\n`, "\n")
		var b strings.Builder
		var l labeled
		for {
			i := strings.IndexByte(line, '{')
			if i < 0 {
				b.WriteString(line)
				break
			}
			b.WriteString(line[:i])
			bar := strings.IndexByte(line[i:], '|')
			end := strings.IndexByte(line[i:], '}')
			if bar < 0 || end < bar {
				t.Fatalf("bad markup in %q", line)
			}
			kind, value := line[i+1:i+bar], line[i+bar+1:i+end]
			l.gold = append(l.gold, phi.Span{Start: b.Len(), End: b.Len() + len(value), Kind: phi.Kind(kind)})
			b.WriteString(value)
			line = line[i+end+1:]
		}
		l.text = b.String()
		out = append(out, l)
	}
	return out
}

// TestLabeledMessages scores the detector on hand-written patient messages
// the way examples/eval does: a gold span is caught when all its non-space
// bytes are covered; a detection is right when it overlaps gold.
// messages2.txt was written later than the rules it was first scored
// with, and stresses places, ages and less common date and phone forms.
func TestLabeledMessages(t *testing.T) {
	for _, tc := range []struct {
		file                  string
		minRecall, minPrecise float64
	}{
		{"messages.txt", 0.95, 0.95},
		{"messages2.txt", 0.95, 0.95},
		{"messages3.txt", 0.95, 0.95},
		{"messages4.txt", 0.95, 0.95},
	} {
		t.Run(tc.file, func(t *testing.T) { scoreMarked(t, tc.file, tc.minRecall, tc.minPrecise) })
	}
}

func scoreMarked(t *testing.T, file string, minRecall, minPrecise float64) {
	d := newDetector(t)
	var gold, caught, det, right int
	for _, m := range readMarked(t, file) {
		spans, err := d.Detect(t.Context(), m.text)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range m.gold {
			gold++
			ok := true
			for b := g.Start; b < g.End; b++ {
				if m.text[b] == ' ' {
					continue
				}
				in := false
				for _, sp := range spans {
					in = in || (sp.Start <= b && b < sp.End)
				}
				ok = ok && in
			}
			if ok {
				caught++
			} else {
				t.Logf("missed %s %q in %q", g.Kind, m.text[g.Start:g.End], m.text)
			}
		}
		for _, sp := range spans {
			det++
			hit := false
			for _, g := range m.gold {
				hit = hit || (g.Start < sp.End && sp.Start < g.End)
			}
			if hit {
				right++
			} else {
				t.Logf("false %s %q in %q", sp.Kind, m.text[sp.Start:sp.End], m.text)
			}
		}
	}
	recall, precision := float64(caught)/float64(gold), float64(right)/float64(det)
	t.Logf("labeled messages: recall %.3f (%d/%d), precision %.3f (%d/%d)", recall, caught, gold, precision, right, det)
	if recall < minRecall || precision < minPrecise {
		t.Errorf("recall %.3f precision %.3f below %.2f, %.2f", recall, precision, minRecall, minPrecise)
	}
}
