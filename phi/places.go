package phi

import (
	"bytes"
	"strings"
)

// This file holds the rule for places named after a verb of movement or
// care: "transferred to Kernan", "admitted to GH 7/23", "was seen at
// Lakeview Medical Center", "went to the ER at Mercy General", "moved from
// Fresno to Sacramento", "trasladado a ...". The place is recognised by its
// structure, not by a list of places: a capitalised run (or, in notes
// written in one case, a word that is no everyday English word, a name-list
// word, or a run ending in a facility word), optionally followed by a ward
// number ("Quartermain 3").

var (
	// placeVerbs precede a preposition and a place within a few words.
	placeVerbs = setOf("transferred", "transfered", "transfer", "transferring", "trans", "xfer", "xferred",
		"admitted", "adm", "readmitted", "sent", "taken", "took", "went", "go", "going", "goes", "gone",
		"presented", "presents", "brought", "came", "come", "comes", "coming", "arrived", "arrives",
		"received", "recieved", "discharged", "flighted", "medflighted", "airlifted", "followed",
		"seen", "treated", "accepted", "works", "worked", "working", "employed", "lives", "living", "lived",
		"resides", "resided", "moved", "moving", "staying", "stayed", "stays", "visiting", "visited",
		"called", "calling", "returned", "return", "returning", "transported", "referred", "born",
		"hospitalized", "hospitalised", "intubated", "evaluated", "screened", "operated", "delivered",
		"trasladado", "trasladada", "trasladaron", "ingresado", "ingresada", "ingreso", "internado",
		"internada", "atendido", "atendida", "atendieron", "llevaron", "llevamos", "fue", "fui", "fuimos",
		"estuvo", "estuve", "nacio", "naci", "operaron", "vive", "vivo", "viven", "vivimos", "mudamos",
		"mude", "viene", "vienen", "venimos", "enroute", "dc'd", "c'd", "dcd",
		// "se mudó a Lakewood", "anda trabajando en Yakima".
		"mudo", "mudaron", "trabaja", "trabajan", "trabajando", "trabajaba", "vivia", "vivio")
	// placePreps introduce the place after a place verb.
	placePreps = setOf("to", "from", "at", "into", "in", "a", "al", "en", "de", "del", "desde")
	// careUnits are parts of a hospital and care settings, never a place
	// name by themselves: "transferred to MICU", "sent to OR".
	careUnits = setOf("icu", "micu", "sicu", "ccu", "csru", "ctu", "cvicu", "nicu", "picu", "tsicu", "pmicu",
		"cticu", "neuro", "ed", "er", "ew", "or", "pacu", "ir", "ct", "mri", "cath", "ep", "gi", "snf",
		"ltac", "ltach", "nh", "osh", "ob", "tele", "hd", "rehab", "hospice", "dialysis", "radiology",
		"telemetry", "stepdown", "floor", "unit", "ward", "bed", "room", "home", "medicine", "surgery",
		"cardiology", "oncology", "ortho", "pulm", "renal", "echo", "ekg", "ecg", "eeg", "xray", "us",
		"lab", "labs", "pharmacy", "urgencias", "urgencia", "emergencias", "consulta", "casa", "uci", "quirofano",
		"sala", "piso", "planta", "cama", "cuarto", "hospital", "clinic", "clinica", "me", "us", "him", "her",
		"them", "pt", "patient", "paciente", "nursing", "ems", "ambulance", "amb", "helicopter", "vent",
		"pcu", "imcu", "tcu", "cvu", "sdu", "bb", "ctscan", "catscan", "angio", "eu", "cmed", "msicu", "ccu",
		"cvicu", "ncu", "nsicu", "ticu", "sicu", "bedside", "baseline", "ra", "nsr", "st", "sr", "afib",
		"va", "oh", "aline", "a-line", "commode", "chair")
	// regionNames are US states and other regions: under Safe Harbor a
	// state is no identifier, only smaller places are.
	regionNames = setOf("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
		"delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
		"kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
		"mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon",
		"pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin",
		"wyoming", "carolina", "dakota", "jersey", "hampshire", "mexico", "york", "rico",
		// Countries, larger still: "we're going to Ghana", "viajo a
		// Honduras". Not those that are also given names (Jordan, Chad,
		// Israel); a town before one is still read ("Accra, Ghana").
		"afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
		"bangladesh", "belgium", "belize", "bolivia", "bosnia", "brazil", "brasil", "bulgaria", "cambodia",
		"camboya", "cameroon", "canada", "chile", "china", "colombia", "congo", "croatia", "cuba",
		"denmark", "ecuador", "egypt", "egipto", "eritrea", "ethiopia", "etiopia", "fiji", "finland",
		"france", "francia", "germany", "alemania", "ghana", "greece", "grecia", "guatemala", "guyana",
		"haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "irak",
		"ireland", "irlanda", "italy", "italia", "jamaica", "japan", "japon", "kenya", "korea", "corea",
		"laos", "lebanon", "libano", "liberia", "malaysia", "mongolia", "morocco", "marruecos", "myanmar",
		"burma", "nepal", "netherlands", "nicaragua", "nigeria", "norway", "pakistan", "panama",
		"paraguay", "peru", "philippines", "filipinas", "poland", "polonia", "portugal", "romania",
		"russia", "rusia", "rwanda", "samoa", "senegal", "serbia", "singapore", "somalia", "spain",
		"espana", "sudan", "sweden", "suecia", "switzerland", "suiza", "syria", "siria", "taiwan",
		"tanzania", "thailand", "tailandia", "tonga", "ukraine", "ucrania", "uganda", "uruguay",
		"venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "england", "inglaterra", "scotland")
	// placeEnds follow a place name and make it one: "Harbor Hospital",
	// "GH EW", "Zagaria campus".
	placeEnds = setOf("hospital", "hosp", "memorial", "regional", "medical", "center", "centre", "ctr",
		"campus", "rehab", "clinic", "clinica", "general", "nursing", "va", "vamc", "health", "infirmary",
		"hospice", "er", "ew", "ed", "imaging", "healthcare", "sanatorio", "county", "community",
		"orthopedics", "orthopaedics", "cardiology", "dermatology", "pediatrics", "oncology", "radiology",
		"neurology", "urology", "podiatry", "gastroenterology", "obgyn", "ob-gyn", "physiotherapy",
		"associates", "urgent", "wellness", "dialysis", "surgical", "surgery", "pharmacy")
	// placeFillers may stand between a place verb and its preposition:
	// "transferred back to", "went out again to".
	placeFillers = setOf("back", "out", "over", "again", "here", "there", "up", "down", "him", "her", "them",
		"directly", "then", "later", "today", "yesterday", "originally", "initially", "recently",
		"previously", "alone", "nearby", "currently", "still", "now", "close", "lo", "la", "le", "me",
		"nos", "ya")
	// residenceVerbs take "in"/"en" before their place ("lives in",
	// "was born in", "internado en"); movement verbs take "to", "from", "at".
	residenceVerbs = setOf("lives", "living", "lived", "resides", "resided", "born", "staying", "stayed",
		"stays", "hospitalized", "hospitalised", "seen", "treated", "works", "worked", "working",
		"employed", "vive", "vivo", "viven", "vivimos", "nacio", "naci", "internado", "internada",
		"estuvo", "estuve", "atendido", "atendida", "ingresado", "ingresada", "operaron")
	// admitVerbs are the verbs after which an acronym is taken for a
	// facility ("transferred to GH") rather than a unit or a rhythm.
	admitVerbs = setOf("transferred", "transfered", "transfer", "trans", "xfer", "xferred", "admitted", "adm",
		"readmitted", "presented", "brought", "came", "arrived", "flighted", "medflighted", "airlifted",
		"discharged", "accepted", "followed", "seen", "treated", "hospitalized", "hospitalised", "taken")
)

// placeAfterVerb matches a place after the preposition at token p ("to",
// "from", "at", "en"...) when a place verb stands shortly before it.
//
// Without a verb, "to", "from" and "at" still introduce a place whose name
// ends in a facility word ("to GH cath lab", "from kernan ew") or, in text
// with normal capitals, a run of two capitalised words ("a transplant at
// Holy Cross").
func (s *scan) placeAfterVerb(p int) {
	v, ok := s.placeCueBefore(p)
	in := s.is(p, "in") || s.is(p, "en")
	if ok && (in && v >= 0 && !s.has(v, bResidence) || s.is(p, "into")) {
		return // "pt in afib", "went into junctional rhythm"
	}
	need := placeAny
	if !ok {
		if s.is(p, "in") || s.is(p, "of") {
			s.townAfter(p)
			return
		}
		if !(s.is(p, "to") || s.is(p, "from") || s.is(p, "at")) {
			return
		}
		need = placeMarked
	}
	acronyms := v < 0 || s.has(v, bAdmitVerb)
	for n := 0; n < 3 && p >= 0; n++ { // "from Fresno to Sacramento"
		end := s.placeAt(p+1, acronyms, need)
		if end < 0 {
			return
		}
		p = end + 1
		if !s.has(p, bPlacePrep) && !s.is(p, "and") && !s.is(p, "y") {
			return
		}
	}
}

// placeCueBefore reports whether a place verb stands within a few words
// before the preposition at token p, and returns its index; or whether a
// care unit does ("the ER at"), with index -1.
func (s *scan) placeCueBefore(p int) (int, bool) {
	if s.has(p-1, bCareUnit) && s.toks[p-1].end-s.toks[p-1].start <= 4 && !s.toks[p].nl &&
		(s.is(p, "at") || s.is(p, "de") || s.is(p, "del")) && s.has(p-2, bStop) {
		return -1, true // "the ER at Mercy General", "la UCI del Hospital ..."
	}
	for k, seen := p-1, 0; k >= 0 && seen < 4; k-- {
		tk := s.toks[k]
		if tk.kind == tPunct {
			c := s.text[tk.start]
			if c == '.' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' {
				return 0, false
			}
			continue // "d/c'd", "med-flighted"
		}
		if tk.kind != tWord {
			return 0, false
		}
		if tk.lex&bPlaceVerb != 0 {
			return k, true
		}
		if tk.lex&bPlaceFiller == 0 {
			return 0, false
		}
		seen++
	}
	return 0, false
}

// placeNeed says how much a place name must show for itself.
type placeNeed uint8

const (
	placeAny    placeNeed = iota // after a place verb
	placeMarked                  // without one: a facility word, or two capitalised words
)

// placeAt matches a place name starting at token j, skipping an article,
// records it and returns its last token, or -1. A lone acronym counts only
// when acronyms is set.
func (s *scan) placeAt(j int, acronyms bool, need placeNeed) int {
	if s.is(j, "the") || s.is(j, "el") || s.is(j, "la") || s.is(j, "los") || s.is(j, "las") {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].nl || s.notPlace(j) {
		return -1
	}
	if w := s.text[s.toks[j].start:s.toks[j].end]; strings.ContainsAny(w, "-'’") && !s.has(j+1, bPlaceEnd) {
		return -1 // "pt's baseline", "room-sob-sat"
	}
	// A name typed in lower case inside text with capitals gives no
	// capital to go by: read it as in caseless text, and ask for more.
	lowerHere := !s.caseless() && s.toks[j].shape == caseLower
	caseless := s.caseless() || lowerHere
	last, strong := j, false
	for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
		tk := s.toks[k]
		if tk.nl || tk.kind != tWord {
			if tk.kind == tPunct && s.text[tk.start] == '.' && s.is(k-1, "st") {
				continue // "St. Luke's"
			}
			break
		}
		if tk.lex&bPlaceEnd != 0 || s.is(k, "home") && s.is(k-1, "nursing") {
			last, strong = k, true // "Mercy General", "Willowmere Nursing Home"
			continue
		}
		if !caseless && tk.shape == caseTitle && s.has(k+1, bPlaceEnd) && !s.toks[k+1].nl {
			last = k // "Hollowbrook Family Health"
			continue
		}
		if caseless {
			if (tk.lex&(bStop|bClinical|bCareUnit|bMonth) != 0 || s.everyday(k)) && tk.lex&bFacilityQual == 0 {
				break
			}
		} else if tk.shape == caseLower && !(tk.lex&bPlaceConn != 0 && s.capitalized(k+1)) {
			break
		} else if tk.lex&(bStop|bMonth|bCareUnit) != 0 && tk.lex&bPlaceEnd == 0 {
			break
		}
		last = k
	}
	words := 0
	for k := j; k <= last; k++ {
		if s.toks[k].kind == tWord {
			words++
		}
	}
	// A ward number: "Quartermain 3", "QUARTERMAIN3".
	ward := false
	if n := last + 1; n < len(s.toks) && s.toks[n].kind == tNum && !s.toks[n].nl && s.toks[n].end-s.toks[n].start <= 2 &&
		s.toks[last].end-s.toks[last].start >= 4 && s.toks[last].lex&bClinical == 0 && !s.everyday(last) {
		m := n + 1
		joined := s.punct(m, '.') || s.punct(m, '/') || s.punct(m, ':') || s.punct(m, '-')
		if !(joined && m+1 < len(s.toks) && s.toks[m+1].kind == tNum && !s.toks[m+1].space) && !s.has(m, bUnitsNext) &&
			!s.punct(m, '%') {
			last, ward = n, true // not a date, a time or a decimal
		}
	}
	lex, everyday := s.toks[j].lex, s.everyday(j)
	if s.hasDigit(j) && words == 1 && !strong || lex&bRegion != 0 && words == 1 {
		return -1 // "Q7", "Ward3"; "California"
	}
	if w := s.low(j); words == 1 && len(w) <= 6 && (bytes.HasSuffix(w, []byte("cu")) || bytes.HasSuffix(w, []byte("iu"))) {
		return -1 // an intensive care unit: "VICU", "NSICU"
	}
	if need == placeMarked && !strong && !(words >= 2 && !caseless && s.titleRun(j, last)) {
		return -1
	}
	if caseless && everyday && lex&bFacilityQual == 0 {
		return -1 // "to leave hospital", "at outside hospital"
	}
	switch {
	case lowerHere:
		if !strong && !ward && !(acronyms && words == 1 && len(s.low(j)) >= 2 && !s.has(j, bClinical)) {
			return -1
		}
	case strong || ward:
	case caseless:
		// One case says nothing: the word must be no everyday word, or a
		// run of facility qualifiers ("holy cross"); a short one, an
		// acronym, only after an admission verb.
		if everyday && !(words >= 2 && lex&bFacilityQual != 0) {
			return -1
		}
		if words == 1 && s.toks[j].end-s.toks[j].start <= 4 && (!acronyms || s.hasDigit(j)) && lex&(bFirst|bLast) == 0 {
			return -1
		}
	case s.toks[j].shape == caseUpper:
		if words == 1 && (!acronyms || s.hasDigit(j) || s.toks[j].end-s.toks[j].start > 6 || s.toks[j].end-s.toks[j].start < 2) {
			return -1
		}
	default:
		// A lone capitalised everyday word needs more ("went to Target").
		if words == 1 && everyday {
			return -1
		}
	}
	s.add(s.toks[j].start, s.toks[last].end, KindAddress, 0.7, "address.place")
	return last
}

// townAfter matches a town after "in" or "of" with no verb before, in
// text with normal capitals: "a bakery in Randallstown", "vacationing in
// Daytona Beach", "Grace of Reisterstown". The first word must be
// capitalised, no everyday word, no listed name and no clinical term; the
// run must not go on into more capitalised words of a title.
func (s *scan) townAfter(p int) {
	j := p + 1
	if s.caseless() || j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].shape != caseTitle || s.toks[j].nl ||
		!s.unusualWord(j) || s.has(j, bFirst|bLast|bCommon|bRegion|bNotPeople|bFacility|bPlaceEnd) {
		return
	}
	if s.hasDigit(j) || s.has(j+1, bClinical|bCareUnit|bUnitsNext) || s.is(j+1, "gtt") || s.is(j+1, "drip") ||
		bytes.HasSuffix(s.low(j), []byte("ian")) || bytes.HasSuffix(s.low(j), []byte("ese")) {
		return // "Dopamine gtt", "in Iranian", "in Portuguese"
	}
	if s.is(p, "of") && !s.nameEndsAt(p-1) {
		return // "of" only after a person: "Neil Meitz of Towson"
	}
	last := j
	if k := j + 1; k < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle && !s.toks[k].nl &&
		!s.has(k, bStop|bMonth) {
		last = k // "Daytona Beach", "Bel Air"
	}
	if k := last + 1; k < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle && !s.toks[k].nl {
		return // a longer title: "in Acute Renal Failure"
	}
	s.add(s.toks[j].start, s.toks[last].end, KindAddress, 0.65, "address.town")
}

// nameEndsAt reports whether a name span found so far ends at token i.
func (s *scan) nameEndsAt(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	for _, sp := range s.spans {
		if sp.Kind == KindName && sp.End == s.toks[i].end {
			return true
		}
	}
	return false
}

// titleRun reports whether the words j..last are all capitalised as
// titles and one of them is a facility qualifier or a listed name ("Holy
// Cross", "Sacred Heart"), unlike "Right Groin" or "IV Lasix".
func (s *scan) titleRun(j, last int) bool {
	named := false
	for k := j; k <= last; k++ {
		if s.toks[k].kind != tWord {
			continue
		}
		if s.toks[k].shape != caseTitle {
			return false
		}
		named = named || s.has(k, bFacilityQual|bFirst|bLast)
	}
	return named
}

// notPlace reports whether word token j cannot begin a place name.
func (s *scan) notPlace(j int) bool {
	if s.has(j, bCareUnit) {
		return true
	}
	const not = bStop | bClinical | bMonth | bRelation | bPossessive | bClinTitle | bPatTitle | bOrdinal
	if s.has(j, not) && !s.has(j, bFacilityQual) {
		return true
	}
	return s.has(j, bFacility) && !s.has(j, bFacilityQual) // "Hospital San Rafael" is the facility rule's
}
