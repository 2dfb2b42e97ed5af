package triage

// Readings of signs told as something other than a danger now, which the
// sixteenth session's sets (probe282-probe285) read as emergencies: a
// thing someone took away ("my ex took my inhaler and my EpiPens"), pill
// bottles brought to a visit, an event told with how it ended ("it ended
// up being a TIA and she's recovered"), the emergencies of a worker's
// shift ("I'm an ER nurse and we've had back to back shootings and
// overdoses").

// tookAThing reports "took" at toks[s] with a possessive and a thing that
// is not swallowed: "took my inhaler", "took her phone and keys". Taking
// away, not an overdose ("took my pills" stays one).
func tookAThing(toks []token, s int) bool {
	if s+2 >= len(toks) || toks[s].norm != "took" || !possessivesW[toks[s+1].norm] {
		return false
	}
	return thingsTaken[toks[s+2].norm]
}

var thingsTaken = wordSet("inhaler inhalers epipen epipens phone keys car wallet purse glucometer meter cane walker wheelchair oxygen cpap charger card cards passport")

// medicinesBrought reports pill bottles or medicines named as what to
// bring, within the match: "should we bring all her pill bottles or is the
// list ok?", "traigo los frascos". A brown-bag review, not a means.
func medicinesBrought(toks []token, s, e int) bool {
	for k := s; k <= e; k++ {
		if !broughtMedicines[toks[k].norm] {
			continue
		}
		if nearestBefore(toks, k, 4, bringWords) >= 0 {
			return true
		}
	}
	return false
}

var (
	broughtMedicines = wordSet("bottles bottle meds medications medicines frascos medicamentos pastillas")
	bringWords       = wordSet("bring bringing brought traer traigo traemos llevar llevo llevamos")
)

// outcomeTold reports a sign followed, later in the message, by how it
// ended: "it turned out to be a vasovagal thing and I'm fine", "it ended
// up being a TIA and she's recovered", "resultó ser ansiedad y ya está
// bien". Both an outcome verb and a recovery must come after the sign, and
// no word of the sign being back.
func outcomeTold(toks []token, e int) bool {
	outcome, well := false, false
	for k := e + 1; k < len(toks) && k <= e+30; k++ {
		w := toks[k].norm
		if w == "last" && k+1 < len(toks) && toks[k+1].norm == "time" {
			return false // "Last time it turned out ok": an earlier episode's end
		}
		if comesAgain[w] || w == "now" && k+1 < len(toks) && !toks[k+1].sentence && (toks[k+1].norm == "its" || toks[k+1].norm == "it's" || toks[k+1].norm == "she" || toks[k+1].norm == "he") {
			return false // "but now it's back", "again"
		}
		switch {
		case (w == "turned" || w == "ended") && k+1 < len(toks) && (toks[k+1].norm == "out" || toks[k+1].norm == "up"),
			w == "resulto" || w == "resultó":
			outcome = true
		case outcome && recoveredOutcome[w],
			outcome && (w == "fine" || w == "okay" || w == "ok" || w == "great" || w == "bien") && k > 0 && wellNow[toks[k-1].norm]:
			well = true
		}
	}
	return outcome && well
}

var recoveredOutcome = wordSet("recovered recovering recuperada recuperado recupero recuperó")

// atWork reports a sign in the plural told by someone whose work is
// emergencies: "I'm an ER nurse and we've had back to back shootings and
// overdoses this week". Not a count of one person's ("3 seizures today").
func atWork(toks []token, s, e int) bool {
	if s != e || !pluralSigns[toks[e].norm] || s > 0 && (isNumber(toks[s-1].norm) || numberWords[toks[s-1].norm]) {
		return false
	}
	// The writer's own job: "I'm an ER nurse", "I work as a paramedic";
	// not "a nurse at the pool told us".
	for k := 1; k < len(toks); k++ {
		if emergencyJobs[toks[k].norm] && nearestBefore(toks, k, 4, ownJob) >= 0 {
			return true
		}
	}
	return false
}

var ownJob = wordSet("im am work as")

var (
	pluralSigns   = wordSet("overdoses strokes seizures shootings stabbings")
	emergencyJobs = wordSet("nurse nurses paramedic paramedics emt medic firefighter dispatcher doctor physician")
)

// storyCharacter reports a sign that befalls a character of a story, a
// few words before it in its sentence: "a short story where the main
// character dies by suicide", "el personaje principal se muere".
func storyCharacter(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-6 && !toks[k+1].sentence; k-- {
		if characterWords[toks[k].norm] {
			return true
		}
	}
	return false
}

// storyAbout reports a sign that a story is about, named a few words
// before it: "a short story for my nursing class about a woman locked in
// a basement", "a story for class about a girl who wants to disappear".
// A writer's theme, not a danger now; but what a young writer writes
// about may be a warning, so it is read as urgent, not set aside.
func storyAbout(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-6 && !toks[k+1].sentence; k-- {
		if (toks[k].norm == "about" || toks[k].norm == "sobre") && nearestBefore(toks, k, 8, storyNames) >= 0 {
			return true
		}
	}
	return false
}

var storyNames = wordSet("story stories novel thriller script screenplay essay poem cuento novela guion ensayo poema")

var characterWords = wordSet("character characters personaje personajes protagonist protagonista villain villains villano villana")

// storedLocked reports a weapon or a means told as locked away, the lock
// at the match's edge: "there's a gun in the house (locked safe)", "the
// pills are locked in a cabinet". Not "locked in the bathroom with a
// knife", nor "locked up", which is said of people too.
func storedLocked(toks []token, s, e int) bool {
	lockedAt := func(k int) bool {
		return toks[k].norm == "locked" && k+1 < len(toks) && storedIn[toks[k+1].norm]
	}
	return lockedAt(e) || lockedAt(s)
}

var storedIn = wordSet("safe safes cabinet box case closet drawer gunsafe") // not "locked up", said of people too

// wildfireSmoke reports smoke from wildfires in the air, not a fire the
// writer breathed in: "since the wildfire smoke rolled in".
func wildfireSmoke(toks []token) bool {
	for k, t := range toks {
		if t.norm == "wildfire" || t.norm == "wildfires" || t.norm == "forestal" || t.norm == "forestales" ||
			t.norm == "fires" && k > 0 && (toks[k-1].norm == "the" || toks[k-1].norm == "los") {
			return true
		}
	}
	return false
}

// givenAwayForAMove reports things given away for a move, a downsizing
// or an estate: "Dad moved into assisted living and we're giving away his
// things". Not a leave-taking.
func givenAwayForAMove(toks []token, s, e int) bool {
	if !anyWord(toks, s, e, givingWords) {
		return false
	}
	for k, t := range toks {
		if moveReasons[t.norm] || (t.norm == "moved" || t.norm == "moving") && k+1 < len(toks) && movedWhere[toks[k+1].norm] {
			return true // not "her car hasn't moved"
		}
	}
	return false
}

var (
	givingWords = wordSet("giving gave given regalando regale regalo")
	moveReasons = wordSet("downsizing downsize assisted estate donate donating donations declutter decluttering mudanza mudamos mudando")
	movedWhere  = wordSet("into to out in away abroad house home")
)

// cutOnAKnife reports a knife named as what cut the writer by accident,
// a cut verb a few words before it: "cut my hand on the fish knife 2 day
// ago", "me corté con el cuchillo". Not "he cut me with a knife".
func cutOnAKnife(toks []token, s int) bool {
	k := s
	if !cutVerbs[toks[s].norm] {
		k = nearestBefore(toks, s, 6, cutVerbs)
	}
	if k < 0 {
		return false
	}
	// The writer cut themself: "I cut my hand", "me corté", or the cut
	// opening its sentence ("cut my hand on the fish knife"). Not "my
	// husband cut my arm with a knife".
	return k == 0 || toks[k].sentence || toks[k-1].norm == "i" || toks[k-1].norm == "me" || toks[k-1].norm == "yo"
}

var cutVerbs = wordSet("cut sliced nicked corte cortaba")

// periodicBreathing reports a newborn's pauses named by the parent as
// "periodic breathing", the ordinary pattern of the first weeks, with no
// sign of a baby in trouble (fresh352: "Is it normal for a newborn to
// pause breathing for a few seconds … She stays pink and wakes fine. I
// read about periodic breathing").
func periodicBreathing(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].norm == "breathing" && toks[k-1].norm == "periodic" || toks[k].norm == "periodica" && toks[k-1].norm == "respiracion" {
			return !anyWordOf(toks, babyInTrouble)
		}
	}
	return false
}

// babyInTrouble are the signs that a baby's pauses are not the ordinary
// ones.
var babyInTrouble = wordSet("blue gray grey azul morado morada gris limp floppy lethargic aguadito aguadita seizure convulsion")

// teething reports a baby's teeth named in the message: drooling then is
// teething, not an airway closing ("first tooth coming, very fussy and
// drool a lot, low fever 37.8").
func teething(toks []token) bool {
	for k, t := range toks {
		switch t.norm {
		case "tooth", "teeth", "teething", "diente", "dientes", "denticion", "dentición":
			// Not "drooling way more than teething", "not teething".
			if nearestBefore(toks, k, 2, notTeething) < 0 {
				return true
			}
		}
	}
	return false
}

var notTeething = wordSet("than que not no isnt")

// feelingHits reports "hitting me" said of a feeling just before it: "the
// grief is hitting me hard", "reality is hitting me". Not a blow.
func feelingHits(toks []token, s int) bool {
	return s > 0 && hittingFeelings[toks[s-1].norm] && (toks[s].norm == "is" || toks[s].norm == "keeps" || toks[s].norm == "are")
}

var hittingFeelings = wordSet("grief it reality depression anxiety stress loss sadness this everything news")

// haveNeither reports signs named as what the writer has none of, soon
// after them: "call 911 for chest pain or trouble breathing. I have
// neither", "no tengo ninguno".
func haveNeither(toks []token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+8; k++ {
		if (toks[k].norm == "neither" || toks[k].norm == "ninguno" || toks[k].norm == "ninguna") && k > 0 &&
			(toks[k-1].norm == "have" || toks[k-1].norm == "had" || toks[k-1].norm == "tengo") {
			return true
		}
	}
	return false
}

// previousPregnancy reports a sign told of an earlier pregnancy or birth,
// in its sentence: "I hemorrhaged after my first delivery", "En mi primer
// embarazo tuve preeclampsia y hasta convulsioné".
func previousPregnancy(toks []token, s, e int) bool {
	return sentenceAny(toks, s, e, func(k int) bool {
		return earlierOnes[toks[k].norm] && k+1 < len(toks) && pregnancies[toks[k+1].norm]
	})
}

var (
	earlierOnes = wordSet("first last previous other primer ultimo último anterior otro")
	pregnancies = wordSet("delivery pregnancy birth embarazo parto")
)

// intrusiveImage reports a sign seen in images or thoughts that come
// unbidden, a few words before it: "Me vienen imágenes horribles de que se
// me resbala el bebé en la bañera y se ahoga". A parent asking help with
// them is for a clinician today, not 911.
func intrusiveImage(toks []token, s int) bool {
	if nearestBefore(toks, s, 12, imageWords) < 0 {
		return false
	}
	// The parent says they would never act on them: "sé que nunca lo
	// haría", "I know I would never".
	for k := 1; k < len(toks); k++ {
		if toks[k-1].norm == "nunca" && (toks[k].norm == "lo" || toks[k].norm == "haria") ||
			toks[k-1].norm == "would" && toks[k].norm == "never" || toks[k-1].norm == "never" && toks[k].norm == "would" {
			return true
		}
	}
	return false
}

var imageWords = wordSet("imagenes images intrusive intrusivos intrusivas")

// breastWords name the breast in a chest pain's words: a nursing mother's
// "me duele mucho el pecho izquierdo, está rojo y caliente" is mastitis.
var breastWords = wordSet("pecho seno senos breast breasts")
