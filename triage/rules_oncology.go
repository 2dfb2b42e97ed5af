package triage

// oncologyRules are emergencies of people living with cancer: a spine
// with metastases and legs heavy or numb to wipe, a crack in a bone with
// cancer and no weight borne, a bowel shut with vomiting, confusion with
// thirst (calcium too high), no urine after the first chemotherapy
// (tumour lysis). probe62 (50 such emergencies, 50 look-alikes) found
// them missing at first run. (Vomiting everything, no water kept down and
// dizzy on standing, which its writer called an emergency, stays urgent:
// the writers of three other sets say so.)
var oncologyRules = []rule{
	// The spinal cord pressed: legs heavy or weak, numb to wipe, leaking.
	{kind: "cauda_equina", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"mets|metastas*|spine|spinal|columna|bones|huesos|oseas|óseas|cancer|cáncer", "back ~1 pain", "dolor ~2 espalda"},
		"cant|can't ~2 feel ~3 wipe|wiping", "leak*|leaked", "legs|piernas ~~4 heavy|weak|pesad*|debil*|débil*", "almost ~1 fell ~1 twice",
		"legs|piernas ~~4 gave ~1 out", "cant|can't ~2 feel ~3 legs|waist|piernas")},
	// A crack in a bone with cancer, and no weight borne.
	{kind: "trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"crack|cracked|snap|snapped|pop|tronó|trono ~~8 thigh|hip|leg|arm|femur|muslo|cadera|pierna"},
		"cant|can't|no ~3 put|apoyar ~2 weight|peso|pie")},
	// A bowel shut: no stool or gas, and vomiting.
	{kind: "bowel_obstruction", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"ni ~1 echar ~1 gases", "no ~2 gas|gases|farts", "hasnt|haven't|not ~2 pooped", "not ~2 passed ~1 gas", "sin ~2 hacer ~2 del ~1 cuerpo"},
		"vomit*|vomito|vomitando|throwing")},
	// Confusion with thirst: calcium too high.
	{kind: "metabolic", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"thirst*", "mucha ~1 sed", "sed ~1 mucha"},
		"confus*|confundid*", "no ~1 sabe ~2 que|qué ~1 dia|día")},
	// No urine after the first chemotherapy.
	{kind: "kidney_failure", urgency: UrgencyEmergency, patterns: joined([]string{"first ~1 chemo", "primera ~1 quimio"}, " ~~30 ", []string{
		"hasnt|haven't|not ~2 peed|pee", "casi ~2 no ~2 orina", "no ~2 ha ~1 orinado",
	})},
}
