package phi

// ambiguousTitles are titles that are also clinical abbreviations ("MS"
// mental status or morphine, "SR" sinus rhythm): they count only written
// "Ms", "Sr".
var ambiguousTitles = setOf("ms", "sr", "don", "miss")

// words runs the word rules over the tokens.
func (s *scan) words() {
	for i := 0; i < len(s.toks); i++ {
		tk := s.toks[i]
		if tk.kind == tNum {
			s.streetAddress(i)
			continue
		}
		if tk.kind != tWord {
			continue
		}
		low := string(s.low(i))
		if _, ok := months[low]; ok {
			s.writtenDate(i)
		}
		if k, ok := idCues[low]; ok {
			s.idAfterCue(i, k)
		}
		switch {
		case clinicianTitles[low]:
			s.clinician(i)
		case clinicianAfter[low] && tk.shape != caseLower && (s.punct(i-1, ',') || tk.shape == caseUpper):
			s.clinicianBefore(i)
		case patientTitles[low] && (tk.shape == caseTitle || !ambiguousTitles[low]):
			switch {
			case s.punct(i+1, '.'):
				s.nameAfterCue(i+1, strong, 0.9, "name.title")
			case tk.shape == caseTitle || s.caseless():
				s.nameAfterCue(i, medium, 0.85, "name.title")
			}
		case relations[low]:
			st := weak
			if i > 0 && (possessives[string(s.low(i-1))] || (i > 1 && possessives[string(s.low(i-2))])) ||
				s.punct(i+1, ',') {
				st = medium
			}
			s.nameAfterCue(i, st, 0.85, "name.relation")
		case signOffs[low]:
			s.signature(i)
		case streetPrefixes[low] && s.capitalized(i):
			s.spanishStreet(i)
		case facilityWords[low]:
			s.facility(i)
		}
		if addressCues[low] {
			s.addressAfterCue(i)
		}
		if low == "po" || low == "p" || low == "apartado" {
			s.poBox(i)
		}
		if st, ok := s.cueAt(i); ok {
			s.nameAfterCue(i, st, 0.9, "name.cue")
		}
		if len(low) == 2 {
			s.cityState(i)
		}
		s.cityAfterCue(i)
	}
	// Name lists last, so runs are read once.
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].kind == tWord {
			i = s.listedNames(i)
		}
	}
}
