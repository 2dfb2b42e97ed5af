package triage

// substanceRules are emergencies of alcohol and drugs told by users,
// friends and families: an overdose with gurgling breath, a few breaths a
// minute, a teen who drank a bottle fast and no longer answers, vomit in
// the mouth of someone who will not wake, street liquor then blurred
// sight, eyes jumping with a drunken walk and confusion, paranoia with a
// knife, a wish to jump from a roof, a child near an open bottle of
// methadone. probe54 (50 such emergencies, 50 look-alikes) found them
// missing at first run.
var substanceRules = []rule{
	// Breathing gone wrong after using: gurgling, a few breaths a minute.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"odd|oded|overdos* ~~15 breath*|gurgl*|snor*|respira*",
		"gurgl* ~~4 breath*|respira*", "breath*|respira* ~~4 gurgl*",
		"#1-8 ~1 breaths|respiraciones ~2 a|per|por ~1 minute|min|minuto",
		"nodding ~1 out ~~15 pinpoint|tiny|breath*",
		"breathing|breaths|respira ~3 #1-8 ~1 times|veces ~2 a|per|por ~1 minute|min|minuto",
		"breath*|respira* ~~10 #1-8 ~1 a|per|por|al ~1 minute|minuto", "#1-8 ~1 breaths ~1 a|per ~1 minute",
		"snor* ~~10 barely|cant|can't|hard ~3 wake", "barely|cant|can't|hard ~3 wake ~~10 snor*",
	}},
	// Drank a bottle fast, then no answer: alcohol poisoning.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{liquorWords},
		"ya ~1 no ~1 contesta|responde", "no ~1 contesta|responde ~2 cuando", "only ~1 groans|moans", "limp",
		"unresponsive", "wont|won't|cant|can't|doesnt ~2 wake", "no ~2 despierta")},
	// Vomit in the mouth of someone who does not wake.
	{kind: "aspiration", urgency: UrgencyEmergency, patterns: []string{
		"threw ~1 up ~~10 didnt|didn't|not|no ~3 wake|despert*", "vomited|vomito|vomitó ~~10 didnt|didn't|not|no ~3 wake|despert*",
		"stuff|vomit|vomito ~3 in ~2 his|her|su ~1 mouth|boca",
	}},
	// Street liquor, then blurred sight or fast breathing: methanol.
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{liquorWords + " ~~6 barato|cheap|street|calle|casero|homemade|adulterad*|bootleg", "barato|cheap|street|calle|casero|homemade|adulterad*|bootleg ~~4 " + liquorWords},
		"borroso|blurry|blurred", "ve ~2 mal|borroso", "respira ~2 rapido|rápido", "breathing ~2 fast")},
	// Eyes jumping, a drunken walk, confusion: a brain starved by drink.
	{kind: "neuro", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"eyes|ojos ~4 jumping|bouncing|darting|brincan|saltan|brincando"},
		"cant|can't ~2 walk ~1 straight", "confus*|confundid*", "doesnt ~1 know ~2 what ~1 year|day", "does ~1 not ~1 know ~2 what ~1 year|day", "no ~1 sabe ~2 que ~1 ano|dia")},
	// Paranoid with a weapon in hand.
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"knife|cuchillo|machete|gun|pistola|arma|bat|bate"},
		"thinks|cree ~~8 kill|matar", "thinks|cree ~~8 after ~1 him|her", "paranoi*", "persiguen|persiguiendo",
		"lo|la|me|nos|los ~1 quiere|quieren ~1 matar", "wants|trying|going ~2 to ~1 kill ~1 him|her|me|us|them")},
	// Mania or psychosis off its medicine, with a danger now: driving at
	// a hundred, on a roof, sure of flying.
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"bipolar|mania|manic|maniaco|maniaca|schizophreni*|esquizofreni*|psychos*|psicosis|lithium|litio"},
		"fly|float|volar|flotar ~~6 car|roof|jump|techo|saltar|brincar|carro", "roof|techo|azotea ~~8 jump|saltar|brincar|float|fly",
		"driving|manejando ~~4 #>=100")},
	// On a roof sure of floating down, or of flying: "she's on the roof
	// saying she can jump and float down".
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: []string{
		"roof|techo|azotea ~~10 jump|saltar|brincar ~~4 float|fly|volar|flotar",
		"roof|techo|azotea ~~10 can ~1 fly|float", "puede ~1 volar|flotar ~~10 techo|azotea",
	}},
	// A baby "switched" or "not mine" after a birth: a mother's psychosis.
	{kind: "postpartum_psychosis", urgency: UrgencyEmergency, patterns: []string{
		"switched|swapped|cambiaron|replaced ~~4 baby|bebe|bebé",
		"baby|bebe|bebé ~~6 isnt|isn't|not ~1 mine", "this ~1 one ~~4 isnt|isn't|not ~1 mine", "bebe|bebé ~~6 no ~1 es ~1 mio|mia|mío|mía",
	}},
	// Aspirin in quantity with ringing ears or fast breathing.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"aspirin|aspirina|salicylate|pepto|excedrin"},
		"ringing|zumbido|zumban", "breathing ~2 fast|rapid|hard", "respir* ~2 rapido|rápido|agitad*")},
	// A wish to jump from a roof, a bridge, a window.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"quiere|quiero|wants|want ~2 aventarse|tirarse|lanzarse|aventarme|tirarme|jump ~~4 techo|azotea|puente|balcon|balcón|ventana|roof|bridge|window",
	}},
	// An opioid swallowed, then sleepy or slow to breathe: "he swallowed
	// some of my oxycodone … really sleepy".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"swallow*|ate|chewed|got|trago|tragó|comio|comió|mordio ~~8 " + opioidWords + "|oxy|oxys|percs ~~25 sleepy|drowsy|somnolient*|dormid*|pinpoint|tiny|floppy|limp|awake|despiert*",
	}},
	// Someone else's pills, or the wrong ones, then a faint: "se tomó las
	// pastillas de la presión de mi papá … se acaba de desmayar".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"took|taken|swallowed|tomo|tomó|trago|tragó|tomado ~~4 pills|pastillas|meds|medicine|medicina|medicamentos ~2 de|of ~1 mi|my|su|his|her ~1 papa|mama|husband|wife|esposo|esposa|dad|mom|abuela|abuelo|grandma|grandpa|brother|sister|hermano|hermana ~~25 desmay*|faint*|fainted|unconscious|inconsciente",
		"mistake|error|wrong|equivocad*|confundio|confundió|accidentally|accidentalmente ~~12 pill*|pastilla*|meds|medicine|medicina|dose|dosis ~~25 desmay*|faint*|fainted|unconscious|inconsciente",
		"took|taken|swallowed|tomo|tomó|trago|tragó|tomado ~~4 pills|pastillas|meds|medicine|medicina|medicamentos ~2 de|of ~1 mi|my|su|his|her ~1 papa|mama|husband|wife|esposo|esposa|dad|mom|abuela|abuelo|grandma|grandpa|brother|sister|hermano|hermana ~~25 passed ~1 out",
	}},
	// A small child by an open or emptied pill organizer: "found my 2 yr
	// old with my mom's pill organizer open, the Tuesday and Wednesday
	// slots are empty".
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"toddler|baby|bebe|kid|son|daughter|hijo|hija|nino|nina|nene|nena|old ~~12 pill|pills|medicine ~1 organizer|organiser|box|case ~~10 open|opened|empty|empties|missing|gone",
		"toddler|baby|bebe|kid|son|daughter|hijo|hija|nino|nina|nene|nena|old ~~12 pastillero|organizador ~~10 abierto|abierta|vacio|vacia|faltan|open|empty",
	}},
	// Most of a bottle drunk, then drowsy or unsteady: "drank most of a
	// bottle of children's cough and cold syrup … very drowsy and wobbly".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"drank|swallowed|ate|tomo|tomó|trago|tragó|bebio|bebió ~~5 most|whole|all|half|entire|todo|toda|medio|media ~3 of|de|del ~2 bottle|frasco|botella|jarabe|syrup ~~25 drowsy|sleepy|wobbly|dormid*|somnolient*|floppy|falling|staggering|tambale*|mareado|mareada",
	}},
	// A small child and an opioid film or pill of another's, whatever he
	// seems: "my 3yo got one of my husband's suboxone strips".
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"toddler|baby|bebe|nieto|nieta|nino|nina|nene|nena|kid|son|daughter|hijo|hija|3yo|2yo|1yo|4yo|yo|old ~~10 got|ate|chewed|swallowed|trago|tragó|comio|comió|mordio|mordió|mastico|masticó ~~8 " + opioidWords + "|suboxona",
	}},
	// Washer fluid or antifreeze, then sleepy or the sight blurred.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"windshield|washer|antifreeze|anticongelante|limpiaparabrisas ~~40 sleepy|drowsy|blurry|borroso|borrosa|confus*|confundid*|dormid*|somnolient*",
	}},
	// A count of pills dropped, with a note or silence: "there were about
	// 40 left and now there are maybe 15 … he wrote sorry mom".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"#>=10 ~2 left|quedaban|habia|había ~~8 now|ahora|only|solo|quedan ~4 #0-100",
	}},
	// A shunt with vomiting, sleepiness or a headache: blocked.
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: []string{
		"shunt|valvula|válvula|derivacion ~~25 vomit*|vomito|vomitó|vomitando|sleepy|dormid*|somnolient*|headache|drowsy",
	}, mild: "mild|leve|slight|little|poquito|poquita"}, // "a mild headache since soccer": for today
	// A child near an open bottle of an opioid: one pill can kill.
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		opioidWords + " ~3 bottle|frasco|bote ~3 open|abierto|abierta ~~15 swallow*|ate|trago|tragó|comio|comió|chewed|mordio",
	}},
}

// Words for substanceRules.
const (
	liquorWords = "tequila|rum|ron|vodka|whiskey|whisky|liquor|licor|aguardiente|mezcal|everclear|moonshine|gin|ginebra"
	opioidWords = "methadone|metadona|fentanyl|fentanilo|suboxone|buprenorphine|oxycodone|oxycontin|morphine|morfina|tramadol|percocet|vicodin"
)
