package triage

import "strings"

// Readings of a sign's extent and course: a burn's blisters on one hand,
// a face's swelling (no droop), a breast hard and hot (no limb), a chest
// tightness that comes with a trigger and goes, a present sign compared
// with a dated past one, a sign that is a diagnosis someone gave.

// handBlistersOnly reports a burn's blisters told on one hand of an adult
// and nowhere else: "me quemé la mano con aceite hirviendo … ampollas
// grandes en la palma" (fresh384, and three sets before it, every writer
// labelling it for a clinician today). A child's burn, both hands, the
// face, a limb or the chest, and skin gone white, leathery, charred or
// painless stay emergencies.
func handBlistersOnly(toks []token, s, e int) bool {
	blistered := false
	for k := s; k <= e; k++ {
		blistered = blistered || strings.HasPrefix(toks[k].norm, "blister") || strings.HasPrefix(toks[k].norm, "ampolla")
	}
	if !blistered {
		return false
	}
	hand := false
	for k, t := range toks {
		switch {
		case burnBeyondAHand[t.norm] || burnChild[t.norm]:
			return false
		case burnPain[t.norm] && (k > 0 && negations[toks[k-1].norm] || k > 1 && negations[toks[k-2].norm]):
			return false // "ya no le duele", "it don't hurt now"
		case oneHand[t.norm]:
			hand = true
		}
	}
	return hand
}

var (
	oneHand         = wordSet("hand mano palm palma finger fingers dedo dedos thumb pulgar")
	burnBeyondAHand = wordSet("hands manos arm arms brazo brazos elbow codo wrist muneca face cara chest pecho leg legs pierna piernas back espalda belly stomach panza barriga neck cuello foot feet pie pies whole entire toda todo white blanca blanco leathery charred negra negro dura duro")
	burnChild       = wordSet(strings.ReplaceAll(childWords, "|", " ") + " infant toddler anos")
	burnPain        = wordSet("hurt hurts duele dolor")
)

// swellingWords make a one-sided face a swelling, not a stroke's droop:
// "woke up with my upper lip a bit puffy on one side" (fresh394).
var swellingWords = wordSet("puffy swollen swelling swelled swells hinchado hinchada hinchazon inflamado inflamada")

// comesAndGoesWith reports a sign that, in its sentence, comes with a
// trigger and goes: "my chest gets tight when my boss emails but it goes
// away, no pain" (fresh392). Not with a word of now between: "gets tight
// when I walk and right now it won't go away".
func comesAndGoesWith(toks []token, e int) bool {
	trigger := false
	for k := e + 1; k < len(toks) && !toks[k].sentence; k++ {
		w := toks[k].norm
		switch {
		case nowWords[w]:
			return false
		case w == "when" || w == "whenever" || w == "cuando" || w == "everytime":
			trigger = true
		case trigger && (w == "away" && k > 0 && (toks[k-1].norm == "goes" || toks[k-1].norm == "go") || w == "passes" || w == "quita" || w == "pasa"):
			return !(k > 1 && negations[toks[k-2].norm])
		}
	}
	return false
}

// likeLastOne reports a sign compared, just after it, with a past one
// whose date follows: "I think I might be having a heart attack like my
// last one in 2015" (fresh393), "como la última vez, en 2019". The date
// is the past one's, not this sign's; "a stroke like 3 years ago" and "a
// nosebleed like last month" are dated.
func likeLastOne(toks []token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+3 && !toks[k].clause; k++ {
		if w := toks[k].norm; w != "like" && w != "como" && w != "same" && w != "igual" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3 && !toks[j].clause; j++ {
			if pastOne[toks[j].norm] && (j+1 < len(toks) && pastOnes[toks[j+1].norm] || toks[j].norm == "anterior") {
				return true
			}
		}
		return false
	}
	return false
}

var (
	pastOne  = wordSet("last previous other ultimo ultima anterior")
	pastOnes = wordSet("one time episode attack vez uno una")
)

// breastParts make a part "rock hard", red and hot a breast's (mastitis),
// not a limb's compartment (fresh399).
var breastParts = wordSet("breast breasts boob boobs pecho seno senos teta tetas nipple nipples pezon pezones")

// diagnosisGiven reports a sign named as what someone said it was: "they
// said it was a miscarriage and to get my hcg rechecked" (fresh399), "me
// dijeron que fue un infarto". A diagnosis of an event seen to.
func diagnosisGiven(toks []token, s int) bool {
	k := s - 1
	if k >= 0 && (toks[k].norm == "a" || toks[k].norm == "an" || toks[k].norm == "un" || toks[k].norm == "una") {
		k--
	}
	if k < 2 || !(toks[k].norm == "was" || toks[k].norm == "fue" || toks[k].norm == "era") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && !toks[j+1].clause; j-- {
		if diagnosedBy[toks[j].norm] {
			return true
		}
	}
	return false
}

var diagnosedBy = wordSet("said told dijeron dijo confirmed confirmaron diagnosed")

// oldSign reports a sign called old: "wound care for Mr. Jacobs (old
// gunshot wound, leg, 2021)" (fresh405), "una herida antigua".
func oldSign(toks []token, s int) bool {
	// An article or a possessive before "old", or "old" opening a
	// parenthesis: not "my 2 year old swallowed", whose "old" is an age.
	return s > 1 && oldSignWords[toks[s-1].norm] && (determiners[toks[s-2].norm] || toks[s-2].norm == "an" || toks[s-1].paren && !toks[s-2].paren) ||
		s+1 < len(toks) && (toks[s+1].norm == "antigua" || toks[s+1].norm == "antiguo")
}

var oldSignWords = wordSet("old healed antigua antiguo")

// wheneverSaid reports a heart attack said to come whenever something
// happens, just after it: "Sam tells us he's 'having a heart attack'
// whenever he gets anxious, sometimes 3x a week" (fresh405), "cada vez
// que". A habit of the words, for a clinician today. (Only of the words
// "heart attack": ribs that sink "cada vez que respira" are a sign each
// breath, and "cada vez más" is worse.)
func wheneverSaid(toks []token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+3 && !toks[k].clause; k++ {
		if w := toks[k].norm; w == "whenever" || w == "everytime" || w == "cada" && k+2 < len(toks) && toks[k+1].norm == "vez" && toks[k+2].norm == "que" {
			return true
		}
	}
	return false
}

// reportExplained reports a sign a report says, in a message asking what
// it means: "Could someone explain my ultrasound report? It says 'small
// subchorionic hemorrhage' and I've been googling" (fresh404), "el
// resultado dice … ¿qué significa?". A finding read, not a sign felt.
func reportExplained(toks []token, s int) bool {
	says := false
	for k := s - 1; k >= 0 && k >= s-5 && !toks[k+1].sentence; k-- {
		says = says || reportSays[toks[k].norm]
	}
	return says && anyWordOf(toks, reportWords) && anyWordOf(toks, explainWords)
}

var (
	reportSays   = wordSet("says dice reads shows muestra indica")
	reportWords  = wordSet("report reports result results ultrasound scan mri ct xray informe reporte resultado resultados ecografia ultrasonido resonancia tomografia radiografia")
	explainWords = wordSet("explain explica explicar explicarme mean means meaning significa googling googled")
)

// affairsWords and estatePlanning: affairs put in order with a lawyer or a
// notary are an estate planned, not a farewell (fresh410).
var (
	affairsWords   = wordSet("affairs asuntos")
	estatePlanning = wordSet("lawyer lawyers attorney abogado abogada notary notario notaria estate testamento")
)

// drownedIn reports "ahogando" said of a load of work or debts, or of the
// heat: "me estoy ahogando en trabajo jaja" (fresh415), "drowning in
// paperwork", "me ahogo de calor".
func drownedIn(toks []token, s int) bool {
	if s+2 >= len(toks) || !strings.HasPrefix(toks[s].norm, "ahog") && toks[s].norm != "drowning" {
		return false
	}
	next, load := toks[s+1].norm, toks[s+2].norm
	return (next == "en" || next == "in") && drownedLoads[load] ||
		next == "de" && (load == "calor" || load == "risa" || load == "tanto" || load == "tanta") // "Me ahogo de calor en esa sala de espera" (fresh428)
}

var drownedLoads = wordSet("trabajo chamba deudas deuda papeles tareas pendientes correos work paperwork emails bills debt homework")

// documentSays reports a sign a paper names, "says" just before it: "my
// cardiology referral says 'chest pain, r/o CAD' on it. That's from the ER
// visit in January, I'm totally fine now" (fresh420), "el recordatorio
// dice …". Not when a later word says it is back ("… and it came back
// again").
func documentSays(toks []token, s int) bool {
	says := -1
	for k := s - 1; k >= 1 && k >= s-4 && !toks[k+1].sentence; k-- {
		if reportSays[toks[k].norm] {
			says = k
			break
		}
	}
	if says < 0 || !(documentWords[toks[says-1].norm] || says > 1 && documentWords[toks[says-2].norm]) {
		return false
	}
	return !anyWord(toks, s, len(toks)-1, backAgainWords)
}

var (
	documentWords  = wordSet("referral form letter reminder recordatorio summary avs order orden chart referencia carta formulario") // (not a label: "Label says sodium hydroxide drain cleaner" names what was drunk, probe149)
	backAgainWords = wordSet("again back volvio regreso otra")
)

// paperworkFor reports a sign named as what paperwork is for: "Disability
// paperwork for my stroke" (fresh425), "el formulario para mi infarto".
func paperworkFor(toks []token, s int) bool {
	k := s - 1
	if k >= 0 && determiners[toks[k].norm] {
		k--
	}
	if k < 1 || toks[k].norm != "for" && toks[k].norm != "para" && toks[k].norm != "de" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && !toks[j+1].clause; j-- {
		if paperWords[toks[j].norm] {
			return true
		}
	}
	return false
}

var paperWords = wordSet("paperwork papeleo form forms formulario formularios disability discapacidad claim application solicitud")

// leaveForWork reports "won't let us leave" said of a desk, a lunch or a
// shift: "won't let us leave our desks for lunch lol" (fresh422).
func leaveForWork(toks []token, e int) bool {
	if toks[e].norm != "leave" {
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+3 && !toks[k].clause; k++ {
		if workLeave[toks[k].norm] {
			return true
		}
	}
	return false
}

var workLeave = wordSet("desk desks lunch early work office shift break breaks class")

// safeNow reports the writer saying they are safe: "He's out of state till
// next month so I'm safe" (fresh422), "ya estoy a salvo". Not denied ("I'm
// not safe").
func safeNow(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		w, p := toks[k].norm, toks[k-1].norm
		if w == "safe" && (p == "im" || p == "am" || p == "were" || p == "feel") || w == "salvo" && p == "a" && k > 1 && (toks[k-2].norm == "estoy" || toks[k-2].norm == "estamos") {
			return true
		}
	}
	return false
}

// couldntThen reports a breath lost told in the past tense in a message
// dated by a month or a year: "insurance denied the ambulance ride from
// when I had the asthma attack in june … I literally couldnt breathe"
// (fresh425).
func couldntThen(toks []token, s int) bool {
	if toks[s].norm != "couldnt" && !(toks[s].norm == "could" && s+1 < len(toks) && toks[s+1].norm == "not") {
		return false
	}
	for _, t := range toks {
		if months[t.norm] || isYear(t.norm) || t.norm == "ago" {
			return true
		}
	}
	return false
}

// ifAskedAhead reports an "if" or "si" up to six words before the sign at
// s, with no past verb between and no last night in the sentence: a case
// put ahead ("if my husband has another heart attack", "si mi papá se
// pone morado otra vez"), not a preface ("if anybody actually reads these
// he had his hands on my throat again last night", probe317).
func ifAskedAhead(toks []token, s int) bool {
	k := -1
	for j := s - 1; j >= 0 && j >= s-6 && !toks[j+1].sentence; j-- {
		if toks[j].norm == "if" || toks[j].norm == "si" {
			k = j
			break
		}
	}
	if k < 0 || anyWord(toks, k+1, s, pastVerbs) {
		return false
	}
	for j := k; j < len(toks) && !(j > k && toks[j].sentence); j++ {
		if w := toks[j].norm; w == "last" || w == "anoche" || w == "ayer" || w == "yesterday" {
			return false
		}
	}
	return true
}

// againAfter reports "again" or "otra vez" among the four words after the
// sign at s, in its clause: a case that has come before, imagined again
// ("si mi papá se pone morado otra vez como la vez pasada", fresh425).
func againAfter(toks []token, s int) bool {
	for k := s + 1; k < len(toks) && k <= s+4 && !toks[k].clause; k++ {
		if toks[k].norm == "again" || toks[k].norm == "otra" && k+1 < len(toks) && toks[k+1].norm == "vez" {
			return true
		}
	}
	return false
}

// waterBottle reports a "water broke" that a bottle, a few words on, turns
// into a joke: "lol my water broke... the water bottle in my hospital bag
// leaked all over everything" (fresh423).
func waterBottle(toks []token, s, e int) bool {
	if !anyWord(toks, s, e, waterWords) {
		return false
	}
	return anyWord(toks, e+1, min(e+6, len(toks)-1), bottleWords)
}

var (
	waterWords  = wordSet("water agua")
	bottleWords = wordSet("bottle botella")
)

// suddenWords tell a sign as just come: "Just now I stood up and suddenly
// couldn't breathe" (probe248) is no past told.
var suddenWords = wordSet("suddenly sudden just derepente repente")

// wishWords before "doesn't wake up" make it a wish: "hopes she just
// doesn't wake up one of these mornings" (fresh424).
var wishWords = wordSet("hope hopes hoping wish wishes ojala ojalá")

// periodWords make a "bleeding out" a period's: for a clinician today
// unless its own rule (a pad an hour or faster, clots like a fist) says
// more.
var periodWords = wordSet("period periods regla menstruation menstruacion menstrual")

// faintedWords keep a period's bleeding an emergency: "she fainted at
// school. She's white as a sheet" (probe178).
var faintedWords = wordSet("fainted faint fainting passed desmayo desmayó desmaya white pale palida pálida palido")

// figurativeTruck reports a vehicle's blow said as a feeling or asked of
// oneself: "did i get hit by a truck or is this mono" (fresh430), "feel
// like I got hit by a bus".
func figurativeTruck(toks []token, s, e int) bool {
	return anyWord(toks, s, e, vehicleWords) && nearestBefore(toks, s, 4, feelAsked) >= 0
}

var (
	vehicleWords = wordSet("truck bus train camion camión tren")
	feelAsked    = wordSet("feel feels felt feeling like did siento")
)

// bleedingEased reports a bleeding told as stopped after a while or
// slowed to an ooze: "took 30+ min of pinching to stop" (fresh429), "it's
// slowed but still oozing", "tardó media hora en parar".
func bleedingEased(toks []token) bool {
	for k, t := range toks {
		switch t.norm {
		case "took", "tardo":
			for j := k + 1; j < len(toks) && j <= k+8 && !toks[j].sentence; j++ {
				if w := toks[j].norm; w == "stop" || w == "parar" || w == "stopped" {
					return true
				}
			}
		case "slowed", "slowing":
			if !(k > 0 && negations[toks[k-1].norm] || k > 1 && negations[toks[k-2].norm]) {
				return true // not "it isn't slowing down"
			}
		}
	}
	return false
}

// unstoppedWords say a bleeding goes on regardless: "won't stop", "still
// pouring", "no para".
var unstoppedWords = wordSet("pouring soaking gushing spurting chorros wont")
