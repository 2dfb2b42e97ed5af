package phi

import (
	"strings"

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
