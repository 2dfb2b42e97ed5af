package triage

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// FindRedFlags returns the red flags in text: emergency signs (chest pain,
// stroke signs, trouble breathing, severe bleeding, anaphylaxis, overdose or
// poisoning, a double dose of a dangerous drug, a swallowed battery or
// magnets, suicidal or self-harm intent, seizure, unresponsiveness,
// bleeding in pregnancy, a sick newborn, the worst headache of one's life,
// repeated shocks from an implanted defibrillator, acute chest in sickle
// cell disease) and urgent ones
// (fever in an infant, worsening symptoms, a reaction to a medication...),
// in English and Spanish, tolerant of typos and shorthand.
//
// A sign that is denied ("no chest pain", "sin dolor de pecho"), long past
// ("had chest pain last year"), only asked about ("signs of a stroke") or
// idiomatic ("this bill almost gave me a heart attack") is not returned; a
// past sign without a time long ago ("had chest pain this morning") is kept
// as urgent. Each flag carries the byte span of its evidence in text. The
// result is sorted by position, one flag per kind, and nil when nothing is
// found. FindRedFlags never fails and is safe for concurrent use.
func FindRedFlags(text string) []RedFlag {
	flags, _ := defaultDetector().scan(tokenize(text))
	return flags
}

// MaxUrgency returns the highest urgency among flags, routine when there are
// none.
func MaxUrgency(flags []RedFlag) Urgency {
	u := UrgencyRoutine
	for _, f := range flags {
		u = Max(u, f.Urgency)
	}
	return u
}

// compiledRule is a rule ready to match.
type compiledRule struct {
	rule
	notBefore, notAfter, idiom, mild *term
}

// detector runs the red-flag rules over tokens.
type detector struct {
	rules   []compiledRule
	pats    []pattern
	patRule []int
	ix      *patternIndex
}

var defaultDetector = sync.OnceValue(func() *detector {
	d, err := newDetector(redFlagRules)
	if err != nil {
		panic(err) // the rules are constant; TestRulesCompile keeps them valid
	}
	return d
})

func newDetector(rules []rule) (*detector, error) {
	d := &detector{}
	for ri, r := range rules {
		cr := compiledRule{rule: r}
		for _, spec := range []struct {
			src string
			dst **term
		}{{r.notBefore, &cr.notBefore}, {r.notAfter, &cr.notAfter}, {r.idiom, &cr.idiom}, {r.mild, &cr.mild}} {
			if spec.src == "" {
				continue
			}
			p, err := compilePattern(spec.src)
			if err != nil || len(p.terms) != 1 {
				return nil, fmt.Errorf("triage: rule %s: bad exclusion %q: %v", r.kind, spec.src, err)
			}
			*spec.dst = &p.terms[0]
		}
		d.rules = append(d.rules, cr)
		for _, src := range r.patterns {
			p, err := compilePattern(src)
			if err != nil {
				return nil, fmt.Errorf("triage: rule %s: %w", r.kind, err)
			}
			d.pats = append(d.pats, p)
			d.patRule = append(d.patRule, ri)
		}
	}
	d.ix = newPatternIndex(d.pats)
	return d, nil
}

// verdict is what the context makes of one match.
type verdict uint8

const (
	live       verdict = iota // the sign is there now
	downgraded                // a recent past sign: urgent, not emergency
	dropped                   // denied, long past, asked about or idiomatic
	excluded                  // something else by the words around it ("food poisoning")
)

// scan returns the live flags in toks, and whether a sign was seen but
// dropped by its context (so that no statistical model may raise the
// message on the strength of words the patient denied or dated long ago).
func (d *detector) scan(toks []token) (flags []RedFlag, suppressed bool) {
	var cands []int
	var buf []byte
	var droppedSpans [][2]int
	for i := range toks {
		cands, buf = d.ix.candidates(cands[:0], toks[i].norm, buf)
		// Rules are ordered emergencies first, so the most serious reading
		// of a word is judged before the milder ones.
		slices.Sort(cands)
		cands = slices.Compact(cands)
		for _, pid := range cands {
			ri := d.patRule[pid]
			r := &d.rules[ri]
			if hasKind(flags, r.kind) {
				continue
			}
			end, ok := d.pats[pid].match(toks, i)
			if !ok {
				continue
			}
			u := r.urgency
			v := judge(toks, i, end, r)
			span := [2]int{toks[i].start, toks[end].end}
			denied := span
			if v != dropped {
				if k, ok := negatedInside(toks, i, end, d.pats[pid]); ok {
					// Only the words from the negation to the end of its
					// clause are denied: in "calf swollen, no shortness
					// of breath" the calf may still be read as a milder
					// sign, and in "no siento que se mueva y me salió
					// sangre" the blood as a sign of its own.
					j := k + 1
					for j < end && !toks[j+1].clause && !joins[toks[j+1].norm] {
						j++
					}
					v, denied = dropped, [2]int{toks[k].start, toks[j].end}
				}
			}
			switch v {
			case dropped:
				suppressed = true
				droppedSpans = append(droppedSpans, denied)
				continue
			case excluded:
				// Not a denial: another pattern may still read these
				// words ("took all my pills like an hour ago").
				suppressed = true
				continue
			case downgraded:
				u = UrgencyUrgent
			}
			// A word already read as denied, or as a graver sign, is not
			// read again as a milder one ("no me duele el pecho").
			// A match that opens with a negation asks for it ("no suda"):
			// an earlier denial does not cover it.
			if overlapsAny(span, droppedSpans) && !negations[toks[i].norm] || overlapsFlag(span, flags, u) {
				continue
			}
			flags = append(flags, RedFlag{Kind: r.kind, Start: span[0], End: span[1], Urgency: u})
		}
	}
	slices.SortStableFunc(flags, func(a, b RedFlag) int { return a.Start - b.Start })
	return flags, suppressed
}

func overlapsAny(span [2]int, spans [][2]int) bool {
	for _, o := range spans {
		if span[0] < o[1] && o[0] < span[1] {
			return true
		}
	}
	return false
}

// overlapsFlag reports a flag at least as urgent as u over span.
func overlapsFlag(span [2]int, flags []RedFlag, u Urgency) bool {
	for _, f := range flags {
		if span[0] < f.End && f.Start < span[1] && f.Urgency.Rank() >= u.Rank() {
			return true
		}
	}
	return false
}

func hasKind(flags []RedFlag, kind string) bool {
	for _, f := range flags {
		if f.Kind == kind {
			return true
		}
	}
	return false
}

// Context word lists. All are normalised words (see tokenize).
var (
	negations    = wordSet("no not never dont doesnt didnt isnt arent wasnt werent havent hasnt hadnt without denies deny denied negative none nunca sin tampoco ni niega nego longer")
	fillers      = wordSet("have has had having any feel feeling felt experiencing experienced get getting got i im my a an the any more real tengo tiene tenia hay he ha tenido siento sentido me se le el la un una de mas ningun ninguna signs sign quiera quiero que es want wanna like to pienso planeo voy thinking planning going thoughts thought pensado pensamientos pensando ideas of en about")
	lists        = wordSet("or nor o ni")
	current      = wordSet("now right currently again still today tonight just ahora ahorita todavia sigue sigo otra nuevo hoy acaba acabo")
	pastVerbs    = wordSet("had tuve tuvo tenia hubo sufri sufrio experienced went fui fue fuimos visited estaba was")
	definitional = wordSet("is are es son")
	inability    = wordSet("puede puedo pude podia podemos pueden able deja dejo para paraba dejan dejaban paran paraban detiene detienen")
	settled      = wordSet("fine okay better ok well bien mejor normal negative negativo negativos negativas discharged alta great himself herself good")
	ongoing      = wordSet("since desde still todavia aun continues sigue")
	askedOK      = wordSet("that it is esta eso este")
	hypoWords    = wordSet("future ever someday happens happen happened alguna algun pasa pasara futuro prepared prepare preparada preparado preparados preparadas prepararme prepararnos")
	resolved     = wordSet("gone resolved away stopped desaparecio quito")
	asking       = wordSet("symptoms symptom signs sign sintomas sintoma signos signo senales risk riesgo case caso prevent prevenir prevention warning treatment treatments treat tratamiento tratamientos tratar causes cause causa causas diagnose diagnosis diagnostico diagnosticar research investigacion whats")
	longUnits    = wordSet("year years month months ano anos mes meses")
	recentUnits  = wordSet("few couple several day days hour hours week weeks night nights 1 2 3 4 5 6 7 8 9 10 24 48 72")
	historyW     = wordSet("history hx antecedente antecedentes historial previous previously prior anteriormente past solia")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// judge reads the words around the match toks[s..e] of rule r.
func judge(toks []token, s, e int, r *compiledRule) verdict {
	// Exclusions: "food poisoning", "seizure medication".
	for k := s - 1; k >= 0 && k >= s-4 && !toks[k+1].clause; k-- {
		if r.notBefore != nil && r.notBefore.matches(toks[k].norm) {
			return excluded
		}
	}
	for k := e + 1; k < len(toks) && k <= e+3 && !toks[k].clause; k++ {
		w := toks[k].norm
		if r.notAfter != nil && r.notAfter.matches(w) {
			return excluded
		}
		if resolved[w] {
			return dropped
		}
	}
	if negated(toks, s) || askedAbout(toks, s) || askedWithin(toks, s, e) || hypothetical(toks, s) || notAboutNow(toks) || aboutAPet(toks, s, e) ||
		familyHistory(toks, s, e) || sideEffect(toks, s, e) {
		return dropped
	}
	cs, ce := clauseBounds(toks, s, e)
	if r.idiom != nil && anyIn(toks, cs, ce, r.idiom) {
		return dropped
	}
	for k := cs; k <= ce; k++ {
		if k > e && joins[toks[k].norm] {
			break // "had a miscarriage 3 years ago and now I'm pregnant"
		}
		if current[toks[k].norm] && !(toks[k].norm == "just" && k+1 < len(toks) && notNow[toks[k+1].norm]) {
			return live
		}
	}
	if longAgo(toks, s, e) {
		return dropped
	}
	if r.mild != nil && r.urgency == UrgencyEmergency && anyIn(toks, cs, ce, r.mild) {
		// "unas manchitas de sangre poquitas": spotting, for today.
		return downgraded
	}
	if r.deniable && deniesPlan(toks) {
		// "No thoughts of hurting myself, but I can't go on like this":
		// a clinician today, not 988 now.
		return downgraded
	}
	if r.urgency == UrgencyEmergency && !r.lasting && pastBefore(toks, s) && settledAround(toks, s, e) {
		return downgraded
	}
	return live
}

// negated reports whether a negation governs the word at s: "no chest pain",
// "i don't have any chest pain", "no fever or chest pain", "sin dolor".
func negated(toks []token, s int) bool {
	skip := 0
	for k, steps := s-1, 0; k >= 0 && steps < 7; k, steps = k-1, steps+1 {
		if toks[k+1].clause {
			return false
		}
		w := toks[k].norm
		switch {
		case negations[w]:
			return true
		case lists[w]:
			skip = 3
		case fillers[w]:
		case skip > 0:
			skip--
		default:
			return false
		}
	}
	return false
}

// negatedInside reports a negation between the terms of a match that the
// pattern itself does not ask for, and where it stands: "rash, not
// spreading", "chest is not hurting", "2 weeks, no fever".
func negatedInside(toks []token, s, e int, p pattern) (int, bool) {
	for k := s + 1; k < e; k++ {
		if !negations[toks[k].norm] || inability[toks[k+1].norm] || k+2 <= e && toks[k+1].norm == "been" && inability[toks[k+2].norm] ||
			notDenial[toks[k+1].norm] ||
			k > 0 && (simile[toks[k-1].norm] || conditional[toks[k-1].norm]) || persists(toks, k, e) || stillness(toks, k, e) {
			continue
		}
		asked := false
		for _, t := range p.terms {
			if t.matches(toks[k].norm) {
				asked = true
				break
			}
		}
		if !asked && !deniesElse(toks, k, e, p) && !doubleNegative(toks, k, e, p) {
			return k, true
		}
	}
	return 0, false
}

// doubleNegative reports a Spanish "no" at k that only doubles a "nada"
// the pattern asks for, later in its match: "el inhalador no me hace
// nada" says the inhaler does nothing, it denies no sign.
func doubleNegative(toks []token, k, e int, p pattern) bool {
	for j := k + 1; j <= e && !toks[j].clause; j++ {
		if toks[j].norm != "nada" {
			continue
		}
		for _, t := range p.terms {
			if t.matches("nada") {
				return true
			}
		}
	}
	return false
}

// deniesElse reports a negation at k, inside a match ending at e, whose
// clause ends before the match does and holds no word of the pattern: it
// denies something beside the sign ("bumped her head, no cut. Today she's
// more confused", "a headache Tylenol doesn't touch and I keep seeing
// sparkles"), not the sign.
func deniesElse(toks []token, k, e int, p pattern) bool {
	j := k + 1
	for ; j <= e && !toks[j].clause && !joins[toks[j].norm]; j++ {
		for _, t := range p.terms {
			if t.matches(toks[j].norm) {
				return false
			}
		}
	}
	return j <= e
}

// familyHistory reports a sign told as someone's history: "died of a
// stroke", "murió de un infarto", "my dad had a heart attack at 55",
// "tuvo un infarto a los 55".
func familyHistory(toks []token, s, e int) bool {
	for k := s - 1; k >= 0 && k >= s-4 && !toks[k+1].clause; k-- {
		if died[toks[k].norm] && !(k > 0 && almost[toks[k-1].norm]) {
			return true // "died of", not "nearly died of"
		}
	}
	if !pastBefore(toks, s) {
		return false
	}
	// A second relative's past sign told after a death in the same
	// sentence: "murió de un infarto a los 55 y mi hermano tuvo un
	// derrame" (but not "died of a stroke, and now mom had one").
	for k := s - 1; k >= 0 && !toks[k+1].sentence; k-- {
		if current[toks[k].norm] {
			break
		}
		if died[toks[k].norm] {
			return true
		}
	}
	for _, t := range toks {
		if inheritance[t.norm] {
			return true // "mi papá tuvo un derrame, ¿es hereditario?"
		}
	}
	for k := e + 1; k < len(toks) && k <= e+3 && !toks[k].clause; k++ {
		w, prev := toks[k].norm, toks[k-1].norm
		if !isNumber(w) {
			continue
		}
		// "at age 9", "a los 55", "at 60"; a bare "at 3" is a time of day.
		if prev == "age" || prev == "edad" || prev == "los" || prev == "at" && len(w) == 2 && w > "24" {
			return true
		}
	}
	return false
}

// inheritance words make a relative's past sign a question of risk.
var inheritance = wordSet("hereditario hereditaria hereditary genetic genetico genetica prevenir prevent prevention screening screened riesgo risk antecedentes")

// anyIn reports whether a word of toks[cs..ce] matches t.
func anyIn(toks []token, cs, ce int, t *term) bool {
	for k := cs; k <= ce; k++ {
		if t.matches(toks[k].norm) {
			return true
		}
	}
	return false
}

// sideEffect reports a sign read on a label or a leaflet: "the syrup says
// it can cause seizures", "dice que puede hinchar la garganta", "it says
// overdose can cause liver damage".
func sideEffect(toks []token, s, e int) bool {
	cs, ce := clauseBounds(toks, s, e)
	says := false
	for k := cs; k <= ce; k++ {
		if labelWords[toks[k].norm] {
			says = true
			break
		}
	}
	for k := e + 1; k < len(toks) && k <= e+6; k++ {
		w := toks[k].norm
		if k+1 < len(toks) && (w == "side" && strings.HasPrefix(toks[k+1].norm, "effect") || w == "efecto" || w == "efectos") {
			return true // "is chest tightness a common side effect of..."
		}
	}
	if !says {
		return false
	}
	// "may" just before the sign, right after it, or inside the match in
	// the sign's own clause ("lisinopril dice que puede hinchar la
	// cara"); not "says it can do this, and my face is swelling".
	for k := max(cs, s-4); k <= e+1 && k <= ce; k++ {
		if k >= s && k <= e && clauseBetween(toks, k, e) {
			continue
		}
		if mayWords[toks[k].norm] {
			return true
		}
	}
	return false
}

// clauseBetween reports a clause boundary after token i, up to token j.
func clauseBetween(toks []token, i, j int) bool {
	for k := i + 1; k <= j; k++ {
		if toks[k].clause {
			return true
		}
	}
	return false
}

var (
	labelWords = wordSet("says say said dice dicen decia label etiqueta warning warnings advertencia leaflet prospecto inserto insert read lei")
	mayWords   = wordSet("can may might could puede pueden podria causar cause causes provocar")
)

var almost = wordSet("almost nearly casi practically")

// notNow words after "just" make it "only", not "a moment ago": "just
// wanted to say".
var notNow = wordSet("wanted want wanna wondering to a like in checking curious")

var died = wordSet("died dies murio fallecio fallecido fallecida")

// deniesPlan reports a message that denies a plan or thoughts of
// self-harm: "no thoughts of hurting myself", "no he pensado en hacerme
// daño", "dice que no tiene un plan".
func deniesPlan(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if !negations[toks[k].norm] {
			continue
		}
		for j := k + 1; j <= k+5 && j < len(toks) && !toks[j].clause; j++ {
			if w := toks[j].norm; w == "plan" || w == "dano" || w == "hacerme" || w == "harm" || w == "hurting" || w == "hurt" || w == "haria" || w == "lastimarme" {
				return true
			}
		}
	}
	return false
}

// joins are conjunctions that start a new clause without punctuation.
var joins = wordSet("and y but pero")

// notAboutNow reports a message about a story or a study, asked out of
// curiosity: a show, a novel or a paper, and "just curious" or "por
// curiosidad" ("watched Grey's and a guy had a stroke, is that real? just
// curious"). Both are needed, so that "he was watching tv and collapsed"
// stays an emergency.
func notAboutNow(toks []token) bool {
	story, asks := false, false
	for _, t := range toks {
		story = story || storyWords[t.norm]
		asks = asks || curiousWords[t.norm]
	}
	return story && asks
}

var (
	storyWords   = wordSet("watched watching tv vi viendo show episode episodio movie pelicula novela telenovela serie series documentary documental paper essay thesis tesis ensayo student estudiante homework tarea")
	curiousWords = wordSet("curious curiosity curiosidad")
)

// aboutAPet reports a sign in a clause about a pet, and no person, when
// the message asks for a vet: "my cat has been peeing blood, what vet do
// you recommend?". "My dog bit my son and he is bleeding" names a person
// and stays a sign.
func aboutAPet(toks []token, s, e int) bool {
	vet := false
	for _, t := range toks {
		if strings.HasPrefix(t.norm, "vet") || strings.HasPrefix(t.norm, "veterinar") {
			vet = true
			break
		}
	}
	if !vet {
		return false
	}
	cs, ce := clauseBounds(toks, s, e)
	pet := false
	for k := cs; k <= ce; k++ {
		if people[toks[k].norm] {
			return false
		}
		pet = pet || pets[toks[k].norm]
	}
	return pet
}

var people = wordSet("i me im ive yo he him she her el ella le we us they them son daughter husband wife mom mother dad father " +
	"baby child kid kids boy girl brother sister grandma grandpa grandmother grandfather hijo hija esposo esposa mama papa " +
	"bebe nino nina hermano hermana abuela abuelo tio tia")

var pets = wordSet("cat cats dog dogs pet pets puppy kitten perro perra perrito perrita gato gata gatito gatita mascota")

// persists reports a negation at k, inside a match ending at e, that says
// a sign will not go away, which makes it worse rather than denying it:
// "no se me quita con nada", "won't go away", "doesn't stop", "no
// mejora". The word that says so must come before the match's last word,
// so that in "chest doesn't hurt, it stopped" the negation still denies.
func persists(toks []token, k, e int) bool { return soonAfter(toks, k, e, 3, persistWords) }

// soonAfter reports a word of set among the n words after k, inside the
// match ending at e and in k's clause.
func soonAfter(toks []token, k, e, n int, set map[string]bool) bool {
	for j := k + 1; j <= k+n && j < e && !toks[j].clause; j++ {
		if set[toks[j].norm] {
			return true
		}
	}
	return false
}

// stillness reports a negation at k, inside a match ending at e, that
// reports something not moving, which is a sign, not a denial: "no
// siento que el bebé se mueva", "hasn't moved his arm since", "no kicks".
func stillness(toks []token, k, e int) bool { return soonAfter(toks, k, e, 6, movement) }

var movement = wordSet("move moves moved moving movement movements kick kicks kicked kicking mueve mueva movido moviendo moverse movimiento movimientos patea patadas pateado")

// notDenial words after a negation say what was not known, not that a
// sign is absent: "didn't know it had peanuts".
var notDenial = wordSet("know knew realize realized realise realised notice noticed sabia sabiamos sabe sabian")

// conditional words before a negation make it a condition, not a
// denial: "when I don't take them I get sweats".
var conditional = wordSet("when whenever if cuando si")

// simile words before a negation make it a comparison: "como nunca",
// "like never before".
var simile = wordSet("como like than")

// persistWords follow a negation that keeps a sign going (see persists).
var persistWords = wordSet("quita quitaba quito baja bajaba mejora mejoraba mejoro calma calmaba pasa pasaba away " +
	"stop stops stopping stopped improve improves improving improved helps helping helped ease eases easing")

// askedAbout reports whether the sign is only asked about: "what are the
// signs of a stroke", "in case of an overdose", "sintomas de un infarto".
func askedAbout(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		if toks[k+1].clause {
			return false
		}
		w := toks[k].norm
		if asking[w] {
			return true
		}
		if (w == "what" || w == "que") && k+1 < s && definitional[toks[k+1].norm] && !(k > 0 && reported[toks[k-1].norm] && s-k <= 3) {
			return true // not "dice que son agruras", "cree que es un infarto": reported speech
		}
		if (w == "that" || w == "this") && k > 0 && toks[k-1].norm == "is" {
			return true // "is that a seizure??"
		}
	}
	return false
}

// askedWithin reports a question about signs inside a match that joins
// several: "I'm diabetic, what are the signs of a low, like sweating or
// confusion?", "¿cuáles son los síntomas...?", "does lisinopril cause lip
// swelling?" (but not "I know it can cause this, and now my face is
// swelling": the cause must be asked in the sign's own clause).
func askedWithin(toks []token, s, e int) bool {
	for k := s + 1; k < e; k++ {
		w := toks[k].norm
		if (w == "what" || w == "que" || w == "cuales") && definitional[toks[k+1].norm] {
			for j := k + 2; j <= k+4 && j <= e; j++ {
				if asking[toks[j].norm] {
					return true
				}
			}
		}
		if causeWords[w] && !clauseBetween(toks, k, e) {
			for j := k - 1; j >= 0 && j >= k-4 && !toks[j+1].clause; j-- {
				if mayWords[toks[j].norm] || toks[j].norm == "does" || toks[j].norm == "do" {
					return true
				}
			}
		}
	}
	return false
}

// reported words before "que es" make it what someone says or thinks a
// sign is, not a question about it (see askedAbout).
var reported = wordSet("dice dicen dijo decia cree creo creemos piensa pienso parece seguro segura")

var causeWords = wordSet("cause causes causar causa provoca provocar produce producir")

// pastBefore reports a past-tense verb just before the sign: "had chest
// pain", "went to the ER Saturday for chest pain".
func pastBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-8; k-- {
		if toks[k+1].clause {
			return false
		}
		if pastVerbs[toks[k].norm] {
			return true
		}
	}
	return false
}

// settledAround reports whether the sentence of the match s..e says the
// patient is fine again: "had chest pain this morning, fine now".
func settledAround(toks []token, s, e int) bool {
	for s > 0 && !toks[s].sentence {
		s--
	}
	found := false
	for k := s; k < len(toks) && (k <= e || !toks[k].sentence); k++ {
		w := toks[k].norm
		switch {
		case ongoing[w] && !(w == "since" && (k+1 >= len(toks) || toks[k+1].sentence)):
			return false // "since this morning", "since then", "still": not over; "all good since." is over
		case settled[w] && !(k > 0 && askedOK[toks[k-1].norm]):
			found = true // "is that ok?" asks; it does not say so
		}
	}
	return found
}

// hypothetical reports a sign only imagined: an "if" just before it and,
// anywhere in the message, a word of the future or of chance ("what should
// i do if my child ever has a seizure", "si algun dia le da un infarto").
func hypothetical(toks []token, s int) bool {
	// "if" may open the sentence's first clause ("if he ever can't
	// breathe, do we use the epipen?"); "si", which is also "yes", only
	// counts in the sign's own clause.
	cond := false
	clause := true
	for k := s - 1; k >= 0; k-- {
		if toks[k+1].sentence {
			break
		}
		if toks[k+1].clause {
			clause = false
		}
		if toks[k].norm == "if" || toks[k].norm == "si" && clause && s-k <= 10 {
			cond = true
		}
	}
	if !cond {
		return false
	}
	for _, t := range toks {
		if hypoWords[t.norm] {
			return true
		}
	}
	// An instruction read on a leaflet, in the sign's own clause: "the
	// handout says call 911 if you have trouble breathing". Not what a
	// person says ("he says if I leave he'll kill himself"), and not a
	// sign told as present ("the sheet says call if X, and X is here now").
	printed := false
	cs, ce := clauseBounds(toks, s, s)
	for k := cs; k <= ce; k++ {
		if current[toks[k].norm] {
			return false
		}
		printed = printed || k < s && handoutWords[toks[k].norm]
	}
	return printed
}

// handoutWords name printed instructions (see hypothetical).
var handoutWords = wordSet("leaflet handout handouts pamphlet brochure instructions sheet folleto hoja instrucciones indicaciones papel paper label etiqueta warning warnings advertencia prospecto inserto insert")

// clauseBounds returns the first and last token of the clauses holding s..e.
func clauseBounds(toks []token, s, e int) (int, int) {
	for s > 0 && !toks[s].clause {
		s--
	}
	for e+1 < len(toks) && !toks[e+1].clause {
		e++
	}
	return s, e
}

// childhood reports "he was 2", "she was little", "era niño", "tenía 5
// años" starting at k (before e): an age long past.
func childhood(toks []token, k, e int) bool {
	if k+1 <= e && (toks[k].norm == "era" || toks[k].norm == "tenia") {
		return young[toks[k+1].norm] || isNumber(toks[k+1].norm)
	}
	if k+2 <= e && (toks[k+1].norm == "was" || toks[k+1].norm == "were") {
		return young[toks[k+2].norm] || isNumber(toks[k+2].norm)
	}
	return false
}

// young words say a person was a child: see childhood.
var young = wordSet("little young baby kid child small toddler infant teen teenager pequeno pequena chiquito chiquita nino nina bebe chico chica joven")

// longAgo reports whether the clause holding s..e dates the sign long ago:
// "last year", "years ago", "in 2019", "history of", "hace dos años".
func longAgo(toks []token, s, e int) bool {
	// The clause around the sign, not the sentence: in "the bill from last
	// month, and my throat is closing" the date belongs to the bill.
	end := e
	for s > 0 && !toks[s].clause {
		s--
	}
	for e+1 < len(toks) && !toks[e+1].clause {
		e++
	}
	for k := s; k <= e; k++ {
		w := toks[k].norm
		next := ""
		if k+1 <= e {
			next = toks[k+1].norm
		}
		if (w == "since" || w == "desde") && k > end {
			// "since last month", "since my husband passed last month",
			// "desde hace un año": still going on.
			return false
		}
		switch {
		case w == "past" && recentUnits[next]:
			// "the past 2 days", "the past few hours": recent.
		case historyW[w]:
			return true
		case w == "last" && (longUnits[next] || next == "summer" || next == "winter" || next == "spring" || next == "fall" || next == "christmas"):
			return true
		case w == "ago" && k > s && (longUnits[toks[k-1].norm] || (k-1 > s && longUnits[toks[k-2].norm])):
			return true
		case (w == "pasado" || w == "pasada") && k > s && longUnits[toks[k-1].norm]:
			return true
		case w == "hace" && (longUnits[next] || (k+2 <= e && longUnits[toks[k+2].norm])):
			return true
		case w == "used" && next == "to":
			return true
		case w == "back" && (next == "in" || next == "when"):
			return true // "back in March", "back when I lived there"
		case (w == "when" || w == "cuando") && childhood(toks, k+1, e):
			return true // "when he was 2", "cuando era niño"
		case w == "as" && next == "a" && k+2 <= e && young[toks[k+2].norm] && toks[k+2].norm != "little",
			w == "de" && young[next] && next != "bebe" && next != "baby":
			return true // "as a child", "de niña"
		case (w == "in" || w == "en") && len(next) == 4 && (strings.HasPrefix(next, "19") || strings.HasPrefix(next, "20")):
			return true
		}
	}
	return false
}
