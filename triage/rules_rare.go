package triage

// rareRules are emergencies a family practice meets seldom, told in lay
// words: a fever with new confusion, a glaucoma attack, an ectopic
// pregnancy, a torn aorta, a compartment syndrome, a whole household
// poisoned by its heating, heat stroke, a child wheezing after choking,
// words that will not come out. probe41 (50 such emergencies) found them
// missing at first run.
var rareRules = []rule{
	// A fever and a mind that is suddenly not right: sepsis, meningitis
	// ("fever of 103 and he keeps calling me by my mom's name").
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder([]string{feverAny}, newConfusion...)},
	// A painful red eye with halos or rainbow rings, blurred, often with
	// vomiting: acute angle-closure glaucoma.
	{kind: "eye_emergency", urgency: UrgencyEmergency, patterns: []string{
		"eye|ojo|ojos ~~20 halo|halos|rings|rainbow|rainbows|arcoiris|aros|anillos",
		"halo|halos|rings|rainbow|rainbows|arcoiris|aros|anillos ~~20 eye|ojo|ojos ~~20 pain|hurts|dolor|duele|vomit*|threw|thrown",
	}},
	// One-sided low belly pain with a period late and a faint: a
	// ruptured ectopic pregnancy.
	{kind: "ectopic", urgency: UrgencyEmergency, patterns: eitherOrder([]string{"period|regla|menstruacion ~5 late|atrasad*|retrasad*", periodMissed, "regla|periodo ~3 no ~2 baja|llega|viene"}, faintWords...)},
	// A ripping, tearing pain through the back or chest: a torn aorta.
	{kind: "aortic", urgency: UrgencyEmergency, patterns: []string{
		"ripping|tearing|desgarr*|rasgando ~~8 pain|dolor|back|espalda|chest|pecho|shoulder|omoplatos",
		"pain|dolor ~~6 ripping|tearing|desgarr*|rasgando",
		"como ~2 que ~2 me ~1 desgarr*|rasgan|rompen",
	}},
	// A crushed limb swelling hard with the pain running ahead of it:
	// compartment syndrome.
	{kind: "compartment", urgency: UrgencyEmergency, patterns: []string{
		"rock ~1 hard|solid", "hard ~1 as ~2 rock|stone", "duro|dura ~2 como ~1 piedra|roca",
		"swollen|swelling|hinchad* ~~6 tight|tense|shiny|tirante|brillante ~~20 tingl*|numb|hormigue*|dormid*",
	}},
	// Both legs failing with the bladder gone: cauda equina, however
	// told ("wet myself without feeling it", "me hice pipí sin sentir").
	{kind: "cauda_equina", urgency: UrgencyEmergency, patterns: []string{
		"legs|piernas ~~25 wet ~1 myself|himself|herself", "legs|piernas ~~25 peed|pee ~2 myself|without",
		"legs|piernas ~~25 hice|hizo ~1 pipi|pis ~2 sin ~1 sentir",
		"wet|peed ~2 myself|himself|herself ~~25 legs", "pipi|pis ~2 sin ~1 sentir ~~25 piernas",
		"without ~1 feeling ~1 it ~~25 legs",
	}},
	// A whole household sick at home since the heat came on: carbon
	// monoxide.
	{kind: "carbon_monoxide", urgency: UrgencyEmergency, patterns: []string{
		household + " ~~25 " + householdSick + " ~~30 " + heating,
		heating + " ~~30 " + household + " ~~25 " + householdSick,
	}, notAfter: "fixed|arreglaron|arreglado"},
	// Hot, dry skin and a mind gone: heat stroke.
	{kind: "heat_stroke", urgency: UrgencyEmergency, patterns: eitherOrder([]string{"hot|caliente|ardiendo ~3 dry|seca|seco", "piel ~2 seca"}, newConfusion...)},
	// Wheezing or breathing fast after a choking: something went down.
	{kind: "aspiration", urgency: UrgencyEmergency, patterns: []string{
		"chok*|atragant* ~~25 wheez*|silbido|silba", "chok*|atragant* ~~25 breathing ~2 fast",
		"chok*|atragant* ~~25 respira ~2 rapido", "chok*|atragant* ~~25 coughing ~1 nonstop",
		"chok*|atragant* ~~25 tose ~2 sin ~1 parar",
	}, notBefore: "classes|class|clases|curso"},
	// Words that will not come out, all of a sudden: a stroke.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: []string{
		"cant|cannot|couldnt ~2 get ~2 words ~1 out", "words ~2 wont|dont ~1 come ~1 out",
		"no ~2 le|me ~1 salen ~2 las ~1 palabras", "hand|mano ~~6 clumsy|torpe ~~25 words|palabras|speech|hablar",
	}},
	// A small child into someone's heart or blood pressure pills, however
	// far the words lie apart ("got into grandma's purse and ate some of
	// her heart pills").
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		childWords + " ~~15 ate|swallowed|took|got ~1 into|comio|trago|tomo ~~8 heart|pressure|presion|corazon|blood ~2 pill*|pastilla*|meds",
		"ate|swallowed|comio|trago ~3 some|of|unas|algunas ~3 her|his|grandma*|abuel* ~2 heart|pressure|presion|corazon ~1 pill*|pastilla*",
	}},
	// Acetaminophen by the dozen, days ago or not: the liver fails later.
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"took|taken|swallowed|tomo|tome|trago|trague ~~8 tylenol|acetaminophen|paracetamol ~~8 #15-999 ~2 pills|pastillas|tablets|tabletas",
		"took|taken|swallowed|tomo|tome|trago|trague ~4 #15-999 ~2 tylenol|acetaminophen|paracetamol",
	}, notAfter: "mg|mcg|ml|mgs"},
}

// Words for rareRules.
const (
	feverAny      = "fever*|feverish|fiebre|calentura|temp*|#101-107|#38-42"
	household     = "everyone|everybody|todos|familia|family"
	householdSick = "headache*|headache|cabeza|nause*|nausea*|sick|dizzy|mareados|sleepy|dormidos|somnolient*"
	heating       = "heat|heater|furnace|calentador|calefaccion|estufa|boiler|gas"
)

// newConfusion are the ways a mind suddenly not right is told.
var newConfusion = []string{
	"confused|confusion|confundid*|confundida|desorientad*|disoriented",
	"calling ~2 me ~2 by", "not|doesnt ~1 making ~1 sense", "doesnt|dont ~1 know ~2 what|where ~1 day|she|he|is",
	"no ~1 sabe ~2 donde|que ~1 dia|esta", "sin ~1 sentido",
}

// faintWords are a faint coming or the shoulder pain of blood in the belly.
var faintWords = []string{
	"dizzy|faint*|lightheaded|mareada|mareado|desmay*", "goes|went ~1 grey|gray|black", "pass ~1 out",
	"shoulder ~1 hurts", "dolor ~2 hombro",
}
