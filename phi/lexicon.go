package phi

import (
	"sync"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// lexBit marks a word's membership in one of the rule word sets. Every
// word token is looked up once in the merged lexicon, and the rules test
// bits instead of searching each set again.
type lexBit uint64

const (
	bStop lexBit = 1 << iota
	bEponym
	bRelation
	bNotPeople
	bOrg
	bPossessive
	bClinTitle
	bClinAfter
	bPatTitle
	bAmbTitle
	bSignOff
	bStreetPrefix
	bStreetSuffix
	bFacility
	bFacilityQual
	bAddressCue
	bUnit
	bPlaceConn
	bState
	bOrdinal
	bDateJoiner
	bIDFiller
	bMonth
	bIDCue
	bTLD
	bNameCueEnd
	bCityCueEnd
	bFirst
	bLast
	bCommon
	bClinical
	bPhoneCue
	bFaxCue
	bSSNCue
	bZipCue
	bAgeBefore
	bAgeAfter
	bScale
	bUnitsNext
	bDateCue
	bRoomCue
	bCareUnit
	bPlaceVerb
	bPlacePrep
	bPlaceEnd
	bPlaceFiller
	bResidence
	bAdmitVerb
	bRegion
	bWeekday
	bMonthAlone
	bYearCue
	bRangeJoiner
	bPhoneLabel
	bEvent
	bWardPrep
	bTownPrep
	bVisitVerb
	bKinCue
	bSchool
	bHomeLead // a word that opens an address from the home outwards
	bKeeping  // a word of how someone is keeping: "feeling", "sick"
	bTrigger  // a word an infrequent rule starts at: see triggerWords
	bSpelled  // a number word that may open an age: see spelledTriggers
)

// ruleOnlyBits only start rules; they say nothing for or against a word
// being a name, so checks that a word is "only a name" ignore them.
const ruleOnlyBits = bHomeLead | bKeeping | bTrigger | bSpelled

// lexicon merges every word set of the rules and the name lists.
var lexicon = sync.OnceValue(func() map[string]lexBit {
	m := make(map[string]lexBit, 24000)
	sets := []struct {
		bit lexBit
		set map[string]bool
	}{
		{bStop, nameStop}, {bEponym, medicalEponyms}, {bRelation, relations}, {bNotPeople, notPeople},
		{bOrg, orgWords}, {bPossessive, possessives}, {bClinTitle, clinicianTitles},
		{bClinAfter, clinicianAfter}, {bPatTitle, patientTitles}, {bAmbTitle, ambiguousTitles},
		{bSignOff, signOffs}, {bStreetPrefix, streetPrefixes}, {bStreetSuffix, streetSuffixes},
		{bFacility, facilityWords}, {bFacilityQual, facilityQualifiers}, {bAddressCue, addressCues},
		{bUnit, unitWords}, {bPlaceConn, placeConnectors}, {bState, usStates}, {bOrdinal, ordinals},
		{bDateJoiner, dateJoiner}, {bIDFiller, idFillers}, {bTLD, commonTLDs}, {bPhoneCue, phoneCues},
		{bFaxCue, faxCues}, {bSSNCue, ssnCues}, {bZipCue, zipCues}, {bAgeBefore, ageBefore},
		{bAgeAfter, ageAfter}, {bScale, scaleCues}, {bUnitsNext, unitsNext}, {bDateCue, dateCues},
		{bRoomCue, roomCues}, {bCareUnit, careUnits}, {bPlaceVerb, placeVerbs}, {bPlacePrep, placePreps},
		{bPlaceEnd, placeEnds}, {bPlaceFiller, placeFillers}, {bResidence, residenceVerbs},
		{bAdmitVerb, admitVerbs}, {bRegion, regionNames},
		{bWeekday, weekdays}, {bMonthAlone, monthAloneCues}, {bYearCue, yearCues}, {bRangeJoiner, rangeJoiners},
		{bPhoneLabel, phoneLabels}, {bEvent, eventWords}, {bWardPrep, wardPreps},
		{bTownPrep, townPreps}, {bVisitVerb, visitVerbs}, {bKinCue, kinCues}, {bSchool, schoolWords},
		{bHomeLead, homeLeads}, {bKeeping, stateWords}, {bTrigger, triggerWords}, {bSpelled, spelledTriggers},
	}
	for _, s := range sets {
		for w := range s.set {
			m[w] |= s.bit
		}
	}
	for w := range months {
		m[w] |= bMonth
	}
	for w := range idCues {
		m[w] |= bIDCue
	}
	for w := range clinicalTerms {
		m[w] |= bClinical
	}
	for _, c := range nameCues {
		m[c.words[len(c.words)-1]] |= bNameCueEnd
	}
	for _, c := range cityCues {
		m[c[len(c)-1]] |= bCityCueEnd
	}
	names.Each(func(w string, c names.Class) {
		if c&names.First != 0 {
			m[w] |= bFirst
		}
		if c&names.Last != 0 {
			m[w] |= bLast
		}
		if c&names.Common != 0 {
			m[w] |= bCommon
		}
	})
	addMisspeltRelations(m) // last, so that no slip hides a listed name or a known word
	return m
})

// everyday reports whether word token i is an everyday English word
// (names.IsWord). The place rules ask it only of the few candidate words.
func (s *scan) everyday(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tWord && names.IsWord(s.low(i))
}

// has reports whether token i is a word with any of the bits.
func (s *scan) has(i int, b lexBit) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].lex&b != 0
}

// nameClass returns the name-list classes of token i.
func (s *scan) nameClass(i int) names.Class {
	if i < 0 || i >= len(s.toks) {
		return 0
	}
	var c names.Class
	l := s.toks[i].lex
	if l&bFirst != 0 {
		c |= names.First
	}
	if l&bLast != 0 {
		c |= names.Last
	}
	if l&bCommon != 0 {
		c |= names.Common
	}
	return c
}

// addMisspeltRelations marks the common slips of typing in the longer
// relation words as relations too ("husbnd", "daugther", "grandaughter"):
// one letter after the first left out, or two neighbours swapped, in words
// of six letters or more. A slip that spells another word ("bother" for
// "brother") or a listed name ("mario" for "marido") is left alone.
func addMisspeltRelations(m map[string]lexBit) {
	add := func(w string) {
		if _, known := m[w]; !known && !names.IsWord([]byte(w)) {
			m[w] |= bRelation
		}
	}
	for w := range relations {
		if len(w) < 6 || !isASCIIWord(w) {
			continue
		}
		for k := 1; k < len(w); k++ {
			add(w[:k] + w[k+1:])
			if k+1 < len(w) && w[k] != w[k+1] {
				add(w[:k] + string(w[k+1]) + string(w[k]) + w[k+2:])
			}
		}
	}
}

// isASCIIWord reports whether w holds only the letters a to z.
func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
