package phi

import "github.com/frontdeskhq/frontdesk/phi/names"

// What follows a span found and belongs to it, read after every rule has
// run: a surname's initial, a ZIP after a street address with no comma or
// state, the two-digit year of a written date.

// spanTails extends or completes the spans found so far with the pieces
// that trail them (see tailOf).
func (s *scan) spanTails() {
	s.surnameFirst()
	n := len(s.spans)
	for si := 0; si < n; si++ {
		sp := s.spans[si]
		i := s.tokenAt(sp.End) // the first token after the span
		if i >= len(s.toks) || s.toks[i].nl {
			continue
		}
		switch sp.Kind {
		case KindName:
			// "la esposa de Julio César Ramírez": a first name that is also
			// a month stands before the name found.
			if p := s.tokenAt(sp.Start) - 1; p >= 0 && s.toks[p].kind == tWord && s.toks[p].shape == caseTitle &&
				s.has(p, bFirst) && s.has(p, bMonth) && s.toks[p+1].space && !s.toks[p+1].nl && s.toks[p].end+1 == sp.Start {
				s.spans[si].Start = s.toks[p].start
			}
			// "- Marcus T": a surname's initial closing a signature.
			if s.toks[i].kind == tWord && s.toks[i].end-s.toks[i].start == 1 && s.toks[i].shape == caseUpper &&
				s.toks[i].space && (i+1 >= len(s.toks) || s.toks[i+1].nl || s.toks[i+1].kind == tPunct && !s.punct(i+1, '\'')) {
				s.spans[si].End = s.toks[i].end
			}
		case KindAddress:
			// "3512 S Yakima Ave, Tacoma 98418": the town the gazetteer
			// knows after a street, then its ZIP.
			if sp.Rule == "address.street" && s.punct(i, ',') && i+1 < len(s.toks) && s.toks[i+1].shape == caseTitle && !s.toks[i+1].nl {
				last := min(i+3, len(s.toks)-1)
				for k := i + 2; k <= last; k++ {
					if s.toks[k].shape != caseTitle || s.toks[k].nl {
						last = k - 1
						break
					}
				}
				if end := s.knownPlaceEnd(i+1, last); end > 0 {
					s.spans[si].End = s.toks[end].end
					if i = end + 1; i >= len(s.toks) || s.toks[i].nl {
						continue
					}
				}
			}
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

// lastFours finds the last four digits of a social security number or of
// a card, told as such: "the last 4 of my social, its 4471", "SSN last
// four 0932", "los últimos 4 del seguro social 6618", "visa ending 4482".
func (s *scan) lastFours() {
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].kind != tNum || s.toks[i].end-s.toks[i].start != 4 || s.covered(s.toks[i].start, s.toks[i].end, len(s.spans)) {
			continue
		}
		if i+1 < len(s.toks) && !s.toks[i+1].space && (s.toks[i+1].kind == tNum || s.toks[i+1].kind == tWord) {
			continue // part of a longer value
		}
		kind, ok := Kind(""), false
		for k := i - 1; k >= 0 && k >= i-10 && !s.toks[k+1].nl; k-- {
			switch {
			case s.is(k, "social") || s.is(k, "ssn") || s.is(k, "ss"):
				kind, ok = KindSSN, s.lastFourCue(k, i) || s.endingBetween(k, i)
			case (s.is(k, "ending") || s.is(k, "terminada") || s.is(k, "termina") || s.is(k, "ends")) && k >= i-3 && s.cardBefore(k):
				kind, ok = KindAccount, true
			}
			if kind != "" {
				break
			}
		}
		if ok {
			s.add(s.toks[i].start, s.toks[i].end, kind, 0.8, "id.lastfour")
			continue
		}
		// "last four 6630" told on its own, as people prove who they are
		// with a date of birth and the last four of their social security
		// number (a card's would be named: "card ending 4482").
		if kind == "" && s.lastFourJustBefore(i) {
			s.add(s.toks[i].start, s.toks[i].end, KindSSN, 0.7, "id.lastfour")
		}
	}
}

// lastFourJustBefore reports "last four", "last 4", "últimos cuatro" in
// the three tokens before the number at token i, with no card named in the
// six before them.
func (s *scan) lastFourJustBefore(i int) bool {
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if (s.is(j-1, "last") || s.is(j-1, "ultimos")) && (s.text[s.toks[j].start:s.toks[j].end] == "4" || s.is(j, "four") || s.is(j, "cuatro")) {
			return !s.cardBefore(j-1) && !s.cardBefore(max(0, j-4))
		}
		// Only a copula or a colon between: not "the last 4 months 2020".
		if tk := s.toks[j]; tk.kind != tPunct && !lastFourJoins[string(s.low(j))] {
			return false
		}
	}
	return false
}

var lastFourJoins = setOf("is", "are", "son", "es", "was", "were", "eran", "number", "numero", "digits", "digitos")

// lastFourCue reports "last 4", "last four", "últimos 4" near the word of
// a social security number at token k, before the number at token i.
func (s *scan) lastFourCue(k, i int) bool {
	for j := max(0, k-5); j < i; j++ {
		if (s.is(j, "last") || s.is(j, "ultimos")) && j+1 < len(s.toks) &&
			(s.text[s.toks[j+1].start:s.toks[j+1].end] == "4" || s.is(j+1, "four") || s.is(j+1, "cuatro")) {
			return true
		}
	}
	return false
}

// endingBetween reports "ending", "ends" or "termina" between the word
// of a social security number at token k and the number at token i:
// "mi seguro social, termina en 6620", "SSN ends in 0932".
func (s *scan) endingBetween(k, i int) bool {
	for j := k + 1; j < i; j++ {
		if s.is(j, "ending") || s.is(j, "ends") || s.is(j, "termina") || s.is(j, "terminado") {
			return true
		}
	}
	return false
}

// cardBefore reports a card named just before the "ending" at token k:
// "visa ending", "card ending in", "tarjeta terminada en".
func (s *scan) cardBefore(k int) bool {
	for j := max(0, k-3); j < k; j++ {
		if s.is(j, "visa") || s.is(j, "mastercard") || s.is(j, "amex") || s.is(j, "card") || s.is(j, "tarjeta") || s.is(j, "debit") || s.is(j, "credit") || s.is(j, "discover") {
			return true
		}
	}
	return false
}

// shapedIDs finds identifiers by their shape alone, when no rule took
// them: letters and digits run together, nine characters or more with six
// digits or more and two letters or more other than x ("108837462WA",
// "KBA30551702"; not a ventilator's "600x50x12").
// Such a string is someone's number (a member, a claim, a parcel); no
// word or measure looks like it.
func (s *scan) shapedIDs() {
	n := len(s.spans)
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].kind != tWord && s.toks[i].kind != tNum {
			continue
		}
		if s.toks[i].end-s.toks[i].start < 9 && (i+1 >= len(s.toks) || s.toks[i+1].space || s.toks[i+1].nl ||
			s.toks[i+1].kind != tWord && s.toks[i+1].kind != tNum) {
			continue // too short alone, and nothing glued after it
		}
		j, digits, letters := i, 0, 0
		for ; j < len(s.toks) && (j == i || !s.toks[j].space && !s.toks[j].nl) && (s.toks[j].kind == tWord || s.toks[j].kind == tNum); j++ {
			for _, c := range []byte(s.text[s.toks[j].start:s.toks[j].end]) {
				switch {
				case c >= '0' && c <= '9':
					digits++
				case c == 'x' || c == 'X':
					// "600x50x12", "14X700X100": a ventilator's settings
				case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
					letters++
				}
			}
		}
		last := j - 1
		start, end := s.toks[i].start, s.toks[last].end
		if end-start >= 9 && digits >= 6 && letters >= 2 && !s.covered(start, end, n) &&
			(last+1 >= len(s.toks) || s.toks[last+1].space || s.toks[last+1].nl || s.toks[last+1].kind == tPunct && !s.punct(last+1, '@') && !s.punct(last+1, '/')) &&
			(i == 0 || s.toks[i].space || s.toks[i].nl || s.toks[i-1].kind == tPunct && !s.punct(i-1, '/') && !s.punct(i-1, '@') && !s.punct(i-1, '.')) {
			s.add(start, end, KindID, 0.6, "id.shape")
		}
		i = last
	}
}

// alienNumbers finds United States immigration (alien registration)
// numbers by their shape: an A, then eight or nine digits, bare or in
// groups of three ("A-215-334-908", "A208-771-452", "A012345678"). No
// word or measure is written so.
func (s *scan) alienNumbers() {
	n := len(s.spans)
	for i, tk := range s.toks {
		if tk.kind != tWord || s.text[tk.start] != 'A' || i > 0 && !tk.space && !tk.nl {
			continue
		}
		end, ok := alienNumberEnd(s.text, tk.start)
		if !ok {
			continue
		}
		// Its digits may have been read as a phone ("número A
		// A-218-447-903"): the whole is the identifier.
		start := tk.start
		s.dropSpans(func(sp Span) bool { return sp.Kind == KindPhone && sp.Start > start && sp.End <= end })
		if n = min(n, len(s.spans)); !s.covered(start, end, n) {
			s.add(start, end, KindID, 0.8, "id.alien")
		}
	}
}

// alienNumberEnd reads an alien registration number at t[start] (its A)
// and returns where it ends.
func alienNumberEnd(t string, start int) (int, bool) {
	end, digits := start+1, 0
	for ; end < len(t); end++ {
		c := t[end]
		switch {
		case isDigit(c):
			digits++
		case c == '-' && end+1 < len(t) && isDigit(t[end+1]) && (end == start+1 || digits%3 == 0):
			// "A-215-…", "…215-334…"
		case c == ' ' && end == start+1 && end+1 < len(t) && isDigit(t[end+1]):
			// "Mi número A es A 214-556-903": a space after the A
		case isASCIILetter(c) || c == '-' || c == '/' || c == '@':
			return 0, false // a longer word or value
		default:
			return end, digits == 8 || digits == 9
		}
	}
	return end, digits == 8 || digits == 9
}

// workplaceTowns marks a town the gazetteer knows that names where
// someone works: "at the Fife warehouse", "la empacadora de Sumner", "la
// obra de Puyallup", "un vivero en Orting".
func (s *scan) workplaceTowns() {
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].kind != tWord || s.toks[i].shape != caseTitle || s.everyday(i) || s.has(i, bMonth|bWeekday|bStop) ||
			s.covered(s.toks[i].start, s.toks[i].end, len(s.spans)) {
			continue
		}
		after := i+1 < len(s.toks) && workplaceWords[string(s.low(i+1))] && s.is(i-1, "the") // "the Fife warehouse"
		before := i >= 2 && (s.is(i-1, "de") || s.is(i-1, "en")) && workplaceWords[string(s.low(i-2))]
		if (after || before) && names.IsPlace(s.low(i)) {
			s.add(s.toks[i].start, s.toks[i].end, KindAddress, 0.7, "address.workplace")
		}
	}
}

// workplaceWords name a place of work.
var workplaceWords = setOf("warehouse", "plant", "site", "store", "branch", "factory", "office", "yard", "shop",
	"planta", "obra", "empacadora", "vivero", "fabrica", "bodega", "tienda", "sucursal", "oficina", "almacen", "rancho")

// caseNumbers marks a court's or an agency's case number after "No.":
// "State of Washington v. Devon Carter Lynch, No. 24-1-01932-0". Digits
// in three or more groups joined by hyphens, eight or more in all, which
// no dose, date or phone is written as.
func (s *scan) caseNumbers() {
	t := s.text
	for i, tk := range s.toks {
		if tk.kind != tWord || tk.shape != caseTitle || !s.is(i, "no") || !s.punct(i+1, '.') || i+2 >= len(s.toks) {
			continue
		}
		start := s.toks[i+2].start
		end, digits, groups := start, 0, 1
		for ; end < len(t); end++ {
			c := t[end]
			if isDigit(c) {
				digits++
				continue
			}
			if c == '-' && end > start && isDigit(t[end-1]) && end+1 < len(t) && isDigit(t[end+1]) {
				groups++
				continue
			}
			break
		}
		if end < len(t) && isASCIILetter(t[end]) || digits < 8 || groups < 3 || s.covered(start, end, len(s.spans)) {
			continue
		}
		s.dropSpans(func(sp Span) bool { return sp.Start >= start && sp.End <= end }) // a date or phone read in it
		s.add(start, end, KindID, 0.8, "id.case")
	}
}

// surnameFirst joins a name written surname first in capitals, as forms
// and letters print it, into one span: "HOLLOWAY, BRIANNA M", which the
// name rules found as "HOLLOWAY" and "BRIANNA M" (a comma between).
func (s *scan) surnameFirst() {
	for x := 0; x+1 < len(s.spans); x++ {
		a, b := s.spans[x], s.spans[x+1]
		if a.Kind != KindName || b.Kind != KindName || b.Start != a.End+2 || s.text[a.End:b.Start] != ", " {
			continue
		}
		i, j := s.tokenAt(a.Start), s.tokenAt(b.Start)
		if s.toks[i].shape != caseUpper || s.toks[j].shape != caseUpper || s.tokenAt(a.End) != i+1 || s.upper {
			continue
		}
		s.spans[x].End = b.End
		s.spans = append(s.spans[:x+1], s.spans[x+2:]...)
	}
}
