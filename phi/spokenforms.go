package phi

// This file holds the rules for identifiers told aloud and written down
// by a transcriber or a dictation app, other than phone numbers (see
// spoken.go): numbers in words after a cue ("account number seven seven
// oh two nine one"), dates said as words
// ("september twenty sixth", "the fifteenth of august", "doce de febrero"),
// e-mail addresses said aloud ("siobhan dot mcd at outlook dot com") and
// names spelled letter by letter ("J as in John, O, N, E, S").

// spokenOrdinals are the ordinals a spoken date ends with, by value.
var spokenOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "primero": 1,
}

// spokenDigitWords are words a transcriber writes for a digit or a number
// told digit by digit, besides spelledValues.
var spokenDigitWords = setOf("oh", "zero", "cero", "double", "triple", "mil", "novecientos", "ochocientos",
	"dos mil", "thousand", "and")

// spokenNumberAt reports whether token i is a number said aloud or its
// digits: a number word, "oh", "zero", or digits.
func (s *scan) spokenNumberAt(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].nl {
		return false
	}
	if s.toks[i].kind == tNum {
		return true
	}
	if s.toks[i].kind != tWord {
		return false
	}
	w := string(s.low(i))
	if _, ok := spelledValues[w]; ok {
		return true
	}
	if _, ok := spokenOrdinals[w]; ok {
		return true
	}
	return spokenDigitWords[w] && w != "and"
}

// spokenRun returns the last token of the run of numbers said aloud that
// starts at token i ("four one oh five five five", "nineteen forty
// nine", "ochenta y dos"), and how many number tokens it holds; "and" and
// "y" may join two of them.
func (s *scan) spokenRun(i int) (last, n int) {
	last = -1
	for k := i; k < len(s.toks) && !s.toks[k].nl; k++ {
		switch {
		case s.spokenNumberAt(k):
			last, n = k, n+1
		case (s.is(k, "y") || s.is(k, "and")) && n > 0 && s.spokenNumberAt(k+1):
		case s.punct(k, '-') && n > 0 && s.spokenNumberAt(k+1):
		default:
			return last, n
		}
	}
	return last, n
}

// spokenForms finds the identifiers told aloud that this file reads,
// each from the word that cues it (see spokenCues): one map lookup a word.
func (s *scan) spokenForms() {
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].kind != tWord || s.toks[i].lex&(bTrigger|bMonth|bWeekday) == 0 {
			continue // most words: one bit test (spokenCues are trigger words)
		}
		c := spokenCues[string(s.low(i))]
		if c == 0 {
			continue
		}
		last := -1
		switch c {
		case cueBirth:
			if s.birthCueEnds(i) {
				last = s.spokenBirthDate(i + 1)
			}
		case cueMonth:
			last = s.spokenMonthDate(i)
		case cueWeekday:
			last = s.spokenWeekdayDate(i)
		case cueID:
			last = s.spokenID(i)
		case cueAt:
			last = s.spokenEmail(i)
		case cueSpelling:
			if s.spellingCueEnds(i) {
				last = s.spelledName(i + 1)
			}
		}
		i = max(i, last)
	}
}

// The kinds of word that cue a spoken form.
const (
	cueBirth = iota + 1
	cueMonth
	cueWeekday
	cueID
	cueAt
	cueSpelling
)

// spokenCues maps the words that cue a spoken form to their kind.
var spokenCues = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range []string{"birthday", "born", "dob", "cumpleanos", "nacido", "nacida", "birth", "nacimiento"} {
		m[w] = cueBirth
	}
	for w := range months {
		if len(w) > 3 {
			m[w] = cueMonth
		}
	}
	for w := range weekdays {
		m[w] = cueWeekday
	}
	for _, w := range []string{"postal", "zip", "social", "ssn", "callback", "phone", "telefono", "celular", "cuenta",
		"account", "number", "id", "providerone", "licencia", "license", "plate", "placa"} {
		m[w] = cueID
	}
	m["at"], m["arroba"] = cueAt, cueAt
	for _, w := range []string{"that's", "thats", "it's", "its", "spelled", "apellido", "escribe", "is"} {
		m[w] = cueSpelling
	}
	return m
}()

// spokenBirthDate reads a date of birth said aloud from token j, after
// its cue ("birthday is eleven twelve sixty four", "fecha de nacimiento
// doce de febrero de mil novecientos setenta"); it returns the date's
// last token, or -1.
func (s *scan) spokenBirthDate(j int) int {
	if s.is(j, "is") || s.is(j, "es") || s.is(j, "el") || s.is(j, "was") {
		j++
	}
	if j >= len(s.toks) || s.hasDigit(j) {
		return -1
	}
	if last, n := s.spokenRun(j); n >= 2 {
		s.add(s.toks[j].start, s.toks[last].end, KindDate, 0.8, "date.spoken")
		return last
	}
	return s.spokenDay(j, j)
}

// spokenMonthDate reads "september twenty sixth", "november first" from
// the month at token i.
func (s *scan) spokenMonthDate(i int) int {
	if i+1 >= len(s.toks) || s.toks[i+1].nl {
		return -1
	}
	last := -1
	if _, ok := spokenOrdinals[string(s.low(i+1))]; ok {
		last = i + 1
	} else if v, l, ok := s.spelledAt(i + 1); ok && v >= 1 && v <= 31 && s.spokenTail(l) {
		last = s.spokenOrdinalEnd(l)
	}
	if last > 0 {
		s.add(s.toks[i].start, s.toks[last].end, KindDate, 0.8, "date.spoken")
	}
	return last
}

// spokenWeekdayDate reads "tuesday the fifth", "jueves veinte" from the
// weekday at token i.
func (s *scan) spokenWeekdayDate(i int) int {
	j := i + 1
	if s.is(j, "the") || s.is(j, "el") {
		j++
	}
	return s.spokenDay(i, j)
}

// spokenDay records a day of the month said aloud at token j ("the
// fifteenth of august", "veinte", "doce de febrero de mil novecientos
// setenta"), as a date from token from; it returns its last token, or -1.
func (s *scan) spokenDay(from, j int) int {
	if last := s.spokenDayOfMonth(j); last > 0 {
		s.add(s.toks[from].start, s.toks[last].end, KindDate, 0.75, "date.spoken")
		return last
	}
	return -1
}

// birthCueEnds reports whether token i ends a cue for a date of birth:
// "birthday", "born", "date of birth", "fecha de nacimiento", "nacida".
func (s *scan) birthCueEnds(i int) bool {
	switch {
	case s.is(i, "birthday") || s.is(i, "born") || s.is(i, "dob") || s.is(i, "cumpleanos") || s.is(i, "nacido") || s.is(i, "nacida"):
		return true
	case s.is(i, "birth") && s.is(i-1, "of") && s.is(i-2, "date"):
		return true
	case s.is(i, "nacimiento") && s.is(i-1, "de"):
		return true
	}
	return false
}

// spokenDayOfMonth reads a day said aloud from token j, with what follows
// it ("the fifteenth of august", "veinte", "doce de febrero de mil
// novecientos setenta"), and returns its last token, or -1.
func (s *scan) spokenDayOfMonth(j int) int {
	if s.is(j, "the") {
		j++
	}
	if j >= len(s.toks) || s.toks[j].nl || s.toks[j].kind != tWord {
		return -1
	}
	last := -1
	if _, ok := spokenOrdinals[string(s.low(j))]; ok {
		last = j
	} else if v, l, ok := s.spelledAt(j); ok && v >= 1 && v <= 31 {
		last = s.spokenOrdinalEnd(l)
	}
	if last < 0 {
		return -1
	}
	// "of august", "de febrero de mil novecientos setenta"
	if k := last + 1; (s.is(k, "of") || s.is(k, "de")) && k+1 < len(s.toks) && months[string(s.low(k+1))] > 0 {
		last = k + 1
		if s.is(last+1, "de") || s.is(last+1, "del") {
			if l, n := s.spokenRun(last + 2); n >= 2 {
				last = l
			}
		}
	}
	return last
}

// spokenOrdinalEnd extends a spelled number ending at token l over an
// ordinal that completes it: "twenty" then "sixth".
func (s *scan) spokenOrdinalEnd(l int) int {
	if _, ok := spokenOrdinals[string(s.low(l+1))]; ok && l+1 < len(s.toks) && !s.toks[l+1].nl {
		return l + 1
	}
	return l
}

// spokenTail reports that a number said after a month ends its phrase: a
// clause end or a word that is not another number or a unit ("may five
// times" is no date).
func (s *scan) spokenTail(l int) bool {
	k := l + 1
	return k >= len(s.toks) || s.toks[k].nl || s.toks[k].kind == tPunct || !s.has(k, bUnitsNext) && !s.is(k, "times") && !s.is(k, "veces")
}

// spokenID reads a number said aloud after an identifier's cue ending at
// token i: "account number seven seven oh two nine one", "código postal
// nueve ocho cuatro cero cuatro", "seguro social termina en cuatro cuatro
// uno siete"; it returns the number's last token, or -1.
func (s *scan) spokenID(i int) int {
	kind, ok := s.spokenIDCue(i)
	if !ok {
		return -1
	}
	j := i + 1
	for steps := 0; j < len(s.toks) && steps < 3 && s.toks[j].kind == tWord && s.has(j, bIDFiller); steps++ {
		j++ // "number is", "es"
	}
	if s.is(j, "termina") || s.is(j, "ends") {
		j++
	}
	if s.is(j, "en") || s.is(j, "in") {
		j++
	}
	last, n := s.spokenRun(j)
	if n < 4 || s.hasDigit(j) {
		return -1
	}
	s.add(s.toks[j].start, s.toks[last].end, kind, 0.8, "id.spoken")
	return last
}

// spokenIDCue reports whether token i ends a cue for an identifier said
// aloud, and its kind.
func (s *scan) spokenIDCue(i int) (Kind, bool) {
	switch {
	case s.is(i, "postal") || s.is(i, "zip"):
		return KindZIP, true
	case s.is(i, "social") || s.is(i, "ssn"):
		return KindSSN, true
	case s.is(i, "callback") || s.is(i, "phone") || s.is(i, "telefono") || s.is(i, "celular"):
		return KindPhone, true
	case s.is(i, "cuenta") || s.is(i, "account"):
		return KindAccount, true
	case s.is(i, "number") && (s.is(i-1, "group") || s.is(i-1, "member") || s.is(i-1, "policy")):
		return KindAccount, true
	case s.is(i, "id") || s.is(i, "providerone") || s.is(i, "licencia") || s.is(i, "license") || s.is(i, "plate") || s.is(i, "placa"):
		return KindID, true
	}
	return "", false
}

// spokenEmail reads an e-mail address said aloud around the "at" or
// "arroba" at token i: "siobhan dot mcd at outlook dot com", "lupita punto
// hernandez ochenta y dos arroba hotmail punto com"; it returns its last
// token, or -1.
func (s *scan) spokenEmail(i int) int {
	// The domain: a word, then "dot" or "punto" and a top-level domain.
	h := i + 1
	if i == 0 || h+2 >= len(s.toks) || s.toks[h].kind != tWord || !(s.is(h+1, "dot") || s.is(h+1, "punto")) || !spokenTLDs[string(s.low(h+2))] {
		return -1
	}
	end := h + 2
	// The local part: words and numbers said aloud, joined by "dot",
	// "punto" or "underscore", back from the "at".
	start := i
	for k := i - 1; k >= 0 && k >= i-8 && !s.toks[k+1].nl && s.toks[k].kind != tPunct; k-- {
		if s.spokenNumberAt(k) || s.is(k, "dot") || s.is(k, "punto") || s.is(k, "underscore") || s.is(k, "guion") {
			start = k
			continue
		}
		if s.has(k, bStop) || s.is(k, "is") || s.is(k, "es") || s.is(k, "to") || s.is(k, "email") || s.is(k, "correo") {
			break
		}
		start = k
		if !(s.is(k-1, "dot") || s.is(k-1, "punto") || s.is(k-1, "underscore") || s.spokenNumberAt(k-1)) {
			break // one word, unless joined on
		}
	}
	if start == i {
		return -1
	}
	s.add(s.toks[start].start, s.toks[end].end, KindEmail, 0.92, "email.spoken")
	return end
}

// spokenTLDs are the top-level domains a spoken address ends with.
var spokenTLDs = setOf("com", "org", "net", "edu", "gov", "us", "mx", "es", "co")

// spelledName reads a name spelled letter by letter from token j, after
// "that's", "it's", "spelled", "se escribe", "apellido" or "name is":
// single letters apart by spaces or commas, a letter "as in" or "de" a
// word, "capital", "equis" ("J as in John, O, N, E, S", "S I O B H A N",
// "I de Italia, B de burro"); it returns its last token, or -1.
func (s *scan) spelledName(j int) int {
	last, letters := -1, 0
	for k := j; k < len(s.toks) && !s.toks[k].nl; k++ {
		switch {
		case s.toks[k].kind == tWord && len(s.low(k)) == 1 || s.is(k, "equis"):
			last, letters = k, letters+1
			if s.is(k+1, "as") && s.is(k+2, "in") && k+3 < len(s.toks) {
				k += 3 // "J as in John"
				last = k
			} else if s.is(k+1, "de") && k+2 < len(s.toks) && s.toks[k+2].kind == tWord && len(s.low(k+2)) > 1 {
				k += 2 // "I de Italia"
				last = k
			}
			continue
		case s.punct(k, ',') && letters > 0 || s.is(k, "capital") || s.is(k, "mayuscula"):
			continue
		}
		break
	}
	if letters < 3 {
		return -1
	}
	s.add(s.toks[j].start, s.toks[last].end, KindName, 0.85, "name.spelled")
	return last
}

// spellingCueEnds reports whether token i ends a cue before a spelling:
// "that's", "it's", "spelled", "se escribe", "apellido", "last name is".
func (s *scan) spellingCueEnds(i int) bool {
	switch {
	case s.is(i, "that's") || s.is(i, "thats") || s.is(i, "it's") || s.is(i, "its") || s.is(i, "spelled") || s.is(i, "apellido"):
		return true
	case s.is(i, "escribe") && s.is(i-1, "se"):
		return true
	case s.is(i, "is") && s.is(i-1, "name"):
		return true
	}
	return false
}
