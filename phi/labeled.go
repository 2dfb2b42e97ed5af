package phi

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// ErrBadMarkup means a line of marked evaluation data is not well formed.
var ErrBadMarkup = errors.New("phi: bad {KIND|value} markup")

// Labeled is a text with its gold PHI spans, as evaluation data holds it.
// Gold spans carry Start, End and Kind only.
type Labeled struct {
	Text  string
	Spans []Span
}

// ReadMarked reads labeled messages written one a line with the PHI
// marked in place as {KIND|value}: "call {NAME|Ana} at {PHONE|555-0100}".
// A literal "\n" stands for a line break; empty lines and lines starting
// with "#" are skipped. It is the format of phi/testdata/messages*.txt
// and of examples/eval's -format marked, handy for a vendor's own QA
// sets because a person can write and review it. An error names the line
// number (wrapping ErrBadMarkup for a markup fault), never its text.
func ReadMarked(r io.Reader) ([]Labeled, error) {
	var out []Labeled
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		raw := sc.Text()
		if raw == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		l, err := parseMarked(strings.ReplaceAll(raw, `\n`, "\n"))
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, l)
	}
	return out, sc.Err()
}

// parseMarked parses one marked message.
func parseMarked(raw string) (Labeled, error) {
	var b strings.Builder
	var l Labeled
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
			return Labeled{}, ErrBadMarkup
		}
		kind, value := Kind(raw[i+1:i+bar]), raw[i+bar+1:i+end]
		if !slices.Contains(Kinds(), kind) || strings.TrimSpace(value) == "" {
			return Labeled{}, ErrBadMarkup
		}
		l.Spans = append(l.Spans, Span{Start: b.Len(), End: b.Len() + len(value), Kind: kind})
		b.WriteString(value)
		raw = raw[i+end+1:]
	}
	l.Text = b.String()
	return l, nil
}
