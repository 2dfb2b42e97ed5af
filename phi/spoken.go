package phi

import "bytes"

// This file holds numbers told in words, as a voice message transcribed
// or a patient typing the way they speak: "three one two five five five
// zero one eight seven", "nueve cinco cinco ... uno nueve tres".

// digitWords are the English and Spanish words for the ten digits; "oh"
// counts as zero only inside a run.
var digitWords = map[string]int8{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
}

// minSpokenDigits is the shortest run of digit words taken for a phone
// number: a local number without its area code.
const minSpokenDigits = 7

// digitWordAt reports whether token i is a digit word; "oh" counts only
// when inside is set.
func (s *scan) digitWordAt(i int, inside bool) bool {
	return s.digitsIn(i, inside) > 0
}

// digitsIn counts the digits token i tells in words: one for a digit word
// ("five"), more for digit words joined by hyphens ("five-five-five"), two
// or three for "double" or "triple" before a digit word inside a run
// ("oh seven double nine"); zero when it is none of these. "oh" counts
// only when inside is set.
func (s *scan) digitsIn(i int, inside bool) int {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord || s.toks[i].shape == caseUpper || s.toks[i].shape == caseMixed {
		return 0
	}
	w := s.low(i)
	if _, ok := digitWords[string(w)]; ok {
		return 1
	}
	switch string(w) {
	case "oh":
		if inside {
			return 1
		}
		return 0
	case "double", "triple":
		if inside && s.digitsIn(i+1, true) == 1 {
			return len(w) - 5 // the digit after it counts once more, or twice
		}
		return 0
	}
	if bytes.IndexByte(w, '-') < 0 {
		return 0
	}
	n := 0
	for part := range bytes.SplitSeq(w, []byte("-")) {
		_, ok := digitWords[string(part)]
		if !ok && !(string(part) == "oh" && (n > 0 || inside)) {
			return 0
		}
		n++
	}
	return n
}

// spokenPhone records a phone number told digit by digit in words from
// token i: seven digit words or more in a row, apart only by spaces,
// commas or dashes, on one line. It returns the last token it read so
// that the scan does not start again inside the run.
func (s *scan) spokenPhone(i int) int {
	if !s.digitWordAt(i, false) {
		return i
	}
	first := i
	if s.is(i-1, "oh") && !s.digitWordAt(i-2, true) && s.toks[i].space && !s.toks[i].nl {
		first = i - 1 // "oh seven seven ...": a British number opens with its zero
	}
	if s.digitWordAt(first-1, true) || s.digitWordAt(first-2, true) && (s.punct(first-1, '-') || s.punct(first-1, ',')) {
		return i // inside a run read already
	}
	n, last := s.digitsIn(i, false)+i-first, i
	for j := i + 1; j < len(s.toks) && !s.toks[j].nl; j++ {
		if d := s.digitsIn(j, true); d > 0 {
			n, last = n+d, j
			continue
		}
		if (s.punct(j, '-') || s.punct(j, ',')) && s.digitWordAt(j+1, true) {
			continue
		}
		break
	}
	if n >= minSpokenDigits {
		s.add(s.toks[first].start, s.toks[last].end, KindPhone, 0.8, "phone.spoken")
		return last
	}
	return i
}
