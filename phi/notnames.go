package phi

import "github.com/frontdeskhq/frontdesk/phi/names"

// This file holds rules that tell a capitalised word after a cue or in
// the name lists is no person: a rank heading a job title, a pill's
// brand after a verb of taking, a firm's name.

// seniorRank reports whether "Sr" at token i is "Senior" heading a job
// title ("Sr. Project Manager", "Sr Software Engineer"), not "Señor": an
// everyday English word follows, and no listed name.
func (s *scan) seniorRank(i int) bool {
	if !s.is(i, "sr") {
		return false
	}
	j := i + 1
	if s.punct(j, '.') {
		j++
	}
	return j < len(s.toks) && !s.toks[j].nl && s.toks[j].shape == caseTitle && s.everyday(j) &&
		s.nameClass(j)&(names.First|names.Last) == 0
}

// takingVerbs are the verbs of taking or using a medicine.
var takingVerbs = setOf("take", "takes", "took", "taking", "tome", "tomo", "tomar", "tomaste", "tomando", "tomamos",
	"used", "using", "use", "usar", "usando", "uso")

// takenProduct reports whether the lone capitalised word i follows a verb
// of taking and an article: "me tomé la Ella", "I took the Julie", "tomó
// una Postday". People are taken with "a" in Spanish ("llevé a Ana") and
// without an article in English, so the word names a product.
func (s *scan) takenProduct(i int) bool {
	p := i - 1
	if !(s.is(p, "la") || s.is(p, "el") || s.is(p, "una") || s.is(p, "un") || s.is(p, "the")) || s.toks[i].nl {
		return false
	}
	return p >= 1 && s.toks[p-1].kind == tWord && takingVerbs[string(s.low(p-1))]
}

// firmAfter reports whether a word naming a kind of business follows the
// name ending at token last: "Halvorsen Engineering", "Mwangi Logistics".
// Words that also follow a person in a message ("Sarah Medical
// Assistant", "Ana Health Center") or name a street do not count.
func (s *scan) firmAfter(last int) bool {
	k := last + 1
	return k < len(s.toks) && s.has(k, bOrg) && s.capitalized(k) && !s.toks[k].nl &&
		!s.has(k, bFacility|bFacilityQual|bStreetSuffix|bSchool|bStop)
}

// partnerFirm reports whether the name ending at token last is the first
// partner of a firm: "&" or "and", one or two capitalised words, then a
// business word ("Fairbanks & Lowe LLP", "Baker and Pruitt Associates").
func (s *scan) partnerFirm(last int) bool {
	k := last + 1
	if !s.punct(k, '&') && !s.is(k, "and") && !s.is(k, "y") {
		return false
	}
	for n := 0; n < 2; n++ {
		k++
		if k >= len(s.toks) || s.toks[k].nl || !s.capitalized(k) {
			return false
		}
		if s.firmAfter(k) {
			return true
		}
	}
	return false
}
