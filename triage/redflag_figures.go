package triage

import "strings"

// Readings of a sign's words said as a figure or a joke (the twenty-fifth
// session's sets): drowning in work or in the heat, a boss who "won't let
// us leave" our desks, a truck that hit the writer in a feeling, a water
// that broke in a bottle, a wish not to wake.

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

// wishWords before "doesn't wake up" make it a wish: "hopes she just
// doesn't wake up one of these mornings" (fresh424).
var wishWords = wordSet("hope hopes hoping wish wishes ojala ojalá")

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

// killsAnother reports a wish to kill said of someone else, just after
// it: "mommy wants to kill daddy when he snores" (fresh431). A threat to
// another is violence's to read, not a wish to die.
func killsAnother(toks []token, e int) bool {
	if e < 2 || e+1 >= len(toks) || toks[e].norm != "kill" && toks[e].norm != "matar" || !otherPeople[toks[e+1].norm] {
		return false
	}
	// Wanted, not done: not "the dog is attacking my son, it's trying to
	// kill him".
	return toks[e-1].norm == "to" && wishedWords[toks[e-2].norm] || wishedWords[toks[e-1].norm]
}

var wishedWords = wordSet("want wants wanna wanted quiere quiero queria")

var otherPeople = wordSet("daddy mommy dad mom husband wife him her them brother sister boss papa mama esposo esposa")

// nearlyChoked reports "casi me ahogo": a choking that nearly was, told
// after ("Casi me ahogo con una espina de pescado el domingo, ya salió",
// fresh435).
func nearlyChoked(toks []token, s int) bool {
	return s > 1 && strings.HasPrefix(toks[s].norm, "ahog") && toks[s-1].norm == "me" && toks[s-2].norm == "casi"
}

// ofJoy reports a heart attack said "of joy": "I think I'm having a heart
// attack... of joy!" (fresh440), "un infarto de la emoción".
func ofJoy(toks []token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+3; k++ {
		if joyWords[toks[k].norm] {
			return true
		}
	}
	return false
}

var joyWords = wordSet("joy happiness excitement alegria felicidad emocion")
