package phi

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// Mode is how a Redactor replaces the PHI it finds.
type Mode int

// The redaction modes.
const (
	// ModeTag replaces each span with its kind in brackets: "[PHONE]".
	ModeTag Mode = iota
	// ModePseudonym replaces each span with a keyed pseudonym,
	// "[PHONE-kqzmtbwa]": the same value under the same key always gives
	// the same token, so threads stay readable and joinable, and without
	// the key the token reveals nothing.
	ModePseudonym
	// ModeMask keeps the last four digits of numbers ("***-***-0199") and
	// tags everything else.
	ModeMask
)

// String names the mode.
func (m Mode) String() string {
	switch m {
	case ModeTag:
		return "tag"
	case ModePseudonym:
		return "pseudonym"
	case ModeMask:
		return "mask"
	}
	return "unknown"
}

// ErrNoKey means ModePseudonym was asked for without a key of at least
// MinKeyLen bytes.
var ErrNoKey = errors.New("phi: pseudonym mode needs a key")

// MinKeyLen is the shortest key accepted for pseudonyms and blind indexes.
const MinKeyLen = 16

// RedactorConfig configures a Redactor. The zero value tags every kind the
// default detector finds.
type RedactorConfig struct {
	// Detector finds the PHI; nil means New(Config{}).
	Detector Detector
	// Mode is how spans are replaced; the zero value is ModeTag.
	Mode Mode
	// Key is the tenant's secret for ModePseudonym (at least MinKeyLen
	// bytes). Use one key per practice so that tokens never join across
	// practices.
	Key []byte
	// Keep lists kinds left in the clear (for instance KindDate in an
	// internal QA export); nil redacts all.
	Keep []Kind
}

// Redactor replaces PHI in text. Create it with NewRedactor; a zero
// Redactor tags what the default detector finds. It is safe for
// concurrent use.
type Redactor struct {
	det  Detector
	mode Mode
	key  []byte
	keep map[Kind]bool
}

// NewRedactor returns a Redactor configured by cfg.
func NewRedactor(cfg RedactorConfig) (*Redactor, error) {
	r := &Redactor{det: cfg.Detector, mode: cfg.Mode}
	switch cfg.Mode {
	case ModeTag, ModeMask:
	case ModePseudonym:
		if len(cfg.Key) < MinKeyLen {
			return nil, ErrNoKey
		}
		r.key = append([]byte(nil), cfg.Key...)
	default:
		return nil, fmt.Errorf("phi: unknown redaction mode %d", cfg.Mode)
	}
	if r.det == nil {
		d, err := New(Config{})
		if err != nil {
			return nil, err
		}
		r.det = d
	}
	if len(cfg.Keep) > 0 {
		r.keep = make(map[Kind]bool, len(cfg.Keep))
		for _, k := range cfg.Keep {
			r.keep[k] = true
		}
	}
	return r, nil
}

// Redact returns text with its PHI replaced. Invalid UTF-8 is replaced by
// U+FFFD first, so Redact never fails on bad bytes; it fails only when
// ctx is done or the text is too large for the detector.
func (r *Redactor) Redact(ctx context.Context, text string) (string, error) {
	out, _, err := r.redact(ctx, text)
	return out, err
}

// redact also returns the kinds it replaced.
func (r *Redactor) redact(ctx context.Context, text string) (string, []Kind, error) {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	// Replacing a span changes the context of its neighbours, which can
	// expose a value the first pass did not see ("A0000000" after its
	// prefix became a tag). Passes repeat until nothing changes, so that
	// redacting the output again changes nothing.
	var kinds []Kind
	for pass := 0; pass < maxPasses; pass++ {
		spans, err := detectorOr(r.det).Detect(ctx, text)
		if err != nil {
			return "", nil, err
		}
		n := 0
		for _, sp := range spans {
			if r.keep[sp.Kind] {
				continue
			}
			n++
			if !containsKind(kinds, sp.Kind) {
				kinds = append(kinds, sp.Kind)
			}
		}
		if n == 0 {
			break
		}
		out := r.Apply(text, spans)
		if out == text {
			break
		}
		text = out
	}
	return text, kinds, nil
}

// maxPasses bounds the redaction passes; each pass only shrinks the
// untagged text, and in practice the second pass finds nothing.
const maxPasses = 4

func containsKind(ks []Kind, k Kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// Apply replaces the given spans of text (as returned by a Detector:
// sorted, disjoint, in bounds) and returns the result. Spans that break
// that contract are skipped rather than trusted.
func (r *Redactor) Apply(text string, spans []Span) string {
	if len(spans) == 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) + 8*len(spans))
	last := 0
	for _, sp := range spans {
		if sp.Start < last || sp.End > len(text) || sp.Start >= sp.End || r.keep[sp.Kind] {
			continue
		}
		b.WriteString(text[last:sp.Start])
		r.replace(&b, sp.Kind, text[sp.Start:sp.End])
		last = sp.End
	}
	b.WriteString(text[last:])
	return b.String()
}

func (r *Redactor) replace(b *strings.Builder, k Kind, value string) {
	switch r.mode {
	case ModePseudonym:
		b.WriteByte('[')
		b.WriteString(string(k))
		b.WriteByte('-')
		b.WriteString(Pseudonym(r.key, k, value))
		b.WriteByte(']')
	case ModeMask:
		if maskable(k) {
			mask(b, value)
			return
		}
		fallthrough
	default:
		b.WriteByte('[')
		b.WriteString(string(k))
		b.WriteByte(']')
	}
}

func maskable(k Kind) bool {
	switch k {
	case KindPhone, KindFax, KindSSN, KindAccount, KindMRN, KindID:
		return true
	}
	return false
}

// mask writes value with every digit but the last four replaced by '*';
// other characters are kept, so the format still shows. Values with four
// digits or fewer are masked entirely, and letters are masked too.
func mask(b *strings.Builder, value string) {
	digits := 0
	for i := 0; i < len(value); i++ {
		if isDigit(value[i]) {
			digits++
		}
	}
	keep := 0
	if digits > 4 {
		keep = 4
	}
	seen := 0
	for _, r := range value {
		switch {
		case r < utf8.RuneSelf && isDigit(byte(r)):
			seen++
			if seen > digits-keep {
				b.WriteRune(r)
			} else {
				b.WriteByte('*')
			}
		case r < utf8.RuneSelf && !isASCIILetter(byte(r)):
			b.WriteRune(r)
		default:
			b.WriteByte('*')
		}
	}
}

// pseudonymAlphabet has no digits and no capitals, so a pseudonym never
// looks like PHI to the detector and redacting twice changes nothing.
const pseudonymAlphabet = "abcdefghijkmnopqrstuvwxyz"

// Pseudonym returns the keyed token for a value of kind k: eight letters
// from an HMAC-SHA256 of the normalised value (digits only for numbers,
// lowercase without accents for names and e-mail), so "(410) 555-0199" and
// "+1 410 555 0199" give the same token.
func Pseudonym(key []byte, k Kind, value string) string {
	return keyedToken(key, string(k), normalize(k, value))
}

// keyedToken is the keyed eight-letter token of value under label.
func keyedToken(key []byte, label string, value []byte) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(label))
	m.Write([]byte{0})
	m.Write(value)
	sum := m.Sum(nil)
	out := make([]byte, 8)
	for i := range out {
		out[i] = pseudonymAlphabet[int(sum[i])%len(pseudonymAlphabet)]
	}
	return string(out)
}

// normalize returns the canonical form of value used for pseudonyms.
func normalize(k Kind, value string) []byte {
	switch k {
	case KindPhone, KindFax, KindSSN, KindAccount, KindMRN, KindID, KindZIP:
		d := make([]byte, 0, len(value))
		for i := 0; i < len(value); i++ {
			if isDigit(value[i]) {
				d = append(d, value[i])
			}
		}
		if (k == KindPhone || k == KindFax) && len(d) == 11 && d[0] == '1' {
			d = d[1:] // North American country code
		}
		if len(d) > 0 {
			return d
		}
	}
	out := names.Fold(nil, strings.Join(strings.Fields(value), " "))
	return out
}
