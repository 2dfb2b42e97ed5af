package phi

import (
	"bytes"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// listedNames records runs of capitalised words found in the name lists:
// "Ana López", "John R. Smith", "Weronika Martinsen". It returns the last
// token it looked at.
func (s *scan) listedNames(i int) int {
	if s.toks[i].end-s.toks[i].start == 1 && s.toks[i].shape == caseUpper {
		if f, e := s.titleInitial(i); f > 0 {
			s.add(s.toks[f].start, s.toks[e].end, KindName, 0.85, "name.title") // "M. Jean-Baptiste Lefèvre"
			return e
		}
		if e := s.doubleInitials(i); e > i {
			s.add(s.toks[i].start, s.toks[e].end, KindName, 0.8, "name.initial") // "M. J. Bell"
			return e
		}
	}
	if e := s.initialSurname(i); e > i {
		s.add(s.toks[i].start, s.toks[e].end, KindName, 0.8, "name.initial")
		return e
	}
	if e := s.givenAbbrev(i); e >= 0 {
		// "Mª Carmen Ruiz", "Wm. Carter": an abbreviated given name and
		// the name after it.
		if last := s.captureRest(i, e, medium); last > e {
			s.add(s.toks[i].start, s.toks[last].end, KindName, 0.8, "name.initial")
			return last
		}
	}
	ok, c0 := s.nameWord(i)
	if !ok || s.has(i, bNotPeople) && !s.givenBeforeSurname(i, c0) || s.spanishPronoun(i) {
		return i
	}
	if !s.capitalized(i) && !s.lower {
		// "john smith" typed in lower case: a listed first name and a
		// listed surname, neither an everyday word.
		ok1, c1 := s.nameWord(i + 1)
		if c0&names.First != 0 && c0&names.Common == 0 && ok1 && c1&names.Last != 0 &&
			c1&names.Common == 0 && !s.capitalized(i+1) && !s.toks[i+1].nl {
			s.add(s.toks[i].start, s.toks[i+1].end, KindName, 0.75, "name.list")
			return i + 1
		}
		return i
	}
	personal := func(c names.Class) bool { return c&(names.First|names.Last) != 0 }
	if c0 == 0 {
		// An unlisted capitalised word counts only before a listed
		// surname, or before a middle initial and a surname.
		if s.caseless() || s.toks[i].shape != caseTitle {
			return i
		}
		if e := s.initialName(i); e > 0 {
			s.add(s.toks[i].start, s.toks[e].end, KindName, 0.8, "name.initial")
			return e
		}
		if p := s.titleParticleSkip(i + 1); p > i+1 && !s.toks[i+1].nl && !s.everyday(i) && s.nameClass(p)&(names.Last|names.Common) != 0 {
			// "Maricel Dela Cruz": an unlisted given name before a
			// capitalised particle and a listed surname.
		} else if ok, c1 := s.nameWord(i + 1); !ok || c1&names.Last == 0 || c1&names.Common != 0 ||
			s.toks[i+1].shape != caseTitle || s.toks[i+1].nl {
			return i
		}
	}
	last, listed, n := i, 0, 0
	for j := i; j < len(s.toks) && j < i+5; j++ {
		if j > i && (s.toks[j].nl || s.toks[j].kind != tWord) {
			break
		}
		// A middle initial: "R." or "R" between two names.
		if j > i && s.toks[j].end-s.toks[j].start == 1 && s.toks[j].shape == caseUpper && !s.upper {
			k := j + 1
			if s.punct(k, '.') {
				k++
			}
			if ok, _ := s.nameWord(k); ok && s.capitalized(k) {
				j = k - 1
				continue
			}
			break
		}
		if j > i {
			if p := s.particleSkip(j); p != j {
				j = p // "Luis de la Cruz": on to the surname
			} else if p := s.titleParticleSkip(j); p != j {
				j = p    // "Frank Lo Bianco"
				listed++ // a particle before a capitalised word says "surname": "Maricel Dela Cruz"
			}
		}
		ok, c := s.nameWord(j)
		if !ok || (!s.capitalized(j) && !s.lower) {
			break
		}
		switch {
		case personal(c):
			listed++
		case c != 0:
		case j > i && !s.upper && (s.toks[j].shape == caseTitle || s.toks[j].shape == caseMixed):
			// An unlisted surname after a name (capitals stand out in a
			// text written in lower case too).
		case j == i:
		default:
			goto end
		}
		last, n = j, n+1
	}
end:
	if last+1 < len(s.toks) && s.has(last+1, bOrg) && !s.toks[last+1].nl || s.partnerFirm(last) {
		return last // "Russell Investments", "Thomas and Sons", "Fairbanks & Lowe LLP"
	}
	conf := 0.0
	switch {
	case n >= 2 && listed >= 1:
		conf = 0.9
	case s.lower && !(n == 1 && c0&names.First != 0 && s.capitalized(i) && !s.sentenceStart(i)):
		// Lower-case text: a run of two listed names, or a capitalised
		// listed first name inside a sentence.
	case n == 1 && c0&names.First != 0:
		conf = 0.7
	case n == 1 && c0&names.Last != 0:
		conf = 0.6
	}
	if s.upper && n == 1 {
		// In capitals, a lone listed word is weak evidence.
		conf = 0.45
		if c0&names.First != 0 && s.toks[i].end-s.toks[i].start >= 4 {
			conf = 0.5
		}
	}
	if n == 1 && s.takenProduct(i) {
		conf = 0 // "me tomé la Ella", "took the Julie": a pill's brand
	}
	if n == 1 && c0&names.First == 0 && s.is(i-1, "de") && names.IsPlace(s.low(i)) {
		conf = 0 // "identificado con C.C. ... de Medellín": a listed surname that is a town, after "de"
	}
	if conf > 0 {
		if n >= 2 {
			last = s.generationAfter(last) // "Raymond Tillman Sr."
		}
		s.add(s.toks[i].start, s.toks[last].end, KindName, conf, "name.list")
	}
	return last
}

// verbLike reports whether a folded word ends like an English verb form
// ("visisted", "agreeing"), which a misspelt word after a relation often
// is ("husband visisted").
func verbLike(w []byte) bool {
	return bytes.HasSuffix(w, []byte("ed")) || bytes.HasSuffix(w, []byte("ing")) || bytes.HasSuffix(w, []byte("ly")) ||
		bytes.HasSuffix(w, []byte("ess")) || bytes.HasSuffix(w, []byte("es"))
}

// spanishPronoun reports whether the listed name at token i is the Spanish
// pronoun it is spelt like, opening its clause before a word in lower
// case that is no English word: "Ella tiene cita", "ella quiere". After a cue or a
// relation ("mi hija Ella") the cue rules still take it.
func (s *scan) spanishPronoun(i int) bool {
	return s.toks[i].end-s.toks[i].start == 4 && s.is(i, "ella") && i+1 < len(s.toks) && s.toks[i+1].kind == tWord && s.toks[i+1].shape == caseLower &&
		!s.toks[i+1].nl && !s.everyday(i+1) && (s.sentenceStart(i) || s.toks[i].shape == caseLower) // "Ella lives in..." is English
}

// contactAt reports whether a phone number or an e-mail address found by
// the number and address rules starts at token k.
func (s *scan) contactAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	at := s.toks[k].start
	for _, sp := range s.spans {
		if (sp.Kind == KindPhone || sp.Kind == KindEmail) && sp.Start == at {
			return true
		}
	}
	return false
}

// surnameInCapitals reports whether token i is a listed surname written in
// capitals before the given name, as Chinese, Korean and Vietnamese names
// are often written in forms ("LIU Jianguo", "NGUYEN Van An"): a short
// word in capitals, then a capitalised word on the line.
func (s *scan) surnameInCapitals(i int) bool {
	if s.upper || i+1 >= len(s.toks) || s.toks[i].kind != tWord || s.toks[i].shape != caseUpper ||
		s.toks[i].end-s.toks[i].start < 2 || s.toks[i+1].shape != caseTitle || s.toks[i+1].nl || !s.toks[i+1].space ||
		s.has(i, bStop|bClinical|bState|bOrg|bMonth) || s.nameClass(i)&names.Last == 0 {
		return false
	}
	ok, _ := s.nameWord(i + 1)
	return ok && !s.has(i+1, bClinical)
}

// givenBeforeSurname reports whether the word at token i, which usually
// names a country ("Jordan", "Israel", "Dakota", "Kenya"), is a given name
// here: listed as one and followed on its line by a capitalised listed
// surname, "Jordan Pike", "Israel Gómez" ("Kenya Airways" stays a firm).
func (s *scan) givenBeforeSurname(i int, c names.Class) bool {
	if c&names.First == 0 || s.toks[i].shape != caseTitle || i+1 >= len(s.toks) || s.toks[i+1].nl ||
		s.toks[i+1].shape != caseTitle || s.has(i+1, bNotPeople|bOrg|bFacility) {
		return false
	}
	ok, c1 := s.nameWord(i + 1)
	return ok && c1&(names.Last|names.Common) != 0
}

// initialsBefore widens a name to the given name's initial written before
// it: "J. Holloway 253-555-0124", "T. Yazzie 11/9" in a callback list,
// where the surname alone was found.
func (s *scan) initialsBefore() {
	for n := range s.spans {
		sp := &s.spans[n]
		if sp.Kind != KindName {
			continue
		}
		k := s.tokenAt(sp.Start)
		if k < 2 || k >= len(s.toks) || s.toks[k].start != sp.Start || !s.punct(k-1, '.') || !s.toks[k].space || s.toks[k-1].space {
			continue
		}
		if in := k - 2; s.toks[in].kind == tWord && s.toks[in].end-s.toks[in].start == 1 && s.toks[in].shape == caseUpper &&
			(in == 0 || s.toks[in].space || s.toks[in].nl) && !s.punct(in-1, '.') {
			sp.Start = s.toks[in].start
		}
	}
}
