package phi

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
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord || s.toks[i].shape == caseUpper || s.toks[i].shape == caseMixed {
		return false
	}
	w := s.low(i)
	if _, ok := digitWords[string(w)]; ok {
		return true
	}
	return inside && string(w) == "oh"
}

// spokenPhone records a phone number told digit by digit in words from
// token i: seven digit words or more in a row, apart only by spaces,
// commas or dashes, on one line. It returns the last token it read so
// that the scan does not start again inside the run.
func (s *scan) spokenPhone(i int) int {
	if !s.digitWordAt(i, false) || s.digitWordAt(i-1, true) || s.digitWordAt(i-2, true) && (s.punct(i-1, '-') || s.punct(i-1, ',')) {
		return i
	}
	n, last := 1, i
	for j := i + 1; j < len(s.toks) && !s.toks[j].nl; j++ {
		if s.digitWordAt(j, true) {
			n, last = n+1, j
			continue
		}
		if (s.punct(j, '-') || s.punct(j, ',')) && s.digitWordAt(j+1, true) {
			continue
		}
		break
	}
	if n >= minSpokenDigits {
		s.add(s.toks[i].start, s.toks[last].end, KindPhone, 0.8, "phone.spoken")
		return last
	}
	return i
}
