package triage

import "slices"

// rareRules are emergencies a family practice meets seldom, told in lay
// words: a fever with new confusion, a glaucoma attack, an ectopic
// pregnancy, a torn aorta, a compartment syndrome, a whole household
// poisoned by its heating, heat stroke, a child wheezing after choking,
// words that will not come out. probe41 (50 such emergencies) found them
// missing at first run.
var rareRules = []rule{
	// A fever and a mind that is suddenly not right: sepsis, meningitis
	// ("fever of 103 and he keeps calling me by my mom's name").
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder([]string{feverWords}, newConfusion...)},
	// A painful red eye with halos or rainbow rings, blurred, often with
	// vomiting: acute angle-closure glaucoma.
	{kind: "eye_emergency", urgency: UrgencyEmergency, patterns: []string{
		"eye|ojo|ojos ~~20 halo|halos|rings|rainbow|rainbows|arcoiris|aros|anillos",
		"halo|halos|rings|rainbow|rainbows|arcoiris|aros|anillos ~~20 eye|ojo|ojos ~~20 pain|hurts|dolor|duele|vomit*|threw|thrown",
	}},
	// One-sided low belly pain with a period late and a faint: a
	// ruptured ectopic pregnancy.
	{kind: "ectopic", urgency: UrgencyEmergency, patterns: eitherOrder([]string{"period|regla|menstruacion ~5 late|atrasad*|retrasad*", periodMissed, "regla|periodo ~3 no ~2 baja|llega|viene", "tengo ~2 un ~1 retraso|atraso",
		"no ~3 bajado|llegado|venido ~2 la ~1 regla|menstruacion"}, faintWords...)},
	// A ripping, tearing pain through the back or chest: a torn aorta.
	{kind: "aortic", urgency: UrgencyEmergency, patterns: []string{
		"ripping|tearing|desgarr*|rasgando ~~8 pain|dolor|back|espalda|chest|pecho|shoulder|omoplatos",
		"pecho|chest|espalda|back ~~8 como ~2 si ~3 desgarr*|rasg*", // "dolor … en el pecho y la espalda como si le desgarraran algo"
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
	// Gas smelled, and someone confused or a pet lying still: "I smelled
	// gas at his place … he was confused with a bad headache and his dog
	// was just lying there".
	{kind: "carbon_monoxide", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"smell*|smelled|olia|huele|olor|oler ~3 gas"},
		"confus*|confundid*", "out ~2 of ~1 it", "dog|perro|cat|gato ~~4 lying|laying|tirado|tirada|acostado", "no ~2 responde|despierta", "wont|doesnt|not ~2 wake|waking|responding")},
	{kind: "carbon_monoxide", urgency: UrgencyEmergency, patterns: slices.Concat([]string{
		household + " ~~25 " + householdSick + " ~~30 " + heating,
		heating + " ~~30 " + household + " ~~25 " + householdSick,
	},
		// A household of two (fresh389: "mi marido [y yo] los dos con un
		// dolor de cabeza bárbaro y mareados desde que prendimos el
		// calefón").
		joined(twoOfUs, " ~~25 ", []string{householdSick + " ~~30 " + heating}),
		joined([]string{heating}, " ~~30 ", joined(twoOfUs, " ~~25 ", []string{householdSick})),
	), notAfter: "fixed|arreglaron|arreglado"},
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

// atypicalRules are emergencies that present atypically and fool a busy
// front desk: a heart attack told as an upper back or jaw ache with a cold
// sweat, or a sudden exhaustion gone grey; a stroke told as a spinning
// room and a crooked walk, or a sight gone in one eye; a clot in the lung
// after a long flight; a bulging soft spot; a baby's red jelly stool; an
// allergy told only by the gut and a faint; a newborn cool and mottled;
// appendicitis; an old parent "not herself". probe42 (50 such
// emergencies) found them missing at first run.
var atypicalRules = []rule{
	{kind: "acute_chest", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"shoulder ~1 blades", "upper ~1 back", "jaw", "espalda ~1 alta", "omoplatos", "mandibula", "quijada"}, coldSweat...),
		eitherOrder([]string{"exhausted|agotad*|agotada|agotado", "so ~1 tired|weak", "sin ~1 fuerzas"}, "grey|gray|gris", "sweaty|sudad*|sudoros*|clammy|sudando"),
		// Sick or worn out, an ache of the shoulders, upper back or jaw,
		// and breathless: "exhausted all afternoon, threw up twice, now
		// both shoulders and his upper back ache and he gets short of
		// breath on the stairs".
		joined(joined(unwell, " ~~25 ", upperAche), " ~~25 ", breathless),
		joined(joined(upperAche, " ~~25 ", breathless), " ~~25 ", unwell),
	), notBefore: "chronic|cronico|cronica|always|siempre|years|anos"},
	{kind: "stroke", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"spinning|spin|vertigo|dizzy|mareo|mareado|mareada|maree|mareé"}, unsteadyGait...),
		[]string{"lost|lose|losing ~3 vision|sight ~~6 eye|ojo", "perdi|perdio|perdí|perdió ~2 la ~1 vista", "vista ~~6 de ~1 golpe|repente",
			"cant|cannot ~2 see ~3 out ~2 of ~3 eye", "eye ~~6 went ~1 black|dark", "como ~2 si ~2 se ~1 apagara"},
	)},
	{kind: "pulmonary_embolism", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"flight|flew|vuelo|avion|plane", "long ~1 drive", "surgery|cirugia|operacion|operaron", "gave ~1 birth", "long ~1 bus|car|train ~1 trip|ride", "bus ~1 trip|ride", "c ~1 section", "csection|cesarea|cesárea"},
		breathless...)},
	{kind: "sick_newborn", urgency: UrgencyEmergency, patterns: []string{
		"soft ~1 spot ~~8 bulg*|swollen|puffy|abultad*|hinchad*|sticking",
		"mollera|mollerita|fontanel* ~~6 bulg*|abultad*|hinchad*|saltada|salida",
		youngInfant + " ~~20 mottled|moteada|moteado|blotchy|floppy|limp|flojit*",
		"mottled|moteada|moteado|blotchy ~~20 " + youngInfant,
	}},
	{kind: "intussusception", urgency: UrgencyEmergency, patterns: []string{
		"red ~3 jelly", "jelly ~~6 diaper|stool|poop|poo|blood", "roj* ~3 como ~1 gelatina", "gelatina ~~6 roj*|sangre|panal|pañal|popo",
		"currant ~1 jelly",
	}},
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"shrimp|shellfish|peanut|peanuts|nuts|camaron|camarones|mariscos|cacahuate|cacahuates|cacahuete|cacahuetes|mani|nueces"},
		"faint|fainting|desmay*|desmayar", "passing ~1 out", "voy ~2 a ~1 desmayar")},
	{kind: "appendicitis", urgency: UrgencyEmergency, patterns: eitherOrder(
		// The belly's lower right, not the back's (a kidney infection).
		[]string{"moved|moves|moving|went|paso ~3 lower ~1 right", "lower right ~0 side|belly|tummy|stomach|abdomen|part",
			"right lower ~0 belly|tummy|stomach|abdomen|side", "baja ~1 derecha ~~4 barriga|panza|estomago|abdomen|vientre",
			"abajo ~2 derecha ~~4 barriga|panza|estomago|abdomen|vientre", "belly ~1 button ~~10 lower ~1 right", "ombligo ~~10 derecha",
			"lower ~1 belly|tummy|stomach|abdomen ~~4 right ~1 side", "derecho|derecha ~2 abajo ~2 del ~1 ombligo",
			"panza|barriga|estomago|abdomen|vientre ~3 abajo ~3 lado ~2 derecho|derecha", "lado ~1 derecho|derecha ~1 abajo|bajo",
			"low ~3 on ~2 the ~1 right ~1 side", "belly|stomach|tummy|abdomen|abdominal ~~10 lower ~1 right", "rlq|fid",
			"belly|stomach|tummy|abdomen|panza ~~10 right ~1 side ~2 down|bottom|low", "all|now|its ~2 bottom ~1 right"},
		"fever*|fiebre|calentura|vomit*|vomito|vomitó|vomitando|vomite|vomité|threw|throwing|puking", "wont|cant ~2 walk", "no ~2 quiere|puede ~1 caminar",
		"camina ~2 agachad*|doblad*|encorvad*", "grita|screams|screaming|llora ~~4 aprieto|toco|press*|touch*", "hunch*|hunching")},
	// A belly that will not be touched, a child walking bent over or
	// crying at a jump, with a fever or vomiting: the belly's lining is
	// inflamed ("won't let anyone touch his belly, walks bent over and
	// cries if he has to jump").
	{kind: "appendicitis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"wont|doesnt|didnt ~2 let ~3 touch ~3 belly|tummy|stomach", "walks|walking|camina|caminando ~2 bent|hunched|doblad*|agachad*|encorvad*",
			"cries|crying|hurts|llora|duele ~4 jump|jumping|saltar|brincar|brinca|bumps"},
		"fever*|fiebre|calentura", "vomit*|vomitando|vomito|threw|throwing", "listless|decaid*|letargic*")},
	// A blow to the belly or the side, then pale, sweating, a belly
	// swelling or a left shoulder hurting: bleeding inside (a spleen).
	{kind: "trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"helmet|handlebar|handlebars|manubrio|kicked|kick|patada|hit|fell|cayo|cayó|landed ~~8 gut|belly|stomach|tummy|abdomen|side|costado|panza|barriga",
			"gut|belly|stomach|abdomen|panza|barriga ~~8 manubrio|handlebar|handlebars|helmet"},
		"pale|palid*|pálida|pálido", "sweat*|sudando|sudor*", "belly|tummy|stomach|panza|barriga ~~6 swell*|swollen|hinchad*|tighter|tight|bigger|dura|duro",
		"hombro ~1 izquierdo", "left ~1 shoulder", "faint*|desmay*|mareado|mareada|dizzy")},
	// The belly at every age (probe190): green vomit in a baby; a belly
	// rigid like a board; days without a bowel movement
	// with vomiting and a swollen belly; a pain through to the back with
	// vomiting after drinking.
	{kind: "acute_abdomen", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{"thrown|threw|throwing|vomit* ~3 green|verde", "rigid|hard|dura|duro ~3 like|como ~2 a|una ~1 board|tabla", "rigid|hard|dura|duro ~3 like|como ~1 board|tabla"},
		eitherOrder([]string{"hasnt|hasn't|no ~3 gone|pooped|evacuado|hecho|popo ~~6 #3-14 ~1 days|dias", "no ~2 gas|pedos"},
			"vomit*|vomitando|throwing", "stomach|belly|panza|barriga ~~4 big|hard|dura|hinchad*|swollen|distended"),
		eitherOrder([]string{"boca ~2 del ~1 estomago ~~8 espalda", "upper ~1 belly|stomach ~~8 back", "tomando|bebiendo|drinking ~~20 dolor|pain"},
			"no ~1 paro ~2 de ~1 vomitar", "cant|can't ~2 keep ~2 water|anything ~1 down", "ni ~2 el ~1 agua"))},
	// A known ovarian cyst, or a sudden one-sided low pain, with vomiting,
	// no walking or pallor: an ovary twisted.
	{kind: "ovarian", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cyst|quiste|ovary|ovario", "sudden*|repente ~~6 pain|dolor ~~6 one ~1 side|low|lado|bajo"},
		"vomit*|vomitando|vomite|vomité|threw|throwing", "cant|can't ~2 walk", "no ~2 puedo|puede ~1 caminar", "white ~2 as ~2 a ~1 sheet")},
	// A belly pain with atrial fibrillation, told far apart: a clot in the
	// gut's artery.
	{kind: "abdominal_emergency", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"belly|stomach|estomago|panza|barriga|abdomen|abdominal ~~4 pain|dolor|duele", "pain|dolor ~~4 belly|stomach|estomago|panza|barriga|abdomen"},
		"afib|fibrilacion")},
	// A baby's belly bloated or shiny, with blood in the diaper or no
	// feeding (the bowel dying, in a premature baby above all).
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"belly|tummy|panza|barriga|pancita ~3 bloated|distended|shiny|brillante|hinchadita|inflamadita"},
		"blood|sangre ~4 diaper|panal|stool|poop|popo|caca", "wont|not|no ~2 eat|feed|come|eating|feeding|toma")},
	// Thirst and water passed for weeks, then vomiting, strange breathing
	// or confusion: a child's diabetes in acidosis.
	{kind: "glucose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"thirsty|sediento|sedienta ~~10 orin*|pee*|peeing|urinat*|bathroom|bano",
			"drinking|drinks|tomando|toma|bebe|bebiendo ~3 lot|lots|tons|constantly|much|mucha|muchisima ~~10 orin*|pee*|peeing|urinat*|bathroom|bano"},
		"vomit*|vomita|vomitando|threw|throwing", "respira* ~3 raro|rarisimo|agitad*|rapido|fast|deep|hondo|weird", "breathing ~3 fast|deep|weird|funny",
		"confus*|confundid*")},
	// Pain "down there" swollen with vomiting, or from sleep: a testicle
	// twisted, told as a belly ache by a boy.
	{kind: "testicular", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"down ~1 there ~~8 swollen|hinchad*|hinchado"},
		"threw|throwing|vomit*|vomito", "woke ~2 up", "sudden*|repente")},
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"not ~1 herself|himself|themself", "no ~1 es ~2 la|el ~1 misma|mismo"},
		"sleepy|drowsy|dormida|dormido|somnolient*", "cold ~1 hands", "manos ~1 heladas|frias", "barely ~2 peeing|peed", "no ~2 ha ~1 orinado", "casi ~2 no ~2 orina*")},
}

// householdRules are the accidents of homes, schools and outdoors told by
// whoever found them: a shock from an outlet or a fallen line, a fall from
// a window, a neck hurt with tingling after a crash, a finger nearly off,
// lamp oil or a vape refill drunk, a child slow to breathe with tiny
// pupils, a generator run indoors, smoke breathed in, a night out in the
// cold. probe43 (50 such emergencies) found them missing at first run.
var householdRules = []rule{
	{kind: "electric_shock", urgency: UrgencyEmergency, patterns: []string{
		"outlet|socket|enchufe|tomacorriente ~~12 thrown|shock*|burn*|burnt|quem*|descarga|toque|racing",
		"power ~1 line|lines ~~12 touch*|grabbed|ground|down", "cable ~2 de ~1 luz|alta ~~12 toco|tocó|agarro|tirado|tirada",
		"touch*|toco|tocó ~3 cable ~2 de ~1 luz", "live ~1 wire",
	}},
	{kind: "trauma", urgency: UrgencyEmergency, patterns: []string{
		"fell|fallen|falling ~3 out ~2 of ~3 window|balcony", "fell|fallen|falling ~3 from|off ~3 window|balcony|roof",
		"cayo|cayó|cayeron ~3 de|del ~2 ventana|balcon|balcón|techo", "second|2nd|third|3rd|segundo|tercer ~1 floor|piso ~~10 fell|cayo|cayó",
	}},
	{kind: "spinal_injury", urgency: UrgencyEmergency, idiom: "months|years|meses|anos|años|chronic|cronico|always|siempre|arthritis|artritis",
		patterns: eitherOrder([]string{"neck|cuello"}, "tingl*|tingly|numb|hormigue*|entumid*|weak", "cant ~2 feel", "no ~2 siente|siento")},
	// Kerosene, not a kerosene heater or lamp (probe128: "we use a
	// kerosene heater in the living room").
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"kerosene|keroseno|queroseno|parafina",
	}, notAfter: "heater|heaters|calentador|calentadores|estufa|stove|lamp|lampara|lámpara|can|jug|bidon|bidón"},
	{kind: "amputation", urgency: UrgencyEmergency, patterns: []string{
		"hanging ~3 by ~2 skin|thread|piel", "finger|thumb|dedo|hand|mano|toe ~~8 hanging|colgando", "colgando ~2 el|la|un|una|mi|su|del|al ~~2 dedo|mano|dedito",
		"nearly|almost|casi ~2 cut|cortó|corto ~3 off|todo|finger|dedo", "cut ~2 off ~~6 finger|thumb|hand|toe",
	}},
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"lamp ~1 oil", "aceite ~2 lampara|lámpara", "lighter ~1 fluid", "tiki ~1 torch",
		"vape|vapeador|ecig|nicotine|nicotina ~~8 drank|drink|swallowed|tomo|tomó|bebio|bebió|refill|liquid|liquido",
		"breathing|respira ~2 slow|slowly|lento|despacio ~~15 pupils|pupilas", "pupils|pupilas ~~15 breathing|respira ~2 slow|slowly|lento|despacio",
		"pupils|pupilas ~3 tiny|pinpoint|chiquitas|pequenas|pequeñas",
		childWords + " ~~15 eaten|eat|tragado|comido ~~8 heart|pressure|presion|corazon|blood ~2 pill*|pastilla*|meds",
	}, idiom: "leaflet|folleto|safety|seguridad"},
	{kind: "carbon_monoxide", urgency: UrgencyEmergency, patterns: eitherOrder([]string{"generator|generador"},
		"headache*|headaches|cabeza|dizzy|mareo|mareados|nause*", "passed ~1 out", "desmay*")},
	{kind: "smoke_inhalation", urgency: UrgencyEmergency, patterns: eitherOrder([]string{"smoke|humo"},
		"hoarse|ronca|ronco|soot|hollin", "tose ~1 negro", "coughing ~2 black", "cuesta ~2 respirar", "hard ~2 to ~1 breathe", "trouble ~1 breathing")},
	{kind: "hypothermia", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"durmio|durmió|slept ~2 outside|afuera", "helada|freezing|hypotherm*|hipotermia"},
		slices.Concat(newConfusion, []string{"no ~2 puede ~2 hablar", "cant ~2 talk", "piel ~1 helada"})...)},
}

// birthRules are emergencies of late pregnancy, birth and a baby's first
// months told in lay words: a cord coming first, labour weeks too early,
// a hot swollen calf or a fever with a foul wound after the birth, a very
// yellow baby hard to wake, a baby fallen from a bed now sleepy or
// vomiting, a baby into someone's pills, a baby gone under the bath
// water, lights before the eyes late in pregnancy, a new mother with
// voices and thoughts of hurting the baby told by her husband. probe44
// (50 such emergencies) found them missing at first run.
var birthRules = []rule{
	{kind: "pregnancy_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"cord|cordon|cordón ~~10 coming|out|loop|saliendo|salio|salió|sale|asoma", "loop ~2 of ~1 cord",
		"#20-36 ~2 weeks|semanas ~~15 contractions|contracciones ~~10 every|cada",
		"contractions|contracciones ~~10 every|cada ~~15 #20-36 ~2 weeks|semanas",
		"lucecitas|lucesitas|estrellitas|destellos ~~25 semanas|embarazada|pregnant|weeks",
		"semanas|embarazada|pregnant|weeks ~~25 lucecitas|lucesitas|estrellitas|destellos",
	}},
	// A hot swollen calf in the weeks after a birth: a clot, named with
	// the one it may throw to the lungs.
	{kind: "pulmonary_embolism", urgency: UrgencyEmergency,
		patterns: eitherOrder(afterBirth, "calf|pantorrilla|leg|pierna ~~8 swollen|hinchad*|red|roja|rojo|hot|caliente|warm", "calf|pantorrilla|leg|pierna ~~4 twice ~2 the ~1 size")},
	// A foul wound or discharge after a birth with chills or a high fever
	// (a red wound with pus and 38 is urgent: see probe10).
	{kind: "postpartum_infection", urgency: UrgencyEmergency, patterns: eitherOrder(afterBirth,
		"smell*|smells|rotten|stinks|pus|olor|apesta ~~25 chills|escalofr*|shaking|temblando|#102-107|#39-42",
		"chills|escalofr*|shaking|temblando|#102-107|#39-42 ~~25 smell*|smells|rotten|stinks|pus|olor|apesta")},
	{kind: "sick_newborn", urgency: UrgencyEmergency, patterns: []string{
		"yellow|amarillo|amarilla|ictericia|jaundice* ~~20 wake|despierta|despertar|despertarlo|despertarla",
		"rolled|fell|cayo|cayó ~4 off|of|de ~3 bed|couch|cama|sofa|sillon|table|mesa ~~25 sleepy|vomit*|vomito|vomitó|dormid*|somnolient*",
		"month|months|meses ~~20 chewed|chew|swallowed|ate|eaten|mordio|mordió|trago|tragó|comio|comió ~~10 pill*|pastilla*|meds|medicine|medicina",
		"fell|slipped|went|cayo|cayó|hundio|hundió ~4 in|into|under|en|bajo ~2 the|la|el ~1 bath|bathtub|tub|pool|water|tina|bañera|banera|piscina|alberca|agua ~~25 dusky|blue|azul|morad*|breathing|respira|sleepy|dormid*|coughing|tose",
	}},
	{kind: "postpartum_psychosis", urgency: UrgencyEmergency, patterns: []string{
		"hacerle ~1 dano|daño ~2 a ~2 la|el|su ~1 nina|niña|nino|niño|bebe|bebé|beba",
		"voces ~~20 hacerle ~1 dano|daño",
	}},
}

// infectionRules are infections, bites and exposures told in lay words:
// bleeding gums with a fever (dengue), skin going purple or black as it
// spreads, toxic shock after a tampon or a nose packing, a bat in a
// sleeper's room, a wild or stray animal's bite or any bite to the face,
// a locked jaw after a nail, a confused old parent with an infection, no
// urine with a faint, an eye swollen shut with a fever, yard mushrooms
// then vomiting, a red streak with a fever, a fever and a still baby in
// pregnancy, chickenpox then confusion. probe45 (50 such emergencies)
// found them missing at first run.
var infectionRules = []rule{
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"gums|encias|encías ~~4 bleed*|sangr*", "sangran ~~3 encias|encías"}, feverWords),
		eitherOrder([]string{"red ~1 streak|streaks|line|lines", "raya|rayas|linea|línea|lineas ~1 roja|rojas"}, feverWords, "shivering|chills|escalofr*"),
		eitherOrder([]string{"toe|dedo|foot|pie ~~6 black|negro|negra"}, feverWords),
		eitherOrder([]string{"eye|ojo ~~6 swollen|hinchad* ~2 shut|cerrado"}, feverWords),
		eitherOrder([]string{"havent|not ~3 felt ~2 the ~1 baby ~1 move", "no ~2 he ~1 sentido ~2 al|el ~1 bebe|bebé"}, feverWords),
		eitherOrder([]string{"uti|kidney|infection|infeccion|infección|orina"}, oldConfusion...),
		eitherOrder([]string{"chickenpox|varicela|measles|sarampion|sarampión"}, slices.Concat(newConfusion, []string{"stumbling", "cant ~1 walk ~1 straight"})...),
	)},
	{kind: "necrotizing", urgency: UrgencyEmergency, patterns: []string{
		"purple|black|morad*|negr* ~~12 spreading|spread|extend*|extiend*|creciendo", "pain ~~6 worse ~2 than ~2 it ~1 looks",
	}, mild: "bruise|bruising|bruised|moreton|moretón|moretones"}, // a bruise spreading down after a procedure is for today
	{kind: "toxic_shock", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"tampon|tampón|tampones|tampons|packing|taponamiento|copa|cup|diaphragm|diafragma|sponge|esponja"}, "rash|sarpullido", feverWords, "faint|desmay*", "passed ~1 out"),
		eitherOrder([]string{"rash ~~4 sunburn", "sunburn ~~4 rash", "sarpullido ~~6 quemadura"}, feverWords, "faint|desmay*", "passed ~1 out"),
	)},
	{kind: "animal_bite", urgency: UrgencyEmergency, patterns: []string{
		"bat|murcielago|murciélago ~~15 room|bedroom|cuarto|asleep|slept|durmio|durmió|sleeping|dormido",
		"raccoon|racoon|mapache|fox|zorro|skunk|zorrillo|coyote|stray|callejero ~~10 bit|bite|bitten|mordio|mordió|mordida",
		"bit|bitten|mordio|mordió ~~8 face|cheek|cara|mejilla|eye|ojo",
	}},
	{kind: "tetanus", urgency: UrgencyEmergency, patterns: []string{
		"lockjaw", "jaw|mandibula|mandíbula ~~6 locked|lock|traba|trabada",
		"nail|clavo|rusty|oxidado ~~30 cant|barely|no ~3 open|abrir ~2 mouth|boca",
	}},
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"havent|not ~2 peed|pee|urinated", "no ~2 he|ha ~1 orinado"},
		"dizzy|mareado|mareada", "see|veo ~1 black|negro", "pass|passed ~1 out", "desmay*", "faint|fainted|fainting")},
	// Barely any urine and a faint (a dizzy spell alone is for today).
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"casi ~2 no ~2 orina*", "barely ~2 peeing|peed|pee"},
		"pass|passed ~1 out", "desmay*", "faint|fainted|fainting")},
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"mushroom|mushrooms|hongo|hongos|seta|setas ~~6 yard|jardin|jardín|wild|woods|bosque|campo|patio|grass|pasto",
			"yard|jardin|jardín|wild|woods|bosque|campo|patio ~~6 mushroom|mushrooms|hongo|hongos|seta|setas"},
		"vomit*|vomita|vomito|vomitó|diarrhea|diarrea")},
}

// organRules are emergencies of the gut, the urinary tract, the glands,
// the blood and medicines, told in lay words: a belly like a drum with
// nothing passed, a great deal of blood from behind with a faint, a pain
// boring through to the back after drinking, no urine for hours with a
// full bladder, an erection that will not go down, steroids stopped then
// vomiting and faints, bruises and red urine on a blood thinner, a stone
// with shaking chills, the tremor and visions of alcohol stopped. probe46
// (50 such emergencies) found them missing at first run.
var organRules = []rule{
	{kind: "bowel_obstruction", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{"belly|stomach|tummy|panza|barriga|abdomen ~~6 drum|tambor"},
		eitherOrder([]string{"hasnt|havent|not|no ~3 passed ~2 gas", "sin ~4 echar ~1 gases", "sin ~3 hacer ~2 del ~1 baño|bano", "no ~2 bowel ~1 movement"},
			"vomit*|vomita|vomito", "throwing ~1 up"),
	)},
	{kind: "gi_bleed", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"blood|sangre ~~10 back ~1 passage", "blood|sangre ~~10 rectum|recto|butt|bottom|ano", "filled ~3 toilet|inodoro|taza ~~6 blood|sangre"},
		"dizzy|mareado|mareada|sweaty|sudando|faint|desmay*")},
	{kind: "pancreatitis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"through ~3 to ~2 my|the ~1 back", "straight ~1 through ~3 back", "atraviesa ~3 hasta ~2 la ~1 espalda", "pasa ~2 a|hasta|hacia ~2 la ~1 espalda"},
		"vomit*|vomitar|vomito", "cant ~2 keep", "drinking|drank", "tome|tomé ~1 mucho")},
	{kind: "urinary_retention", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"havent|cant|unable|not ~3 able ~2 to ~1 pee|urinate", "havent|cant|unable ~2 pee|urinate", "no ~2 puedo|puede ~1 orinar"},
		"bladder|vejiga", "hrs|hours|horas", "since ~1 last ~1 night", "desde ~1 anoche")},
	{kind: "priapism", urgency: UrgencyEmergency, patterns: []string{
		"erection|erección|ereccion ~~10 wont|won't|doesnt ~2 go ~1 down", "erection|erección|ereccion ~~10 hours|horas",
		"erección|ereccion ~~10 no ~2 se ~1 baja|quita", "priapism*|priapismo",
	}},
	{kind: "adrenal_crisis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"stopped|stop|quit|deje|dejé|dejo|dejó ~4 prednisone|prednisona|steroids|esteroides|hydrocortisone|hidrocortisona",
			"prednisone|prednisona|steroids|esteroides|hydrocortisone|hidrocortisona ~~6 stopped|deje|dejé|dejo|dejó",
			"prednisone|prednisona|steroids|esteroides|hydrocortisone|hidrocortisona ~~6 ran ~1 out"},
		"vomit*|vomito|vomitando", "faint|desmay*", "passing ~1 out")},
	{kind: "anticoagulant_bleed", urgency: UrgencyEmergency, patterns: []string{
		"bruis*|moretones|moretes ~~20 pee|urine|orina ~~4 red|roja|rojo|blood|sangre",
		"pee|urine|orina ~~4 red|roja|rojo|blood|sangre ~~20 bruis*|moretones|moretes",
	}},
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"kidney ~1 stone", "calculo|cálculo|piedra ~2 en ~2 el ~1 riñon|riñón|rinon"}, "chills|shaking|escalofr*")},
	{kind: "withdrawal", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"dejo|dejó|deje|dejé ~3 de ~2 tomar|beber|alcohol", "stopped|quit ~2 drinking", "dejando|dejar ~2 el|de ~1 alcohol|beber|tomar|trago"},
		"tiembla|temblando|shaking", "no ~1 paro ~2 de ~1 temblar", "ve ~3 animales|bichos|cosas|sombras|gente", "veo ~3 sombras|bichos|animales", "seeing ~2 things|bugs", "alucin*")},
}

// oldConfusion are the ways a mind gone wrong is told that no question
// about a treatment is ("confused about the dose" is not one).
var oldConfusion = []string{"calling ~2 me ~2 by", "not|doesnt ~1 making ~1 sense", "no ~1 sabe ~2 donde|quien", "sin ~1 sentido", "disoriented|desorientad*"}

// afterBirth are the ways the weeks after a birth are told.
var afterBirth = []string{"postpartum|posparto|postparto", "gave ~1 birth", "dio|di ~2 luz", "c ~1 section", "csection|cesarea|cesárea", "after ~2 birth|delivery", "delivered"}

// Words for atypicalRules.
var (
	coldSweat    = []string{"clammy|sweaty|sweating|sudado|sudada|sudando|sudoros*", "cold ~1 sweat", "sudor ~1 frio", "grey|gray|gris|palido|palida|pale"}
	unwell       = []string{"exhausted|agotad*|vomit*|vomito|vomitando|vomitó|nausea*|nauseous", "threw ~1 up", "throwing ~1 up"}
	upperAche    = []string{"shoulder ~1 blades", "both ~1 shoulders|arms", "upper ~1 back", "jaw", "espalda ~1 alta", "ambos ~1 hombros|brazos", "omoplatos", "mandibula", "quijada"}
	unsteadyGait = []string{"cant|cannot ~2 walk ~1 straight", "veering", "no ~2 puedo|puede ~1 caminar ~1 derecho", "me ~1 voy ~2 de ~1 lado", "double ~1 vision", "seeing ~1 double", "veo ~1 doble"}
	// pulseLost: no pulse found in a limb.
	pulseLost  = []string{"cant|can't|cannot|couldnt|no ~2 find|feel|encuentro|encuentra|siento|siente ~2 a|the|his|her|any|el|su ~1 pulse|pulso"}
	breathless = []string{"out ~1 of ~1 breath", "short ~1 of ~1 breath", "me ~1 ahogo", "falta ~2 aire", "cant ~1 catch ~2 breath",
		"panting ~~4 walking|just|bathroom|stairs", "chest ~~3 stabs|stabbing ~~4 breathe ~1 in"} // fresh399: "2 weeks post c section … my chest stabs when i breathe in and i'm panting just walking to the bathroom"
)

const youngInfant = "week|weeks|semanas|newborn|recien|recién|neonato"

// twoOfUs are a household told by its number: "los dos", "both of us",
// "los tres niños" (fresh438).
var twoOfUs = []string{"los ~1 dos", "both ~2 of ~1 us", "we ~1 both", "ambos",
	"los ~1 tres|cuatro ~1 niños|ninos|nenes|chicos|hijos", "all ~1 three|four ~1 kids|of ~1 us|of ~1 them"}

// Words for rareRules.
const (
	household     = "everyone|everybody|todos|familia|family"
	householdSick = "headache*|headache|cabeza|nause*|nausea*|sick|dizzy|mareados|sleepy|dormidos|somnolient*"
	heating       = "heat|heater|furnace|calentador|calefaccion|calefon|estufa|boiler|caldera|brasero|gas"
)

// newConfusion are the ways a mind suddenly not right is told.
var newConfusion = []string{
	"confused|confusion|confundid*|confundida|desorientad*|disoriented",
	"calling ~2 me ~2 by", "not|doesnt ~1 making ~1 sense", "doesnt|dont ~1 know ~2 what|where ~1 day|she|he|is",
	"no ~1 sabe ~2 donde|que ~1 dia|esta", "sin ~1 sentido",
	"out ~2 of ~2 his|her|my ~1 head|mind", "not ~1 herself|himself ~~6 confus*|stares|staring|talking",
}

// faintWords are a faint coming or the shoulder pain of blood in the belly.
var faintWords = []string{
	"dizzy|faint*|lightheaded|mareada|mareado|mareo|desmay*", "goes|went ~1 grey|gray|black", "pass|passed|passing ~1 out",
	"shoulder ~1 hurts", "dolor|duele ~3 hombro",
}
