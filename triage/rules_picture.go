package triage

// pictureRules are emergencies told in the caption of a photo or a
// screenshot, where the words say what the picture shows: a sugar app
// reading "LOW 38", vomit that "es pura sangre" with a dim sight on
// standing, a box of rat poison and pellets in a child's mouth, hot oil
// over a whole forearm and the chest, red streaks with a high fever and a
// faint. probe104 (50 such emergencies, 50 look-alikes) found them
// missing at first run.
var pictureRules = []rule{
	{kind: "glucose", urgency: UrgencyEmergency, patterns: []string{
		"glucose|sugar|azucar|glucosa|meter|glucometro|glucometer|app|cgm|dexcom|libre|sensor ~~6 low|lo|bajo|baja ~1 #10-54",
	}},
	// Blood vomited, with a faint or dizziness coming: "foto del vómito,
	// es pura sangre roja … mareado, se me nubla la vista al pararme".
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"vomit*|vomito|vomitando|vomite|vomita ~~5 blood|sangre", "threw ~1 up ~~5 blood", "blood|sangre ~~5 vomit*|vomito|vomitando|vomite|vomita"},
		"dizzy|lightheaded|mareado|mareada|mareo", "faint*|desmay*", "nubla|blurry|black|negro|dark ~~4 stand*|parar*|levant*")},
	// Rat poison, and something of it in a child's mouth (a dishwasher pod
	// licked is harmRules' to judge).
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"veneno ~2 rata|ratas|raton|ratones ~~15 boca|mouth|comio|trago|lamio|masticando",
		"rat|mouse|mice ~1 poison ~~15 mouth|ate|eaten|swallowed|licked|chewing",
		"raticida|matarratas ~~15 boca|mouth|comio|ate|eaten|swallowed|trago|lamio|licked|chewing|masticando",
	}},
	// Hot oil or water over a whole forearm or more.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: []string{
		"oil|aceite|grease|water|agua|fryer|freidora|burn*|quem*|scald* ~~10 whole|entire|todo|toda ~3 forearm|arm|leg|chest|back|face|antebrazo|brazo|pierna|pecho|espalda|cara",
	}},
	// A high fever, and a faint: sepsis until shown otherwise.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"fever*|fiebre|calentura ~~3 #39-42|#102-106", "#39-42|#102-106 ~~3 fever*|fiebre|calentura"},
		"fainted|desmaye|desmayo|desmayar|desmayado|desmayada", "passed ~1 out", "blacked ~1 out")},
}
