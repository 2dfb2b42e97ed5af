package phi

import (
	"bytes"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// This file holds name rules that read family and visitors in care notes:
// "DAUGHTER-KRISSY", "social: bob visited", "significant other charlie",
// "keep Romero family aware", "husband milovan."

// visitVerbs follow a visitor's or caller's name: "bob visited", "george
// called early this am".
var visitVerbs = setOf("called", "calls", "visited", "visits", "visiting", "phoned", "came", "arrived",
	"stopped", "spoke", "updated", "llamo", "vino", "visito", "llego")

// hyphenRelation records the name glued to a relation word by a hyphen,
// one token for the tokenizer: "DAUGHTER-KRISSY", "son-Luis". Token i is
// a word holding a hyphen.
func (s *scan) hyphenRelation(i int) {
	w := s.low(i)
	h := bytes.IndexByte(w, '-')
	if h <= 0 || bytes.IndexByte(w[h+1:], '-') >= 0 || len(w)-h-1 < 3 || bytes.HasPrefix(w[h+1:], []byte("inlaw")) {
		return // no hyphen, "sister-in-law", "son-inlaw"
	}
	if s.lexicon()[string(w[:h])]&bRelation == 0 {
		return
	}
	name := w[h+1:]
	c := names.LookupBytes(name)
	start := s.toks[i].start + h + 1 // folding keeps ASCII offsets; the check below guards the rest
	if start >= s.toks[i].end || s.text[start-1] != '-' {
		return
	}
	first := s.text[start]
	caps := first >= 'A' && first <= 'Z'
	switch {
	case c&names.Word != 0 && c&(names.First|names.Last) == 0:
		return // "son-in", "mom-rest"
	case c&(names.First|names.Last|names.Common) != 0:
	case s.caseless() && len(name) >= 4:
	case caps && !s.caseless():
	default:
		return
	}
	s.add(start, s.toks[i].end, KindName, 0.85, "name.relation")
}

// lexicon returns the merged word sets; a method so that rules read it
// the same way as tokenize.
func (s *scan) lexicon() map[string]lexBit { return lexicon() }

// nameBeforeVisit records a given name right before a verb of visiting or
// calling, opening its clause: "social: bob visited", "and george called".
// A name that is also an everyday word ("bill") needs the clause to open
// right before it.
func (s *scan) nameBeforeVisit(i int) {
	k := i - 1
	ok, c := s.nameWord(k)
	if !ok || s.toks[i].nl || c&(names.First|names.Common) == 0 || s.has(k, bPossessive|bRelation|bPatTitle|bClinTitle) {
		return
	}
	if !s.caseless() && s.toks[k].shape == caseLower && c&names.First == 0 {
		return
	}
	opens := k == 0 || s.toks[k].nl || s.is(k-1, "and") || s.is(k-1, "y")
	if p := k - 1; p >= 0 && s.toks[p].kind == tPunct {
		switch s.text[s.toks[p].start] {
		case ':', ',', ';', '.', '(':
			opens = true
		}
	}
	if !opens || c&names.First == 0 && s.everyday(k) && !s.punct(k-1, ':') {
		return
	}
	if len(s.low(k)) < 3 {
		return
	}
	s.add(s.toks[k].start, s.toks[k].end, KindName, 0.75, "name.visit")
}

// familyName records a surname before "family": "keep Romero family
// aware", "the Nguyen family called".
func (s *scan) familyName(i int) {
	k := i - 1
	ok, c := s.nameWord(k)
	if !ok || c&(names.Last|names.Common) == 0 || s.everyday(k) || s.toks[i].nl ||
		s.has(k, bPossessive|bRelation|bNotPeople) {
		return
	}
	if !s.caseless() && s.toks[k].shape != caseTitle {
		return
	}
	s.add(s.toks[k].start, s.toks[k].end, KindName, 0.75, "name.family")
}

// nameBeforePhoneLabel records two capitalised words written right before
// a phone label, the way contact lines are: "Lopie Certusi cell#
// 410-322-1419". Neither word may be an everyday word or a clinical
// term, and one must be a listed name or no word at all. Token i is the
// label.
func (s *scan) nameBeforePhoneLabel(i int) {
	a, b := i-2, i-1
	if a < 0 || s.caseless() || s.toks[i].nl || s.toks[b].nl || !s.toks[b].space {
		return
	}
	if !s.punct(i+1, '#') && !s.punct(i+1, ':') && !(i+1 < len(s.toks) && s.toks[i+1].kind == tNum) {
		return // "Cell# 410...", "cell: 410", "cell 410..."
	}
	for _, k := range []int{a, b} {
		if s.toks[k].kind != tWord || s.toks[k].shape != caseTitle || s.everyday(k) ||
			s.toks[k].lex&^(bFirst|bLast|bCommon) != 0 || len(s.low(k)) < 3 {
			return
		}
	}
	if s.nameClass(a)&(names.First|names.Last) == 0 && s.nameClass(b)&(names.First|names.Last) == 0 &&
		!(s.unusualWord(a) && s.unusualWord(b)) {
		return
	}
	s.add(s.toks[a].start, s.toks[b].end, KindName, 0.75, "name.contact")
}

// clauseEndsAfter reports whether nothing but punctuation, a line break,
// the end of the text or a small word follows token i: "husband milovan.",
// "BROTHER VINNY AND A SISTER".
func (s *scan) clauseEndsAfter(i int) bool {
	j := i + 1
	if j >= len(s.toks) || s.toks[j].nl {
		return true
	}
	if s.toks[j].kind == tPunct {
		switch s.text[s.toks[j].start] {
		case '.', ',', ';', ':', ')', '!', '?':
			return true
		}
		return false
	}
	return nameFollowers[string(s.low(j))] || visitVerbs[string(s.low(j))]
}

// nameFollowers are small words that may follow a name closing its
// clause: "BROTHER VINNY AND A SISTER", "husband milovan who".
var nameFollowers = setOf("and", "or", "who", "is", "was", "has", "had", "will", "here", "at", "in", "on",
	"with", "y", "que", "es", "esta")
