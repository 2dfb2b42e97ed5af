package phi

// This file holds ages told loosely: a decade ("in his late 70s", "in her
// 80s"), a half ("9 and a half", "3 y medio"), a diminutive ("2 añitos"),
// and a child's age in months or weeks after the child ("mi hijo de 8
// meses", "mi bebé Thiago de 3 semanas").

// decadeAge reports a decade of life at the number start:end: "70s" after
// "in his", "her", "their", "my" or "your", with "early", "mid" or
// "late" between. It returns the byte span to redact.
func (s *scan) decadeAge(start, end int) (from, to int, ok bool) {
	i := s.tokenAt(start)
	a := num(s.text, group{start: start, end: end})
	if a < 10 || a > 110 || a%10 != 0 || !s.is(i+1, "s") || s.toks[i+1].start != end {
		return 0, 0, false
	}
	p := i - 1
	if s.punct(p, '-') && s.is(p-1, "mid") {
		p--
	}
	if s.is(p, "early") || s.is(p, "mid") || s.is(p, "late") {
		p--
	}
	if !s.has(p, bPossessive) || !s.is(p-1, "in") {
		return 0, 0, false
	}
	return s.toks[min(p+1, i)].start, s.toks[i+1].end, true
}

// ageHalf returns the token after "and a half" or "y medio" at token i, an
// age's half year, or i when there is none.
func (s *scan) ageHalf(i int) int {
	switch {
	case s.is(i, "and") && s.is(i+1, "a") && s.is(i+2, "half"):
		return i + 3
	case s.is(i, "y") && (s.is(i+1, "medio") || s.is(i+1, "media")):
		return i + 2
	}
	return i
}

// childUnits are the units of a small child's age, diminutives included.
var childUnits = setOf("meses", "semanas", "months", "weeks", "mos", "wks", "mesecitos", "semanitas", "anitos", "anito")

// childAgeAfterDe reports whether the number between "de" (token p) and
// its unit i is the age of the child named or called just before:
// "mi hijo de 8 meses", "mi bebé Thiago de 3 semanas", "la nena de 2
// añitos". A word of illness before "de" makes it a duration ("tos de 3
// semanas"): only a relation word or a capitalised name will do.
func (s *scan) childAgeAfterDe(p, i int) bool {
	if !s.is(p, "de") || !childUnits[string(s.low(i))] || durationAfter[string(s.low(i+1))] && !s.is(i+2, "edad") {
		return false
	}
	q := p - 1
	if q < 0 || s.toks[q].kind != tWord {
		return false
	}
	return s.has(q, bRelation) ||
		s.toks[q].shape == caseTitle && s.has(q-1, bRelation) && !s.has(q, bStop|bClinical|bMonth)
}

// decadeAgeAt records the decade of life at start:end, if it is one.
func (s *scan) decadeAgeAt(start, end int) bool {
	from, to, ok := s.decadeAge(start, end)
	if ok {
		s.add(from, to, KindAge, youngAgeConfidence, ruleYoungAge)
	}
	return ok
}
