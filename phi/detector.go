package phi

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// Detector finds PHI in a text. Implementations return spans sorted by
// Start that do not overlap, lie within the text and fall on UTF-8
// boundaries. They must be safe for concurrent use.
type Detector interface {
	Detect(ctx context.Context, text string) ([]Span, error)
}

// Errors of Detect. Both are returned wrapped in a *TextError.
var (
	// ErrInvalidUTF8 means the text is not valid UTF-8. Callers that must
	// go on (a log redactor) can clean it with strings.ToValidUTF8 first.
	ErrInvalidUTF8 = errors.New("phi: text is not valid UTF-8")
	// ErrTooLarge means the text is longer than Config.MaxTextLen.
	ErrTooLarge = errors.New("phi: text too large")
)

// TextError says why a text could not be scanned. It carries the text's
// length and the offset of the problem, never the text.
type TextError struct {
	Len    int   // length of the text in bytes
	Offset int   // byte offset of the first invalid byte, or -1
	Err    error // ErrInvalidUTF8 or ErrTooLarge
}

// Error gives the problem, the length and the offset, never the text.
func (e *TextError) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("%v (len %d, offset %d)", e.Err, e.Len, e.Offset)
	}
	return fmt.Sprintf("%v (len %d)", e.Err, e.Len)
}

// Unwrap returns the sentinel.
func (e *TextError) Unwrap() error { return e.Err }

// DefaultMaxTextLen is the longest text the rules scan when
// Config.MaxTextLen is zero: 4 MiB, far above any message.
const DefaultMaxTextLen = 4 << 20

// DefaultMinConfidence is the threshold used when Config.MinConfidence is
// zero.
const DefaultMinConfidence = 0.5

// Config tunes the default detector. The zero value detects every kind in
// English and Spanish text.
type Config struct {
	// MinConfidence drops spans less certain than this. Zero means
	// DefaultMinConfidence; use a tiny positive value to keep all.
	MinConfidence float64
	// MaxTextLen is the longest text accepted, in bytes; longer texts get
	// ErrTooLarge. Zero means DefaultMaxTextLen.
	MaxTextLen int
	// Kinds restricts the result to these kinds; nil means all.
	Kinds []Kind
	// SafeHarborAges reports only ages over 89, the ages HIPAA's Safe
	// Harbor method counts as identifiers (and the convention of the
	// PhysioNet gold standard). By default every stated age is reported
	// as AGE: "7 years old", "a 45-year-old", "82 y/o", "tengo 30 años".
	SafeHarborAges bool
}

// Rules is the default Detector: validated patterns, context cues and
// name lists for English and Spanish. Create it with New; a zero Rules
// behaves as New(Config{}). It is safe for concurrent use.
type Rules struct {
	minConf    float64
	maxLen     int
	kinds      map[Kind]bool
	harborAges bool
}

var _ Detector = (*Rules)(nil)

// New returns the default detector configured by cfg.
func New(cfg Config) (*Rules, error) {
	if cfg.MinConfidence < 0 || cfg.MinConfidence > 1 {
		return nil, fmt.Errorf("phi: MinConfidence %v outside [0,1]", cfg.MinConfidence)
	}
	if cfg.MaxTextLen < 0 {
		return nil, fmt.Errorf("phi: negative MaxTextLen %d", cfg.MaxTextLen)
	}
	// The word tables are built once per process, here rather than in
	// the first Detect, so that no message waits for them.
	lexicon()
	nameCuesByLast()
	names.Load()
	r := &Rules{minConf: cfg.MinConfidence, maxLen: cfg.MaxTextLen, harborAges: cfg.SafeHarborAges}
	if r.minConf == 0 {
		r.minConf = DefaultMinConfidence
	}
	if r.maxLen == 0 {
		r.maxLen = DefaultMaxTextLen
	}
	if cfg.Kinds != nil {
		r.kinds = make(map[Kind]bool, len(cfg.Kinds))
		for _, k := range cfg.Kinds {
			r.kinds[k] = true
		}
	}
	return r, nil
}

// Detect returns the PHI spans of text, merged so that none overlap. It
// checks ctx once before scanning; a scan of a message takes microseconds.
func (r *Rules) Detect(ctx context.Context, text string) ([]Span, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	maxLen, minConf := r.maxLen, r.minConf
	if maxLen == 0 {
		maxLen = DefaultMaxTextLen
	}
	if minConf == 0 {
		minConf = DefaultMinConfidence
	}
	if len(text) > maxLen {
		return nil, &TextError{Len: len(text), Offset: -1, Err: ErrTooLarge}
	}
	if !utf8.ValidString(text) {
		return nil, &TextError{Len: len(text), Offset: firstInvalid(text), Err: ErrInvalidUTF8}
	}
	s := newScan(text)
	defer s.release()
	s.run()
	var out []Span
	for _, sp := range s.spans {
		if sp.Confidence >= minConf && (r.kinds == nil || r.kinds[sp.Kind]) && !(r.harborAges && sp.Rule == ruleYoungAge) {
			out = append(out, sp)
		}
	}
	return mergeSpans(out), nil
}

// defaultRules serves zero values of the types that take a Detector.
var defaultRules = &Rules{}

// detectorOr returns d, or the default rules when d is nil.
func detectorOr(d Detector) Detector {
	if d == nil {
		return defaultRules
	}
	return d
}

func firstInvalid(text string) int {
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// mergeSpans sorts spans and joins overlapping ones. A joined span takes
// the kind, rule and confidence of its most confident part.
func mergeSpans(spans []Span) []Span {
	if len(spans) < 2 {
		return spans
	}
	slices.SortFunc(spans, func(a, b Span) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(b.End, a.End)
	})
	out := spans[:1]
	for _, sp := range spans[1:] {
		last := &out[len(out)-1]
		if sp.Start >= last.End {
			out = append(out, sp)
			continue
		}
		inAddress := last.Kind == KindAddress && (sp.Kind == KindName || sp.Kind == KindZIP) && sp.End <= last.End
		if sp.Confidence > last.Confidence && !inAddress { // a street named for a person, or holding its ZIP, stays an address
			last.Kind, last.Rule, last.Confidence = sp.Kind, sp.Rule, sp.Confidence
		}
		last.End = max(last.End, sp.End)
	}
	return out
}
