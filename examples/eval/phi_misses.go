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

// readMarked reads the labeled messages of phi/testdata (the format of
// phi.ReadMarked).
func readMarked(path string) ([]phiDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	marked, err := phi.ReadMarked(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	docs := make([]phiDoc, len(marked))
	for i, m := range marked {
		docs[i].Text = m.Text
		for _, sp := range m.Spans {
			docs[i].Gold = append(docs[i].Gold, goldSpan{Start: sp.Start, End: sp.End, Kind: sp.Kind})
		}
	}
	return docs, nil
}
