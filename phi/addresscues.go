package phi

import (
	"strings"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// Addresses after a cue ("my address is"), "City, ST" pairs, cities after
// "lives in", and facility names ("Mercy Hospital").

// addressCues introduce an address written out: "my new address is ...",
// "Dirección: ...".
var addressCues = setOf("address", "addr", "direccion", "domicilio")

// addressAfterCue records the rest of the clause after an address cue when
// it holds a number (a house number or a postal code).
func (s *scan) addressAfterCue(i int) {
	j := i + 1
	for j < len(s.toks) && (s.punct(j, ':') || s.is(j, "is") || s.is(j, "es") || s.is(j, "now") ||
		s.is(j, "ahora") || s.punct(j, '-') || s.is(j, "to") || s.is(j, "a")) {
		j++
	}
	for n := 0; n < 3 && j+1 < len(s.toks) && s.toks[j].kind == tWord && s.toks[j].shape == caseLower &&
		!s.toks[j+1].nl && (s.toks[j+1].kind == tNum || s.toks[j+1].kind == tWord); n++ {
		if s.toks[j+1].kind == tNum || s.toks[j+1].shape == caseTitle {
			j++ // "la dirección sigue siendo 2200 River Rd": the verb before the address stays out
			break
		}
		if n == 2 {
			break
		}
		j++
	}
	if j >= len(s.toks) || s.toks[j].nl {
		return
	}
	last, digits := -1, false
	for k := j; k < len(s.toks) && k < j+25; k++ {
		tk := s.toks[k]
		if k > j && tk.nl {
			break
		}
		if tk.kind == tPunct {
			c := s.text[tk.start]
			short := 3
			if k+1 < len(s.toks) && s.toks[k+1].kind == tNum && !s.toks[k+1].nl {
				short = 4 // "Brgy. 5", "Blvd. 12"
			}
			if c == '?' || c == '!' || c == ';' || c == '(' || (c == '.' && (k+1 >= len(s.toks) || s.toks[k+1].space) &&
				!(k > 0 && s.toks[k-1].end-s.toks[k-1].start <= short && s.toks[k-1].kind == tWord &&
					!(k > 1 && !s.toks[k-1].space && s.toks[k-2].kind == tNum))) { // "St.", "P.O."; not the end of "LS6 2QR."
				break
			}
			continue
		}
		if tk.kind == tWord && (s.is(k, "for") || s.is(k, "and") || s.is(k, "please") || s.is(k, "para") ||
			s.is(k, "thanks") || s.is(k, "gracias") || s.is(k, "or") || s.is(k, "o") && tk.shape == caseLower) && digits {
			break
		}
		if tk.kind == tNum {
			digits = true
		}
		last = k
	}
	if last >= j && digits {
		s.add(s.toks[j].start, s.toks[last].end, KindAddress, 0.8, "address.cue")
	}
}

// cityState matches "Springfield, IL": capitalised words, a comma and a
// state code in capitals, in text that is not all capitals.
func (s *scan) cityState(i int) {
	if s.upper || s.toks[i].shape != caseUpper || !s.has(i, bState) || !s.punct(i-1, ',') {
		return
	}
	if ambiguousStates[string(s.low(i))] {
		// "ID", "OR", "ME"...: a state only before a ZIP or at a clause end.
		n := i + 1
		if n < len(s.toks) && !s.toks[n].nl && s.toks[n].kind != tPunct &&
			!(s.toks[n].kind == tNum && s.toks[n].end-s.toks[n].start == 5) {
			return
		}
	}
	k := i - 2
	first := -1
	for k >= 0 && k > i-5 && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle {
		first = k
		k--
	}
	if first < 0 {
		return
	}
	s.add(s.toks[first].start, s.toks[i].end, KindAddress, 0.75, "address.city")
}

// ambiguousStates are state codes that are also words or abbreviations.
var ambiguousStates = setOf("id", "in", "or", "me", "ok", "hi", "oh", "de", "la", "pa", "ma", "al", "co", "md")

// cityAfterCue matches a capitalised place after "lives in", "vive en".
func (s *scan) cityAfterCue(i int) {
	for _, cue := range cityCues {
		n := len(cue)
		ok := i-n+1 >= 0 && s.is(i, cue[n-1])
		for k := 0; ok && k < n; k++ {
			ok = s.is(i-n+1+k, cue[k])
		}
		if !ok {
			continue
		}
		strong := n == 2
		j := i + 1
		if j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].shape != caseTitle || s.upper {
			return
		}
		last := j
		for k := j + 1; k < len(s.toks) && k < j+3 && s.toks[k].shape == caseTitle && s.toks[k].kind == tWord && !s.toks[k].nl; k++ {
			last = k
		}
		if !strong {
			// Plain "in"/"from" only counts when the place is followed by a state.
			if !(s.punct(last+1, ',') && last+2 < len(s.toks) && s.toks[last+2].shape == caseUpper &&
				s.has(last+2, bState)) {
				return
			}
		}
		if cue[0] == "i'm" || cue[0] == "im" || cue[0] == "estoy" || cue[0] == "esta" {
			// "I'm in Phoenix", "estoy en Buenos Aires": a town the
			// gazetteer knows, in full (so a first word that is also a
			// common word, "Buenos", counts); not "I'm in Labor and
			// Delivery".
			last = s.knownPlaceEnd(j, last)
			if last < 0 || s.has(j, bClinical|bCareUnit) || s.has(j, bRegion) && last == j {
				return
			}
		} else {
			if s.has(j, bStop) || s.has(j, bRegion) && last == j {
				return // a state is no Safe Harbor identifier
			}
			if cue[n-1] == "from" && last == j && s.everyday(j) && !names.IsPlace(s.low(j)) {
				return // "on vacation from Work"
			}
		}
		s.add(s.toks[j].start, s.toks[last].end, KindAddress, 0.7, "address.city")
		return
	}
}

// knownPlaceEnd returns the last token of the longest town name the
// gazetteer knows that starts at token j and ends by token last, or -1.
func (s *scan) knownPlaceEnd(j, last int) int {
	var b []byte
	found := -1
	for k := j; k <= last; k++ {
		if k > j {
			b = append(b, ' ')
		}
		b = append(b, s.low(k)...)
		if names.IsPlace(b) {
			found = k
		}
	}
	return found
}

// unknownBeforeHospital reports whether word k, in text written in one
// case, is no everyday word, no abbreviation and no clinical term and the
// facility word i is a hospital or clinic: "reisterstown hospital".
func (s *scan) unknownBeforeHospital(k, i int) bool {
	w := s.text[s.toks[k].start:s.toks[k].end]
	if s.has(k, bClinical|bCareUnit) || s.everyday(k) || len(w) < 4 || strings.ContainsAny(w, "'’-") {
		return false
	}
	return s.is(i, "hospital") || s.is(i, "hosp") || s.is(i, "memorial") || s.is(i, "clinic") || s.is(i, "infirmary")
}

// facility matches capitalised words ending in a facility word: "Saint
// Agnes Hospital", "Harford Memorial", "Clínica San José" (the words after
// a leading facility word).
func (s *scan) facility(i int) {
	if !s.capitalized(i) && !s.lower && !s.lowerFacilityAfterName(i) &&
		!(s.is(i, "university") && s.is(i+1, "of") && s.has(i+2, bRegion)) {
		return
	}
	switch string(s.low(i)) {
	case "home": // only a nursing home with a name: "Brookhaven Nursing Home"
		if !s.is(i-1, "nursing") || !s.capitalized(i-1) || !s.capitalized(i-2) || s.has(i-2, bStop) || s.caseless() {
			return
		}
	case "vamc": // a Veterans Affairs medical center
		s.add(s.toks[i].start, s.toks[i].end, KindAddress, 0.6, "address.facility")
		return
	case "center", "centre", "ctr":
		// Only a medical center: "Mercy Medical Center", "Chester River Heart Center".
		if !s.has(i-1, bFacilityQual) && !s.is(i-1, "med") && !s.is(i-1, "cancer") &&
			!s.is(i-1, "surgical") && !s.is(i-1, "dialysis") && !s.is(i-1, "nursing") {
			return
		}
	case "university":
		// "University of Maryland": the place follows "of".
		if s.is(i+1, "of") && (s.capitalized(i+2) || s.lower || s.has(i+2, bRegion)) && (!s.has(i+2, bStop) || s.has(i+2, bState)) {
			last := i + 2
			if (s.capitalized(i+3) || s.lower) && !s.has(i+3, bStop|bClinical) && !s.everyday(i+3) && !s.toks[i+3].nl || s.has(i+3, bFacility) {
				last = i + 3
			}
			s.add(s.toks[i].start, s.toks[last].end, KindAddress, 0.75, "address.facility")
		}
		return
	case "saint", "st":
		// "St. Mary's", "Saint Agnes's": a saint's name in the possessive.
		j := i + 1
		if s.punct(j, '.') {
			j++
		}
		if j < len(s.toks) && s.capitalized(j) && s.toks[j].kind == tWord &&
			(strings.HasSuffix(s.text[s.toks[j].start:s.toks[j].end], "'s") ||
				strings.HasSuffix(s.text[s.toks[j].start:s.toks[j].end], "'S")) {
			s.add(s.toks[i].start, s.toks[j].end, KindAddress, 0.75, "address.facility")
			return
		}
		s.saintPlace(i)
		return
	}
	first := i
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := s.toks[k]
		if t.kind == tPunct && s.text[t.start] == '.' && k > 0 && s.is(k-1, "st") {
			continue
		}
		if t.kind == tPunct && s.text[t.start] == '\'' {
			continue
		}
		if t.kind != tWord || (!s.capitalized(k) && !s.lower && !(s.has(k, bFacilityQual) && first == k+1)) || s.has(k, bStop) ||
			s.has(k, bCareUnit) && !(k == i-1 && s.is(i, "home")) || s.toks[k+1].nl {
			break
		}
		if s.caseless() && !s.has(k, bFirst|bLast|bFacilityQual) && !s.unknownBeforeHospital(k, i) {
			break // in one case, only names, qualifiers, and unknown words before "hospital"
		}
		first = k
	}
	last := i
	if first == i && !s.upper && s.toks[i].shape == caseTitle { // "Clínica San José": the name follows
		for k := i + 1; k < len(s.toks) && k <= i+4 && s.toks[k].kind == tWord && !s.toks[k].nl; k++ {
			if s.has(k, bPlaceConn) && k > i+1 && s.toks[k].shape == caseLower && k+1 < len(s.toks) &&
				s.toks[k+1].shape == caseTitle && s.toks[k+1].kind == tWord && !s.has(k+1, bStop) {
				continue // "Hospital Civil de Guadalajara"
			}
			if s.toks[k].shape != caseTitle || s.has(k, bStop) {
				break
			}
			last = k
		}
	}
	if first == i && last == i || s.is(i, "home") && first > i-2 {
		return
	}
	if s.is(last, "day") || s.is(last, "weekend") {
		return // a holiday: "the Saturday before Memorial Day"
	}
	// Above a lone listed name, so "Mercy Medical Center" stays a place.
	s.add(s.toks[first].start, s.toks[last].end, KindAddress, 0.72, "address.facility")
}
