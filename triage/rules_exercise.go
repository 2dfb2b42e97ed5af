package triage

import "slices"

// exerciseRules are emergencies of adults who exercise and play: muscle
// broken down after a hard workout (urine the colour of cola or coffee,
// hardly any), a limb gone tight and numb after a kick or a blow
// (compartment syndrome), caffeine pills taken by the handful, a man down
// after class breathing like snoring. probe142 (50 such emergencies, 50
// look-alikes) found them missing at first run.
var exerciseRules = []rule{
	// Rhabdomyolysis: dark urine after exercise, or hardly any.
	{kind: "rhabdomyolysis", urgency: UrgencyEmergency, patterns: slices.Concat(
		joined([]string{"orina|urine|pee|pis|pipi ~~4 cafe|café|coffee|coca|coke|cola|tea|te|brown|marron|marrón|oscura|dark"},
			" ~~30 ", []string{"casi ~2 no ~2 he|ha|hemos ~1 orinado", "casi ~2 no ~2 orino|orina|orinado", "barely|hardly ~2 peeing|pee|peed|urinat*", "no ~1 urine"}),
		joined([]string{"spin|spinning|crossfit|workout|entrenamiento|ejercicio|gym|gimnasio|squats|sentadillas|marathon|maraton|maratón"},
			" ~~40 ", []string{"orina|urine|pee|pis|pipi ~~4 cafe|café|coffee|coca|coke|cola|tea|brown|marron|marrón|oscura|dark"}),
	)},
	// A limb gone tight and numb after a blow: compartment syndrome.
	{kind: "compartment", urgency: UrgencyEmergency, patterns: joined(
		[]string{"kick|kicked|patada|pateo|pateó|golpe|golpeo|golpeó|hit|blow|struck|crush*|aplast*|fracture*|fractur*|broke|broken|quebr*"},
		" ~~30 ",
		[]string{"leg|pierna|calf|pantorrilla|shin|espinilla|forearm|antebrazo|arm|brazo ~~8 tight|tensa|tenso|dura|duro|durisima|durisimo|hard ~~15 numb|dormido|dormida|hormigue*|tingl*|cold|frio|fria"},
	)},
	// Caffeine taken by the pill or the spoonful.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"took|taken|swallowed|tome|tomé|tomo|tomó|trague|tragué ~4 #>=4 ~5 caffeine|cafeina|cafeína|pre-workout|preworkout",
		"caffeine|cafeina|cafeína ~2 powder|polvo ~~10 spoon*|cuchara*|scoop*",
	}},
	// A collapse with breathing like snoring, or no answer when shaken.
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{
		"not|isnt|isn't|wont|won't ~2 answer*|responding|respond ~~4 when ~2 i|we ~1 shake|shook|call|pinch",
		"no ~2 contesta|responde|reacciona ~~4 cuando|aunque ~2 lo|la|le ~1 muevo|sacudo|muevo|llamo|hablo|grito",
		"breathing|breaths|respira|respirando ~~3 weird|funny|strange|raro|rara ~~3 like|como ~2 snor*|gasp*|ronca|roncando",
		"on ~1 the ~1 floor|ground ~~12 snoring|gasping",
	}},
}
