package triage

import "strings"

// Readings of a sign's extent and course (the twenty-fifth session's
// sets): a burn's blisters on one hand, a face's swelling (no droop), a
// breast hard and hot (no limb), a chest tightness that comes with a
// trigger and goes, a present sign compared with a dated past one, a sign
// called old, a bleeding that eased, a period's bleeding, a case put
// ahead, a harm with the writer safe now.

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
		case w == "only" && k+1 < len(toks) && (toks[k+1].norm == "in" || toks[k+1].norm == "when" || toks[k+1].norm == "at"):
			return true // "his chest feels 'tight' at recess but only in the cold" (fresh439)
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

// oldSign reports a sign called old: "wound care for Mr. Jacobs (old
// gunshot wound, leg, 2021)" (fresh405), "una herida antigua".
func oldSign(toks []token, s int) bool {
	// An article or a possessive before "old", or "old" opening a
	// parenthesis: not "my 2 year old swallowed", whose "old" is an age.
	return s > 1 && oldSignWords[toks[s-1].norm] && (determiners[toks[s-2].norm] || toks[s-2].norm == "an" || toks[s-1].paren && !toks[s-2].paren) ||
		s+1 < len(toks) && (toks[s+1].norm == "antigua" || toks[s+1].norm == "antiguo")
}

var oldSignWords = wordSet("old healed antigua antiguo")

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
	for k, t := range toks {
		if months[t.norm] || isYear(t.norm) || t.norm == "ago" || t.norm == "stuffy" ||
			t.norm == "last" && k+1 < len(toks) && (weekdays[toks[k+1].norm] || toks[k+1].norm == "week" || toks[k+1].norm == "night") {
			return true // "Couldn't breathe in that waiting room last Thursday, it was so stuffy!" (fresh440)
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

// suddenWords tell a sign as just come: "Just now I stood up and suddenly
// couldn't breathe" (probe248) is no past told.
var suddenWords = wordSet("suddenly sudden just derepente repente")

// periodWords make a "bleeding out" a period's: for a clinician today
// unless its own rule (a pad an hour or faster, clots like a fist) says
// more.
var periodWords = wordSet("period periods regla menstruation menstruacion menstrual")

// faintedWords keep a period's bleeding an emergency: "she fainted at
// school. She's white as a sheet" (probe178).
var faintedWords = wordSet("fainted faint fainting passed desmayo desmayó desmaya white pale palida pálida palido")

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
