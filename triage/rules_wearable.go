package triage

// wearableRules are emergencies told with what a watch, a glucose sensor
// or a home device says, which probe120 (written independently: watch
// alerts, glucose sensors, cuffs, oximeters; 50 emergencies, 50
// look-alikes) found missing at first run, in general words: a fall the
// watch reported and the person on the floor confused, a slow pulse with
// a faint, a sensor's low reading with a person who no longer answers.
var wearableRules = []rule{
	// On the floor and confused, whoever found them: "she's on the
	// bathroom floor, can't get up, and she's confused — doesn't know who
	// I am" (conditionRules read "found … floor … confused" close).
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"floor|piso|suelo"},
		"confus*|confundid*", "doesnt|didnt ~2 know ~2 who|where", "no ~2 sabe ~2 quien|quién|donde|dónde", "sin ~1 sentido", "nonsense"),
		notAfter: "about|by|sobre|con|with|como|how|why|porque", idiom: "pelvic|pelvico|pélvico"},
	// A slow pulse with a faint or dizziness: "alerta del reloj de
	// frecuencia cardiaca baja 35 y me desmayé".
	{kind: "heart_rate", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"heart ~1 rate|beat ~~6 #20-40", "pulse|pulso ~2 #20-40", "frecuencia ~~4 #20-40", "#20-40 ~1 bpm|lpm"},
		"faint*|desmay*|blacked|mare*|dizzy|lightheaded", "passed ~1 out")},
	// A sensor's low with a person who no longer answers or makes sense:
	// "Libre … says 28 … she was slurring and now she's not answering",
	// "reader just says LO … he just stares at the wall".
	{kind: "glucose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"libre|cgm|dexcom|sensor|glucometer|glucometro|meter|reader|lector|sugar|azucar|glucose|glucosa ~~8 #10-45",
			"libre|cgm|dexcom|sensor|glucometer|glucometro|meter|reader|lector ~~3 says|shows|reads|dice|marca ~1 lo|low|bajo"},
		"slurr*|arrastra*", "not|isnt ~2 answering|responding|waking", "no ~2 contesta|responde|despierta", "stares|staring", "mirada ~1 perdida",
		"confus*|confundid*", "not ~2 making ~1 sense", "sin ~1 sentido"),
		notAfter: "about|by|sobre|why|porque"},
}
