package triage

// bloodRules are emergencies of blood disorders and blood thinners that
// probe125 (written independently: sickle cell, hemophilia, von
// Willebrand, ITP, warfarin and the newer thinners, told by those who live
// with them; 50 emergencies, 50 look-alikes) found missing at first run,
// in general words: a spleen filling in a child with sickle cell, or the
// pallor and racing heart of an anaemia crisis, a bleeding disorder with a
// blow to the head or the throat or a limb swelling tight, a platelet
// count in the single thousands with a headache, blood in the urine that
// stops it, a nosebleed that will not stop.
var bloodRules = []rule{
	// Sickle cell with a belly or spleen swelling, or white, faint and
	// racing.
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"sickle|drepanocitosis|drepanocitica|falciforme|falciformes"},
		"spleen|bazo", "belly|barriga|panza|estomago|abdomen ~~8 big|hard|swollen|hinchad*|dura|duro|grande|inflad*",
		"white ~2 as ~1 a ~1 sheet", "lips ~3 white|pale", "labios ~3 blancos|palidos|pálidos",
		"pale|palid*|pálid*|blanco|blanca ~~10 dizzy|mare*|fell|cay*|pounding|racing|acelerad*|lethargic|floppy|faint*|desmay*")},
	// A bleeding disorder with a blow to the head or the throat, a limb
	// swelling tight, or blood vomited.
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"hemophilia|haemophilia|hemofilia|hemofilico|hemofílico|willebrand|vwd"},
		"hit|bump*|bang*|golpe*|golpeo|golpeó|fell|cayo|cayó|cay ~~6 head|cabeza|throat|garganta|neck|cuello",
		"huge|tight|swollen|swelling|hinchad*|tensa|tenso ~~12 numb*|pale|palid*|sweat*|sudor*|tingl*|dormid*|duerme|hormigue*",
		"vomit*|threw|thrown|vomito|vomitó ~~8 blood|sangre|clots|coagulos|dark|oscuro")},
	// A throat swelling after a blow, with the voice or the swallowing
	// going: "his neck is swelling up on the side, his voice sounds weird
	// and he says it's hard to swallow".
	{kind: "breathing", urgency: UrgencyEmergency, patterns: []string{
		"neck|cuello|throat|garganta ~~6 swell*|swelling|hinch* ~~15 voice|voz|swallow*|tragar|breath*|respir*",
	}},
	// Platelets in the single thousands with a headache, vomiting,
	// blurred sight or bleeding.
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: joined(
		[]string{"plaquetas|platelets|platelet|plt ~~3 #1-20"}, " ~~25 ",
		[]string{"headache|cabeza|vomit*|vomite|vomité|blurr*|borroso|borrosa|bleed*|sangr*|moretones|bruis*"})},
	// Blood in the urine that stops it: clots.
	{kind: "urinary_retention", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cant|can't|cannot ~2 pee|urinate", "no ~2 puedo|puede ~1 orinar", "just ~1 dribbles|drops"},
		"clots|coagulos|coágulos", "pure ~1 blood", "pura ~1 sangre")},
	// A nosebleed that will not stop: half an hour or more, towels soaked,
	// or a grey, sweaty or faint person.
	{kind: "bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"nosebleed|nosebleeds", "nose ~1 bleed|bleeding", "sangr* ~3 nariz", "hemorragia ~2 nasal"},
		"grey|gray|gris|sweat*|sudor*|faint*|desmay*", "towel|towels|toalla|toallas", "#30-300 ~1 min|mins|minutes|minutos", "#1-12 ~1 hour|hours|hrs|hora|horas")},
}
