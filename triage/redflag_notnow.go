package triage

import "slices"

// Readings of signs told that are not happening now, though nothing
// denies them: a programme seen, a limit of patience, a dose taken twice
// by mistake (the seventeenth session's independent sets, probe309,
// probe311-probe313, and the reviews of their cues).

// mediaAbout reports a sign that a programme, a film or an article the
// writer saw is about, or shows: "watched that documentary about farmer
// suicides last night and it got me thinking about my dad", "mi mamá vio
// en la novela a una señora que se tomó un veneno". Something seen, not a
// danger now (unlike a story written, see storyAbout).
func mediaAbout(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-12 && !toks[k+1].sentence; k-- {
		// (in the sign's own clause: not "escribe su tesis sobre
		// epilepsia, está convulsionando ahora mismo")
		if k >= s-4 && (toks[k].norm == "about" || toks[k].norm == "sobre") && !clauseBetween(toks, k, s) && nearestBefore(toks, k, 4, mediaNames) >= 0 {
			return true
		}
		if (toks[k].norm == "where" || toks[k].norm == "donde") && nearestBefore(toks, k, 5, seeingVerbs) >= 0 && !anyWord(toks, k+1, s-1, turnWords) {
			return true // "just watched the Grey's where the guy bleeds out in the elevator"
		}
		if mediaNames[toks[k].norm] && k >= 2 && songArticles[toks[k-1].norm] && seenIn[toks[k-2].norm] && (k == 2 || toks[k-2].sentence || k >= 3 && (toks[k-3].sentence || lastNight[toks[k-3].norm])) &&
			!clauseBetween(toks, k, s) && !anyWord(toks, k+1, s-1, turnWords) && !anyWord(toks, k+1, s-1, writerWords) {
			return true // "anoche en la novela la muchacha se tomó un veneno": a sentence that opens in the programme
		}
		if mediaNames[toks[k].norm] && k >= 3 && songArticles[toks[k-1].norm] && seenIn[toks[k-2].norm] && seeingVerbs[toks[k-3].norm] &&
			anyWord(toks, k+1, s-1, relativeWords) && !anyWord(toks, k+1, s-1, turnWords) {
			// "vio en la novela a una señora que se tomó un veneno": a
			// character's; not "saw on a show that people swallow pods
			// and she swallowed all my tylenol", nor "watching in the
			// movie theater when his face drooped"
			return true
		}
	}
	return false
}

// watchedSomeone reports a sign of "someone" in what the writer was
// watching, the sentence opening on the watching: "Watching Grey's and
// someone went into anaphylaxis, made me realize my EpiPen expired"
// (fresh390). A character's, not a danger now; the caller keeps violence,
// where "watching TV and someone broke in" is one.
func watchedSomeone(toks []token, s int) bool {
	some := false
	for k := s - 1; k >= 0 && k >= s-8; k-- {
		some = some || genericPerson[toks[k].norm] && toks[k].norm != "your" && toks[k].norm != "uno"
		if k == 0 || toks[k].sentence {
			return some && watchingVerbs[toks[k].norm]
		}
	}
	return false
}

var watchingVerbs = wordSet("watching watched viendo vimos mirando")

var (
	mediaNames    = wordSet("documentary documentaries documental show episode episodio movie film pelicula podcast article articulo series serie novela telenovela novel novels thriller thrillers screenplay book libro tesis thesis dissertation")
	relativeWords = wordSet("que who that")
	turnWords     = wordSet("and y when cuando but pero now ahora then")
	seenIn        = wordSet("en in on")
	lastNight     = wordSet("anoche ayer yesterday")
	seeingVerbs   = wordSet("vio vi vimos saw seen watched watching viendo mirando read reading lei leyendo leyo")
)

// oneMoreAndI reports a sign after "if … one more …" in its sentence: a
// limit of patience, not a plan ("if i have to do one more group project
// im jumping off a bridge", "if I sit through one more meeting I'll kill
// myself").
func oneMoreAndI(toks []token, s int) bool {
	for k := s - 1; k >= 2 && k >= s-12 && !toks[k+1].sentence; k-- {
		if toks[k].norm == "more" && toks[k-1].norm == "one" && nearestBefore(toks, k-1, 6, ifWords) >= 0 {
			chore := k+1 < s && (chores[toks[k+1].norm] || k+2 < s && chores[toks[k+2].norm])
			// Not with a weapon, in earnest or with something done now:
			// "if my foreman writes me up one more time Im bringing my
			// 9mm … Dead serious", "if i get one more text from him im
			// jumping off the bridge, im on it right now".
			return chore && !anyWordOf(toks, armsWords) && !anyWordOf(toks, seriousWords) && !anyWord(toks, s, len(toks)-1, nowWordsAfter)
		}
	}
	return false
}

// drivenToIt reports a sign an errand is said to drive the writer to,
// with a laugh or a chore beside it: "lol this portal is going to make me
// jump off a bridge", "this paperwork makes me want to kill myself haha".
// Not with a weapon, in earnest or with something done now, as for
// oneMoreAndI.
func drivenToIt(toks []token, s int) bool {
	for k := s - 1; k >= 1 && k >= s-5 && !toks[k+1].sentence; k-- {
		if toks[k].norm != "me" || !makeWords[toks[k-1].norm] {
			continue
		}
		if !anyWordOf(toks, chores) && !laughed(toks) {
			return false
		}
		return !anyWordOf(toks, armsWords) && !anyWordOf(toks, seriousWords) && !anyWord(toks, s, len(toks)-1, nowWordsAfter)
	}
	return false
}

// saidWhenUpset reports words of dying a person keeps saying whenever a
// game is lost or a temper flares: "my son keeps saying 'I want to die'
// when he loses at Fortnite", "siempre dice que se quiere morir cuando se
// enoja". A habit of speech worth a clinician's call, not a crisis now.
// Only this match is read so: a means, an hour or a farewell elsewhere in
// the message still raises its own flag through the cue rules.
func saidWhenUpset(toks []token, s, e int) bool {
	said := false
	for k := s - 1; k >= 1 && k >= s-6 && !toks[k+1].sentence; k-- {
		if sayingWords[toks[k].norm] && habitWords[toks[k-1].norm] {
			said = true
			break
		}
	}
	if !said {
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+4 && !toks[k].sentence; k++ {
		if whenWords[toks[k].norm] || toks[k].norm == "whenever" {
			return anyWord(toks, k+1, min(k+5, len(toks)-1), upsetWords)
		}
	}
	return false
}

var (
	sayingWords = wordSet("saying says said say dice decir diciendo")
	habitWords  = wordSet("keeps keep always sometimes often siempre sigue")
	upsetWords  = wordSet("loses lose lost mad angry frustrated upset pierde enoja enojado enojada grounded")
)

// laughed reports a laugh anywhere in the message ("lol", "jaja").
func laughed(toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool { return laughWords(t.norm) })
}

// choreEnded reports an end wished on a chore named right after it, with
// a laugh: "ya quiero acabar con todo... el papeleo de la incapacidad,
// jaja", "I want to end it all (the paperwork) lol".
func choreEnded(toks []token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+3; k++ {
		if chores[toks[k].norm] {
			return laughed(toks) && !anyWordOf(toks, armsWords) && !anyWordOf(toks, seriousWords)
		}
	}
	return false
}

// rememberedHarm reports harm told as what the writer's nightmares or
// memories are about: "I still get nightmares about when he strangled
// me", "tengo pesadillas de cuando me pegaba".
func rememberedHarm(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-5 && !toks[k+1].clause; k-- {
		if memoryWords[toks[k].norm] && k+1 < s && memoryOf[toks[k+1].norm] {
			return true // not "I still have nightmares, he strangled me last night"
		}
	}
	return false
}

// bleedingStopped reports a bleeding told as stopped in the words after
// it (fresh357: "le sangró mucho la nariz, pero ya paró hace una hora";
// "it bled a lot but it finally stopped"); not "it hasn't stopped", "no
// para", "won't stop".
func bleedingStopped(toks []token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+12 && !toks[k].sentence; k++ {
		w, prev := toks[k].norm, toks[k-1].norm
		if negations[prev] || prev == "wont" {
			continue
		}
		switch {
		// ("ya" is read as "yes", as the rules' own "ya" is.)
		case prev == "yes" && (w == "paro" || k+1 < len(toks) && (w == "se" && stopVerbsEs[toks[k+1].norm] || w == "dejo" && toks[k+1].norm == "de")):
			return true // "ya paró", "ya se detuvo", "ya dejó de sangrar" (not "ya se desmayó")
		case w == "stopped" && (prev == "it" || prev == "finally" || prev == "eventually" || prev == "has" || prev == "its" || prev == "then"):
			return true
		}
	}
	return false
}

var stopVerbsEs = wordSet("detuvo paro corto quito")

// petDoer reports an animal as the one doing what a violence rule read,
// its subject just before it: "our new rescue dog keeps blocking the
// front door … has knocked me over twice" (review24); not the animal
// struck ("ya le pegó al perro con un palo").
func petDoer(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		if pets[toks[k].norm] {
			return k+1 == s || petVerbs[toks[k+1].norm]
		}
		if people[toks[k].norm] || toks[k+1].clause {
			return false
		}
	}
	return false
}

// petVerbs after an animal make it the subject of what follows.
var petVerbs = wordSet("keeps kept is was has had sigue esta estaba")

// carePlanning are the words of planning for care at the end of life,
// which put one's affairs in order without any farewell.
var carePlanning = wordSet("dnr polst molst directive directives attorney estate hospice")

// videoGame reports a video game played or shouted at: a danger shouted
// then is the game's ("my teenager screams 'he's gonna kill me he's right
// behind me' at his video game", fresh361); not a fight over one ("he hit
// his brother over a video game"). Only for violence: "says I want to die
// every time he loses at his video game" is still a child's words for a
// clinician today.
func videoGame(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		w := toks[k].norm
		if !((w == "game" || w == "games") && toks[k-1].norm == "video" || w == "videojuego" || w == "videojuegos" || w == "videogame") {
			continue
		}
		if nearestBefore(toks, k, 4, playedAt) >= 0 {
			return true
		}
	}
	return false
}

// playedAt before a game say it is being played.
var playedAt = wordSet("at playing plays played jugando juega al")

// playFight reports children's play named in the message: "it was a
// pillow fight", "they were play fighting", "my toddler has me on the
// floor with his hands around my neck … for horsey rides" (review24).
func playFight(toks []token) bool {
	for k, t := range toks {
		if t.norm == "playfighting" || t.norm == "roughhousing" || t.norm == "horsey" || t.norm == "piggyback" || t.norm == "caballito" || t.norm == "robbers" || // "playing cops and robbers, my son shouted 'nobody's leaving!'" (review25)
			k+1 < len(toks) && (t.norm == "pillow" || t.norm == "play") && (toks[k+1].norm == "fight" || toks[k+1].norm == "fighting") {
			return true
		}
	}
	return false
}

var (
	memoryWords = wordSet("nightmares nightmare flashbacks flashback pesadillas pesadilla remember recuerdo recuerdos memories")
	memoryOf    = wordSet("about of when de cuando from")
)

// youngerSibling reports a blow told of a younger brother or sister, a
// squabble between children: "my little sister punched me during a fight
// over the remote", "mi hermanito me pegó".
func youngerSibling(toks []token, s int) bool {
	w := toks[s].norm
	if w == "hermanito" || w == "hermanita" {
		return true
	}
	return siblings[w] && s > 0 && !toks[s].clause && youngerWords[toks[s-1].norm]
}

var (
	siblings     = wordSet("sister brother sis bro")
	youngerWords = wordSet("little younger lil baby")
)

var (
	// chores are what "one more" of is a limit of patience: "one more
	// group project", "one more meeting".
	chores        = wordSet("project projects meeting meetings class classes assignment homework exam exams email emails form forms robocall bill bills shift paper essay report reports portal password paperwork app website papeleo tramites formularios tarea taxes impuestos")
	makeWords     = wordSet("make makes making made")
	nowWordsAfter = wordSet("now already took swallowed ahorita ya rn")
	armsWords     = wordSet("gun guns pistol rifle shotgun 9mm glock ar15 knife machete pistola escopeta arma cuchillo")
	seriousWords  = wordSet("serious seriously deadass fr serio")
)

// forgotAndRetook reports an overdose told as a dose forgotten and taken
// again: "took my amlodipine this morning and then forgot and took another
// one at lunch". A double dose by mistake is for a clinician or poison
// control today, not 911.
func forgotAndRetook(toks []token, s, e int) bool {
	a, b := max(s-6, 0), min(e+10, len(toks)-1)
	if anyWord(toks, a, b, manyDoses) {
		return false // not "forgot how many he took and swallowed another handful"
	}
	if !anyWord(toks, a, b, forgotWords) && !(anyWord(toks, a, b, mistakeWords) && !anyIn(toks, 0, len(toks)-1, dangerousDoseDrugs()) && !anyWordOf(toks, collapseWords)) {
		// A dose doubled by mistake is for poison control today ("sin
		// querer me tomé dos veces la pastilla de la presión"), unless the
		// medicine kills at twice its dose ("took my methotrexate twice by
		// mistake", "my lantus twice by mistake") or a faint followed ("…
		// se desmayó al pararse").
		return false
	}
	for k := a; k <= b; k++ {
		if toks[k].paren || k+1 < len(toks) && doseUnits[toks[k+1].norm] {
			continue // a dose named: "(losartán 50)", "50 mg"
		}
		if v, ok := numberValue(toks[k].norm); ok && v >= 3 {
			return false // not "forgot I took them and swallowed another 20 of my klonopin"
		}
	}
	for k := a; k <= b; k++ {
		w := toks[k].norm
		if w == "twice" || k+1 < len(toks) && oneMoreDose[w][toks[k+1].norm] {
			return true
		}
	}
	return false
}

var (
	doseUnits     = wordSet("mg mgs mcg miligramos milligrams")
	forgotWords   = wordSet("forgot forgetting olvide olvidé olvido olvidó")
	collapseWords = wordSet("desmayo desmaye desmayado desmayada fainted passed collapsed unresponsive bajito bajita confused confundido confundida")
	// dangerousDoseDrugs kill at twice their dose: dangerousDrugs and
	// insulin.
	dangerousDoseDrugs = onceTerm("dangerous dose drugs", dangerousDrugs+"|"+insulinBrands+"|insulin|insulina")
	mistakeWords       = wordSet("mistake accidentally accident querer equivoque equivocacion error")
	manyDoses          = wordSet("handful fistful bottle bottles bunch sleepy drowsy barely somnoliento somnolienta")
	// oneMoreDose are the pairs of words that tell a single dose again:
	// "another one", "a second dose", "otra vez".
	oneMoreDose = map[string]map[string]bool{
		"another": wordSet("one dose pill"),
		"second":  wordSet("dose"),
		"otra":    wordSet("vez pastilla dosis"),
		"dos":     wordSet("veces"),
	}
)

// hadThought reports a wish to die told in the past perfect, thought of
// before another past: "había pensado en quitarme la vida, y ella me
// escuchó", "I had thought about ending it back then", or a wish told
// after "cuando" years ago ("hace dos años, cuando quise quitarme la
// vida, ella me ayudó"). Urgent, for a clinician; a plan told now is read
// by its own words.
func hadThought(toks []token, s int) bool {
	for k := max(s-3, 1); k <= s; k++ {
		// (not "ya lo había pensado bien": a decision)
		wishedThen := wishedPast[toks[k].norm] && (toks[k-1].norm == "cuando" || toks[k-1].norm == "when" || k >= 2 && toks[k-2].norm == "when")
		if wishedThen || thoughtPast[toks[k].norm] && hadWordsPerfect[toks[k-1].norm] && (k < 2 || toks[k-2].norm != "lo") {
			// A time long past and nothing now: not "había pensado en
			// quitarme la vida hace años, pero ahora … tengo las
			// pastillas en la mano y esta noche lo hago".
			return anyWordOf(toks, longPast) && !anyWordOf(toks, nowAnchors)
		}
	}
	return false
}

var (
	thoughtPast     = wordSet("pensado pensando thought considered considerado")
	longPast        = wordSet("anos years sobria sobrio sober")
	nowAnchors      = wordSet("ahora ahorita now tonight noche acaba right")
	hadWordsPerfect = wordSet("habia had")
	// wishedPast are a wish told after "cuando", "when": "hace dos años,
	// cuando quise quitarme la vida, ella me ayudó".
	wishedPast = wordSet("quise quiso queria quería wanted tried intente intenté")
)
