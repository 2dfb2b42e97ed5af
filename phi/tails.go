package phi

// What follows a span found and belongs to it, read after every rule has
// run: a surname's initial, a ZIP after a street address with no comma or
// state, the two-digit year of a written date.

// spanTails extends or completes the spans found so far with the pieces
// that trail them (see tailOf).
func (s *scan) spanTails() {
	n := len(s.spans)
	for si := 0; si < n; si++ {
		sp := s.spans[si]
		i := s.tokenAt(sp.End) // the first token after the span
		if i >= len(s.toks) || s.toks[i].nl {
			continue
		}
		switch sp.Kind {
		case KindName:
			// "- Marcus T": a surname's initial closing a signature.
			if s.toks[i].kind == tWord && s.toks[i].end-s.toks[i].start == 1 && s.toks[i].shape == caseUpper &&
				s.toks[i].space && (i+1 >= len(s.toks) || s.toks[i+1].nl || s.toks[i+1].kind == tPunct && !s.punct(i+1, '\'')) {
				s.spans[si].End = s.toks[i].end
			}
		case KindAddress:
			// "2207 5th St SE Unit C 98372": the ZIP, with no state before it.
			if s.toks[i].kind == tNum && s.toks[i].end-s.toks[i].start == 5 && s.toks[i].space &&
				(i+1 >= len(s.toks) || s.toks[i+1].space || s.toks[i+1].nl || s.toks[i+1].kind == tPunct && !s.punct(i+1, '-')) {
				s.add(s.toks[i].start, s.toks[i].end, KindZIP, 0.8, "zip.after")
			}
		case KindDate:
			// "8 de julio del 83": the year in two digits.
			if (s.is(i, "del") || s.is(i, "de")) && i+1 < len(s.toks) && s.toks[i+1].kind == tNum &&
				s.toks[i+1].end-s.toks[i+1].start == 2 && !s.toks[i+1].nl && (i+2 >= len(s.toks) || s.toks[i+2].kind != tWord) {
				s.spans[si].End = s.toks[i+1].end
			}
		}
	}
}
