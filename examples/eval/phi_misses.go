package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/phi"
)

// missLine is one error of the detector, listed by -misses: a gold span
// it missed ("miss") or a detection that overlaps no gold span ("false").
type missLine struct {
	What    string
	Kind    phi.Kind
	Rule    string // the detection's rule; empty for a miss
	Span    string
	Context string // the span with up to missContext bytes either side
}

// missContext is how many bytes of text either side of a span -misses shows.
const missContext = 40

func newMissLine(what string, k phi.Kind, rule, text string, start, end int) missLine {
	lo, hi := max(0, start-missContext), min(len(text), end+missContext)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	ctx := text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]
	return missLine{What: what, Kind: k, Rule: rule, Span: text[start:end], Context: strings.Join(strings.Fields(ctx), " ")}
}

// printMisses writes one tab-separated line per error: what, kind, rule,
// the span quoted and its context with the span in [[ ]].
func printMisses(w io.Writer, misses []missLine) error {
	if len(misses) == 0 {
		return nil
	}
	if w == nil {
		w = os.Stderr
	}
	bw := bufio.NewWriter(w)
	for _, m := range misses {
		rule := m.Rule
		if rule == "" {
			rule = "-"
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%q\t%s\n", m.What, m.Kind, rule, m.Span, m.Context)
	}
	return bw.Flush()
}

// readMarked reads the labeled messages of phi/testdata: one message a
// line, PHI written {KIND|value}, "\n" standing for a line break, and
// lines that are empty or start with "#" skipped.
func readMarked(path string) ([]phiDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []phiDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		raw := sc.Text()
		if raw == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		raw = strings.ReplaceAll(raw, `\n`, "\n")
		var b strings.Builder
		var d phiDoc
		for {
			i := strings.IndexByte(raw, '{')
			if i < 0 {
				b.WriteString(raw)
				break
			}
			b.WriteString(raw[:i])
			bar := strings.IndexByte(raw[i:], '|')
			end := strings.IndexByte(raw[i:], '}')
			if bar < 0 || end < bar {
				return nil, fmt.Errorf("%s:%d: bad {KIND|value} markup", path, line)
			}
			kind, value := raw[i+1:i+bar], raw[i+bar+1:i+end]
			d.Gold = append(d.Gold, goldSpan{Start: b.Len(), End: b.Len() + len(value), Kind: phi.Kind(kind)})
			b.WriteString(value)
			raw = raw[i+end+1:]
		}
		d.Text = b.String()
		docs = append(docs, d)
	}
	return docs, sc.Err()
}
