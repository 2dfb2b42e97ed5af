package phi

import "github.com/frontdeskhq/frontdesk/phi/names"

// This file holds the rules for street addresses and what follows them
// (unit, city, state, postal code). Spanish-style streets are in
// streets_es.go; addresses after a cue, "City, ST" pairs, cities after
// "lives in" and facility names in addresscues.go.

var (
	streetSuffixes = setOf("street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd",
		"lane", "ln", "drive", "dr", "court", "ct", "way", "place", "pl", "terrace", "ter", "circle",
		"cir", "highway", "hwy", "parkway", "pkwy", "square", "sq", "trail", "trl", "pike", "alley",
		"loop", "path", "plaza", "ridge", "crescent", "row", "turnpike", "expressway", "freeway",
		"close", "grove", "gardens", "mews")
	streetPrefixes = setOf("calle", "c", "avenida", "avda", "av", "paseo", "plaza", "carrera", "cra",
		"camino", "calzada", "colonia", "col", "carretera", "ronda", "travesia", "glorieta", "jiron",
		"pasaje", "callejon", "bulevar", "boulevard", "diagonal", "transversal", "jr", "psje", "pje", "bvar", "blvr",
		"rua", "travessa", "alameda", "estrada", "rodovia", "rue", "avenue", "chemin", "impasse", "allee", "quai",
		"brgy", "bgy", "barangay") // a Philippine barangay heads its address: "Brgy. San Isidro, Cainta, Rizal"
	unitWords = setOf("apt", "apartment", "unit", "suite", "ste", "fl", "floor", "piso", "puerta", "apto", "apartamento",
		"depto", "departamento", "dpto", "bldg", "building", "edificio", "interior", "int", "room", "rm", "flat",
		"app") // "app. 6": an appartement in Quebec
	placeConnectors = setOf("de", "del", "la", "las", "los", "el", "y", "of", "the", "da", "das", "do", "dos")
	facilityWords   = setOf("hospital", "clinic", "clinica", "hospice", "rehab", "infirmary", "home",
		"sanatorio", "memorial", "hosp", "center", "centre", "ctr", "vamc", "university", "saint", "st")
	facilityQualifiers = setOf("st", "saint", "san", "santa", "mount", "mt", "university", "general",
		"county", "children's", "childrens", "memorial", "regional", "community", "veterans", "medical",
		"health", "heart", "rehab", "rehabilitation",
		"sacred", "heart", "holy", "cross", "mercy", "good", "samaritan", "baptist", "methodist")
	cityCues = [][]string{{"live", "in"}, {"lives", "in"}, {"living", "in"}, {"moved", "to"},
		{"resides", "in"}, {"reside", "in"}, {"vivo", "en"}, {"vive", "en"}, {"vivimos", "en"},
		{"located", "in"}, {"holiday", "from"}, {"vacation", "from"}, {"visiting", "from"}, {"originally", "from"},
		{"moved", "from"}, {"i'm", "in"}, {"im", "in"}, {"estoy", "en"}, {"esta", "en"}, {"from"}, {"de"}, {"en"}, {"in"}, {"to"}, {"near"}}
	usStates = setOf("al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il",
		"in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh",
		"nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt",
		"va", "wa", "wv", "wi", "wy", "pr")
)

// streetAddress matches "12 Oak Tree Rd, Apt 4, Springfield, IL 62704"
// starting at the number token i.
func (s *scan) streetAddress(i int) bool {
	tk := s.toks[i]
	if tk.end-tk.start > 6 || (i > 0 && !tk.space && s.toks[i-1].kind == tPunct && !s.punct(i-1, '(')) {
		return false // "-12", "#12" ("(1815 E 35th St" opens an address)
	}
	j := i + 1
	if j < len(s.toks) && s.toks[j].kind == tWord && !s.toks[j].space {
		if s.toks[j].end-s.toks[j].start != 1 {
			return false // "1ST", "3pm"
		}
		j++ // "12B"
	}
	lead := s.houseNoBefore(i)
	if lead < i && s.punct(j, ',') {
		j++ // "No. 5, Obafemi Awolowo Way": the house number set apart
	}
	words := 0
	for ; j < len(s.toks) && words < 5; j++ {
		t := s.toks[j]
		if t.kind == tPunct && s.text[t.start] == '.' && words > 0 && s.toks[j-1].end-s.toks[j-1].start <= 2 {
			continue // "W. 3rd Avenue"
		}
		if t.nl || (t.kind != tWord && t.kind != tNum) {
			return words > 0 && s.bareStreet(i, j-1)
		}
		if t.kind == tNum { // "5th Ave": a number followed by its ordinal
			if j+1 < len(s.toks) && s.has(j+1, bOrdinal) && !s.toks[j+1].space {
				j++
				words++
				continue
			}
			return false
		}
		if words > 0 && s.has(j, bStreetSuffix) && s.capitalized(j) {
			if s.has(j+1, bStreetSuffix) && s.toks[j+1].shape == caseTitle && !s.toks[j+1].nl {
				j++ // "Maple Ridge Dr", "Lake Shore Drive": the first suffix is part of the name
			}
			end := j
			if s.punct(j+1, '.') {
				end = j + 1
				if (s.is(j, "dr") || s.is(j, "st")) && s.capitalized(end+1) && !s.toks[end+1].nl &&
					!(s.is(j, "st") && tk.end-tk.start >= 2) {
					// "Dr. Lee", "St. Mary's": a title, not a suffix; but
					// after a house number "St." ends the street whatever
					// follows ("3810 S Pine St. Pick up by Friday")
					return false
				}
			}
			if s.punct(end+1, '-') && !s.toks[end+1].space {
				return false
			}
			if c := end + 1; c < len(s.toks) && !s.toks[c].nl && s.toks[c].shape == caseUpper && compassPoints[string(s.low(c))] &&
				!s.upper && (c+1 >= len(s.toks) || s.toks[c+1].kind == tPunct || s.toks[c+1].nl || s.has(c+1, bUnit) && s.capitalized(c+1)) {
				end = c // "Queen St W", "Main St NW"
			}
			if s.upper && end+1 < len(s.toks) && !s.toks[end+1].nl && !s.punct(end+1, ',') &&
				!s.has(end+1, bUnit) && !s.punct(end+1, '.') {
				return false // in capitals, an address must end where its line or clause does
			}
			end = s.addressTail(end)
			s.add(s.toks[min(lead, s.unitBefore(i))].start, s.toks[end].end, KindAddress, 0.9, "address.street")
			return true
		}
		if words == 0 && t.shape == caseUpper && compassPoints[string(s.low(j))] && !s.upper && s.capitalized(j+1) {
			words++ // "1400 W Fulton Market": a compass point before the name
			continue
		}
		if !s.capitalized(j) || s.has(j, bStop) || s.has(j, bEponym) {
			return words > 0 && !s.capitalized(j) && s.bareStreet(i, j-1)
		}
		words++
	}
	return words > 0 && j >= len(s.toks) && s.bareStreet(i, j-1)
}

// livingWords say where someone lives or has moved: an address without a
// street suffix that follows them is still an address.
var livingWords = setOf("live", "lives", "living", "lived", "moved", "move", "moving", "reside", "resides",
	"residing", "staying", "vivo", "vive", "vivimos", "viven", "vivia", "mude", "mudamos", "mudo")

// bareStreet records a house number i and capitalised words up to last
// with no street suffix ("2200 Broadway", "14 Paseo Alto") as an address
// when a ZIP code follows ("2200 Broadway, 94612") or the number comes
// after "at"/"to"/"en" with a word of living just before ("we moved to 9
// Lakeview", "vivo en 12 Reforma").
func (s *scan) bareStreet(i, last int) bool {
	if s.upper || s.lower {
		return false
	}
	end := last
	zip := s.punct(last+1, ',') && last+2 < len(s.toks) && s.toks[last+2].kind == tNum &&
		s.toks[last+2].end-s.toks[last+2].start == 5 && (last+3 >= len(s.toks) || s.toks[last+3].kind == tPunct || s.toks[last+3].nl)
	switch {
	case zip:
		end = last + 2
	case s.unitAfterStreet(last) && s.cityStateAfter(s.addressTail(last)):
		// "1400 W Fulton Market, Suite 600, Chicago, IL", "2150 Grand
		// Concourse apt 5F, Bronx NY": a unit, then a city and its state,
		// tell a street without its suffix.
		end = s.addressTail(last)
	default:
		if !(s.is(i-1, "at") || s.is(i-1, "to") || s.is(i-1, "en")) {
			return false
		}
		cue := false
		for k := i - 2; k >= 0 && k >= i-7 && !cue; k-- {
			cue = s.toks[k].kind == tWord && livingWords[string(s.low(k))]
		}
		if !cue {
			return false
		}
	}
	s.add(s.toks[i].start, s.toks[end].end, KindAddress, 0.75, "address.bare")
	return true
}

// clauseEnd reports whether token k ends the text, its line or its clause.
func (s *scan) clauseEnd(k int) bool {
	return k >= len(s.toks) || s.toks[k].nl || s.punct(k, '.') || s.punct(k, '!') || s.punct(k, '?') || s.punct(k, ';')
}

// regionWords close the name of a state or region: "Lagos State", "Western
// Province", "Región Metropolitana".
var regionWords = setOf("state", "province", "region", "county", "district", "estado", "provincia", "region", "departamento")

// regionPart matches a state or region at token j: one to three
// capitalised words, the last of which may be a region word ("Lagos
// State"). It returns its last token, or -1.
func (s *scan) regionPart(j int) int {
	last := -1
	for k := j; k < len(s.toks) && k < j+3 && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle && !s.toks[k].nl; k++ {
		if s.has(k, bStop) && !(k > j && regionWords[string(s.low(k))]) {
			break
		}
		last = k
	}
	return last
}

// houseNoBefore returns the token of "No." or "No" written before the
// house number i, as Nigeria, India and the Philippines head an address
// ("No. 5, Obafemi Awolowo Way"), or i when there is none.
func (s *scan) houseNoBefore(i int) int {
	k := i - 1
	if s.punct(k, '.') {
		k--
	}
	if k >= 0 && s.toks[k].shape == caseTitle && s.is(k, "no") {
		return k
	}
	return i
}

// unitAfterStreet reports whether a home's unit follows the street name
// ending at token last, after a comma or right after it in lower case
// ("Fulton Market, Suite 600", "Grand Concourse apt 5F"); a room or floor
// is none.
func (s *scan) unitAfterStreet(last int) bool {
	u := last + 1
	if s.punct(u, ',') {
		u++
	} else if s.toks[min(u, len(s.toks)-1)].shape != caseLower {
		return false
	}
	return s.has(u, bUnit) && !s.toks[u].nl && (s.capitalized(u) || u == last+1) && !s.is(u, "room") &&
		!s.is(u, "rm") && !s.is(u, "floor") && !s.is(u, "fl")
}

// addressTail extends an address ending at token end over a unit, a city
// and a state with ZIP; it returns the new last token.
func (s *scan) addressTail(end int) int {
	j := end + 1
	if s.punct(j, ',') {
		j++
	}
	if j < len(s.toks) && (s.has(j, bUnit) || s.punct(j, '#')) {
		k := j + 1
		if s.punct(k, '.') || s.punct(k, '#') {
			k++
		}
		if k < len(s.toks) && !s.toks[k].nl && (s.toks[k].kind == tNum || s.toks[k].end-s.toks[k].start <= 3) {
			for k+1 < len(s.toks) && !s.toks[k+1].space && s.toks[k+1].kind != tPunct {
				k++
			}
			end = k
			j = k + 1
			if s.punct(j, ',') {
				j++
			}
		}
	}
	// City words, then a state code and an optional ZIP; or a city alone
	// that ends the clause ("Calle Libertad 245, Guadalajara.").
	if s.punct(end+1, ',') && !s.upper {
		k := end + 2
		colonia := false
		for k < len(s.toks) && k < end+6 && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle &&
			!s.has(k, bStop|bState) && !s.toks[k].nl {
			k++
			if (s.is(k-1, "col") || s.is(k-1, "fracc")) && s.punct(k, '.') && s.capitalized(k+1) {
				k++ // "Col. Centro": a Mexican colonia
				colonia = true
			}
		}
		if k > end+2 && (s.clauseEnd(k) || colonia && (s.punct(k, ',') || s.is(k, "cp"))) {
			return k - 1
		}
		if k > end+2 && k < len(s.toks) && s.toks[k].kind == tNum && s.toks[k].end-s.toks[k].start <= 2 && !s.toks[k].nl &&
			s.clauseEnd(k+1) && (k+2 >= len(s.toks) || s.toks[k+2].space || s.toks[k+2].kind != tNum) {
			return k // "12 Hope Road, Kingston 6.", "4 Pearse St, Dublin 2": a city and its postal district
		}
		if k > end+2 && s.punct(k, ',') {
			if r := s.regionPart(k + 1); r > k && s.clauseEnd(r+1) {
				return r // "Ikeja, Lagos State.": a town, then its state or region
			}
		}
		if k > end+2 && s.punct(k, ',') && s.postalCode(k+1) {
			return k + 1 // "Medellín, 050021": the city and its postal code
		}
		if k == end+3 && s.punct(k, ',') && names.IsPlace(s.low(end+2)) && k+1 < len(s.toks) &&
			s.toks[k+1].kind == tWord && !s.has(k+1, bState) && !(s.toks[k+1].shape == caseUpper && provinces[string(s.low(k+1))]) {
			return k - 1 // "Carrera 15 #93-47, Apto 502, Bogotá, su teléfono...": a known city
		}
	}
	k := j
	for k < len(s.toks) && k < j+3 && s.toks[k].kind == tWord && s.capitalized(k) &&
		!(s.toks[k].shape == caseUpper && s.has(k, bState)) && (k == j || s.postcodeAt(k) == 0) {
		k++
	}
	if s.punct(k, ',') {
		k++
	}
	if k > j && k < len(s.toks) && !s.toks[k].nl && s.postcodeAt(k) > 0 && !s.has(k, bState) {
		end = k - 1 // "Leeds LS6 2QR": the town, its postcode apart
		if s.punct(end, ',') {
			end--
		}
		s.add(s.toks[k].start, s.postcodeAt(k), KindZIP, 0.85, "zip.postcode")
		return end
	}
	if k < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].shape == caseUpper && provinces[string(s.low(k))] && !s.toks[k].nl {
		end = k // "Toronto, ON M5H 2N2"
		if n := k + 1; n < len(s.toks) && !s.toks[n].nl && s.postcodeAt(n) > 0 {
			s.add(s.toks[n].start, s.postcodeAt(n), KindZIP, 0.85, "zip.postcode")
		}
		return end
	}
	if k < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].shape == caseUpper && s.has(k, bState) {
		end = k
		if k+1 < len(s.toks) && s.toks[k+1].kind == tNum && s.toks[k+1].end-s.toks[k+1].start == 5 {
			end = k + 1
			if s.punct(k+2, '-') && k+3 < len(s.toks) && s.toks[k+3].kind == tNum {
				end = k + 3
			}
		}
	}
	return end
}

// postalCode reports a postal code at token i, as written after a city
// outside the US: four to six digits, or a letter glued to four digits
// with up to three letters after (Argentina's "C1425", "C1425ABC").
func (s *scan) postalCode(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	w := s.text[s.toks[i].start:s.toks[i].end]
	if s.toks[i].kind == tNum {
		return len(w) >= 4 && len(w) <= 6
	}
	if len(w) < 5 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 1; k < 5; k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	for k := 5; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}

// streetWithoutNumber records a street named with its leading street word
// and no house number, where a person lives or lived: "the old one on
// Calle Ojo Caliente", "vivo en la Calle Fresno". Tokens i..last are the
// street; a preposition of place comes before it.
func (s *scan) streetWithoutNumber(i, last int) bool {
	if barangays[string(s.low(i))] && last > i {
		// A barangay, then its town and province: "Brgy. San Isidro,
		// Cainta, Rizal".
		s.add(s.toks[i].start, s.toks[s.spanishTail(last)].end, KindAddress, 0.8, "address.barangay")
		return true
	}
	p := i - 1
	if s.is(p, "la") || s.is(p, "el") {
		p--
	}
	if !(s.is(p, "on") || s.is(p, "en") || s.is(p, "off") || s.is(p, "sobre")) || s.toks[i].end-s.toks[i].start < 5 ||
		last <= i || s.toks[last].kind != tWord || s.toks[last].shape != caseTitle {
		return false
	}
	s.add(s.toks[i].start, s.toks[last].end, KindAddress, 0.75, "address.calle")
	return true
}

// barangays are the words for a Philippine barangay, the smallest unit of
// local government, which heads an address with no house number.
var barangays = setOf("brgy", "bgy", "barangay")
