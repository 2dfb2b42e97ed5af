package phi

import "bytes"

// This file holds the rule for ages written in words: "my son is
// seventeen", "she's eighty-nine and", "tiene ochenta y dos años", "de
// noventa y un años".

// spelledValues maps English and Spanish number words (folded) to their
// value; the tens take a unit after a hyphen or "y".
var spelledValues = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
	"nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
	"diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiun": 21, "veintiuno": 21,
	"veintiuna": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
	"veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40,
	"cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
}

// spelledTens are the tens words, which may take a unit.
var spelledTens = setOf("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
	"treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")

// spelledTriggers are the words a spelled age can start with; they start
// the rule through the lexicon's trigger bit.
var spelledTriggers = func() map[string]bool {
	m := make(map[string]bool, len(spelledValues))
	for w := range spelledValues {
		if w != "hundred" && w != "un" && w != "una" && w != "once" {
			m[w] = true
		}
	}
	return m
}()

// spelledAt reads a number written in words from token i ("eighty-nine",
// "eighty nine", "ochenta y dos", "a hundred and one") and returns its
// value and last token, or ok false.
func (s *scan) spelledAt(i int) (v, last int, ok bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return 0, 0, false
	}
	w := s.low(i)
	if h := bytes.IndexByte(w, '-'); h > 0 { // "eighty-nine"
		t, u := spelledValues[string(w[:h])], spelledValues[string(w[h+1:])]
		if !spelledTens[string(w[:h])] || u < 1 || u > 9 {
			return 0, 0, false
		}
		return t + u, i, true
	}
	v, ok = spelledValues[string(w)]
	if !ok {
		return 0, 0, false
	}
	last = i
	if spelledTens[string(w)] {
		k := i + 1
		if s.is(k, "y") {
			k++ // "ochenta y dos"
		}
		if u := spelledValues[string(s.low(k))]; u >= 1 && u <= 9 && !s.toks[k].nl && s.toks[k].kind == tWord {
			v, last = v+u, k
		}
	}
	return v, last, true
}

// spelledAge records an age written in words that starts at token i: after
// a person and "is", "was", "'s" or "turned", closing its clause or before
// "years old"; or before "años" or "meses" after "tiene", "de", "cumple".
func (s *scan) spelledAge(i int) {
	v, last, ok := s.spelledAt(i)
	if !ok || v < 1 || v > 120 {
		return
	}
	end := last
	unit := false
	if ageUnits[string(s.low(last+1))] && s.toks[last+1].kind == tWord {
		end, unit = last+1, true
		if s.is(end+1, "old") {
			end++
		}
	}
	p := i - 1
	switch {
	case s.is(p, "turned") || s.is(p, "turns") || s.is(p, "aged"):
		// "just turned seventeen"
	case unit && (s.is(p, "tiene") || s.is(p, "tenia") || s.is(p, "de") || s.is(p, "cumple") || s.is(p, "cumplio") ||
		s.is(p, "cumplira") || s.is(p, "con") || s.is(p, "edad")):
		// "tiene ochenta y dos años", "de noventa y un años"
	case unit && s.is(end, "old"):
		// "seventeen years old"
	case s.statedAge(p, end+1) || s.is(p, "was") && s.personBefore(p-1) && s.statedAge(-1, end+1):
		// "my son is seventeen and", "she's eighty-nine"
	default:
		return
	}
	if !unit && s.has(end+1, bUnitsNext) {
		return // "two mg"
	}
	s.add(s.toks[i].start, s.toks[end].end, KindAge, youngAgeConfidence, ruleYoungAge)
	if v >= 90 {
		s.spans[len(s.spans)-1].Rule, s.spans[len(s.spans)-1].Confidence = "age.over89", 0.8
	}
}

// personBefore reports whether token k is a pronoun or relation word
// that an age can be said of: "she was", "my mother was".
func (s *scan) personBefore(k int) bool {
	return s.is(k, "she") || s.is(k, "he") || s.has(k, bRelation) || s.nameEndsAt(k)
}
