package triage

// disasterRules are emergencies of weather, disasters and outages that
// probe128 (written independently: heat, winter storms, power cuts,
// floods, smoke; 50 emergencies, 50 look-alikes) found missing at first
// run, in general words, with the carbon monoxide rules they refined: a
// grill or a generator burning indoors with a headache or a faint, a
// ventilator's battery running down in an outage, water swallowed in a
// flood and the breath going, a child found in a hot vehicle. A carbon
// monoxide detector asked about, or an alarm of last night with nobody
// sick, is no emergency.
var disasterRules = []rule{
	// Carbon monoxide named (not a detector or a test of it).
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: []string{
		"carbon ~1 monoxide", "monoxido ~2 carbono",
	}, notAfter: "detector|detectors|detectores|alarm|alarms|alarma|alarmas|monitor|monitors|test|tests|prueba|pruebas|level|levels|nivel|niveles",
		notBefore: "detector|detectors|detectores|alarm|alarma|alarmas|monitor|sensor"}, // "un detector de monóxido de carbono", "my carbon monoxide level from the ER"
	// A carbon monoxide alarm sounding, or with signs.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"co ~1 alarm|detector|monitor", "carbon ~1 monoxide ~1 alarm|detector|monitor", "detector|alarma ~2 de ~1 monoxido"},
		"going ~1 off", "beeping|sonando|suena|pitando|sounding", "headache*|dizzy|mare*|nause*|vomit*|confus*|confundid*|sleepy|dormid*|faint*|desmay*", "dolor ~2 cabeza")},
	// A grill, a generator or a brazier burning indoors, with a sign.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"grill|generator|generador|planta|charcoal|carbon|carbón|anafre|brasero ~~6 inside|indoors|adentro|dentro|garage|garaje|cochera|cocina|kitchen|living|sala|basement|sotano|sótano"},
		"dizzy|mare*|mareo|confus*|confundid*|headache*|desmay*|faint*|vomit*|nause*|sleepy|dormid*", "dolor ~2 cabeza", "passed ~1 out", "going ~2 to ~1 be ~1 sick")},
	// A ventilator's battery running down in an outage.
	{kind: "breathing", urgency: UrgencyEmergency, patterns: append(eitherOrder(
		[]string{"ventilator|ventilador|respirador|bipap|trach"},
		"battery|bateria|batería ~~8 #0-30", "battery|bateria|batería ~~8 menos|less|dying|acabarse|agotando|acabando"),
		// "la batería de su ventilador está por acabarse"
		"battery|bateria|batería ~~4 ventilator|ventilador|respirador ~~8 acabarse|acabando|agotando|dying|menos|less|#0-30")},
	// Water swallowed or breathed in a flood or a pool, then the breath
	// going: "tragó mucha agua … tose sin parar y respira con dificultad".
	{kind: "breathing", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"swallowed|inhaled|trago|tragó|aspiro|aspiró ~~4 agua|water", "casi ~2 se ~1 ahoga|ahogo|ahogó", "near ~1 drown*|nearly ~1 drown*|almost ~1 drown*"},
		"respira ~2 con ~1 dificultad", "breath* ~~3 hard|trouble|difficult*|fast", "cough* ~~3 nonstop|non-stop|stop", "tose ~2 sin ~1 parar", "blue|azul*|morad*")},
	// A child found in a hot vehicle, limp or hot.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"left|found|forgot|dejado|dejada|olvidado|olvidada|deje|dejé|dejamos|olvide|olvidé|encontr* ~~8 van|car|truck|carro|coche|auto|camioneta"},
		"hot ~2 to ~1 the ~1 touch", "limp|floppy|unresponsive|lethargic|inconsciente", "no ~1 responde", "breathing ~2 fast|rapid*", "muy ~1 caliente",
		"ardiendo|rojisimo|rojísimo", "no ~1 llora", "como ~1 ido|ida", "not ~1 crying")},
}
