package phi

import (
	"bytes"
	"strings"
	"sync"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// This file holds the rules for person names: cues ("my name is", "me
// llamo", "for my son"), titles, signatures and the embedded name lists.
// Clinicians ("Dr. Lee") are not patient PHI and are marked neutral.

var (
	clinicianTitles = setOf("dr", "dra", "doctor", "doctora", "np", "pa", "rn", "nurse", "enfermera",
		"enfermero", "lic", "prof", "provider")
	clinicianAfter = setOf("md", "do", "np", "rn", "pa", "dds", "phd", "lpn", "fnp", "pac", "crnp")
	patientTitles  = setOf("mr", "mrs", "ms", "miss", "mx", "sr", "sra", "srta", "senor", "senora",
		"senorita", "don", "dona", "rabbi", "pastor", "reverend", "rev", "imam", "ing", "arq")
	relations = setOf("son", "daughter", "wife", "husband", "mother", "mom", "mum", "father", "dad",
		"brother", "sister", "grandson", "granddaughter", "grandmother", "grandma", "grandfather",
		"grandpa", "child", "baby", "kid", "friend", "caregiver", "partner", "fiance", "fiancee",
		"boyfriend", "girlfriend", "aunt", "uncle", "niece", "nephew", "cousin", "stepson",
		"stepdaughter", "hijo", "hija", "esposa", "esposo", "madre", "mama", "padre", "papa",
		"hermano", "hermana", "nieto", "nieta", "abuelo", "abuela", "nino", "nina", "bebe", "novio",
		"novia", "tio", "tia", "sobrino", "sobrina", "primo", "prima", "amigo", "amiga", "pareja",
		"marido", "mujer", "cuidador", "cuidadora", "sibling", "spouse",
		"neighbor", "neighbour", "vecino", "vecina", "sons", "daughters", "children", "kids", "hijos",
		"hijas", "nietos", "grandchildren", "parents", "padres", "dtr", "brothers", "sisters",
		"proxy", "guardian", "roommate", "companion", "lawyer", "attorney", "nene", "nena", "bebito", "bebita",
		"manager", "boss", "supervisor", "coworker", "co-worker", "colleague", "jefe", "jefa", "companero", "companera")
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
		"surgery", "practice", "reception", "receptionist", "consultorio", "clinica", "nurses", "doctors",
		"bye", "byee", "goodbye", "adios", "ciao", "cya", "ing", "arq", "attn", "atn", "attention", "atencion")
)

// nameCue describes a phrase that introduces a name and how strong it is.
type nameCue struct {
	words []string
	st    strength
}

// nameCues are matched on folded words; ":" stands for a colon token.
var nameCues = []nameCue{
	{[]string{"my", "name", "is"}, strong}, {[]string{"name", "is"}, strong},
	{[]string{"me", "llamo"}, strong}, {[]string{"mi", "nombre", "es"}, strong},
	{[]string{"nombre", "es"}, strong}, {[]string{"name", ":"}, strong}, {[]string{"nombre", ":"}, strong},
	{[]string{"patient", ":"}, strong}, {[]string{"paciente", ":"}, strong},
	{[]string{"patient", "name"}, strong}, {[]string{"signed", ","}, strong}, {[]string{"firma", ":"}, strong},
	{[]string{"this", "is"}, weak}, {[]string{"i", "am"}, weak}, {[]string{"i'm"}, weak},
	{[]string{"im"}, weak}, {[]string{"yo", "soy"}, medium}, {[]string{"soy"}, weak}, {[]string{"habla"}, weak},
	{[]string{"le", "escribe"}, medium}, {[]string{"les", "escribe"}, medium}, {[]string{"te", "escribe"}, medium},
	{[]string{"me", "dicen"}, medium},
	{[]string{"le", "dicen"}, medium}, {[]string{"me", "llaman"}, medium}, {[]string{"le", "llaman"}, medium},
	{[]string{"it's"}, weak}, {[]string{"its"}, weak}, {[]string{"speaking", "with"}, weak}, {[]string{"named"}, strong},
	{[]string{"called"}, weak}, {[]string{"llamado"}, strong}, {[]string{"llamada"}, strong},
	{[]string{"spoke", "with"}, weak}, {[]string{"spoke", "to"}, weak}, {[]string{"talked", "to"}, weak},
	{[]string{"talked", "with"}, weak}, {[]string{"reach"}, weak}, {[]string{"hable", "con"}, weak},
	{[]string{"contact", "person"}, medium}, {[]string{"emergency", "contact"}, medium},
	{[]string{"contact", "is"}, medium}, {[]string{"contacto", "es"}, medium},
	{[]string{"contacto", ":"}, medium}, {[]string{"visited", "by"}, weak},
	// The addressee of a letter or fax: "Attn: Dana Whitlock", "ATTN
	// billing dept." (a medium cue wants a capitalised or listed word).
	{[]string{"attn", ":"}, strong}, {[]string{"attn"}, medium}, {[]string{"attention", ":"}, medium},
	{[]string{"atencion", ":"}, medium}, {[]string{"atn", ":"}, medium},
	// The stressed pronoun set apart by commas names the writer: "llámeme
	// a mí, Teresa, al...", "escríbame a mí, Julio".
	{[]string{"a", "mi", ","}, medium},
	{[]string{"hi"}, medium}, {[]string{"hello"}, medium}, {[]string{"hey"}, medium},
	{[]string{"dear"}, medium}, {[]string{"hola"}, medium}, {[]string{"estimado"}, medium},
	{[]string{"estimada"}, medium}, {[]string{"querida"}, medium}, {[]string{"querido"}, medium},
}

// nameCuesByLast indexes nameCues by their last word (":" or "," for a
// punctuation token), so that cueAt tries only the cues that can end at
// a token.
var nameCuesByLast = sync.OnceValue(func() map[string][]nameCue {
	m := make(map[string][]nameCue, len(nameCues))
	for _, c := range nameCues {
		last := c.words[len(c.words)-1]
		m[last] = append(m[last], c)
	}
	return m
})

// cueAt reports whether a name cue ends at token i (inclusive) and how strong.
func (s *scan) cueAt(i int) (st strength, ok bool) {
	if i < 0 || i >= len(s.toks) {
		return weak, false
	}
	var cues []nameCue
	if s.toks[i].kind == tPunct {
		cues = nameCuesByLast()[s.text[s.toks[i].start:s.toks[i].end]]
	} else {
		cues = nameCuesByLast()[string(s.low(i))] // converted in place: no allocation
	}
	for _, c := range cues {
		n := len(c.words)
		if i-n+1 < 0 {
			continue
		}
		match := true
		for k, w := range c.words {
			ti := i - n + 1 + k
			if w == ":" || w == "," {
				match = s.punct(ti, w[0])
			} else {
				match = s.is(ti, w)
			}
			if !match {
				break
			}
		}
		if match {
			return c.st, true
		}
	}
	return weak, false
}

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
	"venti", "riker", "blocker", "channel", "swann", "quentin", "marg", "christian", "catholic", "baptist", "jewish", "muslim")

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
	"lawyers", "attorneys", "abogados", "asociados")

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
				(c == 0 && n == 0 && s.toks[j].end-s.toks[j].start >= 4 && !s.has(j, bClinical))
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

// nameAfterCue records the name, or the list of names ("Ana, Luis and
// Eva"), that follows a cue ending at token i.
func (s *scan) nameAfterCue(i int, st strength, conf float64, rule string) {
	j := i + 1
	if s.punct(j, ',') || s.punct(j, ':') || s.punct(j, '-') {
		j++
	}
	if s.isQuote(j) || s.punct(j, '(') {
		j++
	}
	for n := 0; n < 2 && (s.is(j, "um") || s.is(j, "uh") || s.is(j, "umm") || s.is(j, "uhh") || s.is(j, "erm") || s.is(j, "eh")); n++ {
		j++ // "this is um jo ellen": a speaker's filler before the name
	}
	if st == medium && j == i+2 && (s.punct(i+1, '-') || s.punct(i+1, ':')) {
		st = strong // "DAUGHTER-KRISSY", "wife: Ana": a label
	}
	first := st == strong
	for n := 0; n < 4; n++ {
		if n > 0 && !s.caseless() && j < len(s.toks) && s.toks[j].shape == caseLower && s.toks[i+1].shape != caseLower &&
			s.capitalized(s.tokenAt(s.spans[len(s.spans)-1].Start)) {
			return // "mi tía Altagracia, ella tiene...": after a capitalised name, a word in lower case starts no further name
		}
		last := s.captureName(j, st)
		if last < 0 && n == 0 && st == weak && s.selfIntro(i, j) {
			last = j // "hi its dmitri again"
			if s.nicknameBeforeName(j) {
				// "its dee (Deandra Mitchell)": the full name goes too.
				s.add(s.toks[j+2].start, s.toks[j+3].end, KindName, conf, rule)
			}
		}
		if last < 0 && n == 0 {
			last = s.bareInitials(j) // "this is J.R. from the 3:15 slot"
		}
		if last < 0 || s.firmAfter(last) || s.partnerFirm(last) {
			return // "Project Manager, Halvorsen Engineering": a firm
		}
		if n == 1 && first && last == j && s.punct(j-1, ',') && len(s.spans) > 0 {
			// "Name: Smith, John": one name written surname first.
			s.spans[len(s.spans)-1].End = s.toks[last].end
			return
		}
		first = first && last == j
		s.add(s.toks[j].start, s.toks[last].end, KindName, conf, rule)
		st = min(st, medium) // further names of a list need their own evidence
		j = last + 1
		if s.punct(j, ',') {
			j++
		}
		if s.is(j, "and") || s.is(j, "y") || s.punct(j, '&') {
			j++
		}
		if j == last+1 {
			return
		}
	}
}

// nameBeforeRelation records "Hank Przybylo (son)", "Faith (their mom)":
// capitalised words right before a parenthesised relation word at token i.
func (s *scan) nameBeforeRelation(i int) {
	open := i - 1
	if s.has(open, bPossessive) {
		open-- // "Faith (their mom)", "Ana (my wife)"
	}
	if !s.punct(open, '(') || !s.punct(i+1, ')') {
		return
	}
	last := open - 1
	first := -1
	for k := last; k >= 0 && k > last-3; k-- {
		ok, c := s.nameWord(k)
		if !ok || s.toks[k].nl || !(s.capitalized(k) || c&(names.First|names.Last) != 0) {
			break
		}
		first = k
		if s.toks[k].nl {
			break
		}
	}
	if first < 0 {
		return
	}
	s.add(s.toks[first].start, s.toks[last].end, KindName, 0.85, "name.relation")
}

// signature records a name written after a sign-off ("Thanks, Ana",
// "Gracias\nAna López") or on a last line after a dash ("- Ana").
func (s *scan) signature(i int) {
	j := i + 1
	if s.is(i, "thank") && s.is(j, "you") {
		j++
	}
	for j < len(s.toks) && s.toks[j].kind == tPunct && !s.toks[j].nl {
		c := s.text[s.toks[j].start]
		if c != ',' && c != '!' && c != '.' && c != '-' {
			return
		}
		j++
	}
	if j >= len(s.toks) {
		return
	}
	st := weak
	if s.toks[j].nl || s.punct(j-1, ',') || s.punct(j-1, '-') || s.endsText(j) && s.toks[j].lex&^(bFirst|bLast|bCommon|ruleOnlyBits) == 0 {
		st = medium // "gracias! Fede" closing the message
	}
	last := s.captureName(j, st)
	if last < 0 {
		s.stopWordSignature(j)
		return
	}
	// A signature ends its line, or goes on with the writer's phone or
	// e-mail ("Kind regards, Aoife O'Sullivan +353 86 555 0121") or a
	// separator before the next block ("--", "|"), or before a labelled
	// contact ("Saludos cordiales, Inés Ruiz - Tel. ...").
	if last+1 < len(s.toks) && !s.toks[last+1].nl && !s.punct(last+1, '.') && !s.contactAt(last+1) &&
		!(s.punct(last+1, '-') && s.punct(last+2, '-') || s.punct(last+1, '|')) && // "-- Jonathan R. Smith, Senior Estimator"
		!(s.punct(last+1, '-') && (s.contactAt(last+2) || s.has(last+2, bPhoneCue|bFaxCue|bPhoneLabel) && s.capitalized(last+2))) {
		return
	}
	s.add(s.toks[j].start, s.toks[last].end, KindName, 0.85, "name.signature")
}

// listedNames records runs of capitalised words found in the name lists:
// "Ana López", "John R. Smith", "Weronika Martinsen". It returns the last
// token it looked at.
func (s *scan) listedNames(i int) int {
	if s.toks[i].end-s.toks[i].start == 1 && s.toks[i].shape == caseUpper {
		if f, e := s.titleInitial(i); f > 0 {
			s.add(s.toks[f].start, s.toks[e].end, KindName, 0.85, "name.title") // "M. Jean-Baptiste Lefèvre"
			return e
		}
		if e := s.doubleInitials(i); e > i {
			s.add(s.toks[i].start, s.toks[e].end, KindName, 0.8, "name.initial") // "M. J. Bell"
			return e
		}
	}
	if e := s.initialSurname(i); e > i {
		s.add(s.toks[i].start, s.toks[e].end, KindName, 0.8, "name.initial")
		return e
	}
	if e := s.givenAbbrev(i); e >= 0 {
		// "Mª Carmen Ruiz", "Wm. Carter": an abbreviated given name and
		// the name after it.
		if last := s.captureRest(i, e, medium); last > e {
			s.add(s.toks[i].start, s.toks[last].end, KindName, 0.8, "name.initial")
			return last
		}
	}
	ok, c0 := s.nameWord(i)
	if !ok || s.has(i, bNotPeople) || s.spanishPronoun(i) {
		return i
	}
	if !s.capitalized(i) && !s.lower {
		// "john smith" typed in lower case: a listed first name and a
		// listed surname, neither an everyday word.
		ok1, c1 := s.nameWord(i + 1)
		if c0&names.First != 0 && c0&names.Common == 0 && ok1 && c1&names.Last != 0 &&
			c1&names.Common == 0 && !s.capitalized(i+1) && !s.toks[i+1].nl {
			s.add(s.toks[i].start, s.toks[i+1].end, KindName, 0.75, "name.list")
			return i + 1
		}
		return i
	}
	personal := func(c names.Class) bool { return c&(names.First|names.Last) != 0 }
	if c0 == 0 {
		// An unlisted capitalised word counts only before a listed
		// surname, or before a middle initial and a surname.
		if s.caseless() || s.toks[i].shape != caseTitle {
			return i
		}
		if e := s.initialName(i); e > 0 {
			s.add(s.toks[i].start, s.toks[e].end, KindName, 0.8, "name.initial")
			return e
		}
		if p := s.titleParticleSkip(i + 1); p > i+1 && !s.toks[i+1].nl && !s.everyday(i) && s.nameClass(p)&(names.Last|names.Common) != 0 {
			// "Maricel Dela Cruz": an unlisted given name before a
			// capitalised particle and a listed surname.
		} else if ok, c1 := s.nameWord(i + 1); !ok || c1&names.Last == 0 || c1&names.Common != 0 ||
			s.toks[i+1].shape != caseTitle || s.toks[i+1].nl {
			return i
		}
	}
	last, listed, n := i, 0, 0
	for j := i; j < len(s.toks) && j < i+5; j++ {
		if j > i && (s.toks[j].nl || s.toks[j].kind != tWord) {
			break
		}
		// A middle initial: "R." or "R" between two names.
		if j > i && s.toks[j].end-s.toks[j].start == 1 && s.toks[j].shape == caseUpper && !s.upper {
			k := j + 1
			if s.punct(k, '.') {
				k++
			}
			if ok, _ := s.nameWord(k); ok && s.capitalized(k) {
				j = k - 1
				continue
			}
			break
		}
		if j > i {
			if p := s.particleSkip(j); p != j {
				j = p // "Luis de la Cruz": on to the surname
			} else if p := s.titleParticleSkip(j); p != j {
				j = p    // "Frank Lo Bianco"
				listed++ // a particle before a capitalised word says "surname": "Maricel Dela Cruz"
			}
		}
		ok, c := s.nameWord(j)
		if !ok || (!s.capitalized(j) && !s.lower) {
			break
		}
		switch {
		case personal(c):
			listed++
		case c != 0:
		case j > i && !s.upper && (s.toks[j].shape == caseTitle || s.toks[j].shape == caseMixed):
			// An unlisted surname after a name (capitals stand out in a
			// text written in lower case too).
		case j == i:
		default:
			goto end
		}
		last, n = j, n+1
	}
end:
	if last+1 < len(s.toks) && s.has(last+1, bOrg) && !s.toks[last+1].nl || s.partnerFirm(last) {
		return last // "Russell Investments", "Thomas and Sons", "Fairbanks & Lowe LLP"
	}
	conf := 0.0
	switch {
	case n >= 2 && listed >= 1:
		conf = 0.9
	case s.lower && !(n == 1 && c0&names.First != 0 && s.capitalized(i) && !s.sentenceStart(i)):
		// Lower-case text: a run of two listed names, or a capitalised
		// listed first name inside a sentence.
	case n == 1 && c0&names.First != 0:
		conf = 0.7
	case n == 1 && c0&names.Last != 0:
		conf = 0.6
	}
	if s.upper && n == 1 {
		// In capitals, a lone listed word is weak evidence.
		conf = 0.45
		if c0&names.First != 0 && s.toks[i].end-s.toks[i].start >= 4 {
			conf = 0.5
		}
	}
	if n == 1 && s.takenProduct(i) {
		conf = 0 // "me tomé la Ella", "took the Julie": a pill's brand
	}
	if n == 1 && c0&names.First == 0 && s.is(i-1, "de") && names.IsPlace(s.low(i)) {
		conf = 0 // "identificado con C.C. ... de Medellín": a listed surname that is a town, after "de"
	}
	if conf > 0 {
		s.add(s.toks[i].start, s.toks[last].end, KindName, conf, "name.list")
	}
	return last
}

// verbLike reports whether a folded word ends like an English verb form
// ("visisted", "agreeing"), which a misspelt word after a relation often
// is ("husband visisted").
func verbLike(w []byte) bool {
	return bytes.HasSuffix(w, []byte("ed")) || bytes.HasSuffix(w, []byte("ing")) || bytes.HasSuffix(w, []byte("ly")) ||
		bytes.HasSuffix(w, []byte("ess")) || bytes.HasSuffix(w, []byte("es"))
}

// spanishPronoun reports whether the listed name at token i is the Spanish
// pronoun it is spelt like, opening its clause before a word in lower
// case that is no English word: "Ella tiene cita", "ella quiere". After a cue or a
// relation ("mi hija Ella") the cue rules still take it.
func (s *scan) spanishPronoun(i int) bool {
	return s.toks[i].end-s.toks[i].start == 4 && s.is(i, "ella") && i+1 < len(s.toks) && s.toks[i+1].kind == tWord && s.toks[i+1].shape == caseLower &&
		!s.toks[i+1].nl && !s.everyday(i+1) && (s.sentenceStart(i) || s.toks[i].shape == caseLower) // "Ella lives in..." is English
}

// contactAt reports whether a phone number or an e-mail address found by
// the number and address rules starts at token k.
func (s *scan) contactAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	at := s.toks[k].start
	for _, sp := range s.spans {
		if (sp.Kind == KindPhone || sp.Kind == KindEmail) && sp.Start == at {
			return true
		}
	}
	return false
}

// surnameInCapitals reports whether token i is a listed surname written in
// capitals before the given name, as Chinese, Korean and Vietnamese names
// are often written in forms ("LIU Jianguo", "NGUYEN Van An"): a short
// word in capitals, then a capitalised word on the line.
func (s *scan) surnameInCapitals(i int) bool {
	if s.upper || i+1 >= len(s.toks) || s.toks[i].kind != tWord || s.toks[i].shape != caseUpper ||
		s.toks[i].end-s.toks[i].start < 2 || s.toks[i+1].shape != caseTitle || s.toks[i+1].nl || !s.toks[i+1].space ||
		s.has(i, bStop|bClinical|bState|bOrg|bMonth) || s.nameClass(i)&names.Last == 0 {
		return false
	}
	ok, _ := s.nameWord(i + 1)
	return ok && !s.has(i+1, bClinical)
}
