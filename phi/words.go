package phi

import (
	"bytes"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// ambiguousTitles are titles that are also clinical abbreviations ("MS"
// mental status or morphine, "SR" sinus rhythm): they count only written
// "Ms", "Sr".
var ambiguousTitles = setOf("ms", "sr", "don", "miss")

// words runs the word rules over the tokens.
func (s *scan) words() {
	for i := 0; i < len(s.toks); i++ {
		tk := s.toks[i]
		if tk.kind == tNum {
			if !s.prefixedStreet(i) && !s.numberedWay(i) && !s.streetAddress(i) && (s.lower || s.toks[min(i+1, len(s.toks)-1)].shape == caseLower) {
				s.lowerStreet(i)
			}
			if i > 1 && s.toks[i-1].kind == tWord && s.toks[i-1].fe-s.toks[i-1].fs == 3 && tk.end-tk.start <= 2 {
				s.spanishDayOfMonth(i) // "el día 12"
			}
			if i+1 < len(s.toks) && s.toks[i+1].start == tk.end && s.is(i+1, "s") {
				s.decadeAgeAt(tk.start, tk.end) // "in his late 70s"
			}
			continue
		}
		if tk.kind != tWord {
			switch s.text[tk.start] {
			case '@':
				s.placeAfterPrep(i) // "bed @ St Brigid", "care received @ RGH"
			case ':', ',', '(', '.', '>':
				s.wardAfterLabel(i)
			case '#':
				s.idAfterScheme(i) // "Order # A-77120", "docket # 2023-CV-00412"
			case '-':
				s.dashSignature(i) // "... 555-0186. - Consuelo"
			}
			if c := s.text[tk.start]; c == ':' || c == ',' {
				if st, ok := s.cueAt(i); ok {
					s.nameAfterCue(i, st, 0.9, "name.cue")
				}
			}
			continue
		}
		if tk.shape == caseTitle && tk.lex&(bCommon|bFirst) != 0 {
			s.cands = append(s.cands, i) // for wordNames
		}
		if tk.lex&bMonth != 0 {
			s.writtenDate(i)
		}
		if tk.lex&bWeekday != 0 && (tk.end-tk.start > 3 || s.capitalized(i) && i+1 < len(s.toks) && s.toks[i+1].kind == tNum) {
			s.weekdayDate(i) // "Thursday, Nov 6"; "Fri 9/5" only before a number
		}
		if tk.end-tk.start == 3 && s.is(i, "the") && i+1 < len(s.toks) && s.toks[i+1].kind == tNum {
			s.ordinalDay(i)
		}
		if tk.end-tk.start == 1 && s.punct(i+1, '.') {
			s.dottedCue(i)
		}
		if tk.shape == caseUpper && !tk.space && tk.end-tk.start <= 4 && i > 0 && s.toks[i-1].kind == tPunct {
			s.romanDate(i)
		}
		if tk.lex&bIDCue != 0 {
			s.fullNameAfter(i) // "patient Bashir bin Hamdan", "authorization for Tobias van der Berg"
			s.idAfterCue(i, idCues[string(s.low(i))])
		} else if tk.shape == caseUpper && i+1 < len(s.toks) && (s.toks[i+1].space || s.punct(i+1, ':') || s.punct(i+1, '#')) {
			s.acronymID(i)
		} else if tk.lex&bTrigger != 0 && tk.shape != caseUpper && (s.is(i, "no") || s.is(i, "number") || s.is(i, "nr") || s.is(i, "nro")) {
			s.idAfterScheme(i)
		}
		switch {
		case tk.lex&bClinTitle != 0:
			s.clinician(i)
			if tk.lex&bClinAfter != 0 && tk.shape != caseLower && s.punct(i-1, ',') {
				s.clinicianBefore(i) // "Beth Adams, RN": RN, NP and PA also come after a name
			}
		case tk.lex&bClinAfter != 0 && tk.shape != caseLower && (s.punct(i-1, ',') || tk.shape == caseUpper):
			s.clinicianBefore(i)
		case tk.lex&bPatTitle != 0 && (tk.shape == caseTitle || tk.lex&bAmbTitle == 0 ||
			tk.shape == caseLower && spanishTitles[string(s.low(i))] && s.capitalized(i+1) && s.listedName(i+1)) && // "con don Ramiro"
			!s.punct(i+1, ',') && (i == 0 || tk.space):
			n := len(s.spans)
			switch {
			case s.seniorRank(i):
				// "Sr. Project Manager": a rank in a job title
			case s.punct(i+1, '.'):
				s.nameAfterCue(i+1, strong, 0.9, "name.title")
			case tk.shape == caseTitle || s.caseless():
				s.nameAfterCue(i, titled, 0.85, "name.title")
			case tk.shape == caseLower && (s.is(i, "mr") || s.is(i, "mrs")):
				s.nameAfterCue(i, titled, 0.8, "name.title") // "mrs novak is a nice woman"
			case tk.shape == caseLower && spanishTitles[string(s.low(i))] && s.capitalized(i+1) && !s.is(i+1, "dios") && !s.is(i+1, "jesus"):
				// Spanish writes its titles in lower case: "el señor
				// Bartolomé Quintana", "doña Carmen".
				s.nameAfterCue(i, titled, 0.8, "name.title")
			}
			if len(s.spans) > n {
				s.spans[n].Start = tk.start // "Mrs. Evelyn Park": the title goes too
			}
		case tk.lex&bRelation != 0 || tk.lex&bKinCue != 0 && s.is(i, "other") && s.is(i-1, "significant"):
			n := len(s.spans)
			s.nameAfterCue(i, medium, 0.85, "name.relation")
			if len(s.spans) == n && (s.is(i+1, "de") || s.is(i+1, "of")) && s.capitalized(i+2) && s.listedName(i+2) {
				s.nameAfterCue(i+1, medium, 0.85, "name.relation") // "soy la mamá de Valentina Cruz"
			}
			if len(s.spans) == n && s.has(i-1, bPossessive) && (s.stopWordGiven(i+1) || s.monthGiven(i+1)) {
				// "my son Will has a fever", "my father Will Grant", "my mother June Harlow"
				last := s.captureRest(i+1, i+1, medium)
				s.add(s.toks[i+1].start, s.toks[last].end, KindName, 0.8, "name.relation")
			}
			if len(s.spans) > n && tk.shape == caseTitle && kinTitles[string(s.low(i))] && !s.has(i-1, bPossessive) &&
				s.spans[n].Start == s.toks[i+1].start {
				s.spans[n].Start = tk.start // "Grandma Ruth", "Tía Carmen": the title is how she is called
			}
			s.nameBeforeRelation(i)
			s.possessiveBeforeRelation(i)
			s.nameBeforeApposition(i)
		case tk.shape == caseUpper && s.upper && tk.lex&bAmbTitle != 0 && tk.lex&bPatTitle != 0:
			// "MS LOMBARDI": in capitals "MS" is also mental status.
			if ok, c := s.nameWord(i + 1); ok && c&names.Last != 0 && c&names.Common == 0 && !s.everyday(i+1) &&
				len(s.low(i+1)) >= 4 && !s.toks[i+1].nl {
				s.add(tk.start, s.toks[i+1].end, KindName, 0.8, "name.title")
			}
		case tk.lex&bSignOff != 0:
			s.signature(i)
		case tk.lex&bStreetPrefix != 0 && s.capitalized(i):
			s.spanishStreet(i)
		case tk.lex&bFacility != 0:
			s.facility(i)
		}
		if tk.shape == caseLower && i > 0 && ownedThings[string(s.low(i))] {
			s.possessiveBeforeThing(i)
		}
		if tk.lex&^ruleOnlyBits == 0 && tk.shape != caseMixed && bytes.IndexByte(s.low(i), '-') > 0 {
			s.hyphenRelation(i)
			s.spelledAge(i) // "she's eighty-nine"
			if s.digitsIn(i, false) > 1 {
				s.spokenPhone(i) // "five-five-five, oh-one-four-eight"
			}
		}
		if tk.lex&bSchool != 0 && tk.shape == caseTitle {
			s.school(i)
		}
		if tk.lex&bPhoneLabel != 0 && tk.shape != caseUpper {
			s.nameBeforePhoneLabel(i)
		}
		if tk.lex&bTrigger != 0 && s.is(i, "for") {
			s.nameForRequest(i) // "This is for Ngozi (one name)"
		}
		if tk.lex&bTrigger != 0 && s.has(i-1, bPossessive) && (s.is(i, "girl") || s.is(i, "boy")) {
			s.nameAfterCue(i, medium, 0.85, "name.relation") // "my girl shay", "our boy Tomas"
		}
		if tk.lex&bTrigger != 0 && (s.is(i, "by") && s.is(i-1, "goes") || s.is(i, "as") && s.is(i-1, "known")) {
			s.nameAfterCue(i, medium, 0.9, "name.cue") // "she goes by Rita", "known as Chuy"
		}
		if tk.lex&bTrigger != 0 && (s.has(i+1, bTrigger) || s.punct(i+1, ',') || s.is(i+1, "oh")) {
			if e := s.spokenPhone(i); e > i {
				i = e
				continue
			}
		}
		if tk.lex&bSpelled != 0 && tk.shape == caseLower {
			s.spelledAge(i) // "my son is seventeen", "de ochenta y dos años"
		}
		if tk.lex&bTrigger != 0 && s.has(i+1, bKeeping) && (s.is(i, "is") || s.is(i, "was")) {
			s.nameBeforeState(i)
		}
		if tk.lex&bVisitVerb != 0 {
			s.nameBeforeVisit(i)
		}
		if tk.lex&bKinCue != 0 && (s.is(i, "family") || s.is(i, "familia")) {
			s.familyName(i)
		}
		if tk.lex&bKinCue != 0 && (s.is(i, "here") || s.is(i, "aca") || s.is(i, "aqui")) {
			s.nameHere(i)
		}
		if tk.shape == caseTitle && tk.lex&bRelation != 0 && s.is(i, "baby") {
			s.newborn(i)
		}
		if tk.lex&bHomeLead != 0 && tk.shape == caseTitle {
			s.homeFirstAddress(i)
		}
		if tk.lex&bZipCue != 0 {
			s.postcodeAfterCue(i)
		}
		if tk.lex&bAddressCue != 0 {
			s.addressAfterCue(i)
		}
		if tk.lex&bTrigger != 0 && (s.is(i, "po") || s.is(i, "p") || s.is(i, "apartado") || tk.shape == caseUpper && (s.is(i, "rr") || s.is(i, "hc")) ||
			s.is(i, "rural") && s.is(i+1, "route")) {
			s.poBox(i)
		}
		if tk.lex&bNameCueEnd != 0 {
			s.nameOnIs(i) // "Name on the account is ..."
			if st, ok := s.cueAt(i); ok {
				s.nameAfterCue(i, st, 0.9, "name.cue")
			} else if s.is(i, "name") {
				s.nameLabel(i)
			}
		}
		if tk.lex&bState != 0 && tk.end-tk.start == 2 {
			s.cityState(i)
		}
		if tk.lex&bCityCueEnd != 0 {
			s.cityAfterCue(i)
		}
		if tk.lex&bPlacePrep != 0 {
			s.placeAfterVerb(i)
		}
		if tk.lex&bTownPrep != 0 {
			s.townAt(i)
		}
		if tk.lex&bWardPrep != 0 {
			s.placeAfterPrep(i)
		} else if tk.lex&bPlaceVerb != 0 || tk.lex&bKinCue != 0 && (s.is(i, "per") || s.is(i, "plan")) {
			s.wardAfterLabel(i)
		}
		if tk.end-tk.start == 1 && s.text[tk.start] == 'U' {
			s.universityPlace(i)
		}
	}
	// Name lists last, so runs are read once.
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].kind == tWord {
			i = s.listedNames(i)
		}
	}
}
