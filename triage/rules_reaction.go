package triage

import "slices"

// reactionRules are emergencies of medicines, skin and children's
// infections that probe137 (serious drug reactions), probe138 (skin and
// wounds) and probe139 (children's infections) found missing at first
// run, written independently, in general words: skin blistering and
// coming off with mouth sores, a dangerous drug taken too many times,
// gas under the skin of a wound, a red streak with a near faint, a child
// with a fever who will not stand on a leg, a blood culture that grew.
var reactionRules = []rule{
	// After a shot or an allergy injection, a face or neck swelling, a
	// throat that feels wrong, coughing or wheezing, a faint (probe161).
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"face|neck|cara|cuello ~~6 swell*|swollen|hinchad*|hinchando"},
			"dizzy|mareado|mareada|faint*|desmay*", "passed ~1 out", "wheez*|silb*", "grabbing ~3 throat", "cant|can't ~2 breathe"),
		eitherOrder([]string{"allergy ~1 shot|shots|injection|injections", "vacuna ~2 de|para ~1 alergia|alergias", "inyeccion|inyección ~2 de|para ~1 alergia"},
			"cough*|tos|tosiendo|wheez*|throat|garganta|hives|ronchas|blotchy|swell*|hinch*|threw|vomit*|vomitó"),
		[]string{"throat|garganta ~3 feels|siente ~2 tight|closing|cerrada|apretada|cerrando"},
		eitherOrder([]string{"throat|garganta ~3 funny|weird|strange|rara|raro"},
			"lips|labios|hives|ronchas|shot|shots|vacuna|inyeccion|inyección|sting|picadura|peanut*|mani|maní|swell*|hinch*|puffy"),
	)},
	// Too much of a child's fever medicine, then vomiting or sleepiness.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"too ~1 much ~~4 tylenol|acetaminophen|paracetamol|motrin|ibuprofen|benadryl", "demasiado ~~4 tylenol|paracetamol|acetaminofen|acetaminofén|motrin|ibuprofeno"},
		"vomit*|vomitando|sleepy|drowsy|dormid*|lethargic|letargic*", "throwing ~1 up")},
	// Blisters or skin coming off, with sores in the mouth or no
	// swallowing (Stevens-Johnson).
	{kind: "medication_reaction", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"blister*|ampolla*", "skin ~2 peel*|peeling|sloughing", "skin ~3 comes|coming ~1 off", "piel ~3 se ~1 cae|desprende|pela|cayendo|pelando"},
		"mouth ~1 sores|ulcers", "sores|llagas|ulceras|úlceras ~~4 mouth|boca|inside", "cant|can't|cannot ~2 swallow", "no ~2 puede ~2 tragar")},
	// A dangerous drug taken more than once, or by the handful.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		dangerousDrugs + " ~~6 more ~1 than ~1 once|twice",
		dangerousDrugs + " ~~12 #8-200 ~1 pills|pastillas|tablets|tabletas",
	}},
	// Gas under the skin of a wound: it crackles.
	{kind: "necrotizing", urgency: UrgencyEmergency, patterns: []string{
		"crackl*|crepit*|truena|truenan|crujen|cruje|burbuj* ~~6 under|debajo|bajo ~2 the|la ~1 skin|piel",
		"under|debajo|bajo ~2 the|la ~1 skin|piel ~~6 crackl*|crepit*|truena|burbuj*",
	}},
	// A red streak going up a limb with a near faint.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"red ~3 going|moving|spreading|streak* ~2 up", "streak*|rayas|linea|línea ~~4 red|roja|rojo ~~6 up|arriba|sube"},
		"lightheaded|faint*|desmay*|mare*", "pass ~1 out")},
	// A child with a fever who will not stand on a leg or screams when a
	// hip is touched.
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"fever|fiebre|temp|temperatura"},
		"refuses|wont|won't ~3 stand|walk|bear", "no ~2 quiere ~2 pararse|caminar|apoyar", "screams|grita|llora ~~6 touch|toca|mueve ~~6 hip|cadera|leg|pierna")},
	// A blood culture that grew.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: []string{
		"blood ~1 culture|cultures ~~6 positive|grew|growing|grown", "hemocultivo* ~~6 positivo|positivos|creci*",
	}},
}
