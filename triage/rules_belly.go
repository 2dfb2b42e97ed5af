package triage

import "slices"

// bellyRules are the emergencies of the belly, the bowel, the liver, the
// kidneys and the bladder told in everyday words: paracetamol taken for
// days with nausea, a sudden pain low on one side with vomiting, no urine
// for hours with a bulging belly, a belly gone hard after a colonoscopy,
// black tar or maroon stool with tiredness, a thinner or a racing heart,
// bloody diarrhoea with dizziness on standing and little urine, a
// beating in the belly with a back pain, a sudden severe belly pain on
// atrial fibrillation, a baby vomiting every feed and gone limp, a tube or
// catheter draining nothing with pain. probe68 (50 such emergencies, 50
// look-alikes) found them missing at first run.
var bellyRules = []rule{
	// Paracetamol taken for days, more than the day's most, then nausea,
	// a pain under the right ribs or yellowing: the liver failing.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{paracetamol + " ~~10 #9-60 ~2 pastillas|pills|tabletas|tablets|caps*", "#9-60 ~2 pastillas|pills|tabletas|tablets ~~6 " + paracetamol},
		"nause*|vomit*|vomito|vomitando", "lado ~1 derecho ~1 arriba", "right ~1 upper", "yellow|amarill*")},
	// A sudden pain low on one side with vomiting, doubled over or
	// unable to stand: a twisted ovary or testicle, an appendix.
	{kind: "abdominal_emergency", urgency: UrgencyEmergency, patterns: eitherOrder(
		joined([]string{"sudden*|repente|repentino|repentina"}, " ~~8 ", lowSide),
		"vomit*|vomito|vomitando|vomita|throwing|threw|puking", "cant|can't ~2 stand ~2 up|straight", "doblad*|agachad*|encorvad*")},
	// No urine for hours, with a bulging belly, moaning or pain.
	{kind: "urinary_retention", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"hasnt|havent|not|no ~3 peed|pee|urinated|orinado|orina ~~6 #6-72 ~1 hours|hrs|horas|hour",
			"#6-72 ~1 hours|hrs|horas ~~4 sin ~2 orinar|pipi"},
		"belly|panza|vientre|bladder|vejiga|abdomen ~~4 bulg*|swollen|hinchad*|hard|dura|duro|distend*|inflad*",
		"moaning|quejand*|agitated|agitad*", "pain|dolor|duele|hurts")},
	// After a colonoscopy or an endoscopy, a belly gone hard, or a fever
	// with a pain past bearing: a torn bowel.
	{kind: "abdominal_emergency", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{scopeWords}, "durisim*|rigid*", "hard ~2 as ~2 a ~1 board|rock", "estomago|panza|barriga|belly|abdomen|stomach ~3 duro|dura|hard"),
		joined([]string{scopeWords}, " ~~30 ", eitherOrder([]string{feverWords}, "no ~1 aguanto", "unbearable|worst|insoportable|terrible|severe")),
	)},
	// A belly hard as a board, or swollen and hard with a fever or a racing
	// heart (probe147, probe148: a typhoid bowel torn, a colon that
	// swells on steroids).
	{kind: "abdominal_emergency", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{"belly|stomach|abdomen|panza|barriga|vientre|estomago ~~6 hard|dura|duro ~2 like|as|como ~2 a|una ~1 board|tabla|rock|piedra"},
		joined([]string{"belly|stomach|abdomen|panza|barriga|vientre|estomago ~~4 swollen|distended|hinchad*|inflad* ~~4 hard|rigid|dura|duro|rigid*"},
			" ~~25 ", []string{feverWords, "#38-42|#101-106", "heart ~1 rate|hr ~3 #120-220", "racing|acelerad*"}),
	)},
	// Stool of blood and clots with a faint, a blackout or dizziness: a
	// bleed in the gut (probe148).
	{kind: "gi_bleeding", urgency: UrgencyEmergency, patterns: joined(
		[]string{"bm|bms|stool*|poop*|heces|popo|caca|toilet|inodoro|rectal|evacuaci* ~~15 blood|bloody|sangre|clots|coagulos",
			"blood|bloody|sangre|bleeding|sangrando ~~6 bottom|butt|rear|rectum|ano|recto|detras|atras|trasero|nalgas|colita|pompis"},
		" ~~25 ", []string{"blacked|fainted|desmay*|desvaneci*", "passed ~1 out", "dizzy|mareado|mareada|marea|lightheaded",
			"blanca|blanco|white|pale|palida|palido ~2 como|as|like ~2 el|la|a ~1 papel|paper|sheet|pared|ghost|fantasma"})},
	// Black tar or maroon in the stool with tiredness, breathlessness, a
	// painkiller or a thinner, a racing heart or a low pressure: a bleed in
	// the gut (not after Pepto-Bismol or iron).
	// Blood passed or vomited in quantity: "a diaper FULL of blood",
	// "pooped pure blood with maroon clots", "throwing up clots", "filling
	// the toilet bowl with blood".
	{kind: "gi_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"diaper|panal ~3 full|lleno|llena ~2 of|de ~1 blood|sangre",
		"pooped|pooping|poop|pooed|stool|stools ~3 pure|all|just|straight|puro|pura ~1 blood|sangre",
		"maroon ~3 clots|stool*|poop|blood",
		"throwing|threw|vomiting|vomited|puking ~2 up ~2 clots", "vomit* ~2 coagulos",
		"filling|filled|fills|llenando|lleno|llena ~3 toilet|inodoro|taza|bowl ~~4 blood|sangre",
		"toilet|inodoro|taza|bowl ~3 full|lleno|llena ~2 of|de ~1 blood|sangre",
		"blood|sangre ~~8 filling|filled|llenando|llenó ~3 toilet|inodoro|taza|bowl",
	}},
	// Blood or something dark red vomited, then dizzy or faint, above all
	// on standing (fresh383: "threw up and its dark red and theres a lot.
	// dizzy standing up").
	{kind: "gi_bleeding", urgency: UrgencyEmergency, patterns: joined(
		[]string{"threw|throwing|throw|vomit*|vomite|vomité|puked|puking ~~8 blood|sangre|dark ~1 red", "vomit*|vomite|vomité ~~8 rojo|roja ~1 oscuro|oscura",
			"threw|throwing|vomit*|puked ~~8 red ~~3 alot|lot|lots|much"}, // fresh437: "I threw up and it was red like alot of red. 2 times. I feel dizzy"
		" ~~20 ", []string{"dizzy|mareado|mareada|mareo|mareos|lightheaded|faint*|desmay*", "passed|passing ~1 out", "black ~1 out"})},
	{kind: "gi_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"tar|tarry|alquitran|chapopote", "maroon|granate|burgundy ~~4 stool*|poop*|pooping|heces|popo|caca|evacuaci*", "color ~1 vino ~~4 heces|popo|caca|evacuaci*",
			"stool*|poop*|heces|popo|caca ~3 black|negro|negra|negras|negros"},
		"tired|winded|breathless|cansad*|weak|debil", "short ~1 of ~1 breath", "falta ~2 aire",
		"aleve|naproxen|ibuprofen*|ibuprofeno|advil|motrin|aspirin*|aspirina|"+thinnerNames,
		"racing|acelerad*|pounding", "bp|pressure|presion ~3 #50-95", "pale|palido|palida", "passing|passed ~1 out", "faint*|desmay*")},
	// No urine for a day with the sight going dark on standing, a racing
	// heart or nothing kept down (fresh334: "haven't peed since yesterday
	// morning, everything goes black when I stand up and my heart races …
	// can't even keep sips of gatorade down").
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"havent|haven't|hasnt|hasn't|not ~2 peed|pee|urinated ~~4 since|in|all", "no ~2 he|ha ~1 orinado|hecho ~1 pipi|pipí ~~4 desde|en|todo"},
		"everything ~2 goes|went|going|turns ~1 black|dark|gray|grey", "se ~1 me ~1 pone ~2 todo ~1 negro|oscuro", "heart ~2 races|racing|pounding",
		"cant|can't|cannot ~~4 keep ~~4 down", "too ~1 weak", "no ~~3 retengo|aguanto ~2 nada")},
	// Bloody diarrhoea with dizziness on standing or hardly any urine.
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"diarrea|diarrhea|diarrhoea ~~4 sangre|blood|bloody", "bloody ~1 diarrhea|diarrhoea"},
		"mareo|mareada|mareado|dizzy|lightheaded ~~4 stand*|pararme|parar|levantarme", "mareo|mareada|mareado|dizzy|lightheaded ~~4 get ~1 up",
		"casi ~2 no ~2 orino|orina", "barely|hardly ~2 peeing|pee|peed")},
	// Something beating in the belly with a back pain, weakness or a
	// faint: an aorta bursting.
	{kind: "abdominal_emergency", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"late|latiendo|pulsa|pulsando|palpita* ~~4 ombligo|panza|barriga|estomago|abdomen", "pulsing|pulsating|throbbing|beating ~~4 belly|stomach|abdomen|navel|tummy"},
		"espalda|back", "debil|weak", "me ~1 voy", "desmay*|faint*|pale|palido|palida")},
	// A sudden severe belly pain with atrial fibrillation: a clot in the
	// bowel's artery.
	{kind: "abdominal_emergency", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"afib|fibrilacion", "atrial ~1 fibrillation"},
		"sudden*|repente ~~4 severe|fuerte|terrible|intense ~~4 belly|stomach|abdominal|abdomen|panza|barriga|estomago",
		"belly|stomach|abdominal|panza|barriga|estomago ~~4 pain|dolor ~~10 worse ~2 than")},
	// A baby vomiting every feed, or shooting it out, gone limp or dry.
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"projectile|proyectil", "vomit*|vomita|vomitando ~~6 every|after|cada|despues ~2 feed*|bottle|toma|tomas|biberon|mamila"},
		"limp|floppy|lacio|lacia|flojito|flojita|aguadito|aguadita", "hardly|barely|casi ~2 any|no ~2 wet|mojad*", "dry ~1 diaper*", "panales ~1 secos")},
	// A tube or catheter draining nothing, with pain, a cold sweat, a
	// fever or chills.
	{kind: "urinary_retention", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"sonda|catheter|cateter|foley|nefrostom*|nephrostom* ~~10 no ~2 sale ~1 nada", "sonda|catheter|cateter|foley|nefrostom*|nephrostom* ~~10 nothing ~2 coming|draining",
			"bolsa ~2 vacia", "bag ~2 empty", "no ~2 esta ~1 saliendo ~2 nada"},
		"duele|dolor|pain|hurts", "sudando|sudor|sweating|sweaty", feverWords, "escalofr*|chills")},
}

// lowSide are the ways a pain low on one side of the belly is told.
var lowSide = []string{
	"low|lower ~3 right|left ~1 side", "right|left ~1 side ~2 low|lower",
	"lado ~1 derecho|izquierdo|derecha|izquierda ~1 abajo|bajo", "abajo ~2 a ~1 la ~1 derecha|izquierda",
}

const (
	// paracetamol by its names.
	paracetamol = "paracetamol|acetaminophen|acetaminofen|tylenol|tempra"
	// scopeWords are a colonoscopy or an endoscopy and what they remove.
	scopeWords = "colonoscop*|colonoscopia|endoscop*|polyp*|polipo*|egd|ercp"
	// thinnerNames are blood thinners by name.
	thinnerNames = "warfarin*|warfarina|coumadin|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|thinner*|anticoagul*"
)
