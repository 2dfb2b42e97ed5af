package phi

import (
	"github.com/frontdeskhq/frontdesk/phi/names"
)

// This file holds the rule for towns named in the gazetteer of package
// names: "his son in Elkhart", "family arrived from Tucson",
// "lives alone in white plains". A town name alone is weak evidence (Hope,
// Union and Normal are towns), so the rule asks for a preposition before
// it and, when the name is also an everyday word or a person's name, for a
// word about where people live or come from in the same clause.

// townPreps introduce a town. The Spanish ones ("vivo en Puebla", "soy de
// Oaxaca") always need a word of living or origin before them.
var townPreps = setOf("in", "from", "to", "near", "of", "outside", "en", "de", "desde", "cerca", "a", "para", "hacia")

// townContext are words that, a few words before the preposition, say
// that a place of living or origin follows: "lives", "son", "home",
// "vacation", "moved".
var townContext = setOf("home", "house", "job", "work", "works", "vacation", "vacationing", "trip",
	"visit", "visiting", "visited", "native", "resident", "family", "families", "born", "raised",
	"grew", "relatives", "lives", "live", "living", "lived", "resides", "reside", "moved", "moving",
	"returned", "returning", "arrived", "drove", "flew", "flying", "driving", "traveled", "travelled",
	"travelling", "traveling", "came", "coming", "staying", "stays", "stayed", "retired", "retire",
	"summer", "winter", "apartment", "condo", "farm", "town", "city",
	"soy", "somos", "mude", "mudamos", "mudo", "mudaron", "familia", "casa", "viaje", "viajo", "viajamos",
	"visita", "visitando", "visitar", "regreso", "regrese", "llegue", "llego", "llegamos", "originario",
	"originaria", "pueblo", "ciudad", "trabajo", "trabaja", "estoy", "estamos", "vivia", "nacimos",
	// Moves and stays told in Spanish (messages41): "llega a Tacoma el 2
	// de octubre", "me mudé para Federal Way", "quedándose en Aguadilla".
	"llega", "llegar", "llegan", "muda", "mudar", "mudarme", "mudarse", "mudarnos", "quedandose", "quedando", "queda",
	"viaja", "viajar", "estaba", "vive", "vivo", "vivimos", "viven", "back")

// cityCodes are cities known by their initials; they count only after a
// verb of living written in capitals: "lives in DC", "moved to NYC".
var cityCodes = setOf("dc", "nyc", "sf", "la")

// townAt records a town of the gazetteer after the preposition at token p
// and reports whether it found one.
func (s *scan) townAt(p int) bool {
	j := p + 1
	if j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].nl || !s.caseless() && s.toks[j].shape == caseLower ||
		!names.IsPlaceStart(s.low(j)) && !cityCodes[string(s.low(j))] {
		return false
	}
	var buf [64]byte
	last := -1
	var ws []int
	phrase := buf[:0]
	for k := j; k < len(s.toks) && k < j+3; k++ {
		tk := s.toks[k]
		if tk.kind != tWord || (k > j && (tk.nl || !tk.space)) {
			break
		}
		if k > j {
			phrase = append(phrase, ' ')
		}
		phrase = append(phrase, s.low(k)...)
		ws = append(ws, k)
		if names.IsPlace(phrase) {
			last = k
		}
	}
	if last < 0 {
		if cityCodes[string(s.low(j))] && s.toks[j].shape == caseUpper && s.has(p-1, bResidence) {
			s.add(s.toks[j].start, s.toks[j].end, KindAddress, 0.65, "address.gazetteer") // "lives in DC"
			return true
		}
		return false
	}
	ambiguous, caps := false, true
	for k := j; k <= last; k++ {
		if s.has(k, bEponym) && !(s.caseless() && last == j && s.clauseEndsAfter(j)) {
			return false // "from Quinton cath"; "FROM MIAMI)" still counts
		}
		if s.has(k, bEponym) {
			ambiguous = true // "Miami" is a collar too
		}
		if s.has(k, bStop|bClinical|bCareUnit|bMonth|bWeekday|bRelation|bUnitsNext|bPatTitle|bClinTitle) ||
			medicalAbbrevs[string(s.low(k))] || len(s.low(k)) < 3 && last == j {
			return false
		}
		if s.everyday(k) || s.has(k, bFirst|bLast|bCommon|bState) {
			ambiguous = true
		}
		caps = caps && (s.toks[k].shape == caseTitle || s.toks[k].shape == caseUpper && s.upper)
	}
	if last == j && s.has(j, bRegion) {
		return false // a state is no Safe Harbor identifier
	}
	if !s.caseless() && !caps {
		return false // in a text with capitals, a town has them
	}
	if last > j && !s.allEveryday(j, last) {
		ambiguous = false // "Palm Bay", "Cedar Rapids"
	}
	cue := s.townCue(p)
	if s.is(p, "of") && !cue && !s.nameEndsAt(p-1) {
		return false // "of" only after a person or a relative
	}
	if (s.is(p, "to") || s.is(p, "en") || s.is(p, "de") || s.is(p, "desde") || s.is(p, "cerca") || s.is(p, "a") || s.is(p, "para") || s.is(p, "hacia")) && !cue {
		return false // "went to Target", "en Progreso"
	}
	if ambiguous && !cue {
		return false
	}
	if last == j && s.everyday(j) && !s.stateAfter(j) {
		return false // "in Early evening", "aware of Progress": one everyday word needs its state
	}
	if !cue && s.caseless() && last == j && len(s.low(j)) < 5 {
		return false
	}
	s.add(s.toks[j].start, s.toks[last].end, KindAddress, 0.65, "address.gazetteer")
	return true
}

// allEveryday reports whether every word from j to last is an everyday
// English word ("white plains", "new brunswick").
func (s *scan) allEveryday(j, last int) bool {
	for k := j; k <= last; k++ {
		if !s.everyday(k) {
			return false
		}
	}
	return true
}

// townCue reports whether a relative, a verb of living or moving, or a word
// about home stands within eight words before the preposition at token p,
// in the same clause.
func (s *scan) townCue(p int) bool {
	for k, seen := p-1, 0; k >= 0 && seen < 8; k-- {
		tk := s.toks[k]
		if tk.kind == tPunct {
			if c := s.text[tk.start]; c == '.' || c == ';' || c == ':' || c == '!' || c == '?' {
				return false
			}
			continue
		}
		if s.toks[k+1].nl && k+1 < p {
			return false
		}
		seen++
		if s.has(k, bRelation|bResidence) || townContext[string(s.low(k))] {
			return true
		}
	}
	return false
}

// stateAfter reports whether ", ST" or ", State" follows token j: "Hope, AR".
func (s *scan) stateAfter(j int) bool {
	return s.punct(j+1, ',') && (s.has(j+2, bState) && s.toks[j+2].shape == caseUpper || s.has(j+2, bRegion)) && !s.toks[j+2].nl
}
