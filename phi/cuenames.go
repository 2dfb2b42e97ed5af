package phi

import "github.com/frontdeskhq/frontdesk/phi/names"

// This file holds name rules for cues that need a full name after them,
// and for names written twice: "prior authorization for Tobias van der
// Berg", "patient Bashir bin Hamdan was discharged", "Name on the account
// is Jorge Torres Jr.", "big mike (michael d. johnson-reyes)", "my lawyer:
// M. J. Bell".

// fullNameCues head a name only when a full name follows them: words that
// also head a department, a drug or a form ("referral for Cardiology",
// "patient Portal").
var fullNameCues = setOf("patient", "paciente", "authorization", "autorizacion", "referral")

// fullNameAfter records the name after a full-name cue at token i
// ("patient", or "authorization for"): two or more capitalised words, the
// last no business word.
func (s *scan) fullNameAfter(i int) {
	if s.caseless() || !fullNameCues[string(s.low(i))] {
		return
	}
	j := i + 1
	if s.is(j, "for") || s.is(j, "para") || s.is(j, "de") {
		j++
	} else if !s.is(i, "patient") && !s.is(i, "paciente") {
		return
	}
	if j >= len(s.toks) || s.toks[j].shape != caseTitle || s.toks[j].nl || s.sentenceStart(j) {
		return
	}
	ok, c := s.nameWord(j)
	if !ok || s.has(j, bClinical|bFacility|bNotPeople) || c&names.First == 0 && !s.unusualWord(j) {
		return
	}
	last := s.captureRest(j, j, medium)
	if last == j || s.firmAfter(last) || s.has(last, bClinical|bFacility|bOrg) {
		return
	}
	if lc := s.nameClass(last); c&names.First == 0 && (lc&names.Last == 0 || lc&names.Common != 0) && !s.particleIn(j, last) {
		return // "authorization for Humira Pen": an unlisted word needs a listed surname or a particle after it
	}
	s.add(s.toks[j].start, s.toks[last].end, KindName, 0.85, "name.cue")
}

// nameOnIs records the name after "name on the account is", "the name
// under her policy is", "nombre en la cuenta es": "name", a preposition,
// an article or possessive, a noun, then the verb at token i.
func (s *scan) nameOnIs(i int) {
	if i < 4 || !(s.is(i-4, "name") || s.is(i-4, "nombre")) || !(s.is(i, "is") || s.is(i, "es")) {
		return
	}
	k := i - 1
	if k < 3 || s.toks[k].kind != tWord || !(s.has(k-1, bPossessive) || s.is(k-1, "the") || s.is(k-1, "la") || s.is(k-1, "el")) {
		return
	}
	p := k - 2
	if !(s.is(p, "on") || s.is(p, "under") || s.is(p, "for") || s.is(p, "en") || s.is(p, "de") || s.is(p, "del")) ||
		!(s.is(p-1, "name") || s.is(p-1, "nombre")) {
		return
	}
	s.nameAfterCue(i, strong, 0.9, "name.cue")
}

// parenFullName records a full name in parentheses right after a name
// found so far, in any case: "big mike (michael d. johnson-reyes)",
// "Chuy (Jesús Ramírez)". The first word is a listed given name, then one
// to three name words or initials.
func (s *scan) parenFullName() {
	n := len(s.spans)
	for x := 0; x < n; x++ {
		sp := s.spans[x]
		b := sp.End
		for b < len(s.text) && s.text[b] == ' ' {
			b++
		}
		if sp.Kind != KindName || b >= len(s.text) || s.text[b] != '(' {
			continue
		}
		o := s.tokenAt(sp.End)
		if !s.punct(o, '(') || o+1 >= len(s.toks) || s.covered(s.toks[o+1].start, s.toks[o+1].end, len(s.spans)) {
			continue
		}
		j := o + 1
		ok, c := s.nameWord(j)
		if !ok || c&names.First == 0 || s.toks[j].nl {
			continue
		}
		last, words := j, 1
		for k := j + 1; k < len(s.toks) && k <= j+5; k++ {
			if s.punct(k, ')') {
				if words >= 2 {
					s.add(s.toks[j].start, s.toks[last].end, KindName, 0.85, "name.paren")
				}
				break
			}
			if s.toks[k].nl || s.toks[k].kind == tNum {
				break
			}
			if s.punct(k, '.') && k-1 == last && s.toks[last].end-s.toks[last].start == 1 {
				last = k // the stop of an initial
				continue
			}
			ok, _ := s.nameWord(k)
			initial := s.toks[k].kind == tWord && s.toks[k].end-s.toks[k].start == 1
			if !ok && !initial || s.has(k, bClinical) {
				break
			}
			last, words = k, words+1
		}
	}
}

// doubleInitials matches "M. J. Bell" at token i: two capital initials
// with their stops, apart by spaces, then a capitalised name word; it returns the last
// token, or i. Initials that abbreviate no person ("U. S. Army") do not
// count.
func (s *scan) doubleInitials(i int) int {
	k := i + 4
	if s.upper || k >= len(s.toks) || s.toks[i].end-s.toks[i].start != 1 || s.toks[i].shape != caseUpper ||
		!s.punct(i+1, '.') || s.toks[i+2].kind != tWord || s.toks[i+2].end-s.toks[i+2].start != 1 ||
		s.toks[i+2].shape != caseUpper || !s.punct(i+3, '.') || s.toks[k].shape != caseTitle || s.toks[k].nl || s.toks[i+2].nl ||
		!s.toks[i+2].space || !s.toks[k].space { // "H.O. Cont" is an abbreviation glued together
		return i
	}
	if dottedAbbrevs[string([]byte{s.text[s.toks[i].start] | 0x20, s.text[s.toks[i+2].start] | 0x20})] {
		return i
	}
	if ok, _ := s.nameWord(k); !ok || s.has(k, bClinical|bOrg|bFacility|bState) {
		return i
	}
	return s.generationAfter(k)
}

// particleIn reports whether a word in lower case, a particle of a name
// ("van der", "bin", "de la"), lies between tokens j and last.
func (s *scan) particleIn(j, last int) bool {
	for k := j + 1; k < last; k++ {
		if s.toks[k].kind == tWord && s.toks[k].shape == caseLower {
			return true
		}
	}
	return false
}

// titleInitial matches "M. Jean-Baptiste Lefèvre" at token i: "M." as the
// French title, before a given name (listed, or two capitalised parts
// joined by a hyphen) and a capitalised surname. It returns the first and
// last tokens of the name without the title, or -1.
func (s *scan) titleInitial(i int) (first, last int) {
	k := i + 2
	if s.upper || k+1 >= len(s.toks) || s.toks[i].end-s.toks[i].start != 1 || s.text[s.toks[i].start] != 'M' ||
		!s.punct(i+1, '.') || s.toks[k].nl || s.toks[k+1].nl || !s.toks[k].space {
		return -1, -1
	}
	given := s.toks[k].shape == caseMixed && s.titleWord(k)
	if ok, c := s.nameWord(k); !given && !(ok && s.toks[k].shape == caseTitle && c&names.First != 0 && c&names.Common == 0) {
		return -1, -1
	}
	if ok, _ := s.nameWord(k + 1); !ok || !s.titleWord(k+1) || s.has(k+1, bClinical|bOrg|bFacility) {
		return -1, -1
	}
	return k, k + 1
}

// nameForRequest records the person a request is for, named alone after
// "this is for" or "it's for" and closing its clause: "This is for Ngozi
// (she has one name)", "it's for Tavita, not me". The word must be no
// everyday, clinical or drug-like word ("this is for Ozempic" is none).
// Token i is "for".
func (s *scan) nameForRequest(i int) {
	if !(s.is(i-1, "is") && s.is(i-2, "this") || s.is(i-1, "it's") || s.is(i-1, "its")) {
		return
	}
	j := i + 1
	if j >= len(s.toks) || s.toks[j].nl || s.toks[j].shape != caseTitle || !s.unusualWord(j) || drugLike(s.low(j)) ||
		s.has(j, bMonth|bWeekday|bFacility|bNotPeople) || retailChains[string(s.low(j))] {
		return
	}
	last := s.captureRest(j, j, medium)
	if k := last + 1; k < len(s.toks) && !s.toks[k].nl && s.toks[k].kind != tPunct {
		return // "this is for Humira pens": the clause goes on
	}
	s.add(s.toks[j].start, s.toks[last].end, KindName, 0.8, "name.cue")
}
