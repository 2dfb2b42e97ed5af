package triage

import "slices"

// metabolicRules are the emergencies of hormones, metabolism and
// medicines told in everyday words, often with a home device's number: a
// digoxin heart slow with yellow sight, the skin coming off after a new
// medicine, a sodium low enough to confuse or jerk, an insulin given twice
// or instead of a smaller dose with the sugar falling, a sugar past 400
// with drowsiness, a thyroid storm after radioactive iodine, a child in an
// adult's pills nobody can count. probe70 (50 such emergencies, 50
// look-alikes) found them missing at first run.
var metabolicRules = []rule{
	// Digoxin with yellow or haloed sight, nausea or a slow heart.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"digoxin*|digoxina|lanoxin|digitalis"},
		"yellow*|amarill*", "halo|halos|aureola*", "nause*|vomit*|vomito|vomitando",
		"heart ~1 rate|pulse|hr|pulso ~4 #20-50")},
	// The skin coming off or blistering with a fever, a rash or a new
	// medicine: a drug's skin reaction (not a sunburn or a peel).
	{kind: "medication_reaction", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"skin|piel ~~4 slough*|peel*|cae|caia|despelleja*|desprende|ampollas", "skin ~~4 coming|falling ~1 off", "blisters|ampollas ~~6 mouth|boca|eyes|ojos|lips|labios"},
		feverWords, "rash|sarpullido|ronchas|manchas", "tegretol|carbamazepin*|lamotrigin*|lamictal|allopurinol|alopurinol|bactrim|sulfa|phenytoin|fenitoina|dilantin|antibiotic*|antibiotico*"),
		idiom: "sunburn|quemadura|sol|sun|beach|playa|chemical|quimico|retinol|tretinoin|facial"},
	// A sodium low enough to confuse or jerk, or a water pill then
	// confusion with jerking.
	{kind: "critical_lab", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"sodium|sodio ~4 #100-128"}, slices.Concat(newConfusion, []string{"jerk*|twitch*|convuls*|seizure*|sacud*"})...),
		eitherOrder([]string{"hydrochlorothiazide|hctz|chlorthalidone|clortalidona|diuretic*|diuretico*", "water ~1 pill|pills|pastilla"}, "jerk*|twitch*|convuls*|seizure*|sacud*"),
	)},
	// Insulin given twice, or instead of a smaller dose, or on top of the
	// usual one, with the sugar falling or the shakes.
	{kind: "medication_error", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{insulinWords + " ~~8 twice|double|doble|instead|vez", insulinWords + " ~~8 on ~1 top ~1 of", "wrong ~1 pen|insulin|insulina"},
			"#20-70 ~~4 double|arrows|flechas|dropping|bajando|falling", "shaky|shaking|temblor|tiemblo|temblando|sweat*|sudor|sudando",
			"alone|sola|solo", "what ~1 do ~1 i ~1 do", "que ~1 hago"),
		[]string{"#20-200 ~1 units|unidades ~~6 instead ~1 of", "#20-200 ~1 units|unidades ~~6 en ~1 vez ~1 de"},
	)},
	// A sugar past 400 with drowsiness, confusion, little urine or deep
	// breathing: the sugar's coma coming.
	{kind: "diabetic_emergency", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"meter|sugar|glucose|azucar|glucosa|bs|bg|glucometro ~4 #400-1500", "#400-1500 ~3 sugar|glucose|azucar|glucosa|mg",
			// fresh329: "the meter said HI three times this morning then 512".
			"meter|glucometer|glucometro|monitor|dexcom|libre ~~2 said|says|reads|read|showed|shows|dice|marca|marcó|marco ~1 hi|high|alto"},
		"drowsy|somnolient*|sleepy|dormid*|lethargic|letargic*", "confus*|confundid*", "not|doesnt|wasnt|wasn't|isnt|isn't|werent|weren't ~1 making ~2 sense", "no ~2 tiene ~1 sentido",
		"head ~~3 in ~2 a ~1 fog", "foggy",
		// fresh376: "today he doesnt know what day it is".
		"doesnt|doesn't|dont|don't ~1 know ~~3 what ~1 day", "doesnt|doesn't|dont|don't ~1 know ~~3 who|where", "no ~1 sabe ~~3 que ~1 dia", "no ~1 sabe ~~3 quien|donde",
		"barely ~2 peed|pee|awake", "breathing ~2 fast|deep|hard", "respira ~2 rapido|profundo")},
	// A thyroid storm: a thyroid treated or overactive, then a racing
	// heart with a high fever or a mind going.
	{kind: "thyroid_storm", urgency: UrgencyEmergency, patterns: joined(
		[]string{"thyroid|tiroides|graves|hyperthyroid*|hipertiroid*|methimazole|metimazol|radioactive|radioactivo|yodo|iodine"}, " ~~30 ",
		eitherOrder([]string{"heart|pulse|hr|corazon|pulso|racing ~4 #130-250", "#130-250 ~3 bpm|heart|pulse|pulso"},
			"burning ~1 up", feverWords+" ~3 #102-107|#39-42", "#102-107|#39-42 ~2 "+feverWords, "confus*|confundid*", "not ~1 making ~1 sense", "losing ~2 my ~1 mind", "agitad*|agitated")),
	},
	// A child in an adult's pills, how many nobody knows, or drowsy after.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		childAge + " ~~10 ate|swallowed|eaten|chewed|comio|trago|tomo ~~10 dont|not ~2 know ~1 how ~1 many|much",
		childAge + " ~~10 got ~1 into ~~8 pills|pill|meds|medication|pastilla*|tablet*|purse|bolsa",
	}},
}

const (
	// insulinWords are insulin and what gives it.
	insulinWords = "insulin*|insulina|bolus|bolo|pen|pluma|" + insulinBrands
	// childAge are children and ages ("my 2 yr old", "4 year old").
	childAge = childWords + "|yr|year|years|yo"
)
