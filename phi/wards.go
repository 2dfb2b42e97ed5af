package phi

import (
	"bytes"
	"strings"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// This file holds place rules that need no verb before the place, only a
// preposition and the shape of the name itself:
//
//   - an acronym that is no clinical abbreviation: "sent to RGH", "a
//     consult from the BVMC", "seen at UCSF";
//   - a ward or building with its number: "on Halverston 6", "transfer
//     to halverston2", "de Pabellón 3" ;
//   - a saint's name that names a hospital, church or town: "accepted by
//     St. Brigid", "in ST MARY HOSPITAL";
//   - a university: "U of MD", "U Maryland", "university of maryland".

// wardPreps are the prepositions after which an acronym or a ward may name
// a place with no verb before it ("@" too).
var wardPreps = setOf("to", "from", "at", "on", "in", "into", "by", "leave", "a", "al", "en", "desde")

// medicalAbbrevs are short upper-case words of clinical notes and everyday
// messages that are no place: tests, drugs, routes, rhythms, roles, times.
// Any word of two to four letters written in capitals and not listed here,
// nor an everyday English word, reads as a facility after "to", "from"
// or "at".
var medicalAbbrevs = setOf(
	// tests, imaging and monitoring
	"abg", "abgs", "vbg", "cbc", "bmp", "cmp", "lft", "lfts", "inr", "ptt", "pt", "bun", "hct", "hgb", "wbc",
	"rbc", "plt", "plts", "ck", "cks", "cpk", "crp", "esr", "bnp", "tsh", "ua", "ucx", "bcx", "cxr", "kub",
	"ct", "cta", "mri", "mra", "pet", "vq", "tte", "tee", "ekg", "ecg", "eeg", "emg", "us", "egd", "ercp",
	"lp", "bal", "cvp", "map", "sbp", "dbp", "hr", "rr", "bp", "spo", "sat", "sats", "fs", "fsbs", "bs", "bg",
	"ivp", "vs", "vss", "io", "uo", "ngt", "ogt", "ett", "peg", "picc", "tlc", "cvl", "art", "jp",
	// ventilation and oxygen
	"cpap", "bipap", "peep", "psv", "ps", "simv", "imv", "ac", "prvc", "fio", "nc", "nrb", "fm", "tm",
	"hfnc", "vent", "rsbi", "tv", "ve", "mv", "ra", "o2",
	// diagnoses and findings
	"mi", "ami", "cad", "chf", "copd", "cva", "tia", "dvt", "pe", "uti", "uri", "pna", "ards", "arf",
	"aki", "ckd", "esrd", "atn", "dka", "gib", "ugib", "lgib", "brbpr", "htn", "dm", "iddm", "niddm",
	"gerd", "afib", "af", "aflutter", "vt", "vf", "vfib", "svt", "nsr", "sr", "st", "sb", "pvc", "pvcs",
	"pac", "pacs", "lbbb", "rbbb", "avb", "chb", "ams", "loc", "sob", "doe", "cp", "ha", "n", "nv",
	"sirs", "mods", "aaa", "pvd", "pad", "osa", "hcv", "hbv", "hiv", "mrsa", "vre", "cdiff", "tb",
	"etoh", "ivdu", "sah", "sdh", "ich", "cabg", "ptca", "pci", "avr", "mvr", "icd", "aicd", "ppm",
	"iabp", "lvad", "ecmo", "crrt", "cvvh", "cvvhd", "hd", "pd", "trach", "dnr", "dni", "cmo", "fx",
	"hx", "pmh", "pmhx", "hpi", "ros", "dx", "rx", "tx", "sx", "abx", "prn", "npo", "ivf", "tpn",
	"tf", "tfs", "kvo", "tko", "lr", "ns", "nss", "ffp", "prbc", "prbcs", "kcl", "ntg", "asa",
	"mso", "ivpb", "sq", "sc", "im", "iv", "po", "pr", "sl", "gt", "gtt", "gtts", "ng", "og", "bid",
	"tid", "qid", "qd", "qhs", "qod", "hs", "ac", "pc", "stat", "wnl", "nad", "nkda", "perrl",
	"perrla", "mae", "aox", "ox", "gcs", "rass", "ef", "lvef", "ebl", "ch", "uop", "bsh", "wh", "usoh", "nph", "tech", "mech", "bath", "wash", "pch",
	// anatomy and sides
	"rle", "lle", "rue", "lue", "rll", "lll", "rml", "rul", "lul", "rlq", "llq", "ruq", "luq",
	"lad", "lcx", "rca", "om", "pda", "lv", "rv", "la", "ij", "sc", "fem", "rij", "lij", "abd",
	"gi", "gu", "cv", "cns", "ent", "heent", "ext", "ue", "le", "bil", "bilat",
	// roles and services
	"md", "mds", "rn", "rns", "np", "pa", "ho", "rt", "ot", "slp", "sw", "cm", "pcp", "cna", "lpn",
	"emt", "ems", "hcp", "poa", "dpoa", "nok", "team", "icu", "ccu", "or", "ed", "er", "pacu",
	// times, units and everyday acronyms
	"am", "pm", "noc", "hrs", "hr", "min", "mins", "ml", "cc", "cm", "mm", "kg", "lb", "lbs",
	"mg", "mcg", "meq", "asap", "fyi", "eta", "ok", "tv", "pin", "sms", "faq", "usa", "us", "uk",
	"eu", "la", "dc", "id", "ssn", "dob", "mrn", "fax", "tel", "cell", "pdf", "www", "com",
	"iud", "std", "sti", "nitro", "neo", "levo", "dopa", "vanco", "pap", "psa", "bmi", "a1c", "ldl", "hdl", "covid", "flu", "rsv", "aa", "na",
	"er", "urgent", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii")

// drugEndings are word endings of drug names: a word with one is read as a
// drug, not a ward, before a number ("on Dopamine 5", "on heparin 8").
var drugEndings = [][]byte{[]byte("ine"), []byte("ol"), []byte("ide"), []byte("ate"), []byte("one"),
	[]byte("pam"), []byte("lam"), []byte("pril"), []byte("artan"), []byte("zole"), []byte("mycin"),
	[]byte("cillin"), []byte("statin"), []byte("phed"), []byte("fen"), []byte("ium"), []byte("xin"),
	[]byte("vir"), []byte("mab"), []byte("arin"), []byte("ulin"), []byte("cin"), []byte("done"),
	[]byte("sin"), []byte("ox"), []byte("nyl"), []byte("lax"), []byte("tec")}

// placeAfterPrep runs the rules of this file on the word after the
// preposition at token p (or "@").
func (s *scan) placeAfterPrep(p int) {
	j := p + 1
	if s.is(j, "the") || s.is(j, "el") || s.is(j, "la") {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].nl {
		return
	}
	if s.wardAt(j) || s.namedFacility(j) || s.houseOf(j) || s.regionAt(j) {
		return
	}
	if s.has(j, bCareUnit) && s.namedFacility(j+1) {
		return // "from er mardell campus"
	}
	s.acronymAt(j)
}

// wardAfterLabel runs the ward rule after a label or a verb that needs no
// preposition: "Plan: Halverston 2", "transfer Halverston 2", "per
// Halverston 3 RN", "dose, halverston 2".
func (s *scan) wardAfterLabel(p int) {
	j := p + 1
	if j >= len(s.toks) || s.toks[j].kind != tWord {
		return
	}
	if s.toks[p].kind == tPunct && (s.text[s.toks[p].start] == '.' || s.text[s.toks[p].start] == '>') {
		// After a full stop only a ward with its number glued on
		// ("HALVERSTON3"), or a hospital acronym before its unit ("-> RGH EW").
		if k := j + 1; k < len(s.toks) && s.has(k, bCareUnit) && s.toks[k].end-s.toks[k].start == 2 {
			s.acronymAt(j)
			return
		}
		if !s.hasDigit(j) || s.toks[j].end-s.toks[j].start < 7 {
			return
		}
	}
	s.wardAt(j)
}

// acronymAt records a facility written as an acronym at token j. Notes
// are full of short upper-case words, so only the shape of hospital
// acronyms counts: two to four letters ending in H or MC ("RGH", "MGH",
// "BVMC": general hospital, medical center), or three or four starting
// with U (a university hospital: "UCSF", "UPMC"); never a clinical
// abbreviation, an everyday word, a title, a unit or a state.
func (s *scan) acronymAt(j int) bool {
	tk := s.toks[j]
	n := tk.end - tk.start
	if n < 2 || n > 4 || tk.shape == caseMixed || tk.shape == caseTitle || tk.shape == caseLower && !s.lower || s.hasDigit(j) {
		return false
	}
	w := s.low(j)
	hospital := w[len(w)-1] == 'h' || bytes.HasSuffix(w, []byte("mc"))
	university := w[0] == 'u' && n >= 3 && !s.caseless()
	if !hospital && !university || medicalAbbrevs[string(w)] || s.everyday(j) ||
		s.has(j, bStop|bCareUnit|bClinical|bClinTitle|bClinAfter|bPatTitle|bMonth|bUnitsNext|bState|bRelation|bWeekday|bFirst|bLast) {
		return false
	}
	k := j + 1
	if k < len(s.toks) && !s.toks[k].space && (s.toks[k].kind == tNum || s.punct(k, '/') || s.punct(k, '-')) {
		return false // "at PS5", "to AC/PS": settings
	}
	if k < len(s.toks) && s.toks[k].kind == tNum && !s.toks[k].nl {
		return false // "to PS 10": a setting and its value
	}
	end := j
	if s.has(k, bPlaceEnd|bCareUnit) && !s.toks[k].nl && s.toks[k].kind == tWord {
		end = k // "RGH EW", "RGH cath": the unit of that facility
	}
	s.add(tk.start, s.toks[end].end, KindAddress, 0.65, "address.acronym")
	return true
}

// wardAt records a ward or building followed by its number at token j:
// "Halverston 6", "HALVERSTON3". The name must be a word of five letters
// or more that is no everyday word, clinical term or drug, and the number
// one or two digits that are no dose, time, date or decimal.
func (s *scan) wardAt(j int) bool {
	tk := s.toks[j]
	if !isDigit(s.text[tk.end-1]) && (j+1 >= len(s.toks) || s.toks[j+1].kind != tNum) {
		return false // no number glued or next: the cheap test first
	}
	w := s.low(j)
	letters := len(w)
	for letters > 0 && isDigit(w[letters-1]) {
		letters--
	}
	digits := len(w) - letters
	if letters < 5 || digits > 2 || tk.shape == caseMixed {
		return false
	}
	if k := j + 1; digits == 0 && (k >= len(s.toks) || s.toks[k].kind != tNum) {
		return false // no number: the cheap test first
	}
	if bytes.ContainsAny(w[:letters], "'-0123456789") {
		return false
	}
	name := w[:letters]
	if digits > 0 && name[len(name)-1] == 'x' {
		return false // "CABGx4", "orientedx3": times
	}
	if names.IsWord(name) || s.has(j, bStop|bClinical|bCareUnit|bMonth|bRelation|bEponym|bRegion|bWeekday|bFacility|bPlaceEnd) {
		return false
	}
	for _, e := range drugEndings {
		if bytes.HasSuffix(name, e) {
			return false
		}
	}
	end := j
	if !s.caseless() && tk.shape == caseLower {
		return false // in a text with capitals, a ward's name has them
	}
	if digits == 0 {
		k := j + 1
		if k >= len(s.toks) || s.toks[k].kind != tNum || s.toks[k].nl || s.toks[k].end-s.toks[k].start != 1 {
			return false
		}
		m := k + 1
		if m < len(s.toks) && !s.toks[m].space && s.toks[m].kind == tWord {
			return false // "integrilin 2mic"
		}
		if m < len(s.toks) && !s.toks[m].space && s.toks[m].kind == tPunct && s.text[s.toks[m].start] != ',' &&
			s.text[s.toks[m].start] != ';' && s.text[s.toks[m].start] != ')' &&
			!(s.text[s.toks[m].start] == '.' && (m+1 >= len(s.toks) || s.toks[m+1].kind != tNum)) {
			return false // "7/23", "6.5", "3:15", "5-10", "40%"
		}
		if s.has(m, bUnitsNext|bScale) || doseWords[string(s.low(m))] {
			return false // a dose or a count
		}
		end = k
	}
	s.add(tk.start, s.toks[end].end, KindAddress, 0.7, "address.ward")
	return true
}

// doseWords follow a number that is a dose, a count or a time, not a
// ward: "vanco 1 gm", "transfuse 1 unit", "heparin 1 pm".
var doseWords = setOf("units", "unit", "u", "l", "x", "g", "gm", "gms", "gram", "grams", "bag", "bags",
	"amp", "amps", "puff", "puffs", "liter", "liters", "litre", "hr", "hrs", "hour", "hours", "min", "mins",
	"minute", "minutes", "times", "day", "days", "week", "weeks", "am", "pm", "dose", "doses", "tab",
	"tabs", "drop", "drops", "vial", "vials", "meq", "mmol", "cc", "ml", "mg", "mcg")

// saintPlace records a saint's name used for a place: "St. Brigid", "ST
// MARY", "Saint Joseph" followed by a listed given name, with the facility
// word after it if any ("St Mary hospital"). Token i is "st" or "saint".
func (s *scan) saintPlace(i int) {
	if !s.capitalized(i) || s.toks[i].shape == caseLower {
		return
	}
	if i > 0 && (s.toks[i-1].kind == tNum || s.has(i-1, bStreetSuffix)) {
		return // "12 St", "Main St"
	}
	j := i + 1
	if s.punct(j, '.') {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].nl || !s.capitalized(j) ||
		s.nameClass(j)&names.First == 0 || s.has(j, bStop|bClinical|bMonth) {
		return
	}
	if s.toks[j].shape == caseUpper && !s.upper {
		return
	}
	last := j
	for k := j + 1; k <= j+2 && k < len(s.toks) && s.toks[k].kind == tWord && !s.toks[k].nl && s.has(k, bPlaceEnd|bFacility); k++ {
		last = k
	}
	s.add(s.toks[i].start, s.toks[last].end, KindAddress, 0.72, "address.saint")
}

// universityPlace records "U of MD", "U Maryland", "U. of Michigan":
// a capital U, optionally "of", then a state or a state code.
func (s *scan) universityPlace(i int) {
	j := i + 1
	if s.punct(j, '.') {
		j++
	}
	if s.is(j, "of") {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].nl || !s.capitalized(j) {
		return
	}
	if !s.has(j, bRegion) && !(s.has(j, bState) && s.toks[j].shape == caseUpper && s.is(j-1, "of")) {
		return
	}
	last := j
	for k := j + 1; k <= j+2 && k < len(s.toks) && s.toks[k].kind == tWord && !s.toks[k].nl &&
		(s.has(k, bPlaceEnd|bFacility) || s.is(k, "med")); k++ {
		last = k
	}
	s.add(s.toks[i].start, s.toks[last].end, KindAddress, 0.75, "address.university")
}

// facilityEnds end the name of a facility: "Grace Memorial", "LAUREL
// REGIONAL", "mardell campus", "Kessling hospital".
var facilityEnds = setOf("hospital", "hosp", "memorial", "regional", "medical", "campus", "health",
	"healthcare", "clinic", "clinica", "infirmary", "va", "vamc", "general", "rehab", "hospice",
	"sanatorio", "nursing")

// nameEnds are the facility words that, after an everyday word in a text
// written in one case, still make it a name: "GRACE MEMORIAL", "LAUREL
// REGIONAL", but not "poor health" or "present medical regime".
var nameEnds = setOf("hospital", "hosp", "memorial", "regional", "campus", "infirmary", "va", "vamc")

// genericPlaceWords describe a facility without naming it ("outside
// hospital", "the local clinic") or are verbs that stand before one ("to
// leave hospital").
var genericPlaceWords = setOf("outside", "local", "another", "other", "same", "this", "that", "previous",
	"prior", "different", "nearest", "nearby", "near", "private", "public", "state", "city", "area", "main",
	"new", "old", "big", "small", "large", "home", "nursing", "psych", "psychiatric", "mental", "regular",
	"usual", "any", "which", "what", "every", "each", "leave", "get", "go", "visit", "call", "see", "be",
	"stay", "return", "find", "reach", "contact", "enter", "transfer", "discharge", "treatment", "teaching",
	"referring", "sending", "receiving", "admitting", "transferring", "accepting", "tertiary", "general",
	"community", "county", "university", "veterans", "childrens", "children's", "womens", "women's",
	"rehab", "acute", "chronic", "long", "term", "short", "day", "night", "walk", "urgent", "primary",
	"behavioral", "mental", "public", "family", "good", "best", "closest", "first", "second", "last",
	"next", "own", "their", "his", "her", "our", "your", "my", "a", "an", "the", "un", "una", "el", "la",
	"poor", "present", "current", "excellent", "fair", "overall", "ill", "bad", "better", "worse", "full")

// namedFacility records a name followed by a facility word at token j:
// "Grace Memorial", "LAUREL REGIONAL", "mardell campus". The name may be an
// everyday word only when it is capitalised (or the text has one case)
// and does not describe the facility ("outside hospital").
func (s *scan) namedFacility(j int) bool {
	k := j + 1
	if j >= len(s.toks) || k >= len(s.toks) || s.toks[j].kind != tWord || s.toks[k].kind != tWord ||
		s.toks[k].nl || s.toks[k].lex&(bPlaceEnd|bFacility) == 0 || !facilityEnds[string(s.low(k))] {
		return false
	}
	w := s.low(j)
	stateCode := len(w) == 2 && s.toks[j].shape == caseUpper && !s.caseless() && s.has(j, bState)
	if len(w) < 3 && !stateCode || s.hasDigit(j) || genericPlaceWords[string(w)] ||
		s.has(j, bClinical|bCareUnit|bMonth|bRelation|bPatTitle|bClinTitle|bPossessive|bOrdinal|bWeekday|bFacility|bPlaceEnd) ||
		s.has(j, bStop) && !stateCode { // "from MD Hospital": a state's hospital
		return false
	}
	if s.everyday(j) && (!s.caseless() && s.toks[j].shape == caseLower || s.caseless() && !nameEnds[string(s.low(k))]) {
		return false // "to get hospital records", "in poor health"
	}
	if s.is(k, "medical") && !s.has(k+1, bFacility) && !s.is(k+1, "campus") {
		return false // "on present medical regime"
	}
	last := k
	for m := k + 1; m <= k+2 && m < len(s.toks) && s.toks[m].kind == tWord && !s.toks[m].nl &&
		(s.has(m, bPlaceEnd|bFacility) || s.is(m, "home")); m++ {
		last = m // "Harbor Hospital Center", "Oak Nursing Home"
	}
	s.add(s.toks[j].start, s.toks[last].end, KindAddress, 0.7, "address.facility")
	return true
}

// lowerFacilityAfterName reports whether the facility word i, written in
// lower case in a text with capitals, follows a capitalised name that is
// no everyday word: "followed by Kessling hospital".
func (s *scan) lowerFacilityAfterName(i int) bool {
	if s.caseless() || s.toks[i].shape != caseLower || !facilityEnds[string(s.low(i))] {
		return false
	}
	k := i - 1
	return k >= 0 && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle && !s.toks[i].nl &&
		(s.unusualWord(k) || s.has(k, bFacilityQual)) && !s.sentenceStart(k)
}

// dwellings follow a person's name in the possessive to make a place:
// "at Jonah Fields's house", "to Ana's place".
var dwellings = setOf("house", "home", "place", "apartment", "apt", "farm", "condo", "casa")

// houseOf records "Jonah Fields's house" after a preposition at token j:
// one or two name words, the last in the possessive, then a dwelling.
// The name itself is the place, as in the gold standards of de-identified
// notes; "his daughter's house" names nobody.
func (s *scan) houseOf(j int) bool {
	apostrophe := false
	for b, e := s.toks[j].start, s.toks[min(j+2, len(s.toks))-1].end; b < e && !apostrophe; b++ {
		apostrophe = s.text[b] == '\'' || s.text[b] == 0xE2 // "’" starts with 0xE2
	}
	if !apostrophe {
		return false // no possessive: the cheap test first
	}
	for last := j; last <= j+1 && last < len(s.toks); last++ {
		tk := s.toks[last]
		if tk.kind != tWord || tk.nl || last > j && !tk.space {
			return false
		}
		w := s.low(last)
		if !bytes.HasSuffix(w, []byte("'s")) && !bytes.HasSuffix(w, []byte("’s")) {
			continue
		}
		if last+1 >= len(s.toks) || s.toks[last+1].nl || !dwellings[string(s.low(last+1))] {
			return false
		}
		for k := j; k <= last; k++ {
			if s.has(k, bStop|bPossessive|bRelation|bPatTitle|bClinTitle|bCareUnit|bClinical) ||
				!s.caseless() && s.toks[k].shape == caseLower {
				return false
			}
			base := s.low(k)
			if k == last {
				base = base[:len(base)-len("'s")]
				if bytes.HasSuffix(s.low(k), []byte("’s")) {
					base = s.low(k)[:len(s.low(k))-len("’s")]
				}
			}
			if names.IsWord(base) && names.LookupBytes(base)&(names.First|names.Last|names.Common) == 0 {
				return false // "the doctor's house"
			}
		}
		end := tk.end - len("'s")
		if w := s.text[tk.start:tk.end]; strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "’S") {
			end = tk.end - len("’s")
		}
		s.add(s.toks[j].start, end, KindAddress, 0.65, "address.house")
		return true
	}
	return false
}

// schoolWords end the name of a school, a church or a day care: places
// that tell where a patient lives ("Indian Springs Elementary", "St.
// Brendan Church", "Escuela Benito Juárez" is the facility rule's).
var schoolWords = setOf("elementary", "school", "academy", "college", "church", "daycare", "preschool",
	"kindergarten", "montessori", "parish", "synagogue", "mosque")

// school records a run of capitalised words ending in a school word at
// token i: "Indian Springs Elementary", "Hilliard Davidson High School".
// One of the words must be a listed name or no everyday word, so that
// "High School" or "Sunday School" alone are left.
func (s *scan) school(i int) {
	if s.caseless() {
		return
	}
	first, named := i, false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := s.toks[k]
		if t.kind != tWord || t.shape != caseTitle || s.toks[k+1].nl || s.sentenceStart(k+1) && k+1 != i ||
			s.has(k, bStop|bPossessive|bRelation|bMonth|bWeekday) {
			break
		}
		first = k
		named = named || !s.everyday(k) || s.nameClass(k)&(names.First|names.Last) != 0
	}
	if first == i || !named {
		return
	}
	s.add(s.toks[first].start, s.toks[i].end, KindAddress, 0.7, "address.school")
}

// compassWords and regionFeatures make the name of a part of a state or a
// town: "the North Shore", "the North Side", "the West End".
var (
	compassWords = setOf("north", "south", "east", "west", "northern", "southern", "eastern", "western",
		"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
		"southwestern")
	regionFeatures = setOf("shore", "side", "end", "valley", "hills", "county", "suburbs", "village",
		"borough", "island", "peninsula")
)

// regionAt records a compass word and a geographic feature at token j
// ("from the NORTH SHORE", "on the North Side"), capitalised in a text
// with capitals. "the left side" or "the lower end" have no compass.
func (s *scan) regionAt(j int) bool {
	k := j + 1
	if k >= len(s.toks) || s.toks[j].kind != tWord || s.toks[k].kind != tWord || s.toks[k].nl ||
		!compassWords[string(s.low(j))] || !regionFeatures[string(s.low(k))] {
		return false
	}
	if !s.caseless() && (s.toks[j].shape != caseTitle || s.toks[k].shape != caseTitle) || s.is(k+1, "of") {
		return false // "the north side of the incision"
	}
	if s.caseless() && (s.is(k, "side") || s.is(k, "end")) {
		return false // in one case, "north side" may be a wound's
	}
	s.add(s.toks[j].start, s.toks[k].end, KindAddress, 0.65, "address.region")
	return true
}
