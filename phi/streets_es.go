package phi

// Streets written the Spanish way.

// spanishStreet matches "Calle Mayor 12", "Av. de la Paz, 45" at the
// prefix word i.
func (s *scan) spanishStreet(i int) bool {
	if s.upper || s.toks[i].shape != caseTitle && !(s.is(i, "c") && s.punct(i+1, '/')) {
		return false
	}
	j := i + 1
	switch {
	case s.punct(j, '/'):
		j++
	case s.is(i, "c"):
		return false // "C/ Mayor" needs its slash
	case s.is(i, "jr") && (s.capitalized(i-1) || s.punct(i-1, ',')):
		return false // "Harold Smith Jr.": a generation, not a Peruvian jirón
	case s.punct(j, '.'):
		j++
	}
	if s.colombianStreet(i) {
		return true
	}
	words, dateName := 0, false
	for ; j < len(s.toks) && words < 6; j++ {
		t := s.toks[j]
		if t.nl {
			return false
		}
		if t.kind == tWord && ((t.shape == caseTitle && (!s.has(j, bStop) || words > 0)) || s.has(j, bPlaceConn)) {
			words++
			continue
		}
		if t.kind == tNum && t.end-t.start <= 2 && s.is(j+1, "de") && s.has(j+2, bMonth) && s.capitalized(j+2) {
			words++ // a street named for a date: "Calle 5 de Mayo", "Av. 16 de Septiembre"
			j += 2
			dateName = true
			continue
		}
		break
	}
	if words == 0 {
		return false
	}
	nameEnd := j - 1
	if s.punct(j, ',') {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tNum && !s.is(j, "no") && !s.is(j, "num") && !s.is(j, "numero") && !s.punct(j, '#') {
		return s.streetWithoutNumber(i, nameEnd)
	}
	for j < len(s.toks) && (s.is(j, "no") || s.is(j, "num") || s.is(j, "numero") || s.is(j, "n") ||
		s.punct(j, '#') || s.punct(j, '.') || s.punct(j, 'º')) {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tNum || s.toks[j].end-s.toks[j].start > 5 {
		return false
	}
	if (s.punct(j+1, '.') || s.punct(j+1, ':')) && j+2 < len(s.toks) && s.toks[j+2].kind == tNum && !s.toks[j+2].space {
		return false // a decimal or a time
	}
	j = s.orientationAfter(j)
	end := s.spanishTail(j)
	if end == j {
		end = s.addressTail(j)
	}
	conf := 0.85
	if dateName {
		conf = 0.95 // the street, not the date inside its name
	}
	s.add(s.toks[s.unitBefore(i)].start, s.toks[end].end, KindAddress, conf, "address.calle")
	return true
}

// colombianStreet matches the Colombian form at the prefix word i: a way
// and its number, then "#" or "No." and the crossing number with the
// house number ("Carrera 15 #93-47", "Calle 10 No. 5-20"), then the tail.
func (s *scan) colombianStreet(i int) bool {
	if !(s.is(i, "carrera") || s.is(i, "cra") || s.is(i, "calle") || s.is(i, "cl") || s.is(i, "diagonal") ||
		s.is(i, "transversal") || s.is(i, "avenida") || s.is(i, "av") || s.is(i, "kr")) {
		return false
	}
	j := i + 1
	if s.punct(j, '.') {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tNum || s.toks[j].end-s.toks[j].start > 3 {
		return false
	}
	j++
	if j < len(s.toks) && s.toks[j].kind == tWord && !s.toks[j].space && s.toks[j].end-s.toks[j].start == 1 {
		j++ // "15A"
	}
	if cardinalWays[string(s.low(j))] && s.toks[j].space {
		j++ // "Calle 45 Sur # 23-18"
	}
	switch {
	case s.punct(j, '#'):
		j++
	case s.is(j, "no") || s.is(j, "n"):
		j++
		if s.punct(j, '.') || s.punct(j, 'º') {
			j++
		}
	default:
		return false
	}
	if j >= len(s.toks) || s.toks[j].kind != tNum {
		return false
	}
	if j+1 < len(s.toks) && s.toks[j+1].kind == tWord && (!s.toks[j+1].space && s.toks[j+1].end-s.toks[j+1].start == 1 ||
		s.toks[j+1].space && cardinalWays[string(s.low(j+1))]) {
		j++ // "18A", "18 Sur"
	}
	if !s.punct(j+1, '-') || j+2 >= len(s.toks) || s.toks[j+2].kind != tNum {
		return false
	}
	end := s.spanishTail(j + 2)
	if end == j+2 {
		end = s.addressTail(j + 2)
	}
	s.add(s.toks[s.unitBefore(i)].start, s.toks[end].end, KindAddress, 0.9, "address.colombia")
	return true
}

// cardinalWays qualify a Colombian crossing number: "Calle 18 Sur-135",
// "Carrera 7 Bis-20".
var cardinalWays = setOf("sur", "norte", "este", "oeste", "bis")
