package phi

import (
	"sync"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// The cues that introduce a name ("my name is", "me llamo", "for my
// son"), and the names that follow them, a relation word or a sign-off.

// nameCue describes a phrase that introduces a name and how strong it is.
type nameCue struct {
	words []string
	st    strength
}

// nameCues are matched on folded words; ":" stands for a colon token.
var nameCues = []nameCue{
	{[]string{"my", "name", "is"}, strong}, {[]string{"name", "is"}, strong},
	{[]string{"me", "llamo"}, strong}, {[]string{"se", "llama"}, strong}, {[]string{"mi", "nombre", "es"}, strong},
	{[]string{"nombre", "es"}, strong}, {[]string{"name", ":"}, strong}, {[]string{"nombre", ":"}, strong},
	{[]string{"patient", ":"}, strong}, {[]string{"paciente", ":"}, strong},
	{[]string{"patient", "name"}, strong}, {[]string{"a", "nombre", "de"}, strong}, {[]string{"in", "the", "name", "of"}, strong},
	// The holder named on an insurance card or a bill: "AFILIADO: SOTO,
	// ANA", "Subscriber: Carol Mbeki", "Guarantor: Wen Ashby".
	{[]string{"afiliado", ":"}, strong}, {[]string{"afiliada", ":"}, strong}, {[]string{"asegurado", ":"}, strong},
	{[]string{"asegurada", ":"}, strong}, {[]string{"titular", ":"}, strong}, {[]string{"subscriber", ":"}, strong},
	{[]string{"guarantor", ":"}, strong}, {[]string{"insured", ":"}, strong}, {[]string{"signed", ","}, strong}, {[]string{"firma", ":"}, strong},
	{[]string{"this", "is"}, weak}, {[]string{"i", "am"}, weak}, {[]string{"i'm"}, weak},
	{[]string{"im"}, weak}, {[]string{"yo", "soy"}, medium}, {[]string{"soy"}, weak}, {[]string{"habla"}, weak},
	{[]string{"le", "escribe"}, medium}, {[]string{"les", "escribe"}, medium}, {[]string{"te", "escribe"}, medium},
	{[]string{"me", "dicen"}, medium},
	{[]string{"le", "dicen"}, medium}, {[]string{"me", "llaman"}, medium}, {[]string{"le", "llaman"}, medium},
	// Other names a person goes by or a chart is kept under (messages44:
	// "le decimos Mena", "known publicly as Kestrel", "chart is under
	// Golnaz Rahimi", "she was born Dorothy Mae Pruett").
	{[]string{"le", "decimos"}, medium}, {[]string{"known", "as"}, medium}, {[]string{"publicly", "as"}, medium},
	{[]string{"is", "under"}, medium}, {[]string{"under", "the", "name"}, strong}, {[]string{"was", "born"}, medium},
	{[]string{"nacio", "como"}, medium},
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
	if j < len(s.toks) && s.toks[j].shape == caseUpper && !s.upper && s.everyday(j) && !s.listedName(j) {
		return // a word shouted, not a name: "my mom CANNOT know"
	}
	if st == medium && j == i+2 && (s.punct(i+1, '-') || s.punct(i+1, ':')) {
		if ok, c := s.nameWord(j); s.punct(i+1, ':') && j < len(s.toks) && s.toks[j].shape == caseLower && !s.lower && !s.caseless() &&
			(!ok || c&(names.First|names.Last) == 0) {
			return // "Mamá: llamamos al 911??": a chat's sender, then her words
		}
		st = strong // "DAUGHTER-KRISSY", "wife: Ana": a label
	}
	first := st == strong
	for n := 0; n < 4; n++ {
		if n > 0 && !s.caseless() && j < len(s.toks) && s.toks[j].shape == caseLower && s.toks[i+1].shape != caseLower &&
			s.capitalized(s.tokenAt(s.spans[len(s.spans)-1].Start)) {
			return // "mi tía Altagracia, ella tiene...": after a capitalised name, a word in lower case starts no further name
		}
		last := s.captureName(j, st)
		if last < 0 && n == 1 && first && s.punct(j-1, ',') {
			last = s.capsGiven(j) // "Paciente: FLORES, ANA CRISTINA": a short given name is no abbreviation there
		}
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
		if n == 1 && first && (last == j || s.capsRun(j, last)) && s.punct(j-1, ',') && len(s.spans) > 0 {
			// "Name: Smith, John": one name written surname first; in
			// capitals a form may give two of each and a middle initial
			// ("Paciente: PEÑA SOLÍS, ANA MARÍA", "Patient: DOE, JANE L").
			s.spans[len(s.spans)-1].End = s.toks[s.trailingInitial(last)].end
			return
		}
		first = first && (last == j || s.capsRun(j, last) && s.punct(last+1, ','))
		if st == strong && n == 0 && !s.punct(last+1, ',') {
			last = s.trailingInitial(last) // "a nombre de ALMA R. está lista"
		}
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

// dashSignature records a name signed after a dash that ends the text:
// "... call my daughter at 555-0186. - Consuelo", "Thanks! -- Ana Ruiz".
// Token i is the dash; the first word must be a listed name or a word
// that names people too and is no everyday word ("Consuelo", "Rosario").
func (s *scan) dashSignature(i int) {
	p := i - 1
	if s.punct(p, '-') {
		return // the second dash of "--" reads from the first
	}
	if !(p < 0 || s.toks[i].nl || s.punct(p, '.') || s.punct(p, '!') || s.punct(p, '?')) {
		return
	}
	j := i + 1
	if s.punct(j, '-') && s.toks[j].start == s.toks[i].end {
		j++
	}
	if j >= len(s.toks) || s.toks[j].nl || s.toks[j].shape != caseTitle || s.clinicianTitleAt(j) ||
		s.nameClass(j)&(names.First|names.Last) == 0 && (s.nameClass(j)&names.Common == 0 || s.everyday(j)) {
		return
	}
	if ok, _ := s.nameWord(j); !ok {
		return
	}
	last := j
	if ok, _ := s.nameWord(j + 1); ok && s.toks[j+1].shape == caseTitle && !s.toks[j+1].nl {
		last = j + 1
	}
	if s.endsText(last) {
		s.add(s.toks[j].start, s.toks[last].end, KindName, 0.85, "name.signature")
	}
}

// capsRun reports whether tokens j..last are at most two words written in
// capitals: the surnames or given names of a form's "SURNAME, GIVEN".
func (s *scan) capsRun(j, last int) bool {
	if last-j > 1 {
		return false
	}
	for k := j; k <= last; k++ {
		if s.toks[k].kind != tWord || s.toks[k].shape != caseUpper {
			return false
		}
	}
	return true
}

// capsGiven reads the given names of a form's "SURNAME, GIVEN" written in
// capitals from token j: a listed given name, maybe a second name, closing
// the field.
// It returns the last token, or -1.
func (s *scan) capsGiven(j int) int {
	last := -1
	for k := j; k < j+2 && k < len(s.toks); k++ {
		tk := s.toks[k]
		if tk.nl || tk.kind != tWord || tk.shape != caseUpper || tk.end-tk.start < 2 {
			break
		}
		if ok, _ := s.nameWord(k); k == j && s.nameClass(k)&names.First == 0 || k > j && !ok {
			break
		}
		last = k
	}
	if last < 0 {
		return -1
	}
	if e := s.trailingInitial(last); e > last || s.fieldEnd(last+1) {
		return last
	}
	return -1
}

// trailingInitial extends a name ending at token last over a middle
// initial that closes it in a form field ("DOE, JANE L DOB: ...", "DOE,
// JANE L. |"), and returns the name's last token.
func (s *scan) trailingInitial(last int) int {
	j := last + 1
	if j >= len(s.toks) || s.toks[j].nl || s.toks[j].kind != tWord || s.toks[j].shape != caseUpper ||
		s.toks[j].end-s.toks[j].start != 1 {
		return last
	}
	k := j + 1
	if s.punct(k, '.') && !s.punct(k+1, ':') {
		j, k = k, k+1
		if k < len(s.toks) && !s.toks[k].nl && s.toks[k].shape == caseLower {
			return j // an abbreviated surname before the sentence goes on: "ALMA R. está lista"
		}
	}
	if s.fieldEnd(k) || s.toks[k].kind == tWord && s.toks[k].shape == caseUpper && s.punct(k+1, ':') && s.toks[k].end-s.toks[k].start > 1 {
		return j
	}
	return last
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
