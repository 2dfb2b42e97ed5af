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
	for k := e + 1; k < len(toks); k++ {
		w := toks[k].norm
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
	for k := 1; k < len(toks); k++ {
		if emergencyJobs[toks[k].norm] && (toks[k-1].norm == "er" || toks[k-1].norm == "icu" || toks[k-1].norm == "an" || toks[k-1].norm == "a" || toks[k-1].norm == "ed") {
			return true
		}
	}
	return false
}

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

var characterWords = wordSet("character characters personaje personajes protagonist protagonista")
