package phi

import (
	"bytes"
	"strings"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// This file holds what makes a word part of a person's name and how a
// name is captured from its first word: titles, particles, initials,
// suffixes. The cues that introduce names are in namecues.go, the names
// found in the embedded lists in listednames.go, clinicians (not patient
// PHI, marked neutral) in clinicians.go.

var (
	clinicianTitles = setOf("dr", "dra", "doctor", "doctora", "np", "pa", "rn", "nurse", "enfermera",
		"enfermero", "practicante", "lic", "prof", "provider")
	clinicianAfter = setOf("md", "do", "np", "rn", "pa", "dds", "phd", "lpn", "fnp", "pac", "crnp")
	patientTitles  = setOf("mr", "mrs", "ms", "miss", "mx", "sr", "sra", "srta", "senor", "senora",
		"senorita", "don", "dona", "rabbi", "pastor", "reverend", "rev", "imam", "ing", "arq",
		// People of school and work, not of care: "Coach Rivera",
		// "Professor Haldane", "la maestra Whitfield".
		"coach", "entrenador", "entrenadora", "professor", "profesor", "profesora", "teacher", "maestra", "maestro",
		// Officers of the law and of probation: "PO is Officer Banks".
		"officer", "oficial", "deputy", "detective", "sergeant", "sgt", "trooper")
	// spanishTitles are the patient titles Spanish writes in lower case.
	spanishTitles = setOf("señor", "señora", "señorita", "senor", "senora", "senorita", "don", "doña", "dona")
	relations     = setOf("son", "daughter", "wife", "husband", "mother", "mom", "mum", "father", "dad",
		"brother", "sister", "grandson", "granddaughter", "grandmother", "grandma", "grandfather",
		"grandpa", "child", "baby", "kid", "friend", "caregiver", "partner", "fiance", "fiancee",
		"boyfriend", "girlfriend", "aunt", "uncle", "niece", "nephew", "cousin", "stepson", "stepmom", "stepdad", "stepmother", "stepfather", "madrastra", "padrastro",
		"stepdaughter", "hijo", "hija", "esposa", "esposo", "madre", "mama", "padre", "papa",
		"hermano", "hermana", "nieto", "nieta", "abuelo", "abuela", "nino", "nina", "bebe", "novio",
		"novia", "tio", "tia", "sobrino", "sobrina", "primo", "prima", "amigo", "amiga", "pareja",
		"marido", "mujer", "cuidador", "cuidadora", "sibling", "spouse",
		"neighbor", "neighbour", "vecino", "vecina", "sons", "daughters", "children", "kids", "hijos",
		"hijas", "nietos", "grandchildren", "parents", "padres", "dtr", "brothers", "sisters",
		"proxy", "guardian", "roommate", "companion", "lawyer", "attorney", "nene", "nena", "bebito", "bebita",
		"manager", "boss", "supervisor", "coworker", "co-worker", "colleague", "jefe", "jefa", "companero", "companera",
		// The people of social services: "my independent living worker
		// Jordan", "her caseworker Dana".
		"worker", "caseworker", "navigator", "advocate", "trabajadora", "trabajador")
	possessives = setOf("my", "mi", "our", "nuestro", "nuestra", "his", "her", "their", "su", "mis",
		"sus", "your", "tu")
	signOffs = setOf("thanks", "thank", "thx", "ty", "regards", "sincerely", "best", "cheers", "gracias", "saludos",
		"atentamente", "cordialmente", "cordiales", "atte", "bendiciones", "love", "respectfully", "warmly", "xoxo")
	nameStop = setOf("the", "and", "but", "or", "hi", "hello", "hey", "hola", "dear", "thanks", "thank",
		"merry", "christmas", "xmas", "navidad", "easter", "thanksgiving", "hanukkah", "abrazos", "besos", "chau", "chao",
		"please", "yes", "no", "ok", "okay", "i", "im", "my", "we", "you", "he", "she", "they", "it",
		"this", "that", "is", "am", "are", "was", "calling", "writing", "sorry", "here", "just", "not",
		"very", "so", "also", "still", "again", "today", "tomorrow", "yesterday", "hoy", "manana",
		"ayer", "buenos", "buenas", "dias", "tardes", "noches", "por", "favor", "gracias", "si", "de",
		"la", "el", "los", "las", "un", "una", "con", "para", "que", "y", "o", "en", "a", "mi", "su",
		"tu", "soy", "estoy", "tengo", "necesito", "quiero", "monday", "tuesday", "wednesday",
		"thursday", "friday", "saturday", "sunday", "lunes", "martes", "miercoles", "jueves",
		"viernes", "sabado", "domingo", "hospital", "clinic", "patient", "pt", "pain", "fever",
		"mom", "dad", "in", "on", "at", "to", "for", "with", "from", "an", "as", "be", "had", "has",
		"have", "will", "would", "can", "could", "should", "need", "needs", "want", "trying",
		"having", "going", "feeling", "getting", "who", "what", "when", "where", "how", "why", "all",
		"its", "his", "her", "our", "their", "your", "sick", "fine", "well", "good", "better",
		"worse", "out", "up", "down", "about", "back", "after", "before", "since", "because", "if",
		"then", "than", "per", "by", "via", "urgent", "emergency", "nurse", "doctor", "dr", "md", "rn", "er", "icu",
		"sr", "sra", "mr", "mrs", "ms", "miss", "do", "did", "does", "doing", "been", "being",
		"le", "lo", "les", "se", "me", "te", "nos", "al", "es", "esta", "este", "esto", "eso",
		"llamo", "habla", "called", "call", "said", "says", "ready", "done", "coming", "late",
		"fell", "ill", "allergic", "pregnant", "diabetic", "asthmatic", "alone", "home", "ago",
		"yr", "yrs", "year", "years", "old", "anos", "meses", "months", "weeks", "days", "states", "state",
		"stated", "says", "said", "reports", "reported", "aware", "max", "min", "tmax", "abg", "abgs",
		"phone", "tel", "telefono", "cell", "celular", "mobile", "email", "correo", "fax", "dob", "address",
		"direccion", "mrn", "reason", "motivo", "date", "fecha", "id", "ssn", "member", "policy", "account",
		"team", "there", "everyone", "everybody", "all", "staff", "office", "folks", "guys", "again",
		"todos", "equipo", "doc", "sir", "madam", "maam", "senores", "i'm", "it's", "i'd", "i'll", "i've",
		"we're", "you're", "that's", "there's", "here's", "fam", "familia", "family",
		// Whom a form letter greets: "Dear Parent/Guardian", "Dear Valued Customer".
		"parent", "valued", "customer", "client", "resident", "applicant", "participant", "employee", "custodian", "records",
		// Public insurers, never a person: "Patient: Leonard Vasquez, Medicare 3PX9-…".
		"medicare", "medicaid", "tricare", "medicaid's", "medicare's",
		"surgery", "practice", "reception", "receptionist", "consultorio", "clinica", "nurses", "doctors",
		"bye", "byee", "goodbye", "adios", "ciao", "cya", "ing", "arq", "attn", "atn", "attention", "atencion")
)

// strength is how sure a cue is that a name follows it.
type strength uint8

const (
	weak   strength = iota // "this is", "spoke with": a listed name must follow
	medium                 // "my son", "wife,": a capitalised or listed word
	strong                 // "my name is", "Mr.": almost any word
	titled                 // "MR LOMISH", "mrs cohen": any word but an everyday one
)

// medicalEponyms are words in the name lists that, in clinical text, name
// devices, signs, drugs or languages rather than people.
var medicalEponyms = setOf("foley", "fick", "swan", "ganz", "hickman", "quinton", "bair", "hoyer",
	"zoll", "penrose", "mae", "ted", "tod", "allegra", "english", "spanish", "espanol", "ingles",
	"brady", "kling", "hugger", "bovie", "doppler", "holter", "coumadin", "levin", "salem", "dobhoff",
	"pleurx", "jackson-pratt", "blake", "groshong", "passy", "muir", "miami", "guedel", "yankauer",
	"venti", "riker", "blocker", "channel", "swann", "quentin", "marg", "christian", "catholic", "baptist", "jewish", "muslim",
	// Diseases named after people (messages31: "abuela: Alzheimer a los
	// 78", "tiene Huntington").
	"alzheimer", "alzheimers", "huntington", "huntingtons", "parkinson", "parkinsons", "crohn", "crohns",
	"hodgkin", "hodgkins", "gehrig", "gehrigs", "marfan", "down", "tourette", "tourettes", "asperger")

// notPeople are listed words that, capitalised, usually name countries,
// nationalities or organisations; a run followed by an organisation word
// ("Russell Investments") is no person.
var notPeople = setOf("america", "american", "brazil", "france", "french", "germany", "german",
	"spain", "mexico", "mexican", "canada", "china", "chinese", "india", "indian", "italy", "italian",
	"russia", "russian", "czech", "poland", "polish", "ireland", "irish", "israel", "jordan", "kenya",
	"dakota", "england", "british", "nord", "norte", "sur",
	"north", "south", "east", "west", "university", "college", "school", "county", "state", "city",
	"insurance", "pharmacy", "bank", "hospital", "clinic", "church",
	"christmas", "easter", "thanksgiving", "halloween", "navidad", "pascua",
	// Insurers and health systems whose names are also surnames.
	"kaiser", "molina", "sutter", "baylor", "emory", "stanford", "hopkins", "cigna", "aetna", "humana")

var orgWords = setOf("inc", "llc", "ltd", "corp", "co", "company", "group", "partners", "investments",
	"orchestra", "bank", "foundation", "associates", "sons", "bros", "pharmacy", "insurance", "hospital",
	"clinic", "medical", "health", "street", "avenue", "road", "university", "college", "school",
	"center", "centre", "church", "services", "solutions", "systems", "labs", "sa", "sl",
	"construction", "logistics", "consulting", "industries", "enterprises", "holdings", "motors", "realty",
	"properties", "builders", "electric", "plumbing", "roofing", "transport", "trucking", "farms", "agency",
	"engineering", "engineers", "technologies", "manufacturing", "architects", "marketing", "ventures",
	"consultants", "contractors", "staffing", "studios", "designs", "accounting", "llp", "pllc", "plc", "gmbh",
	"lawyers", "attorneys", "abogados", "asociados", "farmacia", "farmacias", "laboratorio", "laboratorios", "drogueria")

// nameWord reports whether token i may be part of a name and its classes
// in the name lists.
func (s *scan) nameWord(i int) (ok bool, c names.Class) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return false, 0
	}
	low := s.low(i)
	if len(low) < 2 || s.has(i, bStop|bEponym|bRelation|bOrg|bMonth) {
		return false, 0
	}
	tk := s.toks[i]
	if !s.upper && tk.shape == caseUpper && tk.end-tk.start <= 3 {
		return false, 0 // an abbreviation in mixed-case text: "BP", "ASA"
	}
	return true, s.nameClass(i)
}

// listedName reports whether token i is in the name lists, as a given
// name or a surname, an ordinary word too or not.
func (s *scan) listedName(i int) bool {
	ok, c := s.nameWord(i)
	return ok && c&(names.First|names.Last|names.Common) != 0
}

// particleSkip returns the index of the surname after the particles of a
// name at token j ("de", "de la", "van der", "von"), or j when there are
// none or no capitalised name follows them.
func (s *scan) particleSkip(j int) int {
	if s.caseless() || j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].shape != caseLower {
		return j
	}
	p := j + 1
	switch string(s.low(j)) {
	case "de":
		if s.is(p, "la") || s.is(p, "los") || s.is(p, "las") {
			p++
		}
	case "van", "von":
		if s.is(p, "der") || s.is(p, "den") || s.is(p, "de") {
			p++
		}
	case "del", "la", "da", "di", "y", "i", "e", "dos", "das", "du", "le", "bin", "ibn", "al": // "i": Catalan, "e": Portuguese
	default:
		return j
	}
	if ok, _ := s.nameWord(p); ok && s.toks[p].shape == caseTitle && !s.toks[p].nl && !s.toks[j].nl {
		return p
	}
	return j
}

// initialSurname matches "J. Whitfield" at token i: a capital initial with
// its stop, then a capitalised surname that is listed and no ordinary word,
// or no word at all; not at the start of a sentence ("A. Take two"). It
// returns the surname's index, or i.
func (s *scan) initialSurname(i int) int {
	k := i + 2

	if s.upper || k >= len(s.toks) || s.toks[i].kind != tWord || s.toks[i].end-s.toks[i].start != 1 ||
		s.toks[i].shape != caseUpper || !s.punct(i+1, '.') || s.toks[k].shape != caseTitle || s.toks[k].nl ||
		s.sentenceStart(i) || s.has(i-1, bClinTitle|bPatTitle) || !s.toks[i].space || i > 0 && s.toks[i-1].kind != tWord ||
		s.hasDigit(k) {
		return i // "2L. Contd", "N/V. Droperidol", "R>L. Suct"
	}
	ok, c := s.nameWord(k)
	if !ok || !(c&names.Last != 0 && c&names.Common == 0 || c == 0 && s.unusualWord(k)) {
		return i
	}
	return k
}

// sentenceStart reports whether token i opens a sentence or a line, where
// a capital letter says nothing.
func (s *scan) sentenceStart(i int) bool {
	if i == 0 || s.toks[i].nl {
		return true
	}
	p := s.toks[i-1]
	return p.kind == tPunct && strings.IndexByte(".!?:\"", s.text[p.start]) >= 0
}

// caseless reports whether capitalisation says nothing in this text.
func (s *scan) caseless() bool { return s.upper || s.lower }

// captureName extends a name from token i over further name words and
// returns the index of its last token, or -1 when token i is no name.
func (s *scan) captureName(i int, st strength) int {
	if e := s.givenAbbrev(i); e >= 0 {
		return s.captureRest(i, e, st) // "Ma. Fernanda López", "Wm. Carter"
	}
	if p := s.titleParticleSkip(i); p > i && st != weak {
		return s.captureRest(i, p, st) // "my mother Le Thi Hoa", "nombre es De la Cruz"
	}
	if e := s.gluedInitials(i); e > 0 {
		return s.captureRest(i, e, st) // "J.R. Smith"
	}
	if s.surnameInCapitals(i) {
		return s.captureRest(i, i, st) // "I am LIU Jianguo"
	}
	ok, c := s.nameWord(i)
	if !ok || s.clinicianTitleAt(i) {
		return -1
	}
	caps := s.capitalized(i) && !s.upper
	personal := c&(names.First|names.Last) != 0
	switch st {
	case titled:
		ok = (caps || c&(names.First|names.Last) != 0 || c&names.Common != 0 && !s.everyday(i) || s.caseless() && c == 0) &&
			len(s.low(i)) >= 3
	case strong:
		// "my name is borna": a word typed in lower case that is no
		// everyday word still counts after a strong cue.
		ok = caps || c != 0 || s.caseless() || s.unusualWord(i)
	case medium:
		ok = caps || personal || (c != 0 && s.caseless()) ||
			s.caseless() && s.unusualWord(i) && s.clauseEndsAfter(i) && !verbLike(s.low(i)) // "husband radovan."
	default:
		ok = (personal && (caps || s.caseless())) || (c != 0 && caps && !s.sentenceStart(i)) ||
			(caps && s.capitalized(i+1) && !s.toks[min(i+1, len(s.toks)-1)].nl)
	}
	if !ok {
		return -1
	}
	return s.captureRest(i, i, st)
}

// captureRest extends a name whose first word ends at token last (the
// word i, or the stop of an abbreviated given name) over further name
// words and a generational suffix; it returns the last token.
func (s *scan) captureRest(i, last int, st strength) int {
	for n := 0; n < 3; n++ {
		j := last + 1
		if j < len(s.toks) && s.toks[j].kind == tWord && s.toks[j].end-s.toks[j].start == 1 &&
			s.toks[j].shape == caseUpper && !s.toks[j].nl && !s.upper { // a middle initial: "J." or "J"
			k := j + 1
			if s.punct(k, '.') {
				k++
			}
			if ok, _ := s.nameWord(k); ok && s.capitalized(k) && !s.toks[k].nl {
				j = k
			}
		}
		if q := s.quotedNickname(j); q > 0 {
			j = q + 1 // "Leonard \"Len\" Fitzgerald": the nickname goes with the name
		}
		if j < len(s.toks) && s.toks[j].kind == tWord && !s.toks[j].nl {
			if j = s.particleSkip(j); s.toks[j].shape != caseLower {
				j = s.titleParticleSkip(j)
			}
		}
		ok, c := s.nameWord(j)
		if !ok || s.toks[j].nl {
			break
		}
		switch {
		case s.upper:
			// In capitals, an unlisted surname after a cue-led name still
			// counts when it is long and no everyday or clinical word.
			ok = c&(names.First|names.Last) != 0 ||
				(c == 0 && n == 0 && s.toks[j].end-s.toks[j].start >= 4 && !s.has(j, bClinical)) ||
				st == strong && n < 2 && !s.punct(j+1, ':') && !s.has(j, bClinical|bIDCue) // "PATIENT NAME: ANA MAE ORTEGA  SEX: F": up to the next label
		case s.lower:
			ok = s.capitalized(j) || c&(names.First|names.Last) != 0 || (st == strong && n == 0 && s.unusualWord(j))
		default:
			ok = s.capitalized(j) || (st == strong && n == 0 && s.toks[i].shape == caseLower && s.unusualWord(j))
		}
		if !ok {
			break
		}
		last = j
	}
	if last > i {
		last = s.generationAfter(last)
	}
	return last
}

// namesBeforeBirth marks a full name written right before the cue of a
// date of birth found: "Med list after discharge for Frank Delgado (DOB
// 1/5/52)", "labs for Frank Delgado DOB 1/5/52". Two or three capitalised
// words, one of them a listed name, none a word of an office or a month.
func (s *scan) namesBeforeBirth() {
	n := len(s.spans)
	for x := 0; x < n; x++ {
		sp := s.spans[x]
		if sp.Kind != KindDate || sp.Rule != "date.birth" {
			continue
		}
		k := s.tokenAt(sp.Start) - 1
		if s.punct(k, ':') || s.punct(k, '-') {
			k--
		}
		if k < 0 || !s.has(k, bIDCue) || idCues[string(s.low(k))] != KindDate {
			continue
		}
		k--
		if s.punct(k, '(') || s.punct(k, ',') {
			k--
		}
		last := k
		for k >= 0 && last-k < 3 && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle && !s.toks[k+1].nl &&
			!s.has(k, bStop|bOrg|bFacility|bMonth|bWeekday|bRelation|bClinTitle|bPatTitle) {
			k--
		}
		first := k + 1
		if last-first < 1 || s.covered(s.toks[first].start, s.toks[last].end, len(s.spans)) {
			continue
		}
		if !s.listedName(first) && !s.listedName(last) {
			continue
		}
		s.add(s.toks[first].start, s.toks[last].end, KindName, 0.8, "name.birth")
	}
}

// contactNames marks the name right before a phone number or an e-mail
// found: a given name with its possessive ("Daniel's 253.555.0178",
// "Jordan's cell is 206-555-0111") or a full name ("Can you put me on
// file? Mark Delgado 253-555-0102"). The given name is a listed one; a
// contact's label ("cell", "number", "is") may stand between.
func (s *scan) contactNames() {
	n := len(s.spans)
	for x := 0; x < n; x++ {
		sp := s.spans[x]
		if sp.Kind != KindPhone && sp.Kind != KindEmail {
			continue
		}
		k := s.tokenAt(sp.Start) - 1
		for skipped := 0; k >= 0 && skipped < 3 && s.toks[k].kind == tWord && contactLabels[string(s.low(k))]; skipped++ {
			k--
		}
		if k < 0 || s.toks[k].kind != tWord || s.toks[k].shape != caseTitle || s.caseless() {
			continue
		}
		if w, suf := s.low(k), possessiveSuffix(s.low(k)); suf > 0 {
			stem := w[:len(w)-suf]
			end := s.toks[k].end - suf // the suffix is the same bytes in the text and in its fold
			if len(stem) < 2 || names.LookupBytes(stem)&names.First == 0 || s.covered(s.toks[k].start, end, len(s.spans)) {
				continue
			}
			s.add(s.toks[k].start, end, KindName, 0.8, "name.contact")
			continue
		}
		// A full name: a listed given name and a surname, alone before it.
		a := k - 1
		if a < 0 || s.toks[a].kind != tWord || s.toks[a].shape != caseTitle || s.toks[k].nl || !s.toks[k].space ||
			s.nameClass(a)&names.First == 0 || s.everyday(a) || s.everyday(k) ||
			s.has(a, bStop|bOrg|bFacility|bMonth|bWeekday|bRelation|bClinTitle|bPatTitle) || s.has(k, bStop|bOrg|bFacility|bMonth|bWeekday) ||
			s.covered(s.toks[a].start, s.toks[k].end, len(s.spans)) {
			continue
		}
		s.add(s.toks[a].start, s.toks[k].end, KindName, 0.8, "name.contact")
	}
}

// contactLabels stand between a name and its phone or e-mail.
var contactLabels = setOf("cell", "number", "phone", "mobile", "email", "e-mail", "is", "es", "celular", "numero", "tel", "at")

// possessiveSuffix returns the length of the possessive ending of w
// ("'s" or "’s"), or 0.
func possessiveSuffix(w []byte) int {
	for _, suf := range [...]string{"'s", "\u2019s"} {
		if len(w) > len(suf) && bytes.HasSuffix(w, []byte(suf)) {
			return len(suf)
		}
	}
	return 0
}
