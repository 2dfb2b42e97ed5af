package phi

// This file holds rules for forms written outside the US: cues spelt as
// dotted abbreviations ("C.C.", "C.P."), postal codes of other countries,
// and the tails of Latin American and Spanish street addresses.

// dottedCues are cues written as two letters with stops, folded without
// them: a Colombian citizen's, foreigner's or child's identity card
// ("C.C.", "C.E.", "T.I.") and a Mexican or Spanish postal code ("C.P.").
var dottedCues = map[string]Kind{"cc": KindID, "ce": KindID, "ti": KindID, "cp": KindZIP}

// dottedCue reads a cue such as "C.C." starting at the one-letter word i
// and records the value after it.
func (s *scan) dottedCue(i int) {
	if !s.punct(i+1, '.') || i+2 >= len(s.toks) || s.toks[i+2].kind != tWord || s.toks[i+2].space ||
		s.toks[i+2].end-s.toks[i+2].start != 1 || s.toks[i].shape != caseUpper || s.toks[i+2].shape != caseUpper {
		return
	}
	var key [2]byte
	copy(key[:1], s.low(i))
	copy(key[1:], s.low(i+2))
	kind, ok := dottedCues[string(key[:])]
	if !ok {
		return
	}
	last := i + 2
	if s.punct(last+1, '.') {
		last++
	}
	if kind != KindZIP {
		s.idAfterCue(last, kind)
		return
	}
	k := last + 1
	if s.punct(k, ':') {
		k++
	}
	if k < len(s.toks) && !s.toks[k].nl && s.postalCode(k) {
		s.add(s.toks[k].start, s.toks[k].end, KindZIP, 0.85, "zip.context")
	}
}

// spanishTail extends a Spanish or Latin American address whose house
// number is token end over the parts written after it, each after a comma:
// a floor and door ("5° B", "3º izda"), a unit ("Depto. 4B", "Int. 3"), a
// neighbourhood or town ("Col. del Valle", "Benito Juárez", "CDMX"). A
// postal code after the last part ("Madrid 28013", "CABA (C1046AAA)") is
// recorded as ZIP. It returns the last token of the address, or end when
// nothing follows.
func (s *scan) spanishTail(end int) int {
	for s.punct(end+1, ',') {
		k := s.floorPart(end + 2)
		if k < 0 {
			k = s.unitPart(end + 2)
		}
		if k < 0 {
			k = s.placePart(end + 2)
		}
		if k < 0 {
			k = s.dottedState(end + 2)
		}
		if k < 0 && end+2 < len(s.toks) && s.toks[end+2].kind == tNum && s.postalCode(end+2) {
			// The postal code before the town, as in Spain and France:
			// "4º C, 28002 Madrid", "75001 Paris".
			if k = s.placePart(end + 3); k >= 0 {
				s.add(s.toks[end+2].start, s.toks[end+2].end, KindZIP, 0.85, "zip.before")
			}
		}
		if k < 0 {
			break
		}
		end = k
	}
	k := end + 1
	paren := s.punct(k, '(')
	if paren || s.punct(k, ',') {
		k++
	}
	if k < len(s.toks) && !s.toks[k].nl && s.postalCode(k) && (!paren || s.punct(k+1, ')')) &&
		(k+1 >= len(s.toks) || s.toks[k+1].kind == tPunct || s.toks[k+1].nl) {
		s.add(s.toks[k].start, s.toks[k].end, KindZIP, 0.85, "zip.after")
	}
	return end
}

// floorPart matches a floor with its door at token j: a number with an
// ordinal sign ("3º", "5°", "2ª") and an optional letter or side ("B",
// "izda", "dcha"). It returns the last token, or -1.
func (s *scan) floorPart(j int) int {
	if j+1 >= len(s.toks) || s.toks[j].kind != tNum || s.toks[j].end-s.toks[j].start > 2 || s.toks[j+1].space {
		return -1
	}
	if w := s.text[s.toks[j+1].start:s.toks[j+1].end]; w != "º" && w != "°" && w != "ª" {
		return -1
	}
	k := j + 1
	if s.punct(k+1, '.') && !s.toks[k+1].space {
		k++
	}
	if n := k + 1; n < len(s.toks) && !s.toks[n].nl && s.toks[n].kind == tWord && s.toks[n].end-s.toks[n].start <= 4 &&
		(s.toks[n].shape == caseUpper || floorSides[string(s.low(n))]) {
		k = n
	}
	return k
}

// floorSides name the door on a Spanish floor: left, right, centre,
// inside, outside.
var floorSides = setOf("izda", "izq", "izqda", "dcha", "der", "dcho", "dch", "ctro", "int", "ext", "izquierda", "derecha")

// unitPart matches a unit word and its number at token j ("Depto. 4B",
// "Apto 502", "Int. 3"). It returns the last token, or -1.
func (s *scan) unitPart(j int) int {
	if !s.has(j, bUnit) || s.toks[j].nl {
		return -1
	}
	k := j + 1
	if s.punct(k, '.') {
		k++
	}
	if k >= len(s.toks) || s.toks[k].nl || !(s.toks[k].kind == tNum || s.toks[k].kind == tWord && s.toks[k].end-s.toks[k].start <= 2) {
		return -1
	}
	for k+1 < len(s.toks) && !s.toks[k+1].space && s.toks[k+1].kind != tPunct {
		k++ // "4B"
	}
	if s.punct(k+1, '-') && k+2 < len(s.toks) && !s.toks[k+1].space && !s.toks[k+2].space &&
		s.toks[k+2].end-s.toks[k+2].start <= 2 && s.toks[k+2].kind != tPunct {
		k += 2 // "Int. 3-B", "Apto 5-A"
	}
	return k
}

// placePart matches the name of a neighbourhood, town or state at token j:
// capitalised words, with "de", "del", "la" between them, after an optional
// abbreviation with its stop ("Col. del Valle", "Urb. Las Lomas"). It
// returns the last token, or -1.
func (s *scan) placePart(j int) int {
	if j >= len(s.toks) || s.toks[j].nl || s.upper || !s.capitalized(j) || s.toks[j].kind != tWord || s.has(j, bStop|bZipCue) ||
		s.toks[j].end-s.toks[j].start < 2 {
		return -1
	}
	last, k := j, j+1
	abbrev := s.punct(k, '.') && s.toks[j].end-s.toks[j].start <= 5 && k+1 < len(s.toks) && s.toks[k+1].kind == tWord &&
		s.toks[k+1].end-s.toks[k+1].start > 1 // not "Jal. C.P.": an initialism starts no name
	if abbrev {
		k++ // "Col.", "Urb.", "Fracc."
	}
	for n := 0; k < len(s.toks) && n < 5 && !s.toks[k].nl && s.toks[k].kind == tWord; k, n = k+1, n+1 {
		if s.has(k, bPlaceConn) && s.toks[k].shape == caseLower {
			continue
		}
		if !s.capitalized(k) || s.has(k, bStop|bZipCue) || s.postcodeAt(k) > 0 {
			break // "Montreal, QC H2J 2L1": the postal code is no part of the name
		}
		last = k
	}
	if last == j && abbrev {
		return -1 // an abbreviation alone
	}
	if last == j && s.punct(j+1, '.') && s.toks[j].end-s.toks[j].start <= 4 && s.toks[j].shape == caseTitle {
		return j + 1 // a state written short closes the address with its stop: "Guadalajara, Jal."
	}
	return last
}

// compassPoints follow a street suffix in Canada and parts of the US:
// "Queen St W", "Pennsylvania Ave NW".
var compassPoints = setOf("n", "s", "e", "w", "ne", "nw", "se", "sw")

// provinces are the codes of Canada's provinces and territories, written
// in capitals before a postal code.
var provinces = setOf("ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt")

// postcodeAt returns the end offset of a Canadian ("M5H 2N2") or British
// ("LS6 2QR", "SW1A 1AA") postal code starting at token i, or 0. Both are
// written in capitals with one space between their halves.
func (s *scan) postcodeAt(i int) int {
	if i >= len(s.toks) {
		return 0
	}
	t := s.text[s.toks[i].start:]
	up := func(k int) bool { return k < len(t) && t[k] >= 'A' && t[k] <= 'Z' }
	dig := func(k int) bool { return k < len(t) && isDigit(t[k]) }
	var n int
	switch {
	case up(0) && dig(1) && up(2) && len(t) > 3 && t[3] == ' ' && dig(4) && up(5) && dig(6): // Canada
		n = 7
	case up(0):
		// Britain: an outward code of a letter or two, a digit, and a
		// digit or letter; then a digit and two letters.
		k := 1
		if up(k) {
			k++
		}
		if !dig(k) {
			return 0
		}
		k++
		if dig(k) || up(k) {
			k++
		}
		if k >= len(t) || t[k] != ' ' || !dig(k+1) || !up(k+2) || !up(k+3) {
			return 0
		}
		n = k + 4
	default:
		return 0
	}
	if n < len(t) && (isASCIILetter(t[n]) || isDigit(t[n])) {
		return 0
	}
	return s.toks[i].start + n
}

// zipPreps say where someone lives or comes from: a five-digit number
// right after them that ends the clause is a ZIP code ("patients from
// 60614?", "anyone near 94110.").
var zipPreps = setOf("from", "near", "in", "around", "desde", "cerca")

// changeWords before "from" make the number a measure: "plt dropped from
// 15000.", "weaned down from 10000.".
var changeWords = setOf("down", "up", "dropped", "drop", "increased", "decreased", "went", "rose", "fell",
	"changed", "weaned", "titrated", "reduced", "bajo", "subio", "paso")

// zipAfterPrep reports whether the five digits at start:end follow a word
// of zipPreps and end the clause or the text.
func (s *scan) zipAfterPrep(start, end int) bool {
	p := s.tokenAt(start) - 1
	if p < 0 || s.toks[p].kind != tWord || !zipPreps[string(s.low(p))] || changeWords[string(s.low(p-1))] {
		return false
	}
	t := s.text
	if end == len(t) {
		return true
	}
	switch t[end] {
	case '?', '!', ',', ';', ')', '\n':
		return true
	case '.':
		return end+1 == len(t) || t[end+1] == ' ' || t[end+1] == '\n'
	}
	return false
}

// spanishAgeInMonths reports whether a number between the word p and its
// unit i states a baby's age in months, weeks or days: "tiene 6 meses",
// "mi hija cumple 9 meses", "mi bebé Valentina tiene 10 días". A
// complement after the unit makes it a duration ("tiene 3 semanas con
// tos", "tiene 2 meses de embarazo"); a writer's own weeks are a
// pregnancy's ("salió que tengo 11 semanas"); days need the baby named
// just before.
func (s *scan) spanishAgeInMonths(p, i int) bool {
	days := s.is(i, "dias") || s.is(i, "diitas")
	if !(s.is(i, "meses") || s.is(i, "semanas") || days) || !(s.is(p, "tiene") || s.is(p, "tengo") || s.is(p, "cumple") ||
		s.is(p, "cumplio") || s.is(p, "tenia")) {
		return false
	}
	if s.is(p, "tengo") && !s.is(i, "meses") || days && !s.babyBefore(p) {
		return false
	}
	return !durationAfter[string(s.low(i+1))] || s.is(i+1, "de") && s.is(i+2, "edad")
}

// babyBefore reports a relation word or a capitalised name among the three
// words before token p: "mi bebé Valentina tiene …", "el niño tiene …".
func (s *scan) babyBefore(p int) bool {
	for q := p - 1; q >= 0 && q >= p-3 && s.toks[q].kind == tWord && !s.toks[q+1].nl; q-- {
		if s.has(q, bRelation) || s.toks[q].shape == caseTitle && q > 0 && !s.toks[q-1].nl && !s.has(q, bStop|bClinical|bMonth) {
			return true
		}
	}
	return false
}

// durationAfter are words after "N meses" that make it a span of time.
var durationAfter = setOf("con", "de", "que", "sin", "desde", "tomando", "enfermo", "enferma", "sufriendo", "esperando", "en")

// ageAtMilestone reports whether a number between "los" (token p) and its
// unit i names an age at a milestone: "a los 2 años", "la revisión de los
// 18 meses". "después de los 2 años de tratamiento" is a duration.
func (s *scan) ageAtMilestone(p, i int) bool {
	if !s.is(p, "los") || !(s.is(p-1, "a") || s.is(p-1, "de")) || s.is(p-2, "despues") || s.is(p-2, "antes") {
		return false
	}
	if !(s.is(i, "anos") || s.is(i, "meses")) {
		return false
	}
	return !s.is(i+1, "de") || s.is(i+2, "edad")
}

// nextInAgeList reports whether the capitalised word k continues a list of
// names with their ages in parentheses: "Ben (7) and Lily (3)", "Ana (5),
// Luis (2)". The item before it must be a name and an age already found.
func (s *scan) nextInAgeList(k int) bool {
	if k < 4 || s.toks[k].kind != tWord || s.toks[k].shape != caseTitle || s.has(k, bStop|bClinical|bMonth) || s.toks[k].nl {
		return false
	}
	c := k - 1
	if !(s.is(c, "and") || s.is(c, "y") || s.punct(c, '&') || s.punct(c, ',')) {
		return false
	}
	if !s.punct(c-1, ')') {
		return false
	}
	age := s.toks[c-2]
	if age.kind != tNum || !s.punct(c-3, '(') {
		return false
	}
	for _, sp := range s.spans {
		if sp.Kind == KindAge && sp.Start == age.start {
			return s.nameEndsAt(c - 4)
		}
	}
	return false
}

// romanMonths are months written in Roman numerals, as in central Europe
// and Latin America: "15/IX/1957", "3-XII-2024".
var romanMonths = setOf("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")

// romanDate matches a day, a Roman-numeral month and a year joined by the
// same '/', '-' or '.' around the capital word i.
func (s *scan) romanDate(i int) {
	if i < 2 || i+2 >= len(s.toks) || s.toks[i-1].kind != tPunct || s.toks[i].shape != caseUpper {
		return
	}
	sep := s.text[s.toks[i-1].start]
	if sep != '/' && sep != '-' && sep != '.' || !s.punct(i+1, sep) || s.toks[i].space || s.toks[i+1].space || s.toks[i+2].space ||
		!romanMonths[string(s.low(i))] {
		return
	}
	d, y := s.toks[i-2], s.toks[i+2]
	if d.kind != tNum || y.kind != tNum || d.end != s.toks[i-1].start || d.end-d.start > 2 || y.end-y.start != 4 && y.end-y.start != 2 {
		return
	}
	if day := num(s.text, group{start: d.start, end: d.end}); day < 1 || day > 31 {
		return
	}
	if y.end-y.start == 4 && !plausibleYear(num(s.text, group{start: y.start, end: y.end})) {
		return
	}
	if y.end < len(s.text) && (isASCIILetter(s.text[y.end]) || isDigit(s.text[y.end])) {
		return
	}
	s.add(d.start, y.end, KindDate, 0.85, "date.roman")
}

// prefixedStreet matches a house number written before a street named with
// a leading street word, as in France and Belgium: "5 Rue de Rivoli, 75001
// Paris", "12 Avenue des Lilas". Token i is the number; it returns
// whether it recorded an address.
func (s *scan) prefixedStreet(i int) bool {
	j := i + 1
	if s.upper || j >= len(s.toks) || !s.has(j, bStreetPrefix) || s.toks[j].nl || s.toks[j].end-s.toks[j].start < 3 {
		return false
	}
	if s.toks[j].shape != caseTitle && !(s.toks[j].shape == caseLower && s.titleWord(j+1) && !s.has(j+1, bStop)) {
		return false // "4410 rue Saint-Denis": the street word in lower case, as French writes it, before a capital
	}
	last := -1
	for k := j + 1; k < len(s.toks) && k < j+6 && !s.toks[k].nl && s.toks[k].kind == tWord; k++ {
		if s.toks[k].shape == caseLower && (s.has(k, bPlaceConn) || frenchConnectors[string(s.low(k))]) {
			continue
		}
		if !s.titleWord(k) || s.has(k, bStop) && k == j+1 {
			break
		}
		last = k
	}
	if last < 0 {
		return false
	}
	end := s.spanishTail(last)
	s.add(s.toks[i].start, s.toks[end].end, KindAddress, 0.85, "address.prefixed")
	if k := end + 1; k < len(s.toks) && !s.toks[k].nl && s.postcodeAt(k) > 0 {
		s.add(s.toks[k].start, s.postcodeAt(k), KindZIP, 0.85, "zip.postcode") // "..., QC H2J 2L1"
	}
	return true
}

// frenchConnectors join the words of a French street name.
var frenchConnectors = setOf("des", "du", "le", "les", "d'", "l'", "aux", "au")

// postcodeAfterCue records a Canadian or British postcode after a cue:
// "postcode is EH1 2NG", "postal code: K1A 0B1".
func (s *scan) postcodeAfterCue(i int) {
	j := i + 1
	for j < len(s.toks) && j < i+4 && (s.is(j, "code") || s.is(j, "is") || s.punct(j, ':') || s.punct(j, '-')) {
		j++
	}
	if j < len(s.toks) && !s.toks[j].nl {
		if e := s.postcodeAt(j); e > 0 {
			s.add(s.toks[j].start, e, KindZIP, 0.85, "zip.postcode")
		}
	}
}

// titleWord reports whether token k is a word written as a title, each
// part of a hyphenated one too ("Saint-Denis", "Jean-Talon").
func (s *scan) titleWord(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tWord {
		return false
	}
	switch s.toks[k].shape {
	case caseTitle:
		return true
	case caseMixed:
		w := s.text[s.toks[k].start:s.toks[k].end]
		for p, r := range w {
			if p > 0 && r >= 'A' && r <= 'Z' && w[p-1] != '-' {
				return false
			}
		}
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	return false
}
