package triage

// Readings of a sign named only as a question, a plan or a precaution,
// which the fifteenth session's set of poisonings (probe262) read as
// emergencies: "is poinsettia poisonous?", "what should I do if one of us
// gets bitten by a rattlesnake?", "how far does the generator need to be
// so we don't get carbon monoxide poisoning?", a monoxide alarm chirping
// for its low battery.

// askedIfPoisonous reports a thing asked about as poisonous: "is
// poinsettia poisonous?", "¿es tóxica la planta?" (the adjective, with
// "is", "are" or "if" a few words before it), not a poisoning told.
func askedIfPoisonous(toks []token, s, e int) bool {
	if s != e || !poisonousWords[toks[s].norm] {
		return false
	}
	return nearestBefore(toks, s, 3, askedIs) >= 0 || s+1 < len(toks) && askedIs[toks[s+1].norm]
}

var (
	poisonousWords = wordSet("poisonous toxic venenoso venenosa venenosos venenosas toxico toxica toxicos toxicas")
	askedIs        = wordSet("is are es son if si whether")
)

// ifEver reports a sign told in a clause that opens with "if" and a verb
// of what may happen: "what should I do if one of us gets bitten by a
// rattlesnake?", "if she ever swallows a battery". Only for the mishaps
// of hypotheticalKinds: "if he gets home he will kill me" is a threat.
func ifEver(toks []token, s int, kind string) bool {
	if !hypotheticalKinds[kind] {
		return false
	}
	k := nearestBefore(toks, s, 8, ifWords)
	return k >= 0 && anyWord(toks, k+1, s-1, mayHappen)
}

var (
	hypotheticalKinds = wordSet("snake_bite animal_bite poisoning overdose battery_or_magnet burn_or_exposure carbon_monoxide drowning electric_shock")
	ifWords           = wordSet("if si")
	mayHappen         = wordSet("gets get ever happens llegara llegase pasara")
)

// prevented reports a sign named as what a precaution is for: "so we
// don't get carbon monoxide poisoning", "to avoid", "para prevenir".
func prevented(toks []token, s int) bool {
	if nearestBefore(toks, s, 4, preventWords) >= 0 {
		return true
	}
	k := s - 1
	for k >= 0 && k >= s-4 && toks[k].norm != "get" && toks[k].norm != "getting" {
		k--
	}
	return k >= 2 && k >= s-4 && negations[toks[k-1].norm] && (toks[k-2].norm == "we" || toks[k-2].norm == "i" || toks[k-2].norm == "you" || toks[k-2].norm == "they")
}

var preventWords = wordSet("avoid avoiding prevent preventing evitar prevenir")

// alarmBattery reports a monoxide or smoke alarm told chirping for its
// battery: "la alarma … está pitando, creo que es la batería baja porque
// dice 'low battery'", "the CO detector chirps, low battery".
func alarmBattery(toks []token) bool {
	alarm, low := false, false
	for k, t := range toks {
		switch {
		case alarmWords[t.norm]:
			alarm = true
		case (t.norm == "battery" || t.norm == "batteries") && k > 0 && toks[k-1].norm == "low",
			(t.norm == "bateria" || t.norm == "pila") && k+1 < len(toks) && toks[k+1].norm == "baja":
			low = true
		}
	}
	return alarm && low
}

var alarmWords = wordSet("alarm alarma detector detectors alarms alarmas")

// coSigns are the signs of monoxide in the people of the house, which
// keep a chirping alarm an emergency.
var coSigns = wordSet("headache headaches dizzy mareado mareada mareados vomit vomiting vomitando vomito nausea nauseas sleepy confused confundido confundida cabeza")

// beforeFirstCycle reports a fever told before the first dose of the
// treatment in its match: "a fever of 38.2 on Monday before my first
// FOLFIRINOX", "antes de empezar la quimio".
func beforeFirstCycle(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].norm != "before" && toks[k].norm != "antes" {
			continue
		}
		for j := k + 1; j <= e && j <= k+3; j++ {
			if firstWords[toks[j].norm] {
				return true
			}
		}
	}
	return false
}

var firstWords = wordSet("first primer primera starting start empezar iniciar comenzar")

// notStartedYet reports a treatment still to begin, told with a time to
// come: "I start chemo next month. At what temperature should I call
// you?" (fresh412), "empiezo la quimio la próxima semana".
func notStartedYet(toks []token) bool {
	for k, t := range toks {
		if !startVerbs[t.norm] {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+6 && !toks[j].sentence; j++ {
			if comingTimes[toks[j].norm] {
				return true
			}
		}
	}
	return false
}

var (
	startVerbs  = wordSet("start starts starting begin begins empiezo empieza comienzo comienza empezare empezaré")
	comingTimes = wordSet("next proxima proximo próxima próximo tomorrow manana mañana soon pronto")
)

// dreamt reports a sign told as a dream's, in its clause: "had a dream
// someone was choking me", "soñé que me ahorcaban". Waking with the sign
// ("woke up and couldn't breathe") is no dream.
func dreamt(toks []token, s int) bool {
	k := nearestBefore(toks, s, 6, dreamWords)
	return k >= 0 && !anyWord(toks, k+1, s-1, wokeWords)
}

var (
	dreamWords = wordSet("dream dreamt dreamed dreaming nightmare nightmares sone pesadilla pesadillas") // (not "sueño": "tiene mucho sueño" is drowsy)
	wokeWords  = wordSet("woke wake waking awoke desperte desperto despierto")
)

// movingAway reports a message of a patient moving away, with no means of
// dying named: "cancel all my future appointments - we're moving to
// Denver … I won't be needing them here anymore. Thank you for
// everything". A move denied is none: "he wanted to say goodbye properly
// before he goes. he isnt moving or anything". A journey is one too: "my
// sister has the dog this week while I travel, so I won't be needing
// Tuesday".
func movingAway(toks []token) bool {
	if anyWordOf(toks, meansWords) {
		return false
	}
	for k := range toks {
		if movingWords[toks[k].norm] && (k == 0 || !movingDenied[toks[k-1].norm]) {
			return true
		}
	}
	return false
}

// movingDenied words deny the move right before it: "he isnt moving".
var movingDenied = wordSet("not isnt arent never no")

var (
	movingWords = wordSet("moving relocating relocate mudamos mudando mudanza mudarnos mudarme transferring travel traveling travelling vacation vacaciones viajando")
	meansWords  = wordSet("pills pastillas gun pistola rope soga bridge puente rifle shotgun escopeta knife cuchillo")
)

// knowsNoMore reports a match in which the feared person no longer knows
// (where the writer lives): "vivo sola y estoy bien, él ya no sabe dónde
// vivo", "he doesn't know where I live anymore".
func knowsNoMore(toks []token, s, e int) bool {
	for k := max(s, 1); k <= e; k++ {
		if w := toks[k].norm; (w == "sabe" || w == "knows" || w == "know") && noLonger[toks[k-1].norm] &&
			(k < 2 || !writerSubject[toks[k-2].norm]) && toks[k-1].start != toks[k].start {
			// (Not "I don't know where he took me" nor "idk where", whose
			// expanded parts share the word's offsets: the writer lost.)
			return true
		}
	}
	return false
}

var noLonger = wordSet("no not doesnt dont nunca never longer")

// writerSubject are the writer as the subject of a verb: "I don't know".
var writerSubject = wordSet("i we yo")
