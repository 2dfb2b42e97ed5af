package phi

import "strings"

// This file holds the rules for numbers: phones, SSNs, numeric dates, IP
// addresses, ZIP codes, card numbers, ages and other long identifiers.

// group is one run of digits inside a numeric chunk.
type group struct {
	start, end int
	sep        byte // separator before the next group: '-', '.', '/', ' ' or ')'
}

// chunk is a run of digit groups joined by single separators, as in
// "(410) 555-1234", "4-13-95" or "+34 612 345 678".
type chunk struct {
	g     [8]group
	n     int
	plus  bool // a '+' precedes the first group
	paren bool // a '(' precedes the first group
	start int  // offset of the chunk, '+' or '(' included
}

var (
	phoneCues = setOf("phone", "tel", "telephone", "cell", "cellphone", "mobile", "call", "text",
		"number", "num", "whatsapp", "telefono", "celular", "movil", "llamar", "llame", "llamame",
		"llamen", "numero", "contact", "home", "work", "ph", "pager", "beeper", "reach", "contacto",
		"marcar", "fijo", "desk", "office", "oficina", "registered", "landline", "cel", "ring", "tlf", "tfno", "mob")
	faxCues = setOf("fax", "facsimile")
	// phoneLabels name a number written before them.
	phoneLabels = setOf("office", "fax", "mobile", "cell", "home", "work", "desk", "landline", "oficina",
		"casa", "trabajo", "celular", "movil")
	ssnCues   = setOf("ssn", "social", "ss", "seguro", "nss", "ssn#")
	zipCues   = setOf("zip", "zipcode", "postal", "cp", "postcode", "codigo", "cep")
	ageBefore = setOf("age", "aged", "edad", "tengo", "tiene", "cumple", "cumplio", "turned", "turns",
		"turning")
	ageAfter  = setOf("yo", "years", "year", "yrs", "yr", "anos", "ano", "y")
	scaleCues = setOf("pain", "dolor", "scale", "escala", "rated", "rate", "score", "puntuacion",
		"cpap", "peep", "ps", "psv", "bipap", "simv", "vent", "ips", "ratio", "strength", "fuerza",
		"cp", "discomfort", "ache", "aching", "angina", "soreness", "sore", "hurts", "hurting", "rates",
		"rating", "incisional", "headache", "cramping", "molestia", "duele")
	unitsNext = setOf("tab", "tabs", "tablet", "tablets", "pill", "pills", "mg", "ml", "cup", "cups",
		"dose", "doses", "tsp", "tbsp", "strength", "pastilla", "pastillas", "tableta", "tabletas",
		"of", "de", "mcg", "units", "unidades", "ns", "inch", "in", "oz", "lb", "lbs", "cm", "mm", "kg")
	dateCues = setOf("on", "el", "since", "desde", "date", "fecha", "dob", "from", "until", "hasta",
		"by", "para", "before", "after", "antes", "despues", "due", "appointment", "appt", "cita",
		"born", "nacio", "del", "adm", "admitted", "seen", "visto", "last", "next", "dia", "day")
	roomCues = setOf("room", "rm", "bed", "suite", "habitacion", "cama", "sala", "bay", "floor", "piso")
)

// numbers finds every numeric chunk and classifies its parts.
func (s *scan) numbers() {
	t := s.text
	for i := 0; i < len(t); i++ {
		c := t[i]
		var ch chunk
		switch {
		case isDigit(c):
			if i > 0 && (isASCIILetter(t[i-1]) || isDigit(t[i-1]) || t[i-1] == '$' || t[i-1] == ']' || t[i-1] >= 0x80 && !(i >= 3 && dashAt(t, i-3))) {
				for i < len(t) && isDigit(t[i]) {
					i++
				}
				continue
			}
			ch.start = i
		case (c == '+' || c == '(') && i+1 < len(t) && isDigit(t[i+1]):
			ch.start, ch.plus, ch.paren = i, c == '+', c == '('
			i++
		default:
			continue
		}
		end := s.readChunk(&ch, i)
		s.classify(&ch)
		i = end - 1
	}
}

// readChunk reads digit groups from i into ch and returns the chunk's end.
func (s *scan) readChunk(ch *chunk, i int) int {
	t := s.text
	for ch.n < len(ch.g) {
		g := &ch.g[ch.n]
		g.start = i
		for i < len(t) && isDigit(t[i]) {
			i++
		}
		g.end = i
		ch.n++
		if i+1 >= len(t) {
			break
		}
		c := t[i]
		switch {
		case c == ' ' && ch.plus && ch.n == 1 && t[i+1] == '(' && i+2 < len(t) && isDigit(t[i+2]):
			g.sep, i = ' ', i+2 // the area code of "+1 (614) 555-0166"
			continue
		case c == ')' && (ch.paren && ch.n == 1 || ch.plus && ch.n == 2 && t[g.start-1] == '('):
			j := i + 1
			if j < len(t) && t[j] == ' ' {
				j++
			}
			if j < len(t) && isDigit(t[j]) {
				g.sep, i = ')', j
				continue
			}
		case c == '-' && t[i+1] == ' ' && i+2 < len(t) && isDigit(t[i+2]) && g.end-g.start == 3:
			g.sep, i = '-', i+2 // "212- 476- 8356"
			continue
		case c == ' ' && strings.HasPrefix(t[i+1:], "(0)") && i+4 < len(t) && isDigit(t[i+4]):
			g.sep, i = ' ', i+4 // the trunk prefix of "+41 (0)96 471 07 95"
			continue
		case (c == '-' || c == '.' || c == '/' || c == ' ') && isDigit(t[i+1]):
			g.sep = c
			i++
			continue
		}
		break
	}
	return ch.g[ch.n-1].end
}

// classify tries the longest pattern at each group and records matches.
func (s *scan) classify(ch *chunk) {
	for k := 0; k < ch.n; {
		if k > 0 && ch.g[k-1].sep != ' ' && !ch.dateRange(k-1) {
			k++
			continue
		}
		matched := false
		for m := ch.n; m > k; m-- {
			if m < ch.n && ch.g[m-1].sep != ' ' && !ch.dateRange(m-1) {
				continue
			}
			if s.pattern(ch, k, m) {
				k, matched = m, true
				break
			}
		}
		if !matched {
			k++
		}
	}
}

// pattern classifies groups k..m-1 of ch and records a span on a match.
func (s *scan) pattern(ch *chunk, k, m int) bool {
	g := ch.g[k:m]
	start, end := g[0].start, g[len(g)-1].end
	if k == 0 && (ch.plus || ch.paren && m > 1) {
		start = ch.start // "(253) 555-0140"; not the "(" of "mom (73 years old)"
	}
	t := s.text
	// Percentages, rates ("@ 20/5") and settings are clinical numbers.
	if (end < len(t) && t[end] == '%') || (start > 0 && t[start-1] == '@') {
		return false
	}
	// "(201-223-4567)": the closing parenthesis belongs to the number.
	if k == 0 && ch.paren && m > 1 && m == ch.n && end < len(t) && t[end] == ')' {
		end++
	}
	// A phone extension: "x123", "ext. 123".
	if e := extension(t, end); e > end && len(g) >= 2 {
		s.add(end, e, KindPhone, 0.8, "phone.ext")
		end = e
	}
	// A decade: "in the 1980s", "late 1990's".
	if len(g) == 1 && end-start == 4 && s.decade(start, end) {
		s.add(start, end+1, KindDate, 0.7, "date.decade")
		return true
	}
	// The chunk must not run into letters ("500mg", "3rd"), except the
	// letter of a Spanish DNI (8 digits and a letter).
	if end < len(t) && (isASCIILetter(t[end]) || t[end] >= 0x80 && !dashAt(t, end)) {
		if len(g) == 1 && g[0].end-g[0].start == 8 && isASCIILetter(t[end]) &&
			(end+1 >= len(t) || (!isASCIILetter(t[end+1]) && !isDigit(t[end+1]))) {
			s.add(start, end+1, KindID, 0.8, "id.dni")
			return true
		}
		if len(g) == 1 && end-start <= 3 && ageSuffix(t[end:]) { // "70y/o", "98yo"
			end += gluedAgeSuffix(t[end:]) // the unit goes with the number: "45yo"
			if num(t, g[0]) >= 90 {
				s.add(start, end, KindAge, 0.85, "age.over89")
			} else {
				s.add(start, end, KindAge, youngAgeConfidence, ruleYoungAge)
			}
			return true
		}
		return false
	}
	total := 0
	lens := make([]int, 0, 8)
	for _, x := range g {
		lens = append(lens, x.end-x.start)
		total += x.end - x.start
	}
	seps := func(want ...byte) bool { // every inner separator is one of want
		for _, x := range g[:len(g)-1] {
			ok := false
			for _, w := range want {
				ok = ok || x.sep == w
			}
			if !ok {
				return false
			}
		}
		return true
	}
	phone := func(conf float64, rule string) bool {
		kind := KindPhone
		if s.prevWordIn(start, 3, bFaxCue) {
			kind = KindFax
		}
		if s.prevWordIn(start, 4, bPhoneCue) {
			conf = max(conf, 0.9)
		}
		s.add(start, end, kind, conf, rule)
		return true
	}
	if ch.plus && k == 0 && total >= 8 && total <= 15 && seps(' ', '-', '.', ')') {
		return phone(0.9, "phone.intl")
	}
shape:
	switch len(g) {
	case 1:
		return s.single(start, end, total)
	case 2:
		switch {
		case lens[0] == 3 && lens[1] == 4 && seps('-', '.') && t[g[0].start] >= '2':
			if t[g[0].end-1] == '0' && t[g[1].end-1] == '0' {
				return false // a range of round numbers: "500-1000"
			}
			return phone(0.7, "phone.local")
		case total == 10 && lens[0] >= 3 && lens[1] >= 4 && seps(' ', '-') && t[g[0].start] >= '2' &&
			nanpDigits(t[g[0].start:g[0].end]+t[g[1].start:g[1].end]):
			return phone(0.7, "phone.split") // "202 2671093", "240444-1243"
		case total == 11 && lens[0] >= 4 && lens[0] <= 5 && t[g[0].start] == '0' && t[g[0].start+1] != '0' && seps(' '):
			return phone(0.7, "phone.trunk") // a British number with its trunk 0: "07911 123456", "0161 496 0000" below
		case lens[0] == 5 && lens[1] == 4 && seps('-'):
			s.add(start, end, KindZIP, 0.8, "zip.plus4")
			return true
		case lens[0] == 5 && lens[1] == 3 && seps('-') && s.prevWordIn(start, 2, bZipCue):
			s.add(start, end, KindZIP, 0.85, "zip.context") // a Brazilian CEP: "CEP 01304-001"
			return true
		case lens[0] <= 2 && lens[1] == 2 && seps('/') && num(t, g[1]) > 31:
			if mo := num(t, g[0]); mo >= 1 && mo <= 12 && !s.scaleOrDose(start, end) {
				s.add(start, end, KindDate, 0.7, "date.myy")
				return true
			}
		case lens[0] <= 2 && lens[1] <= 2 && seps('/'):
			a, b := num(t, g[0]), num(t, g[1])
			cued := s.prevWordIn(start, 2, bDateCue) || s.lastOccasionWas(start) || lens[0] == 2 && t[g[0].start] == '0'
			event := s.has(s.tokenAt(start)-1, bEvent) && s.toks[s.tokenAt(start)-1].kind == tWord
			if !cued && s.prevWordIn(start, 2, bEvent) && !(a < b && b <= 4) {
				cued = true // "extubation 3/8", "accident 12/7"; "cx 1/3" is a fraction
			}
			ti := s.tokenAt(start)
			scale := s.scaleOrDose(start, end) || b == 10 && s.is(ti-1, "o") && s.punct(ti-2, '/') && s.is(ti-3, "c")
			near := event || s.has(s.tokenAt(start)-1, bDateCue) && s.toks[s.tokenAt(start)-1].kind == tWord
			if scale && near && !(a < b && b <= 4) && !s.nextWordIn(end, bScale|bUnitsNext) {
				scale = false // "extubate 3/11", "developed CP on 10/23": the cue is nearer than the scale
			}
			switch {
			case !monthDay(a, b) || scale && !(s.wordAfterIsPrep(end) && a <= 12 && !isFraction(a, b)):
				return false
			case !cued && ((b == 5 && a <= 5) || isFraction(a, b) || a > 12):
				return false // a score, a strength, a ratio, a fraction, or a day-first date without a cue
			}
			conf := 0.65
			if cued {
				conf = 0.85
			}
			s.add(start, end, KindDate, conf, "date.md")
			return true
		case lens[0] <= 2 && lens[1] == 4 && seps('/', '-'):
			if mo := num(t, g[0]); mo >= 1 && mo <= 12 && plausibleYear(num(t, g[1])) {
				s.add(start, end, KindDate, 0.7, "date.my")
				return true
			}
		}
	case 3:
		switch {
		case lens[0] == 3 && lens[1] == 3 && lens[2] == 4 && (seps('-', '.', ' ', ')') || seps('/')):
			valid := nanp(t, g[0], g[1])
			switch {
			case ch.paren && k == 0 && valid:
				return phone(0.95, "phone.nanp")
			case g[1].sep != '-' && g[1].sep != '.' && !valid:
				break shape // "123 456 7890" is no NANP number: a cue may still make it a phone
			case g[1].sep != g[0].sep && g[0].sep != ')' && g[0].sep != ' ':
				return false
			case !valid:
				return phone(0.7, "phone.format")
			}
			return phone(0.85, "phone.nanp")
		case lens[0] == 3 && lens[1] == 2 && lens[2] == 4 && (seps('-') || seps(' ')):
			cue := s.prevWordIn(start, 3, bSSNCue)
			if !validSSN(num(t, g[0]), num(t, g[1]), num(t, g[2])) && !cue {
				// Never issued; but after "SSN", "seguro social" the
				// patient meant one (or an ITIN, 9xx): hide it anyway.
				return false
			}
			conf := 0.9
			if g[0].sep == ' ' {
				conf = 0.6
			}
			if cue {
				conf = 0.95
			}
			s.add(start, end, KindSSN, conf, "ssn")
			return true
		case lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 2 || lens[2] == 4) &&
			(seps('/') || seps('-') || (seps('.') && (lens[2] == 4 || s.prevWordIn(start, 2, bDateCue)))):
			if !monthDay(num(t, g[0]), num(t, g[1])) {
				return false
			}
			if lens[2] == 4 && !plausibleYear(num(t, g[2])) {
				return false
			}
			// Only the digits: a date in parentheses, "(04/11/1947)",
			// keeps them (they are a phone's own in "(201-223-4567)").
			s.add(g[0].start, g[len(g)-1].end, KindDate, 0.85, "date.mdy")
			return true
		case lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2 && (seps('-') || seps('/')):
			mo, d := num(t, g[1]), num(t, g[2])
			if plausibleYear(num(t, g[0])) && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
				end = timeAfter(t, end)
				s.add(start, end, KindDate, 0.9, "date.iso")
				return true
			}
		case lens[0] == 3 && lens[1] == 3 && lens[2] == 3 && (seps(' ') || seps('-') || seps('.')) &&
			t[g[0].start] >= '6':
			return phone(0.6, "phone.es")
		case lens[0] == 2 && lens[1] == 4 && lens[2] == 4 && (seps(' ') || seps('-')):
			return phone(0.6, "phone.mx")
		case total == 11 && lens[0] >= 3 && lens[0] <= 5 && t[g[0].start] == '0' && t[g[0].start+1] != '0' && seps(' '):
			return phone(0.7, "phone.trunk")
		}
	case 4:
		switch {
		case lens[0] <= 2 && lens[1] <= 2 && lens[2] <= 2 && lens[3] <= 2 && seps('/') &&
			num(t, g[0]) >= 1 && num(t, g[0]) <= 12 && num(t, g[2]) >= 1 && num(t, g[2]) <= 12 &&
			monthDay(num(t, g[0]), num(t, g[1])) && monthDay(num(t, g[2]), num(t, g[3])) && !s.scaleOrDose(start, end):
			s.add(start, end, KindDate, 0.7, "date.pair") // "10/03/10/04": two days written together
		case lens[0] <= 2 && lens[1] <= 2 && lens[2] <= 2 && lens[3] <= 2 && g[0].sep == '/' && g[1].sep == '-' &&
			g[2].sep == '/' && monthDay(num(t, g[0]), num(t, g[1])) && monthDay(num(t, g[2]), num(t, g[3])) &&
			!s.scaleOrDose(start, end):
			s.add(start, end, KindDate, 0.75, "date.range") // "6/30-7/2"
			return true
		case lens[0] == 1 && t[g[0].start] == '1' && lens[1] == 3 && lens[2] == 3 && lens[3] == 4 &&
			seps('-', '.', ' ') && nanp(t, g[1], g[2]):
			return phone(0.9, "phone.nanp")
		case seps('.') && total <= 12 && lens[0] <= 3 && lens[1] <= 3 && lens[2] <= 3 && lens[3] <= 3:
			for _, x := range g {
				if num(t, x) > 255 || (x.end-x.start > 1 && t[x.start] == '0') {
					return false
				}
			}
			s.add(start, end, KindIP, 0.85, "ip.v4")
			return true
		}
	}
	if len(g) >= 3 && total >= 13 && total <= 19 && (seps(' ') || seps('-')) && luhn(t, g) {
		s.add(start, end, KindAccount, 0.85, "account.card")
		return true
	}
	if len(g) == 4 && lens[0] == 4 && lens[1] == 4 && lens[2] == 4 && lens[3] == 4 && (seps(' ') || seps('-')) {
		// Four groups of four are a card's number even when mistyped (a
		// phone or a date never takes that shape).
		s.add(start, end, KindAccount, 0.75, "account.card16")
		return true
	}
	// Any other grouped number of phone length right after a phone cue,
	// or labelled after it ("416 60 039 office", "082 490 1693-Fax").
	if len(g) >= 2 && total >= 7 && total <= 15 && (seps(' ', '-', ')') || seps('.', ' ')) &&
		!(lens[0] == 4 && seps('-')) && (s.prevWordIn(start, 3, bPhoneCue|bFaxCue) || s.labelAfter(end) || s.copulaAfterCue(start)) {
		return phone(0.85, "phone.cue")
	}
	// "reach me at 079 2718 1155": after a bare "at", only long numbers
	// whose first group is short (not a time such as "1800").
	if len(g) >= 3 && total >= 8 && total <= 15 && lens[0] <= 3 && seps(' ', '-') && s.prevIs(start, "at") {
		return phone(0.75, "phone.at")
	}
	return false
}

// labelAfter reports whether a phone label follows offset off on its line:
// "office", "fax", "mobile", "cell", "home", "work".
func (s *scan) labelAfter(off int) bool {
	i := s.tokenAt(off)
	if s.punct(i, '-') || s.punct(i, '(') {
		i++
	}
	return i < len(s.toks) && !s.toks[i].nl && s.has(i, bPhoneLabel)
}

// prevIs reports whether the word just before offset off is w.
func (s *scan) prevIs(off int, w string) bool {
	i := s.tokenAt(off) - 1
	return i >= 0 && s.is(i, w)
}

// single classifies one bare run of digits.
func (s *scan) single(start, end, n int) bool {
	t := s.text
	switch {
	case n >= 13 && n <= 19 && luhn(t, []group{{start: start, end: end}}):
		s.add(start, end, KindAccount, 0.8, "account.card")
	case n == 9 && s.prevWordIn(start, 3, bSSNCue):
		s.add(start, end, KindSSN, 0.9, "ssn.cue")
	case n == 10 && nanp(t, group{start: start, end: start + 3}, group{start: start + 3, end: start + 6}):
		conf := 0.6
		if s.prevWordIn(start, 4, bPhoneCue) {
			conf = 0.9
		}
		s.add(start, end, KindPhone, conf, "phone.digits")
	case n == 11 && t[start] == '1' && nanp(t, group{start: start + 1, end: start + 4}, group{start: start + 4, end: start + 7}):
		s.add(start, end, KindPhone, 0.7, "phone.digits")
	case n == 5:
		if s.prevWordIn(start, 3, bZipCue) || s.afterState(start) || s.zipAfterPrep(start, end) {
			s.add(start, end, KindZIP, 0.85, "zip.context")
			return true
		}
		return false
	case n >= 6:
		if s.prevWordIn(start, 2, bRoomCue) || s.planCodeBefore(start) {
			return false
		}
		s.add(start, end, KindID, 0.55, "id.digits")
	case n == 4 && (s.yearAfterCue(start, end) || s.yearListed(start, end) || s.birthDeathYear(start, end)):
		s.add(start, end, KindDate, 0.7, "date.year")
	case n <= 3 && s.prevIs(start, "dx") && s.explicitAge(start, end):
		s.add(start, s.ageEnd(end), KindAge, youngAgeConfidence, ruleYoungAge) // "prostate ca dx 61"
	case n == 2 && (s.eventYear(start, end) || s.yearListed(start, end)):
		s.add(start, end, KindDate, 0.65, "date.event")
	case n == 2 && start > 0 && t[start-1] == '\'' && (start < 2 || !isASCIILetter(t[start-2]) ||
		s.has(s.tokenAt(start-1)-1, bEvent)):
		s.add(start-1, end, KindDate, 0.6, "date.year")
	case n <= 3:
		a := num(t, group{start: start, end: end})
		switch {
		case a > 125:
			return false
		case a >= 90 && (s.prevWordIn(start, 2, bAgeBefore) || s.nextWordIn(end, bAgeAfter) ||
			(end+1 < len(t) && t[end] == '/' && (t[end+1] == 'o' || t[end+1] == 'O'))):
			// Safe Harbor: ages over 89 are identifiers.
			s.add(start, s.ageEnd(end), KindAge, 0.85, "age.over89")
		case s.explicitAge(start, end):
			// Younger ages are not Safe Harbor identifiers: reported
			// unless Config.SafeHarborAges.
			s.add(start, s.ageEnd(end), KindAge, youngAgeConfidence, ruleYoungAge)
		default:
			return false
		}
	default:
		return false
	}
	return true
}

// copulaAfterCue reports whether the number at off closes "<phone cue> ...
// is": a phone cue up to five words back and "is", "es" or "was" right
// before the number ("el número de ella es 9555 0143", "the best number
// for my mom is 555 0199").
func (s *scan) copulaAfterCue(off int) bool {
	i := s.tokenAt(off) - 1
	return (s.is(i, "is") || s.is(i, "es") || s.is(i, "was") || s.is(i, "era")) && s.prevWordIn(off, 6, bPhoneCue)
}

// dateRange reports a hyphen after group j that joins two dates written
// with slashes: "12/28/24-12/30/24", a range of two dates, not one number.
func (ch *chunk) dateRange(j int) bool {
	return ch.g[j].sep == '-' && j >= 1 && j+2 < ch.n && ch.g[j-1].sep == '/' && ch.g[j+1].sep == '/'
}

// dashAt reports an en or em dash at t[i]: "12/28/24–12/30/24".
func dashAt(t string, i int) bool {
	return strings.HasPrefix(t[i:], "\u2013") || strings.HasPrefix(t[i:], "\u2014")
}
