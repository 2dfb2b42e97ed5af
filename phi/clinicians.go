package phi

// Clinicians ("Dr. Lee", "Ann Lee, MD") are not patient PHI: their names
// are marked neutral.

// clinicianTitleAt reports whether token i is a clinician's title.
func (s *scan) clinicianTitleAt(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tWord && s.has(i, bClinTitle)
}

// clinician marks the name after a clinician title as neutral.
func (s *scan) clinician(i int) {
	j := i + 1
	if s.punct(j, '.') {
		j++
	}
	if !s.capitalized(j) {
		return
	}
	start, last := s.toks[j].start, j
	for k := j + 1; k < len(s.toks) && k <= j+3; k++ {
		if s.toks[k].kind == tWord && s.capitalized(k) && !s.toks[k].nl {
			last = k
			continue
		}
		if s.punct(k, '.') && s.toks[k-1].end-s.toks[k-1].start == 1 {
			continue
		}
		break
	}
	s.neutral = append(s.neutral, Span{Start: start, End: s.toks[last].end})
}

// clinicianBefore marks "Ann Lee, MD" as neutral: the capitalised words
// before a trailing degree.
func (s *scan) clinicianBefore(i int) {
	j := i - 1
	if s.punct(j, ',') {
		j--
	}
	last := j
	for j >= 0 && j > last-3 && s.toks[j].kind == tWord && s.capitalized(j) {
		j--
	}
	if j == last || s.is(j, "from") || s.is(j, "in") || s.is(j, "of") || s.is(j, "to") || s.is(j, "near") {
		return // "from Middle River, MD": a town in Maryland, not a doctor
	}
	s.neutral = append(s.neutral, Span{Start: s.toks[j+1].start, End: s.toks[last].end})
}
