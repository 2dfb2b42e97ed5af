package triage

import "slices"

// psychRules are the emergencies of psychiatric crises, violence and
// medicines gone wrong: psychosis or mania with danger, a new mother out
// of touch with reality, threats and abuse with injuries, a sexual
// assault just now, and the toxic reactions of psychiatric drugs, blood
// thinners and insulin.
var psychRules = []rule{
	// Psychosis with danger: voices that order harm, days without sleep
	// with a weapon, a barricade or voices, a belief of being chosen or
	// invincible at speed.
	{kind: "psychosis", urgency: UrgencyEmergency, idiom: jokeWords, patterns: slices.Concat(
		[]string{
			"voices|voces ~~8 corte|cortar|cortarse|corten|cut|stab|apunal*|burn|quemar*|queme|jump|saltar|tire|tirar*|dealt|deal|punish|castigar",
			"voices|voces ~~15 " + weaponWords, weaponWords + " ~~15 voices|voces",
			"barricad*|atrincher*", "pushed|moved|put|shoved ~3 against ~2 door|doors",
		},
		eitherOrder(sleepless, maniaDanger...),
	)},
	// A new mother out of touch with reality, or left alone with the baby
	// by no one.
	{kind: "postpartum_psychosis", urgency: UrgencyEmergency, idiom: jokeWords + "|little|tiny|pequeno|pequena|travieso|traviesa|diablillo", patterns: slices.Concat(
		eitherOrder([]string{babyWords, postpartumWords},
			"demon|demons|demonio|demonios|devil|diablo|possessed|poseido|poseida|endemoniad*|evil|malvado|malvada|sacrifice|sacrificed|sacrificar|sacrificio",
			"not ~2 really ~1 ours|hers|mine|his", "no ~2 es ~2 nuestro|suyo|mio",
			"god|dios ~2 le|me|her|him ~1 habla|hablo|dice|dijo|talks|speaks|tells|told|ordena|ordeno",
			"god|dios ~1 talks|speaks|tells|told|habla|dice|dijo ~2 her|him|me|le|to",
			"dont|not|no|afraid|scared|miedo ~4 leave|leaving|dejar|dejando|dejarla|dejarlo|dejo ~3 alone|sola|solo|solos|solas ~1 together|with|con"),
		[]string{babyWords + " ~~10 was|been|got|fue|were|is ~1 swapped|replaced|reemplazado|reemplazada|intercambiado|intercambiada"},
	)},
	// Thoughts of hurting someone, with a weapon or a place.
	{kind: "violence", urgency: UrgencyEmergency, idiom: jokeWords, notAfter: "feelings|sentimientos|wound|wounds|cut|cuts|herida|heridas|cortada|injury|lesion|set|sets|block|collection|juego", patterns: []string{
		"thinking|thoughts|thought|urge|urges ~3 hurting|killing|hurt|kill|harm|harming|stabbing|shooting ~2 " + victims,
		"pienso|pensando|ganas|pensamientos ~3 matar|lastimar|golpear|herir|apunalar ~3 " + victims,
		"going|gonna|wants|want|planning|plans ~2 to ~1 hurt|kill|stab|shoot|murder ~3 " + victims,
		"quiero|quisiera|voy|va|piensa|pienso ~2 matar|lastimar|apunalar|envenenar ~1 a|al ~2 " + victims,
		"threatened|threatening|amenazo|amenazaron|amenazando ~3 with|con ~2 a|an|un|una|el|la|su|his|her ~1 " + weaponWords,
		"coming|come|comes|viene|venir|vendra ~~4 with|con ~2 his|her|a|un|una|su|el|la ~1 gun|knife|pistola|arma|cuchillo|machete|navaja",
		"wont|not|never ~1 see|survive ~1 the ~1 morning|night|sunrise",
		"wont|not|never ~1 see|survive ~1 morning|sunrise|tomorrow", "wont|not|never ~2 live ~1 to ~1 see",
		"no ~1 vas|va|vayas ~1 a ~1 amanecer", "no ~1 amaneces|amanezcas",
		"la|lo|los|las|te|nos ~1 va|van ~2 a ~1 matar ~~25 " + violenceNow,
		violenceNow + " ~~25 la|lo|los|las|te|nos ~1 va|van ~2 a ~1 matar",
		"going|gonna ~2 to ~1 kill ~1 her|him|them|us|you ~~25 " + violenceNow,
		violenceNow + " ~~25 going|gonna ~2 to ~1 kill ~1 her|him|them|us|you",
	}},
	// Abuse told with its injuries: "her stepdad hurts her" and bruises,
	// "lo castiga con el cigarro".
	{kind: "abuse", urgency: UrgencyEmergency, idiom: "accident|accidentally|accidente|accidentalmente|querer|soccer|futbol|practice|game|partido|sports", patterns: slices.Concat(
		eitherOrder([]string{injuryMarks, "black ~1 eye", "ojo ~1 morado", "split|busted ~1 lip", "labio ~1 partido|roto"}, abuseDone...),
		[]string{"cigarette|cigarro|cigarrillo ~~6 burn*|quem*|castiga|castigo"},
	)},
	// A sexual assault told as recent: the hours after it matter ("in
	// college" or "hace años" is for a therapist).
	{kind: "sexual_assault", urgency: UrgencyEmergency, notAfter: "awareness|survivor*|support|group|groups|kit|prevention|prevencion|grupo|grupos|apoyo",
		patterns: slices.Concat(
			eitherOrder(sexualAssault, "ago|hace|tonight|anoche|today|hoy|yesterday|ayer|hour|hours|hora|horas|minutes|minutos"),
			// Opening with a common word ("just", "now", "night") would try
			// the pattern at every one: after the assault only.
			afterEach(sexualAssault, "just|acaban|acaba|acabo|now|ahora|night|noche|morning|shower|showered|ducharme|duche|banarme|bane"),
			[]string{"just ~2 raped|assaulted|attacked", "acaban|acaba ~2 de ~1 violar|violarme|violarla|agredir|abusar"},
			// Drugged, then abused: "me pusieron algo en la bebida".
			eitherOrder([]string{"drugged|roofied|spiked", "me ~1 drogaron", "pusieron|echaron ~3 algo ~3 bebida|trago|vaso", "put ~3 something ~3 drink"},
				"abusaron|abuso|violaron|raped|assaulted|abused", "took ~1 advantage", "no ~1 recuerdo|acuerdo ~2 nada", "dont|can't|cant ~1 remember",
				"clothes ~1 off", "sin ~1 ropa", "woke ~1 up ~~6 stranger|strangers|someones|somebodys|guys|unknown", "desperte|desperté ~~6 casa ~2 de ~2 un ~1 desconocido|tipo"),
			// Waking somewhere unknown with no memory, bleeding or hurting:
			// "i woke up at a guys place and don't remember anything".
			eitherOrder([]string{"woke ~1 up ~~6 guys|guy|stranger|strangers|someones|somebodys|unknown|hotel|car", "desperte ~~6 casa ~2 de ~2 un ~1 tipo|desconocido|extrano"},
				"dont|cant|can't ~1 remember", "no ~1 recuerdo|acuerdo", "bleeding|sangrando|sangre", "hurting|sore|me ~1 duele",
				"clothes ~1 off", "sin ~1 ropa", "bruises|moretones"),
		),
	},
	// Toxic reactions of psychiatric drugs: serotonin syndrome, lithium
	// toxicity, neuroleptic malignant syndrome, clozapine with an
	// infection.
	{kind: "drug_toxicity", urgency: UrgencyEmergency, idiom: leafletWords, patterns: slices.Concat(
		[]string{
			serotonergic + " ~~25 " + hotWords + " ~~15 " + jerkWords,
			serotonergic + " ~~25 " + jerkWords + " ~~15 " + hotWords,
			"lithium|litio ~~25 " + vomitWords + "|diarrea|diarrhea ~~20 " + lithiumNeuro,
			"lithium|litio ~~25 " + lithiumNeuro + " ~~20 " + vomitWords + "|diarrea|diarrhea",
			antipsychotics + " ~~25 " + stiffWords + " ~~15 " + hotWords + "|" + confusedWords,
			antipsychotics + " ~~25 " + hotWords + "|" + confusedWords + " ~~15 " + stiffWords,
			"clozapine|clozapina|clozaril ~~20 " + feverWords + "|chills|escalofrios|shivering",
			"clozapine|clozapina|clozaril ~~20 sore ~1 throat",
			"clozapine|clozapina|clozaril ~~20 dolor|duele ~2 garganta",
		},
	)},
	// A blood thinner, and black stool.
	{kind: "gi_bleeding", urgency: UrgencyEmergency, patterns: []string{
		anticoagulants + " ~~25 stool*|poop*|heces|popo|caca|evacuaciones|deposiciones ~4 black|negr*|tarry|brea|alquitran",
		anticoagulants + " ~~25 black|negr*|tarry ~4 stool*|poop*|heces|popo|caca|evacuaciones|deposiciones",
		"stool*|poop*|heces|popo|caca|evacuaciones|deposiciones ~4 black|negr*|tarry|brea|alquitran ~~15 faint*|passed|dizzy|lightheaded|desmay*|mare*",
	}},
	// A wrong insulin or medicine taken, then its symptoms.
	{kind: "medication_error", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{
			"wrong ~2 pen|insulin*|insulina|pluma|vial|dose|dosis|medicine|medication|meds|pill*|pastilla*",
			"pen|pluma|insulina|dosis|pastilla*|medicina|medicamento ~2 equivocad*|incorrect*",
			insulinBrands + "|insulin|insulina ~3 instead|lugar|vez ~2 of|de ~2 " + insulinBrands + "|insulin|insulina",
			"accidentally|accidentalmente|mistakenly ~~6 insulin|insulina|" + insulinBrands,
		}, "shaky|shaking|sweat*|sweaty|sudando|sudor|tembl*|dizzy|mare*|confus*|drowsy|somnolient*|racing|acelerad*|faint*|desmay*"),
	)},
}

// Word lists of the psychiatric rules.
const (
	leafletWords = "leaflet|insert|label|pamphlet|folleto|prospecto|etiqueta|instructivo"
	weaponWords  = "knife|knives|gun|guns|pistol|rifle|bat|axe|hatchet|machete|cuchillo|cuchillos|pistola|arma|armas|navaja|hacha|bate"
	violenceNow  = "golpes|golpeando|pegando|gritando|gritos|screaming|yelling|hitting|beating|punching|banging|crashing|thuds"
	victims      = "manager|boss|coworker|coworkers|neighbor|neighbors|neighbour|husband|wife|partner|boyfriend|girlfriend|ex|brother|sister|mom|mother|dad|father|son|daughter|kids|children|family|teacher|someone|somebody|people|him|her|them|" +
		"jefe|jefa|vecino|vecina|vecinos|esposo|esposa|pareja|novio|novia|hermano|hermana|mama|papa|hijo|hija|hijos|familia|alguien|gente|companero|companera|maestro|maestra"
	maleWho      = "stepdad|stepfather|dad|father|husband|boyfriend|uncle|grandson|son|grandpa|grandfather|brother|ex"
	caregivers   = "caregiver|carer|aide|nurse|babysitter|nanny|teacher|coach|cuidador|cuidadora|enfermero|enfermera|ninera|maestro|maestra"
	femaleWho    = "stepmom|stepmother|mom|mother|wife|girlfriend|aunt|granddaughter|daughter|grandma|grandmother|sister"
	injuryMarks  = "bruise|bruises|bruised|bruising|moreton|moretones|morados|burns|burned|quemaduras|quemadura|quemada|quemado|welts|marks|marcas|cuts|cortadas"
	serotonergic = "sertraline|sertralina|zoloft|fluoxetine|fluoxetina|prozac|paroxetine|paroxetina|paxil|citalopram|escitalopram|lexapro|celexa|" +
		"venlafaxine|venlafaxina|effexor|duloxetine|duloxetina|cymbalta|tramadol|linezolid|trazodone|trazodona|phenelzine|nardil|selegiline|" +
		"sumatriptan|dextromethorphan|dextrometorfano|methylene|ssri|antidepressant|antidepresivo|fentanyl|meperidine|demerol|ondansetron"
	hotWords       = feverWords + "|#101-108|burning|ardiendo|hirviendo|caliente"
	jerkWords      = "jerk*|twitch*|spasm*|clonus|sacud*|tiembla|tiemblo|temblando|temblor*|shaking|shivering|rigid*|stiff*|agitad*|agitation|agitated|restless|inquiet*"
	lithiumNeuro   = "confus*|confundid*|unsteady|tambale*|stumbl*|wobbl*|fell|caer|cayo|slurr*|arrastra|sentido|drowsy|somnolient*|adormil*|disoriented|desorientad*"
	antipsychotics = "haloperidol|haldol|risperidone|risperidona|risperdal|olanzapine|olanzapina|zyprexa|quetiapine|quetiapina|seroquel|" +
		"aripiprazole|aripiprazol|abilify|clozapine|clozapina|clozaril|chlorpromazine|clorpromazina|fluphenazine|flufenazina|paliperidone|" +
		"paliperidona|invega|antipsychotic|antipsychotics|antipsicotico|antipsicoticos|metoclopramide|metoclopramida|reglan|droperidol"
	stiffWords     = "stiff|stiffness|rigid|rigida|rigido|rigidez|tieso|tiesa|board|tabla"
	anticoagulants = "warfarin|warfarina|coumadin|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lovenox|enoxaparin|enoxaparina|heparin|heparina|thinner|thinners|anticoagul*"
)

// sexualAssault are the ways a sexual assault is told.
var sexualAssault = []string{
	"raped|violaron|violo|violada|violado",
	"sexually ~1 assaulted|abused|attacked", "sexual ~1 assault|agresion|ataque",
	"agredir|agredieron|agredio|abusaron|abuso|atacaron|violentaron ~1 sexualmente",
	"agresion|abuso|ataque ~1 sexual",
	"forced ~2 me|her|him", "me ~1 forzo|forzó|obligo|obligó", "assaulted ~3 her|him|me",
}

// afterEach returns the patterns that find a phrase of a followed within a
// few clauses by b.
func afterEach(a []string, b string) []string {
	out := make([]string, 0, len(a))
	for _, x := range a {
		out = append(out, x+" ~~25 "+b)
	}
	return out
}

// sleepless are the ways days without sleep are told. Few patterns open
// with a negation, since each is tried at every "no".
var sleepless = []string{
	"hasnt|havent|hadnt|not ~2 slept|sleeping|sleep ~~4 days|nights",
	"no|sin ~1 sleep|dormir|duerme|dormido|dormida ~~4 days|nights|dias|noches",
	"awake|despierto|despierta ~~4 days|nights|dias|noches", "up ~1 for ~~3 days|nights",
	"dias|noches ~3 sin ~1 dormir",
}

// maniaDanger are what days without sleep make an emergency: voices, a
// weapon, a belief of being chosen or invincible, a fall or a crash
// courted.
var maniaDanger = []string{
	"voices|voces|demon|demons|demonio|demonios|chosen|elegido|elegida|invincible|invencible|immortal|inmortal|mph|speeding|" + weaponWords,
	"cant|cannot ~1 crash|die", "no ~1 puede|puedo ~1 morir|morirse|chocar",
	"fly|volar ~~4 roof|techo|window|ventana",
}

// abuseDone are the ways a disclosure names who hurts the person ("her"
// after a woman may be her own back: "mom hurt her back").
var abuseDone = []string{
	maleWho + " ~1 hurts|hurt|hits|hit|beats|beat|punches|punched|kicks|kicked|chokes|choked|does|did ~1 her|him|me|them|us|it|this",
	femaleWho + " ~1 hurts|hurt|hits|hit|beats|beat|punches|punched|kicks|kicked|chokes|choked ~1 him|me|them|us",
	femaleWho + " ~1 does|did ~1 it|this",
	"he ~1 hits|hit|beats|beat|punches|punched|kicks|kicked|chokes|choked ~1 me|her|them|us",
	"she ~1 hits|hit|beats|beat|punches|punched|kicks|kicked|chokes|choked ~1 me|him|them|us",
	caregivers + " ~1 hurts|hurt|hits|hit|beats|beat|punches|punched|kicks|kicked|chokes|choked ~1 her|him|me|them|us",
	"le|me|nos|les|lo|la ~1 pega|pego|pegaba|golpea|golpeo|golpeaba|castiga|castigo|castigaba|maltrata|maltrato|maltrataba",
}
