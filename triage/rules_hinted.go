package triage

// hintedRules are dangers that the sixteenth session's independent sets
// (probe282: crises of the mind told indirectly; probe283: danger from
// another person now; probe285: emergencies inside errands) found told
// in ways no rule read: a child taken by a relative without custody, a
// driver high or drunk with a child in the car, voices telling a writer
// on a platform to step in front of the train, a whole bottle "gone
// down" with sleepiness, insulin stopped with confusion, a razor and the
// wrists, a rescue inhaler used every few minutes without relief.
var hintedRules = []rule{
	// A child taken now by someone without custody: "my ex-brother-in-law
	// just took my 6 year old from the front yard and drove off … He has
	// no custody".
	{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{
			"just ~1 took|grabbed|snatched ~~4 my|our ~~3 son|daughter|kid|child|baby|boy|girl|old|granddaughter|grandson",
			"se ~1 llevo|llevó|robo|robó ~2 a ~1 mi|nuestra|nuestro ~1 hijo|hija|niño|niña|bebe|bebé|nieto|nieta",
		},
		"drove ~1 off|away", "no ~1 custody", "threatening ~2 to ~1 take", "no ~1 tiene ~2 custodia", "se ~1 fue ~2 en ~1 el|su ~1 carro|coche",
		"smelled ~2 like ~1 alcohol|booze", "olia|olía ~2 a ~1 alcohol")},
	// A driver high or drunk with a child in the car now: "he's clearly
	// high, he's swerving all over the road … she's not even buckled".
	{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"swerving", "high|drunk|wasted|borracho|borracha|drogado|drogada ~~8 driving|drive|drove|manejando|maneja|manejar"},
		"not ~2 buckled", "car ~1 seat|seats", "with ~2 the|my|our ~1 kids|baby|daughter|son", "niños|ninos|bebe|bebé|hija|hijo ~~4 carro|coche|auto",
		"#1-12 ~1 yo|year|años", "following ~2 them|him|her")},
	// Voices that order a step in front of a train or traffic: "the
	// voices keep telling me to step in front of the train … I'm on the
	// platform".
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: []string{
		"voices|voice|voces|voz ~~8 step|walk|throw|jump|tirarme|aventarme|lanzarme ~~4 front|frente|train|tren|traffic|tracks|vias|vías",
		"protect|proteger|signals|senales|señales|voices|voces ~~12 knife|knives|cuchillo|cuchillos|machete|machetes|gun|pistola",
		"sharpening|afilando ~~3 every|all|todos|each ~~3 knife|knives|cuchillos|machetes",
	}},
	// A whole bottle swallowed, told as gone: "the bottle of sertraline …
	// is empty now. all of it went down about 40 min ago … sleepy and my
	// heart is going fast".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"all ~2 of ~1 it|them ~2 went ~1 down", "bottle ~~6 is ~1 empty ~1 now", "se ~1 fue ~2 todo ~~3 frasco", "me ~1 tome|tomé ~1 todo ~2 el ~1 frasco"},
		"sleepy|drowsy|dizzy|somnolient*|mareado|mareada", "heart ~~3 fast|racing|pounding", "min|mins|minutes|minutos ~1 ago", "hace ~2 min|mins|minutos")},
	// Insulin stopped with confusion or vomiting: "God told her to fast
	// and stop her insulin … She's type 1 … she sounded confused".
	{kind: "diabetic_emergency", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"stop|stopped|stopping|quit ~~3 her|his|my|su|mi ~1 insulin|insulina", "dejo|dejó|dejar ~~3 la|su ~1 insulina", "hasnt|hasn't|not ~2 taken ~2 it|insulin ~2 in ~1 #2-9 ~1 days"},
		"confus*|confundid*", "repeating ~1 herself|himself", "vomit*|vomitando|throwing ~1 up", "cant|can't ~1 keep ~2 down", "breathing ~2 fast|deep|hard", "type ~1 1|one")},
	// A razor and the wrists: "I have a razor and I keep staring at my
	// wrists".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"razor|blade|navaja|cuchilla ~~8 staring|mirando|looking|mirar ~~3 wrists|wrist|muñecas|muñeca",
	}},
	// A rescue inhaler used every few minutes without relief: "been using
	// it every 15 min since last night and its not doing anything, I
	// can't walk to the bathroom without stopping".
	{kind: "breathing", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"every ~1 #5-30 ~1 min|mins|minutes|minutos", "cada ~1 #5-30 ~1 min|mins|minutos", "albuterol|inhaler|inhalador|nebulizer|neb ~~8 not ~2 doing|helping|working", "no ~1 me ~1 hace ~1 nada"},
		"albuterol|inhaler|inhalador|nebulizer|neb|puffer", "cant|can't ~1 walk ~~6 without ~1 stopping", "lips ~~3 tingly|blue|gray|grey", "cant|can't ~2 finish ~1 a ~1 sentence", "no ~1 puedo ~1 respirar")},
}
