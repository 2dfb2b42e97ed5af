package phi

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// tokKind is the shape of a token.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, possibly with inner digits, ' or -
	tNum                  // digits only
	tPunct                // one other rune
)

// caseShape is the capitalisation of a word token.
type caseShape uint8

const (
	caseLower caseShape = iota // "smith"
	caseTitle                  // "Smith"
	caseUpper                  // "SMITH" (or a one-letter capital)
	caseMixed                  // "McDonald", "iPhone"
)

// token is one word, number or punctuation rune of the text.
type token struct {
	start, end int
	fs, fe     int // the folded form in scan.fold
	kind       tokKind
	shape      caseShape
	lex        lexBit // the word's sets, from the lexicon
	nl         bool   // a line break lies between the previous token and this one
	space      bool   // white space lies between the previous token and this one
}

// scan holds the state of one Detect call.
type scan struct {
	text    string
	toks    []token
	fold    []byte
	spans   []Span
	neutral []Span // clinician names and the like: never reported as NAME
	cands   []int  // capitalised words that may be given names spelt as everyday words (see wordNames)
	upper   bool   // the text is mostly upper case (notes in capitals)
	// nonASCII: the text holds a byte beyond ASCII (a name in another
	// script or with Vietnamese letters may be there; see worldnames.go).
	nonASCII bool
	lower    bool // the text is almost all lower case
}

var scanPool = sync.Pool{New: func() any { return new(scan) }}

// newScan tokenizes text into a pooled scan; call release when done.
func newScan(text string) *scan {
	s := scanPool.Get().(*scan)
	*s = scan{text: text, toks: s.toks[:0], fold: s.fold[:0], spans: s.spans[:0], neutral: s.neutral[:0], cands: s.cands[:0]}
	s.tokenize()
	return s
}

// release returns s to the pool unless it grew too large to keep.
func (s *scan) release() {
	if cap(s.toks) > 1<<14 || cap(s.fold) > 1<<16 {
		return
	}
	s.text = ""
	scanPool.Put(s)
}

func (s *scan) run() {
	s.numbers()
	s.emails()
	s.urls()
	s.words()
	s.spokenForms()
	s.wordNames()
	s.scriptNames()
	s.vietnameseNames()
	s.cardNames()
	s.mailDisplayNames()
	s.chatSenders()
	s.handles()
	s.finalLineName()
	s.parenFullName()
	s.parenNicknames()
	s.repeatNames()
	s.repeatPlaces()
	s.agesAfterNames()
	s.namesBeforeBirth()
	s.contactNames()
	s.agePairs()
	s.lastFours()
	s.shapedIDs()
	s.alienNumbers()
	s.caseNumbers()
	s.workplaceTowns()
	s.spanTails()
	s.luoApostrophes()
	s.initialsBefore()
	s.dropClinicDates()
	s.dropPetNames()
	s.dropNeutral()
	s.dropPublic()
	s.dropTags()
}

// dropTags removes spans that touch a redaction tag ("[PHONE]",
// "[NAME-kqzmtbwa]"), so that redacting twice changes nothing.
func (s *scan) dropTags() {
	t := s.text
	if strings.IndexByte(t, '[') < 0 || len(s.spans) == 0 {
		return
	}
	var tags []Span
	for i := 0; i < len(t); i++ {
		if t[i] != '[' {
			continue
		}
		j := i + 1
		for j < len(t) && t[j] >= 'A' && t[j] <= 'Z' {
			j++
		}
		if j == i+1 || j >= len(t) {
			continue
		}
		if t[j] == '-' {
			j++
			for j < len(t) && t[j] >= 'a' && t[j] <= 'z' {
				j++
			}
		}
		if j < len(t) && t[j] == ']' && isKind(t[i+1:strings.IndexAny(t[i+1:j+1], "-]")+i+1]) {
			tags = append(tags, Span{Start: i, End: j + 1})
		}
	}
	if len(tags) == 0 {
		return
	}
	out := s.spans[:0]
	for _, sp := range s.spans {
		keep := true
		for _, tg := range tags {
			if sp.Start < tg.End && tg.Start < sp.End {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, sp)
		}
	}
	s.spans = out
}

func isKind(k string) bool {
	switch Kind(k) {
	case KindName, KindDate, KindAge, KindPhone, KindFax, KindEmail, KindSSN, KindMRN,
		KindAccount, KindAddress, KindZIP, KindURL, KindIP, KindID:
		return true
	}
	return false
}

// add records a span.
func (s *scan) add(start, end int, k Kind, conf float64, rule string) {
	if k == KindName {
		// A name ends before its possessive: "Destiny Walker's".
		switch t := s.text[start:end]; {
		case strings.HasSuffix(t, "'s"):
			end -= len("'s")
		case strings.HasSuffix(t, "’s"):
			end -= len("’s")
		}
	}
	if start < end {
		s.spans = append(s.spans, Span{Start: start, End: end, Kind: k, Confidence: conf, Rule: rule})
	}
}

// dropNeutral removes name spans that lie inside a neutral range.
func (s *scan) dropNeutral() {
	if len(s.neutral) == 0 {
		return
	}
	s.dropSpans(func(sp Span) bool {
		return (sp.Kind == KindName || sp.Rule == "address.city") && s.isNeutral(sp.Start, sp.End)
	})
}

// dropSpans removes the spans drop reports, keeping the others in order.
func (s *scan) dropSpans(drop func(Span) bool) {
	out := s.spans[:0]
	for _, sp := range s.spans {
		if !drop(sp) {
			out = append(out, sp)
		}
	}
	s.spans = out
}

func (s *scan) isNeutral(start, end int) bool {
	for _, n := range s.neutral {
		if start < n.End && n.Start < end {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool       { return '0' <= c && c <= '9' }

// tokenize splits the text into tokens and folds every word.
func (s *scan) tokenize() {
	t := s.text
	lex := lexicon()
	if cap(s.toks) < len(t)/5+1 {
		s.toks = make([]token, 0, len(t)/5+1)
	}
	if cap(s.fold) < len(t) {
		s.fold = make([]byte, 0, len(t))
	}
	nl, sp := false, false
	upperLetters, letters := 0, 0
	for i := 0; i < len(t); {
		c := t[i]
		if c == ' ' || c == '\t' || c == '\r' {
			sp = true
			i++
			continue
		}
		if c == '\n' {
			nl, sp = true, true
			i++
			continue
		}
		tk := token{start: i, nl: nl, space: sp}
		nl, sp = false, false
		switch {
		case isDigit(c):
			j := i
			for j < len(t) && isDigit(t[j]) {
				j++
			}
			tk.kind, tk.end = tNum, j
		case c < utf8.RuneSelf && !isASCIILetter(c):
			if c == 0 {
				i++
				continue
			}
			tk.kind, tk.end = tPunct, i+1
		default:
			r, n := utf8.DecodeRuneInString(t[i:])
			if !unicode.IsLetter(r) {
				if unicode.IsSpace(r) {
					sp = true
					i += n
					continue
				}
				tk.kind, tk.end = tPunct, i+n
				break
			}
			j := i
			nUp, nLow, firstUp := 0, 0, false
			for j < len(t) {
				if b := t[j]; b < utf8.RuneSelf && isASCIILetter(b) { // fast path
					if b <= 'Z' {
						if j == i {
							firstUp = true
						}
						nUp++
					} else {
						nLow++
					}
					j++
					continue
				}
				r, n := utf8.DecodeRuneInString(t[j:])
				switch {
				case unicode.IsLetter(r):
					if unicode.IsUpper(r) {
						if j == i {
							firstUp = true
						}
						nUp++
					} else {
						nLow++
					}
				case r < utf8.RuneSelf && isDigit(byte(r)) && j > i:
				case (r == '\'' || r == '’' || r == '-') && j > i && j+n < len(t):
					r2, _ := utf8.DecodeRuneInString(t[j+n:])
					if !unicode.IsLetter(r2) {
						goto done
					}
				default:
					goto done
				}
				j += n
			}
		done:
			tk.kind, tk.end = tWord, j
			switch {
			case nLow == 0:
				tk.shape = caseUpper
			case nUp == 0:
				tk.shape = caseLower
			case firstUp && nUp == 1:
				tk.shape = caseTitle
			default:
				tk.shape = caseMixed
			}
			upperLetters += nUp
			letters += nUp + nLow
		}
		if tk.kind == tWord {
			tk.fs = len(s.fold)
			s.fold = names.Fold(s.fold, t[tk.start:tk.end])
			tk.fe = len(s.fold)
			tk.lex = lex[string(s.fold[tk.fs:tk.fe])]
			if w := s.fold[tk.fs:tk.fe]; tk.lex&^ruleOnlyBits == 0 && len(w) >= 6 && w[1] == '\'' && (w[0] == 'o' || w[0] == 'd') {
				tk.lex = bLast // "O'Leary", "D'Angelo": Irish and Italian surnames
			}
		}
		s.toks = append(s.toks, tk)
		i = tk.end
	}
	s.upper = letters >= 20 && upperLetters*10 >= letters*7
	s.lower = letters >= 20 && upperLetters*50 <= letters
	s.nonASCII = false
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			s.nonASCII = true
			break
		}
	}
}

// low returns the folded (lowercase, accent-free) form of word token i.
func (s *scan) low(i int) []byte {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	tk := &s.toks[i]
	return s.fold[tk.fs:tk.fe]
}

// is reports whether token i is the word w (folded).
func (s *scan) is(i int, w string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tWord && string(s.low(i)) == w
}

// punct reports whether token i is the punctuation byte c.
func (s *scan) punct(i int, c byte) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tPunct && s.text[s.toks[i].start] == c
}

// capitalized reports whether word token i starts with a capital letter.
// In a text written in capitals that says little, so callers check s.upper.
func (s *scan) capitalized(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return false
	}
	return s.toks[i].shape != caseLower
}

// tokenAt returns the index of the first token starting at or after off.
func (s *scan) tokenAt(off int) int {
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if s.toks[m].start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// prevWords reports whether one of the n word tokens before offset off is
// in set.
func (s *scan) prevWordIn(off, n int, set lexBit) bool {
	i := s.tokenAt(off) - 1
	for seen := 0; i >= 0 && seen < n; i-- {
		if s.toks[i].kind != tWord {
			continue
		}
		seen++
		if s.toks[i].lex&set != 0 {
			return true
		}
	}
	return false
}

// nextWordIn reports whether the first word token at or after off is in set.
func (s *scan) nextWordIn(off int, set lexBit) bool {
	i := s.tokenAt(off)
	for ; i < len(s.toks) && i < s.tokenAt(off)+2; i++ {
		if s.toks[i].kind == tWord {
			return s.toks[i].lex&set != 0
		}
	}
	return false
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
