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
// as urgent. A sign already seen to (an emergency room that found it well,
// paramedics, a month named) is not returned either when the message is an
// errand about it (a bill, a form, records, a cancelled visit, thanks, the
// follow-up the ER asked for), unless it is a sign of the mind or a
// pregnancy lost, or the errand is wanted within hours. Each flag carries the byte span of its evidence in text. The
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
	notBefore, notAfter, notNext, idiom, mild *term
}

// detector runs the red-flag rules over tokens.
type detector struct {
	rules   []compiledRule
	pats    []pattern
	patRule []int
	ix      *patternIndex
	// cue pairs (rule.pairs), tried at their start among the candidates
	// of pid pairPid and after (the rules from the first with pairs on).
	cp      *cuePairs
	pairPid int
}

var defaultDetector = sync.OnceValue(func() *detector {
	d, err := newDetector(redFlagRules)
	if err != nil {
		panic(err) // the rules are constant; TestRulesCompile keeps them valid
	}
	return d
})

func newDetector(rules []rule) (*detector, error) {
	d := &detector{pairPid: -1}
	for ri, r := range rules {
		cr := compiledRule{rule: r}
		for _, spec := range []struct {
			src string
			dst **term
		}{{r.notBefore, &cr.notBefore}, {r.notAfter, &cr.notAfter}, {r.notNext, &cr.notNext}, {r.idiom, &cr.idiom}, {r.mild, &cr.mild}} {
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
		if len(r.pairs) > 0 && d.pairPid < 0 {
			d.pairPid = len(d.pats)
		}
		for _, src := range r.patterns {
			p, err := compilePattern(src)
			if err != nil {
				return nil, fmt.Errorf("triage: rule %s: %w", r.kind, err)
			}
			d.pats = append(d.pats, p)
			d.patRule = append(d.patRule, ri)
		}
	}
	d.ix = newPatternIndex(d.pats, true)
	cp, err := compilePairs(rules)
	if err != nil {
		return nil, err
	}
	d.cp = cp
	if d.pairPid < 0 {
		d.pairPid = len(d.pats)
	}
	return d, nil
}

// verdict is what the context makes of one match.
type verdict uint8

const (
	live       verdict = iota // the sign is there now
	downgraded                // a recent past sign: urgent, not emergency
	dropped                   // denied, long past, asked about or idiomatic
	excluded                  // something else by the words around it ("food poisoning")
	// seen is an emergency sign already seen to or explained (by an
	// emergency room, paramedics, a diagnosis, a known pattern) or dated
	// by its month: urgent, unless the message is an errand about it
	// (errandAsked), when it is dropped.
	seen
	// past is a recent emergency sign told as over but not seen to:
	// urgent, unless the message is a paperwork errand about it
	// (paperworkAsked), when it is dropped.
	past
)

// scan returns the live flags in toks, and whether a sign was seen but
// dropped by its context (so that no statistical model may raise the
// message on the strength of words the patient denied or dated long ago).
func (d *detector) scan(toks []token) (flags []RedFlag, suppressed bool) {
	// Room for the candidates of most words, on the stack.
	cands := make([]int, 0, 256)
	buf := make([]byte, 0, maxHashedWord)
	sig := signature(toks)
	st := scanState{toks: toks, errand: errandOf{toks: toks}}
	// The cue pairs found, tried at their first token.
	var cueBuf [16]cueMatch // most messages hold fewer cues
	pairs := d.cp.matches(d.cp.find(cueBuf[:0], toks, &sig))
	next := 0
	tryPairs := func(i int) {
		for ; next < len(pairs) && pairs[next].start <= i; next++ {
			m := pairs[next]
			if st.skip(&d.rules[m.ri], i) {
				continue
			}
			st.considerPair(&d.rules[m.ri], m, d.cp)
		}
	}
	for i := range toks {
		// Rules are ordered emergencies first, so the most serious reading
		// of a word is judged before the milder ones.
		var sorted []int
		sorted, cands, buf = d.ix.sortedCandidates(cands, toks[i].norm, buf)
		last := -1
		for _, c := range sorted {
			pid, sure := cand(c)
			if pid == last {
				continue // a duplicate, the sure one tried first
			}
			last = pid
			if pid >= d.pairPid {
				tryPairs(i)
			}
			if !d.ix.pass(pid, &sig) {
				continue
			}
			r := &d.rules[d.patRule[pid]]
			if st.skip(r, i) || !d.pats[pid].mayMatchIn(&sig) {
				continue
			}
			if start, end, ok := d.ix.matchCandidate(d.pats, toks, i, pid, sure); ok {
				st.consider(r, start, end, &d.pats[pid])
			}
		}
		tryPairs(i)
	}
	slices.SortStableFunc(st.flags, func(a, b RedFlag) int { return a.Start - b.Start })
	return st.flags, st.suppressed
}

// scanState is what a scan has read so far: the flags, the spans denied or
// set aside, the kinds seen to in an errand.
type scanState struct {
	toks       []token
	flags      []RedFlag
	suppressed bool
	// droppedSpans are the words read as denied or set aside, which no
	// milder reading may reuse.
	droppedSpans [][2]int
	// errands are the kinds of signs set aside as seen to in an errand:
	// read again only when told as now ("ER treated her … they gave us
	// an epipen" is no new reaction).
	errands []string
	errand  errandOf
}

// skip reports whether rule r need not be tried at token i: its kind is
// read already, or set aside as an errand's and not told as now.
func (st *scanState) skip(r *compiledRule, i int) bool {
	return hasKind(st.flags, r.kind, r.urgency) || (hasKind(st.flags, r.kind, UrgencyRoutine) || slices.Contains(st.errands, r.kind)) && !nowInClause(st.toks, i)
}

// consider judges the match start..end of rule r, whose pattern is p, and
// records what it reads.
func (st *scanState) consider(r *compiledRule, start, end int, p *pattern) {
	st.judged(r, start, end, func() (int, bool) { return negatedInside(st.toks, start, end, *p) })
}

// considerPair judges the cue pair m of rule r. A negation denies a cue
// only inside the cue's own words: in "prob doesnt matter tbh since I
// wont be around. already wrote the letters" the "doesnt" between the
// cues denies neither.
func (st *scanState) considerPair(r *compiledRule, m pairMatch, cp *cuePairs) {
	st.judged(r, m.start, m.end, func() (int, bool) {
		for _, c := range [2]cueMatch{m.cueA, m.cueB} {
			if k, ok := negatedInside(st.toks, c.start, c.end, cp.cues[c.id]); ok {
				return k, true
			}
		}
		return 0, false
	})
}

// judged judges the match start..end of rule r, with negated telling the
// first negation that denies it, and records what it reads.
func (st *scanState) judged(r *compiledRule, start, end int, negated func() (int, bool)) {
	toks := st.toks
	u := r.urgency
	v := judge(toks, start, end, r, &st.errand)
	span := [2]int{toks[start].start, toks[end].end}
	denied := span
	if v != dropped {
		if k, ok := negated(); ok {
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
		st.suppressed = true
		if denied == span {
			denied = setAside(toks, start, end)
		}
		st.droppedSpans = append(st.droppedSpans, denied)
		return
	case excluded:
		// Not a denial: another pattern may still read these
		// words ("took all my pills like an hour ago").
		st.suppressed = true
		return
	case downgraded:
		u = UrgencyUrgent
	case seen, past:
		if !neverErrands[r.kind] && !soonAsked(toks) && (v == seen && st.errand.asked() || v == past && r.urgency == UrgencyEmergency && paperworkAsked(toks)) {
			// "the bill for the ambulance from when I had the
			// seizure in March", "the ER said it was reflux, can I
			// book the follow-up": the errand is what is asked.
			st.suppressed = true
			st.droppedSpans = append(st.droppedSpans, setAside(toks, start, end))
			st.errands = append(st.errands, r.kind)
			return
		}
		u = UrgencyUrgent
	}
	// A word already read as denied, or as a graver sign, is not
	// read again as a milder one ("no me duele el pecho").
	// A match that opens with a negation asks for it ("no suda"):
	// an earlier denial does not cover it.
	if overlapsAny(span, st.droppedSpans) && !negations[toks[start].norm] || overlapsFlag(span, st.flags, u) || hasKind(st.flags, r.kind, u) {
		return
	}
	// A graver reading of a kind replaces a milder one.
	st.flags = slices.DeleteFunc(st.flags, func(f RedFlag) bool { return f.Kind == r.kind })
	st.flags = append(st.flags, RedFlag{Kind: r.kind, Start: span[0], End: span[1], Urgency: u})
}

// setAside is the span of a match s..e set aside by its context (dated,
// someone else's, asked about) that no other reading may reuse: the match
// as far as the end of the clause it starts in. A long gapped match runs
// across clauses whose words may be signs of their own: in "Midwife said
// to message if anything changed. I'm in labor and I can see a foot" the
// question is the first clause's only.
func setAside(toks []token, s, e int) [2]int {
	_, ce := clauseBounds(toks, s, s)
	return [2]int{toks[s].start, toks[min(e, ce)].end}
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

// nowInClause reports a word of the present in the clause of toks[i]: a
// sign of a kind already read as past is read again only when told as now
// ("had stroke 2019, just started slurring his words").
func nowInClause(toks []token, i int) bool {
	cs, ce := clauseBounds(toks, i, i)
	for k := cs; k <= ce; k++ {
		if current[toks[k].norm] {
			return true
		}
	}
	return false
}

// hasKind reports a flag of kind already read at urgency u or above: a
// sign read as past or settled ("had a stroke in 2019", urgent) does not
// stop the same kind being read again as now ("just started slurring").
func hasKind(flags []RedFlag, kind string, u Urgency) bool {
	for _, f := range flags {
		if f.Kind == kind && f.Urgency.Rank() >= u.Rank() {
			return true
		}
	}
	return false
}

// Context word lists. All are normalised words (see tokenize).
var (
	selfBitten = wordSet("cheek tongue lip lips")
	satPlaces  = wordSet("down up there with in on next for at by outside")
	negations  = wordSet("no not never zero aint dont doesnt didnt isnt arent wasnt werent havent hasnt hadnt without denies deny denied negative none nothing nunca sin tampoco ni niega nego longer " +
		"descartaron descartado descartada descarto descartamos") // "ya descartaron infarto"
	fillers = wordSet("working breathing have has had having tuve tuvo any feel feeling felt estoy estaba am experiencing experienced get getting got i im my a an the any more real really realmente tengo tiene tenia hay he ha tenido siento sentido me se le el la un una de mas ningun ninguna signs sign quiera quiero que es want wanna like to pienso planeo voy thinking planning going thoughts thought pensado pensamientos pensando ideas of en about")
	lists   = wordSet("or nor o ni")
	// dyingSigns are the kinds of sign that, in a patient on hospice, are
	// the expected changes of dying (see inHospice; an overdose's are its
	// breathing signs, a gurgle, a few breaths a minute); a bleed, a burn
	// or chest pain is not.
	dyingSigns      = wordSet("breathing unresponsive low_oxygen welfare sepsis dehydration high_risk_signs heart_rate overdose")
	placeAfterRight = wordSet("in at on by into outside inside here there next behind")
	current         = wordSet("now right currently again still today tonight just ahora ahorita todavia sigue sigo otra nuevo hoy acaba acabo")
	breastfeedVerbs = wordSet("doy dar da damos dando")
	bloodDrawVerbs  = wordSet("sacar sacarse sacarle sacarme sacan saquen draw drawn")
	fluidWords      = wordSet("fluid drainage pus yellowish liquido secrecion amarillento")
	bloodWords      = wordSet("blood bloody bleeding bleed bled sangre sangrando sangrado sangra")
	rinsedWords     = wordSet("lave lavé lavamos enjuague enjuagué washed rinsed flushed irrigated")
	yesterdayWords  = wordSet("ayer yesterday anoche")
	suddenSigns     = wordSet("vomit vomited vomiting threw throwing nowhere sudden suddenly vomitando vomite vomito repente")
	pastVerbs       = wordSet("pense felt senti sintio tuvimos tuvieron had tuve tuvo tenia hubo salio pensaron pensamos thought creyeron sufri sufrio experienced went fui fue fuimos visited estaba estuve estuvo estuvimos was dio dieron discharged quejo agarro agarraba")
	definitional    = wordSet("is are es son")
	inability       = wordSet("puede puedo pude podia podemos pueden able deja dejo para paraba dejan dejaban paran paraban detiene detienen contesta responde reacciona despierta")
	settled         = wordSet("fine okay better ok well bien mejor normal normally revisaron checked negative negativo negativos negativas discharged alta great himself herself good mejorando improving recovering recuperando recuperandose alive safe atendieron treated calmaron calmo calmed calmado calmada calmados")
	ongoing         = wordSet("since desde still todavia aun continues sigue")
	askedOK         = wordSet("that it is esta eso este")
	hypoWords       = wordSet("future ever someday happens happen happened alguna algun pasa pasara futuro prepared prepare preparada preparado preparados preparadas prepararme prepararnos forbid quiera prevenir prevencion precaution precaucion recurs recur reoccurs")
	resolved        = wordSet("gone resolved away stopped desaparecio quito")
	articles        = wordSet("the a an")
	asking          = wordSet("symptoms symptom signs sign sintomas sintoma signos signo senales risk riesgo case caso prevent prevenir prevention warning treatment treatments treat tratamiento tratamientos tratar causes cause causa causas diagnose diagnosis diagnostico diagnosticar research investigacion whats")
	longUnits       = wordSet("year years yr yrs month months mo mos ano anos mes meses semester semestre")
	recentUnits     = wordSet("few couple several minute minutes mins min day days hour hours week weeks night nights 1 2 3 4 5 6 7 8 9 10 24 48 72")
	historyW        = wordSet("history hx antecedente antecedentes historial previous previously prior anteriormente past solia")
)

// stoppedSomething reports "stopped" at k said of a thing the patient
// stopped ("I have afib and stopped my blood thinner"), not of the sign.
func stoppedSomething(toks []token, k int) bool {
	return toks[k].norm == "stopped" && k+1 < len(toks) && !toks[k+1].clause && stoppedObject[toks[k+1].norm]
}

// stoppedObject words after "stopped" make it an act on something else.
// A vehicle stopped somewhere is no sign stopping: "he stopped behind me
// with his lights off".
var stoppedObject = wordSet("my his her their the taking using eating drinking it them behind beside outside next right")

// missingThing reports "gone" at k said of a thing gone missing, not of a
// sign: "his dad's gun is gone", "the pills are gone", "half of
// everything is just gone".
func missingThing(toks []token, k int) bool {
	if toks[k].norm != "gone" || k < 2 {
		return false
	}
	if k >= 3 && goneAdverbs[toks[k-1].norm] {
		k-- // "is just gone", "are all gone"
	}
	return (toks[k-1].norm == "is" || toks[k-1].norm == "are" || toks[k-1].norm == "was") && goneThings[toks[k-2].norm]
}

// goneAdverbs may stand between "is" and "gone".
var goneAdverbs = wordSet("just all completely totally simply")

// goneThings are things whose absence is the danger.
var goneThings = wordSet("gun guns pistol rifle shotgun revolver knife knives pills bottle meds car keys rope everything") // "half of everything is gone": sight lost

// tookAway reports whether toks[k] is "quitó" taking a thing from someone
// ("me quitó el teléfono", "le quitó las llaves"), not a sign that went
// away: the reflexive "se (me|le) quitó" is a recovery, even before its
// subject ("se le quitó el dolor").
func tookAway(toks []token, k int) bool {
	if toks[k].norm != "quito" || k+1 >= len(toks) || toks[k+1].clause || !takenObject[toks[k+1].norm] {
		return false
	}
	return !(k > 0 && toks[k-1].norm == "se" || k > 1 && toks[k-2].norm == "se")
}

// takenObject words after "quitó" name what was taken.
var takenObject = wordSet("el la los las mi mis su sus tu tus")

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// judge reads the words around the match toks[s..e] of rule r. A sign of
// an urgent rule seen to is urgent anyway unless the message is an
// errand, so those readings are tried for it only then.
func judge(toks []token, s, e int, r *compiledRule, errand *errandOf) verdict {
	grave := r.urgency == UrgencyEmergency
	if r.kind == "animal_bite" && toks[s].norm == "bit" && (s > 0 && toks[s-1].norm == "a" ||
		s+2 <= e && selfBitten[toks[s+2].norm] && (toks[s+1].norm == "my" || toks[s+1].norm == "his" || toks[s+1].norm == "her")) {
		return excluded // "her eyelid is a bit swollen", "already bit my cheek": no animal's bite
	}
	if r.kind == "abuse" && youngerSibling(toks, s) {
		return excluded // "my little sister punched me during a fight over the remote"
	}
	if r.kind == "amputation" && sentenceHas(toks, s, e, toothWords) {
		return excluded // "tooth still hanging on by a thread": a baby tooth
	}
	// Exclusions: "food poisoning", "seizure medication".
	for k := s - 1; k >= 0 && k >= s-4 && !toks[k+1].clause; k-- {
		if r.notBefore != nil && r.notBefore.matches(toks[k].norm) && !callBack(toks, k) {
			return excluded
		}
	}
	if r.notNext != nil && e+1 < len(toks) && !toks[e+1].clause && r.notNext.matches(toks[e+1].norm) {
		return excluded
	}
	if grave && s >= 2 && operations[toks[s-2].norm] && (toks[s-1].norm == "for" || toks[s-1].norm == "por" || toks[s-1].norm == "de") &&
		nearestBefore(toks, s-2, 3, hadWords) >= 0 {
		return seen // "I had surgery for testicular torsion on the right side last year": seen to, by an operation
	}
	if r.kind == "young_infant_fever" && weeksAgo(toks, s, e) {
		return excluded // "started on methimazole 3 weeks ago and now a fever": a date, no baby's age
	}
	if (r.kind == "severe_bleeding" || r.kind == "bleeding") && s > 0 && bloodDrawVerbs[toks[s-1].norm] {
		return excluded // "llevar a mi vieja a sacarse sangre": a blood draw
	}
	if r.kind == "severe_bleeding" && sentenceHas(toks, s, e, fluidWords) && !sentenceHas(toks, s, e, bloodWords) {
		return excluded // "the incision is leaking yellowish fluid, soaked 2 pads": a wound's fluid, no blood
	}
	if r.kind == "chest_pain" && toks[e].norm == "pecho" && e > 0 && breastfeedVerbs[toks[e-1].norm] {
		return excluded // "me duele cuando le doy pecho": a nursing mother's breast
	}
	if r.kind == "eye_injury" && anyWordOf(toks, rinsedWords) && anyWordOf(toks, yesterdayWords) {
		// "me cayó cloro en el ojo ayer, lo lavé bien pero sigue rojo": a
		// splash rinsed a day ago, for an eye doctor today.
		return downgraded
	}
	if r.kind == "testicular" && vasectomyDone(toks) && !anyWordOf(toks, suddenSigns) {
		return downgraded // a swelling or a bruise days after a vasectomy: for the urologist today
	}
	if r.kind == "seizure" && s >= 2 && (toks[s-2].norm == "para" || toks[s-2].norm == "for") && determiners[toks[s-1].norm] {
		return excluded // "levetiracetam (para las convulsiones)", "Keppra for his seizures": a medicine's purpose
	}
	if r.kind == "suicidal" && toks[s].norm == "affairs" && anyWordOf(toks, carePlanning) {
		// "a DNR and advance directive … just getting my affairs in order"
		// (fresh359); only the words "affairs in order": an advance
		// directive beside a means and an hour is the plan itself ("a copy
		// of my advance directive … putting aside the morphine … tonight is
		// the night").
		return dropped
	}
	if r.kind == "severe_bleeding" && bleedingStopped(toks, e) {
		return downgraded // "le sangró mucho la nariz, pero ya paró hace una hora": for a clinician today
	}
	if r.kind == "needs_today" && nonReactive(toks, s, e) {
		return dropped // "my test was non-reactive"
	}
	if (r.kind == "violence" || r.kind == "suicidal") && (figurativeKiller(toks, s, e) || diesOverAThing(toks, e) || aThingNext(toks, e) || laughedAtAThing(toks, e) || r.kind == "suicidal" && techBefore(toks, s)) {
		return dropped // "this VA paperwork is gonna kill me", "the spin instructor is trying to kill me"
	}
	if r.urgency == UrgencyEmergency && !r.lasting && (yearAfter(toks, e) || yearBefore(toks, s)) {
		return dropped // "the ambulance bill from my overdose back in 2022 just went to collections"
	}
	if (r.kind == "sexual_assault" || r.kind == "strangulation") && (assaultDaysBack(toks) || monthDated(toks, s, e)) {
		// "Hace 4 días mi pareja me forzó … ¿todavía me pueden dar la
		// pastilla?", "assaulted in January and never got checked",
		// "hace dos semanas me apretó el cuello … sigo ronca".
		return downgraded
	}
	if r.kind == "violence" && knowsNoMore(toks, s, e) {
		return dropped // "él ya no sabe dónde vivo": the danger moved away
	}
	if r.kind == "suicidal" && movingAway(toks) {
		return dropped // "cancel all my appointments - we're moving to Denver … won't be needing them"
	}
	if r.kind == "immunocompromised_fever" && notStartedYet(toks) && !nowTold(toks) {
		return dropped // "I start chemo next month. At what temperature should I call you?"
	}
	if r.kind == "immunocompromised_fever" && beforeFirstCycle(toks, s, e) {
		return downgraded // "a fever of 38.2 on Monday before my first FOLFIRINOX": not yet on it
	}
	if r.kind == "suicidal" && painHyperbole(toks, s, e) {
		// "me duele la muela que me quiero morir", "it hurts so bad I
		// want to die": a pain's degree, for a clinician today.
		return downgraded
	}
	if r.urgency == UrgencyEmergency && lastTime(toks, s) {
		// "Last time I quit drinking cold turkey I had a seizure": an
		// earlier episode, told to plan the next one.
		return downgraded
	}
	if r.kind == "unresponsive" && keptAwake(toks, s, e) {
		// "I'm so drowsy I can barely stay awake at my desk": a writer
		// fighting sleep is awake, for a clinician today.
		return downgraded
	}
	if e > s+1 && negations[toks[s].norm] && (toks[e-1].norm == "no" || toks[e-1].norm == "without" || toks[e-1].norm == "sin") &&
		toks[e].norm != "more" && toks[e].norm != "mas" { // "dont wanna be here no more" is "anymore"
		// "not peeing much. Thinking clearly, no confusion": a match that
		// opens with its own negation and ends on a denied sign.
		return dropped
	}
	if r.kind == "severe_headache" && (headacheGiven(toks, s) || sleptNeck(toks)) {
		// "my boss gave me the worst headache of my life", "mis hijos me
		// dan el peor dolor de cabeza": someone's trouble, not a bleed;
		// "headache and stiff neck … because I fell asleep on the couch …
		// no fever at all": a neck slept on. For a clinician.
		return downgraded
	}
	if r.kind == "suicidal" && fearedDying(toks, s, e) {
		return dropped // "Thought I was dying of a kidney stone last night"
	}
	if (grave || errand.asked()) && othersHandedOver(toks, s) {
		return seen // "My coworker collapsed at work today … paramedics took her"
	}
	if (r.kind == "bleeding" || r.kind == "severe_bleeding") && bleedingEased(toks) && !anyWordOf(toks, unstoppedWords) {
		// "This one took 30+ min of pinching to stop … What should I do
		// if it starts again tonight", "it's slowed but still oozing":
		// for a clinician today.
		return downgraded
	}
	if r.kind == "sepsis" && aBitMore(toks, s, e) {
		return downgraded // "seems a bit more muddled than normal … chatting ok, no fever"
	}
	if retracted(toks, s, e) || fromLaughing(toks, e) {
		// "can't breathe 😂 because my 4yo keeps sitting on my chest.
		// Real question, ...", "my chest hurts from laughing".
		return dropped
	}
	if r.kind == "overdose" && naloxoneTaught(toks, s, e) {
		return dropped // "she showed me how to use narcan"
	}
	if r.kind == "overdose" && naloxoneHandedOver(toks, s, e) && !longAgo(toks, s, e) {
		return downgraded // "used my narcan on a guy last night, he came around, EMS took him in"
	}
	if r.kind == "overdose" && lastDoseTaken(toks, s, e) {
		return excluded // "I'm out of lithium, took my last one this morning"
	}
	if r.kind == "overdose" && noneTaken(toks, s, e) {
		return dropped // "agarró el frasco pero no se comió ninguna, todavía tenía el sello"
	}
	if r.kind == "overdose" && temperatureTaken(toks, s, e) {
		return excluded // "le tomé 38": a temperature taken, not 38 pills
	}
	if r.kind == "overdose" && doseNamed(toks, s, e) {
		return excluded // "tomo losartán 50": a medicine's dose, not 50 pills
	}
	if r.kind == "low_oxygen" && toks[s].norm == "sat" && s+1 < len(toks) && satPlaces[toks[s+1].norm] {
		return excluded // "sat down and it went away. HR 54": a chair, no saturation
	}
	if r.kind == "low_oxygen" && pulseReading(toks, e) {
		return excluded // "marca 93% y el pulso 74": the 74 is the pulse
	}
	for k := e + 1; k < len(toks) && k <= e+3 && !toks[k].clause; k++ {
		w := toks[k].norm
		if r.notAfter != nil && r.notAfter.matches(w) {
			return excluded
		}
		if resolved[w] && !(w == "away" && articles[toks[k-1].norm]) && !stoppedSomething(toks, k) && !tookAway(toks, k) && !missingThing(toks, k) &&
			!(negations[toks[k-1].norm] || k > 1 && negations[toks[k-2].norm] && toks[k-1].norm == "been") {
			return dropped // "went away", not "at the away game" nor "that hasn't stopped"
		}
	}
	if negated(toks, s) || askedAbout(toks, s) || askedWithin(toks, s, e) || hypothetical(toks, s) || notAboutNow(toks) || aboutAPet(toks, s, e) || askedToLearn(toks, s, e) ||
		familyHistory(toks, s, e) || sideEffect(toks, s, e) || aTopic(toks, s, e) || takenFor(toks, s, e) || readAbout(toks, s) || quoted(toks, s, e) {
		return dropped
	}
	if grave && (r.kind == "overdose" && tookAThing(toks, s) || medicinesBrought(toks, s, e) || atWork(toks, s, e) || storyCharacter(toks, s) ||
		storedLocked(toks, s, e) || givenAwayForAMove(toks, s, e) || haveNeither(toks, e) || previousPregnancy(toks, s, e) || r.kind == "violence" && (thingKills(toks, s) || feelingHits(toks, s) || petDoer(toks, s)) || r.kind == "breathing" && (strings.HasPrefix(toks[s].norm, "drool") && teething(toks) || periodicBreathing(toks))) {
		// Not the writer's sign now, whatever the words of the present
		// around it: "my ex took my inhaler", "should we bring all her
		// pill bottles", "we've had back to back overdoses this week" (an
		// ER nurse's shifts), "the main character dies by suicide", "a gun
		// in the house (locked safe)", "giving away his things" after a
		// move, a teething baby's drool.
		return dropped
	}
	if grave && (mediaAbout(toks, s) || r.kind != "violence" && watchedSomeone(toks, s) || billedSign(toks, s) || schoolNotMe(toks) || r.kind == "suicidal" && (oneMoreAndI(toks, s) || drivenToIt(toks, s) || choreEnded(toks, e))) {
		// "watched that documentary about farmer suicides last night",
		// "Watching Grey's and someone went into anaphylaxis", "my bill
		// says 'overdose management' ??? … the wrong code", "if i have to
		// do one more group project im jumping off a bridge"
		return dropped
	}
	if grave && (r.kind == "violence" || r.kind == "strangulation" || r.kind == "abuse") && rememberedHarm(toks, s) {
		return dropped // "I'm safe, but I still get nightmares about when he strangled me"
	}
	if grave && (r.kind == "violence" || r.kind == "suicidal") && playFight(toks) || r.kind == "violence" && videoGame(toks) {
		return excluded // "my 8yo says his brother 'tried to kill him' - it was a pillow fight"
	}
	if r.kind == "suicidal" && saidWhenUpset(toks, s, e) {
		return downgraded // "my son keeps saying 'I want to die' when he loses at Fortnite. He's 11"
	}
	if r.kind == "suicidal" && hadThought(toks, s) {
		return downgraded // "Hace dos años … había pensado en quitarme la vida … Hoy cumplo dos años sobria"
	}
	if r.kind == "overdose" && forgotAndRetook(toks, s, e) {
		return downgraded // "took my amlodipine this morning and then forgot and took another one at lunch"
	}
	if grave && (storyAbout(toks, s) || intrusiveImage(toks, s) ||
		r.kind == "chest_pain" && nursingMother(toks) && anyWord(toks, s, e, breastWords)) {
		// "a short story for class about a girl who wants to disappear",
		// "imágenes horribles de que … se ahoga … sé que nunca lo haría",
		// "me duele el pecho … estoy dando pecho": for a clinician today.
		return downgraded
	}
	if r.kind == "suicidal" && killsAnother(toks, e) {
		return excluded // "my toddler just announced in Target that mommy wants to kill daddy when he snores": a threat to another, not to oneself
	}
	if r.kind == "breathing" && nearlyChoked(toks, s) {
		return downgraded // "Casi me ahogo con una espina de pescado el domingo, ya salió"
	}
	if r.kind == "breathing" && drownedIn(toks, s) {
		return excluded // "me estoy ahogando en trabajo jaja": drowning in work
	}
	if r.kind == "sent_to_er" && e > s && settled[toks[e-1].norm] {
		return excluded // "had a seizure last weekend, seen in ER, totally fine now": no order to go
	}
	if r.kind == "compartment" && anyWordOf(toks, breastParts) {
		return excluded // "left boob is red, hot and rock hard in one spot, fever 101.4 … mastitis again?"
	}
	if r.kind == "suicidal" && anyWord(toks, s, e, affairsWords) && anyWordOf(toks, estatePlanning) && !anyWordOf(toks, meansWords) && !nowTold(toks) {
		return dropped // "I'm 80 and finally putting my affairs in order, doing my will. The lawyer says …"
	}
	if grave && paperworkFor(toks, s) {
		return dropped // "Disability paperwork for my stroke, question 14 asks about 'residual deficits'"
	}
	if r.kind == "severe_bleeding" && anyWordOf(toks, periodWords) && !anyWordOf(toks, faintedWords) {
		return downgraded // "bleeding out rn (it's my period, day 6, soaking a pad every 2 hrs …)": a pad an hour or faster is the bleeding rule's
	}
	if r.kind == "trauma" && figurativeTruck(toks, s, e) {
		return excluded // "did i get hit by a truck or is this mono"
	}
	if r.kind == "unresponsive" && nearestBefore(toks, s, 4, wishWords) >= 0 {
		return excluded // "hopes she just doesn't wake up one of these mornings": a wish, not a body that will not wake
	}
	if r.kind == "pregnancy_bleeding" && waterBottle(toks, s, e) {
		return excluded // "lol my water broke... the water bottle in my hospital bag leaked"
	}
	if r.kind == "violence" && leaveForWork(toks, e) {
		return excluded // "My boss … won't let us leave our desks for lunch lol"
	}
	if r.kind == "violence" && safeNow(toks) && !nowTold(toks) {
		return downgraded // "My husband pushed me last week … He's out of state till next month so I'm safe"
	}
	if r.kind == "breathing" && couldntThen(toks, s) && !nowTold(toks) && !anyWordOf(toks, suddenWords) {
		return dropped // "the ambulance ride from when I had the asthma attack in june … I literally couldnt breathe"
	}
	if grave && documentSays(toks, s) {
		return dropped // "my cardiology referral says 'chest pain, r/o CAD' on it. That's from the ER visit in January"
	}
	if grave && reportExplained(toks, s) {
		return dropped // "my ultrasound report … It says 'small subchorionic hemorrhage' … Could someone explain"
	}
	if grave && toks[s].paren && visitFor(toks, s) && !nowTold(toks) {
		return dropped // "ambulance transport 6/12 (anaphylaxis) denied": a visit's label in a claim
	}
	if grave && diagnosisGiven(toks, s) && !nowTold(toks) {
		return seen // "Went to the ER last night for bleeding at 9 weeks, they said it was a miscarriage"
	}
	if r.kind == "stroke" && anyWord(toks, s, e, swellingWords) {
		return excluded // "my upper lip a bit puffy on one side. I'm on lisinopril": a swelling, no droop
	}
	if r.kind == "heart_attack" && ofJoy(toks, e) {
		return excluded // "I think I'm having a heart attack... of joy! My granddaughter got into medical school"
	}
	if r.kind == "heart_attack" && everyTime(toks, e) && !nowTold(toks) {
		return downgraded // "he's 'having a heart attack' whenever he gets anxious"
	}
	if r.kind == "chest_pain" && comesAndGoesWith(toks, e) {
		return downgraded // "my chest gets tight when my boss emails but it goes away"
	}
	if r.kind == "burn_or_exposure" && handBlistersOnly(toks, s, e) {
		return downgraded // "me quemé la mano con aceite … ampollas grandes en la palma"
	}
	if r.kind == "violence" && cutOnAKnife(toks, s) {
		// "cut my hand on the fish knife": an accident, whose words
		// other signs may still read ("… blood is coming out, it won't
		// stop").
		return excluded
	}
	cs, ce := clauseBounds(toks, s, e)
	if r.idiom != nil && anyIn(toks, cs, ce, r.idiom) && !(r.kind == "breathing" && anyWordOf(toks, opioidNames)) && !(r.kind == "overdose" && (laughedOverPills(toks, cs, ce, r.idiom) || drugNamed(toks, s, e))) {
		// (Snoring after heroin is no habit of sleep: "he take heroin …
		// lips is blue and he snore very strange".)
		return dropped
	}
	if r.urgency == UrgencyEmergency && !r.deniable && !r.lasting && dyingSigns[r.kind] && inHospice(toks) {
		// In hospice the signs of dying are expected: the hospice team
		// today, not 911 ("long pauses in her breathing", "isn't waking").
		return downgraded
	}
	if r.kind == "stroke" && sinceStroke(toks, cs, ce) {
		// "still can't get some words out since the stroke": what a
		// stroke left, for the doctor, not a new one ("since his stroke
		// 3 years ago" is long past).
		if longAgo(toks, s, e) {
			return dropped
		}
		return seen
	}
	if (r.kind == "stroke" || r.kind == "glucose" || r.kind == "unresponsive") && lowSugarTreated(toks) {
		// "my sugar dropped to 52 … words came out jumbled. drank juice,
		// came up to 118 and I feel totally normal now": a low treated and
		// over, for a clinician today.
		return downgraded
	}
	if r.kind == "stroke" && (typedWrong(toks) && anyWord(toks, s, e, wordsGoneWrong) || dentalNumbness(toks) && anyWord(toks, s, e, faceOrSpeech) ||
		strokeLeftover(toks)) {
		// "his texts make no sense … he uses voice to text", "half my face
		// is numb after the dentist", "le quedó la boca chueca … así está
		// desde entonces": explained, or what an old stroke left.
		return seen
	}
	if r.kind == "stroke" && sentenceHas(toks, 0, len(toks)-1, bellsPalsy) && !limbTrouble(toks) {
		// (An arm or a leg heavy too is no palsy of the face: "I had
		// bells palsy years ago so its probably that again … left arm
		// feels heavy too" stays an emergency.)
		// "droopy … from the Bell's palsy": a palsy, which still wants
		// a clinician today while it is new.
		return downgraded
	}
	if r.kind == "young_infant_fever" && nursingMother(toks) {
		// "postpartum 4 wks … I've got a fever of 101": the mother's
		// fever, for today.
		return downgraded
	}
	if r.kind == "seizure" && usualSeizureOver(toks, s, e) {
		// "had his typical 1-min focal seizure … back to baseline within
		// 15 min", "su convulsión de siempre … se le quitó solita como
		// dice el plan": a known pattern, over, for the doctor to know.
		return seen
	}
	if r.urgency == UrgencyEmergency && fearedSign(toks, s) {
		// "me da miedo que me den convulsiones", "I'm scared I'll have a
		// seizure if I run out": a sign feared, for a clinician today.
		return downgraded
	}
	if (r.kind == "stroke" || r.kind == "heart_attack") && oldEvent(toks, s, e) {
		return dropped // "an old lacunar infarct", "since his stroke he takes warfarin"
	}
	if r.kind == "stroke" && strokeUnchanged(toks) {
		return dropped // "his left arm is still weak from the stroke, same as it's been for 2 years"
	}
	if (r.kind == "overdose" || r.kind == "poisoning") && s >= 2 && toks[s-1].norm == "de" && (toks[s-2].norm == "control" || toks[s-2].norm == "centro") {
		return excluded // "Control de Envenenamientos" is poison control, no poisoning
	}
	if r.kind == "stroke" && lainOn(toks) {
		return dropped // "woke up with my right arm numb, I'd been sleeping on it all night"
	}
	if r.kind == "chest_pain" && onCoughing(toks, s, e) {
		// "me duele el pecho cuando toso, tengo gripa": a cough's pain,
		// for today (three independent sets' writers say so), even "now"
		// (read before the words of the present below).
		return downgraded
	}
	if r.kind == "mental_health" && mindSettled(toks, s, e) {
		// Read before the words of the present: "I just need to talk to
		// someone" is no sign told as now.
		return dropped
	}
	for k := cs; k <= ce; k++ {
		if k > e && joins[toks[k].norm] {
			break // "had a miscarriage 3 years ago and now I'm pregnant"
		}
		if current[toks[k].norm] && !(toks[k].norm == "just" && k+1 < len(toks) && (notNow[toks[k+1].norm] || explanations[toks[k+1].norm])) &&
			!(toks[k].norm == "just" && k > 0 && (toks[k-1].norm == "was" || toks[k-1].norm == "were")) && // "my chest pain was just anxiety": only, not now
			!(toks[k].norm == "just" && k+1 < len(toks) && learnedVerbs[toks[k+1].norm]) && // "just found out my friend took a bunch of pills last year": the news is new, not the sign
			!(k > 0 && (settled[toks[k-1].norm] || recovered[toks[k-1].norm]) && (toks[k].norm == "now" || toks[k].norm == "ahora")) &&
			!(k > 0 && toks[k-1].norm == "ago" && toks[k].norm == "today") &&
			!(toks[k].norm == "again" && nearestBefore(toks, k, 4, negations) >= 0) && // "it hasn't happened again"
			!((toks[k].norm == "again" || toks[k].norm == "otra") && k < s-3) && // "me llegó otra vez el cobro de … cuando se cayó": the bill's again
			!(toks[k].norm == "right" && k+1 < len(toks) && (placeAfterRight[toks[k+1].norm] || toks[k+1].norm == "away")) {
			// not "she's ok now", "ya está bien ahora"; nor "a year ago
			// today" (an anniversary) or "right in your waiting room"
			if r.deniable && deniesPlan(toks) {
				return downgraded // "me dijo hoy que … sería mejor no despertar, pero que no tiene ningún plan"
			}
			return live
		}
	}
	if r.kind == "out_of_medication" && weeksAway(toks, e) {
		return excluded // "before his lithium runs out in about 3 weeks"
	}
	if (longAgo(toks, s, e) || monthJustAfter(toks, e) || oldSign(toks, s)) && r.kind != "out_of_medication" && !likeLastOne(toks, e) {
		// A medicine run out stays run out, and its days are the days
		// left: "I only have 3 days of pills left" is no time ago.
		return dropped
	}
	if r.kind == "suicidal" && griefTask(toks, s, e) {
		return dropped // "una carta de despedida a mi papá que murió, como ejercicio de duelo"
	}
	if (grave || errand.asked()) && (r.lasting && billedVisit(toks) && monthDated(toks, s, e) || treatedSince(toks, s, e)) {
		// "the bill for the ambulance from when I fainted at the gym in
		// March", "bit by a rattler 3 weeks ago and got antivenom": a
		// sign that does not settle by itself, seen to days ago.
		return seen
	}
	if r.urgency == UrgencyEmergency && (quietSince(toks, s, e) || wellSince(toks, s, e)) {
		return pastOrSeen(toks, s) // "tuvo una convulsión hace tres semanas. No le ha vuelto a pasar"
	}
	if (grave || errand.asked()) && !r.lasting && (explainedSince(toks, e) || inHospital(toks) || someoneElsesPast(toks, s) || whenPast(toks, s) || pastTimeOf(toks, e) ||
		toldAsPast(toks, s, e) && careAdvised(toks, s, e)) {
		// "the chest pain was reflux, urgent care sorted it out", "in the
		// ICU since Sunday after her heart attack": seen to, for today.
		return seen
	}
	if (r.kind == "battery_or_magnet" || r.kind == "overdose") && takenOut(toks, s, e) ||
		(r.kind == "glucose" || r.kind == "breathing" || r.kind == "low_oxygen") && recheckedNormal(toks, e, r.kind) ||
		r.kind == "heart_rate" && duringActivity(toks, s) || alwaysBeen(toks, s) || r.kind == "smoke_inhalation" && wildfireSmoke(toks) || r.kind == "breathing" && atTarget(toks, s) ||
		r.kind == "young_infant_fever" && normalTemperature(toks, s) || r.kind == "medication_reaction" && handFootMouth(toks) ||
		(r.kind == "breathing" || r.kind == "heart_rate") && usualEpisode(toks, s) || notReturned(toks, e) {
		// "rechecked 15 min later it was 112", "now it says 97"; "my watch
		// said 210 but I was on a roller coaster"; "siempre ha sido así".
		return downgraded
	}
	if r.kind == "breathing" && worseThanUsual(toks) && talksFine(toks) {
		// "tengo EPOC … me falta el aire más que de costumbre pero puedo
		// hablar bien": a chronic lung worse than its usual, for today.
		return downgraded
	}
	if (r.kind == "breathing" || r.kind == "unresponsive") && habitualSleep(toks) {
		// "ronco muy fuerte y a veces dejo de respirar … me siento bien",
		// "duerme como tronco, no lo despierta ni la alarma": how someone
		// sleeps every night, for a sleep study, not 911.
		return downgraded
	}
	if r.kind == "drowning" && dayBefore(toks, s, e) && settledAround(toks, s, e) {
		// "swallowed some water at the pool yesterday and coughed for a
		// minute, he's been totally fine since": a day on, well, for a
		// question, not 911.
		return past
	}
	if r.kind == "chest_pain" && rashOnChest(toks, s) {
		// "un salpullido con ampollitas en un lado del pecho que duele":
		// the skin of the chest, for today (shingles).
		return downgraded
	}
	if r.kind == "burn_or_exposure" && smallNamed(toks, s, e) {
		return downgraded // "a small blister on the back of her hand about the size of a nickel"
	}
	if r.kind == "chest_pain" && pressedPain(toks) {
		// "it only hurts when I press on that spot": a chest wall's pain,
		// for a clinician, not 911.
		return downgraded
	}
	if (r.kind == "seizure" || r.kind == "unresponsive") && (everyTimeBefore(toks, s) || timesADay(toks, s, e)) {
		// "whenever I'm falling asleep my whole body jerks", "se queda
		// mirando fijo varias veces al día y no responde": a pattern for
		// the neurologist, not 911.
		return downgraded
	}
	if r.urgency == UrgencyEmergency && !r.lasting && e-s <= 3 && afterIt(toks, s) {
		// A sign named in a few words: not a cause and what followed it
		// ("después de la inyección de penicilina se me hinchó la cara").
		return seen // "la cita de seguimiento después de mi hospitalización por el ataque al corazón"
	}
	if r.urgency == UrgencyEmergency && !r.lasting && becauseOf(toks, s) {
		if monthDated(toks, s, e) {
			return seen // "a form for my license because of my seizure in March"
		}
		return downgraded // "this form filled because of my seizure this week": a clinician today
	}
	if (r.kind == "stroke" || r.kind == "testicular" || r.kind == "spinal_injury") && forDays(toks, s, e) {
		return downgraded // "desde hace 3 días tengo la pierna derecha más débil", "for a few days, came on slowly": days on, not 911
	}
	if (grave || errand.asked()) && (laughedOff(toks) || recoveringFrom(toks, s) || seenAndWell(toks) || actuallyNot(toks, e) || outcomeTold(toks, e)) {
		// "jaja no se asusten, el 'dolor de pecho' es de tristeza", "Era
		// un infarto … Ya estoy en casa recuperándome".
		return seen
	}
	if r.urgency == UrgencyEmergency && (askedIfPoisonous(toks, s, e) || ifEver(toks, s, r.kind) || prevented(toks, s) || dreamt(toks, s)) {
		// "is poinsettia poisonous?", "what should I do if one of us gets
		// bitten", "so we don't get carbon monoxide poisoning", "had a
		// dream someone was choking me".
		return dropped
	}
	if (r.kind == "burn_or_exposure" || r.kind == "carbon_monoxide") && alarmBattery(toks) && !sentenceHas(toks, 0, len(toks)-1, coSigns) {
		return dropped // "la alarma de monóxido está pitando … dice 'low battery'. nadie se siente mal"
	}
	if r.urgency == UrgencyEmergency && signsAsked(toks, s) {
		return dropped // "what are the signs that a baby is having trouble breathing?"
	}
	if r.urgency == UrgencyEmergency && s == e && noSymptoms(toks) {
		return dropped // "the BE FAST stroke signs … I'm 67, no symptoms at all"
	}
	if r.urgency == UrgencyEmergency && falseAlarm(toks, s, e) {
		return dropped // "thought my toddler swallowed a button battery but we found it"
	}
	if r.urgency == UrgencyEmergency && (namesAVisit(toks, s, e) || anemiaCause(toks, s) || visitWhen(toks, s) || whenYounger(toks, s, e) || suspectedThen(toks, s)) {
		return dropped // "my records from the chest pain ER visit on 2/11": a visit named for its reason
	}
	if r.kind == "chest_pain" && testedFine(toks, s) {
		// "noto presión en el pecho, pero ya me hicieron electro,
		// analítica y prueba de esfuerzo y todo bien": worked up and
		// found well.
		return seen
	}
	if r.kind == "chest_pain" && (everyTimeBefore(toks, s) || positionalPain(toks) || antacidRelief(toks) || onStretching(toks, s, e) ||
		sentenceHas(toks, 0, len(toks)-1, chestWallNamed) && !sentenceHas(toks, 0, len(toks)-1, differentWords)) {
		// "every time my chest feels tight": a pain that comes and goes
		// as it always has; "tight when I do the pec stretches": a
		// muscle's. For a clinician.
		return downgraded
	}
	if r.kind == "suicidal" && everyTime(toks, e) && !atADangerPlace(toks) {
		// "dice «me quiero morir» cada vez que le quitamos la tablet": a
		// child's habit, for a clinician today.
		return downgraded
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
	if errand.asked() && !r.lasting && pastBefore(toks, s) && sentenceHas(toks, s, e, pastEvents) {
		// "copia de mi expediente del parto, tuve hemorragia y me
		// pusieron sangre": a sign of a birth or an operation past, in
		// an errand about it.
		return seen
	}
	if (grave || errand.asked()) && !r.lasting && toldAsPast(toks, s, e) {
		if monthDated(toks, s, e) {
			return seen // "when I passed out at Target in June"
		}
		if settledAround(toks, s, e) && !silentPoison(toks, r) {
			return pastOrSeen(toks, s) // "had chest pain this morning, fine now"
		}
	}
	if (r.kind == "overdose" || r.kind == "poisoning") && poisonControlAdvised(toks, s) {
		// "Ya llamé a toxicología y dijeron que lo observe en casa":
		// poison control has judged it, for a clinician today.
		return downgraded
	}
	if (grave || errand.asked()) && !r.lasting && visitedFor(toks, s) {
		// "una constancia de que estuve en emergencias el lunes por la
		// crisis de asma": seen for it on a day told, for a clinician
		// today unless a later sentence says it is back.
		return seen
	}
	return live
}
