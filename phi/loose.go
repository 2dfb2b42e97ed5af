package phi

import "github.com/frontdeskhq/frontdesk/phi/names"

// This file holds rules for loosely written dates, ages and names: days
// written in words, holidays asked about, ages stated without their unit
// or still to come, names told by how someone is keeping or by closing the
// message, and the lexicon's trigger words for these rules.

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
// name ("PhilHealth no."), a post office box or rural route, "is" or
// "was" before a word of keeping, a digit told in words, and the "by" of
// "goes by" or the "as" of "known as" before a nickname.
var triggerWords = setOf("no", "number", "nr", "nro", "po", "p", "apartado", "rr", "hc", "rural", "is", "was",
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", // spoken digits: see digitWords
	"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
	"by", "as", // "goes by", "known as" before a nickname
	"girl", "boy", // "my girl shay": a daughter or partner
	"for", // "this is for Ngozi"
	// Cues of the spoken forms (see spokenCues; months and weekdays have
	// their own bits).
	"birthday", "born", "dob", "cumpleanos", "nacido", "nacida", "birth", "nacimiento",
	"postal", "zip", "social", "ssn", "callback", "phone", "telefono", "celular", "cuenta", "account", "id",
	"providerone", "licencia", "license", "plate", "placa", "at", "arroba",
	"that's", "thats", "it's", "its", "spelled", "apellido", "escribe",
	// Labels of user names and entry codes, and "order #" (see handles).
	"username", "usuario", "login", "userid", "handle", "gamertag", "code", "codigo", "pin", "passcode", "combo",
	"combination", "combinacion", "clave", "marque", "dial", "press", "order", "orden")
