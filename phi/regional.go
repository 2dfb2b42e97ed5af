package phi

// This file holds rules for addresses that other regions write: from the
// home outwards (British flats, Indian and Philippine blocks and lots,
// Australian units, Caribbean lots, Kenyan houses placed "off" a road), a
// unit before the house number, rural routes, P.O. boxes with the postcode
// and post town after them, and the parts that close Mexican and Peruvian
// street addresses.

// cityStateAfter reports whether the address tail ending at token end
// closes on a US state code in capitals, with or without its ZIP code.
func (s *scan) cityStateAfter(end int) bool {
	if end >= 0 && end < len(s.toks) && s.toks[end].kind == tNum {
		end--
		if s.punct(end, '-') { // ZIP+4
			end -= 2
		}
	}
	return end >= 0 && end < len(s.toks) && s.toks[end].shape == caseUpper && s.has(end, bState) &&
		(s.punct(end-1, ',') || s.toks[end-1].shape == caseTitle && s.punct(end-2, ',')) // "Chicago, IL", ", Bronx NY"
}

// leadUnits name a home or an office within a building, written before
// its street address; a room or floor is none.
var leadUnits = setOf("flat", "apt", "apartment", "unit", "suite", "ste", "apto", "apartamento", "depto",
	"departamento", "dpto")

// unitBefore returns the first token of a unit written before the house
// number i and a comma ("Flat 2, 9 Albert Road", "Suite 210, 55 Water
// St", "Depto. 7C, Av. Santa Fe 2100"), or i when there is none.
func (s *scan) unitBefore(i int) int {
	c := i - 1
	if !s.punct(c, ',') {
		return i
	}
	k := c - 1
	for k > 0 && !s.toks[k].space && s.toks[k-1].kind != tPunct {
		k-- // "4B"
	}
	if k < 1 || !s.hasDigit(k) || s.toks[k].nl {
		return i
	}
	u := k - 1
	if s.punct(u, '.') || s.punct(u, '#') {
		u--
	}
	if u >= 0 && s.capitalized(u) && leadUnits[string(s.low(u))] {
		return u
	}
	return i
}

// ruralRoute reads a US rural route or highway contract route and its box
// at token i ("RR 2 Box 148", "Rural Route 3, Box 12", "HC 61 Box 9") and
// returns the token of the box number, or 0.
func (s *scan) ruralRoute(i int) int {
	j := i + 1
	if s.is(i, "rural") {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tNum || s.toks[j].end-s.toks[j].start > 4 {
		return 0
	}
	j++
	if s.punct(j, ',') {
		j++
	}
	if !s.is(j, "box") || j+1 >= len(s.toks) || s.toks[j+1].kind != tNum {
		return 0
	}
	return j + 1
}

// orientations follow the house number of a Mexican street that runs
// across a city's axis: "Av. Constitución 2150 Pte.", "Juárez 45 Ote.".
var orientations = setOf("pte", "ote", "nte", "sur", "norte", "oriente", "poniente")

// orientationAfter returns the last token of an orientation written after
// the house number j (with its stop), or j.
func (s *scan) orientationAfter(j int) int {
	k := j + 1
	if k >= len(s.toks) || !s.toks[k].space || s.toks[k].nl || s.toks[k].shape == caseLower || !orientations[string(s.low(k))] {
		return j
	}
	if s.punct(k+1, '.') {
		k++
	}
	return k
}

// dottedState matches a state written as capitals with stops at token j
// ("N.L.", "B.C.S.", "D.F.") and returns its last token, or -1.
func (s *scan) dottedState(j int) int {
	n, k := 0, j
	for k+1 < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].shape == caseUpper && s.toks[k].end-s.toks[k].start == 1 &&
		s.punct(k+1, '.') && (k == j || !s.toks[k].space) {
		n++
		k += 2
	}
	if n < 2 || s.toks[j].nl {
		return -1
	}
	return k - 1
}

// homeLeads open an address written from the home outwards, as in India,
// the Philippines, Britain and Australia: "Flat 302, ...", "Blk 7 Lot 22,
// ...", "H.No. 4-12, ...", "Plot 9, ...", "Unit 3, 45 Ocean Parade, ...".
// "Unit" and "Suite" also name parts of a hospital, so after them the
// first part must open with a house number; a room or floor is none.
var homeLeads = setOf("flat", "house", "h", "plot", "blk", "block", "lot", "door", "apt", "apartment", "villa", "casa",
	"unit", "suite")

// homeFirstAddress matches an address that opens with the home at the
// capitalised word i and goes on with parts apart by commas (a building, a
// road, an area, a town): "Flat 302, Sai Krupa Apartments, Road No. 12,
// Banjara Hills, Hyderabad 500034". It needs a number after the lead and
// two parts or more after the first comma, the last of them capitalised
// words or a postal code.
func (s *scan) homeFirstAddress(i int) {
	if s.upper || s.toks[i].shape == caseLower || s.toks[i].shape == caseMixed {
		return
	}
	j := i + 1
	for j < len(s.toks) && j < i+4 && (s.punct(j, '.') || s.is(j, "no") || s.punct(j, '#')) && !s.toks[j].nl {
		j++ // "H.No.", "Door No. 5", "Blk #7"
	}
	if j >= len(s.toks) || s.toks[j].kind != tNum || s.toks[j].nl {
		return
	}
	// The home: up to the first comma ("Blk 7 Lot 22 Phase 2").
	k := j + 1
	for ; k < len(s.toks) && k < j+8 && !s.toks[k].nl; k++ {
		if s.punct(k, ',') {
			break
		}
		if !s.addressPiece(k) {
			return
		}
	}
	if !s.punct(k, ',') {
		return
	}
	if (s.is(i, "unit") || s.is(i, "suite")) && (k+1 >= len(s.toks) || s.toks[k+1].kind != tNum) {
		return // "Unit 4, Ward B": a hospital's unit, not a home
	}
	parts, last, placeEnd := 0, k-1, false
	for s.punct(k, ',') {
		e := s.addressPart(k + 1)
		if e < 0 {
			break
		}
		if insideWords[string(s.low(k+1))] {
			return // "Door 3, Level 2, Main Building": a way through a hospital
		}
		parts++
		last, placeEnd = e, s.capitalized(e) || s.punct(e, '.') && s.capitalized(e-1)
		k = e + 1
	}
	if parts < 2 {
		return
	}
	zip := last + 1
	if s.punct(zip, ',') || s.punct(zip, '-') {
		zip++ // "Hyderabad, 500034", "Bengaluru - 560038"
	}
	if zip < len(s.toks) && !s.toks[zip].nl && s.toks[zip].kind == tNum && s.postalCode(zip) && s.closesValue(zip) {
		s.add(s.toks[zip].start, s.toks[zip].end, KindZIP, 0.85, "zip.after")
	} else if e := s.postcodeAt(last + 1); e > 0 && !s.toks[last+1].nl {
		s.add(s.toks[last+1].start, e, KindZIP, 0.85, "zip.postcode")
	} else if !placeEnd {
		return
	}
	s.add(s.toks[i].start, s.toks[last].end, KindAddress, 0.85, "address.home")
}

// insideWords open a part that leads through a building, not to a home:
// "Level 2", "Wing B", "Ward 5"; or tell a product's lot: "Exp 6/2025".
var insideWords = setOf("level", "floor", "fl", "wing", "building", "bldg", "room", "rm", "ward", "bay", "bed", "dept",
	"department", "clinic", "piso", "planta", "sala", "cama", "consultorio", "pabellon", "exp", "expiry", "expires",
	"vence", "vto", "batch", "lote", "ndc")

// addressPiece reports whether token k may stand inside a part of an
// address: a capitalised word, a number, a connector such as "de", or
// '.', '#', '/', '-' inside it.
func (s *scan) addressPiece(k int) bool {
	tk := s.toks[k]
	switch tk.kind {
	case tNum:
		return true
	case tPunct:
		if s.text[tk.start] == '-' && tk.space && s.postalCode(k+1) && s.closesValue(k+1) {
			return false // "Bengaluru - 560038": the postal code closes the address
		}
		c := s.text[tk.start]
		if c == '.' {
			// A stop after a short abbreviation ("Brgy. Molino", "Road No. 12",
			// "Subd.,"), not a sentence's end.
			return k > 0 && s.toks[k-1].kind == tWord && s.toks[k-1].end-s.toks[k-1].start <= 4 && k+1 < len(s.toks) &&
				!s.toks[k+1].nl && (s.toks[k+1].kind == tNum || s.punct(k+1, ',') ||
				s.capitalized(k+1) && (!s.has(k+1, bStop) || s.has(k+1, bPlaceConn) && !s.is(k+1, "the"))) // "Urb. El Bosque"
		}
		return c == '#' || c == '/' || c == '-'
	}
	if s.is(k, "no") && s.toks[k].shape == caseTitle || tk.shape == caseUpper && tk.end-tk.start >= 2 ||
		!tk.space && s.has(k, bOrdinal) && k > 0 && s.toks[k-1].kind == tNum {
		return true // "Road No. 12", "MG Road", "Cardiff CF10 3AT", "2nd Cross"
	}
	if s.saintAbbrev(k) {
		return true // "St. Catherine", "Mt. Pleasant": a parish or town named for a saint or hill
	}
	if tk.shape == caseTitle && placeModifiers[string(s.low(k))] && k+1 < len(s.toks) && s.toks[k+1].shape == caseTitle &&
		!s.toks[k+1].nl && !s.has(k+1, bStop) {
		return true // "Old Harbour", "Upper Hill": a town's name opened by an everyday word
	}
	if s.has(k, bStop|bClinical|bCareUnit|bMonth|bWeekday) && !s.has(k, bPlaceConn) {
		return false
	}
	return s.capitalized(k) || s.has(k, bPlaceConn) && tk.shape == caseLower
}

// saintAbbrev reports whether token k is "St", "Ste" or "Mt" with its stop
// before a capitalised word: the head of a place's name.
func (s *scan) saintAbbrev(k int) bool {
	return s.toks[k].shape == caseTitle && (s.is(k, "st") || s.is(k, "ste") || s.is(k, "mt")) && s.punct(k+1, '.') &&
		s.capitalized(k+2) && !s.toks[k+2].nl
}

// placeModifiers open the names of towns and districts ("Old Harbour",
// "New Kru Town", "Upper Hill") and are stop words of the name rules.
var placeModifiers = setOf("old", "new", "upper", "lower", "little", "great", "east", "west", "north", "south")

// landmarkPreps open a part of an address that places the home by a road
// or a landmark, as Kenyan, Ugandan and Nigerian addresses do: "off Thika
// Road", "near Total filling station", "opposite Kenol".
var landmarkPreps = setOf("off", "near", "opposite", "opp", "behind", "along", "beside")

// addressPart returns the last token of the part of an address starting
// at token j and running to the next comma or the end of the clause, or
// -1 when a token there cannot belong to an address or the part is empty
// or long.
func (s *scan) addressPart(j int) int {
	if j+1 < len(s.toks) && s.toks[j].shape == caseLower && landmarkPreps[string(s.low(j))] && !s.toks[j+1].nl {
		j++ // "off Thika Road": the road named after the preposition
	}
	if j >= len(s.toks) || s.toks[j].nl || s.toks[j].kind == tPunct || !s.capitalized(j) && s.toks[j].kind != tNum {
		return -1
	}
	last := -1
	for k := j; k < len(s.toks) && k < j+8; k++ {
		if k > j && s.toks[k].nl {
			break
		}
		if s.toks[k].kind == tPunct && !s.addressPiece(k) {
			break
		}
		if s.toks[k].kind != tPunct && !s.addressPiece(k) {
			return -1
		}
		if s.toks[k].kind != tPunct || s.punct(k+1, ',') {
			last = k
		}
		if k+1 < len(s.toks) && s.toks[k+1].kind == tNum && s.toks[k+1].space && s.postalCode(k+1) && s.capitalized(k) && s.closesValue(k+1) {
			break // "Hyderabad 500034": the postal code closes the address
		}
		if s.toks[k].kind == tWord && s.postcodeAt(k+1) > 0 && !s.toks[k+1].nl {
			break // "Cardiff CF10 3AT"
		}
	}
	return last
}

// closesValue reports whether the number at token k ends its clause or is
// followed by a word in lower case: "Pune 411014.", "Pune 411014 thanks".
func (s *scan) closesValue(k int) bool {
	n := k + 1
	return n >= len(s.toks) || s.toks[n].nl || s.toks[n].kind == tPunct && s.text[s.toks[n].start] != '-' && s.text[s.toks[n].start] != '/' ||
		s.toks[n].kind == tWord && s.toks[n].shape == caseLower && s.toks[n].space && !s.has(n, bUnit|bScale|bUnitsNext)
}

// numberedWay records a way named by its ordinal number before the way
// word, with the house number after it, as Guatemala and parts of Central
// America write them: "6a Avenida 3-45 Zona 1, Quetzaltenango", "12 Calle
// 5-20, Zona 10", "3ª Calle Poniente 14". Token i is the number; it
// reports whether it recorded an address.
func (s *scan) numberedWay(i int) bool {
	if s.upper || s.toks[i].end-s.toks[i].start > 2 || i+2 >= len(s.toks) {
		return false
	}
	j := i + 1
	if !s.toks[j].space {
		if w := s.text[s.toks[j].start:s.toks[j].end]; w != "a" && w != "o" && w != "ª" && w != "º" {
			return false
		}
		j++
	}
	if j >= len(s.toks) || !s.has(j, bStreetPrefix) || s.toks[j].shape != caseTitle || s.toks[j].nl || s.toks[j].end-s.toks[j].start < 3 {
		return false
	}
	k := j + 1
	if s.is(k, "poniente") || s.is(k, "oriente") || s.has(k, bState) && cardinalWays[string(s.low(k))] {
		k++
	}
	// The house number: "3-45" (the crossing way, then the house) or a
	// plain number.
	if k >= len(s.toks) || s.toks[k].kind != tNum || s.toks[k].nl || s.toks[k].end-s.toks[k].start > 3 {
		return false
	}
	end := k
	if s.punct(k+1, '-') && k+2 < len(s.toks) && s.toks[k+2].kind == tNum && !s.toks[k+1].space && !s.toks[k+2].space {
		end = k + 2
	} else if !s.has(i-1, bPlacePrep) && !s.has(i-1, bAddressCue) {
		return false // "2 Calle 14" alone may be a count: only after "en", "at" or an address cue
	}
	if z := end + 1; s.is(z, "zona") && z+1 < len(s.toks) && s.toks[z+1].kind == tNum && !s.toks[z+1].nl {
		end = z + 1 // "Zona 1"
	}
	end = s.spanishTail(end)
	s.add(s.toks[i].start, s.toks[end].end, KindAddress, 0.85, "address.numbered")
	return true
}

// lowerStreet records a street address typed all in lower case, as in a
// hurried text: "1407 w 8th st apt d, yuma az 85364", "22 oak ridge dr,
// austin tx". Words in lower case say little, so the street must close on
// its town and a state code, and the code must be no everyday word unless
// its ZIP follows. Token i is the house number; it reports whether it
// recorded an address.
func (s *scan) lowerStreet(i int) bool {
	j := i + 1
	if s.toks[i].end-s.toks[i].start > 6 || j >= len(s.toks) || !s.toks[j].space || s.toks[j].shape != caseLower {
		return false
	}
	suffix := -1
	for k := j; k < len(s.toks) && k < j+5 && !s.toks[k].nl && suffix < 0; k++ {
		switch {
		case s.toks[k].kind == tNum && s.has(k+1, bOrdinal) && !s.toks[k+1].space:
			k++ // "8th"
		case s.toks[k].kind != tWord || s.toks[k].shape != caseLower:
			return false
		case k > j && s.has(k, bStreetSuffix):
			suffix = k
		case s.has(k, bStop|bClinical|bUnitsNext):
			return false
		}
	}
	if suffix < 0 {
		return false
	}
	end := suffix
	if s.punct(end+1, '.') {
		end++
	}
	if u := end + 1; s.has(u, bUnit) && u+1 < len(s.toks) && !s.toks[u+1].nl && (s.toks[u+1].kind == tNum || s.toks[u+1].end-s.toks[u+1].start <= 2) {
		end = u + 1 // "apt d", "unit 4"
		for end+1 < len(s.toks) && !s.toks[end+1].space && s.toks[end+1].kind != tPunct {
			end++
		}
	}
	if !s.punct(end+1, ',') {
		return false
	}
	k := end + 2
	for n := 0; k < len(s.toks) && n < 3 && s.toks[k].kind == tWord && s.toks[k].shape == caseLower && !s.toks[k].nl &&
		!(n > 0 && s.has(k, bState)); n++ {
		k++
	}
	st := k
	if st == end+2 || st >= len(s.toks) || !s.has(st, bState) || s.toks[st].end-s.toks[st].start != 2 || s.toks[st].nl {
		return false
	}
	zip := st + 1
	hasZip := zip < len(s.toks) && s.toks[zip].kind == tNum && s.toks[zip].end-s.toks[zip].start == 5 && !s.toks[zip].nl
	if !hasZip && (ambiguousStates[string(s.low(st))] || s.everyday(st)) {
		return false
	}
	s.add(s.toks[i].start, s.toks[st].end, KindAddress, 0.8, "address.lower")
	if hasZip {
		s.add(s.toks[zip].start, s.toks[zip].end, KindZIP, 0.85, "zip.context")
	}
	return true
}

// poBox matches "PO Box 12", "P.O. Box 12" and "Apartado 12" at token i.
func (s *scan) poBox(i int) {
	j := i
	switch {
	case s.is(i, "po") || s.is(i, "p"):
		for j++; s.punct(j, '.') || s.is(j, "o"); j++ {
		}
		if !s.is(j, "box") {
			return
		}
		j++
	case s.is(i, "apartado"):
		j++
		if s.is(j, "postal") {
			j++
		}
	case s.ruralRoute(i) > 0:
		j = s.ruralRoute(i)
	default:
		return
	}
	if j < len(s.toks) && s.toks[j].kind == tNum {
		if z := j + 2; z < len(s.toks) && s.punct(j+1, '-') && !s.toks[j+1].space && !s.toks[z].space &&
			s.toks[z].kind == tNum && s.toks[z].end-s.toks[z].start == 5 {
			// The postal code after the box, as Kenya writes it: "P.O. Box
			// 4521-00100, Nairobi".
			s.add(s.toks[z].start, s.toks[z].end, KindZIP, 0.85, "zip.pobox")
			j = z
		}
		// The city, state and ZIP after it go too: "P.O. Box 2231, Grove
		// City, OH 43123"; after a box, a capitalised word set apart by a
		// comma is its post town ("P.O. Box 80, Kisumu or call me").
		end := s.addressTail(j)
		if end == j && s.punct(j+1, ',') {
			for k := j + 2; k < len(s.toks) && k < j+5 && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle &&
				!s.toks[k].nl && !s.has(k, bStop|bPhoneCue|bMonth|bWeekday); k++ {
				end = k
			}
		}
		s.add(s.toks[i].start, s.toks[end].end, KindAddress, 0.85, "address.pobox")
	}
}
