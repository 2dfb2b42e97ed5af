package phi

import (
	"bytes"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// This file holds the checks the number rules use: validity of phone
// codes, SSNs, card numbers and dates, and the context of ages and scores.

// extension returns the end of a phone extension written at off ("x12",
// " ext. 12", " extension 12"), or off when there is none.
func extension(t string, off int) int {
	i := off
	if i < len(t) && t[i] == ' ' {
		i++
	}
	switch {
	case hasPrefixFold(t[i:], "extension"):
		i += 9
	case hasPrefixFold(t[i:], "ext"):
		i += 3
	case i < len(t) && t[i]|0x20 == 'x':
		i++
	default:
		return off
	}
	if i < len(t) && t[i] == '.' {
		i++
	}
	if i < len(t) && t[i] == ' ' && i > off+1 {
		i++
	}
	j := i
	for j < len(t) && isDigit(t[j]) && j-i < 6 {
		j++
	}
	if j == i || (j < len(t) && (isDigit(t[j]) || isASCIILetter(t[j]))) {
		return off
	}
	return j
}

// ageSuffix reports whether rest opens with an age abbreviation glued to
// its number: "y/o", "yo", "y.o.", "yrs old".
func ageSuffix(rest string) bool {
	for _, p := range []string{"y/o", "y.o", "yr old", "yrs old", "yr-old", "-year-old"} {
		if hasPrefixFold(rest, p) {
			return true
		}
	}
	return gluedAgeSuffix(rest) == 2 // "45yo", "(an 8yo)", "6yo's": "yo" then no letter
}

// gluedAgeSuffix returns the length of "y/o", "y.o" or "yo" glued to an
// age ("45yo", "70y/o"), or 0.
func gluedAgeSuffix(rest string) int {
	for _, p := range []string{"y/o", "y.o", "yo"} {
		if hasPrefixFold(rest, p) && (len(rest) == len(p) || !isASCIILetter(rest[len(p)])) {
			return len(p)
		}
	}
	return 0
}

// youngAgeConfidence is the confidence of a stated age under 90; a
// detector with Config.SafeHarborAges drops them (rule ruleYoungAge).
const youngAgeConfidence = 0.8

// ruleYoungAge names the rule of stated ages under 90.
const ruleYoungAge = "age"

// statedAge reports whether a number between the tokens p and i is an age
// stated of a person: "he is 72.", "I'm 45 and", "she's 80". With p < 0
// it only checks that the number ends its clause.
func (s *scan) statedAge(p, i int) bool {
	end := i >= len(s.toks) || s.toks[i].nl || s.punct(i, '.') || s.punct(i, ',') || s.punct(i, '!') ||
		s.punct(i, '?') || s.punct(i, ';') || s.punct(i, ')') || s.punct(i, '(') || s.punct(i, '-') || s.is(i, "and") || s.is(i, "now") || s.is(i, "but") ||
		s.is(i, "today") || s.is(i, "y") || s.is(i, "if") || s.is(i, "so") || s.ageHalf(i) > i || s.clauseOpens(i)
	if !end || i < len(s.toks) && s.punct(i, '.') && i+1 < len(s.toks) && s.toks[i+1].kind == tNum && !s.toks[i+1].space {
		return false // "is 7.5"
	}
	if p < 0 {
		return true
	}
	switch {
	case s.is(p, "i'm") || s.is(p, "im") || s.is(p, "he's") || s.is(p, "she's") || s.is(p, "hes") || s.is(p, "shes") ||
		s.is(p, "who's") || s.is(p, "whos"):
		return true // "my mom Arlene who's 79 and lives with us"
	case s.is(p, "are") && s.has(p-1, bRelation):
		return true // "the girls are 12 and 8"
	case s.is(p, "am") && s.is(p-1, "i"):
		return true
	case (s.is(p, "is") || s.is(p, "was")) && (s.is(p-1, "he") || s.is(p-1, "she") || s.has(p-1, bRelation)):
		return true // "she is 16", "my daughter is 16", "she was 93."
	}
	return false
}

// clauseOpens reports whether token i, in lower case, opens a new clause
// of speech transcribed without punctuation: "she's fourteen her date of
// birth is", "he's six he has".
func (s *scan) clauseOpens(i int) bool {
	return i < len(s.toks) && s.toks[i].shape == caseLower && (s.is(i, "her") || s.is(i, "his") || s.is(i, "she") ||
		s.is(i, "he") || s.is(i, "she's") || s.is(i, "he's") || s.is(i, "my"))
}

// agesAfterNames runs after the name rules: a number stated right after a
// name is an age. "My son Elijah, 15, sprained...", "Elijah (15)",
// "Grandma (Ruth Oyelaran, 93)", "my mom
// Beatrice is 94 and...".
func (s *scan) agesAfterNames() {
	for i := 1; i < len(s.toks); i++ {
		tk := s.toks[i]
		if tk.kind != tNum || tk.end-tk.start > 3 || i+1 < len(s.toks) && s.toks[i+1].start == tk.end && s.toks[i+1].kind != tPunct {
			continue
		}
		a := num(s.text, group{start: tk.start, end: tk.end})
		if a < 1 || a > 120 {
			continue
		}
		p := i - 1
		ok := false
		after := i + 1
		if ageUnits[string(s.low(after))] && s.toks[after].kind == tWord {
			after++ // "Sofia (3 yrs)", "Luis, 4 años,"
			if s.is(after, "old") {
				after++ // "Tyler (7 years old)"
			}
		}
		closes := after >= len(s.toks) || s.toks[after].nl ||
			s.punct(after, '.') && (after+1 >= len(s.toks) || s.toks[after+1].nl) // "she's Ana Ruiz, 88" at the end
		switch {
		case s.punct(p, '(') && s.punct(after, ')') && s.nextInAgeList(p-1):
			s.add(s.toks[p-1].start, s.toks[p-1].end, KindName, 0.8, "name.list")
			ok = true
		case s.punct(p, '(') && s.punct(after, ')') && (s.is(p-1, "me") || s.is(p-1, "myself") || s.is(p-1, "yo")):
			ok = true // "me (41), my husband Greg (44)"
		case s.punct(p, '(') && s.punct(after, ')') && s.has(p-1, bRelation) && s.toks[p-1].kind == tWord &&
			!bytes.HasSuffix(s.low(p-1), []byte("s")) && !s.is(p-1, "children") && !s.is(p-1, "grandchildren"):
			ok = true // "my mom (73 years old) and dad (76)"; not "the kids (3)", a count
		case s.punct(p, ',') && (s.punct(after, ',') || s.punct(after, ')') || s.punct(after, ';') || closes || s.punct(after, '.') && (after > i+1 || s.capitalized(after+1))),
			s.punct(p, '(') && (s.punct(after, ')') || s.punct(after, ',')): // "Sofia (5, kinder shots)"
			ok = s.nameEndsAt(p - 1) // "Lucía Herrera, 34 años. Se diagnosticó", "He's Frank DeLuca, 79. Medtronic said"
			if !ok && s.punct(p, '(') && s.unitAfter(i) && s.agedName(p-1) {
				// "Valentina (9 años) y Samuel (7 años)": a listed name,
				// even one that is also a word, with its age and unit.
				s.add(s.toks[p-1].start, s.toks[p-1].end, KindName, 0.75, "name.list")
				ok = true
			}
		case s.is(p, "is") || s.is(p, "es"):
			ok = s.nameEndsAt(p-1) && s.statedAge(-1, after) // "my son Ravi is 6 years and"
			if !ok && s.unitAfter(i) && s.agedName(p-1) {
				// "Lily is 2 and a half years old": a listed name, even
				// one that is also a word, when its age is stated.
				s.add(s.toks[p-1].start, s.toks[p-1].end, KindName, 0.75, "name.list")
				ok = s.statedAge(-1, after)
			}
		case after > i+1 && s.toks[p].kind == tWord && !s.toks[i].nl:
			ok = s.nameEndsAt(p) // "Camper Noah Fitzgerald-Shaw 12 yrs": the unit says it, with no comma
		}
		if !ok || s.covered(tk.start, tk.end, len(s.spans)) {
			continue
		}
		end := s.ageEnd(s.toks[after-1].end) // "2 and a half years old"
		if a >= 90 {
			s.add(tk.start, end, KindAge, 0.8, "age.over89")
		} else {
			s.add(tk.start, end, KindAge, youngAgeConfidence, ruleYoungAge)
		}
	}
}

// unitAfter reports an age's unit after the number at token i, or after
// "and a half" there: "2 years", "2 and a half years old".
func (s *scan) unitAfter(i int) bool {
	j := i + 1
	if h := s.ageHalf(j); h > j {
		j = h
	}
	return j < len(s.toks) && s.toks[j].kind == tWord && ageUnits[string(s.low(j))]
}

// agedName reports whether token k, before "is" and an age, is a listed
// name written with a capital: a given name, a surname, or a name that is
// also a word ("Lily", "Hope"), but no relation, month or weekday.
func (s *scan) agedName(k int) bool {
	return k >= 0 && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle &&
		s.nameClass(k)&(names.First|names.Last|names.Common) != 0 &&
		!s.has(k, bStop|bRelation|bKinCue|bMonth|bWeekday|bOrg|bClinTitle|bPatTitle)
}

// ageUnits are the words that may follow an age given after a name.
var ageUnits = setOf("yrs", "yr", "years", "year", "yo", "anos", "ano", "meses", "months", "mos", "wks", "weeks", "semanas")

// ageEnd extends an age ending at byte end over the words that state it
// ("7 years old", "82 y/o", "45-year-old", "3 años", "2 meses de edad",
// "3 meses y medio"), so that redacting the age hides the whole phrase; it returns end when
// none follow.
func (s *scan) ageEnd(end int) int {
	e := s.ageUnitEnd(end)
	k := s.tokenAt(e)
	if e == end && s.toks[min(k, len(s.toks)-1)].kind == tWord && ageUnits[string(s.low(k))] {
		k++ // "2 years" with no "old": only a half after it takes the unit along
	}
	if k > s.tokenAt(end) && s.ageHalf(k) > k {
		return s.toks[s.ageHalf(k)-1].end // "3 meses y medio", "2 years and a half"
	}
	return e
}

// ageUnitEnd extends an age ending at byte end over the unit words that
// state it; see ageEnd.
func (s *scan) ageUnitEnd(end int) int {
	t := s.text
	if end+2 < len(t) && t[end] == '/' && t[end+1]|0x20 == 'o' {
		return end + 2 // "82/o"
	}
	i := s.tokenAt(end)
	if s.punct(i, '-') {
		i++
	}
	switch {
	case s.is(i, "yo") || s.is(i, "year-old") || s.is(i, "years-old") || s.is(i, "yr-old") || s.is(i, "anos") || s.is(i, "ano") ||
		s.is(i, "month-old") || s.is(i, "months-old") || s.is(i, "week-old") || s.is(i, "weeks-old") || s.is(i, "day-old") ||
		s.is(i, "mo-old"):
		if (s.is(i, "anos") || s.is(i, "ano")) && s.is(i+1, "de") && s.is(i+2, "edad") {
			return s.toks[i+2].end
		}
		return s.toks[i].end
	case s.is(i, "y") && (s.punct(i+1, '.') || s.punct(i+1, '/')) && s.is(i+2, "o"):
		if s.punct(i+3, '.') {
			return s.toks[i+3].end
		}
		return s.toks[i+2].end
	case s.is(i, "year") || s.is(i, "years") || s.is(i, "yr") || s.is(i, "yrs") || s.is(i, "months") || s.is(i, "month") ||
		s.is(i, "mos") || s.is(i, "weeks") || s.is(i, "week") || s.is(i, "wks") || s.is(i, "days") || s.is(i, "meses") ||
		s.is(i, "semanas") || s.is(i, "dias"):
		switch {
		case s.is(i+1, "old"):
			return s.toks[i+1].end
		case s.is(i+1, "de") && s.is(i+2, "edad"):
			return s.toks[i+2].end
		case s.is(i, "meses") || s.is(i, "semanas") || s.is(i, "dias") || s.is(i, "months") || s.is(i, "mos") || s.is(i, "weeks") || s.is(i, "wks"):
			return s.toks[i].end // "tiene 6 meses", "is 18 months", "tiene 10 días"
		}
	case s.is(i, "y") && looseTails[string(s.low(i+1))]:
		return s.toks[i+1].end // "70 y pico"
	case s.is(i, "anitos") || s.is(i, "anito") || s.is(i, "mesecitos") || s.is(i, "semanitas"):
		return s.toks[i].end // "2 añitos"
	case s.ageHalf(i) > i:
		return s.toks[s.ageHalf(i)-1].end // "9 and a half"
	case s.is(i, "a") && s.toks[i].end == s.toks[i].start+1 && s.ageLabel(s.tokenAt(end)-2) && s.fieldEnd(i+1):
		return s.toks[i].end // "Edad: 44 a |": años in a form's short hand
	}
	return end
}

// ageLabel reports whether tokens p-1, p are an age field's label and its
// colon: "AGE: 67", "Edad: 9".
func (s *scan) ageLabel(p int) bool {
	return s.punct(p, ':') && (s.is(p-1, "age") || s.is(p-1, "edad"))
}

// fieldEnd reports whether token i closes a form field: the end of the
// text or line, a separator, or a comma or semicolon.
func (s *scan) fieldEnd(i int) bool {
	return i >= len(s.toks) || s.toks[i].nl || s.punct(i, '|') || s.punct(i, '/') && s.toks[i].space ||
		s.punct(i, ',') || s.punct(i, ';') || s.punct(i, '.') && (i+1 >= len(s.toks) || s.toks[i+1].space)
}

// explicitAge reports whether the number at start:end is stated as an
// age: "7 years old", "45-year-old", "82 yo", "age 45", "tengo 30 años".
// "for 3 years" and "hace 3 años" are durations and do not count.
func (s *scan) explicitAge(start, end int) bool {
	t := s.text
	if end+1 < len(t) && t[end] == '/' && t[end+1]|0x20 == 'o' {
		return true // "82 y/o"
	}
	i := s.tokenAt(end)
	if s.punct(i, '-') {
		i++
	}
	switch {
	case s.is(i, "yo") || s.is(i, "year-old") || s.is(i, "years-old") || s.is(i, "yr-old") || s.is(i, "month-old") ||
		s.is(i, "months-old") || s.is(i, "week-old") || s.is(i, "weeks-old") || s.is(i, "day-old") || s.is(i, "mo-old"):
		return true
	case (s.is(i, "year") || s.is(i, "years") || s.is(i, "yr") || s.is(i, "yrs") || s.is(i, "months") ||
		s.is(i, "month") || s.is(i, "mos") || s.is(i, "weeks") || s.is(i, "week") || s.is(i, "wks") ||
		s.is(i, "days") || s.is(i, "meses") || s.is(i, "semanas")) && (s.is(i+1, "old") || s.is(i+1, "de") && s.is(i+2, "edad")):
		return true // "7 years old", "6 weeks old", "3 meses de edad"
	case s.is(i, "y") && (s.punct(i+1, '.') || s.punct(i+1, '/')) && s.is(i+2, "o"):
		return true // "82 y.o.", "82 y/o"
	}
	p := s.tokenAt(start) - 1
	afterDe := s.is(p, "de")
	if afterDe { // "edad de 45"
		p--
	}
	if s.is(p, "age") || s.is(p, "aged") || s.is(p, "edad") || s.is(p, "of") && s.is(p-1, "age") {
		return true // "age 45", "at the age of 61"
	}
	if s.ageLabel(p) {
		return true // a form field: "AGE: 67", "Edad: 9"
	}
	if s.statedAge(p, i) || ageUnits[string(s.low(i))] && s.statedAge(p, i+1) {
		return true // "she is 16", "my daughter is 16 years and..."
	}
	if (s.is(p, "turned") || s.is(p, "turn") || s.is(p, "turns") || s.is(p, "turning")) && !s.has(i, bUnitsNext) &&
		!s.punct(i, ':') && !s.punct(i, '%') {
		return true // "I just turned 47", "she'll turn 80"; not "turn 2 tabs"
	}
	if afterDe && s.childAgeAfterDe(p+1, i) || (s.is(i, "anitos") || s.is(i, "anito")) && (spanishHaveVerbs[string(s.low(p))] || afterDe) {
		return true // "mi hijo de 8 meses", "tiene 2 añitos"
	}
	if s.spanishAgeInMonths(p, i) || s.ageAtMilestone(p, i) || s.bareSpanishAge(p, i) || s.futureAge(p, i) || s.babyAgeInMonths(p, i) ||
		s.ageAtDiagnosis(p, i) {
		return true
	}
	return (s.is(i, "anos") || s.is(i, "ano")) && (s.is(p, "tengo") || s.is(p, "tiene") || s.is(p, "cumple") ||
		s.is(p, "cumplio") || s.is(p, "cumpli") || s.is(p, "tenia") ||
		afterDe && !s.is(p, "hace") && !s.is(p, "mas") && !s.is(p, "menos") && !s.is(p, "despues") && !s.is(p, "antes") &&
			(!s.is(i+1, "de") || s.is(i+2, "edad")))
}

// ageAtDiagnosis reports an age a family history gives for a diagnosis or
// a death, the number's token following p and followed by i: "breast ca at
// 48", "died at 52", "prostate ca dx 61", "Alzheimer a los 78", "diabetes
// desde los 50" — a word of illness or death among the six before, and no
// time or measure after ("at 5 pm", "at 48 mg").
func (s *scan) ageAtDiagnosis(p, i int) bool {
	if s.is(p, "dx") {
		return !s.has(i, bUnitsNext) && !s.punct(i, ':')
	}
	switch {
	case s.is(p, "at"):
	case s.is(p, "los") && (s.is(p-1, "a") || s.is(p-1, "desde")):
		p--
	default:
		return false
	}
	if s.has(i, bUnitsNext) && !s.is(i, "of") && !s.is(i, "de") || s.punct(i, ':') || s.punct(i, '%') || timeWords[string(s.low(i))] {
		return false // "at 48 mg"; but "died at 52 of a heart attack"
	}
	for k := p - 1; k >= 0 && k >= p-6 && !s.toks[k+1].nl; k-- {
		if illnessCues[string(s.low(k))] {
			return true
		}
	}
	return false
}

// illnessCues are the words of a diagnosis or a death before an age in a
// family history.
var illnessCues = setOf("ca", "cancer", "cancers", "dx", "diagnosed", "died", "death", "passed", "stroke", "attack",
	"diabetes", "alzheimer", "alzheimers", "parkinson", "parkinsons", "collapsed", "leukemia", "lymphoma", "tumor",
	"disease", "onset", "mi", "cabg", "murio", "fallecio", "diagnosticaron", "diagnosticado", "diagnosticada",
	"cáncer", "infarto", "derrame", "demencia", "enfermedad", "leucemia", "pacemaker", "marcapasos")

// timeWords follow a number that is a time, not an age.
var timeWords = setOf("pm", "am", "p", "a", "o'clock", "oclock", "hrs", "horas", "h")

// afterState reports whether the number at off follows a US state code
// ("MD 21201", "MD, 21201").
func (s *scan) afterState(off int) bool {
	i := s.tokenAt(off) - 1
	if s.punct(i, ',') {
		i--
	}
	if i < 0 || s.toks[i].kind != tWord || s.toks[i].end-s.toks[i].start != 2 || s.toks[i].shape != caseUpper {
		return false
	}
	return s.has(i, bState)
}

// scaleOrDose reports whether a month/day-looking fraction is a pain score
// or a dose ("5/10 pain", "1/2 tab").
func (s *scan) scaleOrDose(start, end int) bool {
	return s.prevWordIn(start, 3, bScale) || s.nextWordIn(end, bScale) || s.nextWordIn(end, bUnitsNext)
}

// wordAfterIsPrep reports whether the word after offset end is "in": a
// unit elsewhere ("2 in"), a preposition after a date ("12/7 in which",
// "3/23 in am").
func (s *scan) wordAfterIsPrep(end int) bool {
	return s.is(s.tokenAt(end), "in")
}

func num(t string, g group) int {
	n := 0
	for i := g.start; i < g.end && i-g.start < 9; i++ {
		n = n*10 + int(t[i]-'0')
	}
	return n
}

// monthDay reports whether a, b read as month/day or day/month.
func monthDay(a, b int) bool {
	return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31)
}

// timeAfter extends a date ending at end over a following time of day
// ("2024-03-05 14:30:00", "2024-03-05T14:30").
func timeAfter(t string, end int) int {
	if end+5 >= len(t) || (t[end] != ' ' && t[end] != 'T') {
		return end
	}
	i := end + 1
	n := 0
	for n < 3 && i+1 < len(t) && isDigit(t[i]) && isDigit(t[i+1]) {
		i += 2
		n++
		if n < 3 && i+2 < len(t) && t[i] == ':' && isDigit(t[i+1]) {
			i++
			continue
		}
		break
	}
	if n < 2 {
		return end
	}
	return i
}

// isFraction reports whether a/b is a common fraction ("1/2", "3/4").
func isFraction(a, b int) bool {
	return a < b && (b == 2 || b == 3 || b == 4 || b == 8)
}

func plausibleYear(y int) bool { return y >= 1900 && y <= 2099 }

// nanp reports whether area and exchange are valid North American codes.
func nanp(t string, area, exch group) bool {
	return t[area.start] >= '2' && t[exch.start] >= '2' && !(t[area.start+1] == '1' && t[area.start+2] == '1')
}

// nanpDigits reports whether ten digits form a valid North American
// number: area and exchange codes not starting with 0 or 1, no N11 area.
func nanpDigits(d string) bool {
	return len(d) == 10 && d[0] >= '2' && d[3] >= '2' && !(d[1] == '1' && d[2] == '1')
}

// validSSN applies the SSA rules: no 000, 666 or 9xx area, no 00 group, no
// 0000 serial.
func validSSN(area, grp, serial int) bool {
	return area != 0 && area != 666 && area < 900 && grp != 0 && serial != 0
}

// luhn checks the card-number checksum over the digits of gs.
func luhn(t string, gs []group) bool {
	sum, double, n := 0, false, 0
	for gi := len(gs) - 1; gi >= 0; gi-- {
		for i := gs[gi].end - 1; i >= gs[gi].start; i-- {
			d := int(t[i] - '0')
			if double {
				d *= 2
				if d > 9 {
					d -= 9
				}
			}
			sum += d
			double = !double
			n++
		}
	}
	return n >= 13 && sum%10 == 0
}

// agePairs finds the ages of two people told together: "the kids are 5
// and 8", "We're 63 and 66.", "Los niños tienen 5 y 8 años". Two small
// numbers joined by "and", "y" or "&" are both ages when one of them
// already is, or when the first follows a word that states ages of people
// ("we're", "they're", "tienen", "tenemos") and the second ends its clause
// or takes an age's unit. "between 5 and 8 mg" has none of these.
func (s *scan) agePairs() {
	for i := 0; i+2 < len(s.toks); i++ {
		a, b := i, i+2
		if !s.smallNumber(a) || !s.smallNumber(b) || !(s.is(a+1, "and") || s.is(a+1, "y") || s.punct(a+1, '&')) {
			continue
		}
		end := b + 1
		unit := end < len(s.toks) && s.toks[end].kind == tWord && ageUnits[string(s.low(end))]
		if unit {
			end++
			if s.is(end, "old") {
				end++
			}
		}
		if !unit && !s.statedAge(-1, end) || s.has(end, bUnitsNext) && !unit {
			continue
		}
		n := len(s.spans)
		aAge, bAge := s.covered(s.toks[a].start, s.toks[a].end, n), s.covered(s.toks[b].start, s.toks[b].end, n)
		if !aAge && !bAge && !pairAgeVerbs[string(s.low(a-1))] {
			continue
		}
		if !aAge {
			s.add(s.toks[a].start, s.toks[a].end, KindAge, youngAgeConfidence, ruleYoungAge)
		}
		if !bAge {
			s.add(s.toks[b].start, s.ageEnd(s.toks[b].end), KindAge, youngAgeConfidence, ruleYoungAge)
		}
	}
}

// smallNumber reports whether token i is a whole number from 1 to 89
// standing alone ("5", not "5.5" or "5/8").
func (s *scan) smallNumber(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tNum || s.toks[i].end-s.toks[i].start > 2 {
		return false
	}
	if i+1 < len(s.toks) && s.toks[i+1].start == s.toks[i].end && (s.punct(i+1, '.') && i+2 < len(s.toks) && s.toks[i+2].kind == tNum ||
		s.punct(i+1, '/') || s.punct(i+1, ':') || s.punct(i+1, '%')) {
		return false
	}
	if i > 0 && s.toks[i-1].end == s.toks[i].start && (s.punct(i-1, '/') || s.punct(i-1, ':') || s.punct(i-1, '.') || s.punct(i-1, '$')) {
		return false
	}
	a := num(s.text, group{start: s.toks[i].start, end: s.toks[i].end})
	return a >= 1 && a < 90
}

// pairAgeVerbs are the words before two ages told together.
var pairAgeVerbs = setOf("we're", "they're", "theyre", "tienen", "tenemos", "ages")
