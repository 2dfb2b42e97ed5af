package triage

// outdoorRules are emergencies of travel, the outdoors and the
// environment: a climber stumbling and confused at altitude, a diver numb
// with a blotchy rash, a body stopped shivering after icy water, a black
// widow's bite with cramps, a poisonous plant chewed, a fever with
// bleeding gums after travel, bloody diarrhoea then no urine, a downed
// power line touched, a lightning strike however well after, weedkiller
// swallowed, a chainsaw wound bleeding. probe57 (50 such emergencies, 50
// look-alikes) found them missing at first run.
var outdoorRules = []rule{
	// High up, then a drunken walk or confusion: altitude sickness of the
	// brain (pink froth, of the lungs, is a breathing sign).
	{kind: "altitude", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"altitude|altura|elevation|nepal|everest|kilimanjaro|himalaya*|andes|cusco|summit|cumbre|glaciar|glacier", "la ~1 paz"},
		"stumbl*|tambale*", "drunk|borracho|borracha", "confus*|confundid*")},
	// After a dive: numbness, a blotchy rash, aching joints, breathing.
	{kind: "diving", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"dive|diving|dove|buceo|bucear|buceando|bucee|scuba"},
		"numb|tingl*|entumid*|hormigue*|dormid*", "joints|knees|rodillas|articulaciones ~3 ache|aching|hurt|duelen|pain", "blotchy|manchas|marbled", "confus*|confundid*")},
	// Stopped shivering and sleepy or cold: deep hypothermia.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"dejo|dejó ~2 de ~1 temblar|tiritar", "stopped ~1 shivering"},
		"dormido|dormida|sleepy|drowsy|confus*|confundid*", "frio|frío|fria|fría|cold")},
	// A black widow's bite, then cramps or a rigid belly.
	{kind: "animal_bite", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"black ~1 widow", "viuda ~1 negra", "black ~1 spider", "spider|araña|arana ~~10 bite|bit|bitten|picó|pico|mordio|mordió"},
		"cramp*|calambre*|rigid|rigida|rígida|hard", "sweat*|sudando", "heart ~3 racing|pounding")},
	// A poisonous plant chewed or eaten.
	{kind: "poisoning", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		poisonPlants + " ~~15 ate|eaten|eating|chewed|chewing|comio|comió|mastico|masticó|swallow*|trago|tragó|seeds|semillas|hojas|leaves",
		"ate|eaten|chewed|comio|comió|mastico|masticó|swallow*|trago|tragó ~~8 " + poisonPlants,
	}},
	// A fever with bleeding gums or blood in the vomit: a haemorrhagic
	// fever.
	{kind: "infection", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{feverWords},
		"gums|encias|encías ~3 bleed*|sangr*", "bleed*|sangr* ~~4 gums|encias|encías", "blood|sangre ~3 in|en ~2 my|his|her|el|su ~1 vomit|vomito|vómito")},
	// Bloody diarrhoea, then no urine or a pale puffy child: the kidneys
	// failing (haemolytic uraemic syndrome).
	{kind: "kidney_failure", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"bloody ~1 diarrhea|diarrhoea|poop|stool", "diarrea ~2 con ~1 sangre"},
		"hasnt|havent|not ~2 peed|pee|urinated", "no ~2 ha ~1 orinado", "no ~2 ha ~1 hecho ~1 pipi", "pale|palido|palida ~~6 puffy|swollen|hinchad*")},
	// A downed power line touched.
	{kind: "electric_shock", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"power ~1 line|lines", "downed ~2 line|lines|wire|wires", "cable|cables ~2 de ~1 luz", "alta ~1 tension|tensión"},
		"touched|thrown|shock*|zap*|toco|tocó|descarga|electrocut*")},
	// Struck by lightning, however well after.
	{kind: "electric_shock", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"struck|hit ~3 by ~1 lightning", "lightning ~~6 struck|hit|strike", "cayo|cayó ~2 un ~1 rayo", "rayo ~~6 le ~1 cayo|cayó",
	}},
	// Weedkiller swallowed.
	{kind: "poisoning", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"herbicid*|paraquat|glifosato|glyphosate|roundup|weedkiller ~~10 tomo|tomó|drank|swallowed|bebio|bebió|trago|tragó|error|mistake",
		"tomo|tomó|drank|swallowed|bebio|bebió|trago|tragó ~~8 herbicid*|paraquat|glifosato|glyphosate|roundup|weedkiller",
	}},
	// A chainsaw, an axe or a machete wound bleeding.
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"chainsaw|motosierra|machete|axe|hacha"}, "bleed*|sangr*|blood|sangre")},
}

// poisonPlants are plants and seeds that poison in small amounts.
const poisonPlants = "oleander|adelfa|foxglove|dedalera|digitalis|yew|tejo|hemlock|cicuta|jimsonweed|toloache|datura|castor|ricino|nightshade|belladona|belladonna"
