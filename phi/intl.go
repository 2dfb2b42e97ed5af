package phi

// This file holds rules for forms written outside the US: cues spelt as
// dotted abbreviations ("C.C.", "C.P."), postal codes of other countries,
// and the tails of Latin American and Spanish street addresses.

// dottedCues are cues written as two letters with stops, folded without
// them: a Colombian citizen's, foreigner's or child's identity card
// ("C.C.", "C.E.", "T.I.") and a Mexican or Spanish postal code ("C.P.").
var dottedCues = map[string]Kind{"cc": KindID, "ce": KindID, "ti": KindID, "cp": KindZIP}

// dottedCue reads a cue such as "C.C." starting at the one-letter word i
// and records the value after it.
func (s *scan) dottedCue(i int) {
	if !s.punct(i+1, '.') || i+2 >= len(s.toks) || s.toks[i+2].kind != tWord || s.toks[i+2].space ||
		s.toks[i+2].end-s.toks[i+2].start != 1 || s.toks[i].shape != caseUpper || s.toks[i+2].shape != caseUpper {
		return
	}
	var key [2]byte
	copy(key[:1], s.low(i))
	copy(key[1:], s.low(i+2))
	kind, ok := dottedCues[string(key[:])]
	if !ok {
		return
	}
	last := i + 2
	if s.punct(last+1, '.') {
		last++
	}
	if kind != KindZIP {
		s.idAfterCue(last, kind)
		return
	}
	k := last + 1
	if s.punct(k, ':') {
		k++
	}
	if k < len(s.toks) && !s.toks[k].nl && s.postalCode(k) {
		s.add(s.toks[k].start, s.toks[k].end, KindZIP, 0.85, "zip.context")
	}
}
