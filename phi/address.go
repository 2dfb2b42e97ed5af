package phi

import (
	"strings"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// This file holds the rules for places: street addresses in English and
// Spanish, "City, ST" pairs, cities after "lives in", and
// facility names ("Mercy Hospital").

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
		{"moved", "from"}, {"from"}, {"de"}, {"en"}, {"in"}, {"to"}, {"near"}}
	usStates = setOf("al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il",
		"in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh",
		"nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt",
		"va", "wa", "wv", "wi", "wy", "pr")
)

// streetAddress matches "12 Oak Tree Rd, Apt 4, Springfield, IL 62704"
// starting at the number token i.
func (s *scan) streetAddress(i int) bool {
	tk := s.toks[i]
	if tk.end-tk.start > 6 || (i > 0 && !tk.space && s.toks[i-1].kind == tPunct) {
		return false
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
				if (s.is(j, "dr") || s.is(j, "st")) && s.capitalized(end+1) && !s.toks[end+1].nl {
					return false // "Dr. Lee", "St. Mary's": a title, not a suffix
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

// spanishStreet matches "Calle Mayor 12", "Av. de la Paz, 45" at the
// prefix word i.
func (s *scan) spanishStreet(i int) bool {
	if s.upper || s.toks[i].shape != caseTitle && !(s.is(i, "c") && s.punct(i+1, '/')) {
		return false
	}
	j := i + 1
	switch {
	case s.punct(j, '/'):
		j++
	case s.is(i, "c"):
		return false // "C/ Mayor" needs its slash
	case s.is(i, "jr") && (s.capitalized(i-1) || s.punct(i-1, ',')):
		return false // "Harold Smith Jr.": a generation, not a Peruvian jirón
	case s.punct(j, '.'):
		j++
	}
	if s.colombianStreet(i) {
		return true
	}
	words, dateName := 0, false
	for ; j < len(s.toks) && words < 6; j++ {
		t := s.toks[j]
		if t.nl {
			return false
		}
		if t.kind == tWord && ((t.shape == caseTitle && (!s.has(j, bStop) || words > 0)) || s.has(j, bPlaceConn)) {
			words++
			continue
		}
		if t.kind == tNum && t.end-t.start <= 2 && s.is(j+1, "de") && s.has(j+2, bMonth) && s.capitalized(j+2) {
			words++ // a street named for a date: "Calle 5 de Mayo", "Av. 16 de Septiembre"
			j += 2
			dateName = true
			continue
		}
		break
	}
	if words == 0 {
		return false
	}
	nameEnd := j - 1
	if s.punct(j, ',') {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tNum && !s.is(j, "no") && !s.is(j, "num") && !s.is(j, "numero") && !s.punct(j, '#') {
		return s.streetWithoutNumber(i, nameEnd)
	}
	for j < len(s.toks) && (s.is(j, "no") || s.is(j, "num") || s.is(j, "numero") || s.is(j, "n") ||
		s.punct(j, '#') || s.punct(j, '.') || s.punct(j, 'º')) {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tNum || s.toks[j].end-s.toks[j].start > 5 {
		return false
	}
	if (s.punct(j+1, '.') || s.punct(j+1, ':')) && j+2 < len(s.toks) && s.toks[j+2].kind == tNum && !s.toks[j+2].space {
		return false // a decimal or a time
	}
	j = s.orientationAfter(j)
	end := s.spanishTail(j)
	if end == j {
		end = s.addressTail(j)
	}
	conf := 0.85
	if dateName {
		conf = 0.95 // the street, not the date inside its name
	}
	s.add(s.toks[s.unitBefore(i)].start, s.toks[end].end, KindAddress, conf, "address.calle")
	return true
}

// colombianStreet matches the Colombian form at the prefix word i: a way
// and its number, then "#" or "No." and the crossing number with the
// house number ("Carrera 15 #93-47", "Calle 10 No. 5-20"), then the tail.
func (s *scan) colombianStreet(i int) bool {
	if !(s.is(i, "carrera") || s.is(i, "cra") || s.is(i, "calle") || s.is(i, "cl") || s.is(i, "diagonal") ||
		s.is(i, "transversal") || s.is(i, "avenida") || s.is(i, "av") || s.is(i, "kr")) {
		return false
	}
	j := i + 1
	if s.punct(j, '.') {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tNum || s.toks[j].end-s.toks[j].start > 3 {
		return false
	}
	j++
	if j < len(s.toks) && s.toks[j].kind == tWord && !s.toks[j].space && s.toks[j].end-s.toks[j].start == 1 {
		j++ // "15A"
	}
	if cardinalWays[string(s.low(j))] && s.toks[j].space {
		j++ // "Calle 45 Sur # 23-18"
	}
	switch {
	case s.punct(j, '#'):
		j++
	case s.is(j, "no") || s.is(j, "n"):
		j++
		if s.punct(j, '.') || s.punct(j, 'º') {
			j++
		}
	default:
		return false
	}
	if j >= len(s.toks) || s.toks[j].kind != tNum {
		return false
	}
	if j+1 < len(s.toks) && s.toks[j+1].kind == tWord && (!s.toks[j+1].space && s.toks[j+1].end-s.toks[j+1].start == 1 ||
		s.toks[j+1].space && cardinalWays[string(s.low(j+1))]) {
		j++ // "18A", "18 Sur"
	}
	if !s.punct(j+1, '-') || j+2 >= len(s.toks) || s.toks[j+2].kind != tNum {
		return false
	}
	end := s.spanishTail(j + 2)
	if end == j+2 {
		end = s.addressTail(j + 2)
	}
	s.add(s.toks[s.unitBefore(i)].start, s.toks[end].end, KindAddress, 0.9, "address.colombia")
	return true
}

// cardinalWays qualify a Colombian crossing number: "Calle 18 Sur-135",
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

// "Carrera 7 Bis-20".
var cardinalWays = setOf("sur", "norte", "este", "oeste", "bis")

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
			s.is(k, "thanks") || s.is(k, "gracias")) && digits {
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
		if s.has(j, bStop) || s.has(j, bRegion) && last == j {
			return // a state is no Safe Harbor identifier
		}
		if cue[n-1] == "from" && last == j && s.everyday(j) && !names.IsPlace(s.low(j)) {
			return // "on vacation from Work"
		}
		s.add(s.toks[j].start, s.toks[last].end, KindAddress, 0.7, "address.city")
		return
	}
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
	// Above a lone listed name, so "Mercy Medical Center" stays a place.
	s.add(s.toks[first].start, s.toks[last].end, KindAddress, 0.72, "address.facility")
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
