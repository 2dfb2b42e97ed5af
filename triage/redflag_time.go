package triage

import "strings"

// What dates a matched sign or gives it to someone else: a family's
// history, a death told, a pet, a childhood, a time long past or a sign
// settled since; and what keeps one going ("no se me quita"). See judge.

// familyHistory reports a sign told as someone's history: "died of a
// stroke", "murió de un infarto", "passed from an overdose", "my dad had a
// heart attack at 55", "tuvo un infarto a los 55".
func familyHistory(toks []token, s, e int) bool {
	if suicideDeath(toks, s) {
		return true
	}
	if diedOf(toks, s) || diedAfter(toks, e) {
		return true // "died of", "passed away in March from", not "nearly died of"; "collapsed and died"
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

// suicideDeath reports a suicide told as a death at s: "mi tío se
// suicidó", "my cousin committed suicide" (not "me suicido", "almost
// committed suicide").
func suicideDeath(toks []token, s int) bool {
	if s == 0 {
		return false
	}
	w, prev := toks[s].norm, toks[s-1].norm
	switch {
	case prev == "se" && (w == "suicido" || w == "suicidio" || w == "suicidaron"):
		// The speller reads an unaccented "suicido" as "suicidio".
		return true
	case prev == "committed" && w == "suicide":
		return s < 2 || !almost[toks[s-2].norm]
	}
	return false
}

// inheritance words make a relative's past sign a question of risk.
var inheritance = wordSet("hereditario hereditaria hereditary genetic genetico genetica prevenir prevent prevention screening screened riesgo risk antecedentes families")

var (
	storyWords   = wordSet("watched watching tv vi viendo show episode episodio movie pelicula novela telenovela novel novels thriller thrillers screenplay serie series documentary documental paper essay thesis tesis ensayo student estudiante homework tarea")
	curiousWords = wordSet("curious curiosity curiosidad wondering wonder signs senales")
)

// aboutAPet reports a sign in a clause about a pet, and no person, when
// the message asks for a vet: "my cat has been peeing blood, what vet do
// you recommend?". "My dog bit my son and he is bleeding" names a person
// and stays a sign.
func aboutAPet(toks []token, s, e int) bool {
	vet := false
	for _, t := range toks {
		if strings.HasPrefix(t.norm, "vet") || strings.HasPrefix(t.norm, "veterinar") || t.norm == "animales" || t.norm == "animals" {
			vet = true
			break
		}
	}
	if !vet {
		return false
	}
	// A person named after the pet makes the sign the person's ("my dog
	// bit my son and he is bleeding"); words before it are the writer's
	// ("se me fue el alma cuando mi perrito convulsionó").
	cs, ce := clauseBounds(toks, s, e)
	// Anyone after the pet, or a person named anywhere in the clause
	// ("their daughter got into the dog's heart meds"), makes the sign a
	// person's; the writer does not ("se me fue el alma cuando mi perrito
	// convulsionó").
	pet := false
	for k := cs; k <= ce; k++ {
		w := toks[k].norm
		if pet && people[w] || people[w] && !pronouns[w] && !writerWords[w] {
			return false
		}
		pet = pet || pets[w]
	}
	if pet {
		return true
	}
	// The clause speaks of the pet by a pronoun, or of no one, and the
	// only being named before it is the pet: "my dog is having a seizure
	// right now, he's shaking and foaming at the mouth"; not "my dog bit
	// my son, he is bleeding", nor "my toddler got into the dog's pills
	// … he's breathing really slow".
	if anyWord(toks, cs, ce, writerWords) {
		return false // "the dog's vet information is on the table. I took all the hydroxychloroquine"
	}
	named := false
	for k := cs - 1; k >= 0; k-- {
		w := toks[k].norm
		switch {
		case people[w] && !pronouns[w] && !writerWords[w]:
			return false
		case pets[w]:
			named = true
		}
	}
	return named
}

// pronouns are the people words that may stand for a pet named before;
// writerWords are the writer's.
var (
	pronouns    = wordSet("he him she her hes shes el ella lo la")
	writerWords = wordSet("i me im ive yo we us")
)

var people = wordSet("i me im ive yo he him she her ella we us they them son daughter husband wife mom mother dad father " +
	"baby child kid kids boy girl brother sister grandma grandpa grandmother grandfather hijo hija esposo esposa mama papa " +
	"bebe nino nina hermano hermana abuela abuelo tio tia " +
	"toddler toddlers infant newborn teen teenager twins grandson granddaughter nieto nieta sobrino sobrina niece nephew " +
	"cousin primo prima friend amigo amiga roommate neighbor vecino vecina patient paciente nene nena")

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

// persistWords follow a negation that keeps a sign going (see persists).
var persistWords = wordSet("quita quitaba quito baja bajaba mejora mejoraba mejoro calma calmaba pasa pasaba away " +
	"stop stops stopping stopped improve improves improving improved helps helping helped ease eases easing")

// pastBefore reports a past-tense verb just before the sign: "had chest
// pain", "went to the ER Saturday for chest pain".
func pastBefore(toks []token, s int) bool { return nearestBefore(toks, s, 8, pastVerbs) >= 0 }

// nearestBefore returns the nearest of the n words before toks[s], in its
// clause, that is in set, or -1.
func nearestBefore(toks []token, s, n int, set map[string]bool) int {
	for k := s - 1; k >= 0 && k >= s-n; k-- {
		if toks[k+1].clause {
			return -1
		}
		if set[toks[k].norm] {
			return k
		}
	}
	return -1
}

// toldAsPast reports a sign told as a past event: a past verb before it
// (see pastBefore), a relative clause after it ("the chest pain I had last
// week", "el dolor de pecho que tuve"), or "after" just before it ("ok
// after the miscarriage", "después del desmayo").
func toldAsPast(toks []token, s, e int) bool {
	if pastBefore(toks, s) || billedVisit(toks) || datedPastVerb(toks, s, e) || lastOne(toks, s) || monthJustAfter(toks, e) ||
		s+1 <= e && pastVerbs[toks[s+1].norm] || // "chest was tight but it passed"
		orderVerbs[toks[s].norm] || // "she told me to go to the ER right away … I'm totally fine now"
		visitFor(toks, s) || // "records from my ER visit for anaphylaxis (March)"
		careGiven(toks, s, e) { // "was in the ER last week …, they gave me epinephrine"
		return true
	}
	if daysBackAfter(toks, e) {
		return true // "me ahorcó hace como 3 semanas"
	}
	if e+2 < len(toks) && toks[e+1].norm == "from" && (toks[e+2].norm == "last" || toks[e+2].norm == "yesterday") {
		return true // "my chest pain from last week gone already"
	}
	for k := e + 2; k < len(toks) && k <= e+3; k++ {
		if toks[k].clause || toks[k-1].clause {
			break
		}
		if pastVerbs[toks[k].norm] && relativeSubject[toks[k-1].norm] {
			return true
		}
	}
	k := s - 1
	for n := 0; n < 2 && k >= 0 && !toks[k+1].clause && determiners[toks[k].norm]; n++ {
		k--
	}
	if k >= 0 && !toks[k+1].clause && afterWords[toks[k].norm] {
		return true
	}
	// "after my son's fever seizure last night": a possessor between.
	for j := s - 1; j >= 0 && j >= s-4 && !toks[j+1].clause; j-- {
		if afterWords[toks[j].norm] && j+1 < s && possessivesW[toks[j+1].norm] {
			return true
		}
	}
	return false
}

// careGiven reports a treatment that starts the match s..e told as given
// by others at a place of care named in its sentence: "I was in the ER last
// week for a reaction, they gave me epinephrine". (Not "at school they gave
// him his EpiPen": no place of care, so still a reaction now.)
func careGiven(toks []token, s, e int) bool {
	return s > 0 && givenVerbs[toks[s].norm] && careSubjects[toks[s-1].norm] && sentenceHas(toks, s, e, careSites)
}

var (
	givenVerbs   = wordSet("gave used injected administered dio dieron puso pusieron aplicaron inyectaron")
	careSubjects = wordSet("they paramedics medics ems staff doctor doctors nurse nurses ellos")
)

// lastOne reports a sign named as the last of its kind, just before it:
// "we used one at his last seizure in May", "su última convulsión".
func lastOne(toks []token, s int) bool {
	k := s - 1
	if k >= 0 && possessivesW[toks[k].norm] {
		k--
	}
	return k >= 0 && (toks[k].norm == "last" || toks[k].norm == "ultima" || toks[k].norm == "ultimo" || toks[k].norm == "previous")
}

var possessivesW = wordSet("his her my their our su sus mi mis")

// datedPastVerb reports a sign told by a verb in the past tense that opens
// the match, in a clause dated days back: "I bumped my head on the
// cabinet door 4 days ago".
func datedPastVerb(toks []token, s, e int) bool {
	if pastTimeBefore(toks, s) {
		return true
	}
	if !strings.HasSuffix(toks[s].norm, "ed") {
		return false // a regular past: not "had my baby 6 days ago", whose sign comes later
	}
	if monthDated(toks, s, e) {
		return true // "the night my roommate overdosed in March"
	}
	cs, ce := clauseBounds(toks, s, e)
	for k := cs; k <= ce; k++ {
		switch w := toks[k].norm; {
		case w == "yesterday":
			return true
		case w == "ago" && k > cs && dayUnits[toks[k-1].norm]:
			return true // "4 days ago"; not "about an hour ago"
		case weekdays[w] && k > cs && (toks[k-1].norm == "on" || toks[k-1].norm == "el" || toks[k-1].norm == "last"):
			return true // "swelled up on lisinopril on Sunday"
		}
	}
	return false
}

var dayUnits = wordSet("day days week weeks month months year years")

// orderVerbs open an order reported: "told me to go to the ER".
var orderVerbs = wordSet("told dijo dijeron")

// weekdays name a day of a week gone by ("swelled up on Sunday").
var weekdays = wordSet("sunday monday tuesday wednesday thursday friday saturday domingo lunes martes miercoles jueves viernes sabado")

// pastTimeBefore reports a time gone by opening the sign's clause: "Last
// week Saturday chest pain, me go ER", "ayer en la noche", "anoche".
func pastTimeBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-6 && !toks[k+1].clause; k-- {
		switch w := toks[k].norm; {
		case w == "yesterday" || w == "ayer" || w == "anoche":
			return true
		case w == "last" && k+1 < s && pastUnits[toks[k+1].norm]:
			return true
		case (w == "pasada" || w == "pasado") && k > 0 && pastUnits[toks[k-1].norm]:
			return true
		}
	}
	return false
}

// pastTimeOf reports a sign named by the time gone by it belongs to,
// just after it: "el dolor de pecho de la semana pasada", "the chest pain
// from last week", "la fiebre de ayer".
func pastTimeOf(toks []token, e int) bool {
	k := e + 1
	if k >= len(toks) || toks[k].clause || !ofTime[toks[k].norm] {
		return false
	}
	k++
	if k < len(toks) && timeArticles[toks[k].norm] && !toks[k].clause {
		k++
	}
	if k+1 >= len(toks) || toks[k].clause || toks[k+1].clause {
		return k < len(toks) && !toks[k].clause && (toks[k].norm == "ayer" || toks[k].norm == "anoche" || toks[k].norm == "yesterday")
	}
	switch w, next := toks[k].norm, toks[k+1].norm; {
	case w == "ayer" || w == "anoche" || w == "yesterday":
		return true
	case pastUnits[w] && (next == "pasada" || next == "pasado"):
		return true // "de la semana pasada", "del mes pasado"
	case w == "last" && pastUnits[next]:
		return true // "from last week"
	}
	return false
}

var (
	ofTime       = wordSet("de del from")
	timeArticles = wordSet("the la el")
)

var pastUnits = wordSet("week weekend night month year semester semana noche mes ano fin semestre saturday sunday monday tuesday wednesday thursday friday")

// someoneElsesPast reports a sign an acquaintance had ("my coworker had a
// heart attack on the job site last week", "mi vecino tuvo un infarto"):
// the writer's worry, not the writer's emergency, unless told as now.
func someoneElsesPast(toks []token, s int) bool {
	k := nearestBefore(toks, s, 3, pastVerbs)
	if k < 0 {
		k = nearestBefore(toks, s, 8, storyVerbs) // "mi cuñada me contó que su bebé vomitó verde", "ended up in the ER with an erection"
	}
	return k >= 0 && nearestBefore(toks, k, 8, acquaintances) >= 0
}

// storyVerbs tell a story heard or how it ended: the acquaintance's, not
// the writer's.
var storyVerbs = wordSet("conto told ended termino")

// acquaintances are people outside the writer's household, whose care
// the writer does not arrange.
var acquaintances = wordSet("coworker coworkers colleague friend friends buddy neighbor neighbour neighbors neighbours boss classmate classmates class teammate teammates acquaintance compañero companero compañera companera vecino vecina amigo amiga jefe jefa conocido conocida " +
	"cunada cunado prima primo comadre compadre") // "mi cuñada me contó que su bebé vomitó verde"

// onCoughing reports a pain told as coming with a cough or a press, just
// after the sign in its clause or just before it: "chest hurts when I
// cough", "me duele el pecho cuando toso", "only when coughing", "when i
// press on my ribs", "cuando toso fuerte me duele el pecho".
func onCoughing(toks []token, s, e int) bool {
	for k := s - 1; k >= 0 && k >= s-5 && !toks[k+1].clause; k-- {
		if coughWords[toks[k].norm] && nearestBefore(toks, k, 2, whenWords) >= 0 {
			return true // "cuando toso fuerte me duele el pecho"
		}
	}
	for k := e + 1; k < len(toks) && k <= e+5 && !toks[k].clause; k++ {
		if !whenWords[toks[k].norm] && toks[k].norm != "al" && toks[k].norm != "only" && toks[k].norm != "solo" &&
			toks[k].norm != "tanto" && toks[k].norm != "from" { // "de tanto toser", "from coughing"
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3 && !toks[j].clause; j++ {
			if coughWords[toks[j].norm] || pressWords[toks[j].norm] || griefWords[toks[j].norm] {
				return true // also "el pecho apretado cuando me acuerdo" (probe135): grief's
			}
		}
	}
	return false
}

// testedFine reports, in the sentence of a sign from toks[s] on, a heart
// test named and then found well: "ya me hicieron electro, analítica y
// prueba de esfuerzo y todo bien", "EKG and stress test were normal".
func testedFine(toks []token, s int) bool {
	tested := false
	for k := s; k < len(toks) && (k == s || !toks[k].sentence); k++ {
		w := toks[k].norm
		switch {
		case heartTests[w]:
			tested = true
		case !tested:
		case foundWell[w]:
			return true
		case (w == "bien" || w == "good" || w == "fine") && k > 0 && (toks[k-1].norm == "todo" || toks[k-1].norm == "all" ||
			toks[k-1].norm == "salio" || toks[k-1].norm == "salieron" || toks[k-1].norm == "came"):
			return true
		}
	}
	return false
}

var (
	heartTests = wordSet("electro electrocardiograma ecg ekg holter ecocardiograma echo echocardiogram troponin troponina esfuerzo stress cateterismo cath angiogram")
	foundWell  = wordSet("normal normales clear negative negativo negativa negativos")
)

// everyTimeBefore reports a sign told as what comes every time, just
// before it in its clause: "I get scared every time my chest feels
// tight", "cada vez que subo escaleras me duele el pecho".
func everyTimeBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-6 && !toks[k+1].clause; k-- {
		w, prev := toks[k].norm, ""
		if k > 0 {
			prev = toks[k-1].norm
		}
		if w == "time" && (prev == "every" || prev == "each") || w == "vez" && prev == "cada" || w == "whenever" ||
			w == "que" && prev == "siempre" {
			return true
		}
	}
	return false
}

// chestWallNamed are a chest pain's named causes that are no heart's;
// differentWords say this time is not that ("but this is different").
var (
	chestWallNamed = wordSet("costocondritis costochondritis shingles culebrilla zoster")
	differentWords = wordSet("different diferente distinto distinta")
)

// seenAndWell reports a message that tells a sign already taken to an
// emergency room and well since: "EMS took her to St. Luke's ER, they
// said vasovagal … She's been fine since", "la llevaron a urgencias …
// salió todo bien. Ya está en casa normal".
func seenAndWell(toks []token) bool {
	taken, well := false, false
	for k := 1; k < len(toks); k++ {
		w, prev := toks[k].norm, toks[k-1].norm
		taken = taken || (w == "er" || w == "urgencias" || w == "emergencias" || w == "hospital") &&
			nearestBefore(toks, k, 5, tookTo) >= 0
		well = well || taken && (w == "since" && (prev == "fine" || prev == "well" || prev == "okay") ||
			w == "now" && (prev == "fine" || prev == "okay") && k+1 < len(toks) && toks[k+1].sentence || // "went to the ER and I'm totally fine now."
			w == "bien" && (prev == "todo" || prev == "salio") || w == "normal" && (prev == "casa" || prev == "esta"))
	}
	return well
}

// signsAsked reports a sign asked about as the signs to know, before it
// in its sentence: "what are the signs that a baby is having trouble
// breathing?", "¿cuáles son las señales de un infarto?".
func signsAsked(toks []token, s int) bool {
	for k := s - 1; k >= 2 && k >= s-10 && !toks[k+1].sentence; k-- {
		if w := toks[k].norm; (w == "signs" || w == "senales" || w == "sintomas" || w == "symptoms") &&
			(toks[k-1].norm == "the" || toks[k-1].norm == "las" || toks[k-1].norm == "los") &&
			(toks[k-2].norm == "are" || toks[k-2].norm == "son") {
			return true
		}
	}
	return false
}

// actuallyNot reports a sign corrected soon after it: "a rash that
// doesn't fade when I press a glass on it... actually it does fade".
func actuallyNot(toks []token, e int) bool {
	for k := e + 1; k+2 < len(toks) && k <= e+12; k++ {
		if toks[k].norm == "actually" && (toks[k+1].norm == "it" || toks[k+1].norm == "she" || toks[k+1].norm == "he") &&
			(toks[k+2].norm == "does" || toks[k+2].norm == "did" || toks[k+2].norm == "is") {
			return true
		}
	}
	return false
}

// nursingMother reports a message of a nursing mother's own breast or
// fever: "postpartum", "my left breast", "sigo dando pecho".
func nursingMother(toks []token) bool {
	for k, t := range toks {
		if nursingWords[t.norm] || t.norm == "pecho" && k > 0 && (toks[k-1].norm == "dando" || toks[k-1].norm == "doy") {
			return true
		}
	}
	return false
}

var nursingWords = wordSet("breast breasts senos seno postpartum breastfeeding amamantando lactancia")

// tookTo are the verbs of someone taken, or gone, to a hospital.
var tookTo = wordSet("took llevaron brought trajeron went fui fuimos")

// laughedOff reports a message that laughs and tells its readers not to
// be alarmed: "jaja no se asusten", "haha don't panic".
func laughedOff(toks []token) bool {
	laugh, calm := false, false
	for k, t := range toks {
		laugh = laugh || t.norm == "haha" || strings.HasPrefix(t.norm, "jaja") || t.norm == "lol"
		calm = calm || k > 0 && (t.norm == "asusten" || t.norm == "asustes" || t.norm == "panic") && (toks[k-1].norm == "se" || toks[k-1].norm == "te" || toks[k-1].norm == "dont")
	}
	return laugh && calm
}

// recoveringFrom reports a sign told as what it was, now being recovered
// from: "Era un infarto … Ya estoy en casa recuperándome".
func recoveringFrom(toks []token, s int) bool {
	if nearestBefore(toks, s, 2, wasWords) < 0 {
		return false
	}
	for _, t := range toks {
		if t.norm == "recuperandome" || t.norm == "recuperando" || t.norm == "recovering" || t.norm == "recuperandose" {
			return true
		}
	}
	return false
}

// positionalPain reports a chest pain told as eased by sitting up or
// leaning forward: "worse when I lie down and better if I sit up and lean
// forward" (the lining of the heart, for a clinician today).
func positionalPain(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k].norm == "lean" || toks[k].norm == "leaning" || toks[k].norm == "inclinarme" || toks[k].norm == "inclinandome") &&
			(toks[k+1].norm == "forward" || toks[k+1].norm == "adelante") {
			return true
		}
	}
	return false
}

// worseThanUsual reports a sign told against its usual: "más que de
// costumbre", "worse than usual", "more than normal".
func worseThanUsual(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if usualWords[toks[k].norm] && (toks[k-1].norm == "than" || toks[k-1].norm == "de" || toks[k-1].norm == "que" || toks[k-1].norm == "lo") {
			return true
		}
	}
	return false
}

var usualWords = wordSet("usual normal costumbre siempre")

// talksFine reports speech told as whole: "puedo hablar bien", "I can talk
// fine", "talking in full sentences".
func talksFine(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if speechWords[toks[k].norm] && fineWords[toks[k+1].norm] && nearestBefore(toks, k, 2, negations) < 0 && !(k > 0 && toks[k-1].norm == "cant") {
			return true
		}
	}
	return false
}

var (
	speechWords = wordSet("talk talking speak speaking hablar hablando")
	fineWords   = wordSet("fine normally normal ok okay bien full")
)

// askedToLearn reports a sign named in a question "is it an emergency"
// asked to learn, with no one ill now: "Is shortness of breath an
// emergency? … making a list of warning signs for my mom's fridge. She's
// fine right now".
func askedToLearn(toks []token, s, e int) bool {
	if s == 0 || !(toks[s-1].norm == "is" || toks[s-1].norm == "are" || toks[s-1].norm == "es") {
		return false
	}
	asksEmergency := false
	for k := e + 1; k < len(toks) && k <= e+3 && !toks[k].clause; k++ {
		asksEmergency = asksEmergency || toks[k].norm == "emergency" || toks[k].norm == "emergencia" || toks[k].norm == "911"
	}
	return asksEmergency && anyWordOf(toks, learningWords)
}

var learningWords = wordSet("list warning curious hypothetically hypothetical general generally future learn learning prepared fridge refrigerador lista curiosidad")

// safeAsThing before "safe" make it the box guns are kept in.
var safeAsThing = wordSet("gun the a his her my our their pistol rifle")

// toothWords name a tooth.
var toothWords = wordSet("tooth teeth diente dientes muela muelas")

// silentPoison reports an overdose or a poisoning of a drug that harms in
// silence, a day or more on: "took a lot of Tylenol … she feels fine" is
// no overdose over.
func silentPoison(toks []token, r *compiledRule) bool {
	return (r.kind == "overdose" || r.kind == "poisoning") && anyWordOf(toks, silentPoisons)
}

// silentPoisons are acetaminophen by its names, alone and in cold
// remedies, and iron.
var silentPoisons = wordSet("tylenol acetaminophen acetaminofen paracetamol panadol apap nyquil dayquil excedrin iron hierro")

// onStretching reports a stretch done, in the sentence of a chest's pain:
// "my chest feels tight when I do the pec stretches", "me duele el pecho
// al hacer los estiramientos" (a muscle's pain), not a pain that
// "stretches down my arm" or "that stretches into my back".
func onStretching(toks []token, s, e int) bool {
	return sentenceAny(toks, s, e, func(k int) bool {
		return k > 0 && stretchWords[toks[k].norm] && !painReaches[toks[k-1].norm] &&
			(k+1 == len(toks) || !towards[toks[k+1].norm])
	})
}

var (
	stretchWords = wordSet("stretch stretches stretching estiramiento estiramientos estirar estiro")
	// painReaches before a stretch word, or towards after it, tell a pain
	// that reaches somewhere.
	painReaches = wordSet("pain ache aching it that which pressure tightness hurt hurts dolor que")
	towards     = wordSet("to into down across up through toward towards around over along hacia al hasta")
)

// antacidRelief reports a chest's burning eased by an antacid: "took 2
// tums and it's pretty much gone now" (not "the Tums didn't touch it").
func antacidRelief(toks []token) bool {
	antacid := false
	for k, t := range toks {
		antacid = antacid || antacids[t.norm]
		if antacid && (t.norm == "gone" || t.norm == "quito" || t.norm == "paso") && nearestBefore(toks, k, 3, negations) < 0 {
			return true
		}
	}
	return false
}

var antacids = wordSet("tums rolaids pepcid antacid antacids antiacido gaviscon omeprazol omeprazole melox")

// anemiaCause reports a sign named as the cause of an anaemia, just
// before it: "I'm anemic from heavy bleeding", "anemia por sangrado".
func anemiaCause(toks []token, s int) bool {
	for k := s - 1; k >= 1 && k >= s-3 && !toks[k+1].clause; k-- {
		if (toks[k].norm == "from" || toks[k].norm == "por" || toks[k].norm == "de") && anemic[toks[k-1].norm] {
			return true
		}
	}
	return false
}

var anemic = wordSet("anemic anaemic anemia anemica anemico")

// lowSugarTreated reports a message about a low blood sugar treated and
// over: a sugar named, a low told, and a recovery ("came up to 118",
// "back to herself", "ya se le pasó").
func lowSugarTreated(toks []token) bool {
	sugar, low, over := false, false, false
	for k, t := range toks {
		w := t.norm
		sugar = sugar || sugarWords[w]
		low = low || w == "low" || w == "baja" || w == "bajo" || w == "dropped" || w == "hypo" || w == "hipoglucemia" ||
			isDigits(w) && atoiSmall(w) >= 20 && atoiSmall(w) < 70
		over = over || w == "back" && k+2 < len(toks) && (toks[k+1].norm == "to" && (toks[k+2].norm == "herself" || toks[k+2].norm == "himself" || toks[k+2].norm == "normal")) ||
			w == "came" && k+1 < len(toks) && toks[k+1].norm == "up" || w == "subio" || w == "totally" && k+1 < len(toks) && toks[k+1].norm == "normal" ||
			w == "bien" && k > 1 && toks[k-1].norm == "esta" && (toks[k-2].norm == "ya" || toks[k-2].norm == "yes") || // "y ya está bien" ("ya" reads "yes")
			(w == "completely" || w == "completamente" || w == "totalmente") && k+1 < len(toks) && (toks[k+1].norm == "himself" || toks[k+1].norm == "herself" || toks[k+1].norm == "normal")
	}
	return sugar && low && over
}

var sugarWords = wordSet("sugar sugars azucar glucose glucosa bg cgm dexcom libre")

// typedWrong reports words that make no sense explained by the machine
// that typed them: "he uses voice to text while driving", "es el
// autocorrector".
func typedWrong(toks []token) bool {
	for k, t := range toks {
		if t.norm == "autocorrect" || t.norm == "autocorrector" || t.norm == "autocorrecto" || t.norm == "dictado" ||
			t.norm == "voice" && k+2 < len(toks) && toks[k+1].norm == "to" && toks[k+2].norm == "text" {
			return true
		}
	}
	return false
}

// dentalNumbness reports a dentist's numbing told in the message: "2 root
// canals today and my whole jaw is numb", "anestesia en el dentista".
func dentalNumbness(toks []token) bool {
	for k, t := range toks {
		if dentalWords[t.norm] || t.norm == "root" && k+1 < len(toks) && toks[k+1].norm == "canal" ||
			t.norm == "canals" && k > 0 && toks[k-1].norm == "root" {
			return true
		}
	}
	return false
}

var bellsPalsy = wordSet("palsy bells bell") // "parálisis de Bell"

var dentalWords = wordSet("dentist dentista filling fillings empaste novocaine novocain lidocaine anestesia extraction extraccion " +
	"denture dentures dentadura placa wisdom juicio") // "new dentures … slurring my s's", "wisdom teeth out yesterday … numb on one side"

// wordsGoneWrong and faceOrSpeech are what a sign is about: words that
// make no sense, or the face and the speech.
var (
	wordsGoneWrong = wordSet("texts text messages mensajes sense sentido gibberish words palabras")
	faceOrSpeech   = wordSet("face cara mouth boca lip lips labio labios tongue lengua jaw slurring slurred slurry speech habla hablando")
)

// anyWord reports a word of set among toks[s..e].
func anyWord(toks []token, s, e int, set map[string]bool) bool {
	for k := s; k <= e; k++ {
		if set[toks[k].norm] {
			return true
		}
	}
	return false
}

// usualSeizureOver reports a seizure told as the person's usual one and
// over: a word of the usual in its sentence, and an end ("back to
// baseline", "se le quitó", "stopped", "como dice el plan").
func usualSeizureOver(toks []token, s, e int) bool {
	usual := sentenceAny(toks, s, e, func(k int) bool {
		w := toks[k].norm
		return w == "typical" || w == "usual" || w == "habitual" || w == "siempre" && k > 0 && toks[k-1].norm == "de"
	})
	if !usual {
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+30; k++ {
		w := toks[k].norm
		if w == "baseline" || w == "stopped" || w == "ended" || w == "quito" || w == "paso" || w == "plan" {
			return true
		}
	}
	return false
}

// timesADay reports a sign told as coming several times a day, in its
// sentence: "varias veces al día", "a few times a day".
func timesADay(toks []token, s, e int) bool {
	return sentenceAny(toks, s, e, func(k int) bool {
		return k+2 < len(toks) && (toks[k].norm == "veces" && toks[k+1].norm == "al" && toks[k+2].norm == "dia" ||
			toks[k].norm == "times" && toks[k+1].norm == "a" && toks[k+2].norm == "day")
	})
}

// becauseOf reports a sign named as the reason for something, just before
// it: "because of my seizure in March", "por lo de mis convulsiones",
// "due to my stroke".
func becauseOf(toks []token, s int) bool {
	for k := s - 1; k >= 1 && k >= s-4 && !toks[k+1].clause; k-- {
		w, prev := toks[k].norm, toks[k-1].norm
		if w == "of" && prev == "because" || w == "to" && prev == "due" || w == "de" && prev == "lo" && k >= 2 && toks[k-2].norm == "por" ||
			w == "a" && prev == "debido" {
			return true
		}
	}
	return false
}

// forDays reports a sign told as days or weeks long, in its clause:
// "desde hace 3 días tengo la pierna derecha más débil", "weak for 2
// weeks".
func forDays(toks []token, s, e int) bool {
	cs, ce := clauseBounds(toks, s, e)
	for k := cs; k+2 <= ce; k++ {
		n, unit := toks[k+1].norm, toks[k+2].norm
		if (n == "a" || n == "unos" || n == "unas") && k+3 <= ce && (toks[k+2].norm == "few" || toks[k+2].norm == "couple") {
			n, unit = "few", toks[k+3].norm // "for a few days"
		}
		if (toks[k].norm == "hace" || toks[k].norm == "for") && (isDigits(n) || numberWords[n] || n == "few") && daysBack[unit] {
			return true
		}
		if toks[k].norm == "tengo" && (n == "un" || n == "una" || isDigits(n)) && (unit == "mes" || unit == "meses" || daysBack[unit]) && k+3 <= ce && toks[k+3].norm == "asi" {
			return true // "ya tengo un mes así"
		}
	}
	return false
}

// strokeLeftover reports a stroke's lasting trace told as such: "le quedó
// la boca un poco chueca … así está desde entonces", "left him with …
// ever since".
func strokeLeftover(toks []token) bool {
	left, since := false, false
	for k, t := range toks {
		left = left || t.norm == "quedo" || t.norm == "left" && k+1 < len(toks) && (toks[k+1].norm == "him" || toks[k+1].norm == "her")
		since = since || k+1 < len(toks) && (t.norm == "desde" && toks[k+1].norm == "entonces" || t.norm == "ever" && toks[k+1].norm == "since" ||
			t.norm == "since" && toks[k+1].norm == "then")
	}
	return left && since
}

// strokeUnchanged reports an old stroke's weakness told as unchanged:
// "his left arm is still weak, same as it's been for 2 years, no
// change", "la debilidad por la embolia vieja no ha cambiado nada",
// "slurry at the end of long days … for years, nothing new": words of no
// change, with an old stroke or years named.
func strokeUnchanged(toks []token) bool {
	old := false
	for _, t := range toks {
		old = old || oldWords[t.norm] || t.norm == "years" || t.norm == "anos" || t.norm == "last" || months[t.norm] ||
			isDigits(t.norm) && len(t.norm) == 4 && t.norm < "2100" && t.norm > "1950" // "my stroke last May"
	}
	if !old {
		return false
	}
	for k := 0; k+1 < len(toks); k++ {
		w, next := toks[k].norm, toks[k+1].norm
		switch {
		case w == "same" && next == "as" && k+2 < len(toks) && (toks[k+2].norm == "always" || toks[k+2].norm == "its" || toks[k+2].norm == "it" || toks[k+2].norm == "ever"),
			w == "no" && (next == "change" || next == "changes"), w == "nothing" && (next == "new" || next == "different"),
			w == "igual" && next == "que" && k+2 < len(toks) && toks[k+2].norm == "siempre", w == "nada" && next == "nuevo",
			w == "no" && next == "ha" && k+2 < len(toks) && (toks[k+2].norm == "cambiado" || toks[k+2].norm == "cambio"),
			w == "sin" && (next == "cambios" || next == "cambio"):
			return true
		}
	}
	return false
}

// lainOn reports a numb limb explained by the weight it bore and already
// come back: "I'd been sleeping on it all night. Shook it out and it was
// back to normal". A weight only guessed at ("probably just slept on it
// wrong", "¿será que durmió encima del brazo?") with the limb still
// numb is the patient's hope, not the reason.
func lainOn(toks []token) bool {
	back := false
	for k := 0; k+1 < len(toks); k++ {
		w, next := toks[k].norm, toks[k+1].norm
		back = back || w == "back" && next == "to" && k+2 < len(toks) && toks[k+2].norm == "normal" || w == "shook" && next == "it" ||
			w == "sacudi" || w == "volvio" && next == "a" && k+2 < len(toks) && toks[k+2].norm == "la" && k+3 < len(toks) && toks[k+3].norm == "normalidad" ||
			(w == "estaba" || w == "esta" || w == "quedo") && next == "normal" // "a los 10 minutos ya estaba normal"
	}
	if !back {
		return false
	}
	for k := 0; k+1 < len(toks); k++ {
		w, next := toks[k].norm, toks[k+1].norm
		if (w == "sleeping" || w == "slept" || w == "lying" || w == "laying" || w == "lay" || w == "lain" || w == "sat" || w == "sitting") && next == "on" &&
			k+2 < len(toks) && (toks[k+2].norm == "it" || toks[k+2].norm == "my" || toks[k+2].norm == "that") ||
			(w == "encima" || w == "sobre") && k > 0 && (toks[k-1].norm == "dormi" || toks[k-1].norm == "acoste" || toks[k-1].norm == "durmio" || toks[k-1].norm == "dormido" || toks[k-1].norm == "dormida") {
			return true
		}
	}
	return false
}

// oldEvent reports an event sign named as old or as the start of a time
// since: "an old lacunar infarct", "la embolia vieja", "la tomo desde mi
// infarto cerebral", "since his stroke" (not "since the stroke signs
// started", which dates a sign of today).
func oldEvent(toks []token, s, e int) bool {
	if !eventNames[toks[s].norm] && !(s+1 <= e && eventNames[toks[s+1].norm]) {
		return false // "since lunch my left arm is numb" dates a sign of today
	}
	if nearestBefore(toks, s, 2, oldWords) >= 0 {
		return true
	}
	for k := e + 1; k < len(toks) && k <= e+6 && !toks[k].clause; k++ {
		if oldWords[toks[k].norm] || months[toks[k].norm] {
			return true // "su infarto cerebral de septiembre", "del año pasado"
		}
	}
	k := s - 1
	if k >= 0 && !toks[s].clause && possessives[toks[k].norm] {
		k--
	}
	if k < 0 || toks[k].norm != "since" && toks[k].norm != "desde" {
		return false
	}
	for j := e + 1; j < len(toks) && j <= e+3 && !toks[j].clause && !joins[toks[j].norm]; j++ {
		if startedWords[toks[j].norm] || nowWords[toks[j].norm] {
			return false
		}
	}
	return true
}

var (
	oldWords     = wordSet("old antiguo antigua viejo vieja previous prior remote pasado pasada")
	eventNames   = wordSet("stroke strokes infarto infarct infarction derrame embolia ictus heart attack tia cva mini")
	possessives  = wordSet("my his her their our mi su sus el la the")
	startedWords = wordSet("started began start begin empezo empezaron comenzo comenzaron symptoms sintomas signs")
)

// noSymptoms reports a message that says there are no symptoms: "no
// symptoms at all", "sin síntomas", "ningún síntoma".
func noSymptoms(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if (toks[k].norm == "symptoms" || toks[k].norm == "sintomas" || toks[k].norm == "sintoma") &&
			(toks[k-1].norm == "no" || toks[k-1].norm == "sin" || toks[k-1].norm == "ningun") {
			return true
		}
	}
	return false
}

// falseAlarm reports a sign only thought to have happened and then found
// not to: "thought my toddler swallowed a button battery but we found it
// under the couch", "creímos que se tragó una pila pero la encontramos".
func falseAlarm(toks []token, s, e int) bool {
	if nearestBefore(toks, s, 8, thoughtWords) < 0 {
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+15; k++ {
		if foundWords[toks[k].norm] || toks[k].norm == "false" && k+1 < len(toks) && toks[k+1].norm == "alarm" {
			return true
		}
	}
	return false
}

var (
	thoughtWords = wordSet("thought creimos crei pense pensamos pensaron creyeron")
	foundWords   = wordSet("found encontramos encontre accounted final") // "… y al final fue el azúcar baja"
)

// namesAVisit reports a sign that names the visit or the operation after
// visitWhen reports a sign told as what brought on a past visit named
// with its month: "la factura de la visita a emergencias de marzo,
// cuando mi hijo se tomó las pastillas", "the bill for the ER visit in
// May when she had the seizure".
func visitWhen(toks []token, s int) bool {
	k := nearestBefore(toks, s, 4, whenWords)
	if k < 0 {
		return false
	}
	visit, month := false, false
	for j := k - 1; j >= 0 && j >= k-8 && !toks[j+1].sentence; j-- {
		visit = visit || visitNames[toks[j].norm] || careSites[toks[j].norm] || toks[j].norm == "visita"
		month = month || months[toks[j].norm]
	}
	return visit && month
}

// visitedFor reports a sign named as the reason of a visit already made
// on a day told: "una constancia de que estuve en emergencias el lunes por
// la crisis de asma", "me atendió el viernes cuando llegué con la crisis
// de asma", "I was seen Tuesday for the chest pain".
func visitedFor(toks []token, s int) bool {
	k := nearestBefore(toks, s, 3, reasonWords)
	dated := false
	if k < 0 && s > 0 && toks[s-1].norm == "ago" {
		k, dated = s-1, true // "I was in the ER two weeks ago vomiting blood"
	}
	if k < 0 {
		return false
	}
	visited, care, day := false, false, dated
	for j := k - 1; j >= 0 && j >= k-10 && !toks[j+1].sentence; j-- {
		visited = visited || visitedWords[toks[j].norm]
		care = care || careSites[toks[j].norm] || careGivers[toks[j].norm]
		day = day || weekdays[toks[j].norm] || months[toks[j].norm] || lastDays[toks[j].norm]
	}
	for j := s + 1; !day && j < len(toks) && !toks[j].sentence; j++ {
		day = months[toks[j].norm] || weekdays[toks[j].norm] // "cuando me atendieron por la descarga eléctrica en el trabajo en marzo"
	}
	if !visited || !care || !day { // not "came back from the weekend with bruises"
		return false
	}
	for k := s + 1; k < len(toks); k++ {
		if stillWords[toks[k].norm] || cameBack(toks, k) || k+1 < len(toks) && toks[k+1].norm == "back" && (toks[k].norm == "came" || toks[k].norm == "come" || toks[k].norm == "comes") {
			return false // "… for chest pain. It is still there", "it came back an hour ago"
		}
	}
	return true
}

var (
	reasonWords  = wordSet("por for con with")
	lastDays     = wordSet("ayer yesterday last weekend finde pasado pasada")
	careGivers   = wordSet("clinic clinica doctor doctora urgent care atendio atendieron seen nurse enfermera")
	stillWords   = wordSet("still todavia sigue sigo worse peor again")
	visitedWords = wordSet("estuve fui llegue vine vino vinimos went was came seen atendio atendieron vieron saw visited visit visita")
)

// griefTask reports a farewell written as a grief or therapy task in the
// sign's sentence: "escribir una carta de despedida a mi papá que murió,
// como ejercicio de duelo".
func griefTask(toks []token, s, e int) bool {
	return sentenceHas(toks, s, e, taskWords) && sentenceHas(toks, s, e, mourningWords)
}

var (
	taskWords     = wordSet("ejercicio exercise tarea assignment homework actividad activity")
	mourningWords = wordSet("duelo grief mourning murio died fallecio passed")
)

// poisonControlAdvised reports poison control named, then saying to
// watch at home: "ya llamé a toxicología y dijeron que lo observe en
// casa", "poison control said to watch him at home" (not "we told him
// 911/poison control", advice to call them).
func poisonControlAdvised(toks []token, s int) bool {
	for k := 0; k+1 < len(toks); k++ {
		w, next := toks[k].norm, toks[k+1].norm
		if !(w == "poison" && (next == "control" || next == "center") || w == "toxicologia" ||
			(w == "control" || w == "centro") && next == "de" && k+2 < len(toks) && (strings.HasPrefix(toks[k+2].norm, "envenen") || strings.HasPrefix(toks[k+2].norm, "intoxic") || toks[k+2].norm == "toxicologia")) {
			continue
		}
		said := false
		for j := k + 1; j < len(toks) && j <= k+8; j++ {
			said = said || adviceWords[toks[j].norm]
			if said && homeWatch(toks, j) {
				return true
			}
		}
	}
	return false
}

// homeWatch reports, in the sentence from k on, advice to watch at home.
func homeWatch(toks []token, k int) bool {
	for j := k; j < len(toks) && (j == k || !toks[j].sentence); j++ {
		if watchWords[toks[j].norm] {
			return true
		}
	}
	return false
}

var (
	adviceWords = wordSet("said says dijeron dijo recomendaron indicaron advised")
	watchWords  = wordSet("home casa observe observar observara vigilar vigilara vigile vigilarlo watch monitor")
)

// suspectedThen reports a sign named as what someone thought it was, in
// the past: "fui a emergencias porque creían que era embolia", "they
// thought it was a heart attack" (not "I think it's a stroke").
func suspectedThen(toks []token, s int) bool {
	return nearestBefore(toks, s, 4, suspectedWords) >= 0
}

var suspectedWords = wordSet("creian creia creiamos pensaban pensaba pensabamos thought suspected sospechaban")

// whenYounger reports a sign dated, earlier in its sentence, by an age
// long gone: "de cuando tenía 12, escribió que quería morirse", "when he
// was 4 he had a seizure" (not "like when he was 4", a likeness).
func whenYounger(toks []token, s, e int) bool {
	return sentenceAny(toks, s, e, func(k int) bool {
		if !whenWords[toks[k].norm] || k > 0 && simile[toks[k-1].norm] {
			return false
		}
		// Before the sign, or after it as its time: "se le hinchó la
		// cara pero fue cuando tenía 2 años", "it was when I was 10".
		lim := s
		if k >= s {
			if k <= e || toks[k-1].norm != "fue" && toks[k-1].norm != "was" {
				return false
			}
			lim = len(toks)
		}
		j := k + 1
		if j < len(toks) && (toks[j].norm == "she" || toks[j].norm == "he" || toks[j].norm == "i") {
			j++
		}
		if j+1 >= lim {
			return false
		}
		v, n := toks[j].norm, toks[j+1].norm
		if (v == "tenia" || v == "was") && roughly[n] && j+2 < lim {
			n = toks[j+2].norm // "when I was about 10"
		}
		return (v == "tenia" || v == "was") && (isNumber(n) || n == "little" || n == "younger" || n == "teenager" || n == "teen" || n == "kid" || n == "child") || v == "era" && youngWords[n]
	})
}

// youngWords tell a childhood: "cuando era niña".
var youngWords = wordSet("nina nino chiquita chiquito pequena pequeno")

// it: "the chest pain ER visit", "his testicular torsion surgery".
func namesAVisit(toks []token, s, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+3 && !toks[k].clause; k++ {
		if operations[toks[k].norm] || hospitalStays[toks[k].norm] {
			return k == e+1 // "after his testicular torsion surgery on the 3rd"
		}
		if visitNames[toks[k].norm] {
			return k > e+1 && careSites[toks[k-1].norm] || k == e+1 && s > 0 && careSites[toks[s-1].norm] // "the ER chest pain visit"
		}
		if !careSites[toks[k].norm] {
			return false
		}
	}
	return false
}

// vasectomyDone reports a vasectomy told as done: "had my vasectomy
// Monday", "me hicieron la vasectomía".
func vasectomyDone(toks []token) bool {
	for k, t := range toks {
		if (t.norm == "vasectomy" || t.norm == "vasectomia") && nearestBefore(toks, k, 3, doneWords) >= 0 {
			return true
		}
	}
	return false
}

// weeksAgo reports weeks told as a date ("3 weeks ago", "hace 3 semanas")
// among the first words of a match, not an age.
func weeksAgo(toks []token, s, e int) bool {
	for k := s; k <= e && k <= s+2; k++ {
		if daysBack[toks[k].norm] && (k+1 < len(toks) && toks[k+1].norm == "ago" || k >= 2 && toks[k-2].norm == "hace") {
			return true
		}
	}
	return false
}

// doneWords tell a procedure done.
var doneWords = wordSet("had after since post hicieron hizo despues")

// pastEvents are events a past sign is told as part of.
var pastEvents = wordSet("parto delivery cesarea csection surgery cirugia operacion operation")

// visitNames are what a visit named for its reason is called, and
// operations what an operation named for it is.
var (
	visitNames = wordSet("visit visits stay admission records")
	operations = wordSet("surgery surgeries operation repair cirugia operacion")
	// hospitalStays name a stay for the sign just before: "the stroke
	// hospitalization at St. Mary's in 2021".
	hospitalStays = wordSet("hospitalization hospitalisation hospitalizacion internacion")
)

// everyTime reports a saying told as what happens every time, just after
// it: "cada vez que le quitamos la tablet", "every time he loses".
func everyTime(toks []token, e int) bool {
	for k := e + 1; k+1 < len(toks) && k <= e+4; k++ {
		w, next := toks[k].norm, toks[k+1].norm
		if w == "cada" && next == "vez" || w == "every" && next == "time" || w == "each" && next == "time" ||
			w == "siempre" && next == "que" || w == "whenever" {
			return true
		}
	}
	return false
}

var coughWords = wordSet("cough coughs coughing toso toser tosiendo tosa tose")

// dangerPlaces make "every time" a moment that repeats now, not a habit:
// "im on the train platform and every time one comes in i lean a little
// further" (fresh421).
var dangerPlaces = wordSet("platform anden andén tracks vias vías bridge puente ledge cornisa roof azotea overpass")

// atADangerPlace reports the writer at such a place: "on the train
// platform", "en el puente" (not "says 'im jumping off a bridge' every
// time the Jets lose", probe362).
func atADangerPlace(toks []token) bool {
	for k := 2; k < len(toks); k++ {
		if dangerPlaces[toks[k].norm] || k+1 < len(toks) && dangerPlaces[toks[k+1].norm] && (toks[k].norm == "train" || toks[k].norm == "subway") {
			a, b := toks[k-1].norm, toks[k-2].norm
			if (a == "the" || a == "el" || a == "la") && (b == "on" || b == "at" || b == "en" || b == "sobre") {
				return true
			}
		}
	}
	return false
}

// griefWords tell a chest tight only with a memory or tears.
var griefWords = wordSet("acuerdo recuerdo lloro remember cry crying")

// pressWords tell a chest wall's pain: "hurts when I press on my ribs", "le
// duele cuando se aprieta" (four independent writers call it urgent).
var pressWords = wordSet("press presses pressing pressed push pushing touch touching twist twisting aprieto aprieta aprietan presiono presiona toco toca toser coughing")

// takenOut reports a battery or a magnet swallowed and already taken
// out: "the ER got it out with a scope", "se la sacaron con endoscopia".
func takenOut(toks []token, s, e int) bool {
	swallowedThing := false
	for k := s; k <= e; k++ {
		w := toks[k].norm
		swallowedThing = swallowedThing || strings.HasPrefix(w, "batter") || strings.HasPrefix(w, "pila") ||
			strings.HasPrefix(w, "magnet") || strings.HasPrefix(w, "iman")
	}
	if !swallowedThing {
		return false
	}
	for k := e + 1; k < len(toks); k++ {
		w, next := toks[k].norm, ""
		if k+1 < len(toks) {
			next = toks[k+1].norm
		}
		switch {
		case removalWords[w],
			w == "out" && k > 1 && (toks[k-1].norm == "it" || toks[k-1].norm == "them") && toks[k-2].norm == "got",
			// Passed in the stool (not "passed out"), found elsewhere
			// ("turned up in the couch cushions").
			(w == "passed" || w == "paso" || w == "expulso") && next != "out",
			w == "turned" && next == "up", w == "aparecio" || w == "encontramos" && (next == "la" || next == "el"):
			return true
		}
	}
	return false
}

var removalWords = wordSet("removed extracted scope endoscopy endoscopia sacaron extrajeron recuperandose recovering recovered")

// recheckedNormal reports a reading taken again and normal after the
// sign: a sugar of 70 or more, a saturation of 92 or more, after
// "rechecked", "now", "later", "ahora", "después".
func recheckedNormal(toks []token, e int, kind string) bool {
	lo, hi := 70, 400
	if kind == "breathing" || kind == "low_oxygen" {
		lo, hi = 92, 100
	}
	for k := e + 1; k < len(toks) && k <= e+30; k++ {
		if !againWords[toks[k].norm] {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			if w := toks[j].norm; isNumber(w) && !toks[j].frac && len(w) <= 3 {
				if n := atoiSmall(w); n >= lo && n <= hi {
					return true
				}
			}
		}
	}
	return false
}

// againWords open a reading taken again.
var againWords = wordSet("rechecked recheck rechecking retook later now ahora despues luego volvi checked")

func atoiSmall(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		n = n*10 + int(w[i]-'0')
	}
	return n
}

// duringActivity reports a rate read during exercise or a ride, in the
// sign's sentence: "my watch said 210 but I was on a roller coaster".
func duringActivity(toks []token, s int) bool {
	for k := s; k >= 0; k-- {
		if activityWords[toks[k].norm] {
			return true
		}
		if toks[k].sentence {
			break
		}
	}
	for k := s + 1; k < len(toks) && !toks[k].sentence; k++ {
		if activityWords[toks[k].norm] {
			return true
		}
	}
	return false
}

var activityWords = wordSet("coaster workout workouts exercise exercising running run jogging gym treadmill spin hiit ejercicio corriendo gimnasio " +
	"rowing rower cardio entrenando")

// normalTemperature reports a temperature under a fever's told in the
// sign's sentence or the next, and none at a fever's: "I thought she felt
// hot but rectal temp was 99.1 F", "tiene 37.2".
func normalTemperature(toks []token, s int) bool {
	start := s
	for start > 0 && !toks[start].sentence {
		start--
	}
	normal, sentences := false, 0
	for k := start; k < len(toks) && sentences < 2; k++ {
		if k > start && toks[k].sentence {
			sentences++
			continue
		}
		if !isNumber(toks[k].norm) || toks[k].frac || len(toks[k].norm) > 3 || !temperatureAt(toks, k) {
			continue // "born at 36 weeks" is no temperature
		}
		n := atoiSmall(toks[k].norm)
		frac := 0
		if k+1 < len(toks) && toks[k+1].frac {
			frac = atoiSmall(toks[k+1].norm[:1])
		}
		switch {
		case n >= 97 && n <= 99 || n >= 36 && n <= 37:
			normal = true // (a newborn at 96.4 °F or 35.5 °C is too cold: no comfort)
		case n == 100 && frac < 4:
			normal = true
		case n >= 100 && n <= 107 || n >= 38 && n <= 42:
			return false // a fever told
		}
	}
	return normal
}

// temperatureAt reports a number told as a temperature: a word of
// temperature in the four words before it, or a unit after it.
func temperatureAt(toks []token, k int) bool {
	for j := max(0, k-4); j < k; j++ {
		if tempWords[toks[j].norm] {
			return true
		}
	}
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if w := toks[j].norm; w == "f" || w == "c" || w == "degrees" || w == "grados" {
			return true
		}
	}
	return false
}

var tempWords = wordSet("temp temperature temperatura rectal thermometer termometro fever fiebre calentura")

// handFootMouth reports a message that names hand, foot and mouth disease,
// whose blisters in the mouth and on the palms are not a drug's.
func handFootMouth(toks []token) bool {
	for k := 2; k < len(toks); k++ {
		w, a, b := toks[k].norm, toks[k-1].norm, toks[k-2].norm
		if (w == "mouth" || w == "boca") && (a == "and" || a == "y") && (b == "foot" || b == "pie") || w == "hfmd" || w == "coxsackie" {
			return true
		}
	}
	return false
}

// notReturned reports a sign told, just after it, as not come back: "the
// chest pain hasn't come back since", "el dolor no ha vuelto".
func notReturned(toks []token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+4 && !toks[k].clause; k++ {
		if !negations[toks[k].norm] {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3 && !toks[j].clause; j++ {
			if w := toks[j].norm; w == "back" || w == "returned" || w == "vuelto" || w == "regresado" || w == "repetido" {
				return true
			}
		}
	}
	return false
}

// usualEpisode reports a sign told as one of the patient's usual episodes,
// over or known: "had one of my usual attacks … it was over in about 15
// min" (none of worse, again, still in the sentence).
func usualEpisode(toks []token, s int) bool {
	start := s
	for start > 0 && !toks[start].sentence {
		start--
	}
	usual := false
	for k := start; k < len(toks) && (k <= s || !toks[k].sentence); k++ {
		w := toks[k].norm
		if worseAgain[w] || w == "still" || w == "sigue" || w == "todavia" {
			return false
		}
		if usual && k < s && (w == "but" || w == "pero") {
			return false // "thought it was one of my usual panic attacks but … my fingertips look blue"
		}
		usual = usual || w == "usual" || w == "typical" || w == "habitual" || w == "habituales"
	}
	return usual
}

// atTarget reports a reading told as the patient's target or usual, in
// the sign's sentence: "sat 88-89 on 2L today which is right at the
// target", "su saturación de siempre".
func atTarget(toks []token, s int) bool { return sentenceHas(toks, s, s, targetWords) }

// sentenceHas reports a word of set in the sentences that hold toks[s..e].
func sentenceHas(toks []token, s, e int, set map[string]bool) bool {
	return sentenceAny(toks, s, e, func(k int) bool { return set[toks[k].norm] })
}

// sentenceAny reports whether fn holds for a token of the sentences that
// hold toks[s..e].
func sentenceAny(toks []token, s, e int, fn func(k int) bool) bool {
	start := s
	for start > 0 && !toks[start].sentence {
		start--
	}
	for k := start; k < len(toks) && (k <= e || !toks[k].sentence); k++ {
		if fn(k) {
			return true
		}
	}
	return false
}

var targetWords = wordSet("target goal baseline meta objetivo")

// alwaysBeen reports a sign told as how it has always been, in its
// sentence: "siempre ha sido así", "it's always been like that".
func alwaysBeen(toks []token, s int) bool {
	return sentenceAny(toks, s, s, func(k int) bool {
		w := toks[k].norm
		return (w == "siempre" || w == "always") && k+2 < len(toks) &&
			(toks[k+1].norm == "ha" || toks[k+1].norm == "been" || toks[k+1].norm == "has") && (toks[k+2].norm == "sido" || toks[k+2].norm == "been" || toks[k+2].norm == "like" || toks[k+2].norm == "asi") ||
			// A deficit left by an old event: "his face still droops …,
			// same as since then", "igual que desde el derrame".
			(w == "same" || w == "igual") && k+2 < len(toks) && (toks[k+1].norm == "as" || toks[k+1].norm == "que") && sameSince[toks[k+2].norm]
	})
}

// whenPast reports a sign told as the time of something else, in the
// past: "the nurse was so kind when my mom had the seizure in the lobby",
// "cuando mi esposo tuvo el stroke".
func whenPast(toks []token, s int) bool {
	k := nearestBefore(toks, s, 3, pastVerbs)
	return k >= 0 && !stateVerbs[toks[k].norm] && nearestBefore(toks, k, 5, whenWords) >= 0
}

var whenWords = wordSet("when cuando")

// sameSince words after "same as" date a sign to an old event.
var sameSince = wordSet("since before always desde antes siempre")

// afterBien words may follow a "bien" that says fine: "está bien ahora",
// "ya está bien y comiendo".
var afterBien = wordSet("ahora now ya gracias thanks y and pero but de del hoy today por con sin gracias " +
	"jugando comiendo durmiendo caminando") // "hoy está bien jugando y comiendo"

// stateVerbs are past verbs of a state, not of an event: "cuando volví
// en mí tenía un dolor" tells a pain still there.
var stateVerbs = wordSet("tenia estaba was")

// statedBefore words before "está bien" make it a statement, not the
// question "¿está bien?": "ya está bien", "y está bien", "ella está bien".
var statedBefore = wordSet("ya yes y el ella todo now ahora he she everything hoy today")

// billedVisit reports a message about the bill of a visit ("una factura
// de la visita a emergencias", "the statement for his ER visit"): the
// signs it tells are those of the visit billed.
func billedVisit(toks []token) bool {
	bill, visit := false, false
	for _, t := range toks {
		bill = bill || billWords[t.norm]
		visit = visit || visitWords[t.norm]
	}
	return bill && visit
}

// billedSign reports a sign a bill names, disputed: "my bill says
// 'overdose management' ??? I was there for a sprained ankle … the wrong
// code", "me cobraron una 'intoxicación'?? … Creo que es un error"
// (fresh390). A bill's word among the six before the sign, in its
// clause, and a dispute anywhere (not "its about my bill, also quick q, I
// took like 30 of my tylenol"), nor the event the bill is for ("the ER
// bill for when he swallowed a magnet", whose sign is read as seen to).
func billedSign(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-6; k-- {
		if billWords[toks[k].norm] {
			return !clauseBetween(toks, k, s) && !anyWord(toks, k+1, s-1, eventOpeners) && anyWordOf(toks, disputeWords)
		}
		if toks[k].sentence {
			break
		}
	}
	return false
}

var eventOpeners = wordSet("when cuando after despues while mientras")

var disputeWords = wordSet("wrong mistake mistaken error incorrect equivocado equivocada equivocacion incorrecto incorrecta " +
	"never nunca why cobran cubria covered") // fresh420: "I have never overdosed on anything??", "¿por qué me cobran 800 dólares?"

var (
	billWords  = wordSet("bill billed statement invoice charge charged factura facturaron cobro cobraron cuenta claim claims reclamo")
	visitWords = wordSet("visit visita er ed emergencias urgencias hospital ambulance ambulancia")
	// relativeSubject words open the clause of a past verb that follows a
	// sign: "the seizure she had", "el dolor que tuve".
	relativeSubject = wordSet("i he she they we you that que")
	afterWords      = wordSet("after despues tras")
	// determiners may stand between "after" and the sign: "after the",
	// "después de la", "después del".
	determiners = wordSet("the a an my his her their el la los las un una del de mi su sus")
)

// settledAround reports whether the sentence of the match s..e, or the
// next, says the patient is fine again: "had chest pain this morning,
// fine now".
func settledAround(toks []token, s, e int) bool {
	for s > 0 && !toks[s].sentence {
		s--
	}
	found := false
	// The sentence of the match and the next: "was in the ER last night
	// for his lips swelling. They stopped the pill and he's fine now."
	next := 0
	for k := s; k < len(toks) && (k <= e || !toks[k].sentence || next < 1); k++ {
		if k > e && toks[k].sentence && !listMarker(toks, k) {
			next++
		}
		w := toks[k].norm
		switch {
		case ongoing[w] && !(w == "since" && (k+1 >= len(toks) || toks[k+1].sentence || toks[k+1].clause || k > 0 && (settled[toks[k-1].norm] || toks[k-1].norm == "one" || toks[k-1].norm == "first"))) &&
			!(w == "still" && k+1 < len(toks) && stillAsking[toks[k+1].norm]):
			// "first one since March" counts the episodes, it keeps none going
			return false // "since this morning", "since then", "still": not over; "all good since." is over
		case cameBack(toks, k) && !negatedNear(toks, k):
			return false // "it went away but now it's back", "volvió otra vez"
		case settled[w] && !(k > 0 && askedOK[toks[k-1].norm] && !(k > 1 && statedBefore[toks[k-2].norm])) && !negatedNear(toks, k) &&
			!ownClaim(toks, k) && // "keeps saying he's fine": his claim, not a recovery
			!comparedNormal(toks, k) && // "mucho peor que un golpe normal"
			!(w == "safe" && k > 0 && safeAsThing[toks[k-1].norm]) && // "the gun safe was open": a box, no one safe
			!(w == "bien" && k+1 < len(toks) && !toks[k+1].clause && !afterBien[toks[k+1].norm]):
			// ("bien pálida" is "very pale": bien before a word of its own
			// clause is an intensifier, unless that word goes on the telling)
			found = true // "is that ok?" asks and "no veo bien" denies; neither says so ("ya está bien" does)
		case (recovered[w] || resolved[w] && w != "stopped" && !(w == "away" && articles[toks[k-1].norm]) && !tookAway(toks, k) && !missingThing(toks, k)) && !negatedNear(toks, k):
			found = true // "it went away", "ya se le quitó", "she's stable"; not "never went away", "he stopped breathing"
		case notAgain(toks, k):
			found = true // "hasn't happened again", "no le ha vuelto a pasar"
		case w == "came" && k+3 < len(toks) && toks[k+1].norm == "out" && toks[k+2].norm == "of" && toks[k+3].norm == "it":
			found = true // "came out of it normally"
		case w == "came" && k+1 < len(toks) && (toks[k+1].norm == "around" || toks[k+1].norm == "to" && (k+2 >= len(toks) || toks[k+2].clause || toks[k+2].norm == "and" || toks[k+2].norm == "after")):
			found = true // "he came around", "she came to after a minute"; not "came to the ER"
		case (w == "nada" || w == "nothing") && k > 0 && (toks[k-1].norm == "era" || toks[k-1].norm == "fue" || toks[k-1].norm == "was"):
			found = true // "no era nada", "it was nothing"
		case (w == "paso" || w == "quito") && k > 1 && toks[k-2].norm == "se" && (toks[k-1].norm == "me" || toks[k-1].norm == "le" || toks[k-1].norm == "nos" || toks[k-1].norm == "te") &&
			!(k+1 < len(toks) && (toks[k+1].norm == "pero" || toks[k+1].norm == "but")):
			found = true // "se me pasó", "se le quitó": it went away; not "ya se le pasó pero está muy confundida"
		case w == "salvo" && k > 0 && toks[k-1].norm == "a":
			found = true // "estoy a salvo con mi hermana"
		case w == "passed" && k > 0 && (toks[k-1].norm == "it" || toks[k-1].norm == "they") && !(k+1 < len(toks) && toks[k+1].norm == "out"):
			found = true // "but it passed in 15 min"; not "passed out"
		case w == "home" && k > 0 && (toks[k-1].norm == "been" || toks[k-1].norm == "back" || toks[k-1].norm == "came" || toks[k-1].norm == "sent"),
			(w == "salio" || w == "salió") && k+2 < len(toks) && toks[k+1].norm == "del" && toks[k+2].norm == "hospital":
			found = true // "been home a week after his heart attack", "salió del hospital"
		}
	}
	return found
}

// recovered words say a patient is over the worst ("she's stable and in
// rehab now"), unless negated.
var recovered = wordSet("stable estable recovering recuperando recuperandose")

// negatedNear reports a negation among the three words before k, in its
// clause: "never went away", "no se le quitó", "not stable".
func negatedNear(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && !toks[j+1].clause; j-- {
		if negations[toks[j].norm] || toks[j].norm == "wont" || toks[j].norm == "cant" {
			return true
		}
	}
	return false
}

// cameBack reports a sign told as back at k: "it's back", "back again",
// "again", "volvió", "otra vez", "de nuevo".
func cameBack(toks []token, k int) bool {
	w, prev := toks[k].norm, ""
	if k > 0 {
		prev = toks[k-1].norm
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if c := toks[j].norm; c == "if" || c == "si" {
			return false // "avisar si pasaba otra vez": if it comes back
		}
	}
	switch w {
	case "again", "volvio", "regreso", "returned", "recurred":
		return !(w == "again" && (prev == "happened" || prev == "happen" || prev == "thanks"))
	case "back":
		// "it's back"; not a person back ("he is back and doing fine",
		// "she's back home").
		if k >= 2 && (prev == "is" || prev == "s") && personSubject[toks[k-2].norm] {
			return false
		}
		if k+1 < len(toks) && (toks[k+1].norm == "home" || toks[k+1].norm == "to" || toks[k+1].norm == "at") {
			return false
		}
		return prev == "its" || prev == "is"
	case "vez":
		return prev == "otra"
	case "nuevo":
		return prev == "de"
	}
	return false
}

// notAgain reports "hasn't happened again" or "no le ha vuelto a pasar"
// at k: a sign over since.
func notAgain(toks []token, k int) bool {
	switch toks[k].norm {
	case "vuelto":
		return negatedNear(toks, k)
	case "again":
		return k > 0 && (toks[k-1].norm == "happened" || toks[k-1].norm == "happen") && negatedNear(toks, k-1)
	case "more":
		return k > 0 && toks[k-1].norm == "no" // "no more seizure"
	}
	return false
}

// childhood reports "he was 2", "she was little", "I was a teen", "era
// niño", "tenía 5 años" starting at k (before e): an age long past.
func childhood(toks []token, k, e int) bool {
	if k+1 <= e && (toks[k].norm == "era" || toks[k].norm == "tenia") {
		return young[toks[k+1].norm] || isNumber(toks[k+1].norm)
	}
	if k+2 <= e && (toks[k+1].norm == "was" || toks[k+1].norm == "were") {
		if n := k + 3; articles[toks[k+2].norm] && n <= e {
			// "when I was a teenager" (not "when he was a little
			// drunk", a degree)
			return youngNouns[toks[n].norm]
		}
		return young[toks[k+2].norm] || isNumber(toks[k+2].norm)
	}
	return false
}

// young words say a person was a child: see childhood.
var young = wordSet("little young baby kid child small toddler infant teen teenager pequeno pequena chiquito chiquita nino nina bebe chico chica joven")

// youngNouns are the young words that name a child after "a": "when I
// was a teen".
var youngNouns = wordSet("baby kid child toddler infant teen teenager boy girl")

// newPredicate words, after "and" or "but", begin a statement of their
// own rather than another item of a list.
var newPredicate = wordSet("has have is are now he she they i its hes shes im tiene tengo esta estoy ahora el ella")

// unitAfter reports a long unit of time after "hace" at k, past a number
// and such words as "más de", "como", "casi": "hace un año", "hace más de
// un año", "hace como dos años".
func unitAfter(toks []token, k, e int) bool {
	for j := k + 1; j <= e && j <= k+5; j++ {
		w := toks[j].norm
		switch {
		case longUnits[w]:
			return true
		case j > k+1 && !isNumber(w) && !amountWords[w]:
			return false
		}
	}
	return false
}

// givenBack reports "back" at k as a thing given or got back, not a
// time: "says i get it back when i do what he says" (not "he choked me
// back when we were together").
func givenBack(toks []token, k int) bool {
	return k >= 2 && (toks[k-1].norm == "it" || toks[k-1].norm == "them") && giveVerbs[toks[k-2].norm]
}

var giveVerbs = wordSet("get got give gave put take took bring brought getting giving")

// seasons name a year's seasons, in Spanish: "el verano pasado".
var seasons = wordSet("verano invierno primavera otono")

// amountWords may stand between "hace" and its unit.
var amountWords = wordSet("mas menos de un una unos unas como casi poco dos tres cuatro cinco seis siete ocho nueve diez varios varias muchos muchas")

// namedTimes are the times a clause can name of the one before it.
var namedTimes = wordSet("night day time weekend morning evening week")

// longAgo reports whether the clause holding s..e dates the sign long ago:
// "last year", "years ago", "in 2019", "history of", "hace dos años".
func longAgo(toks []token, s, e int) bool {
	// The clause around the sign, not the sentence: in "the bill from last
	// month, and my throat is closing" the date belongs to the bill.
	end := e
	start := s
	for s > 0 && !toks[s].clause {
		s--
	}
	if toks[start].paren {
		// A sign in parentheses belongs to the clause they explain:
		// "a reaction to lip filler two years ago (throat swelled,
		// EpiPen, ER, the whole thing)".
		for s > 0 && toks[s].paren {
			s--
		}
		for s > 0 && !toks[s].clause {
			s--
		}
	}
	// A clause that names a time of the one before is dated by it: "my
	// ER records from last year, the night I took too many pills".
	if s > 0 && toks[s].norm == "the" && s+1 < start && namedTimes[toks[s+1].norm] {
		for s--; s > 0 && !toks[s].clause; s-- {
		}
	}
	// A new predicate joined before the sign starts its own time: in
	// "almost died from a heart attack last year and has crushing chest
	// pain" the year is the heart attack's. ("In 2019 she had a stroke
	// and a heart attack" shares it.)
	for k := start - 1; k > s; k-- {
		if joins[toks[k].norm] && newPredicate[toks[k+1].norm] {
			s = k + 1
			break
		}
	}
	for sign := e; e+1 < len(toks) && !toks[e+1].clause && !((e+1 >= sign+4 || joins[toks[e].norm]) && newPastClause(toks, e+1)); {
		e++ // "my fingertips look blue and I had a clot last year": the year is the clot's
	}
	for k := s; k <= e; k++ {
		w := toks[k].norm
		next := ""
		if k+1 <= e {
			next = toks[k+1].norm
		}
		if (w == "since" || w == "desde") && k < start && k > s && longUnits[toks[k-1].norm] && next != "hace" {
			// "it's been a year since my overdose", "2 yrs since my suicide
			// attempt"; not an age before "desde hace": "mi mamá de 83 años
			// desde hace una hora no puede hablar" (fresh371).
			return true
		}
		if (w == "since" || w == "desde") && k > end {
			// "since last month", "since my husband passed last month",
			// "desde hace un año": still going on.
			return false
		}
		switch {
		case w == "past" && recentSpanAfter(toks, k):
			// "the past 2 days", "the past few hours", "in the past 15
			// minutes", "for the past half hour": recent.
		case w == "past" && !pastTime(toks, k, s):
			// "up past my knee": a place, not a time.
		case historyW[w]:
			return true
		case w == "last" && (longUnits[next] || next == "summer" || next == "winter" || next == "spring" || next == "fall" || next == "christmas"):
			return true
		case w == "ago" && k > s && (longUnits[toks[k-1].norm] || (k-1 > s && longUnits[toks[k-2].norm])):
			if justBefore(toks, s, k, 5, birthWords) {
				continue // "gave birth a month ago": the birth's date
			}
			return true
		case (w == "pasado" || w == "pasada") && k > s && (longUnits[toks[k-1].norm] || seasons[toks[k-1].norm]):
			return true // "el año pasado", "el verano pasado"
		case w == "hace" && unitAfter(toks, k, e):
			if k > s && toks[k-1].norm == "desde" {
				continue // "trasplante desde hace 5 meses": for five months
			}
			if justBefore(toks, s, k, 5, birthWords) || justBefore(toks, s, k, 3, regimenVerbs) {
				continue // "dio a luz hace un mes": the birth's date; "tomo prednisona hace años": for years
			}
			return true
		case w == "used" && next == "to":
			return true
		case w == "back" && next == "in" && k > 0 && goBackVerbs[toks[k-1].norm]:
			// "it wont go back in like it usually does": a place, not a
			// time.
		case w == "back" && (next == "in" || next == "when") && k+2 <= e && !toks[k+2].clause && !givenBack(toks, k):
			// "back in March", "back when I lived there"; not "put it
			// back in." nor "push back in. since...", nor a thing given
			// back ("says i get it back when i do what he says").
			return true
		case w == "back" && (next == "then" || k > s && (longUnits[toks[k-1].norm] || toks[k-1].norm == "while")):
			return true // "back then", "a few years back", "a while back"
		case (w == "when" || w == "cuando") && childhood(toks, k+1, e):
			return true // "when he was 2", "cuando era niño"
		case w == "as" && next == "a" && k+2 <= e && young[toks[k+2].norm] && toks[k+2].norm != "little",
			w == "de" && young[next] && next != "bebe" && next != "baby":
			return true // "as a child", "de niña"
		case (w == "in" || w == "en" || w == "was" || w == "fue" || w == "from" || w == "de" || w == "del") && len(next) == 4 && (strings.HasPrefix(next, "19") || strings.HasPrefix(next, "20")) &&
			(k >= start-8 || w != "from" && w != "de" && w != "del"): // (not "my records from 2019-2023 … fyi I took like 30 of my tylenol": the records' years)
			return true // "in 2019", "my last stroke was 2022", "records from 2019"
		case w == "out" && k > s && longUnits[toks[k-1].norm] && next == "from":
			return true // "3 yrs out from a suicide attempt"
		}
	}
	return false
}

// pastTime reports whether "past" at k (in a clause from s) is a time:
// "in the past", "past overdoses", "the past year"; not "up past my
// knee", "past the elbow".
func pastTime(toks []token, k, s int) bool {
	if k > s && (toks[k-1].norm == "the" || toks[k-1].norm == "in") {
		return true
	}
	return k+1 >= len(toks) || !placeAfter[toks[k+1].norm]
}

// placeAfter words after "past" make it a place: "past my knee", "going
// past him".
var placeAfter = wordSet("my his her your their our the a it that this there him them me us")

// monthDated reports a month named in the clause of the match s..e as
// the sign's date ("tuvo el ataque al corazón en junio", "his stroke in
// August"); "since March" is not a date past. With a past verb before the
// sign it is a sign gone by, for today rather than 911: the month may be
// this one.
func monthDated(toks []token, s, e int) bool {
	if e+1 < len(toks) && (months[toks[e+1].norm] || monthsShort[toks[e+1].norm]) && !toks[e+1].sentence {
		return true // "my ER visit for anaphylaxis (March)", "my heart attack Aug 2"
	}
	if e+3 < len(toks) && toks[e+1].norm == "on" && toks[e+2].norm == "the" && dayOrdinal(toks[e+3].norm) && !toks[e+1].sentence {
		return true // "admitted for the seizure on the 3rd"
	}
	cs, ce := clauseBounds(toks, s, e)
	for k := cs + 1; k <= ce; k++ {
		if (months[toks[k].norm] || monthsShort[toks[k].norm]) && monthBefore[toks[k-1].norm] {
			return true
		}
	}
	return false
}

// monthJustAfter reports a month dating the sign just after it: "a
// suicide attempt in April", "her overdose last March", "my heart attack
// Aug 2".
func monthJustAfter(toks []token, e int) bool {
	if e+1 < len(toks) && eventNouns[toks[e+1].norm] {
		e++ // "a suicide attempt in April"
	}
	isMonth := func(k int) bool {
		return k < len(toks) && !toks[k].sentence && (months[toks[k].norm] || monthsShort[toks[k].norm])
	}
	// (Not after a comma, nor a name: "a seizure, June is holding his head".)
	return isMonth(e+1) && toks[e+1].norm != "may" && !toks[e+1].clause && !(e+2 < len(toks) && nameVerbs[toks[e+2].norm]) ||
		e+2 < len(toks) && !toks[e+1].clause && monthBefore[toks[e+1].norm] && isMonth(e+2)
}

// nameVerbs after a month make it a person's name: "June is holding his
// head".
var nameVerbs = wordSet("is was has had said says holding called came")

// eventNouns name the event of the sign before them: "suicide attempt".
var eventNouns = wordSet("attempt attempts episode episodes attack attacks scare intento intentos")

var (
	months      = wordSet("january february march april may june july august september october november december enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre")
	monthBefore = wordSet("in en de last back early late mid visit visita on from")
	// monthsShort are the months' short forms that are no other word
	// ("may" and "mar" are).
	monthsShort = wordSet("jan feb apr jun jul aug sep sept oct nov dec")
)

// dayOrdinal reports a day of the month written as an ordinal: "3rd",
// "21st".
func dayOrdinal(w string) bool {
	n := len(w)
	if n < 3 || n > 4 {
		return false
	}
	for _, c := range w[:n-2] {
		if c < '0' || c > '9' {
			return false
		}
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// justBefore reports a word of set among the n words before toks[k],
// from s on (soonAfter's counterpart).
func justBefore(toks []token, s, k, n int, set map[string]bool) bool {
	for j := max(s, k-n); j < k; j++ {
		if set[toks[j].norm] {
			return true
		}
	}
	return false
}

// birthWords, just before a date, make it the date of a birth ("dio a luz
// hace un mes") or a transplant ("liver transplant 3 months ago"), which
// is why the weeks after it are dangerous, not the date of the sign told
// later.
var birthWords = wordSet("luz birth delivered delivery born parto nacio naciste cesarea csection section transplant trasplante trasplantado trasplantada")

// regimenVerbs, just before "hace", make it tell how long something has
// gone on, not when it happened ("tomo prednisona hace años y la
// dejé...").
var regimenVerbs = wordSet("tomo toma tomamos uso usa usamos llevo lleva")

// ownClaim reports a word of recovery at k said as a patient's own claim,
// "keeps saying he's fine", "insiste que está bien", which settles nothing;
// a clinician's saying so ("the vet says he's fine") does.
func ownClaim(toks []token, k int) bool {
	j := nearestBefore(toks, k, 3, claimWords)
	return j >= 0 && !(j > 0 && (seenBy[toks[j-1].norm] || toks[j-1].norm == "vet" || toks[j-1].norm == "they"))
}

var claimWords = wordSet("says saying said insists insisting claims claiming dice diciendo insiste")

// figurativeKiller reports "kill me" (or her, him) said of a thing, a task
// or a trainer among the six words before it: "this VA paperwork is gonna kill me",
// "the new spin instructor is trying to kill me", "este papeleo me va a
// matar". People threaten; paperwork does not.
func figurativeKiller(toks []token, s, e int) bool {
	k := -1
	for j := s; j <= e; j++ {
		if (toks[j].norm == "kill" || toks[j].norm == "matar") && (j+1 < len(toks) && killedObjects[toks[j+1].norm] || j > 0 && killedObjects[toks[j-1].norm]) {
			k = j
			break
		}
	}
	if k < 0 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6 && !toks[j+1].clause; j-- {
		if personSubjects[toks[j].norm] {
			return false // "coming up the stairs saying hes gonna kill us": he kills, not the stairs
		}
		if figurativeSubjects[toks[j].norm] || littleKillers[toks[j].norm] || petWords[toks[j].norm] && anyWordOf(toks, allergyWords) {
			return true // "i think my new cat is trying to kill me. sneezing nonstop" (fresh430)
		}
	}
	return false
}

var (
	petWords     = wordSet("cat cats kitten dog dogs puppy gato gata perro perrito gatito")
	allergyWords = wordSet("sneezing sneeze allergy allergic allergies itchy alergia alergico alergica estornudos")
)

// personSubjects are the people who may be the subject of a killing
// between a thing and "kill".
var personSubjects = wordSet("he hes she shes they theyre him el ella ellos someone somebody guy man woman")

// killedObjects are who a figurative killer is said to kill: the writer,
// or the one whose words are told ("her new pill organizer is trying to
// kill her", fresh386).
var killedObjects = wordSet("me her him la lo")

var figurativeSubjects = wordSet("factura facturas bill invoice cobro paperwork papeleo forms formularios homework tarea tareas instructor instructora trainer " +
	"coach entrenador entrenadora workout workouts class clase clases rutina routine diet dieta stairs escaleras commute " +
	"traffic trafico heat calor humidity taxes impuestos deductible deducible bills cuentas insurance " +
	"portal app website pagina contrasena password computadora computer sistema organizer organizador pastillero lids tapas " +
	"exam exams test tests finals midterm midterms quiz essay examen examenes parcial parciales")

// littleKillers are the small children a tired parent says are "trying to
// kill me" (fresh352: "lol this baby is trying to kill me, up every 45 min
// all night"); only as the killer, never as what is died over ("se va a
// aventar con el bebé" is a danger to both).
var littleKillers = wordSet("baby bebe newborn toddler twins teething")

// diesOverAThing reports a wish to die said of a thing just after it, as
// one says of a nuisance: "ya me quiero morir con este portal" (not with a
// means or an hour told: "me quiero morir con esta factura del hospital,
// ya tengo las pastillas de mi mamá juntas para esta noche").
func diesOverAThing(toks []token, e int) bool {
	if e+2 < len(toks) && (toks[e+1].norm == "cada" || toks[e+1].norm == "every") && (toks[e+2].norm == "lunes" || toks[e+2].norm == "monday" || toks[e+2].norm == "mondays") {
		return true // "de verdad que me quiero morir cada lunes 😩" (fresh413): a week's start, sighed over
	}
	if e+3 >= len(toks) || toks[e+1].norm != "con" && toks[e+1].norm != "over" && toks[e+1].norm != "with" || anyWordOf(toks, meansWords) || nowTold(toks) {
		return false
	}
	d, w := toks[e+2].norm, toks[e+3].norm
	return (d == "este" || d == "esta" || d == "el" || d == "la" || d == "this" || d == "the" || d == "tanta" || d == "tanto" || d == "tantas" || d == "tantos") &&
		(figurativeSubjects[w] || diedWith[w])
}

// diedWith are the nuisances one "could die with" that are no killers
// (see figurativeKiller: "seguro" is also "surely", "trabajo" a work):
// "me quiero morir con este seguro", "con esta chamba jaja" (fresh387,
// fresh389).
var diedWith = wordSet("seguro chamba jale trabajo curro laburo pega job alergia alergias allergy allergies gripe resfriado catarro tos") // "me quiero morir con esta alergia pero no es urgente" (fresh430)

// aThingNext reports a nuisance named right after a wish to die, without
// a preposition, as teenagers write it: "kms this chem exam", "kms these
// finals".
func aThingNext(toks []token, e int) bool {
	if techNext(toks, e) {
		return true
	}
	if e+1 >= len(toks) || toks[e+1].clause || !thisWords[toks[e+1].norm] {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+4 && !toks[k].clause; k++ {
		if figurativeSubjects[toks[k].norm] {
			return true
		}
	}
	return false
}

var thisWords = wordSet("this these este esta estos estas")

// techNext reports a wish to die followed at once, in the next clause, by
// a computer's nuisance, the way one sighs over it: "ugh i want to die,
// portal logged me out again" (fresh383). Not with a means or a time of
// now in the message.
func techNext(toks []token, e int) bool {
	k := e + 1
	if k < len(toks) && toks[k].clause && determiners[toks[k].norm] {
		k++ // "…, the app crashed"
	}
	return k < len(toks) && k <= e+2 && toks[e+1].clause && techNuisances[toks[k].norm] && !anyWordOf(toks, meansWords) && !nowTold(toks)
}

// techBefore reports a wish to die said of a computer's nuisance just
// before it in its sentence: "the portal is so bad i want to die 😭 it ate
// my intake form three times" (fresh421). Not with a means or a time of
// now in the message.
func techBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-6 && !toks[k+1].sentence; k-- {
		if techNuisances[toks[k].norm] {
			// A complaint about it between: not "found on her laptop: how
			// many tylenol to die".
			return anyWord(toks, k+1, s-1, complaintWords) && !anyWordOf(toks, meansWords) && !nowTold(toks)
		}
	}
	return false
}

var complaintWords = wordSet("bad slow broken annoying stupid horrible terrible awful useless malo mala lento lenta horrible pesimo pésimo")

// nowTold reports a word of now: "now", "tonight", "ahorita", "right now"
// (not "right when i was paying").
func nowTold(toks []token) bool {
	for k, t := range toks {
		if nowAnchors[t.norm] && (t.norm != "right" || k+1 < len(toks) && (toks[k+1].norm == "now" || toks[k+1].norm == "here")) {
			return true
		}
	}
	return false
}

var techNuisances = wordSet("portal app website pagina password contrasena computer computadora login wifi laptop printer")

// yearBefore reports a sign told after a stay or a visit dated by a year,
// "my hospital stay in 2019 (after my overdose)": "after" (and a
// possessive) just before the sign, a year among the four words before.
func yearBefore(toks []token, s int) bool {
	if s > 1 && isYear(toks[s-1].norm) && determiners[toks[s-2].norm] && !toks[s].clause && !toks[s].sentence {
		return true // "incl. the 2022 overdose admission" (fresh405); not "DOB 4 12 1951 I'm at the bridge"
	}
	k := s - 1
	if k >= 0 && possessivesW[toks[k].norm] {
		k--
	}
	if k < 1 || !afterWords[toks[k].norm] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if isYear(toks[j].norm) {
			return true
		}
	}
	return false
}

// isYear reports a word that is a year of the last two centuries: "2019".
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isDigits(w)
}

// yearAfter reports a sign dated by a year right after it: "my overdose
// back in 2022", "el infarto en 2019". An event of a past year is long
// past, whatever the rest of the sentence says now.
func yearAfter(toks []token, e int) bool {
	if e+1 < len(toks) && toks[e+1].norm == "before" && (e+2 == len(toks) || toks[e+2].clause || toks[e+2].sentence) && !toldBefore[toks[e].norm] {
		return true // a history: "mi abuela have stroke before, she in rehab now"; not "wanted someone to know before"
	}
	for k := e + 1; k < len(toks) && k <= e+3; k++ {
		if toks[k].clause && k > e+1 {
			return false
		}
		w := toks[k].norm
		if isYear(w) {
			p := toks[k-1].norm
			// "in 2019", "(overdose, march 2023)", or the year right after
			// the sign: "my mother have the stroke 2019".
			return p == "in" || p == "en" || p == "of" || p == "de" || p == "del" || months[p] || k == e+1
		}
		if months[w] {
			continue
		}
		if w != "back" && w != "in" && w != "en" && w != "allá" && w != "alla" && w != "of" && w != "de" && w != "del" {
			return false
		}
	}
	return false
}

// toldBefore end a leave-taking that a bare "before" follows: "just
// wanted someone to know before".
var toldBefore = wordSet("know tell say goodbye bye see")

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// treatedSince reports a sign dated days or more back ("3 weeks ago",
// "hace dos semanas") with its treatment told in the same sentence ("got
// antivenom", "la atendieron", "was admitted"): an event seen to.
func treatedSince(toks []token, s, e int) bool {
	return datedBack(toks, s, e) && sentenceAny(toks, s, e, func(k int) bool { return treatmentWords[toks[k].norm] })
}

// datedBack reports a sign dated days or more back in its sentence: "3
// weeks ago", "hace dos semanas", "hace una semana".
func datedBack(toks []token, s, e int) bool {
	return sentenceAny(toks, s, e, func(k int) bool {
		w := toks[k].norm
		return w == "ago" && k > 0 && (longUnits[toks[k-1].norm] || daysBack[toks[k-1].norm]) ||
			w == "hace" && k+2 < len(toks) && (longUnits[toks[k+2].norm] || daysBack[toks[k+2].norm]) ||
			w == "hace" && k+3 < len(toks) && roughly[toks[k+1].norm] && (longUnits[toks[k+3].norm] || daysBack[toks[k+3].norm]) // "hace como 10 días"
	})
}

var (
	daysBack       = wordSet("weeks week days semanas semana dias")
	roughly        = wordSet("como unos unas casi about around like")
	treatmentWords = wordSet("antivenom antivenin antiveneno antiveneno treated tratado tratada atendieron admitted internaron " +
		"hospitalized hospitalizado hospitalizada discharged detox rehab desintoxicacion")
)

// wellSince reports a sign dated to a day before today and the patient
// well since then, said after it: "se cayó de la bici el sábado y se pegó
// en la cabeza … vomitó una vez … Desde entonces está perfecto" (fresh387),
// "since then she's been fine". Not with a turn after the well word
// ("… pero hoy vomitó", "but now").
func wellSince(toks []token, s, e int) bool {
	if !datedBack(toks, s, e) && !sentenceAny(toks, s, e, func(k int) bool {
		return weekdays[toks[k].norm] || toks[k].norm == "yesterday" || toks[k].norm == "ayer"
	}) {
		return false
	}
	for k := e + 1; k+1 < len(toks) && k <= e+40; k++ {
		if !(toks[k].norm == "desde" && toks[k+1].norm == "entonces" || toks[k].norm == "since" && toks[k+1].norm == "then") {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+5 && !toks[j].sentence; j++ {
			if negations[toks[j].norm] {
				return false
			}
			if wellWords[toks[j].norm] {
				return !anyWord(toks, j+1, len(toks)-1, turnAfterWell)
			}
		}
		return false
	}
	return false
}

var (
	wellWords     = wordSet("perfecto perfecta bien normal fine great perfect ok okay good")
	turnAfterWell = wordSet("pero but until hasta except excepto now ahora ahorita hoy today tonight anoche")
)

// quietSince reports a sign dated days back and none since, in the
// sentences after it: "hace una semana … me dio un dolorcito en el pecho
// … Ya no he tenido nada desde entonces", "nothing since then", "hasn't
// happened again", "no ha vuelto a pasar".
func quietSince(toks []token, s, e int) bool {
	if !datedBack(toks, s, e) {
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+25; k++ {
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].norm
		}
		if w := toks[k].norm; (w == "desde" && next == "entonces" || w == "since" && (next == "then" || next == "" || k+1 < len(toks) && toks[k+1].sentence) || w == "again" || w == "vuelto") &&
			nearestBefore(toks, k, 6, negations) >= 0 {
			return true
		}
	}
	return false
}

// comparedNormal reports "normal" at k naming a thing compared with, not a
// recovery: "way worse than a normal bruise", "peor que un golpe normal".
func comparedNormal(toks []token, k int) bool {
	if toks[k].norm != "normal" {
		return false
	}
	if k > 0 && (toks[k-1].norm == "like" || toks[k-1].norm == "as") {
		return true // "isn't responding to me like normal": as usual, not well
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if w := toks[j].norm; w == "than" || w == "que" {
			return true
		}
	}
	return false
}

// daysBackAfter reports a sign dated days or weeks back right after it,
// in Spanish: "me ahorcó hace como 3 semanas", "se desmayó hace dos días".
func daysBackAfter(toks []token, e int) bool {
	k := e + 1
	if k >= len(toks) || toks[k].norm != "hace" || toks[k].clause {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4 && !toks[j].clause; j++ {
		switch w := toks[j].norm; {
		case w == "dias" || w == "semanas" || w == "semana" || longUnits[w]:
			return true
		case !isNumber(w) && !amountWords[w] && w != "como" && w != "unos" && w != "unas" && w != "mas":
			return false
		}
	}
	return false
}

// visitFor reports a sign named as what a visit or a stay was for, just
// before it: "my ER visit for anaphylaxis", "the visit for a seizure", "la
// visita por el desmayo".
func visitFor(toks []token, s int) bool {
	if toks[s].paren {
		// "ambulance transport 6/12 (anaphylaxis) denied" (fresh405)
		for j := s - 1; j >= 0 && j >= s-4 && !toks[j+1].sentence; j-- {
			if !toks[j].paren && (toks[j].norm == "transport" || toks[j].norm == "visit" || toks[j].norm == "admission" || toks[j].norm == "stay" || toks[j].norm == "transporte" || toks[j].norm == "visita") {
				return true
			}
		}
	}
	k := s - 1
	if k >= 0 && determiners[toks[k].norm] {
		k--
	}
	if k < 1 || toks[k].norm != "for" && toks[k].norm != "por" {
		return false
	}
	// "my ER visit for", "her ER stay in March for the stroke"
	for j := k - 1; j >= 0 && j >= k-4 && !toks[j+1].clause; j-- {
		switch toks[j].norm {
		case "visit", "visita", "stay", "admission", "hospitalization", "internacion", "consulta", "hospitalizacion", "ingreso", "transport", "transporte":
			return true
		}
	}
	return false
}

// personSubject are the subjects of "is back" said of a person.
var personSubject = wordSet("he she they and")

// listMarker reports a number standing alone as a sentence, the marker of
// a numbered list ("2. It went away"): no sentence of its own.
func listMarker(toks []token, k int) bool {
	return isNumber(toks[k].norm) && len(toks[k].norm) <= 2 && k+1 < len(toks) && toks[k+1].sentence
}

// dayBefore reports a sign dated a day or more back in its sentence:
// "yesterday", "ayer", "2 days ago", "hace dos días".
func dayBefore(toks []token, s, e int) bool {
	for s > 0 && !toks[s].sentence {
		s--
	}
	for k := s; k < len(toks) && (k <= e || !toks[k].sentence); k++ {
		switch w := toks[k].norm; {
		case w == "yesterday" || w == "ayer" || w == "anteayer":
			return true
		case w == "ago" && k > 0 && dayUnits[toks[k-1].norm]:
			return true
		case w == "hace" && k+2 < len(toks) && (toks[k+2].norm == "dias" || toks[k+2].norm == "semanas"):
			return true
		}
	}
	return false
}

// stillAsking follow a "still" that asks about what to do, not a sign
// going on: "Still need come back for follow up?".
var stillAsking = wordSet("need needs have want wondering waiting necesito tengo")

// newPastClause reports "I had" opening a clause that no punctuation
// marks, as in a voice note, some words after the sign (not "the chest
// pain I had last month", a relative clause): "… I can't catch my breath
// I had that pulmonary embolus last year": the year is the embolus's.
func newPastClause(toks []token, k int) bool {
	return k+1 < len(toks) && pastSubjects[toks[k].norm] && (toks[k+1].norm == "had" || toks[k+1].norm == "tuve" || toks[k+1].norm == "tuvo")
}

// pastSubjects open a clause of their own past: "I had", "and he had a UTI
// last month" (the month is the UTI's).
var pastSubjects = wordSet("i he she we they")

// weeksAway reports a time in weeks or months just after the match ending
// at e: "runs out in about 3 weeks", "se acaba en un mes".
func weeksAway(toks []token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+4 && !toks[k].clause; k++ {
		if laterUnits[toks[k].norm] {
			return true
		}
	}
	return false
}

var laterUnits = wordSet("week weeks month months semana semanas mes meses")

// goBackVerbs before "back in" make it a movement: "go back in", "push it
// back in".
var goBackVerbs = wordSet("go goes went going push pushed pushing put get got come came pop popped slide")

// recentSpanAfter reports a recent span after "past" at k: "the past 2
// days", "the past few hours", "the past half an hour", "the past couple
// of hours".
func recentSpanAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		w := toks[j].norm
		if recentUnits[w] {
			return true
		}
		if !isNumber(w) && w != "half" && w != "an" && w != "a" && w != "couple" && w != "of" && w != "few" {
			return false
		}
	}
	return false
}
