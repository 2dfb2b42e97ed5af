package triage

import (
	"fmt"
	"strings"
	"sync"
)

// What makes a matched sign not the patient's present state, within its
// sentence: a denial ("no chest pain"), a question asked about it ("is
// chest pain a side effect?"), a hypothetical or a handout ("call 911 if
// you have chest pain"), a plan denied. See judge.

// negated reports whether a negation governs the word at s: "no chest pain",
// "i don't have any chest pain", "no fever or chest pain", "sin dolor".
func negated(toks []token, s int) bool {
	if toks[s].norm == "si" || toks[s].norm == "if" {
		// A match that opens with "if" is a doubt, and a negation before
		// it governs the verb of the doubt: "no sé si siquiera voy a estar".
		return false
	}
	skip := 0
	for k, steps := s-1, 0; k >= 0 && steps < 7; k, steps = k-1, steps+1 {
		if toks[k+1].clause {
			return false
		}
		w := toks[k].norm
		switch {
		case negations[w] && firstTime(toks, k):
			return false // "never had a headache like this before"
		case negations[w], w == "nada" && toks[k+1].norm == "de":
			return true // "nada de dolor en el pecho"
		case lists[w]:
			skip = 3
		case fillers[w], w == "been" && k > 0 && toks[k-1].norm == "never":
			// "never been suicidal" as "never suicidal"; not "hasn't been
			// breathing right".
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
		if !negations[toks[k].norm] || inability[toks[k+1].norm] || k+2 <= e && (toks[k+1].norm == "been" || clitics[toks[k+1].norm]) && inability[toks[k+2].norm] ||
			notDenial[toks[k+1].norm] || unsure(toks, k) || notWithout(toks, k) ||
			k > 0 && (simile[toks[k-1].norm] || conditional[toks[k-1].norm]) || persists(toks, k, e) || stillness(toks, k, e) || firstTime(toks, k) {
			continue
		}
		asked := false
		for _, t := range p.terms {
			if t.matches(toks[k].norm) {
				asked = true
				break
			}
		}
		if !asked && !deniesElse(toks, s, k, e, p) && !doubleNegative(toks, k, e, p) {
			return k, true
		}
	}
	return 0, false
}

// firstTime reports a "never … before" at k: a sign new to the one who
// has it, which the negation does not deny ("never allergic before, now
// his face is all puffed up", "nunca le había pasado antes").
func firstTime(toks []token, k int) bool {
	if w := toks[k].norm; w != "never" && w != "nunca" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+7 && !toks[j].clause; j++ {
		if w := toks[j].norm; w == "before" || w == "antes" {
			// Not "nunca me había dado dolor de pecho antes y ahora
			// tampoco": a denial then and now.
			for i := j + 1; i < len(toks) && i <= j+4; i++ {
				if neitherNow[toks[i].norm] || negations[toks[i].norm] && nowWithin(toks, i, 4) {
					return false // "never had chest pain before and don't have any now"
				}
			}
			return true
		}
	}
	return false
}

// nowWithin reports a word of now among the n words after toks[i].
func nowWithin(toks []token, i, n int) bool {
	for j := i + 1; j < len(toks) && j <= i+n; j++ {
		if nowWords[toks[j].norm] {
			return true
		}
	}
	return false
}

// neitherNow are the words that carry a "never … before" on to now:
// "ni ahora", "tampoco".
var neitherNow = wordSet("tampoco either neither nor ni")

// clitics come between a Spanish "no" and its verb: "no se puede mover"
// says an inability, as "no puede" does.
var clitics = wordSet("se me le te nos les lo la")

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

// deniesElse reports a negation at k, inside a match s..e, whose clause
// ends before the match does and holds no word of the pattern's terms
// still to come: it denies something beside the sign ("bumped her head,
// no cut. Today she's more confused", "a headache Tylenol doesn't touch
// and I keep seeing sparkles"), not the sign. The terms the words before
// the negation already matched do not count: in "6 wk old hasn't eaten
// in 8 hrs, 101.2 rectal" the 8 is no second age.
func deniesElse(toks []token, s, k, e int, p pattern) bool {
	later := p.terms[matchedBefore(toks, s, k, p):]
	if len(later) > 1 && later[0].cross {
		// A negation in a gap between two phrases denies the second only
		// if it comes to the second's first word: "ya no voy a necesitar
		// la cita, hoy me voy para siempre".
		later = later[:1]
	}
	j := k + 1
	for ; j <= e && !toks[j].clause && !joins[toks[j].norm]; j++ {
		for _, t := range later {
			if t.matches(toks[j].norm) {
				return false
			}
		}
	}
	return j <= e
}

// matchedBefore is how many of p's terms the words s..k-1 of a match
// starting at s take, read left to right, each word taking the next term
// when it matches it.
func matchedBefore(toks []token, s, k int, p pattern) int {
	n := 0
	for j := s; j < k && n < len(p.terms); j++ {
		if p.terms[n].matches(toks[j].norm) {
			n++
		}
	}
	return n
}

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
// overdose can cause liver damage". A person's words of what he will do
// are no label: "he said he will come in my room … can you come get me".
func sideEffect(toks []token, s, e int) bool {
	cs, ce := clauseBounds(toks, s, e)
	says := false
	for k := cs; k <= ce; k++ {
		if labelWords[toks[k].norm] && !(k > 0 && speakers[toks[k-1].norm] && k+1 < len(toks) && speakerAgain[toks[k+1].norm]) &&
			!(k+1 < len(toks) && offeredTo[toks[k+1].norm]) && // "a guy at the bus station says i can sleep at his place"
			!(k > 0 && toks[k-1].norm == "to") { // not "could barely get her to say my name"
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
		if k >= s && k <= e && clauseBetween(toks, k, e) || k == s {
			continue // (a match that opens with "puede" states it: "dice que puede volar")
		}
		if mayWords[toks[k].norm] && !cannot(toks, k) && !(k+1 < len(toks) && (barelyWords[toks[k+1].norm] || givenWords[toks[k+1].norm])) &&
			!(k > 0 && thirdPerson[toks[k-1].norm] && (toks[k].norm == "can" || toks[k].norm == "puede")) { // "says god told him to prove he can fly" (fresh353)
			return true // (not "I could barely get her to say my name": a report)
		}
	}
	return false
}

// cannot reports a negation before the "may" word at k: "no se puede
// mover" is an inability, not a label's warning.
func cannot(toks []token, k int) bool {
	return k > 0 && negations[toks[k-1].norm] || k > 1 && clitics[toks[k-1].norm] && negations[toks[k-2].norm]
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
	speakers = wordSet("he she el ella")
	// thirdPerson before "can" make it what a person believes they can
	// do, not what a label warns of.
	thirdPerson = wordSet("he she they el ella")
	// speakerAgain after "he said" tells what he will do: "he said he
	// will …", "she said she'll …".
	speakerAgain = wordSet("he she el ella hell shell")
	// offeredTo after "says" tell what the writer is offered or allowed,
	// not what a label warns of: "this man says i can stay at his place"
	// (fresh338).
	offeredTo  = wordSet("i we")
	labelWords = wordSet("says say said dice dicen decia label etiqueta warning warnings advertencia leaflet prospecto inserto insert read lei")
	// givenWords after "can" make it a thing given, not a label's warning:
	// "texted 'you can have the kids forever' and says he's at the bridge".
	givenWords  = wordSet("have keep")
	mayWords    = wordSet("can may might could puede pueden podria causar cause causes provocar")
	barelyWords = wordSet("barely hardly only apenas")
)

var almost = wordSet("almost nearly casi practically")

// notNow words after "just" make it "only", not "a moment ago": "just
// wanted to say".
var notNow = wordSet("wanted want wanna wondering to a like in checking curious letting")

var died = wordSet("died dies murio fallecio fallecido fallecida")

// deniesPlan reports a message that denies a plan or thoughts of
// self-harm: "no thoughts of hurting myself", "no he pensado en hacerme
// daño", "dice que no tiene un plan", or that calls it nothing serious
// ("ya no puedo más, pero no es nada grave").
func deniesPlan(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if !negations[toks[k].norm] {
			continue
		}
		for j := k + 1; j <= k+5 && j < len(toks) && !toks[j].clause; j++ {
			if w := toks[j].norm; w == "plan" || w == "dano" || w == "hacerme" || w == "harm" || w == "hurting" || w == "hurt" || w == "haria" || w == "lastimarme" {
				return true
			}
			if w := toks[j].norm; (w == "grave" || w == "serious") && toks[j-1].norm == "nada" || w == "serious" && toks[j-1].norm == "nothing" {
				return true // "ya no puedo más, pero no es nada grave, solo necesito un certificado" (fresh396)
			}
			if w := toks[j].norm; (w == "anything" || w == "nada") && (toks[j-1].norm == "do" || toks[j-1].norm == "hacer") {
				return true // "not gonna do anything", "no voy a hacer nada"
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

// notWithout reports a negation at k that a "without" just after turns
// round, or the "without" itself: "I cannot walk without falling to the
// left", "no puedo pararme sin agarrarme de la pared" tell the fall and
// the holding on.
func notWithout(toks []token, k int) bool {
	if w := toks[k].norm; w == "without" || w == "sin" {
		for j := k - 2; j >= 0 && j >= k-3; j-- {
			if negations[toks[j].norm] || toks[j].norm == "cant" || toks[j].norm == "cannot" || inability[toks[j].norm] {
				return true
			}
		}
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+3 && !toks[j].clause; j++ {
		if toks[j].norm == "without" || toks[j].norm == "sin" {
			return true
		}
	}
	return false
}

// unsure reports "no sé si" at k, a choice not yet made ("no sé si
// bajarme o tirarme"), not a denial of what follows.
func unsure(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k+1].norm == "se" && toks[k+2].norm == "si"
}

// notDenial words after a negation say what was not known, not that a
// sign is absent: "didn't know it had peanuts".
var notDenial = wordSet("know knew realize realized realise realised notice noticed sabia sabiamos sabe sabian " +
	"fade fades fading blanch blanches " + // "a rash that doesn't fade under a glass" is the sign itself
	"wait espera perdon digo") // "I took like twelve no wait twenty": a number corrected, not denied

// conditional words before a negation make it a condition, not a
// denial: "when I don't take them I get sweats".
var conditional = wordSet("when whenever if cuando si")

// simile words before a negation make it a comparison: "como nunca",
// "like never before".
var simile = wordSet("como like than")

// askedAbout reports whether the sign is only asked about: "what are the
// signs of a stroke", "in case of an overdose", "sintomas de un infarto".
func askedAbout(toks []token, s int) bool {
	if formAsks(toks, s) || aboutACode(toks, s) || schoolTopic(toks, s) || howToTell(toks, s) || generalQuestion(toks, s) {
		return true
	}
	if s >= 2 && (toks[s-1].norm == "on" || toks[s-1].norm == "about" || toks[s-1].norm == "sobre") && !toks[s].clause &&
		guidanceWords[toks[s-2].norm] {
		return true // "any guidance on carbon monoxide?", "información sobre"
	}
	if nearestBefore(toks, s, 8, differenceWords) >= 0 {
		return true // "what's the difference between a panic attack and a heart attack?"
	}
	if s >= 4 && toks[s-4].norm == "did" && (toks[s-3].norm == "i" || toks[s-3].norm == "he" || toks[s-3].norm == "she") && toks[s-2].norm == "have" &&
		(toks[s-1].norm == "a" || toks[s-1].norm == "an") && !toks[s].clause {
		return true // "an old lacunar infarct. Did I have a stroke??"
	}
	if meansIHad(toks, s) {
		return true // "does that mean I had a stroke??", "¿eso quiere decir que tuve un derrame?"
	}
	if s >= 2 && toks[s-2].norm == "did" && (toks[s-1].norm == "i" || toks[s-1].norm == "he" || toks[s-1].norm == "she" || toks[s-1].norm == "we") &&
		!toks[s-1].clause && !toks[s].clause {
		return true // "did I overdose?? I took my Malarone twice"
	}
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		if toks[k+1].clause {
			return false
		}
		w := toks[k].norm
		if w == "because" || w == "porque" || w == "bc" {
			return false // "asking now because about an hour ago I lost the vision": the reason for asking is told
		}
		if asking[w] && !undergoing(toks, k) && !(w == "whats" && k+1 < len(toks) && notAsking[toks[k+1].norm]) {
			return true // not "I counted what's left and he took the whole bottle"
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

// meansIHad reports a sign asked about as the meaning of a report: "does
// that mean I had a stroke", "¿quiere decir que tuve un infarto?",
// "significa que tuvo".
func meansIHad(toks []token, s int) bool {
	had := nearestBefore(toks, s, 3, hadWords)
	return had >= 0 && nearestBefore(toks, had, 4, meanWords) >= 0
}

var (
	hadWords  = wordSet("had tuve tuvo tuviste")
	meanWords = wordSet("mean means significa decir")
)

// formAsks reports a form's question earlier in the sign's sentence: "the
// new patient form asks about past overdoses", "el formulario pregunta
// '¿ha tenido alguna sobredosis?'", or the form named in the sentence
// before ("Filling out the new patient form. It asks if anyone in the
// family had a stroke", fresh390); not when the sentence says the sign is
// now ("the form asks about chest pain and I have it right now").
func formAsks(toks []token, s int) bool {
	form, asks := false, false
	sentences := 0
	for k := s - 1; k >= 0; k-- {
		w := toks[k].norm
		form = form || formWords[w]
		asks = asks || sentences == 0 && formAsking[w]
		if nowWords[w] && sentences == 0 {
			return false
		}
		if toks[k].sentence {
			if sentences++; sentences == 2 || !asks {
				break
			}
		}
	}
	for k := s + 1; k < len(toks) && !toks[k].sentence; k++ {
		if nowWords[toks[k].norm] && !(toks[k-1].norm == "not" || toks[k-1].norm == "no") {
			return false // "… and I have it right now"; not "years ago, not now at all"
		}
	}
	return form && asks
}

// generalQuestion reports a sign in a sentence that opens by calling
// itself a general question: "general question, how many tylenol a day
// would actually be an overdose?" (fresh386), "pregunta general: ¿…?".
func generalQuestion(toks []token, s int) bool {
	for k := s - 1; k >= 0; k-- {
		if k > 0 && (toks[k].norm == "question" && toks[k-1].norm == "general" || toks[k].norm == "general" && toks[k-1].norm == "pregunta") {
			return true
		}
		if toks[k].sentence {
			break
		}
	}
	return false
}

// schoolTopic reports a sign that is the topic of school work: "un
// proyecto de la escuela sobre sobredosis", "a poster on anaphylaxis",
// "un ensayo sobre el suicidio en universitarios".
func schoolTopic(toks []token, s int) bool {
	if s >= 3 && determiners[toks[s-1].norm] {
		s-- // "sobre el suicidio"
	}
	if s < 2 || !topicWords[toks[s-1].norm] {
		return false
	}
	for k := s - 2; k >= 0 && k >= s-6 && !toks[k+1].clause; k-- {
		if schoolWork[toks[k].norm] {
			return true
		}
	}
	return false
}

// schoolNotMe reports a question asked for school work that says it is
// not the writer's: "for health class we have to ask a real doctor: how
// much caffeine would it take to overdose? its for a project not me lol"
// (fresh402), "es para una tarea, no es para mí".
func schoolNotMe(toks []token) bool {
	if !anyWordOf(toks, schoolWork) {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if (toks[k].norm == "me" && (toks[k-1].norm == "not" || k > 1 && toks[k-1].norm == "for" && toks[k-2].norm == "not")) ||
			(toks[k].norm == "mi" && toks[k-1].norm == "para" && k > 2 && toks[k-2].norm == "es" && toks[k-3].norm == "no") {
			return true
		}
	}
	return false
}

var (
	topicWords = wordSet("about on sobre acerca")
	schoolWork = wordSet("project proyecto poster cartel essay ensayo report reporte presentation presentacion class clase course curso homework tarea paper " +
		"platica charla workshop taller seminar seminario lecture capacitacion") // "dar una plática a los papás sobre atragantamiento" (fresh405)
)

// aboutACode reports a billing or diagnosis code in the sign's sentence:
// "you coded my visit as R07.9 chest pain", "¿qué código pusieron? el
// seguro dice 'infarto agudo'", "the ICD-10 code for suicidal ideation".
func aboutACode(toks []token, s int) bool {
	isCode := func(k int) bool {
		// "ICD" alone is a defibrillator; "ICD-10" a code.
		return codeWords[toks[k].norm] && !(k > 0 && lockWords[toks[k-1].norm]) || toks[k].norm == "icd" && k+1 < len(toks) && (toks[k+1].norm == "10" || toks[k+1].norm == "9")
	}
	for k := s - 1; k >= 0; k-- {
		if isCode(k) {
			return true
		}
		if toks[k].sentence {
			break
		}
	}
	for k := s + 1; k < len(toks) && !toks[k].sentence; k++ {
		if isCode(k) {
			return true
		}
	}
	return false
}

var (
	codeWords = wordSet("code codes coded coding codigo codigos codificaron codificado icd10 cpt")
	// lockWords make a code a lock's: "dad's gun safe code", "the door
	// code", "la clave de la caja fuerte".
	lockWords = wordSet("safe lock locker door gate alarm cabinet fuerte garage")
)

var (
	formWords  = wordSet("form forms formulario formularios questionnaire cuestionario intake paperwork application solicitud survey encuesta leaflet insert prospecto phq phq9")
	formAsking = wordSet("asks ask asking asked question questions pregunta preguntan preguntas list listar lists lista mentions menciona")
	nowWords   = wordSet("now right currently today tonight ahora ahorita hoy")
)

// undergoing reports a treatment the patient is under, not asked about:
// "en tratamiento por leucemia", "on treatment for".
func undergoing(toks []token, k int) bool {
	w := toks[k].norm
	return (w == "tratamiento" || w == "treatment") && k > 0 &&
		(toks[k-1].norm == "en" || toks[k-1].norm == "on" || toks[k-1].norm == "in" || toks[k-1].norm == "under")
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

// apologyIf reports an "if" at k that opens an apology or a courtesy, not
// a case: "sorry if im short, my sister overdosed", "perdón si".
func apologyIf(toks []token, k int) bool {
	return k > 0 && (toks[k-1].norm == "sorry" || toks[k-1].norm == "perdon" || toks[k-1].norm == "disculpe" || toks[k-1].norm == "apologies")
}

// hypothetical reports a sign only imagined (see hypotheticalCase), unless
// a later sentence says the case has come (see caseMet) or the writer
// says it is their own (see askingForMe).
func hypothetical(toks []token, s int) bool {
	return hypotheticalCase(toks, s) && !caseMet(toks, s) && !askingForMe(toks)
}

// askingForMe reports a writer who says the case asked about is their
// own: "if someone used the whole pen at once would it be quick? asking
// for me i guess" (fresh392), "pregunto por mí".
func askingForMe(toks []token) bool {
	for k := 2; k < len(toks); k++ {
		if (toks[k].norm == "me" || toks[k].norm == "myself" || toks[k].norm == "mi") && (toks[k-1].norm == "for" || toks[k-1].norm == "por") &&
			(toks[k-2].norm == "asking" || toks[k-2].norm == "pregunto") {
			return true
		}
	}
	return false
}

// genericMeaning reports a sign said to be what a case means, the case
// put of anyone: "MY NEIGHBOR SAYS IF YOU GET DIZZY STANDING UP FAST IT
// MEANS A STROKE IS COMING. IS THAT TRUE" (fresh393), "si uno se marea
// significa un infarto".
func genericMeaning(toks []token, s int) bool {
	means := false
	for k := s - 1; k >= 0 && !toks[k+1].sentence; k-- {
		w := toks[k].norm
		means = means || w == "means" || w == "mean" || w == "significa" || w == "signo" || w == "senal"
		if means && (w == "if" || w == "si") && k+1 < s && (toks[k+1].norm == "you" || toks[k+1].norm == "u" || genericPerson[toks[k+1].norm]) {
			return true
		}
	}
	return false
}

// caseMet reports a later sentence that says the imagined case has come:
// "the nurse told me if the chest pain comes back call 911. it came back
// 20 minutes ago and it's worse", "… volvió hace rato".
func caseMet(toks []token, s int) bool {
	k := s + 1
	for k < len(toks) && !toks[k].sentence {
		k++
	}
	for ; k < len(toks); k++ {
		w := toks[k].norm
		if w == "back" && k > 0 && backAgain[toks[k-1].norm] || caseCame[w] || w == "again" && k > 0 && startWords[toks[k-1].norm] {
			return true
		}
	}
	return false
}

var (
	backAgain  = wordSet("came coming comes is its")
	caseCame   = wordSet("happening volvio regreso volvieron regresaron")
	startWords = wordSet("started starting began beginning starts")
)

// hypotheticalCase reports a sign only imagined: an "if" just before it
// and, anywhere in the message, a word of the future or of chance ("what
// should i do if my child ever has a seizure", "si algun dia le da un
// infarto"), or one of the cases below.
func hypotheticalCase(toks []token, s int) bool {
	if foretold(toks, s) || watchFor(toks, s) || genericMeaning(toks, s) {
		return true
	}
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
		if toks[k].norm == "if" && (clause || !apologyIf(toks, k)) || toks[k].norm == "si" && clause && s-k <= 10 {
			cond = true
		}
	}
	if reportIf(toks, s) {
		return true // "you asked me to tell you if I 'have any chest pain'"
	}
	if s >= 4 && articlesA[toks[s-1].norm] && toks[s-4].norm == "if" && (toks[s-2].norm == "had" || toks[s-2].norm == "have" || toks[s-2].norm == "got" ||
		toks[s-2].norm == "having" && (toks[s-3].norm == "youre" || toks[s-3].norm == "someone" || toks[s-3].norm == "anyone")) { // "press 1 if you're having a heart attack lolol" (fresh445)
		return true // "what I'd want if I had a stroke or ended up on machines" (fresh440)
	}
	if s >= 3 && (toks[s-2].norm == "you" || genericPerson[toks[s-2].norm]) && (toks[s-3].norm == "if" || toks[s-3].norm == "si") && developVerbs[toks[s-1].norm] {
		return true // "Call 911 if you develop chest pain, shortness of breath, or fainting" (an after-visit summary, fresh420)
	}
	if s >= 2 && genericPerson[toks[s-1].norm] && (toks[s-2].norm == "if" || toks[s-2].norm == "si" || toks[s-2].norm == "when" || toks[s-2].norm == "cuando") {
		return true // "if someone overdoses, do I spray the narcan first?"
	}
	if s >= 2 && (toks[s-1].norm == "you" || toks[s-1].norm == "u") && toks[s-2].norm == "if" && presentTake[toks[s].norm] {
		return true // "tylenol is super dangerous if u take too much??"; not "is it bad if u took like 20"
	}
	if s >= 2 && askingModals[toks[s-2].norm] && askingPersons[toks[s-1].norm] && toks[s].norm == "take" {
		return true // "could I take too many by mistake?"
	}
	if s >= 2 && (toks[s-1].norm == "puede" || toks[s-1].norm == "can") && genericPerson[toks[s-2].norm] {
		return true // "¿es cierto que con cirrosis uno puede vomitar sangre?"
	}
	if s >= 2 && forWords[toks[s-1].norm] && nearestBefore(toks, s-1, 3, callWords) >= 0 {
		cond = true // "call 911 for chest pain lasting more than 5 minutes": an instruction's case
	}
	if inCaseAgain(toks, s) {
		return true // "quiero aprender CPR por si a mi papá le da otro heart attack"
	}
	if instructionReadBack(toks, s) {
		return true // "Reading back the instructions …: if the chest pain comes back I … call 911 … Correct?"
	}
	if !cond {
		return false
	}
	if (s > 0 && (toks[s-1].norm == "another" || toks[s-1].norm == "otro" || toks[s-1].norm == "otra") || againAfter(toks, s)) && ifAskedAhead(toks, s) {
		return true // "What should I do if my husband has another heart attack?", "si mi papá se pone morado otra vez como la vez pasada"
	}
	for _, t := range toks {
		if hypoWords[t.norm] {
			return true
		}
	}
	if whatToDoAfter(toks, s) || whatToDoBefore(toks, s) {
		return true // "if my CGM says 40 and I start feeling shaky, what exactly should I do?", "¿qué hago si se traga una pila?"
	}
	// An instruction read on a leaflet, in the sign's own clause: "the
	// handout says call 911 if you have trouble breathing". Not what a
	// person says ("he says if I leave he'll kill himself"), and not a
	// sign told as present ("the sheet says call if X, and X is here now").
	// Or an instruction a clinician gave, read back: "el doctor me dijo
	// que si la presión me sube de 180 me vaya a emergencias".
	printed, told, clinician, ifNear := false, false, false, false
	cs, ce := clauseBounds(toks, s, s)
	for k := cs; k <= ce; k++ {
		w := toks[k].norm
		if current[w] {
			return false
		}
		printed = printed || k < s && handoutWords[w]
		told = told || k < s && toldWords[w]
		clinician = clinician || clinicianWords[w]
		ifNear = ifNear || k < s && s-k <= 10 && (w == "if" || w == "si")
	}
	return printed || told && clinician && ifNear
}

// whatToDoBefore reports "what do I do" opening the sign's sentence before
// its "if": "¿Qué hago si mi niño se traga una pila?", "what do we do if".
func whatToDoBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-12; k-- {
		if w := toks[k].norm; (w == "que" || w == "what") && k+1 < s && (doWords[toks[k+1].norm] || k+2 < s && doWords[toks[k+2].norm] || k+3 < s && doWords[toks[k+3].norm]) { // "what would I do if my husband choked at dinner" (fresh440)
			return true
		}
		if toks[k].sentence {
			break
		}
	}
	return false
}

var doWords = wordSet("do hago hacer hacemos debo")

// watchFor reports a sign named as what to watch for, in the three words
// before it: "said to watch for 'blue spells'", "look out for", "vigilar".
func watchFor(toks []token, s int) bool {
	for k := s - 1; k >= 1 && k >= s-3; k-- {
		if (toks[k].norm == "for" || toks[k].norm == "out") && (toks[k-1].norm == "watch" || toks[k-1].norm == "look" || toks[k-1].norm == "watching") ||
			toks[k].norm == "vigilar" || toks[k].norm == "pendiente" {
			return true
		}
	}
	return false
}

// foretold reports a sign told as what something will cause, in Spanish:
// "me va a dar un derrame", "le puede causar un infarto" (a fear or a
// warning, not a sign now).
func foretold(toks []token, s int) bool {
	for k := s - 1; k >= 1 && k >= s-4 && !toks[k+1].clause; k-- {
		if w := toks[k].norm; (w == "dar" || w == "causar" || w == "provocar") && (toks[k-1].norm == "a" || toks[k-1].norm == "puede" || toks[k-1].norm == "podria") {
			return true
		}
	}
	// "if that dispenser beeps one more time she's going to have a heart
	// attack": a future on a condition, said in exasperation. Without the
	// "if", "I'm going to have a heart attack" may be felt now.
	for k := s - 1; k >= 2 && k >= s-4; k-- {
		if toks[k].norm == "have" && (toks[k-1].norm == "gonna" || toks[k-1].norm == "to" && toks[k-2].norm == "going") {
			for j := k - 2; j >= 0 && !toks[j+1].sentence; j-- {
				if toks[j].norm == "if" {
					return true
				}
			}
		}
	}
	return false
}

// whatToDoAfter reports "what (exactly) should I do" after the sign at s,
// in its sentence: with an "if" before the sign, a plan asked for.
func whatToDoAfter(toks []token, s int) bool {
	for k := s + 1; k < len(toks) && !toks[k].sentence; k++ {
		if toks[k].norm != "what" && toks[k].norm != "que" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4 && !toks[j].clause; j++ {
			if w := toks[j].norm; w == "do" || w == "hago" || w == "hacer" || w == "hacemos" {
				return true
			}
		}
	}
	return false
}

var (
	toldWords      = wordSet("told said says dijo dice indico explained explico instructed")
	clinicianWords = wordSet("doctor nurse enfermera cardiologist cardiologo cardiologa pharmacist farmaceutico midwife partera")
)

// instructionReadBack reports a sign that is the case of an instruction
// the writer reads back to have it confirmed: an "if" or "si" up to
// fourteen words before it and a call for help after it, in its sentence
// and with no word of the present there, in a message that asks to
// confirm ("Reading back the instructions so I have them right: if the
// chest pain comes back I put one nitro under my tongue and call 911 …
// Correct?", "Solo para confirmar lo que me dijo la enfermera: si la
// fiebre … pasa de 39 o le da una convulsión llamo al 911", fresh390).
func instructionReadBack(toks []token, s int) bool {
	if !anyWordOf(toks, readBackWords) {
		return false
	}
	cond := false
	for k := s - 1; k >= 0 && k >= s-14 && !toks[k+1].sentence; k-- {
		cond = cond || toks[k].norm == "if" || toks[k].norm == "si"
	}
	if !cond {
		return false
	}
	for k := s + 1; k < len(toks) && !toks[k].sentence; k++ {
		if current[toks[k].norm] {
			return false
		}
		if helpCalled[toks[k].norm] {
			return true
		}
	}
	return false
}

var (
	readBackWords = wordSet("confirm confirming confirmar confirmando correct correcto correcta reading repeat repito")
	helpCalled    = wordSet("911 ambulance ambulancia emergencias urgencias er")
)

// articlesA are the articles of "a stroke", "un infarto".
var articlesA = wordSet("a an un una")

// developVerbs between "if you" and a sign make it an instruction's case.
var developVerbs = wordSet("develop get have experience notice feel start tiene siente le") // "si alguien tiene dolor de pecho, ¿les llamo a ustedes o al 911?" (fresh435)

// handoutWords name printed instructions (see hypothetical).
var handoutWords = wordSet("leaflet handout handouts pamphlet brochure instructions sheet folleto hoja instrucciones indicaciones papel paper papers papeles label etiqueta warning warnings advertencia prospecto inserto insert banner alert alerta")

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

// diedOf reports a sign named as the cause of a death: "he passed away in
// March from a heart attack", "murió de un infarto". A death told is
// grief or paperwork, not a call for 911; "almost died from" is not a
// death.
func diedOf(toks []token, s int) bool {
	if k := s - 1; k >= 0 && !toks[s].clause && died[toks[k].norm] {
		return k == 0 || !almost[toks[k-1].norm] // "died of", "murió de", with no "of" between
	}
	k := nearestBefore(toks, s, 4, ofWords)
	if k < 0 {
		return false
	}
	if k > 0 && !toks[k].clause && toks[k-1].norm == "passed" {
		return true // "passed from an overdose", not "passed out from"
	}
	j := nearestBefore(toks, k, 4, deathWords)
	return j >= 0 && (j == 0 || !almost[toks[j-1].norm]) && !(toks[j].norm == "passed" && toks[j+1].norm == "out")
}

// diedAfter reports a sign followed by a death, "a boy at another school
// who collapsed and died at practice", "se desmayó y murió": a death
// told, not a patient to send now.
func diedAfter(toks []token, e int) bool {
	return e+2 < len(toks) && (toks[e+1].norm == "and" || toks[e+1].norm == "y") && deathWords[toks[e+2].norm] && toks[e+2].norm != "passed"
}

var (
	ofWords    = wordSet("of from de del por by") // "died by suicide"
	deathWords = wordSet("died dies passed murio fallecio fallecido fallecida fallecieron murieron")
)

// aTopic reports a sign named as the subject of a form, a charge or a
// programme rather than felt: "suicide risk assessment", "stroke
// screening", "evaluación de riesgo de suicidio".
func aTopic(toks []token, s, e int) bool {
	if e+1 < len(toks) && !toks[e+1].clause && subjectWords[toks[e+1].norm] {
		return true
	}
	if s >= 2 && !toks[s].clause && (toks[s-1].norm == "about" || toks[s-1].norm == "sobre") {
		// Talked about: "how do I talk to my son about suicide?", "cómo
		// le hablo sobre suicide" (not "thinking about suicide").
		for k := s - 2; k >= 0 && k >= s-6 && !toks[k+1].clause; k-- {
			if toks[k].norm == "because" || toks[k].norm == "porque" {
				break // "asking now because about an hour ago I lost the vision"
			}
			if askWords[toks[k].norm] {
				return true // "when I ask him straight out about suicide"
			}
			if talkWords[toks[k].norm] {
				// Only the writer asking how to talk of it: "she keeps
				// talking about giving him back to god" is a sign.
				for j := k - 1; j >= 0 && j >= k-4 && !toks[j+1].clause; j-- {
					if howWords[toks[j].norm] {
						return true
					}
				}
				return false
			}
		}
	}
	return s >= 2 && !toks[s].clause && !toks[s-1].clause && ofWords[toks[s-1].norm] && subjectWords[toks[s-2].norm] &&
		!exerciseWords[toks[s].norm] // "hice un reto de crossfit": the challenge done, no topic
}

// exerciseWords name a workout a challenge may be made of.
var exerciseWords = wordSet("crossfit workout workouts entrenamiento ejercicio ejercicios spin spinning squats sentadillas marathon maraton")

// differenceWords ask how two things differ.
var differenceWords = wordSet("difference differences diferencia diferencias")

// forWords and callWords make "call 911 for X", an instruction's case.
var (
	forWords  = wordSet("for por para")
	callWords = wordSet("911 call llame llamar llamen go vaya ir")
)

// notAsking words after "what's" make it no question: "what's left",
// "what's happening".
var notAsking = wordSet("left happening going wrong next up")

// askWords put a question about a sign to someone.
var askWords = wordSet("ask asked asking pregunto pregunte pregunta preguntamos")

// howWords ask how or whether to do something.
var howWords = wordSet("how como should debo deberia can could puedo podemos")

// talkWords say a sign is the subject of a talk, not felt.
var talkWords = wordSet("talk talking explain explaining discuss discussing hablo hablar hablarle platicar platico explicar explico conversation charla")

var subjectWords = wordSet("risk screening screener assessment questionnaire prevention awareness hotline education riesgo evaluacion tamizaje cuestionario prevencion " +
	"statistics stats estadisticas presentation presentacion project proyecto " + // "looked up 'teen suicide statistics' for his health class presentation"
	"topic topics tema temas reto retos challenge challenges") // "en clase vimos el tema del suicidio", "un reto de ahogarse"

// explainedSince reports a sign explained after the fact by someone who
// saw to it: "the chest tightness I called about was reflux, urgent care
// sorted it out", "el dolor de pecho era ansiedad, fui a urgencias". A
// patient's own "it's just anxiety" is not enough: the explanation must be
// past and a visit, a clinician or a test told.
func explainedSince(toks []token, e int) bool {
	said := false
	for k := e + 1; k < len(toks) && k <= e+20 && !toks[k].sentence; k++ {
		w := toks[k].norm
		if hedges[w] || worseAgain[w] {
			// "I thought it was heartburn", "it was reflux but now it's
			// worse": the patient's guess, or not over.
			return false
		}
		if wasWords[w] {
			for j := k + 1; j < len(toks) && j <= k+5 && !toks[j].sentence; j++ {
				if explanations[toks[j].norm] && j <= k+5 || heartWords[toks[j].norm] && (negations[toks[j-1].norm] || negations[toks[j-2].norm]) {
					said = true // "reflux", "said it wasn't my heart", "not her heart"
				}
			}
		}
	}
	if !said {
		return false
	}
	for _, t := range toks {
		if seenBy[t.norm] {
			return true
		}
	}
	return false
}

var (
	wasWords     = wordSet("was were era eran fue resulto turned turn being said dijeron dijo")
	heartWords   = wordSet("heart corazon cardiac cardiaco")
	hedges       = wordSet("thought think thinking guess guessed maybe probably hope hoping assumed figured pense pensaba crei creo supuse quizas")
	worseAgain   = wordSet("worse worsening again peor empeorando empeoro otra")
	explanations = wordSet("reflux acid gas gases anxiety ansiedad panic panico muscle muscular costochondritis heartburn agruras acidez indigestion nothing nada normal benign gastritis migraine migrana burn palsy vertigo vasovagal")
	seenBy       = wordSet("er urgencias emergencias hospital doctor urgent care clinic clinica ecg ekg electro electrocardiograma tests test analisis sorted checked cleared revisaron dijeron neurology neurologist neurologo cardiology cardiologist cardiologo mri ct scan guardia doctora medico medica explico")
)

// inHospital reports a patient already in hospital, not denied just
// before ("in the ICU since Sunday after her heart attack"): being
// treated, for today rather than 911. ("Admitted" is not one of its words:
// "she admitted she took 30 pills".)
func inHospital(toks []token) bool {
	if saysUndenied(toks, hospitalWords, staffWords) { // not "ICU nurse 25 yrs": a job
		return true
	}
	// "they admitted her for observation" (not "she admitted she took
	// 30 pills": an object, not a clause, follows).
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].norm == "admitted" && admittedWhom[toks[k+1].norm] && !toks[k+1].clause {
			return true
		}
	}
	// "my dad is in the hospital after a heart attack", "está en el
	// hospital", "my husband is in the ER with chest pain".
	for k := 2; k < len(toks); k++ {
		if careSites[toks[k].norm] && (toks[k-1].norm == "the" || toks[k-1].norm == "el" || toks[k-1].norm == "la") &&
			(toks[k-2].norm == "in" || toks[k-2].norm == "en") && k >= 3 && beingWords[toks[k-3].norm] {
			return true
		}
	}
	// "they're admitting him", "lo están internando".
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k].norm == "admitting" || toks[k].norm == "internando" || toks[k].norm == "ingresando") && admittedWhom[toks[k+1].norm] {
			return true
		}
	}
	return false
}

// careSites are where someone being treated now is.
var careSites = wordSet("hospital er ed emergency urgencias emergencias icu uci")

// beingWords say where someone is now.
var beingWords = wordSet("is hes shes been esta estan sigue")

var admittedWhom = wordSet("her him them me us")

var hospitalWords = wordSet("icu uci hospitalized hospitalizado hospitalizada internado internada ingresado ingresada inpatient")

// staffWords after a ward name make it a job: "ICU nurse", "UCI enfermera".
var staffWords = wordSet("nurse nurses doctor doctors tech techs physician enfermera enfermero medico")

// hospiceWords say a patient is in hospice or palliative care, where the
// signs of dying are expected and not a call for 911 (see judge); comfort
// care is told in two words (comfortCare).
var hospiceWords = wordSet("hospice hospicio paliativo paliativos palliative dnr")

// inHospice reports a hospice word not denied just before ("not in
// hospice"), or comfort care.
func inHospice(toks []token) bool {
	if !saysUndenied(toks, hospiceWords, nil) && !comfortCare(toks) {
		return false
	}
	// Hospice named as not (yet) chosen — "NOT hospice", "never signed up
	// for hospice", "talking about hospice but haven't signed anything",
	// "no está en hospicio" — or the message about someone else: the one
	// who cares for the patient ("she's been taking care of my dad, he's
	// on hospice, and she just collapsed"), or "pero no es por él"
	// (probe131, where every such sign was read as the dying's).
	for k, t := range toks {
		switch {
		case hospiceWords[t.norm] && hospiceDeclined(toks, k):
			return false
		case swallowedVerbs[t.norm]:
			return false // "she drank out of grandpa's hospice morphine bottle"
		case careGiving[t.norm], t.norm == "care" && k > 0 && (toks[k-1].norm == "taking" || toks[k-1].norm == "take"),
			t.norm == "after" && k > 0 && toks[k-1].norm == "looking",
			(t.norm == "es" || t.norm == "about") && k > 1 && toks[k-1].norm == "no" && (toks[k-2].norm == "pero" || toks[k-2].norm == "but"),
			t.norm == "isnt" && k+1 < len(toks) && toks[k+1].norm == "about":
			return false
		}
	}
	return true
}

// comfortCare reports "comfort care", "comfort measures", "comfort kit" or
// "comfort only": not the Comfort Inn a message is written from.
func comfortCare(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].norm == "comfort" && comfortOf[toks[k+1].norm] {
			return true
		}
	}
	return false
}

var comfortOf = wordSet("care measures kit only")

// hospiceDeclined reports a hospice word at k told as not chosen: a
// negation, "never", "haven't signed", "todavía no", "pero no", "sino".
func hospiceDeclined(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if w := toks[j].norm; negations[w] || w == "never" || w == "nunca" || w == "havent" || w == "hasnt" || w == "todavia" || w == "aun" || w == "talking" || w == "hablando" ||
			w == "ibamos" || w == "vamos" || w == "planning" || w == "considering" || w == "pensando" {
			return true
		}
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if w := toks[j].norm; w == "yet" || (w == "todavia" || w == "aun") && j+1 < len(toks) && toks[j+1].norm == "no" ||
			(w == "havent" || w == "hasnt") && j+2 < len(toks) && enrolling[toks[j+1].norm+toks[j+2].norm] {
			return true // "talking about hospice but haven't signed anything yet"
		}
	}
	return false
}

// enrolling joins the two words after "haven't" or "todavía" that say a
// hospice is not yet chosen: "haven't signed", "todavía no firmamos".
var enrolling = wordSet("signedanything signedup signedthe signed enrolled decided nofirmamos nofirmado nofirma")

// swallowedVerbs tell something swallowed, which no dying explains.
var swallowedVerbs = wordSet("drank swallowed bebio trago tomo")

// careGiving are words of someone caring for the patient, whose own signs
// a message may be about.
var careGiving = wordSet("caregiver carer caring cuida cuido cuidando cuidadora cuidador")

// saysUndenied reports a word of set in toks with no negation in the two
// words before it, nor a word of notBefore just after it ("ICU nurse").
func saysUndenied(toks []token, set, notBefore map[string]bool) bool {
	for k, t := range toks {
		if set[t.norm] && !(k > 0 && negations[toks[k-1].norm]) && !(k > 1 && negations[toks[k-2].norm]) &&
			!(k+1 < len(toks) && notBefore[toks[k+1].norm]) {
			return true
		}
	}
	return false
}

// pulseReading reports that the number ending a match at e is a pulse, not
// what the match reads it as: "oxímetro marca 93% y el pulso 74".
func pulseReading(toks []token, e int) bool {
	if !isNumber(toks[e].norm) {
		return false
	}
	for k := e - 1; k >= 0 && k >= e-2 && !toks[k+1].clause; k-- {
		if pulseWords[toks[k].norm] {
			return true
		}
	}
	return false
}

var pulseWords = wordSet("pulse pulso hr bpm rate frecuencia ritmo fc heart corazon")

// sinceStroke reports a clause toks[cs..ce] telling a sign as there since
// or after a stroke: "she still can't get some words out since the
// stroke", "desde el derrame no mueve bien la mano", "caminando después
// del derrame".
func sinceStroke(toks []token, cs, ce int) bool {
	for k := cs; k <= ce; k++ {
		if w := toks[k].norm; w != "since" && w != "desde" && !afterWords[w] {
			continue
		}
		for j := k + 1; j <= ce && j <= k+3; j++ {
			if strokeWords[toks[j].norm] {
				// "since the stroke this morning" is this one.
				return !recentAfter(toks, j, ce)
			}
		}
	}
	return false
}

var strokeWords = wordSet("stroke strokes derrame ictus embolia cva")

// recentAfter reports a word of the last hours among the three after j,
// within toks[..ce]: "the stroke this morning", "el derrame de hoy".
func recentAfter(toks []token, j, ce int) bool {
	for k := j + 1; k <= ce && k <= j+3; k++ {
		if recentWords[toks[k].norm] {
			return true
		}
	}
	return false
}

var recentWords = wordSet("today tonight morning hour hours minutes mins yesterday hoy manana hora horas minutos ayer anoche noche")

// takenFor reports a sign named as what a medicine or a doctor is for:
// "he takes Keppra for seizures", "she's on it for her seizures", "toma
// levetiracetam para las convulsiones", "sees a neurologist for
// seizures". The match s..e, within one clause, follows "for" or "para"
// (and a determiner); before it, in the clause, a word of taking or
// seeing. (A longer match reads more than the name: in "tomé las
// pastillas para el aborto. Hoy … el corazón me late rapidísimo" the
// abortion opens the signs that follow it.)
func takenFor(toks []token, s, e int) bool {
	for k := max(s-1, 0); k <= e; k++ {
		if toks[k].norm == "prn" {
			return true // a prescription's "nitroglycerin 'prn chest pain'"
		}
	}
	for k := s + 1; k <= e; k++ {
		if toks[k].clause {
			return false
		}
	}
	k := s - 1
	if k >= 0 && determiners[toks[k].norm] && !toks[k+1].clause {
		k--
	}
	if k < 0 || toks[k+1].clause || toks[k].norm != "for" && toks[k].norm != "para" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8 && !toks[j+1].clause; j-- {
		// "is on it for", not "on our way to the ER for"
		if takingWords[toks[j].norm] || toks[j].norm == "on" && j > 0 && beingOn[toks[j-1].norm] {
			return true
		}
	}
	return false
}

var beingOn = wordSet("is am are was been shes hes im theyre")

// takingWords take a medicine or see a doctor as a habit (not "took him
// to the ER for chest pain", "was seen for chest pain": visits, which
// judge reads otherwise).
var takingWords = wordSet("takes take taking uses using prescribed medication medicine meds pill pills tablets " +
	"sees seeing follows " +
	"toma tomo toman tomando usa usando recetaron receto medicina medicamento medicamentos pastilla pastillas")

// nonReactive reports a test read "non-reactive" or "no reactivo" in the
// match s..e: a normal result.
func nonReactive(toks []token, s, e int) bool {
	for k := max(s, 1); k <= e; k++ {
		switch toks[k].norm {
		case "reactive", "reactivo", "reactiva":
			if p := toks[k-1].norm; p == "non" || p == "no" || p == "not" {
				return true
			}
		}
	}
	return false
}

// temperatureTaken reports a match s..e ending in a number that is a
// temperature someone took: "le tomé 38", "I took his temp, 101", "tomé
// la temperatura: 39" (35 to 42, or 95 to 106, after "le" or with a word
// of temperature in the sentence).
func temperatureTaken(toks []token, s, e int) bool {
	if !isNumber(toks[e].norm) || toks[e].frac {
		return false
	}
	if n := atoiSmall(toks[e].norm); !(n >= 35 && n <= 42 || n >= 95 && n <= 106) {
		return false
	}
	return s > 0 && (toks[s-1].norm == "le" || toks[s-1].norm == "les") || sentenceHas(toks, s, e, temperatureWords)
}

// doseNamed reports a match from a verb of taking at s to a number at e
// with a medicine named between them: "tomo losartán 50", "I take
// metoprolol 25": the number is its dose. Words of amount ("took like
// 30", "tomé como 20 de mis pastillas") name no medicine, and a number
// called a total is a count: "took my wifes sleeping pills plus mine
// tonight, like 6 total" (fresh403).
func doseNamed(toks []token, s, e int) bool {
	if !isNumber(toks[e].norm) || e-s < 2 || !takeVerbs[toks[s].norm] || e+1 < len(toks) && countWords[toks[e+1].norm] {
		return false
	}
	for k := s + 1; k < e; k++ {
		if wholeWords[toks[k].norm] {
			return false // "took all my meds like 40": no dose is all of them
		}
	}
	for k := s + 1; k < e; k++ {
		if !amountFillers[toks[k].norm] && !isNumber(toks[k].norm) {
			return true
		}
	}
	return false
}

var wholeWords = wordSet("all whole entire todas todos toda todo entera entero")

// countWords after a number make it a count of pills, not a dose.
var countWords = wordSet("total pills pastillas tablets tabletas capsules capsulas")

var takeVerbs = wordSet("take takes taking took taken toma tomo tome tomar tomado tomando swallowed trague trago")

var amountFillers = wordSet("like about around roughly maybe almost nearly over more than at least como unas unos casi mas de al menos alrededor the my his her their all of mis sus las los these those them")

var temperatureWords = wordSet("temp temperature temperatura fever fiebre calentura thermometer termometro grados degrees")

// painHyperbole reports a wish to die said as the degree of a pain: the
// match at s follows "que" or "so bad" (the writer's "me" or "I" aside),
// after a word of pain in the same sentence: "me duele la muela que me
// quiero morir", "my back hurts so bad I want to die". Killing oneself
// named ("que me quiero matar") is no figure of speech.
func painHyperbole(toks []token, s, e int) bool {
	for j := s; j <= e; j++ {
		if w := toks[j].norm; w == "kill" || w == "killing" || strings.HasPrefix(w, "matar") {
			return false
		}
	}
	k := s - 1
	if k >= 0 && (toks[k].norm == "me" || toks[k].norm == "i" || toks[k].norm == "im") && !toks[k+1].sentence {
		k--
	}
	if k < 1 || toks[k+1].sentence || !(toks[k].norm == "que" || degreeWords[toks[k].norm] && toks[k-1].norm == "so") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-7 && !toks[j+1].sentence; j-- {
		if painHyperboleWords[toks[j].norm] {
			return true
		}
	}
	return false
}

var (
	degreeWords        = wordSet("bad badly much")
	painHyperboleWords = wordSet("duele duelen dolor hurts hurt hurting pain aches ache aching muela toothache migraine migrana colicos cramps")
)

// keptAwake reports sleepiness told by the sleepy one: a match s..e of
// staying awake right after "I" ("I can barely stay awake at my desk");
// "she can barely stay awake", "can't keep him awake" and "I can hardly
// keep my eyes open" after pills stay emergencies.
func keptAwake(toks []token, s, e int) bool {
	stay := false
	for k := s; k <= e; k++ {
		w := toks[k].norm
		stay = stay || w == "stay" || w == "staying" || w == "mantenerme"
	}
	if !stay {
		return false
	}
	// The subject just before: "I can barely", not "she can barely".
	for k := s - 1; k >= 0 && k >= s-3 && !toks[k+1].clause; k-- {
		if firstPerson[toks[k].norm] {
			return true
		}
	}
	return false
}

var firstPerson = wordSet("i im yo")

// noneTaken reports pills or gummies got hold of but none taken, in the
// match's sentence or the next: "agarró el frasco pero no se comió
// ninguna, todavía tenía el sello", "she had the bottle but it's still
// sealed".
// lastDoseTaken reports the last dose of a supply taken as prescribed,
// inside the match: "out of lithium, took my last one this morning", "me
// tomé la última pastilla". Not a child's: "my toddler took my last one".
func lastDoseTaken(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if lastWords[toks[k].norm] && lastDoses[toks[k+1].norm] {
			return !anyWordOf(toks, young) && !anyWordOf(toks, offspring)
		}
	}
	return false
}

var (
	lastWords = wordSet("last ultima ultimo")
	lastDoses = wordSet("one pill dose tablet una pastilla dosis tableta")
	// offspring are the children young does not name.
	offspring = wordSet("son daughter hijo hija grandson granddaughter nieto nieta boy girl")
)

func noneTaken(toks []token, s, e int) bool {
	for k := s; k < len(toks) && k <= e+25; k++ {
		w := toks[k].norm
		if w == "sealed" || w == "unopened" || w == "sello" || w == "sellado" || w == "sellada" {
			return true
		}
		if (w == "ninguna" || w == "ninguno" || w == "any") && k >= 2 {
			// "no se comió ninguna", "didn't eat any"; not "no dejó ninguna"
			for j := k - 1; j >= k-3 && j >= 0; j-- {
				if v := toks[j].norm; v == "comio" || v == "tomo" || v == "trago" || v == "eat" || v == "ate" || v == "take" || v == "swallow" {
					return true
				}
				if v := toks[j].norm; (v == "taken" || v == "eaten" || v == "tomado" || v == "comido" || v == "tragado") && j > 0 &&
					perfectDenied[toks[j-1].norm] {
					return true // "haven't taken any yet"; not "not sure if she swallowed any"
				}
			}
		}
	}
	return false
}

// sungWords name a song or a post whose words are quoted.
var sungWords = wordSet("song songs cancion canciones lyric lyrics letra rapero rapera rapper singer cantante reggaeton regueton tiktok meme choir coro hymn himno musical")

// quoted reports a sign that is the words of a song or a post, quoted:
// "una canción que dice 'me quiero morir si no estás'", "my status says
// 'I want to sleep and not wake up', it's from a song" (a child who
// sings a sad song is not in danger for it).
func quoted(toks []token, s, e int) bool {
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		if saysWords[toks[k].norm] && (k >= s-6 || singsWords[toks[k].norm]) { // "my fav song goes 'i wanna go to sleep and never wake up'"
			for j := k - 1; j >= 0 && j >= k-9 && !toks[j+1].sentence; j-- {
				if sungWords[toks[j].norm] {
					return true // "una canción que dice …", "la canción que tienen en la sala de espera dice …"
				}
			}
		}
	}
	for k := s - 1; k >= 1 && k >= s-12 && !toks[k+1].sentence; k-- {
		if toks[k].norm == "stuck" && (sungWords[toks[k-1].norm] || k > 1 && sungWords[toks[k-2].norm]) {
			return true // "song stuck in my head all day 'i wanna die in your arms tonight'"
		}
	}
	if s >= 2 && (toks[s-1].norm == "about" || toks[s-1].norm == "sobre") && sungWords[toks[s-2].norm] {
		return true // "she wrote song lyrics about wanting to die"
	}
	for k := e + 1; k < len(toks) && k <= e+10; k++ {
		if toks[k].norm == "stuck" && anyWordOf(toks, sungWords) {
			return true // "'I'm tired of living and scared of dying' is stuck in my head, our choir is doing Ol' Man River" (fresh410)
		}
	}
	for k := e + 1; k < len(toks) && k <= e+25; k++ {
		if !sungWords[toks[k].norm] {
			continue
		}
		d := k - 1
		if d >= 3 && !songArticles[toks[d].norm] && songArticles[toks[d-1].norm] {
			d-- // "it's a Mitski lyric": a singer's name between
		}
		if songArticles[toks[d].norm] && d >= 2 && (toks[d-1].norm == "de" || toks[d-1].norm == "from" || toks[d-1].norm == "es" || toks[d-1].norm == "its") {
			return true // "…, es de una canción", "it's from a song", "… y ya le dijo a toda la familia, es la letra de una canción"
		}
	}
	return false
}

// songArticles come before the song quoted: "es de una canción", "it's
// a lyric".
var songArticles = wordSet("a una un la the")

// saysWords introduce the quoted words.
// singsWords quote a song from further off than said words do.
var singsWords = wordSet("goes sings canta cantando")

var saysWords = wordSet("dice decia says said goes sings canta cantando")

// readAbout reports a sign the writer read or heard about, in a sentence
// that opens "leí que", "I read that", "I heard that": "Leí que la
// testosterona da coágulos, ¿es cierto?".
func readAbout(toks []token, s int) bool {
	for k := s - 1; k >= 1 && k >= s-8 && !toks[k+1].sentence; k-- {
		if (toks[k].norm == "que" || toks[k].norm == "that") && (readVerbs[toks[k-1].norm] || onlineBefore(toks, k) && nearestBefore(toks, k, 4, readVerbs) >= 0) {
			return true // "leí que…", "leyó en Facebook que…"
		}
		if (toks[k].norm == "algo" || toks[k].norm == "something") && readVerbs[toks[k-1].norm] && k >= s-3 {
			return true // "leí algo del ahogamiento secundario", "read something about dry drowning"
		}
		// Someone online said so: "Someone on facebook said heartburn plus
		// arm pain means go to the ER".
		if (toks[k].norm == "said" || toks[k].norm == "says" || toks[k].norm == "dijo" || toks[k].norm == "dicen" || toks[k].norm == "dice") &&
			onlineBefore(toks, k) && !joinedBetween(toks, k, s) && nearestBefore(toks, k, 6, postVerbs) < 0 {
			// (not "subió una historia a instagram que dice 'nos vemos en
			// otra vida'": a post of one's own is the sign)
			return true // not "I drew around it like the internet said and it's past the line"
		}
		// A record that says so: "en mi historial dice que yo tuve un
		// derrame y eso está mal" (probe135).
		if (toks[k].norm == "dice" || toks[k].norm == "says" || toks[k].norm == "shows" || toks[k].norm == "muestra") && k >= 2 &&
			(recordWords[toks[k-1].norm] || recordWords[toks[k-2].norm]) {
			return true
		}
		// The news or a video seen: "vi en las noticias lo del chavo que se
		// quitó la vida", "¿vieron lo del señor que se tiró del puente?".
		if newsWords[toks[k].norm] && nearestBefore(toks, k, 3, readVerbs) >= 0 ||
			toks[k].norm == "lo" && k+1 < s && (toks[k+1].norm == "del" || toks[k+1].norm == "de") && seenVerbs[toks[k-1].norm] {
			return true
		}
		// "I read an article about iron poisoning", "vi un video sobre"
		// (a piece read, not "I saw about a cup of blood").
		if (toks[k].norm == "about" || toks[k].norm == "sobre") && k >= 2 && pieces[toks[k-1].norm] {
			for j := k - 2; j >= 0 && j >= k-4; j-- {
				if readVerbs[toks[j].norm] {
					return true
				}
			}
		}
	}
	return false
}

var readVerbs = wordSet("lei leyo leyeron read reading heard oi escuche saw vi leyendo")

var (
	// postVerbs put one's own words online: "subió una historia que dice".
	postVerbs = wordSet("subio posted publico puso posteo wrote escribio mando sent")
	// newsWords are where a stranger's story is seen.
	newsWords = wordSet("noticias noticia news noticiero periodico newspaper")
	// seenVerbs ask or tell of a story seen: "¿vieron lo del señor…?".
	seenVerbs = wordSet("vieron viste vi vio supieron supiste oyeron")
)

// recordWords name a record read back (see readAbout).
var recordWords = wordSet("historial expediente chart record records file summary resumen")

// pieces are what one reads or watches about a sign (see readAbout).
var pieces = wordSet("article articles articulo articulos post posts video videos story stories news noticia noticias show program programa book libro thread reel tiktok")

// lastTime reports a sign in a sentence that opens on an earlier episode
// told with its end: "Last time I quit drinking I had a seizure and woke
// up in the hospital", "la última vez me dio una convulsión y acabé en
// urgencias".
func lastTime(toks []token, s int) bool {
	start := s
	for start > 0 && !toks[start].sentence {
		start--
	}
	for k := start; k+1 < s && k <= start+2; k++ {
		if toks[k].norm == "last" && toks[k+1].norm == "time" || toks[k].norm == "ultima" && toks[k+1].norm == "vez" {
			// "last time I checked he was breathing, now he's not": now;
			// "last time I saw him he was blue": maybe now. Only an
			// episode told with its end counts.
			return !nowInSentence(toks, s) && sentenceHas(toks, s, s, episodeEnds)
		}
	}
	return false
}

// nowInSentence reports a word of now in the sentence of toks[s], but for
// an "again" wished away: "so I really don't want that to happen again",
// "no quiero que vuelva a pasar otra vez".
func nowInSentence(toks []token, s int) bool {
	return sentenceAny(toks, s, s, func(k int) bool {
		w := toks[k].norm
		return current[w] && !((w == "again" || w == "otra") && k > 0 && happenWords[toks[k-1].norm])
	})
}

var happenWords = wordSet("happen happens happening pase pasar ocurra ocurrir")

var episodeEnds = wordSet("hospital er ed urgencias emergencias ambulance ambulancia woke desperte icu uci")

// askingModals and askingPersons open a question about a possibility,
// "could I", "might she": not "I could take them all".
var (
	askingModals  = wordSet("could might can should would")
	askingPersons = wordSet("i she he we you they")
)

// genericPerson words make a case of anyone: "if someone overdoses".
// presentTake are the verbs of a dose in the present, which after a
// generic "if you" tell a case, not a report.
var presentTake = wordSet("take swallow drink eat mix overdose")

var genericPerson = wordSet("someone somebody anyone anybody alguien uno your") // "if your face droops, call 911"

// naloxoneTaught reports naloxone named as what was taught, "how to use"
// it: "the nurse showed me how to use narcan", "me enseñaron cómo usar la
// naloxona". Using it on someone is no "how to".
func naloxoneTaught(toks []token, s, e int) bool {
	named, how := false, false
	for k := s; k <= e; k++ {
		named = named || naloxoneWords[toks[k].norm]
		how = how || k > s && (toks[k].norm == "how" || toks[k].norm == "como") // "Narcan kit. Can someone explain how to use it"
	}
	if !named {
		return false
	}
	for k := s - 1; k >= 0 && k >= s-2; k-- {
		if w := toks[k].norm; w == "how" || w == "como" {
			return true
		}
	}
	return how
}

var naloxoneWords = wordSet("narcan naloxone naloxona")

// retracted reports a sign the writer takes back as a joke: laughter after
// it ("lol", "jajaja", 😂), then an explicit turn to the serious ("real
// question", "but seriously", "jokes aside", "ya en serio", "bromas
// aparte"): "Nurse here, can't breathe 😂 because my 4yo keeps sitting on
// my chest. Real question, ...". Laughter alone retracts nothing, nor a
// turn without laughter ("can't breathe. Real question: ER or urgent
// care?").
func retracted(toks []token, s, e int) bool {
	if selfCorrected(toks, e) {
		return true
	}
	if laughedAtAnErrand(toks, s, e) {
		return true
	}
	laughed := false
	for k := e + 1; k < len(toks) && k <= e+12; k++ {
		if jokeSaid(toks, k) {
			return true // "se corta las venas 🤣 tranquilos que es broma", "just kidding"
		}
	}
	for s > 0 && !toks[s].sentence { // the laughter may come first: "can't breathe 😂 because…"
		s--
	}
	for k := s; k < len(toks) && k <= e+30; k++ {
		w := toks[k].norm
		if laughter(w) {
			laughed = true
			continue
		}
		if laughed && k > e && seriousTurn(toks, k) {
			return true
		}
	}
	return false
}

// laughedOverPills reports an overdose's clause whose only idiom is a
// laugh, over pills or their bottle (or a count of them) taken a time ago:
// "i took the whole rest of the bottle like an hour ago so i guess i dont
// need it lol", "ayer en la noche me tomé todas las que me quedaban como
// 20 … jaja". A laugh makes "overdosed on netflix lol" a figure of speech,
// and "drank half a bottle of wine lol" or "the dog got into the pill
// bottle lol" are no swallowing told with its time; pills swallowed an
// hour ago are no figure, however lightly told.
func laughedOverPills(toks []token, cs, ce int, idiom *term) bool {
	pills, counted, when, dayPart := false, false, false, false
	caustic := false
	for k := cs; k <= ce; k++ {
		w := toks[k].norm
		if idiom.matches(w) && !laughter(w) {
			return false
		}
		caustic = caustic || causticDrunk[w]
		n, isNum := numberValue(w)
		counted = counted || isNum && n >= 5
		pills = pills || pillContainers[w] || counted
		when = when || takenWhen[w]
		dayPart = dayPart || partOfDay[w]
	}
	// A caustic drunk and a throat that burns are no joke however told:
	// "lol so i drank some of the bleach under the sink. throat burns";
	// nor antifreeze, which kills hours later without a burn (fresh355:
	// "lmao so i drank the antifreeze from the garage like an hour ago").
	if caustic && anyWordOf(toks, causticHurt) || toxicAlcoholDrunk(toks) {
		return true
	}
	return pills && (when || dayPart && counted)
}

// toxicAlcoholDrunk reports antifreeze or methanol named as itself, not
// as a look ("the blue antifreeze-looking Gatorade", review25).
func toxicAlcoholDrunk(toks []token) bool {
	for k, t := range toks {
		if toxicAlcohols[t.norm] && !(k+1 < len(toks) && lookalikeWords[toks[k+1].norm]) && !(k > 0 && toks[k-1].norm == "like") {
			return true
		}
	}
	return false
}

var lookalikeWords = wordSet("looking colored coloured like flavored flavoured color colour")

// drugNamed reports a medicine people take all of at once named in the
// match s..e: "after the documentary I took all my seroquel" is no figure
// of speech, as "took all of netflix" is.
func drugNamed(toks []token, s, e int) bool {
	return anyIn(toks, s, e, namedDrugs())
}

// namedDrugs is the term of overdoseDrugs and sedativeNames.
var namedDrugs = onceTerm("named drugs", overdoseDrugs+"|"+sedativeNames)

// onceTerm returns the term of one list of alternatives, compiled on
// first use.
func onceTerm(name, alternatives string) func() *term {
	return sync.OnceValue(func() *term {
		p, err := compilePattern(alternatives)
		if err != nil || len(p.terms) != 1 {
			panic(fmt.Sprintf("triage: %s: %v", name, err))
		}
		return &p.terms[0]
	})
}

var (
	pillContainers = wordSet("pill pills tablet tablets meds bottle bottles strip blister pastilla pastillas frasco frascos")
	causticDrunk   = wordSet("bleach cloro lejia antifreeze anticongelante lye")
	causticHurt    = wordSet("throat garganta burns burning burn arde ardiendo quema vomit vomiting puking vomitando")
	toxicAlcohols  = wordSet("antifreeze anticongelante methanol metanol")
	takenWhen      = wordSet("ago hace min mins minutes minutos hour hours hr hrs anoche ayer noche yesterday tonight earlier")
	// partOfDay dates a swallowing only beside a count: "all my pills lol
	// like 30 of them last night" (not "half a bottle of wine lol last
	// night").
	partOfDay = wordSet("night morning evening afternoon")
)

// jokeSaid reports the writer saying at k that it was a joke: "es
// broma", "just kidding", "jk".
func jokeSaid(toks []token, k int) bool {
	w, prev := toks[k].norm, ""
	if k > 0 {
		prev = toks[k-1].norm
	}
	if k > 1 && (negations[toks[k-2].norm] || toks[k-2].norm == "si" || toks[k-2].norm == "if") || k > 2 && (negations[toks[k-3].norm] || toks[k-3].norm == "si" || toks[k-3].norm == "if") {
		return false // "no es broma", "no sé si es broma", "not a joke"
	}
	if nearestBefore(toks, k, 4, othersSay) >= 0 {
		return false // "he says it was a joke": his claim, the writer's worry stands
	}
	return (w == "broma" || w == "joke") && (prev == "es" || prev == "una" || prev == "a" || prev == "its" || prev == "was") ||
		w == "decir" && prev == "un" || // "ya me quiero morir jaja es un decir 😅" (fresh418)
		w == "broma" && prev == "de" || // "Lo dije de broma por el dolor de muela jaja" (fresh445)
		(w == "kidding" || w == "joking" || w == "bromeando") && (prev == "just" || prev == "im" || prev == "estoy" || prev == "only") || w == "jk" && !halfJoke(toks, k)
}

// laughter reports a word of laughter: "lol", "lmao", "haha", "jajaja",
// "jeje", "xd" (the tokenizer reads 😂 as "haha").
func laughter(w string) bool {
	switch w {
	case "lol", "lmao", "lmfao", "rofl", "xd", "jk":
		return true
	}
	return strings.HasPrefix(w, "haha") || strings.HasPrefix(w, "jaja") || strings.HasPrefix(w, "jeje") || strings.HasPrefix(w, "jsjs")
}

// seriousTurn reports a turn to the serious opening at token k: "real
// question", "but seriously", "seriously though", "jokes aside", "ya en
// serio", "pero en serio", "bromas aparte", "fuera de broma".
func seriousTurn(toks []token, k int) bool {
	w, next, prev := toks[k].norm, "", ""
	if k+1 < len(toks) {
		next = toks[k+1].norm
	}
	if k > 0 {
		prev = toks[k-1].norm
	}
	switch {
	case w == "real" && next == "question":
		return true
	case w == "seriously" && (prev == "but" || prev == "ok" || prev == "okay" || next == "though" || next == "tho"):
		return true
	case (w == "jokes" || w == "joking" || w == "kidding") && next == "aside":
		return true
	case w == "serio" && prev == "en" && k > 1 && (toks[k-2].norm == "ya" || toks[k-2].norm == "yes" || toks[k-2].norm == "pero" || toks[k-2].norm == "ahora" || toks[k-2].norm == "no"):
		// ("ya" is read "yes")
		return true
	case w == "bromas" && next == "aparte", w == "fuera" && next == "de" && k+2 < len(toks) && strings.HasPrefix(toks[k+2].norm, "broma"):
		return true
	case w == "wrong" && (next == "chat" || next == "group" || next == "number" || next == "person" || next == "convo" || next == "thread"),
		(w == "equivoque" || w == "equivoqué") && next == "de" && k+2 < len(toks) && wrongPlace[toks[k+2].norm],
		(w == "equivocado" || w == "equivocada") && wrongPlace[prev]:
		return true // "😂 ay perdón me equivoqué de chat": the joke was meant for a friend
	}
	return false
}

// wrongPlace are where a message meant for someone else went.
var wrongPlace = wordSet("chat grupo numero persona conversacion")

// fromLaughing reports a sign caused by laughter, right after it: "my
// chest hurts from laughing", "me duele la panza de tanto reír", "de la
// risa".
func fromLaughing(toks []token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+4; k++ {
		switch toks[k].norm {
		case "laughing", "laughed", "laugh", "risa", "reir", "reirme", "reirnos":
			p := toks[k-1].norm
			return p == "from" || p == "de" || p == "la" || p == "tanto" || p == "of" || p == "so"
		}
	}
	return false
}

// naloxoneHandedOver reports naloxone given to someone who came round and
// was then taken in by an ambulance or a hospital, told in the match's
// sentence or the next: an overdose seen to. Revived alone is not enough:
// naloxone wears off before the drug does.
func naloxoneHandedOver(toks []token, s, e int) bool {
	named := false
	for k := s; k <= e; k++ {
		named = named || naloxoneWords[toks[k].norm]
	}
	if !named {
		return false
	}
	for s > 0 && !toks[s].sentence {
		s--
	}
	revived, well, taken, dated := false, false, false, false
	sentences := 0
	for k := s; k < len(toks); k++ {
		if k > e && toks[k].sentence {
			if sentences++; sentences > 1 {
				break
			}
		}
		w := toks[k].norm
		revived = revived || w == "came" && k+1 < len(toks) && (toks[k+1].norm == "around" || toks[k+1].norm == "to") ||
			w == "reacciono" || w == "desperto" || w == "revived" || w == "made" && k+1 < len(toks) && toks[k+1].norm == "it" && (k+2 == len(toks) || toks[k+2].sentence)
		well = well || (w == "ok" || w == "okay" || w == "fine" || w == "bien") && k > 0 && wellNow[toks[k-1].norm]
		taken = taken || handedTo[w]
		dated = dated || w == "hace" && k+1 < len(toks) && (isDigits(toks[k+1].norm) || numberWords[toks[k+1].norm]) ||
			w == "last" && k+1 < len(toks) && pastUnits[toks[k+1].norm] || w == "ago" && !(k > 0 && minutesUnits[toks[k-1].norm]) || w == "ayer" || w == "yesterday"
	}
	// Revived and handed over, or well days since: "he's ok, paramedics
	// took him … last Tuesday", "ya está bien … hace dos semanas" (not
	// "says he's fine" twenty minutes on, nor "came around a little but
	// now he's nodding back off", fresh417).
	return (revived && (taken || dated) || well && dated) && !anyWordOf(toks, sedatedAgain)
}

var (
	minutesUnits = wordSet("min mins minute minutes minutos hour hours hr hrs horas hora")
	sedatedAgain = wordSet("nodding nod unresponsive")
)

// inCaseAgain reports a sign readied for, should it come again: "por si
// le da otro infarto", "in case he has another seizure" (not "in case it's
// a stroke", a fear of now).
func inCaseAgain(toks []token, s int) bool {
	for k := s - 1; k >= 1 && s-k <= 10 && !toks[k+1].sentence; k-- {
		if toks[k-1].norm == "por" && toks[k].norm == "si" || toks[k-1].norm == "in" && toks[k].norm == "case" {
			for j := k + 1; j < s; j++ {
				if comesAgain[toks[j].norm] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// wantWords are the verbs of a wish.
var wantWords = wordSet("quiero want wanna")

// comesAgain are the words of a sign to come again.
var comesAgain = wordSet("otro otra another again vuelve vuelva ever")

// fearedSign reports a sign told as what the writer fears will come, a
// word of fear a few words before it and a future or a subjunctive
// between: "me da miedo que me den convulsiones", "I'm scared I'll have
// a seizure", "afraid of having another". "I'm worried I might be having
// a stroke" is now, and no fear of the future.
func fearedSign(toks []token, s int) bool {
	// "no quiero tener una convulsión", "I don't want to have a seizure"
	// (not "no quiero vivir": only a wish not to have or get a sign).
	if k := nearestBefore(toks, s, 4, wantWords); k >= 1 && k+2 < s && (negations[toks[k-1].norm] || toks[k-1].norm == "dont") &&
		(toks[k+1].norm == "tener" || toks[k+1].norm == "to" && (toks[k+2].norm == "have" || toks[k+2].norm == "get")) {
		return true
	}
	for k := s - 1; k >= 0 && k >= s-6 && !toks[k+1].sentence; k-- {
		if !fearWords[toks[k].norm] {
			continue
		}
		for j := k + 1; j < s; j++ {
			if w := toks[j].norm; fearedFuture[w] || w == "of" && j+1 < s && (toks[j+1].norm == "having" || toks[j+1].norm == "getting") {
				return true
			}
		}
		if k == s-2 && (toks[s-1].norm == "about" || toks[s-1].norm == "of") {
			return true // "paranoid about choking" once she starts solids
		}
	}
	return false
}

var (
	fearWords    = wordSet("miedo afraid scared worried preocupa preocupada preocupado temo fear terrified asustada asustado paranoid")
	fearedFuture = wordSet("den tenga tengan vuelva vuelvan ill will gonna id would might")
)

// wellNow are the words before "ok", "fine" or "bien" that say someone is
// well now: "he's ok", "ya está bien".
var wellNow = wordSet("hes shes is esta estan theyre")

// numberWords are small counts in words, as a time gone by is told: "hace
// dos semanas".
var numberWords = wordSet("a an one two three four five six un una uno dos tres cuatro cinco seis unos unas")

// handedTo are those who take over a person revived.
var handedTo = wordSet("ems paramedics paramedicos ambulance ambulancia hospital er emergencias")

// perfectDenied deny a perfect tense: "haven't taken", "no ha tomado".
var perfectDenied = wordSet("havent hasnt ha he han hemos")

// howToTell reports a sign asked about as something to tell apart, up to
// eight words before it in its clause: "cómo sé si un dolor de pecho es
// infarto", "how do I know if chest pain is a heart attack", "how can I
// tell if".
func howToTell(toks []token, s int) bool {
	if howToRecognize(toks, s) {
		return true
	}
	k := ifBefore(toks, s, 8)
	if k < 2 {
		return false
	}
	p, pp := toks[k-1].norm, toks[k-2].norm
	return pp == "como" && (p == "se" || p == "sabe" || p == "saber" || p == "sabes" || p == "distingo") ||
		(p == "know" || p == "tell") && (pp == "i" || pp == "to" || pp == "we") && k >= 4 && toks[k-4].norm == "how" ||
		p == "tell" && pp == "to" && k >= 3 && toks[k-3].norm == "how"
}

// howToRecognize reports a sign asked about as something to recognize,
// up to four words before it in its clause: "cómo se reconoce un derrame
// cerebral", "cómo identificar", "how to spot a stroke", "how do you
// recognize".
func howToRecognize(toks []token, s int) bool {
	for k := s - 1; k >= 2 && k >= s-4; k-- {
		if toks[k+1].clause {
			return false
		}
		if !recognizeWords[toks[k].norm] {
			continue
		}
		p, pp := toks[k-1].norm, toks[k-2].norm
		return p == "como" || pp == "como" && p == "se" || pp == "how" && p == "to" ||
			p == "you" && (pp == "how" || pp == "do" && k >= 3 && toks[k-3].norm == "how")
	}
	return false
}

var recognizeWords = wordSet("reconoce reconocer identifica identificar detecta detectar distingue distinguir recognize recognise spot identify")

// ifBefore returns the nearest "if" or "si" among the n words before the
// sign at s, in its clause, or -1.
func ifBefore(toks []token, s, n int) int {
	for k := s - 1; k >= 0 && k >= s-n; k-- {
		if toks[k+1].clause {
			return -1
		}
		if toks[k].norm == "if" || toks[k].norm == "si" {
			return k
		}
	}
	return -1
}

// rashOnChest reports a rash or blisters on the chest whose pain is named:
// "un salpullido con ampollitas en un lado del pecho que duele", the skin
// of the chest, not the heart. Hives and then a tight chest ("me volvieron
// las ronchas y siento el pecho apretado") are two signs, not one place.
func rashOnChest(toks []token, s int) bool {
	located := false
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		if toks[k+1].sentence {
			return false
		}
		switch w := toks[k].norm; {
		case rashWords[w]:
			return located
		case w == "en" || w == "on" || w == "across" || w == "over":
			located = true
		case w == "y" || w == "and" || w == "siento" || w == "feel" || w == "tengo" || w == "have" || w == "me":
			return false
		}
	}
	return false
}

var rashWords = wordSet("rash salpullido sarpullido ampollas ampollitas blisters culebrilla shingles herpes zoster granitos ronchas sunburn")

// reportIf reports a sign named in an instruction to report it: "tell you
// if I have any chest pain", "let us know if", "avisar si": an "if" up to
// four words before the sign, in its clause, right after a verb of
// telling ("call me if he stops breathing" is an instruction too).
func reportIf(toks []token, s int) bool {
	k := ifBefore(toks, s, 4)
	for j := k - 1; k > 0 && j >= 0 && j >= k-3; j-- {
		if reportVerbs[toks[j].norm] {
			return true
		}
	}
	return false
}

var reportVerbs = wordSet("tell know notify report avisar avisarle avisarles avise avisen avisarte reportar")

// onlineBefore reports a social network or the internet among the five
// words before k in its sentence: "someone on facebook said".
func onlineBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5 && !toks[j+1].sentence; j-- {
		if onlineWords[toks[j].norm] {
			return true
		}
	}
	return false
}

var onlineWords = wordSet("facebook tiktok instagram internet online google youtube reddit twitter")

// habitualSleep reports a message about how someone sleeps, night after
// night: snoring told with "sometimes" or "every night", or a sleeper
// "like a log". Snoring alone ("he's snoring and we can't wake him") is
// none of these.
func habitualSleep(toks []token) bool {
	snore, habit := false, false
	for k, t := range toks {
		switch w := t.norm; {
		case snoreWords[w]:
			snore = true
		case w == "sometimes" || w == "veces" && k > 0 && toks[k-1].norm == "a" || w == "nightly" ||
			(w == "night" || w == "noche" || w == "noches") && k > 0 && (toks[k-1].norm == "every" || toks[k-1].norm == "todas" || toks[k-1].norm == "cada"):
			habit = true
		case (w == "tronco" || w == "log" || w == "piedra") && k > 1 && (toks[k-1].norm == "como" || toks[k-1].norm == "a" && toks[k-2].norm == "like"):
			return true // "duerme como tronco", "sleeps like a log"
		case w == "study" && k > 0 && toks[k-1].norm == "sleep" || w == "sueno" && k > 1 && toks[k-2].norm == "estudio":
			return true // "I stop breathing at night … I should get a sleep study"
		}
	}
	return snore && habit
}

var snoreWords = wordSet("snore snores snoring ronco ronca roncar ronquidos apnea")

// joinedBetween reports a clause boundary or a conjunction between tokens
// a and b.
func joinedBetween(toks []token, a, b int) bool {
	for k := a + 1; k <= b && k < len(toks); k++ {
		if toks[k].clause || k < b && joins[toks[k].norm] {
			return true
		}
	}
	return false
}

// pressedPain reports a pain that comes only when the spot is pressed,
// anywhere in the message (onCoughing reads it right after the sign): "I
// had chest pain last Tuesday … It only hurts when I press on that spot",
// "solo me duele cuando me aprieto ahí".
func pressedPain(toks []token) bool {
	for k := 2; k < len(toks); k++ {
		if !pressWords[toks[k].norm] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if w := toks[j].norm; w == "when" || w == "cuando" {
				return j >= 2 && (toks[j-1].norm == "hurts" || toks[j-1].norm == "duele" || toks[j-2].norm == "hurts" || toks[j-2].norm == "duele")
			}
		}
	}
	return false
}

var guidanceWords = wordSet("guidance advice tips info information handout handouts informacion consejos folleto")

// headacheGiven reports a headache that people or a task gave, the giver
// named just before the verb: "my boss gave me the worst headache of my
// life", "mis hijos me dan el peor dolor de cabeza". Spanish "me dio el
// peor dolor de cabeza" alone is how one says it struck.
func headacheGiven(toks []token, s int) bool {
	for k := s - 1; k >= 1 && k >= s-5 && !toks[k+1].clause; k-- {
		switch toks[k].norm {
		case "gave", "gives", "give", "giving", "dan", "da", "dio", "dieron", "daban":
			for j := k - 1; j >= 0 && j >= k-3 && !toks[j+1].clause; j-- {
				if headacheGivers[toks[j].norm] {
					return true
				}
			}
			return false
		}
	}
	return false
}

var headacheGivers = wordSet("boss jefe jefa kids kid children hijos ninos students alumnos job trabajo work paperwork class " +
	"husband wife esposo esposa coworker coworkers teenager teenagers suegra mother-in-law taxes traffic")

// sleptNeck reports a stiff neck told as slept on, with no fever: "I fell
// asleep on the couch with my head on the armrest. No fever at all".
func sleptNeck(toks []token) bool {
	slept, noFever := false, false
	for k, t := range toks {
		switch t.norm {
		case "asleep", "slept", "pillow", "armrest", "dormi", "almohada":
			slept = true
		case "fever", "fiebre":
			noFever = noFever || k > 0 && (toks[k-1].norm == "no" || toks[k-1].norm == "sin")
		}
	}
	return slept && noFever
}

// fearedDying reports "thought I was dying" or "felt like I was going to
// die": a fear told, not a wish.
func fearedDying(toks []token, s, e int) bool {
	if toks[s].norm != "thought" && toks[s].norm != "thinking" && toks[s].norm != "felt" && toks[s].norm != "pense" {
		return false
	}
	for k := s + 1; k < e; k++ {
		switch toks[k].norm {
		case "was", "were", "im", "am", "gonna", "going", "iba", "estaba":
			return true
		}
	}
	return false
}

// othersHandedOver reports a sign of someone else, not the writer's
// patient, already in the hands of paramedics or a hospital, told in the
// sign's sentence: "My coworker collapsed at work today … paramedics took
// her. … I've had burning when I pee since Sat."
func othersHandedOver(toks []token, s int) bool {
	third := false
	for k := s - 1; k >= 0 && k >= s-4 && !toks[k+1].sentence; k-- {
		third = third || bystanders[toks[k].norm]
	}
	if !third {
		return false
	}
	for k := s; k < len(toks) && !(k > s && toks[k].sentence); k++ {
		if handedTo[toks[k].norm] && k+1 < len(toks) && (toks[k+1].norm == "took" || toks[k+1].norm == "came" || toks[k+1].norm == "got" || toks[k+1].norm == "se" || toks[k+1].norm == "lo" || toks[k+1].norm == "la") {
			return true
		}
	}
	return false
}

// bystanders are people the writer tells of, not cares for.
var bystanders = wordSet("coworker coworkers colleague stranger companero companera vecino vecina neighbor neighbour customer client patron passenger cliente")

// aBitMore reports a sign told as slight, "a bit", "a little", "un poco",
// inside its match: "seems a bit more muddled than normal".
func aBitMore(toks []token, s, e int) bool {
	for k := s + 1; k <= e; k++ {
		if (toks[k].norm == "bit" || toks[k].norm == "little" || toks[k].norm == "poco" || toks[k].norm == "poquito") &&
			(toks[k-1].norm == "a" || toks[k-1].norm == "un") {
			return true
		}
	}
	return false
}

// selfCorrected reports a sign taken back right after it, as people do
// speaking to a phone: "I think I'm having a heart attack no sorry that's
// dramatic", "… no perdón, exagero".
func selfCorrected(toks []token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+5; k++ {
		w := toks[k].norm
		if (w == "sorry" || w == "perdon") && toks[k-1].norm == "no" {
			return true
		}
		if (w == "dramatic" || w == "exaggerating" || w == "exagerando" || w == "exagero" || w == "exagerada" || w == "exagerado") &&
			!negatedNear(toks, k) && nearestBefore(toks, k, 4, othersSay) < 0 {
			return true // not "im not being dramatic", "no estoy exagerando", "él dice que estoy exagerando"
		}
	}
	return false
}

// othersSay tell another's words: "he says I'm exaggerating" is his claim,
// no retraction.
var othersSay = wordSet("says said dice dijo dicen thinks cree piensa claims")

// smallNamed reports a burn told as small inside its match: "a small
// blister", "una ampollita chiquita".
func smallNamed(toks []token, s, e int) bool {
	for k := s; k <= e; k++ {
		switch toks[k].norm {
		case "small", "tiny", "little", "pequena", "pequeno", "chiquita", "chiquito", "ampollita":
			return true
		}
	}
	return false
}

// opioidNames name an opioid or its overdose, as single words.
var opioidNames = wordSet("heroin heroina fentanyl fentanilo opioid opioids opiaceos oxy oxycodone oxycontin percocet morphine morfina methadone metadona narcan naloxone naloxona overdose overdosed sobredosis")

// callBack reports the "back" at k of "call me back", which is no back:
// "PLEASE CALL ME BACK my mother can't move her right side".
func callBack(toks []token, k int) bool {
	return toks[k].norm == "back" && k >= 2 && (toks[k-1].norm == "me" || toks[k-1].norm == "us") &&
		(toks[k-2].norm == "call" || toks[k-2].norm == "text" || toks[k-2].norm == "ring")
}

// halfJoke reports a "jk" taken half back at once: "jk... kinda", "jk not
// really", "jk maybe".
func halfJoke(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].norm {
	case "kinda", "sorta", "maybe", "not", "idk", "ish":
		return true
	}
	return false
}

// laughedAtAnErrand reports a sign followed at once by laughter in a
// message about a thing of the practice's: "Si el portal me vuelve a pedir
// la contraseña me aviento por la ventana 😅 ¿Cómo reinicio mi clave?",
// "Your hold music made me want to end it all 😂 … fix your phone line".
// A hyperbole about an errand, not a plan.
func laughedAtAnErrand(toks []token, s, e int) bool {
	laughed := false
	for k := e + 1; k < len(toks) && k <= e+3; k++ {
		laughed = laughed || laughter(toks[k].norm)
	}
	if laughed {
		return anyWordOf(toks, errandThings)
	}
	// A laugh just before the sign, and the errand in the sign's own
	// clause, with nothing taken: "lol I almost couldnt breathe when I
	// opened this bill" (not "haha i took the whole bottle of tylenol an
	// hour ago, can you fix my password").
	for k := max(s-3, 0); k < s; k++ {
		laughed = laughed || laughter(toks[k].norm)
	}
	cs, ce := clauseBounds(toks, s, e)
	return laughed && anyWord(toks, cs, ce, errandThings) && !anyWord(toks, cs, ce, takenWords)
}

var takenWords = wordSet("took taken swallowed ago tome tomé trague tragué hace")

var errandThings = wordSet("portal password contrasena clave login app website hold music bill factura invoice parking estacionamiento")

// thingKills reports a sign whose subject is a thing, a few words before
// it: "Esta factura me va a matar", "this bill is killing me". Hyperbole.
func thingKills(toks []token, s int) bool {
	k := nearestBefore(toks, s, 2, killingThings)
	if k < 0 {
		return false
	}
	for j := k + 1; j < s; j++ {
		if personSubject[toks[j].norm] || toks[j].norm == "him" || toks[j].norm == "her" {
			return false // "stuck in traffic and he is hitting me"
		}
	}
	return true
}

var killingThings = wordSet("factura bill bills cuenta exam examen homework tarea traffic trafico portal music musica")
