package phi

import (
	"bytes"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// This file holds the second pass over a text: a name or a place that a
// rule found once is marked wherever else it occurs in the same text.

// repeatNames marks again, elsewhere in the text, a name the rules found
// once: "son Radu ... Radu wishes to ...". In text written in one case,
// only words that are no everyday words are carried over ("bill" is not).
func (s *scan) repeatNames() {
	var found [8]int // token indexes of the words of the names found
	n := s.foundWords(found[:0], func(sp Span) bool { return sp.Kind == KindName && sp.Confidence >= 0.7 },
		bStop|bPatTitle|bClinTitle, 3)
	if len(n) == 0 {
		return
	}
	mask := s.wordMask(n)
	spans := len(s.spans)
	for i, tk := range s.toks {
		if tk.kind != tWord || mask&s.wordBit(i) == 0 || !s.sameWordAs(i, n) || s.covered(tk.start, tk.end, spans) {
			continue
		}
		if s.caseless() && (s.everyday(i) || s.nameClass(i)&names.Common != 0) ||
			!s.caseless() && tk.shape == caseLower && (len(s.low(i)) < 5 || s.everyday(i) || tk.lex&^(bFirst|bLast|ruleOnlyBits) != 0) {
			continue // in a text with capitals, only a long unambiguous name recurs in lower case
		}
		s.add(tk.start, tk.end, KindName, 0.75, "name.repeat")
	}
}

// repeatPlaces marks again a place name the place rules found once:
// "transferred to Kernan ... Kernan cardiology called". Facility words and
// everyday words are not carried over, only the name itself.
func (s *scan) repeatPlaces() {
	var found [8]int
	n := s.foundWords(found[:0], func(sp Span) bool {
		return sp.Kind == KindAddress && (sp.Rule == "address.place" || sp.Rule == "address.facility" || sp.Rule == "address.city")
	}, bStop|bFacility|bFacilityQual|bPlaceEnd|bCareUnit|bState|bPlaceConn|bStreetPrefix, 2)
	if len(n) == 0 {
		return
	}
	mask := s.wordMask(n)
	spans := len(s.spans)
	for i, tk := range s.toks {
		if tk.kind != tWord || mask&s.wordBit(i) == 0 || !s.sameWordAs(i, n) || s.covered(tk.start, tk.end, spans) {
			continue
		}
		if !s.caseless() && tk.shape == caseLower && len(s.low(i)) < 4 {
			continue // "GH" was a place; "gh" in a text with capitals may be anything
		}
		end := tk.end
		if k := i + 1; k < len(s.toks) && s.toks[k].kind == tNum && !s.toks[k].nl && s.toks[k].end-s.toks[k].start <= 2 {
			end = s.toks[k].end // its ward: "Quartermain 3"
		}
		s.add(tk.start, end, KindAddress, 0.7, "address.repeat")
	}
}

// foundWords appends to dst the word tokens of the spans that keep
// accepts, leaving out words with any of the bits skip, everyday words and
// words shorter than minLen; at most cap(dst) of them.
func (s *scan) foundWords(dst []int, keep func(Span) bool, skip lexBit, minLen int) []int {
	for _, sp := range s.spans {
		if !keep(sp) {
			continue
		}
		for i := s.tokenAt(sp.Start); i < len(s.toks) && s.toks[i].end <= sp.End; i++ {
			if len(dst) == cap(dst) {
				return dst
			}
			if s.toks[i].kind != tWord || s.has(i, skip) || len(s.low(i)) < minLen || s.everyday(i) ||
				s.sameWordAs(i, dst) {
				continue
			}
			dst = append(dst, i)
		}
	}
	return dst
}

// wordBit hashes the folded length and first and last letters of word
// token i to one of 64 bits: a cheap first test before sameWordAs.
func (s *scan) wordBit(i int) uint64 {
	w := s.low(i)
	if len(w) == 0 {
		return 0
	}
	return 1 << ((uint(len(w))*7 + uint(w[0])*3 + uint(w[len(w)-1])) & 63)
}

// wordMask ors the wordBit of every token in list.
func (s *scan) wordMask(list []int) uint64 {
	var m uint64
	for _, k := range list {
		m |= s.wordBit(k)
	}
	return m
}

// sameWordAs reports whether word token i, folded, equals one of the
// tokens in list.
func (s *scan) sameWordAs(i int, list []int) bool {
	w := s.low(i)
	for _, k := range list {
		if bytes.Equal(w, s.low(k)) {
			return true
		}
	}
	return false
}

// covered reports whether one of the first n spans overlaps start:end.
func (s *scan) covered(start, end, n int) bool {
	for _, sp := range s.spans[:n] {
		if sp.Start < end && start < sp.End {
			return true
		}
	}
	return false
}
