package phi

import (
	"strings"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// This file holds rules for forms that other regions and casual writers
// use: addresses written from the home outwards (British flats, Indian and
// Philippine blocks and lots), rural routes, the parts that close Mexican
// and Peruvian street addresses, days written in words, holidays asked
// about, ages stated loosely, and names told by how someone is keeping or
// by closing the message.

// cityStateAfter reports whether the address tail ending at token end
// closes on a US state code in capitals, with or without its ZIP code.
func (s *scan) cityStateAfter(end int) bool {
	if end >= 0 && end < len(s.toks) && s.toks[end].kind == tNum {
		end--
		if s.punct(end, '-') { // ZIP+4
			end -= 2
		}
	}
	return end >= 0 && end < len(s.toks) && s.toks[end].shape == caseUpper && s.has(end, bState) && s.punct(end-1, ',')
}

// leadUnits name a home or an office within a building, written before
// its street address; a room or floor is none.
var leadUnits = setOf("flat", "apt", "apartment", "unit", "suite", "ste", "apto", "apartamento", "depto", "departamento", "dpto")

// unitBefore returns the first token of a dwelling unit written before the
// house number i and a comma ("Flat 2, 9 Albert Road", "Apt 4B, 120 Main
// St"), or i when there is none.
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
	if s.has(k, bStop|bClinical|bCareUnit|bMonth|bWeekday) && !s.has(k, bPlaceConn) {
		return false
	}
	return s.capitalized(k) || s.has(k, bPlaceConn) && tk.shape == caseLower
}

// addressPart returns the last token of the part of an address starting
// at token j and running to the next comma or the end of the clause, or
// -1 when a token there cannot belong to an address or the part is empty
// or long.
func (s *scan) addressPart(j int) int {
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

// dayWords are the days of the month written in words: English ordinals
// ("third", "twenty-first") and Spanish ordinals and numbers ("primero",
// "dos", "veintiuno").
var dayWords = setOf("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
	"nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
	"twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
	"primero", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
	"trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
	"veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho",
	"veintinueve", "treinta")

// dayWordAfter reports whether token j, after the month word i, is an
// English ordinal day written in words: "March third", "on June
// twenty-first". The month must be capitalised (in text that has case),
// so that "I may first call" stays no date.
func (s *scan) dayWordAfter(i, j int) bool {
	if j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].nl || !s.toks[j].space || s.toks[j].shape == caseUpper && !s.upper ||
		!dayWords[string(s.low(j))] || !englishOrdinal(s.low(j)) {
		return false
	}
	return s.toks[i].shape != caseLower || s.caseless()
}

// dayWordBefore returns the day written in words before the month word i
// and its joiner ("primero de abril", "dos de mayo", "the first of May"),
// or -1.
func (s *scan) dayWordBefore(i int) int {
	k := i - 1
	if !s.is(k, "de") && !s.is(k, "of") {
		return -1
	}
	k--
	if k < 0 || s.toks[k].kind != tWord || !dayWords[string(s.low(k))] {
		return -1
	}
	english := s.is(i-1, "of")
	if english != englishOrdinal(s.low(k)) {
		return -1 // English ordinals go with "of", Spanish days with "de"
	}
	if english && !s.is(k-1, "the") {
		return -1 // "the first of May"; "first of all"
	}
	return k
}

// dashedDay returns the day glued by a dash or slash before the month
// word i, when the same mark glues a year after it: "15-Ago-2024",
// "03/Mar/2025".
func (s *scan) dashedDay(i int) (int, bool) {
	if i < 2 || s.toks[i].space || s.toks[i-1].space || s.toks[i-1].kind != tPunct {
		return 0, false
	}
	sep := s.text[s.toks[i-1].start]
	if sep != '-' && sep != '/' || !s.punct(i+1, sep) || s.toks[i+1].space || i+2 >= len(s.toks) || s.toks[i+2].space {
		return 0, false
	}
	if _, ok := s.yearAt(i + 2); !ok {
		return 0, false
	}
	d, ok := s.dayAt(i - 2)
	return i - 2, ok && d == i-2
}

// englishOrdinal reports whether the day word w is an English ordinal:
// they end in "st", "nd", "rd" or "th"; no Spanish day word does.
func englishOrdinal(w []byte) bool {
	c := w[len(w)-1]
	return c == 't' || c == 'd' || c == 'h'
}

// fixedHolidays are public holidays on the same day every year, as month
// and day: New Year's Day, Labour Day (1 May), Independence Day (4 July),
// Bastille Day, Mexican Independence Day, Armistice Day, Christmas Eve,
// Christmas Day, Boxing Day and New Year's Eve.
var fixedHolidays = map[[2]int]bool{{1, 1}: true, {5, 1}: true, {7, 4}: true, {7, 14}: true, {9, 16}: true,
	{11, 11}: true, {12, 24}: true, {12, 25}: true, {12, 26}: true, {12, 31}: true}

// holidayWords ask whether the practice works on a day.
var holidayWords = setOf("holiday", "holidays", "feriado", "festivo", "open", "closed", "abierto", "abiertos",
	"cerrado", "cerrados", "atienden", "abren", "cierran", "trabajan")

// holidayAsked reports whether the day token first and the month word i
// name a fixed public holiday in a text that asks about holidays or
// opening hours: "¿atienden el 1 de mayo o es feriado?", "are you open
// on December 26?". That date belongs to the calendar, not to a patient.
func (s *scan) holidayAsked(first, i int) bool {
	if s.toks[first].kind != tNum {
		return false
	}
	day := num(s.text, group{start: s.toks[first].start, end: s.toks[first].end})
	if !fixedHolidays[[2]int{months[string(s.low(i))], day}] {
		return false
	}
	for k := range s.toks {
		if s.toks[k].kind == tWord && holidayWords[string(s.low(k))] {
			return true
		}
	}
	return false
}

// looseTails round an age off in Spanish: "70 y pico", "40 y tantos", "2
// y medio".
var looseTails = setOf("pico", "tantos", "algo", "medio")

// spanishHaveVerbs state an age with a bare number: "tiene 66", "cumple 5".
var spanishHaveVerbs = setOf("tiene", "tengo", "tenia", "tenemos", "cumple", "cumplo", "cumplio", "cumplira", "cumplir")

// bareAgeFollowers may come after a bare age in Spanish: the clause goes on
// with "y", or the time of a birthday follows ("cumple 5 la semana que
// viene", "cumple 80 en mayo").
var bareAgeFollowers = setOf("y", "e", "la", "el", "en", "este", "esta", "hoy", "manana", "pronto", "ya", "nomas", "pero")

// feverWords tell that a number after "tiene" is a temperature.
var feverWords = setOf("fiebre", "temperatura", "temp", "grados", "calentura", "febril", "fever")

// bareSpanishAge reports whether the number between the verb p and token
// i states an age without "años": "ella tiene 66 y está con mareos",
// "tiene 70 y pico", "mi hijo cumple 5 la próxima semana". A number near a
// word of fever is a temperature ("tiene 39, le di paracetamol... fiebre").
func (s *scan) bareSpanishAge(p, i int) bool {
	if !spanishHaveVerbs[string(s.low(p))] {
		return false
	}
	if !(s.statedAge(-1, i) || s.toks[i].kind == tWord && bareAgeFollowers[string(s.low(i))]) || s.has(i, bUnitsNext) {
		return false
	}
	if (s.punct(i, '.') || s.punct(i, ',')) && i+1 < len(s.toks) && s.toks[i+1].kind == tNum {
		return false // "tiene 38.5", "tiene 38,5"
	}
	for k := max(0, p-8); k < len(s.toks) && k < i+10; k++ {
		if s.toks[k].kind == tWord && feverWords[string(s.low(k))] {
			return false
		}
	}
	return true
}

// futureSubjects say who will reach an age: "I'll be 74", "she'll be 5".
var futureSubjects = setOf("i'll", "ill", "he'll", "she'll", "i’ll", "he’ll", "she’ll")

// futureAge reports whether the number between "be" (token p) and token i
// is an age to come: "I'll be 74 in June", "he will be 6 next week", "my
// husband will be 67 next month". A
// unit after it makes it a measure or a wait ("I'll be 10 minutes late").
func (s *scan) futureAge(p, i int) bool {
	if !s.is(p, "be") {
		return false
	}
	subj := futureSubjects[string(s.low(p-1))] ||
		(s.is(p-1, "will") || s.is(p-1, "gonna")) && (s.is(p-2, "i") || s.is(p-2, "he") || s.is(p-2, "she") || s.has(p-2, bRelation))
	if !subj || s.has(i, bUnitsNext) && !(s.is(i, "in") && (s.has(i+1, bMonth) || s.is(i+1, "a") || s.is(i+1, "two"))) ||
		s.punct(i, ':') || s.punct(i, '%') {
		return false // "I'll be 10 minutes", "be 5 in. tall"; not "be 74 in June"
	}
	return s.statedAge(-1, i) || s.is(i, "in") || s.is(i, "on") || s.is(i, "next") || s.is(i, "this") ||
		s.is(i, "soon") || s.is(i, "tomorrow")
}

// notAgeAfterMonths make "is 3 months" a span of time, not an age.
var notAgeAfterMonths = setOf("pregnant", "since", "ago", "late", "postpartum", "post", "post-op", "postop", "out", "of",
	"after", "overdue", "behind", "away", "left", "along", "sober", "clean", "into", "in", "from", "until", "till",
	"before", "on", "off", "without", "with", "now")

// babyAgeInMonths reports whether the number between "is" (token p) and
// its unit i states a child's age in months or weeks: "my baby Jayden is
// 18 months and...", "she is 9 weeks". The subject must be a person (a
// name, he or she, a relation); a complement after the unit makes it a
// span ("she is 6 months pregnant", "it is 3 months since").
func (s *scan) babyAgeInMonths(p, i int) bool {
	if !(s.is(p, "is") || s.is(p, "he's") || s.is(p, "she's")) ||
		!(s.is(i, "months") || s.is(i, "mos") || s.is(i, "weeks") || s.is(i, "wks")) {
		return false
	}
	if s.is(p, "is") {
		q := p - 1
		if q < 0 {
			return false
		}
		person := s.is(q, "he") || s.is(q, "she") || s.has(q, bRelation) ||
			s.toks[q].kind == tWord && s.toks[q].shape == caseTitle && !s.has(q, bStop) && !s.sentenceStart(q)
		if !person {
			return false
		}
	}
	return !notAgeAfterMonths[string(s.low(i+1))]
}

// endsText reports whether word token j is the last word of the text, with
// at most a stop or an exclamation after it.
func (s *scan) endsText(j int) bool {
	n := j + 1
	if s.punct(n, '.') || s.punct(n, '!') {
		n++
	}
	return n >= len(s.toks) && s.toks[j].kind == tWord
}

// stateWords tell how someone is keeping: "jessie is feeling better",
// "Tom was doing well".
var stateWords = setOf("feeling", "doing", "sick", "better", "worse", "ill", "unwell", "sleeping", "eating", "vomiting",
	"coughing", "recovering", "improving", "fine")

// nameBeforeState records a given name before "is" or "was" (token i) and
// a word of how someone keeps, opening its clause: "tell the doctor that
// jessie is feeling better", "and Mike was sick all night". The name must
// be a listed given name and no everyday word.
func (s *scan) nameBeforeState(i int) {
	k := i - 1
	if !s.has(i+1, bKeeping) || k < 0 || s.toks[i].nl {
		return
	}
	ok, c := s.nameWord(k)
	if !ok || c&names.First == 0 || s.everyday(k) || len(s.low(k)) < 3 || s.has(k, bPossessive|bRelation|bPatTitle|bClinTitle|bStop) {
		return
	}
	p := k - 1
	opens := p < 0 || s.toks[k].nl || s.is(p, "that") || s.is(p, "and") || s.is(p, "but") || s.is(p, "because") ||
		p >= 0 && s.toks[p].kind == tPunct && (s.punct(p, ',') || s.punct(p, '.') || s.punct(p, ';') || s.punct(p, ':'))
	if opens {
		s.add(s.toks[k].start, s.toks[k].end, KindName, 0.75, "name.state")
	}
}

// triggerWords open rules that few texts need, so the scan tests one
// lexicon bit before the words themselves: a number word after a scheme's
// name ("PhilHealth no."), a post office box or rural route, and "is" or
// "was" before a word of keeping.
var triggerWords = setOf("no", "number", "nr", "nro", "po", "p", "apartado", "rr", "hc", "rural", "is", "was")

// acronymID records an identifier right after an acronym that names its
// scheme, the way people write ids of schemes no list can hold: "NHI
// ZAC5361", "OHIP 1234-567-890", "RG 12.345.678-9", "cartão SUS 898 0012
// 3456 7890". Token i is the acronym: two to five capitals that are no
// clinical abbreviation or other known word, in text that is not written
// in capitals. The value must be an identifier beyond doubt, so that a lab
// value after its abbreviation stays ("PLT 250", "LDL 142").
func (s *scan) acronymID(i int) {
	tk := s.toks[i]
	if s.upper || tk.end-tk.start < 2 || tk.end-tk.start > 5 || tk.lex&^(bFirst|bLast|bCommon|ruleOnlyBits) != 0 ||
		s.hasDigit(i) || s.has(i-1, bIDCue) || s.has(i-2, bIDCue) && s.has(i-1, bIDFiller) {
		return // "afiliada PAMI 15-...": the cue before names the kind
	}
	j := i + 1
	for j < len(s.toks) && j < i+4 && (s.punct(j, ':') || s.punct(j, '#') || s.is(j, "es") || s.is(j, "is") ||
		s.is(j, "no") || s.is(j, "number") || s.punct(j, '.') && s.is(j-1, "no")) {
		j++
	}
	if j >= len(s.toks) || s.toks[j].nl || !s.toks[j].space || !s.hasDigit(j) || !s.schemeValue(j) {
		return
	}
	s.idAfter(i, KindID, true)
}

// schemeValue reports whether the value at token j has the shape of an
// identifier rather than of clinical figures ("100-140", "18/500/.50",
// "400x12x40"): letters then four digits or more ("ZAC5361"), a run of six
// digits or more, digits grouped in thousands by dots, or groups of three
// digits or more, apart by spaces or dashes, holding ten digits or more
// ("898 0012 3456 7890", "1234-567-890").
func (s *scan) schemeValue(j int) bool {
	start, end := s.toks[j].start, s.toks[j].end
	for k := j + 1; k < len(s.toks) && !s.toks[k].space; k++ {
		end = s.toks[k].end
	}
	v := strings.TrimRight(s.text[start:end], ",.;:)")
	if v == "" {
		return false
	}
	if dotGrouped(v) {
		return true
	}
	digits, run, maxRun, minRun, letters := 0, 0, 0, 99, 0
	for b := 0; b <= len(v); b++ {
		if b < len(v) && isDigit(v[b]) {
			digits++
			run++
			continue
		}
		if run > 0 {
			maxRun, minRun = max(maxRun, run), min(minRun, run)
		}
		run = 0
		if b < len(v) && isASCIILetter(v[b]) {
			letters++
		}
	}
	switch {
	case maxRun >= 6:
		return true
	case strings.ContainsAny(v, "/.") || letters > 0 && !isASCIILetter(v[0]):
		return false
	case letters > 0:
		return digits >= 4
	}
	total := digits
	if s.spacedDigits(j) > digits {
		total = s.spacedDigits(j)
		for k := j + 1; k < len(s.toks) && !s.toks[k].nl && (s.toks[k].kind == tNum || !s.toks[k].space); k++ {
			if s.toks[k].kind == tNum && s.toks[k].space {
				minRun = min(minRun, s.toks[k].end-s.toks[k].start)
			}
		}
	}
	return total >= 10 && minRun >= 3
}
