package phi

import "strings"

// This file holds the rules for written dates.

// months maps folded English and Spanish month names and abbreviations to
// their number.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	"enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6,
	"julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
	"noviembre": 11, "diciembre": 12, "dic": 12,
}

// fullMonths are the months spelt out in full, which casual writers type
// in lower case.
var fullMonths = setOf("january", "february", "march", "april", "june", "july", "august", "september",
	"october", "november", "december", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
	"septiembre", "setiembre", "octubre", "noviembre", "diciembre")

var (
	ordinals   = setOf("st", "nd", "rd", "th", "o", "º")
	dateJoiner = setOf("of", "de", "del")
	weekdays   = setOf("monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu",
		"thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun", "lunes", "martes",
		"miercoles", "jueves", "viernes", "sabado", "domingo")
	// monthAloneCues make a month name without day or year a date: "in
	// August", "since March", "en agosto", "el pasado mayo" is left alone.
	monthAloneCues = setOf("in", "since", "until", "till", "during", "early", "late", "mid", "last",
		"next", "this", "en", "desde", "hasta", "durante", "principios", "finales", "mediados")
	// yearCues make a four-digit number a year: "in 1983", "since 2006";
	// "until 2000" and "around 2000" are times of day in clinical notes.
	yearCues = setOf("in", "since", "circa", "year", "during", "en", "desde", "ano", "durante", "its", "it's",
		"saying", "says", "stated", "thinks", "believes")
	// eventWords are past events of a medical history that a year follows:
	// "CABG 1992", "MI 92,", "CVA 74'", "cholecystectomy in 2004".
	eventWords = setOf("mi", "nqwmi", "imi", "ami", "stemi", "nstemi", "cabg", "cva", "tia", "ptca", "pci",
		"stent", "stents", "stented", "repair", "resection", "surgery", "dx", "diagnosed", "removal",
		"replacement", "transplant", "chole", "cholecystectomy", "appy", "appendectomy", "hysterectomy",
		"mastectomy", "lumpectomy", "nephrectomy", "ca", "cancer", "fx", "fracture", "avr", "mvr", "turp",
		"angioplasty", "bypass", "ablation", "ppm", "aicd", "stroke", "lobectomy", "colectomy", "thr",
		"tkr", "amputation", "craniotomy", "laminectomy", "turbt", "debulking", "cath", "smoking", "quit",
		"retired", "married", "widowed", "divorced", "operado", "operada", "infarto", "cirugia",
		"extubation", "extubated", "extubate", "intubation", "accident", "cx", "admission", "discharge",
		"discharged", "readmitted", "accidente", "alta", "ingreso")
	// rangeJoiners join two days of one month: "2 al 5 de abril", "3-5 March".
	rangeJoiners = setOf("al", "a", "y", "to", "and", "through", "thru", "or", "o")
)

// weekdayBefore returns the index of a weekday word just before token i
// ("Sunday, Oct 12", "viernes 8 de marzo", "Tue the 4th"), or i.
func (s *scan) weekdayBefore(i int) int {
	k := i - 1
	if s.punct(k, ',') {
		k--
	}
	if s.is(k, "the") || s.is(k, "el") {
		k--
	}
	if k >= 0 && s.has(k, bWeekday) && !s.toks[i].nl && (s.toks[k].end-s.toks[k].start > 3 || s.toks[k].shape != caseLower) {
		return k
	}
	return i
}

// weekdayDate matches a weekday and a day of the month without a month:
// "Tuesday the 4th", "el lunes 3".
func (s *scan) weekdayDate(i int) {
	j := i + 1
	if s.punct(j, ',') {
		j++
	}
	if s.is(j, "the") {
		j++
	}
	if j < len(s.toks) && s.toks[j].kind == tNum && !s.toks[j].nl {
		// "Tuesday 6/17", "Fri, 3/7/25": the weekday joins the numeric
		// date the number rules found.
		for k := len(s.spans) - 1; k >= 0; k-- {
			if sp := &s.spans[k]; sp.Kind == KindDate && sp.Start == s.toks[j].start {
				sp.Start = s.toks[i].start
				return
			}
		}
	}
	last, ok := s.dayAt(j)
	if !ok || (last == j && !s.lowerTextDay(i)) {
		return // a bare number after a weekday needs a Spanish weekday ("lunes 3")
	}
	if s.has(last+1, bMonth) || s.has(last+2, bMonth) {
		return // the month rule takes it
	}
	s.add(s.toks[i].start, s.toks[last].end, KindDate, 0.75, "date.weekday")
}

// lowerTextDay reports whether the weekday at token i is Spanish, where a
// day of the month follows without an ordinal ("el lunes 3").
func (s *scan) lowerTextDay(i int) bool {
	switch string(s.low(i)) {
	case "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo":
		return true
	}
	return false
}

// monthAlone matches a month name with a cue and no day or year: "in
// August", "since March", "en agosto". "may" and abbreviations are left
// alone ("in may be", "mar").
func (s *scan) monthAlone(i int) {
	w := string(s.low(i))
	if len(w) < 4 || w == "sept" && !s.punct(i+1, '.') || !s.has(i-1, bMonthAlone) {
		return
	}
	if s.toks[i].shape == caseLower && !s.caseless() && !s.punct(i+1, '.') && fullMonths[w] {
		return // "in june" in lower case among capitals: casual talk of a season; notes abbreviate ("in sept.")
	}
	s.add(s.toks[i].start, s.toks[i].end, KindDate, 0.7, "date.month")
}

// dayAt reports whether token i is a day of the month, returning the index
// of its last token (an ordinal suffix such as "3rd" is two tokens).
func (s *scan) dayAt(i int) (last int, ok bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tNum {
		return 0, false
	}
	tk := s.toks[i]
	if tk.end-tk.start > 2 {
		return 0, false
	}
	d := num(s.text, group{start: tk.start, end: tk.end})
	if d < 1 || d > 31 {
		return 0, false
	}
	if i+1 < len(s.toks) && s.toks[i+1].start == tk.end {
		if s.toks[i+1].kind == tWord && s.has(i+1, bOrdinal) {
			return i + 1, true
		}
		if s.toks[i+1].kind == tWord || s.toks[i+1].kind == tNum {
			return 0, false
		}
	}
	return i, true
}

// yearAt reports whether token i is a four-digit year, or an apostrophe
// year ("'95"), returning the index of its last token.
func (s *scan) yearAt(i int) (last int, ok bool) {
	if s.punct(i, '\'') && i+1 < len(s.toks) && s.toks[i+1].kind == tNum &&
		s.toks[i+1].end-s.toks[i+1].start == 2 {
		return i + 1, true
	}
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tNum {
		return 0, false
	}
	tk := s.toks[i]
	return i, tk.end-tk.start == 4 && plausibleYear(num(s.text, group{start: tk.start, end: tk.end}))
}

// spelledYear reads a year told in words from token i and returns its last
// token: "two thousand twelve", "two thousand and nine", "nineteen
// eighty-four", "twenty twelve", "dos mil doce".
func (s *scan) spelledYear(i int) (last int, ok bool) {
	if i >= len(s.toks) || s.toks[i].kind != tWord || s.toks[i].nl {
		return 0, false
	}
	switch {
	case (s.is(i, "two") && s.is(i+1, "thousand") || s.is(i, "dos") && s.is(i+1, "mil")) && !s.toks[i+1].nl:
		last, k := i+1, i+2
		if s.is(k, "and") {
			k++
		}
		if v, l, ok := s.spelledAt(k); ok && v >= 1 && v <= 99 && !s.toks[k].nl {
			last = l
		}
		return last, true
	case s.is(i, "nineteen") || s.is(i, "twenty"):
		k := i + 1
		if s.is(k, "oh") && !s.toks[k].nl {
			if v, l, ok := s.spelledAt(k + 1); ok && v >= 1 && v <= 9 && !s.toks[k+1].nl {
				return l, true // "nineteen oh five"
			}
			return 0, false
		}
		if v, l, ok := s.spelledAt(k); ok && v >= 10 && v <= 99 && k < len(s.toks) && !s.toks[k].nl {
			return l, true
		}
	}
	return 0, false
}

// writtenDate matches a date around the month name at token i: "March 3rd,
// 2024", "3 de marzo de 2024", "the 3rd of March", "Mar. 2024".
func (s *scan) writtenDate(i int) {
	first, last := i, i
	j := i + 1
	if s.punct(j, '.') {
		j++
	}
	hasDay, article := false, false
	// Day after the month, not a time: "10 de abril 9:00" is the 10th.
	if d, ok := s.dayAt(j); ok && !(s.punct(d+1, ':') && d+2 < len(s.toks) && s.toks[d+2].kind == tNum && !s.toks[d+2].space) {
		hasDay, last = true, d
		j = d + 1
	} else if s.dayWordAfter(i, j) {
		hasDay, last = true, j // "March third"
		j++
	} else if d, ok := s.dayAt(j + 1); ok && d > j+1 && s.is(j, "the") {
		hasDay, last = true, d // "July the 20th": only with its ordinal
		j = d + 1
	}
	// Day before the month.
	if !hasDay {
		if k, ok := s.dashedDay(i); ok {
			hasDay, first = true, k // "15-Ago-2024": the year follows the same dash
			if s.toks[j].kind == tPunct && !s.toks[j].space {
				j++ // the dash or slash before the year
			}
		} else if k := s.dayWordBefore(i); k >= 0 {
			hasDay, first = true, k // "primero de abril", "the first of May"
		}
	}
	if !hasDay {
		k := i - 1
		if k >= 0 && s.toks[k].kind == tWord && s.has(k, bDateJoiner) {
			k--
		}
		if k >= 0 && s.toks[k].kind == tWord && s.has(k, bOrdinal) {
			k--
		}
		if d, ok := s.dayAt(k); ok && d >= i-3 {
			hasDay, first = true, k
			article = s.is(k-1, "the") && s.is(d+1, "of") // "the 3rd of June"
		}
	}
	// Year after day/month.
	y := j
	if s.punct(y, ',') {
		y++
	} else if y < len(s.toks) && s.toks[y].kind == tWord && s.has(y, bDateJoiner) {
		y++
	}
	hasYear := false
	if yl, ok := s.yearAt(y); ok {
		hasYear, last = true, yl
	} else if yl, ok := s.spelledYear(y); ok && hasDay {
		hasYear, last = true, yl // "march third two thousand twelve", a voice message transcribed
	} else if hasDay && first < i && s.punct(y-1, ',') && y < len(s.toks) && s.toks[y].kind == tNum &&
		s.toks[y].end-s.toks[y].start == 2 && !s.has(y+1, bUnitsNext) && !s.punct(y+1, ':') && !s.punct(y+1, '.') {
		hasYear, last = true, y // a note header: "28 Oct, 88"
	} else if hasDay && first < i && y == j && s.birthCueBefore(first) && s.shortYearAt(y) {
		hasYear, last = true, y // "DOB 3 Feb 79", "born 12 Oct 64"
	}
	if !hasDay && !hasYear {
		s.monthAlone(i)
		return
	}
	// A range of days: "2 al 5 de abril", "March 3-5", "June 3 to 5".
	if hasDay && first < i {
		k := first - 1
		if s.punct(k, '-') || s.has(k, bRangeJoiner) {
			if d, ok := s.dayAt(k - 1); ok && d == k-1 {
				first = k - 1
			} else if s.has(k-1, bOrdinal) {
				if d, ok := s.dayAt(k - 2); ok && d == k-1 {
					first = k - 2
				}
			}
		}
	} else if hasDay && !hasYear && (s.punct(last+1, '-') || s.has(last+1, bRangeJoiner)) {
		if d, ok := s.dayAt(last + 2); ok && !s.toks[last+2].nl {
			last = d
		}
	}
	day := first // the day's token: before the month or right after it
	if day == i {
		day = s.tokenAt(s.toks[i].end)
		if s.punct(day, '.') {
			day++
		}
	}
	if !hasYear && hasDay && s.holidayAsked(day, i) {
		return
	}
	if article && first == day {
		first-- // the article goes, as with "the 9th"
	}
	first = s.weekdayBefore(first)
	// A lone "may" or "mar" with a number is still a date; a lone month
	// word with only a year is one too ("March 2024").
	s.add(s.toks[first].start, s.toks[last].end, KindDate, 0.9, "date.written")
}

// eventYear reports whether the one- or two-digit number at start:end is
// the year of a past event of the history ("MI 92,", "CVA 74'", "CABG
// 81, Redo CABG 84"): right after an event word, and ending its item.
func (s *scan) eventYear(start, end int) bool {
	i := s.tokenAt(start)
	if !s.has(i-1, bEvent) && !(s.has(i-2, bEvent) && s.toks[i-1].kind == tWord && s.toks[i-1].end-s.toks[i-1].start <= 2 && s.hasDigit(i-1)) ||
		end-start != 2 {
		return false // "CABG 92,", "CABG X5 99'"
	}
	t := s.text
	if end >= len(t) {
		return true
	}
	switch t[end] {
	case '\'', ',', ';', '\n', ')':
		return true
	case '.':
		return end+1 >= len(t) || !isDigit(t[end+1])
	case ' ':
		return end+1 < len(t) && (t[end+1] == '\n' || t[end+1] == ',')
	}
	return false
}

// yearListed reports whether the number at start:end, of two or four
// digits, continues a list of years after one the rules found: "CABG
// 1957, 1971", "CVA in 94 and 00". A two-digit year also counts after
// "in" that follows an event word ("CVA in 94").
func (s *scan) yearListed(start, end int) bool {
	i := s.tokenAt(start)
	if end-start == 2 && s.is(i-1, "in") && s.has(i-2, bEvent) {
		return end >= len(s.text) || !isASCIILetter(s.text[end]) && !s.has(i+1, bUnitsNext) && !s.punct(i+1, '.') &&
			!s.punct(i+1, '/') && !s.punct(i+1, ':') && !s.punct(i+1, '%')
	}
	if !s.punct(i-1, ',') && !s.is(i-1, "and") && !s.is(i-1, "y") {
		return false
	}
	if end-start == 4 && !plausibleYear(num(s.text, group{start: start, end: end})) ||
		s.has(i+1, bUnitsNext) || s.punct(i+1, '/') || s.punct(i+1, ':') || s.punct(i+1, '%') {
		return false
	}
	if i-2 < 0 || s.toks[i-2].kind != tNum && !s.punct(i-2, '\'') {
		return false
	}
	prev := s.toks[i-2]
	for k := len(s.spans) - 1; k >= 0 && k >= len(s.spans)-3; k-- {
		sp := s.spans[k]
		if sp.Kind == KindDate && sp.End == prev.end && (sp.Rule == "date.year" || sp.Rule == "date.event") &&
			sp.End-sp.Start <= end-start+1 {
			return true
		}
	}
	return false
}

// decade reports whether the four digits at start:end are a decade
// followed by "s" or "'s" and a cue before them: "in the 1980s", "late
// 1990S".
func (s *scan) decade(start, end int) bool {
	t := s.text
	y := num(t, group{start: start, end: end})
	if y%10 != 0 || !plausibleYear(y) || end >= len(t) || t[end]|0x20 != 's' ||
		end+1 < len(t) && isASCIILetter(t[end+1]) {
		return false
	}
	i := s.tokenAt(start)
	return s.has(i-1, bYearCue|bEvent) || s.is(i-1, "the") || s.is(i-1, "early") || s.is(i-1, "late") || s.is(i-1, "mid")
}

// ordinalDay matches "on the 11th", "it's the 3rd", "by the 21st": a day
// of the month written alone after a cue and "the", at token i ("the").
func (s *scan) ordinalDay(i int) {
	last, ok := s.dayAt(i + 1)
	if !ok || !(s.is(i-1, "on") || s.is(i-1, "its") || s.is(i-1, "it's") || s.is(i-1, "by") || s.is(i-1, "since") ||
		s.is(i-1, "until") || s.is(i-1, "before") || s.is(i-1, "after") || s.is(i-1, "til") || s.is(i-1, "till") ||
		s.is(i-1, "from") || s.is(i-1, "thru") || s.is(i-1, "through") || last > i+1 && s.closesQuestion(last+1)) {
		return
	}
	if !ok || last == i+1 || s.has(last+1, bMonth) || s.has(last+2, bMonth) || s.is(last+1, "of") {
		return // no ordinal, or the written-date rule takes it
	}
	if k := last + 1; k < len(s.toks) && s.toks[k].kind == tWord && !s.toks[k].nl &&
		!s.has(k, bStop) && !s.has(k, bWeekday) {
		return // "on the 2nd floor", "the 3rd dose"
	}
	s.add(s.toks[i].start, s.toks[last].end, KindDate, 0.7, "date.ordinal") // "the 22nd" goes whole
}

// yearAfterCue reports whether the four-digit number at start:end is a
// year after a cue ("in 1983", "since 2006", "desde 2019") and not a
// quantity ("in 2000 ml").
func (s *scan) yearAfterCue(start, end int) bool {
	y := num(s.text, group{start: start, end: end})
	if y < 1900 || y > 2050 {
		return false
	}
	i := s.tokenAt(start)
	if !s.has(i-1, bYearCue|bEvent) && !(s.is(i-1, "is") && s.is(i-2, "it")) || s.has(i+1, bUnitsNext) || s.punct(i+1, '.') && i+2 < len(s.toks) && s.toks[i+2].kind == tNum {
		return false
	}
	if (s.is(i-1, "since") || s.is(i-1, "desde")) && tenureWords[string(s.low(i-2))] {
		return false // "a patient here since 2019": a year alone, of no event in the person's care
	}
	if (s.is(i-1, "since") || s.is(i-1, "in") || s.is(i-1, "desde") || s.is(i-1, "en")) && s.lifeEventBefore(i-1) {
		return false // "quit in 2015", "haven't lived there since 2023": a year alone, of no care
	}
	return !(s.punct(i+1, ':') || s.punct(i+1, '%'))
}

// birthDeathYear reports a year of a birth or a death, as family
// histories give them: "b. 1951", "d. 2009", "born 1938", "died 1990",
// "died in 2004", "fallecido en 1987", "nacida en 1949".
func (s *scan) birthDeathYear(start, end int) bool {
	y := num(s.text, group{start: start, end: end})
	if y < 1880 || y > 2050 {
		return false
	}
	i := s.tokenAt(start)
	p := i - 1
	if s.is(p, "in") || s.is(p, "en") {
		p--
	}
	if s.punct(p, '.') && (s.is(p-1, "b") || s.is(p-1, "d")) {
		return true // "b. 1951", "d. 2009"
	}
	return birthDeathWords[string(s.low(p))]
}

var birthDeathWords = setOf("born", "died", "deceased", "murio", "fallecio", "fallecido", "fallecida", "nacio",
	"nacido", "nacida", "naci")

// lifeEvents are verbs of a habit or a home ended or begun, whose year
// alone ("quit in 2015", "moved here in 2019") is no Safe Harbor
// identifier and no event of the person's care.
var lifeEvents = setOf("quit", "quitted", "stopped", "lived", "live", "living", "moved", "smoked", "smoking",
	"retired", "worked", "drank", "drinking", "sober", "clean", "married", "divorced",
	"deje", "dejo", "fume", "fumo", "vivo", "vivi", "vive", "mude", "jubile")

// lifeEventBefore reports whether one of the three words before token
// c, with no sentence break between, is a life event.
func (s *scan) lifeEventBefore(c int) bool {
	for k, seen := c-1, 0; k >= 0 && seen < 3; k-- {
		if s.toks[k].kind != tWord {
			if s.toks[k].kind == tPunct && strings.IndexByte(".!?;:", s.text[s.toks[k].start]) >= 0 {
				return false
			}
			continue
		}
		seen++
		if lifeEvents[string(s.low(k))] {
			return true
		}
	}
	return false
}

// tenureWords say how long someone has belonged somewhere: "patient since
// 2019", "cliente desde 2015". The year alone is no Safe Harbor identifier.
var tenureWords = setOf("patient", "patients", "member", "members", "customer", "client", "here", "yours",
	"paciente", "pacientes", "cliente", "miembro", "socio", "socia", "aqui", "aca")

// closesQuestion reports whether token k ends a question or the text
// ("can we do the 28th?"), so that the ordinal before it is a day asked
// for rather than the rank of a thing named after it.
func (s *scan) closesQuestion(k int) bool {
	return k >= len(s.toks) || s.punct(k, '?')
}

// birthCueBefore reports whether a cue of birth ("DOB", "born", "fecha de
// nacimiento:") ends right before token k, perhaps with a colon between.
func (s *scan) birthCueBefore(k int) bool {
	p := k - 1
	if s.punct(p, ':') || s.punct(p, '-') {
		p--
	}
	return s.has(p, bIDCue) && idCues[string(s.low(p))] == KindDate
}

// shortYearAt reports whether token y is a two-digit year closing a date:
// no unit, time or decimal after it ("3 Feb 79.", "12 Oct 64 in Leeds";
// not "3 Feb 10 mg"). It is asked only after a cue of birth.
func (s *scan) shortYearAt(y int) bool {
	if y >= len(s.toks) || s.toks[y].kind != tNum || s.toks[y].end-s.toks[y].start != 2 || s.toks[y].nl {
		return false
	}
	if y+1 < len(s.toks) && !s.toks[y+1].space && s.toks[y+1].kind != tPunct {
		return false // "79kg"
	}
	return (!s.has(y+1, bUnitsNext) || s.is(y+1, "in")) && !s.punct(y+1, ':') && !(s.punct(y+1, '.') && y+2 < len(s.toks) && s.toks[y+2].kind == tNum && !s.toks[y+2].space)
}

// lastOccasionWas reports whether the number at off follows "my last
// tetanus shot was", "next visit is", "la última regla fue": a copula
// right before it, and "last", "next" or their Spanish words a few words
// further back, which makes a bare "4/5" a date rather than a score.
func (s *scan) lastOccasionWas(off int) bool {
	i := s.tokenAt(off) - 1
	if !(s.is(i, "was") || s.is(i, "is") || s.is(i, "fue") || s.is(i, "es") || s.is(i, "were")) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4 && !s.toks[k].nl; k-- {
		switch {
		case s.toks[k].kind != tWord:
			return false
		case s.is(k, "last") || s.is(k, "next") || s.is(k, "previous") || s.is(k, "ultimo") || s.is(k, "ultima") ||
			s.is(k, "proximo") || s.is(k, "proxima"):
			return true
		}
	}
	return false
}

// spanishDayOfMonth records "el día 12": a day of the month named by its
// number after "día" with an article or demonstrative, that no month
// follows (the written-date rule takes "el día 3 de marzo"). Token i is
// the number.
func (s *scan) spanishDayOfMonth(i int) {
	tk := s.toks[i]
	if tk.end-tk.start > 2 || !s.is(i-1, "dia") || !(s.is(i-2, "el") || s.is(i-2, "del") || s.is(i-2, "ese") || s.is(i-2, "este")) {
		return
	}
	if d := num(s.text, group{start: tk.start, end: tk.end}); d < 1 || d > 31 {
		return
	}
	if s.is(i+1, "de") || s.has(i+1, bUnitsNext|bMonth) || s.punct(i+1, ':') || s.punct(i+1, '.') && i+2 < len(s.toks) && s.toks[i+2].kind == tNum {
		return // "el día 3 de marzo", "el día 2 a las 10:30" is fine, "el día 12:30" no
	}
	s.add(s.toks[i-1].start, tk.end, KindDate, 0.7, "date.day")
}
