package phi

import (
	"bytes"
	"strings"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// This file holds name rules that read family and visitors in care notes:
// "DAUGHTER-DESTINY", "social: tom visited", "significant other danny",
// "keep Castellano family aware", "husband radovan."

// kinCues are the words the kin rules start from besides relations:
// "family" before a surname, "other" after "significant", "per" and
// "plan" before a ward.
var kinCues = setOf("family", "familia", "other", "per", "plan", "here", "aca", "aqui")

// visitVerbs follow a visitor's or caller's name: "tom visited", "george
// called early this am".
var visitVerbs = setOf("called", "calls", "visited", "visits", "visiting", "phoned", "came", "arrived",
	"stopped", "spoke", "updated", "llamo", "vino", "visito", "llego")

// hyphenRelation records the name glued to a relation word by a hyphen,
// one token for the tokenizer: "DAUGHTER-DESTINY", "son-Luis". Token i is
// a word holding a hyphen.
func (s *scan) hyphenRelation(i int) {
	w := s.low(i)
	h := bytes.IndexByte(w, '-')
	if h <= 0 || bytes.IndexByte(w[h+1:], '-') >= 0 || len(w)-h-1 < 3 || bytes.HasPrefix(w[h+1:], []byte("inlaw")) {
		return // no hyphen, "sister-in-law", "son-inlaw"
	}
	if s.lexicon()[string(w[:h])]&bRelation == 0 {
		return
	}
	name := w[h+1:]
	c := names.LookupBytes(name)
	start := s.toks[i].start + h + 1 // folding keeps ASCII offsets; the check below guards the rest
	if start >= s.toks[i].end || s.text[start-1] != '-' {
		return
	}
	first := s.text[start]
	caps := first >= 'A' && first <= 'Z'
	switch {
	case c&names.Word != 0 && c&(names.First|names.Last) == 0:
		return // "son-in", "mom-rest"
	case c&(names.First|names.Last|names.Common) != 0:
	case s.caseless() && len(name) >= 4:
	case caps && !s.caseless():
	default:
		return
	}
	s.add(start, s.toks[i].end, KindName, 0.85, "name.relation")
}

// lexicon returns the merged word sets; a method so that rules read it
// the same way as tokenize.
func (s *scan) lexicon() map[string]lexBit { return lexicon() }

// nameBeforeVisit records a given name right before a verb of visiting or
// calling, opening its clause: "social: tom visited", "and frank called".
// A name that is also an everyday word ("bill") needs the clause to open
// right before it.
func (s *scan) nameBeforeVisit(i int) {
	k := i - 1
	ok, c := s.nameWord(k)
	if !ok || s.toks[i].nl || c&(names.First|names.Common) == 0 || s.has(k, bPossessive|bRelation|bPatTitle|bClinTitle) {
		return
	}
	if !s.caseless() && s.toks[k].shape == caseLower && c&names.First == 0 {
		return
	}
	opens := k == 0 || s.toks[k].nl || s.is(k-1, "and") || s.is(k-1, "y")
	if p := k - 1; p >= 0 && s.toks[p].kind == tPunct {
		switch s.text[s.toks[p].start] {
		case ':', ',', ';', '.', '(':
			opens = true
		}
	}
	if !opens || c&names.First == 0 && s.everyday(k) && !s.punct(k-1, ':') {
		return
	}
	if len(s.low(k)) < 3 {
		return
	}
	s.add(s.toks[k].start, s.toks[k].end, KindName, 0.75, "name.visit")
}

// familyName records a surname before "family": "keep Castellano family
// aware", "the Nguyen family called".
func (s *scan) familyName(i int) {
	k := i - 1
	ok, c := s.nameWord(k)
	// An unlisted surname counts after "the": "the Petrovic family".
	unlisted := c == 0 && s.is(k-1, "the") && s.toks[k].lex&^ruleOnlyBits == 0 && len(s.low(k)) >= 4 && !s.caseless() &&
		s.toks[k].shape == caseTitle && bytes.IndexByte(s.low(k), '\'') < 0
	if !ok || c&(names.Last|names.Common) == 0 && !unlisted || s.everyday(k) || s.toks[i].nl ||
		s.has(k, bPossessive|bRelation|bNotPeople) {
		return
	}
	if !s.caseless() && s.toks[k].shape != caseTitle {
		return
	}
	s.add(s.toks[k].start, s.toks[k].end, KindName, 0.75, "name.family")
}

// nameBeforePhoneLabel records two capitalised words written right before
// a phone label, the way contact lines are: "Tavita Oyelowo cell#
// 410-322-1419". Neither word may be an everyday word or a clinical
// term, and one must be a listed name or no word at all. Token i is the
// label.
func (s *scan) nameBeforePhoneLabel(i int) {
	a, b := i-2, i-1
	if a < 0 || s.caseless() || s.toks[i].nl || s.toks[b].nl || !s.toks[b].space {
		return
	}
	if !s.punct(i+1, '#') && !s.punct(i+1, ':') && !(i+1 < len(s.toks) && s.toks[i+1].kind == tNum) {
		return // "Cell# 410...", "cell: 410", "cell 410..."
	}
	for _, k := range []int{a, b} {
		if s.toks[k].kind != tWord || s.toks[k].shape != caseTitle || s.everyday(k) ||
			s.toks[k].lex&^(bFirst|bLast|bCommon|ruleOnlyBits) != 0 || len(s.low(k)) < 3 {
			return
		}
	}
	if s.nameClass(a)&(names.First|names.Last) == 0 && s.nameClass(b)&(names.First|names.Last) == 0 &&
		!(s.unusualWord(a) && s.unusualWord(b)) {
		return
	}
	s.add(s.toks[a].start, s.toks[b].end, KindName, 0.75, "name.contact")
}

// clauseEndsAfter reports whether nothing but punctuation, a line break,
// the end of the text or a small word follows token i: "husband radovan.",
// "BROTHER VINNY AND A SISTER".
func (s *scan) clauseEndsAfter(i int) bool {
	j := i + 1
	if j >= len(s.toks) || s.toks[j].nl {
		return true
	}
	if s.toks[j].kind == tPunct {
		switch s.text[s.toks[j].start] {
		case '.', ',', ';', ':', ')', '!', '?', '"':
			return true
		}
		return false
	}
	return nameFollowers[string(s.low(j))] || s.has(j, bVisitVerb)
}

// nameFollowers are small words that may follow a name closing its
// clause: "BROTHER VINNY AND A SISTER", "husband radovan who".
var nameFollowers = setOf("and", "or", "who", "is", "was", "has", "had", "will", "here", "at", "in", "on",
	"with", "y", "que", "es", "esta")

// stopWordSignature records a sign-off name that is also a small English
// word, "Thanks - Will", "Best,\nBill": capitalised, listed as a name, and
// alone at the end of its line. Token j follows the sign-off.
func (s *scan) stopWordSignature(j int) {
	if j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].shape != caseTitle || s.upper ||
		s.nameClass(j) == 0 || s.has(j, bPossessive|bRelation|bPatTitle|bClinTitle) || len(s.low(j)) < 3 {
		return
	}
	if k := j + 1; k < len(s.toks) && !s.toks[k].nl && !s.punct(k, '.') && !s.punct(k, '!') {
		return
	}
	s.add(s.toks[j].start, s.toks[j].end, KindName, 0.8, "name.signature")
}

// selfIntro reports whether the word at token j, after the weak cue ending
// at token i, is a name nobody listed in a self-introduction: the cue is
// "its", "it's", "im", "i'm", "this is" or "soy" and opens its clause (or
// follows a greeting), and the word is an unusual one, typed in lower or
// title case, that the introduction closes: "hi its dmitri again", "This
// is Oyelaran here". "supports its songwriters" is no introduction.
func (s *scan) selfIntro(i, j int) bool {
	c := i // the first word of the cue
	switch {
	case s.is(i, "its") || s.is(i, "it's") || s.is(i, "im") || s.is(i, "i'm") || s.is(i, "soy"):
	case s.is(i, "is") && s.is(i-1, "this"):
		c = i - 1
	default:
		return false
	}
	if p := c - 1; p >= 0 && !s.toks[c].nl && !(s.toks[p].kind == tPunct || s.is(p, "hi") || s.is(p, "hey") ||
		s.is(p, "hello") || s.is(p, "hola")) {
		return false
	}
	if j >= len(s.toks) || s.toks[j].nl || s.upper || s.toks[j].shape == caseUpper || s.toks[j].shape == caseMixed {
		return false
	}
	if s.nicknameBeforeName(j) {
		return true // "hey its dee (Deandra Mitchell)"
	}
	return s.unusualWord(j) && !drugLike(s.low(j)) && s.greetingEndsAfter(j)
}

// nicknameBeforeName reports whether the short word j, no everyday or stop
// word, is followed by a full name in parentheses: two capitalised words.
func (s *scan) nicknameBeforeName(j int) bool {
	if len(s.low(j)) < 3 || s.everyday(j) || s.has(j, bStop|bClinical|bRelation) || !s.punct(j+1, '(') {
		return false
	}
	return j+3 < len(s.toks) && s.toks[j+2].kind == tWord && s.toks[j+2].shape == caseTitle &&
		s.toks[j+3].kind == tWord && (s.toks[j+3].shape == caseTitle || s.toks[j+3].shape == caseMixed)
}

// greetingEndsAfter reports whether the word after token i closes a
// self-introduction: "its dmitri again", "this is oyelaran here", "im
// teodora,".
func (s *scan) greetingEndsAfter(i int) bool {
	j := i + 1
	if j >= len(s.toks) {
		return true
	}
	if s.toks[j].kind == tPunct {
		switch s.text[s.toks[j].start] {
		case ',', '.', '!', '-':
			return true
		}
		return false
	}
	return !s.toks[j].nl && introFollowers[string(s.low(j))]
}

// introFollowers close a self-introduction.
var introFollowers = setOf("again", "here", "from", "calling", "writing", "texting", "checking", "following")

// drugLike reports whether a folded word ends like a drug name.
func drugLike(w []byte) bool {
	for _, e := range drugEndings {
		if bytes.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// nameHere records "Olu here, confirming ...": a capitalised word that
// opens its line and is followed by "here" and a comma, a dash or a stop.
// Token i is "here".
func (s *scan) nameHere(i int) {
	k := i - 1
	if k < 0 || !(k == 0 || s.toks[k].nl || s.punct(k-1, ',') && s.greetingBefore(k-1)) || s.toks[k].kind != tWord || s.upper ||
		s.everyday(k) || s.has(k, bStop|bRelation|bPatTitle|bClinTitle|bClinical|bCareUnit) {
		return
	}
	if s.toks[k].shape != caseTitle && !(s.toks[k].shape == caseLower && s.unusualWord(k) && !drugLike(s.low(k))) {
		return // "yeison aca": a name typed in lower case is no word anyone knows
	}
	if m := i + 1; m < len(s.toks) && !s.toks[m].nl && !s.punct(m, ',') && !s.punct(m, '.') && !s.punct(m, '!') && !s.punct(m, '-') {
		return
	}
	s.add(s.toks[k].start, s.toks[k].end, KindName, 0.8, "name.here")
}

// nameLabel records the name after a bare "name" that opens its clause or
// follows a possessive, as in a quick list of details: "... gmail.com.
// name Katrin van der Berg, dob ...", "her name Ana Ruiz".
func (s *scan) nameLabel(i int) {
	p := i - 1
	if !(p < 0 || s.toks[i].nl || s.toks[p].kind == tPunct && strings.IndexByte(".,;!?-(", s.text[s.toks[p].start]) >= 0 ||
		s.has(p, bPossessive)) || i+1 >= len(s.toks) || s.toks[i+1].shape != caseTitle || s.toks[i+1].nl {
		return
	}
	s.nameAfterCue(i, medium, 0.85, "name.cue")
}

// greetingBefore reports whether the clause that ends at token c (a comma)
// is a greeting: "hola", "buenas noches", "hi there".
func (s *scan) greetingBefore(c int) bool {
	for k := c - 1; k >= 0 && k >= c-3; k-- {
		if s.toks[k].kind != tWord {
			return false
		}
		if s.is(k, "hi") || s.is(k, "hello") || s.is(k, "hey") || s.is(k, "hola") || s.is(k, "buenas") ||
			s.is(k, "buenos") || s.is(k, "morning") || s.is(k, "evening") || s.is(k, "afternoon") {
			return k == 0 || s.toks[k].nl || s.toks[k-1].kind == tPunct
		}
	}
	return false
}

// kinTitles are relation words used as a title before a given name:
// "Grandma Ruth", "Uncle Bob", "Tía Carmen".
var kinTitles = setOf("grandma", "grandpa", "grandmother", "grandfather", "aunt", "uncle", "auntie",
	"nana", "granny", "tia", "tio", "abuela", "abuelo", "abuelita", "abuelito", "cousin", "prima", "primo")

// possessiveBeforeRelation records the name in "I'm Maya's mom",
// "Tom's wife called": a word in the possessive right before the relation
// word at token i, capitalised (or listed, in a text in one case), no
// everyday word unless a listed name.
func (s *scan) possessiveBeforeRelation(i int) { s.possessiveName(i-1, i, false) }

// possessiveBeforeThing records the name in "at Aiden's visit on 3/10",
// "for Lily's appointment": a listed name in the possessive, capitalised,
// right before a word of what a patient has at a clinic (ownedThings),
// token i. A name that is also an everyday word ("Lily", "Rose") counts
// inside a sentence; a weekday or a month never does ("Monday's
// appointment").
// One word may come between ("Ava's immunization form", "Noah's school
// physical").
func (s *scan) possessiveBeforeThing(i int) {
	k := i - 1
	if k > 0 && !bytes.HasSuffix(s.low(k), []byte("s")) && s.toks[k].kind == tWord && s.toks[k].shape == caseLower && !s.toks[k].nl && s.toks[k].space {
		k-- // the word between
	}
	s.possessiveName(k, k+1, true)
}

// possessiveName records the name in the possessive at token k, before
// token i (the relation, or what is owned, or the word before it):
// possessiveBeforeRelation, and possessiveBeforeThing when thing is set.
func (s *scan) possessiveName(k, i int, thing bool) {
	if k < 0 || s.toks[k].kind != tWord || s.toks[i].nl || !s.toks[i].space {
		return
	}
	// Family: a capitalised word in the possessive before "dad",
	// "grandmother" is a person's name even when it is also an everyday
	// word or opens its sentence ("Lily's dad", "Destiny Walker's
	// grandmother"); not before "manager" ("Walmart's manager").
	family := !thing && familyKin[string(s.low(i))]
	w := s.low(k)
	suf := possessiveSuffix(w)
	if suf == 0 {
		return
	}
	n := len(w) - suf
	stem := w[:n]
	if n < 2 || bytes.ContainsAny(stem, "'’-") {
		return
	}
	c := names.LookupBytes(stem)
	switch {
	case s.lexicon()[string(stem)]&(bStop|bRelation|bPossessive|bClinTitle|bPatTitle|bCareUnit|bClinical) != 0:
		return // "my mom's husband", "the doctor's"
	case thing && (s.lexicon()[string(stem)]&(bWeekday|bMonth|bMonthAlone|bOrg|bFacility|bSchool|bEvent) != 0 || s.toks[k].shape == caseLower):
		return // "Monday's appointment", "Children's"
	case thing && c&names.Common != 0 && !s.sentenceStart(k):
		// "for Lily's appointment"
	case thing && c&(names.First|names.Last) == 0:
		return // an unlisted capitalised word may be a firm's
	case c&(names.First|names.Last) != 0 && (s.caseless() || s.toks[k].shape != caseLower):
	case c&names.Word == 0 && s.toks[k].shape == caseTitle && !s.sentenceStart(k) && n >= 3:
	case family && s.toks[k].shape == caseTitle && n >= 3:
	default:
		return
	}
	start := s.toks[k].start
	if g := k - 1; g >= 0 && s.toks[g].kind == tWord && s.toks[g].shape == caseTitle && !s.toks[k].nl && s.toks[k].space {
		if ok, c := s.nameWord(g); ok && (c != 0 || family) && (!s.sentenceStart(g) || family) {
			start = s.toks[g].start // "Grace Abernathy's husband": the given name goes too
		}
	}
	s.add(start, s.toks[k].start+len(s.text[s.toks[k].start:s.toks[k].end])-(len(w)-n), KindName, 0.8, "name.possessive")
}

// familyKin are the relations of a family, after a name in the
// possessive (see possessiveName).
var familyKin = setOf("son", "daughter", "wife", "husband", "mother", "mom", "mum", "father", "dad",
	"brother", "sister", "grandson", "granddaughter", "grandmother", "grandma", "grandfather", "grandpa",
	"aunt", "uncle", "niece", "nephew", "cousin", "stepson", "stepdaughter", "stepmom", "stepdad",
	"parents", "parent", "sons", "daughters", "kids", "children", "baby", "grandparents")

// ownedThings are what a patient has at a clinic, after a name in the
// possessive (see possessiveBeforeThing).
var ownedThings = setOf("visit", "visits", "appointment", "appointments", "appt", "appts", "checkup", "physical",
	"shots", "vaccines", "immunizations", "records", "chart", "results", "labs", "prescription", "prescriptions",
	"refill", "meds", "medicine", "medication", "medications", "surgery", "procedure", "referral", "bill", "balance",
	"account", "insurance", "forms", "form", "note", "inhaler", "ear", "ears", "fever", "rash", "cough", "asthma",
	"allergies", "therapy", "therapist", "cast", "stitches", "weight", "birthday", "school", "daycare")

// nameBeforeApposition records a capitalised name set before its
// relation to the writer: "te escribo por Benja, mi hijo de 8 meses",
// "calling about Rowan, my son". Token i is the relation word after a
// possessive and a comma; the name must not open its sentence.
func (s *scan) nameBeforeApposition(i int) {
	c := i - 2
	if !s.has(i-1, bPossessive) || !s.punct(c, ',') || s.toks[i].nl {
		return
	}
	last := c - 1
	first := last
	for first >= 0 && first > last-3 && s.toks[first].kind == tWord && s.toks[first].shape == caseTitle && !s.toks[first].nl {
		if ok, _ := s.nameWord(first); !ok || s.has(first, bClinical|bNotPeople|bPlaceEnd) {
			break
		}
		first--
	}
	first++
	if first > last || s.sentenceStart(first) || s.has(first-1, bClinTitle|bPatTitle) || s.covered(s.toks[first].start, s.toks[last].end, len(s.spans)) {
		return
	}
	if ok, c0 := s.nameWord(first); !ok || c0 == 0 && !s.unusualWord(first) {
		return
	}
	s.add(s.toks[first].start, s.toks[last].end, KindName, 0.8, "name.apposition")
}

// newborn records the name a hospital gives a baby before one is chosen:
// "Baby Boy Henderson", "Baby Girl Ruiz". Token i is "Baby".
func (s *scan) newborn(i int) {
	j, k := i+1, i+2
	if k >= len(s.toks) || s.toks[j].nl || s.toks[k].nl || s.toks[j].shape != caseTitle || s.toks[k].shape != caseTitle ||
		!(s.is(j, "boy") || s.is(j, "girl")) {
		return
	}
	if ok, _ := s.nameWord(k); !ok {
		return
	}
	s.add(s.toks[i].start, s.toks[k].end, KindName, 0.85, "name.newborn")
}
