package phi

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// This file holds name rules that go by the shape of the words rather
// than by the name lists: unusual words after a strong cue, and names
// with a middle initial.

// unusualWord reports whether word token i could be a name nobody listed:
// four letters or more, no everyday English word, no clinical term, no
// stop word ("jerkovic", "milovan", but not "fine" or "lasix").
func (s *scan) unusualWord(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tWord && len(s.low(i)) >= 4 &&
		!s.has(i, bStop|bClinical|bMonth|bCareUnit|bRelation|bEponym|bOrg) && !s.everyday(i) &&
		!strings.ContainsAny(s.text[s.toks[i].start:s.toks[i].end], "'’-")
}

// initialName matches "Mohmad R. Vizirov": a capitalised word, a middle
// initial and a capitalised surname, neither an everyday word, starting at
// token i. It returns the surname's index, or -1.
func (s *scan) initialName(i int) int {
	j := i + 1
	if j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].end-s.toks[j].start != 1 ||
		s.toks[j].shape != caseUpper || !s.toks[j].space || s.toks[j].nl {
		return -1
	}
	k := j + 1
	if s.punct(k, '.') {
		k++
	}
	if k >= len(s.toks) || s.toks[k].nl || s.toks[k].shape != caseTitle || s.toks[k].kind != tWord {
		return -1
	}
	for _, w := range []int{i, k} {
		if ok, c := s.nameWord(w); !ok || (c&(names.First|names.Last) == 0 && !s.unusualWord(w)) {
			return -1
		}
	}
	return k
}

// isGivenAbbrev reports whether the folded word w is a given name written
// short with a stop: "Ma.", "Fco.", "Wm.", "Chas." (a name written with a
// raised a or o, "Mª", needs no list).
func isGivenAbbrev(w []byte) bool {
	switch string(w) {
	case "ma", "fco", "gpe", "wm", "chas", "thos", "jas", "geo", "benj", "jno", "edw", "robt", "saml":
		return true
	}
	return false
}

// givenAbbrev returns the last token of an abbreviated given name at token
// i ("Ma." ends at its stop, "Mª" at itself) when a capitalised name
// word follows it on the line, or -1.
func (s *scan) givenAbbrev(i int) int {
	if i < 0 || i+1 >= len(s.toks) || s.toks[i].end-s.toks[i].start > 4 || s.toks[i].kind != tWord ||
		s.toks[i].shape == caseLower || s.upper {
		return -1
	}
	w := s.text[s.toks[i].start:s.toks[i].end]
	e := i
	switch {
	case len(w) >= 3 && w[len(w)-2] == 0xc2 && (w[len(w)-1] == 0xaa || w[len(w)-1] == 0xba): // "ª", "º"
	case s.punct(i+1, '.') && isGivenAbbrev(s.low(i)):
		e = i + 1
	default:
		return -1
	}
	n := s.particleSkip(e + 1) // "Ma. del Carmen"
	if ok, _ := s.nameWord(n); !ok || s.toks[n].shape != caseTitle || s.toks[n].nl {
		return -1
	}
	return e
}

// generations follow a full name: "Jr.", "Sr.", "II", "III".
var generations = setOf("jr", "sr", "ii", "iii")

// generationAfter extends a name of two words or more ending at token
// last over a generational suffix with its stop ("Marcus Jefferson Jr.",
// "Paul Allen, Sr."), and returns the new last token.
func (s *scan) generationAfter(last int) int {
	if generations[string(s.low(last))] && s.toks[last].shape != caseLower {
		if s.punct(last+1, '.') && !(s.capitalized(last+2) && !s.toks[last+2].nl) {
			return last + 1 // the loop of name words took "Jr" already
		}
		return last
	}
	k := last + 1
	if s.punct(k, ',') {
		k++
	}
	if k >= len(s.toks) || s.toks[k].kind != tWord || s.toks[k].nl || s.upper || s.toks[k].shape == caseLower ||
		!generations[string(s.low(k))] {
		return last
	}
	if s.punct(k+1, '.') {
		if s.capitalized(k+2) && !s.toks[k+2].nl && !s.sentenceStart(k+2) {
			return last
		}
		return k + 1
	}
	if s.capitalized(k+1) && !s.toks[k+1].nl {
		return last // "Sr Lopez": a title before the next name
	}
	return k
}

// isQuote reports whether token i is a straight or curly double quote.
func (s *scan) isQuote(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tPunct {
		return false
	}
	switch s.text[s.toks[i].start:s.toks[i].end] {
	case `"`, "“", "”":
		return true
	}
	return false
}

// quotedNickname returns the index of the closing quote of a nickname
// written in quotes inside a full name, starting at token j ("Leonard
// \"Len\" Fitzgerald", "Caridad “Cachita” Pérez"): one or two capitalised
// words in quotes on the line, then a capitalised word to go on with. It
// returns -1 when there is none.
func (s *scan) quotedNickname(j int) int {
	if !s.isQuote(j) || s.upper {
		return -1
	}
	k := j + 1
	for n := 0; n < 2 && k < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle && !s.toks[k].nl; n++ {
		k++
	}
	if k == j+1 || !s.isQuote(k) || k+1 >= len(s.toks) || s.toks[k+1].nl || !s.capitalized(k+1) {
		return -1
	}
	return k
}

// titleParticles open a surname when written with a capital inside a full
// name or at its head: "Ana Luz De la Cruz", "Frank Lo Bianco", "Le Thi
// Hoa", "Cian Ó Súilleabháin", "Siobhán Ní Bhriain", "Pieter Van der Merwe".
var titleParticles = setOf("de", "del", "la", "lo", "le", "da", "di", "dos", "das", "du", "van", "von", "ter", "ten",
	"o", "ni", "nic", "mac", "al", "el", "bin", "ibn", "dela", "delos") // "Dela Cruz": Filipino surnames

// titleParticleSkip returns the index of the surname after a capitalised
// particle at token j, with a lower-case article or "der" after it ("De
// la Cruz", "Van der Merwe"), when a capitalised name word follows on the
// line; otherwise j.
func (s *scan) titleParticleSkip(j int) int {
	if s.caseless() || j+1 >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].shape == caseLower ||
		s.toks[j].end-s.toks[j].start > 5 || !titleParticles[string(s.low(j))] || s.toks[j].nl {
		return j
	}
	p := j + 1
	if s.toks[p].shape == caseLower && (s.is(p, "la") || s.is(p, "los") || s.is(p, "las") || s.is(p, "der") || s.is(p, "den")) {
		p++
	}
	if ok, _ := s.nameWord(p); ok && s.toks[p].shape == caseTitle && !s.toks[p].nl {
		return p
	}
	return j
}

// gluedInitials returns the stop after two or three initials written
// together at token i ("J.R.", "A.J.", "M.A.C."), when a capitalised name
// word follows on the line; otherwise -1.
func (s *scan) gluedInitials(i int) int {
	k, n := i, 0
	for k+1 < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].shape == caseUpper && s.toks[k].end-s.toks[k].start == 1 &&
		(k == i || !s.toks[k].space) && s.punct(k+1, '.') && !s.toks[k+1].space {
		k, n = k+2, n+1
	}
	if n < 2 || n > 3 || s.upper || k >= len(s.toks) || s.toks[k].shape != caseTitle || s.toks[k].nl {
		return -1
	}
	if ok, _ := s.nameWord(k); !ok {
		return -1
	}
	return k - 1
}

// stopWordGiven reports whether token i is a given name spelt like a word
// the name rules stop at ("Will"), written with its capital inside a
// sentence right after "my son" or "her husband", where the word itself
// would be in lower case.
func (s *scan) stopWordGiven(i int) bool {
	return i < len(s.toks) && s.toks[i].kind == tWord && s.toks[i].shape == caseTitle && !s.caseless() && !s.toks[i].nl &&
		!s.sentenceStart(i) && s.has(i, bStop) && s.has(i, bFirst|bCommon) && !s.has(i, bMonth|bWeekday|bPatTitle|bClinTitle|bRelation)
}

// dottedAbbrevs are two capitals with stops that abbreviate no name:
// countries, times of day, titles and degrees ("U.S.", "A.M.", "R.N.").
var dottedAbbrevs = setOf("us", "uk", "am", "pm", "er", "dc", "ny", "la", "eu", "un", "or", "ok", "bc", "ad",
	"md", "do", "rn", "np", "pa", "pt", "ot", "st", "vs", "po", "pr", "tv", "nj", "nc", "sc", "gp", "ie", "eg")

// bareInitials returns the stop after two or three initials written
// together at token i with no name after them ("this is J.R. from the
// 3:15 slot", "my son T.J. has a rash"), or -1. Abbreviations such as
// "U.S." or "P.M." are none.
func (s *scan) bareInitials(i int) int {
	if s.upper || i >= len(s.toks) {
		return -1
	}
	k, n := i, 0
	var letters [3]byte
	for n < 3 && k+1 < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].shape == caseUpper && s.toks[k].end-s.toks[k].start == 1 &&
		(k == i || !s.toks[k].space) && s.punct(k+1, '.') && !s.toks[k+1].space {
		letters[n] = s.text[s.toks[k].start] | 0x20
		k, n = k+2, n+1
	}
	if n < 2 || k < len(s.toks) && !s.toks[k].space && s.toks[k].kind != tPunct || n == 2 && dottedAbbrevs[string(letters[:2])] {
		return -1
	}
	if k < len(s.toks) && !s.toks[k].nl && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle && !s.has(k, bStop) {
		return -1 // "J.R. Smith": gluedInitials takes the name
	}
	return k - 1
}

// luoApostrophes extends a name ending in "ng" over the apostrophe that
// closes it, as Luo and other Nilotic surnames are spelt in Kenya and
// Uganda ("Odhiambo Oking'", "Akinyi Oching'"): the tokenizer ends a word
// before an apostrophe with no letter after it. A name opened by a quote
// ("'Ming'") is quoted, and keeps its span.
func (s *scan) luoApostrophes() {
	t := s.text
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.Kind != KindName || sp.End-sp.Start < 3 || sp.End >= len(t) || !hasSuffixFold(t[sp.Start:sp.End], "ng") ||
			sp.Start > 0 && (t[sp.Start-1] == '\'' || strings.HasSuffix(t[:sp.Start], "‘")) {
			continue
		}
		n := 0
		switch {
		case t[sp.End] == '\'':
			n = 1
		case strings.HasPrefix(t[sp.End:], "’"):
			n = len("’")
		default:
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t[sp.End+n:]); sp.End+n < len(t) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		sp.End += n
	}
}

// hasSuffixFold reports whether s ends with the lower-case ASCII suffix,
// ignoring case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && hasPrefixFold(s[len(s)-len(suffix):], suffix)
}
