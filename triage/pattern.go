package triage

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
)

// This file holds the small word-pattern language the red-flag rules are
// written in, and its matcher. A pattern is a sequence of terms separated by
// spaces:
//
//	chest|pecho ~3 pain*|dolor
//
// A term lists alternatives separated by "|". An alternative is a word, read
// as tokenize reads a message's (lowercased, accents folded, apostrophes
// dropped, abbreviations expanded: "cayó", "can't" and "pastillas" match
// "cayo", "cant" and "pastilla"; see readAsMessage); "word*" matches any
// word with that prefix; "word%" also matches the word with one typo (an
// insertion, deletion, substitution or transposition); "#>=N", "#<=N" and
// "#A-B" match a number at least N, at most N, or from A to B (the digits
// after a decimal point only right after another number term).
// Between two terms "~N" allows up to N other words inside one clause, and
// "~~N" up to N words across clause and sentence boundaries. Without a gap the
// next term must follow at once, in the same clause; a term after a list of
// alternatives needs a gap ("a|b ~0 c" when it must follow at once), since a
// phrase put inside a list ("numb|weak|no siento") is nearly always a
// mistake that makes the whole list need its last word. (A phrase with
// gaps inside a list, "sores|mouth ~1 ulcers", cannot be told from a
// sequence: write phrases as patterns of their own.)

// altKind says how an alternative matches a word.
type altKind uint8

const (
	altExact altKind = iota
	altPrefix
	altFuzzy
	altNumRange
)

// alt is one alternative of a term.
type alt struct {
	kind   altKind
	word   string
	lo, hi int
}

// term is one position of a pattern: the alternatives, and how many other
// words may come before it after the previous term.
type term struct {
	alts  []alt
	gap   int
	cross bool // the gap may cross clause and sentence boundaries
	// numeric: every alternative is a number range; such a term reads
	// the digits after a decimal point ("2.6") only when it follows a
	// number term at once ("#38-40 ~0 #0-9" reads "38.5"), so that the
	// 6 of an INR of 2.6 is no INR of 6.
	numeric, fracOK bool
	// exact holds the exact alternatives of a long list and rest the
	// others (see indexed): a term is tried at every word of its gap.
	exact map[string]bool
	rest  []alt
	// first has a bit for each byte a matching word may start with (see
	// indexed); anyStart: the term has a fuzzy alternative, which may
	// differ in its first byte.
	first    [4]uint64
	anyStart bool
	// words is a Bloom filter over the hashes of the exact alternatives
	// (see wordHash); onlyExact: every alternative is exact, so a word
	// whose bit is clear is not one of them.
	words     [4]uint64
	onlyExact bool
}

// minExactSet is the fewest exact alternatives a term keeps in a set.
const minExactSet = 6

// pattern is a compiled pattern.
type pattern struct {
	src   string
	terms []term
}

// compilePattern parses the pattern language described above.
func compilePattern(src string) (pattern, error) {
	p := pattern{src: src}
	gap, cross, gapped := 0, false, false
	for _, f := range strings.Fields(src) {
		if strings.HasPrefix(f, "~") {
			g := strings.TrimLeft(f, "~")
			n, err := strconv.Atoi(g)
			if err != nil || len(p.terms) == 0 {
				return p, fmt.Errorf("triage: pattern %q: bad gap %q", src, f)
			}
			gap, cross, gapped = n, strings.HasPrefix(f, "~~"), true
			continue
		}
		t := term{gap: gap, cross: cross}
		if !gapped && len(p.terms) > 0 && len(p.terms[len(p.terms)-1].alts) > 1 {
			// "a|b ~1 c|d e" reads as a, then c|d, then e: almost always
			// a phrase slipped into a list of alternatives by mistake.
			return p, fmt.Errorf("triage: pattern %q: %q follows a list of alternatives without a gap; "+
				"put a phrase in a pattern of its own", src, f)
		}
		gap, cross, gapped = 0, false, false
		for _, a := range strings.Split(f, "|") {
			a = foldWord(a)
			switch {
			case a == "":
				return p, fmt.Errorf("triage: pattern %q: empty alternative", src)
			case strings.HasPrefix(a, "#"):
				lo, hi, err := parseRange(a[1:])
				if err != nil {
					return p, fmt.Errorf("triage: pattern %q: bad number %q", src, a)
				}
				t.alts = append(t.alts, alt{kind: altNumRange, lo: lo, hi: hi})
			case strings.HasSuffix(a, "*"):
				t.alts = append(t.alts, alt{kind: altPrefix, word: strings.TrimSuffix(a, "*")})
			case strings.HasSuffix(a, "%"):
				t.alts = append(t.alts, alt{kind: altFuzzy, word: strings.TrimSuffix(a, "%")})
			default:
				t.alts = append(t.alts, alt{kind: altExact, word: readAsMessage(a)})
			}
		}
		t.numeric = true
		for _, a := range t.alts {
			t.numeric = t.numeric && a.kind == altNumRange
		}
		if n := len(p.terms); n > 0 {
			t.fracOK = p.terms[n-1].numeric && t.gap == 0
		}
		p.terms = append(p.terms, t.indexed())
	}
	if len(p.terms) == 0 || gap != 0 {
		return p, fmt.Errorf("triage: pattern %q: empty or ends with a gap", src)
	}
	return p, nil
}

// matches reports whether the alternative matches word w.
func (a *alt) matches(w string) bool {
	switch a.kind {
	case altExact:
		return w == a.word
	case altPrefix:
		return strings.HasPrefix(w, a.word)
	case altFuzzy:
		return w == a.word || (len(w) >= 4 && !realWords[w] && within1(w, a.word))
	case altNumRange:
		n, ok := numberValue(w)
		return ok && n >= a.lo && n <= a.hi
	}
	return false
}

// indexed returns t with its exact alternatives in a set, when they are
// many (alts keeps them all).
func (t term) indexed() term {
	t.exact, t.rest = nil, nil
	t.first, t.anyStart = [4]uint64{}, false
	t.words, t.onlyExact = [4]uint64{}, true
	n := 0
	for _, a := range t.alts {
		t.onlyExact = t.onlyExact && a.kind == altExact
		switch a.kind {
		case altExact, altPrefix:
			if a.kind == altExact {
				n++
				b := termBit(wordHash(a.word))
				t.words[b>>6] |= 1 << (b & 63)
			}
			if a.word == "" {
				t.anyStart = true
				continue
			}
			t.first[a.word[0]>>6] |= 1 << (a.word[0] & 63)
		case altNumRange:
			for c := byte('0'); c <= '9'; c++ {
				t.first[c>>6] |= 1 << (c & 63)
			}
		default:
			t.anyStart = true
		}
	}
	if n < minExactSet {
		return t
	}
	t.exact = make(map[string]bool, n)
	for _, a := range t.alts {
		if a.kind == altExact {
			t.exact[a.word] = true
		} else {
			t.rest = append(t.rest, a)
		}
	}
	return t
}

// matches reports whether one of t's alternatives matches word w.
func (t *term) matches(w string) bool {
	if !t.anyStart && (w == "" || t.first[w[0]>>6]&(1<<(w[0]&63)) == 0) {
		return false
	}
	alts := t.alts
	if t.exact != nil {
		if t.exact[w] {
			return true
		}
		alts = t.rest
	}
	for i := range alts {
		if alts[i].matches(w) {
			return true
		}
	}
	return false
}

// matchesToken is matches for a token: digits after a decimal point are
// read only by a number term that follows another at once (see numeric).
// A term of exact words first tests the token's hash against its filter.
func (t *term) matchesToken(tok *token) bool {
	if t.numeric && tok.frac && !t.fracOK {
		return false
	}
	if t.onlyExact {
		if b := termBit(tok.hash); t.words[b>>6]&(1<<(b&63)) == 0 {
			return false
		}
	}
	return t.matches(tok.norm)
}

// msgSig is what a message holds, as a term's filters see it: the bits of
// its words' hashes and of their first bytes (see signature), and the
// bits of its words' hashes in a wider set (see patFilter).
type msgSig struct {
	words, first [4]uint64
	wide         [1 << wideLog / 64]uint64
}

// signature returns the msgSig of toks.
func signature(toks []token) msgSig {
	var s msgSig
	for i := range toks {
		b := termBit(toks[i].hash)
		s.words[b>>6] |= 1 << (b & 63)
		wb := wideBit(toks[i].hash)
		s.wide[wb>>6] |= 1 << (wb & 63)
		if w := toks[i].norm; w != "" {
			s.first[w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	return s
}

// mayMatchIn reports whether a word of the message of sig may match t.
func (t *term) mayMatchIn(sig *msgSig) bool {
	switch {
	case t.onlyExact:
		return overlaps(&t.words, &sig.words)
	case t.anyStart:
		return true
	}
	return overlaps(&t.first, &sig.first)
}

// overlaps reports whether two 256-bit filters share a bit.
func overlaps(a, b *[4]uint64) bool {
	return a[0]&b[0]|a[1]&b[1]|a[2]&b[2]|a[3]&b[3] != 0
}

// mayMatchIn reports whether every term of p after its first may match
// a word of the message of sig: a pattern whose later words the message
// lacks is not tried at each of its first word's places.
func (p *pattern) mayMatchIn(sig *msgSig) bool {
	for i := 1; i < len(p.terms); i++ {
		if !p.terms[i].mayMatchIn(sig) {
			return false
		}
	}
	return true
}

// patFilter is the first test of a candidate pattern against a message,
// kept apart from the pattern, by pattern id (patternIndex.filters). Most
// candidates fail it, and a dense record is read from memory far faster
// than the pattern and its terms: a pattern it passes is then tested in
// full (pattern.mayMatchIn).
//
// Where they have few words, it holds the bits in msgSig.wide of the
// words of one or two terms after the first, the two that the fewest
// messages hold: a message passes when it holds a word of each. Else it
// tests the filter of one term as term.mayMatchIn does (mask, over word
// hashes, or over first bytes when first).
type patFilter struct {
	bits   [maxFilterBits]uint16
	nA, nB uint8
	kind   uint8
	mask   uint32 // index into patternIndex.masks, for patWords and patFirst
}

// maxFilterBits bounds the words a patFilter's terms may have together.
const maxFilterBits = 8

// The kinds of patFilter.
const (
	patAll   = iota // no term after the first can be filtered: every message passes
	patBits         // bits of one or two terms' words
	patWords        // a term's Bloom filter over word hashes
	patFirst        // a term's filter of first bytes
)

// newPatFilter returns the patFilter of p. Of the terms after its first
// that are made of few exact words, it takes the two least likely to be
// in a message (fewest words); else, of its later terms, one of exact
// words with the fewest bits set, or else one of first bytes (which many
// more words pass), whose mask it appends to masks.
func newPatFilter(p *pattern, masks [][4]uint64) (patFilter, [][4]uint64) {
	var few [][]uint16 // the wide bits of the terms of few words
	for i := 1; i < len(p.terms); i++ {
		if b := p.terms[i].wideBits(); b != nil && len(b) <= maxFilterBits {
			few = append(few, b)
		}
	}
	slices.SortStableFunc(few, func(a, b []uint16) int { return len(a) - len(b) })
	if len(few) > 0 {
		f := patFilter{kind: patBits, nA: uint8(len(few[0]))}
		copy(f.bits[:], few[0])
		if len(few) > 1 && len(few[0])+len(few[1]) <= maxFilterBits {
			f.nB = uint8(len(few[1]))
			copy(f.bits[f.nA:], few[1])
		}
		return f, masks
	}
	f, best := patFilter{kind: patAll}, math.MaxInt
	var mask [4]uint64
	for i := 1; i < len(p.terms); i++ {
		t := &p.terms[i]
		switch {
		case t.onlyExact:
			if cost := bitsSet(t.words); cost < best {
				f.kind, mask, best = patWords, t.words, cost
			}
		case t.anyStart:
		default:
			if cost := 4 * bitsSet(t.first); cost < best {
				f.kind, mask, best = patFirst, t.first, cost
			}
		}
	}
	if f.kind != patAll {
		f.mask = uint32(len(masks))
		masks = append(masks, mask)
	}
	return f, masks
}

// wideBits returns the bits in msgSig.wide of t's words, without
// repeats, or nil when t has an alternative other than an exact word.
func (t *term) wideBits() []uint16 {
	if !t.onlyExact {
		return nil
	}
	var b []uint16
	for _, a := range t.alts {
		if w := wideBit(wordHash(a.word)); !slices.Contains(b, w) {
			b = append(b, w)
		}
	}
	return b
}

// pass reports whether a message of sig may match the pattern of f, whose
// masks are those of its index: when false, pattern.mayMatchIn is false
// too.
func (f *patFilter) pass(sig *msgSig, masks [][4]uint64) bool {
	switch f.kind {
	case patBits:
		return sig.hasAny(f.bits[:f.nA]) && (f.nB == 0 || sig.hasAny(f.bits[f.nA:f.nA+f.nB]))
	case patWords:
		return overlaps(&masks[f.mask], &sig.words)
	case patFirst:
		return overlaps(&masks[f.mask], &sig.first)
	}
	return true
}

// hasAny reports whether sig.wide has one of bits.
func (sig *msgSig) hasAny(bits []uint16) bool {
	for _, b := range bits {
		if sig.wide[b>>6]&(1<<(b&63)) != 0 {
			return true
		}
	}
	return false
}

// wideBit is the bit of a word hash in msgSig.wide.
func wideBit(h uint64) uint16 { return uint16((h * 0xbf58476d1ce4e5b9) >> (64 - wideLog)) }

// wideLog is the log2 of msgSig.wide's size in bits: a message of a
// hundred words sets under 3% of them.
const wideLog = 12

// bitsSet counts the bits set in m.
func bitsSet(m [4]uint64) int {
	return bits.OnesCount64(m[0]) + bits.OnesCount64(m[1]) + bits.OnesCount64(m[2]) + bits.OnesCount64(m[3])
}

// termBit is the bit of a word hash in a term's 256-bit filter.
func termBit(h uint64) uint64 { return (h * 0x9e3779b97f4a7c15) >> (64 - 8) }

// match finds the first occurrence of p that starts at token i and returns
// the index of its last token.
func (p pattern) match(toks []token, i int) (end int, ok bool) {
	if !p.terms[0].matchesToken(&toks[i]) {
		return 0, false
	}
	return p.matchFrom(toks, 1, i)
}

// matchBack finds p with its second term's word at token i (a pattern
// the index holds by its second term): its first term is looked for
// within the gap before i, nearest first. It returns the match's first
// and last tokens.
func (p pattern) matchBack(toks []token, i int) (start, end int, ok bool) {
	for j := i - 1; j >= 0 && j >= i-1-p.terms[1].gap; j-- {
		if !p.terms[0].matchesToken(&toks[j]) {
			continue
		}
		if end, ok := p.matchAt(toks, j, false); ok {
			return j, end, true
		}
	}
	return 0, 0, false
}

// matchAt is match for a candidate (see cand): the first term is checked
// only when it is not known to match.
func (p pattern) matchAt(toks []token, i int, sure bool) (end int, ok bool) {
	if sure && !(toks[i].frac && p.terms[0].numeric) {
		return p.matchFrom(toks, 1, i)
	}
	return p.match(toks, i)
}

func (p pattern) matchFrom(toks []token, ti, last int) (int, bool) {
	if ti == len(p.terms) {
		return last, true
	}
	t := &p.terms[ti]
	for k := last + 1; k < len(toks) && k <= last+1+t.gap; k++ {
		if toks[k].clause && !t.cross {
			return 0, false
		}
		if t.matchesToken(&toks[k]) {
			if end, ok := p.matchFrom(toks, ti+1, k); ok {
				return end, true
			}
		}
	}
	return 0, false
}

// foldWord reads a rule's word as tokenize reads a message's: lowercased,
// accents folded, apostrophes dropped ("Extraño" and "can't" match
// "extrano" and "cant").
func foldWord(w string) string {
	var b strings.Builder
	for _, r := range w {
		if r == '\'' || r == '’' {
			continue
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// readAsMessage is the word tokenize leaves for w: its expansion when w is
// an abbreviation ("pastillas" is read "pastilla", "ya" "yes", "yr"
// "year"), the last word of a longer one ("bp" is read "blood pressure":
// "pressure" then matches where "bp" stood). A rule's letter or short
// word that the tokenizer reads as a common word of the other language
// keeps its own meaning (see ownMeaning).
func readAsMessage(w string) string {
	if exp, ok := abbreviations[w]; ok && !ownMeaning[w] {
		return exp[strings.LastIndexByte(exp, ' ')+1:]
	}
	return w
}

// ownMeaning are the rule words that mean something else than the
// abbreviation a message's word would be ("k" for potassium, not "que";
// "tb" for tuberculosis, not "también"; "hr" for a heart rate, not an
// hour): read as such they would match every "que" or "hour".
var ownMeaning = wordSet("k q d u r hr toy tb")

// parseRange reads ">=N", "<=N" or "A-B".
func parseRange(s string) (lo, hi int, err error) {
	switch {
	case strings.HasPrefix(s, ">="):
		lo, err = strconv.Atoi(s[2:])
		return lo, 999999, err
	case strings.HasPrefix(s, "<="):
		hi, err = strconv.Atoi(s[2:])
		return 0, hi, err
	}
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, fmt.Errorf("no range")
	}
	if lo, err = strconv.Atoi(a); err != nil {
		return 0, 0, err
	}
	hi, err = strconv.Atoi(b)
	return lo, hi, err
}

// within1 reports whether a and b differ by at most one edit (insertion,
// deletion, substitution, or a transposition of neighbours).
func within1(a, b string) bool {
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 {
		return false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	if i == la && i == lb {
		return true
	}
	switch {
	case la == lb:
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case la > lb:
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}
