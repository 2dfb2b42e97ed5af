package phi

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds rules for names the lists of US names do not hold, as a
// city's patients write them: a name in its own script ("Choi Byung-ho
// (최병호)", "Оксана Петрівна Гнатюк"), a nickname in parentheses after a
// name ("José Luis Martínez Ochoa (Pepe)"), a name as a card prints it
// ("the insurance card says MOHAMMED A ALHARBI"), and a date in Korean
// ("1952년 3월 7일").

// otherScript reports whether token i is a word written in a script other
// than Latin: Hangul, Cyrillic, Greek, Arabic, Hebrew, Ethiopic,
// Devanagari, Thai, Han, Hiragana or Katakana.
func (s *scan) otherScript(i int) bool {
	tk := s.toks[i]
	if tk.kind != tWord || s.text[tk.start] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text[tk.start:tk.end])
	return r >= utf8.RuneSelf && !unicode.Is(unicode.Latin, r) && unicode.IsLetter(r)
}

// scriptNames marks a run of one to four words in another script, on one
// line, in a message written mostly in Latin letters: in a patient's
// message to a US clinic such a run is nearly always a name written as at
// home. A longer run is a sentence in that language, and left alone.
func (s *scan) scriptNames() {
	if !s.nonASCII {
		return
	}
	for i := 0; i < len(s.toks); i++ {
		if !s.otherScript(i) {
			continue
		}
		last := i
		for k := i + 1; k < len(s.toks) && !s.toks[k].nl && s.otherScript(k); k++ {
			last = k
		}
		words := last - i + 1
		if words <= 4 && !s.koreanDatePart(i) {
			s.add(s.toks[i].start, s.toks[last].end, KindName, 0.7, "name.script")
		}
		i = last
	}
	if strings.Contains(s.text, "년") {
		s.koreanDates()
	}
}

// vietnameseNames marks two to four capitalised words in a row of which
// one holds a letter only Vietnamese writes (ă, â, đ, ê, ô, ơ, ư, or a
// tone mark under or over a vowel): "Lê Văn Phúc", "Nguyễn Thị Hạnh".
func (s *scan) vietnameseNames() {
	if !s.nonASCII {
		return
	}
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].kind != tWord || s.toks[i].shape != caseTitle || !s.nonASCIIAround(i) {
			continue
		}
		last, viet := i, false
		for k := i; k < len(s.toks) && k < i+4 && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle && (k == i || s.toks[k].space && !s.toks[k].nl); k++ {
			last = k
			viet = viet || vietnameseWord(s.text[s.toks[k].start:s.toks[k].end])
		}
		if viet && last > i && !s.covered(s.toks[i].start, s.toks[last].end, len(s.spans)) {
			s.add(s.toks[i].start, s.toks[last].end, KindName, 0.75, "name.vietnamese")
		}
		i = last
	}
}

// nonASCIIAround reports a byte beyond ASCII in token i or the three
// after it: a Vietnamese name needs one.
func (s *scan) nonASCIIAround(i int) bool {
	end := s.toks[min(i+3, len(s.toks)-1)].end
	for b := s.toks[i].start; b < end; b++ {
		if s.text[b] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// vietnameseWord reports a letter of w that only Vietnamese writes.
func vietnameseWord(w string) bool {
	for _, r := range w {
		switch {
		case r == 'ă' || r == 'Ă' || r == 'đ' || r == 'Đ' || r == 'ơ' || r == 'Ơ' || r == 'ư' || r == 'Ư':
			return true
		case r >= 0x1EA0 && r <= 0x1EF9: // Latin Extended Additional: ạ ả ấ ầ ẩ ẫ ậ … ỹ
			return true
		}
	}
	return false
}

// koreanDatePart reports whether the word at token i is a unit of a Korean
// date ("년", "월", "일") glued to a number before it.
func (s *scan) koreanDatePart(i int) bool {
	w := s.text[s.toks[i].start:s.toks[i].end]
	return (w == "년" || w == "월" || w == "일") && i > 0 && s.toks[i-1].kind == tNum && !s.toks[i].space
}

// koreanDates marks a date written in Korean: a year, a month and a day,
// each a number glued to its unit ("1952년 3월 7일").
func (s *scan) koreanDates() {
	for i := 0; i+5 < len(s.toks); i++ {
		if s.toks[i].kind != tNum || !s.koreanDatePart(i+1) || s.text[s.toks[i+1].start:s.toks[i+1].end] != "년" {
			continue
		}
		if s.toks[i+2].kind == tNum && s.koreanDatePart(i+3) && s.toks[i+4].kind == tNum && s.koreanDatePart(i+5) {
			s.add(s.toks[i].start, s.toks[i+5].end, KindDate, 0.85, "date.korean")
			i += 5
		}
	}
}

// parenNicknames marks a nickname in parentheses right after a name:
// "José Luis Martínez Ochoa (Pepe)", "don José María Gutiérrez (Chema)".
// One capitalised word, no everyday word and no word of a relation.
func (s *scan) parenNicknames() {
	n := len(s.spans)
	for x := 0; x < n; x++ {
		sp := s.spans[x]
		if sp.Kind != KindName {
			continue
		}
		o := s.tokenAt(sp.End)
		j := o + 1
		if !s.punct(o, '(') || j+1 >= len(s.toks) || !s.punct(j+1, ')') || s.toks[j].kind != tWord ||
			s.toks[j].shape != caseTitle || s.everyday(j) || s.has(j, bRelation|bStop|bClinTitle) || languageWords[string(s.low(j))] ||
			s.covered(s.toks[j].start, s.toks[j].end, len(s.spans)) {
			continue
		}
		s.add(s.toks[j].start, s.toks[j].end, KindName, 0.75, "name.nickname")
	}
}

// cardNames marks a name as a card or a document prints it, in capitals,
// after "says" or "dice": "the insurance card says MOHAMMED A ALHARBI",
// "his license says MINSU JUNG".
func (s *scan) cardNames() {
	for i := 1; i+2 < len(s.toks); i++ {
		if l := s.toks[i].end - s.toks[i].start; l < 4 || l > 5 || !s.is(i, "says") && !s.is(i, "dice") && !s.is(i, "reads") {
			continue
		}
		card := false
		for k := max(0, i-4); k < i; k++ {
			card = card || s.is(k, "card") || s.is(k, "license") || s.is(k, "licence") || s.is(k, "passport") ||
				s.is(k, "licencia") || s.is(k, "tarjeta") || s.is(k, "pasaporte") || s.is(k, "id")
		}
		if !card {
			continue
		}
		j := i + 1
		last, words := -1, 0
		for k := j; k < len(s.toks) && k < j+4 && !s.toks[k].nl && s.toks[k].kind == tWord && s.toks[k].shape == caseUpper; k++ {
			last, words = k, words+1
		}
		if words >= 2 {
			s.add(s.toks[j].start, s.toks[last].end, KindName, 0.8, "name.card")
			i = last
		}
	}
}

// languageWords name a language or a people, which a parenthesis after a
// name gives as a preference, not a nickname: "my son Leo (Spanish)".
var languageWords = setOf("spanish", "english", "somali", "arabic", "vietnamese", "korean", "ukrainian", "russian",
	"tagalog", "amharic", "tigrinya", "samoan", "hindi", "punjabi", "telugu", "tamil", "mandarin", "cantonese",
	"chinese", "french", "creole", "portuguese", "mam", "kiche", "quiche", "espanol", "ingles", "interpreter", "interprete")
