package triage

// workRules are emergencies of work and the farm that probe122 (written
// independently: workers, coworkers, supervisors and families, with trade
// words; 50 emergencies, 50 look-alikes) found missing at first run, in
// general words: hydrofluoric acid on the skin, a shock in the trade's
// words with the heart off its beat, someone pinned under a machine or caught in
// grain, a limb mangled by a shaft, anhydrous ammonia in the face, a
// faint in a pit or a silo.
var workRules = []rule{
	// Hydrofluoric acid on the skin: its burn goes deep while the skin
	// looks fine.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: []string{
		"hydrofluoric|fluorhidrico|fluorhídrico ~~10 got|on|splash*|spill*|echo|echó|salpic*|cayo|cayó|mano|hand|fingers|dedos|skin|piel|burn*|quem*|duele|pain|hurts",
	}},
	// A shock told in the trade's words, with the heart off its beat,
	// lightheaded or confused: "got bit by 277 … hand to hand … heart is
	// fluttering" (conditionRules read "shocked", "electrocuted").
	{kind: "electric_shock", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"bit|zapped|got ~~3 by ~1 #100-15000", "hand ~1 to ~1 hand", "zapped ~~10 volt*|voltaje|circuit*|circuito|wire|wires|outlet|enchufe|panel|breaker"},
		"flutter*|skipping|skips|palpit*|irregular|racing|acelerado", "lightheaded|dizzy|mare*", "chest|pecho", "confus*|confundid*")},
	// Pinned, trapped or crushed under something, or sunk in grain.
	{kind: "trauma", urgency: UrgencyEmergency, patterns: []string{
		"pinned|atrapad*|prensad*|aplastad*|crushed|trapped ~~4 under|underneath|debajo|bajo",
		"atrapad*|trapped|stuck|engulf*|sumergid*|hundid*|enterrad* ~~8 silo|grain|bin|tolva",
		"grain ~~6 chest|neck|waist", "el ~1 grano ~2 le ~1 llega", // not "un grano en el pecho", a pimple
		"mangled",
	}},
	// Going in and out of consciousness (not "in and out of the
	// hospital").
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{
		"going|goes|keeps ~2 in ~1 and ~1 out",
	}, notNext: "of"},
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{
		"in ~1 and ~1 out ~1 of ~1 consciousness|it",
		"desmay*|fainted|passed ~~4 no ~1 contesta|responde|reacciona",
		"pit|fosa|silo|tank|tanque|pozo|cistern*|cisterna|sewer|drenaje|manhole ~~12 desmay*|passed|collapsed|fainted|unconscious|inconsciente|desplom*",
	}},
	// Anhydrous ammonia in the face, the eyes or the throat.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: []string{
		"anhydrous|anhidro ~~15 face|cara|eyes|ojos|breath*|respir*|hoarse|ronc*|voice|voz|throat|garganta|cough*|tos",
	}},
}
