package triage

import "slices"

// conditionRules are the other emergencies: seizures, unresponsiveness,
// sepsis, and the signs of other conditions, injuries, readings and
// exposures that cannot wait.
var conditionRules = []rule{
	// Shaking all over and no answer: "shaking all over and not
	// answering me its been like 6 minutes".
	{kind: "seizure", urgency: UrgencyEmergency, patterns: []string{
		// Spelled by ear: "mi ijo esta con una combulsion y no se le quita".
		"combulsion*|convulcion*|combulcion*|convulsiando|combulsionando",
		"shaking|jerking|temblando|sacudiendo|sacudiendose ~3 all ~1 over ~~10 not|no|isnt|wont ~2 answering|responding|respond|contesta|responde",
		"shaking|jerking|temblando|sacudiendo|sacudiendose ~3 todo ~1 el ~1 cuerpo ~~10 no ~2 contesta|responde",
		"had|having|tuvo ~1 a|un ~1 fit ~~20 detox*|withdraw*|drinking|alcohol|bebida|beber",
		"detox*|withdraw*|drinking|alcohol|bebida|beber ~~25 had|having ~1 a ~1 fit",
		// Stiff then twitching still going, seizures in a row today, still
		// seizing after the rescue medicine (probe181).
		"went|goes|got|se ~1 stiff|rigid|tiesa|tieso|rigida|rigido ~~12 twitch*|jerk*|sacud*|temblando",
		"#2-10|dos|tres|two|three ~1 crisis|convulsiones|seizures|ataques ~~8 hoy|today|seguidas|row",
		"hoy|today ~~8 #2-10|dos|tres|two|three ~1 crisis|convulsiones|seizures|ataques",
		"sigue|still|keeps ~2 convulsionando|seizing|convulsing|jerking",
		// fresh428: "le dio un ataque, ya lleva rato brincando y no vuelve en sí".
		"lleva|llevan ~2 rato ~~3 brincando|temblando|sacudiendose|sacudiéndose|convulsionando", "no ~2 vuelve ~2 en ~1 si|sí",
	}},
	{kind: "seizure", urgency: UrgencyEmergency, patterns: []string{
		"seizure%|seizures|seizing|siezure|seziure|convuls*|convulsion%|convulsiones%",
		"ataque|crisis ~1 epilep*",
		"shaking|shake|shook|shakes|jerking|twitching|sacud*|convulsionando ~~6 floor|suelo|piso|entero|entera|todo",
		// Shaking five minutes or more (probe133: "has been shaking for
		// about 6 or 7 minutes now").
		"shaking|jerking|convulsing|convulsionando|temblando|sacudiendo ~~8 #5-90 ~1 min|mins|minutes|minutos",
		"jerking|convulsing ~2 all ~1 over", // "now he's jerking all over"
		"eyes|ojos ~2 rolled|rolling|volteados|volteado", "ojos ~2 en ~1 blanco",
		"rigid|rigido|rigida|tieso|tiesa|stiff ~~6 shak*|sacud*|jerk*|tembl*",
		"shaking|jerking|twitching|sacudiendo|sacude|sacudia|convulsionando ~~4 whole ~1 body",
		"shaking|jerking|twitching|sacudiendo|sacude|sacudia|convulsionando ~~4 todo ~2 cuerpo",
		// Non-native and dictated: "shaking all the body", "his eyes
		// going up", "se le iban los ojos para arriba".
		"shak*|shook|jerk*|twitch* ~2 all ~1 the|his|her|my ~1 body",
		"whole|entire ~1 body ~3 shak*|shook|jerk*|twitch*|convuls*",
		"eye|eyes ~0 going|gone|went|go|goes|turned|turning|rolled|rolling|roll|rolls|stuck ~1 up|upward|upwards",
		"eye|eyes ~0 are|were|is|was|keep|keeps|kept|started|start ~0 going|gone|go|turned|turning|rolled|rolling|stuck ~1 up|upward|upwards",
		"shak*|jerk*|twitch* ~1 attack*|episode*|spell*|fit|fits",
		"ojos ~4 para|hacia ~1 arriba|atras",
		// A fit that lasts minutes: "shaking all over for like 6 minutes",
		// "jerking for 5 minutes", "se sacudió como 5 minutos".
		"shak*|shook|twitch*|tembl* ~2 all|whole|todo|toda|entero|entera ~~8 " + minutesCount,
		"jerk*|convulsing|convulsed|seizing|sacud*|convulsionando|convulsiono ~~10 " + minutesCount,
		// "Some kind of fit ... shaking" (not "fit me in"), "le dio un
		// ataque y se sacudía".
		"a|had|having|has|another|kind|sort ~2 fit|fits ~~12 shak*|shook|jerk*|twitch*|stiff|rigid|foam*|drool*",
		"ataque ~~8 sacud*|tieso|tiesa|rigido|rigida|espuma|babea*",
		// Shaking all over, then confusion that stays: "an hour later he
		// still doesn't know where he is".
		"shak*|shook|jerk*|sacud*|tembl* ~2 all|whole|todo|toda|entero|entera ~~25 still|todavia|sigue|aun ~~3 confus*|confundid*|doesnt|dont|no ~2 know|sabe|recognize|reconoce",
	}, notBefore: "anti|antiseizure|pastilla*|medicamento*|medication|pills|medicina*|receta*|prescription|refill|meds|tablet*|protein|milk|proteina|batido*|smoothie*|plan|control|seguimiento|followup", notAfter: medWords + "|free|libre|disorder|disorders|trastorno|trastornos|diary|diario|log|precautions|threshold|plan|controlled|controladas|controlados|" +
		"workup|follow|followup|seguimiento|form|forms|forma|formulario|visit|visita|appointment|cita",
		mild: "typical|usual|baseline|habitual|habituales|protocol|protocolo|siempre"}, // "su convulsión de siempre"
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{
		"unresponsive%", "unconscious%", "inconsciente*",
		"hard|difficult|harder|dificil ~2 to ~1 wake|awaken|despertar",
		"barely|hardly|apenas ~2 respond*|responds|responsive|conscious|awake|wakes|reacciona|responde|despierta",
		"ni ~1 despierta|reacciona|responde",
		"wont|cant|doesnt|not|isnt|couldnt|hasnt|hadnt|havent ~2 wake*|waking|woken|woke",
		"not|isnt|wont ~1 responding|responsive",
		// A fall or a collapse, then no answer: "dad fell not answering".
		"fell|fall|collapsed|cayo|cayó|desplomo ~~6 not|isnt|wont|no ~1 answering|answer|contesta|responde",
		// Spain's "se acaba de caer en el baño y no me contesta".
		"acaba ~1 de ~1 caer ~~8 no ~1 contesta|responde",
		"no ~1 hay ~1 quien ~1 lo|la|le ~1 despierte", // "no hay quien lo despierte"
		// A baby gone limp or a colour: "baby limp and blue", "mi bebé está
		// morado" (not "a baby blue blanket").
		"limp|floppy|flojo|floja|aguado|aguada ~~3 blue|purple|gray|grey|azul|morado|morada|gris",
		"blue|purple|azul|morado|morada ~~3 limp|floppy|flojo|floja",
		"baby|bebe|beba|infant|newborn ~2 is|esta|looks|turned|turning|puso|pone|se ~1 blue|purple|gray|grey|morado|morada|azul|gris|moradito|moradita",
		// "We can't get him to wake up", "he won't respond".
		"cant|cannot|couldnt ~2 get ~2 him|her|them|it|he|she ~1 to ~1 wake|respond|answer",
		"wont|isnt|cant ~1 respond|react",
		"no ~2 despierta|despertar*|reacciona|responde",
		"collapsed", "colapso", "desplomo",
		"barely|hardly|apenas|cant|can't|cannot|no ~4 open|abre|abrir ~2 her|his|the|los|sus|my ~1 eyes|ojos",
		"barely|hardly|apenas|cant ~3 keep ~3 eyes|ojos ~2 open|abiertos",
		// "I can't keep him awake", "no lo puedo mantener despierto".
		"cant|cannot|couldnt ~2 keep ~2 him|her|them|it|baby|my ~1 awake",
		"no ~2 lo|la|le ~1 puedo|podemos|pude ~1 mantener|tener ~1 despiert*",
		"found|encontre|encontramos|encontré ~~6 floor|suelo|piso ~~12 cold|fria|frio|confus*|confundid*|mumbl*|unresponsive|inconsciente|breath*|respir*",
		"found|encontre|encontramos|encontré ~~6 floor|suelo|piso ~~12 wont|cant|no ~2 wake|respond|answer|talk|despierta|responde|contesta|reacciona|habla",
	}, notBefore: "portal|app|website|site|page|pagina|mejor|better|rather|prefer|prefiero|seria|easier|wish|ojala|mind", notAfter: "email*|correo*|mensaje*|message*|call*|llamada*|telefono|phone|early|temprano|time|morning|manana"},
	// Fever with chills and a worsening belly after surgery, fever with
	// confusion, mottled skin or low blood pressure (sepsis), or
	// with a purple rash that does not fade (meningitis).
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: []string{
		"fever*|fiebre|calentura|temp* ~~12 confus*|confundid*|mottled|moteada|lethargic|letargic*|delirious|delirando",
		// "doesn't know what year it is, temp 103.2" (probe136).
		"doesnt|didnt ~2 know ~2 what ~1 year|day|month ~~12 fever*|temp*|fiebre",
		"fever*|temp*|fiebre ~~12 doesnt|didnt ~2 know ~2 what ~1 year|day|month",
		// Talk that makes no sense, however far after the fever (probe119:
		// "fiebre de 40, la mano y el brazo muy rojos … hablando
		// incoherencias").
		"fever*|fiebre|calentura ~~25 incoherencia*|incoherent*|incoherente*|nonsense|delirando|delirious",
		"confus*|confundid*|mottled|moteada|lethargic|letargic*|delirious|delirando ~~12 fever*|fiebre|calentura",
		// Shock in an infection with no fever named (probe138: "on Keflex
		// day 2. Now hypotensive 80/46, HR 128 … new confusion … mottled").
		"mottled|moteada|hypotensive|hipotens* ~~20 confus*|confundid*", "confus*|confundid* ~~20 mottled|moteada|hypotensive|hipotens*",
		// fresh368: "el cuello duro … unas manchitas violetas que no se van
		// cuando aprieto el vaso".
		"purple|morad*|violeta|violetas ~3 rash*|spots|dots|manchas|manchitas|puntos|puntitos|ronchas",
		"manchas|manchitas|puntos|puntitos|ronchas|spots|dots|rash* ~2 morad*|purple|violeta|violetas",
		"cuello|neck ~2 tieso|tiesa|rigido|stiff|duro ~~10 fiebre|fever|calentura",
		// A stiff neck with a high temperature told as a number, or with
		// the light hurting the eyes: meningitis.
		"cuello|neck ~2 tieso|tiesa|rigido|stiff|duro ~~15 #39-42|#102-106", "#39-42|#102-106 ~~15 cuello|neck ~2 tieso|tiesa|rigido|stiff|duro",
		"cuello|neck ~2 tieso|tiesa|rigido|stiff|duro ~~15 light|luz ~~4 hurt*|bother*|molesta|duele",
		"fiebre|fever|calentura ~~10 cuello|neck ~2 tieso|tiesa|rigido|stiff|duro",
		"rash*|spots|manchas|manchitas|ronchas|dots|puntitos|puntos ~~10 glass|vaso",
		"infection|infected|uti|infeccion|antibiotic*|antibiotico*|pneumonia|neumonia ~~15 confus*|confundid*|mottled|moteada|blotchy",
		"burning ~1 up ~~15 confus*|confundid*|hallucinat*|alucin*|talking|stand|pararse|levantarse",
		"sense ~~15 fever*|fiebre|burning|calentura",
		"doesnt|dont|no ~2 know|sabe ~2 what|where|que|donde ~~15 fever*|fiebre|burning|calentura",
		"skin|piel ~3 blotchy|mottled|moteada|manchada",
		// Fast, shallow breathing with cold, clammy skin or a mind "out of
		// it", with or without fever: shock in an older adult.
		fastBreathing + " ~~20 " + shockSkin,
		shockSkin + " ~~20 " + fastBreathing,
		fastBreathing + " ~~20 out ~1 of ~1 it",
		fastBreathing + " ~~20 not ~1 making ~1 sense", "not ~1 making ~1 sense ~~20 " + fastBreathing,
		"out ~1 of ~1 it ~~20 " + fastBreathing,
		"surgery|cirugia|operacion|operaron|operated|gallbladder|appendix|vesicula|apendice ~~30 fever*|fiebre ~~15 chills|escalofrios|belly|abdomen|panza|barriga|worse|peor",
		"talking|hablando|habla ~2 to|con ~2 people|someone|somebody|gente|personas ~~4 not|arent|isnt|no ~1 there|estan|hay",
		"hallucinat*|alucin* ~~15 fever*|fiebre|burning|calentura",
		"fever*|fiebre|calentura ~~15 hallucinat*|alucin*",
		"confus*|confundid* ~~15 infection|infected|uti|infeccion|pneumonia|neumonia",
		"blotchy|mottled|moteada|manchada|jaspeada ~~4 purple|morad*|blue|azul*|knees|rodillas|skin|piel|legs|piernas",
		"bp|pressure|presion|tension ~4 #40-85 ~1 #20-50",
		"rash*|spots|dots|manchas|manchitas|ronchas|puntitos ~~6 not|doesnt|dont|wont|no ~2 fade|blanch*|desaparece*|quita|van",
	}, notAfter: "mg|pill*|medic*|rash|sarpullido|salpullido|ronchas"},
	// Numbness between the legs with trouble passing urine (a compressed
	// spinal cord).
	{kind: "cauda_equina", urgency: UrgencyEmergency, patterns: []string{
		"numb*|dormid*|adormec* ~~8 private|groin|genital*|saddle|thigh|thighs|entrepierna|partes|nalgas|wipe ~~25 pee|peeing|orinar|urinat*|bladder|vejiga|poop|bowel*",
		"cant|can't|cannot ~2 feel ~~6 private|groin|genital*|saddle|thigh|thighs|entrepierna|partes|nalgas ~~25 pee|peeing|orinar|urinat*|bladder|vejiga",
		"no ~1 siento ~~6 private|groin|genital*|entrepierna|partes|nalgas ~~25 pee|orinar|orino|vejiga",
		"private|groin|genital*|saddle|entrepierna|partes ~~8 numb*|dormid*|adormec* ~~25 pee|peeing|orinar|urinat*|bladder|vejiga",
		"numb*|dormid*|adormec* ~~8 bottom|buttocks|thighs|groin|private|nalgas|entrepierna ~~20 wet ~1 myself|herself|himself",
		"pee|peeing|orinar|urinat*|bladder|vejiga ~~25 numb*|dormid*|adormec* ~~8 private|groin|genital*|saddle|thigh|thighs|entrepierna|partes|nalgas",
		"cauda ~1 equina",
	}},
	// A cold, white limb (a blocked artery), not Raynaud's fingers that
	// change colour in the cold and warm again; no urine with confusion.
	{kind: "vascular_renal", urgency: UrgencyEmergency, patterns: append([]string{
		"leg|foot|pierna|pie|arm|brazo|hand|mano ~4 went ~1 cold ~~4 white|blanca|blanco|pale|palida|palido|blue|azul",
		"leg|foot|pierna|pie|arm|brazo|hand|mano|manita|manito|piecito|piernita|bracito ~4 cold|fria|frio ~~8 cant|can't|no ~2 feel|siente|siento",
		// "my foot went white and ice cold", "the hand is pale and cold and
		// I can't find a pulse at the wrist".
		"leg|foot|pierna|pie|arm|brazo|hand|mano|manita|manito|piecito|piernita|bracito|toes|fingers|dedos ~4 white|pale|blanca|blanco|palida|palido ~~4 cold|fria|frio|helada|helado",
	}, eitherOrder(pulseLost, "cold|fria|frio|helad*|pale|palid*|white|blanc*|numb*|dormid*")...), idiom: "raynaud*|raynauds|warm|warms|calientan|calentarse"},
	{kind: "vascular_renal", urgency: UrgencyEmergency, patterns: []string{
		"peed|pee|peeing|urinat*|orin*|orinado ~~12 confus*|confundid*",
		"havent|haven't|hasnt|not|no ~3 peed|pee|peeing|urinated|orinado|orina ~~12 confus*|confundid*",
	}},
	// A hard belly with vomiting, or green vomit.
	{kind: "acute_abdomen", urgency: UrgencyEmergency, patterns: []string{
		"belly|stomach|abdomen|panza|barriga|estomago|vientre ~~4 rock ~1 hard", "hard ~2 as ~1 a ~1 rock|board",
		"dura|duro ~2 como ~1 piedra|tabla|roca",
		"vomit*|throwing|threw|puking|vomito|vomitando ~3 green|verde|bile|bilis",
		"ombligo|navel ~~15 derecha|right", "belly ~1 button ~~15 right|derecha",
	}},
	// Sudden confusion: not knowing where one is or who others are.
	{kind: "sudden_confusion", urgency: UrgencyEmergency, patterns: []string{
		"sudden*|suddenly|repente ~~10 doesnt|does|dont|no ~2 know|sabe|recognize|reconoce",
		"sudden*|suddenly|repente ~~6 confus*|confundid*|disoriented|desorientad*",
		"doesnt|no ~2 know|sabe|recognize|reconoce ~~8 fine|bien ~~4 lunch|morning|manana|ayer|yesterday|hour|hora",
		"wandering|deambula*|perdido|perdida ~~12 cold|freezing|frio|helad*|shiver*|tembl*|degrees|grados",
		"walking|walks|walk|camina|caminando ~2 like|como ~1 drunk|borracho|borracha ~~10 confus*|confundid*|sleepy|dormid*",
		"confus*|confundid* ~~10 walking|walks|walk|camina|caminando ~2 like|como ~1 drunk|borracho|borracha",
	}},
	// Fainted twice or more, or fainted and cold and pale: "se desmayó dos
	// veces y está frío y pálido".
	// Coming to on the floor after everything went black: "twice today
	// everything went black and I came to on the floor".
	{kind: "fainting", urgency: UrgencyEmergency, patterns: []string{
		"went ~1 black ~~15 came ~1 to", "came ~1 to ~3 on ~2 the ~1 floor|ground", "desperte|desperté ~3 en ~2 el ~1 suelo|piso",
	}},
	{kind: "fainting", urgency: UrgencyEmergency, patterns: []string{
		"desmay*|faint*|fainted ~~3 twice", "desmay*|faint*|fainted ~~3 dos|tres|three|two ~0 veces|times", // not "passed my road test twice"
		"desmay*|faint*|fainted ~~12 frio|fria|cold|clammy ~~3 palido|palida|pale",
	}},
	// Not knowing the family: sudden unless told of a dementia, where it
	// is the illness's course, for the doctor today ("has dementia and
	// some days doesn't know who I am"; "suddenly" is read above).
	{kind: "sudden_confusion", urgency: UrgencyEmergency, patterns: []string{
		"no ~1 reconoce ~2 a ~1 nadie", "doesnt|didnt|cant ~1 recognize ~2 anyone|anybody|us|me|his|her",
		"no ~1 nos|me|lo|la|los ~1 reconoce|reconocio|reconoció",
		"doesnt|dont|didnt|no ~2 know|sabe|recognize|reconoce ~2 who|quien ~2 i|soy|am|es|we|they",
	}, mild: "dementia|demencia|alzheimer*|alzheimers"},
	// A baby or child losing water, or hurt in a fall and now vomiting or
	// drowsy; a missed dialysis with weakness; pregnancy with fainting.
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: []string{
		"no ~1 wet ~1 diaper*|diapers|panal*", "soft ~1 spot ~3 sunken|hundid*", "mollera*|mollerita ~3 hundid*",
		"no ~1 moja ~2 panal|panales|pañal|pañales", "sin ~1 lagrimas", "no ~1 tears", "without ~1 tears",
		"yellow|amarill* ~~10 sleepy|latch|feeding|feed|dormid*|lethargic|floppy",
		"fell|fall|cayo|cayó|rolled|rodo ~~6 baby|infant|toddler|bebe|nino|nina|nena|nene|kid ~~15 vomit*|vomito|sleepy|drowsy|somnolient*|chichon|lump|bump",
		"baby|infant|newborn|bebe|wk|wks|week|weeks|semanas ~~15 vomit*|puking ~~15 green|verde|bile|bilis",
		"baby|infant|toddler|bebe|nino|nina|kid ~~12 fell|fall|cayo|cayó|rolled|rodo|rodó ~~12 vomit*|thrown|threw|sleepy|drowsy|somnolient*|confus*",
		"fell|fall|cayo|caida|cai ~~8 cant|can't|cannot|couldnt|no ~3 get ~1 up",
		"fell|fall|cayo|caida|cai ~~8 no ~2 puede|pudo|podia|puedo|podemos ~1 parar|pararse|levantar|levantarse|levantarla|levantarlo",
		"on|en ~2 the|el ~1 floor|piso|suelo ~2 since|desde|for|all ~1 night|hours|horas|noche",
		"tirada|tirado|lying|laying ~3 on|en ~2 the|el|la ~1 floor|piso|suelo",
		"missed|skipped|falte|perdi ~3 dialysis|dialisis ~~12 weak*|debil*|heart|corazon|chest|pecho|breath*|respir*",
		"dialysis|dialisis ~~8 missed|skipped|falte|perdi ~~12 weak*|debil*|heart|corazon|chest|pecho|breath*|respir*",
		"pregnan*|embaraz* ~~25 faint*|desmay*", "pregnan*|embaraz* ~~25 passed ~1 out",
		"pregnan*|embaraz* ~~20 shoulder|hombro ~2 tip|punta",
		"#4-14 ~1 weeks|wks|semanas ~~30 faint*|fainted|passed|desmay*|shoulder|hombro",
		"pregnancy ~1 test|prueba ~~30 faint*|fainted|desmay*|shoulder|hombro",
		"pregnan*|embaraz* ~~25 tip|punta ~3 shoulder|hombro",
		"pregnan*|embaraz* ~~25 pass ~1 out",
		"thinner*|warfarin|eliquis|xarelto|coumadin|anticoag*|plavix|clopidogrel|sintrom|warfarina|apixaban|rivaroxaban ~~12 fell|fall|hit|cayo|golpe*|bumped|banged|knocked|slipped|tripped|struck|pego|resbalo ~~8 head|cabeza",
		"fell|hit|cayo|golpe*|bumped|banged|knocked|slipped|tripped|struck|pego|resbalo ~~8 head|cabeza ~~12 thinner*|warfarin|eliquis|xarelto|coumadin|anticoag*|plavix|clopidogrel|sintrom|warfarina|apixaban|rivaroxaban",
		"head|cabeza ~~20 same ~1 question*|thing*|things|pregunta*|cosa*",
		"head|cabeza ~~20 repeat*|repite|repitiendo ~3 herself|himself|question*|pregunta*",
		// (not "took about 15 min to stop, none since")
		"nosebleed ~~8 hour|hours|wont|hora|horas", "nosebleed ~~8 doesnt|cant|cannot|not|isnt|wouldnt ~4 stop|stopping", "nosebleed ~~8 nothing ~~4 stop|stops|works", "nose ~2 bleed* ~~8 hour|hours|wont|hora|horas",
	}},
	// A swollen leg, then breathlessness or pain on breathing in (a clot
	// gone to the lung).
	{kind: "pulmonary_embolism", urgency: UrgencyEmergency, patterns: []string{
		"leg|calf|pierna|pantorrilla ~~6 swollen|swole|swell*|hinch* ~~25 winded|breathless|short|breath|ahog*|falta|gasping|trouble|dificultad",
		// "… swole up since the long bus trip … sharp pain when i breathe
		// in" (fresh393); not "breathing is fine".
		"leg|calf|pierna|pantorrilla ~~6 swollen|swole|swell*|hinch* ~~25 breathe ~1 in|deep",
		// fresh334: "me duele la pantorrilla izquierda, está caliente y más
		// gorda que la otra. Hoy me falta el aire".
		"calf|pantorrilla ~~6 caliente|gorda|gordo|bigger|warm|hot ~~25 winded|breathless|breath|ahog*|falta|gasping|dificultad",
		"swollen|swell*|hinch* ~~4 leg|calf|pierna|pantorrilla ~~25 winded|breathless|short|breath|ahog*|falta|gasping|trouble|dificultad",
		"winded|breathless|ahog*|breath ~~25 leg|calf|pierna|pantorrilla ~~6 swollen|swell*|hinch*",
		// A calf told at length, the breath later in a long message
		// (fresh387: "my other calf (the left, not the surgery side) has
		// been swollen and sore since the weekend, and since about an hour
		// ago I get this sharp stab in my chest when I take a breath in
		// and I'm winded").
		"calf|pantorrilla ~~12 swollen|swell*|hinch* ~~40 winded|breathless|ahog*",
		"calf|pantorrilla ~~12 swollen|swell*|hinch* ~~40 chest|pecho ~~10 breath|breathe|respir*",
	}},
	// Black or bloody stool with fainting.
	{kind: "gi_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"coffee ~1 grounds", "borra ~1 de ~1 cafe",
		"tar|tarry|alquitran|chapopote ~~15 faint*|pass|passed|dizzy|mare*|desmay*|lightheaded|palido|palida|pale",
		"black|tarry|negr*|bloody|blood|sangre ~~6 stool*|poop*|pooping|heces|popo|caca|tarry|evacuaciones ~~10 faint*|passed|dizzy|lightheaded|desmay*|mare*",
		"faint*|passed|dizzy|lightheaded|desmay*|mare* ~~10 black|tarry|negr*|bloody ~~4 stool*|poop*|pooping|heces|popo|caca|tarry",
	}},
	// Pre-eclampsia signs in pregnancy.
	{kind: "preeclampsia", urgency: UrgencyEmergency, patterns: []string{
		"pregnan*|embaraz* ~~25 seeing|see|sees|saw|veo|viendo|ve|vi ~2 " + lightsSeen,
		"#20-42 ~1 semanas|weeks|wks ~~25 seeing|see|sees|saw|veo|viendo|ve|vi ~2 " + lightsSeen,
		// Swelling told before the headache: "my feet and face is
		// swelling ... headache dont go away".
		"pregnan*|embaraz* ~~20 swell*|swollen|hinch*|puffy|puffed ~~15 headache*|cabeza",
		"#20-42 ~1 semanas|weeks|wks ~~20 swell*|swollen|hinch*|puffy|puffed ~~15 headache*|cabeza",
		"pregnan*|embaraz* ~~15 blurry|blurred|borrosa ~1 vision|vista",
		"pregnan*|embaraz* ~~15 headache*|cabeza ~~12 swell*|swollen|hinch*|puffy|puffed|spots|vision|vista",
		"pregnan*|embaraz* ~~25 vision|vista|sight ~3 blurry|blurred|blurr*|borrosa|borroso|dim|dark|spotty",
		"#20-42 ~1 semanas|weeks|wks ~~25 vision|vista|sight ~3 blurry|blurred|blurr*|borrosa|borroso|dim|dark|spotty",
		"#20-42 ~1 semanas|weeks|wks ~~25 lucecitas|spots|puntos|estrellitas|borrosa|blurry",
		"luz|birth|delivered|delivery|postpartum|posparto|parto|cesarea|csection ~~20 lucecitas|spots|puntos|estrellitas|borrosa|blurry|#160-260",
		"pregnan*|embaraz* ~~15 #160-260 ~1 #100-200",
		"tuve|had ~3 bebe|baby ~~20 lucecitas|spots|puntos|estrellitas|borrosa|blurry|#160-260",
		// After the birth, lights seen or a headache with swelling, told
		// at length: "had my baby 6 days ago ... pounding headache ... I
		// keep seeing little sparkles".
		postpartumWords + " ~~35 seeing|see|sees|saw|veo|viendo|ve|vi ~3 " + lightsSeen,
		postpartumWords + " ~~35 headache*|cabeza ~~20 swell*|swollen|hinch*|puffy|puffed|vision|vista|blurry|borrosa",
		"c ~0 section ~~35 headache*|cabeza ~~20 swell*|swollen|hinch*|puffy|puffed|vision|vista|blurry|borrosa",
		"c ~0 section ~~35 seeing|see|sees|saw|veo|viendo|ve|vi ~3 " + lightsSeen,
		"had|tuve|tuvo ~3 bebe|baby|nena|nene ~~35 seeing|see|sees|saw|veo|viendo|ve|vi ~3 " + lightsSeen,
		"had|tuve|tuvo ~3 bebe|baby|nena|nene ~~35 headache*|cabeza ~~20 swell*|swollen|hinch*|puffy|puffed|vision|vista|blurry|borrosa",
		"#20-42 ~1 semanas|weeks|wks ~~15 headache*|cabeza ~~12 swell*|swollen|hinch*",
		"baby|bebe ~~4 no|not|hasnt|hasn't|hasn ~2 se|been ~1 mueve|moved|moving ~~3 desde|since|all|ayer|yesterday|hours|horas",
		"baby|bebe ~~6 no|not|hasnt|hasn't|havent|didnt ~4 moved|movido|moving|moviendo|mueve|kicked|kicking|pateado ~~8 since|desde|nada|all|anoche|last|hours|horas|morning|manana|ayer|yesterday",
		"havent|haven't|hasnt|not|no|didnt ~3 felt|feel|sentido|siento|senti ~4 move|moving|mueve|mueva|moverse|kick*|patada*|pataditas ~~10 since|desde|anoche|hours|horas|nada|nothing|morning|manana|all",
	}},
	{kind: "pregnancy_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"pregnan*|embaraz*|pregnant%|embarazada% ~~12 bleed*|bleeding%|sangrando%|sangrando|sangrado|sangro|sangra|sangrar|blood|sangre",
		"bleed*|sangrando|sangrado|sangro|sangra|sangrar ~~12 pregnan*|embaraz*",
		"pregnan*|embaraz* ~~20 bleed*|sangrando|sangrado|sangro|sangra|sangrar|sangre",
		"#20-42 ~1 weeks|wks|semanas ~~20 bleed*|sangrando|sangrado|sangrar|sangre|blood",
		"de ~1 #5-9 ~1 meses ~~12 sangre|sangrado|sangrando",
		"water|fuente|bolsa ~3 broke|broken|rompi*|rompio|rompe|reventado", // (not "my water broke… the water bottle in my hospital bag leaked", fresh423: see waterBottle)
		"rompi*|rompio|rompe ~3 fuente|bolsa",
		"#13-36 ~1 semanas|weeks|wks ~~15 liquido|fluid|leaking|gush*",
		"#13-36 ~1 semanas|weeks|wks ~~15 agua ~2 por ~1 abajo",
	}, notAfter: labWords + "|pressure|presion|thinner|thinners|sugar|azucar|type|tipo|draw", mild: lightBleeding,
		notBefore: "prueba|test|examen|analisis"}, // "la prueba de embarazo en sangre"
	// A pregnancy being lost; not a visit about one ("my miscarriage
	// follow up", "la cita de seguimiento").
	{kind: "pregnancy_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"miscarr*", "aborto ~1 espontaneo", "perdiendo ~2 bebe",
	}, notAfter: labWords + "|follow|followup|seguimiento|appointment|appt|visit|visita|checkup|cita|consulta|clinic|clinica|support|apoyo|group|grupo",
		notBefore: "seguimiento|consulta|cita|visita|appointment|appt|visit",
		// One that is over is for a clinician today, not 911: "I had a
		// miscarriage last week and was seen at the hospital, so please
		// cancel" (what bleeds on after one other patterns read).
		mild: "had|tuve|tuvo|suffered|after|since|despues|después|desde"},
	// The baby not moving, with bleeding (not an appointment to move).
	{kind: "pregnancy_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"mueva|mueve|moviendo|move|moving|moved|kicking|kicked|patea|pateado ~~12 sangre|bleed*|bleeding|sangrado|sangrando|blood",
	}, notBefore: "to|need|needs|want|wanna|can|could|please|quiero|necesito|puedo|podemos|podria",
		// Not "moved here from Ohio. I have high blood pressure".
		notAfter: labWords + "|pressure|presion|sugar|azucar|thinner|thinners|type|tipo|count|conteo", mild: lightBleeding},
	// The sight gone in one eye as if a switch were flipped; the sight down
	// to light and dark with white matter at the bottom of the eye days
	// after a cataract operation (fresh443).
	{kind: "eye_injury", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{"eye|ojo|vision|sight|vista ~~10 flipped|switched ~~3 switch|off", "like ~~3 flipped ~2 a ~1 switch"},
		eitherOrder([]string{"cataract|catarata|cataratas", "eye ~1 surgery", "operaron ~~3 ojo"},
			"just|only|solo ~2 light ~1 and ~1 dark", "luz ~1 y ~1 sombra|sombras", "white ~2 stuff|layer ~~4 bottom", "pus ~~3 eye|ojo"),
	)},
	// A tongue thickening, with the speech or the swallow going: the
	// throat closing (fresh443: "Started … lisinopril this morning and my
	// tongue keeps getting thicker, lips too. Hard to talk").
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"tongue|lengua ~~4 thick|thicker|swelling|swollen|bigger|huge|hinchad*|gorda"},
		"hard|cant|can't|trouble ~2 to ~1 talk|speak|swallow|breathe", "no ~2 puedo|puede ~1 hablar|tragar|respirar", "cuesta ~2 hablar|tragar|respirar")},
	// Chemicals or an object in the eye.
	{kind: "eye_injury", urgency: UrgencyEmergency, patterns: []string{
		"chemical*|bleach|cloro|drain|cleaner|acid|acido|lye|destapa*|limpiador*|lejia|quimico*|ammonia|amoniaco|degreaser*|desengrasante*|solvent*|solvente*|caustic*|caustico*|cement|cemento|cal ~~8 eye|eyes|ojo|ojos", // "me cayó cal en el ojo en la obra" (fresh443)
		"eye|eyes|ojo|ojos ~~8 chemical*|bleach|cloro|cleaner|acid|acido|lye|destapa*|limpiador*|lejia|quimico*|ammonia|amoniaco|degreaser*|desengrasante*|solvent*|solvente*|caustic*|caustico*",
		// A caustic, then an eye that will not open.
		"chemical*|bleach|cloro|cleaner|acid|acido|lye|destapa*|limpiador*|lejia|quimico*|ammonia|amoniaco|degreaser*|desengrasante*|solvent*|solvente*|caustic*|caustico* ~~15 cant|cannot|no ~2 open|abrir|abre ~3 eye|eyes|ojo|ojos",
		"metal|glass|vidrio|piece|pedazo|shard|astilla|fierro|wire ~~8 eye|ojo ~~10 cant|can't|cannot ~2 see|ver|open|abrir",
		// Not "ya no la veo" (the metal no longer seen; probe136).
		"metal|glass|vidrio|piece|pedazo|shard|astilla|fierro|wire ~~8 eye|ojo ~~10 no ~0 veo|ve",
		"metal|glass|vidrio|piece|pedazo|shard|astilla|fierro|wire ~~8 eye|ojo ~~10 no ~0 puedo|puede ~1 ver|abrir",
		"cant|cannot|no ~2 see|veo|ver ~2 out ~2 of ~2 my|his|her|the ~1 eye",
	}},
	// Large burns and scalds, hypothermia, heat stroke.
	// A scald or burn with big blisters, or over the chest and arms.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"quemo|quemó|quemado|quemada|burned|burnt|scalded|scald*", "agua ~1 hirviendo", "boiling ~1 water",
			"too ~1 hot", "hot ~1 water|bath|coffee|tea", "agua ~2 caliente|calientisima"},
		"ampollas%|blisters ~~3 grandes|big|huge|large|enormes", "big|huge|large|grandes ~2 blisters|ampollas%",
		"pecho|chest|cara|face ~~6 brazos|arms|piernas|legs")},
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: []string{
		"boiling|hirviendo|scald*|quem*|burn*|aceite|coffee|cafe|tea|soup|sopa ~~10 blister*|ampolla* ~~6 chest|face|pecho|cara|toda|todo|whole|all|big|large|grandes|pierna|leg|legs|arm|brazo|espalda|back|stomach|panza",
		"blister*|ampolla* ~~6 peeling|pelando|despellej*",
		"boiling|hirviendo|scald*|quem*|burn*|aceite|gasolina ~~12 pecho|cara|brazo|pierna|chest|face|arm|leg ~~8 ampolla*|blister*",
		"quem*|burned|burnt ~3 la|su|his|her|my|the ~1 cara|face",
		"quemada|quemado|burned|burnt ~2 toda|todo|whole|entire ~2 la|el|my|his|her ~1 pierna|brazo|espalda|leg|arm|back|abdomen|pecho|chest",
		"piel|skin ~3 blanca|white|negra|black ~~8 no ~2 duele|hurt|dolor",
		"leathery|charred|acartonad*|chamuscad*|cuero ~~25 burn*|oil|aceite|quem*|scald*|fire|fuego|boiling|hirviendo",
		"burn*|oil|aceite|quem*|scald*|hirviendo|boiling ~~25 como ~1 cuero", // "la piel se ve blanca como cuero"
		"oil|aceite|grease|grasa ~~10 hirviendo|boiling ~~20 ampollas|blisters ~2 enormes|huge|big|grandes",
		"boiling|hirviendo|scald*|quem*|burn*|aceite|fire|fuego|coffee|cafe|café|tea|mug|taza|caliente ~~10 skin|piel ~5 peeling|peel*|off|pelando|despellej*|cayendo",
		"toddler|baby|infant|bebe|nino|nina|nene|nena|kid|child ~~8 boiling|hirviendo|scald*",
		"burn*|oil|aceite|quem*|scald*|fire|fuego|boiling|hirviendo|spilled|derrame ~~25 leathery|charred|acartonad*|chamuscad*",
		"alacran|escorpion|scorpion ~~10 babea*|drool*|ojos|eyes|respir*|breath*|nene|nena|nino|nina|bebe|baby|kid|child",
		// The signs a sentence later: "Bark scorpion got my 2 yr old on
		// the hand in the garage. Now her eyes are darting around weird".
		"alacran|escorpion|scorpion ~~20 babea*|drool*|darting|jerk*|convuls*|sacud*",
		"hypotherm*|hipoterm*", "heat ~1 stroke", "golpe ~1 de ~1 calor",
		"no|not|stopped|dejo ~2 suda|sudando|sweating|sweat ~~10 hot|caliente|confus*|confundid*|incoheren*|rojo|red|sol|sun|sentido|sense",
		"hot|caliente|calor|heat ~~8 no|not|stopped|dejo ~2 suda|sudando|sweating",
		// "ha dejado de sudar", "dice cosas sin sentido" after a morning
		// in the heat.
		"hot|calor|heat|sol|sun ~~20 dejo|dejado|stopped ~2 de ~1 sudar",
		"calor|heat|sol|sun ~~15 dice|habla|diciendo|hablando ~2 cosas ~2 sin ~1 sentido",
		"sun|sol|heat|calor ~~12 confus*|confundid*|incoheren*|delir*|unresponsive",
		"mumbl*|balbuce* ~~10 ice|cold|freezing|helad*|fria|frio|congelad*",
		"slow ~1 motion ~~10 ice|cold|freezing|helad*|fria|frio|congelad*",
		"ice|freezing|helad*|congelad* ~~10 mumbl*|balbuce*|lento|lenta",
		"ice|freezing|helad*|congelad* ~~10 slow ~1 motion",
		// Carbon monoxide: disasterRules'.
		// Sitting in a car in a closed garage with the engine on.
		"garage|garaje|cochera ~~10 engine|motor|car|carro|coche ~2 running|on|going|idling|prendido|encendido|corriendo|andando",
		"engine|motor ~2 running|going|idling|prendido|encendido|andando ~~10 garage|garaje|cochera",
		// fresh352: "im sitting in the car in the garage with it running".
		"sitting|sat|sentado|sentada ~~3 car|truck|carro|coche ~~4 garage|garaje|cochera ~~4 running|idling|prendido|encendido",
		// "car was running in the garage … hes real confused got a bad
		// headache".
		"car|carro|coche|truck|engine|motor ~2 was|estaba ~1 running|prendido|encendido ~~6 garage|garaje|cochera",
		"detector|alarm|alarma ~~4 going ~1 off", "detector|alarm|alarma ~~4 beeping|sonando|suena|pitando",
		"brasero|anafre|carbon|charcoal|estufa ~~15 dolor ~2 cabeza", "brasero|anafre|carbon|charcoal|estufa ~~15 headache*|mare*|nause*|vomit*|desmay*|faint*",
		"furnace|heater|generator|calentador|boiler|estufa ~~12 headache*|dizz*|nause*|mare*|vomit*|lethargic",
		"headache*|dizz*|nause*|mare* ~~25 furnace|heater|generator|generador|calentador|boiler",
		"whole ~1 family|house|household ~~12 headache*|dizz*|nause*|vomit*|puk*",
		"toda ~1 la ~1 familia ~~12 dolor ~2 cabeza|mare*|nause*|vomit*",
		"ice|helad* ~1 cold|fria|frio ~~10 confus*|confundid*|responde|unresponsive", "ice|helad* ~1 cold|fria|frio ~~10 wont ~1 wake",
		"shivering|temblar|temblando ~2 stopped|paro|dejo",
	}, notAfter: "detector|detectors|detectores",
		// A blister the size of a coin is for a clinician today, not 911
		// (review24: "se quemó el brazo con la plancha, tiene una ampolla
		// del tamaño de una moneda").
		mild: "moneda|coin|dime|quarter|nickel|penny|centavo|fingernail"},
	// An electric shock; "like electric shocks in my head" is a sensation,
	// and a shock from an implanted defibrillator is repeated_shocks or
	// needs_today.
	{kind: "electric_shock", urgency: UrgencyEmergency, idiom: "como|like|feels|feel|feeling|siento|sensation|sensacion|zaps|zap",
		notBefore: implantWords, notAfter: implantWords, patterns: []string{
			"shocked|electrocut*", "electric*|electrica|electrico ~1 shock|descarga*|toque*", "descarga*|toque* ~1 electric*",
		}},
	// Alcohol withdrawal with shaking, sweats, hallucinations or seizures
	// (a little shaky, days on and better, is for today: "Hands still a
	// little shaky in the mornings but eating ok and sleeping better",
	// fresh417).
	{kind: "withdrawal", urgency: UrgencyEmergency, mild: "little|bit|slightly|mild|leve|poquito|poco", patterns: []string{
		"stopped|dejo|quit ~3 drinking|alcohol|tomar|beber|bebiendo|tomando ~~15 shak*|tembl*|sweat*|sudando|drenched|seizure*|convuls*|hallucinat*|alucin*|bugs|bichos",
		"cold ~1 turkey ~~15 shak*|tembl*|sweat*|sudando|drenched|seizure*|convuls*|hallucinat*|alucin*|bugs|bichos",
		"see|sees|seeing|saw|ve|viendo|vio|vi ~2 bugs|bichos|insects|insectos|spiders|aranas ~3 crawling|wall|walls|pared|paredes|caminando",
		// Detoxing at home, then seeing people or not knowing where he is
		// (delirium tremens).
		"detox*|desintox*|withdraw*|abstinencia ~~25 people|gente|personas ~3 in|en ~2 the|el|la ~1 room|cuarto|casa",
		"detox*|desintox*|withdraw*|abstinencia ~~25 walls|paredes ~2 moving|moviendo|mueven",
		"detox*|desintox*|withdraw*|abstinencia ~~25 doesnt|dont|didnt|no ~2 know|knows|sabe ~2 where|donde",
		"detox*|desintox*|withdraw*|abstinencia ~~25 hallucinat*|alucin*",
		// GHB or baclofen stopped: agitation, hallucinations, a racing heart.
		"ghb|xyrem|baclofen|baclofeno ~~25 alucin*|hallucinat*|agitad*|agitated|seizure*|convuls*|delir*",
	}, notBefore: "want|wanna|quiero|trying|try|planning|plan"},
	// Someone who lives alone and does not answer: a welfare check.
	{kind: "welfare", urgency: UrgencyEmergency, patterns: []string{
		"not|no|isnt ~2 answering|answer|responding|contesta|responde|abre ~3 door|phone|puerta|telefono|cel ~~20 alone|sola|solo|floor|piso|suelo",
		"alone|sola|solo ~~20 not|no|isnt ~2 answering|answer|responding|contesta|responde|abre ~3 door|phone|puerta|telefono|cel",
		"havent|haven't|no ~2 seen|visto ~3 her|him|la|lo ~~10 days|dias ~~15 not|no ~2 answering|answer|contesta|abre",
		// Someone heard behind a door they cannot reach (fresh371: "I can
		// hear her calling faintly through the door but she can't get to
		// it").
		"hear|heard|oigo|escucho ~~3 her|him|la|lo ~~3 calling|call|moaning|crying|gritando|llamando|quejando|quejandose ~~3 faintly|weakly|help|ayuda|auxilio|debil|débil|despacito",
		"calling|moaning|crying|llamando|quejando|quejandose ~~8 door|puerta ~~8 cant|can't|cannot|no ~2 get|reach|llegar|abrir",
	}},
	// A snake bite.
	{kind: "snake_bite", urgency: UrgencyEmergency, patterns: []string{
		"snake|serpiente|vibora|culebra|cascabel|rattlesnake|rattler|copperhead|cobra ~~5 bit|bitten|bite|mordi*|mordio|pico|struck",
		"bit|bitten|bite|mordi*|mordio|pico ~~5 snake|serpiente|vibora|culebra|cascabel|rattlesnake|rattler|copperhead",
	}, mild: "garter|culebrita|harmless|nonvenomous|inofensiva"}, // "we're pretty sure it was a garter snake"
	// Near drowning: pulled out of water, then drowsy or breathing fast.
	{kind: "drowning", urgency: UrgencyEmergency, patterns: []string{
		"bajo|debajo ~2 el|del ~1 agua ~~12 dormid*|sleepy|respira*|breath*",
		// Found face down in water: "in the bath … found him face down".
		"face ~1 down ~~15 water|bath|bathtub|tub|pool|agua|tina|banera|piscina|alberca",
		"water|bath|bathtub|tub|pool|agua|tina|banera|piscina|alberca ~~15 face ~1 down",
		"boca ~1 abajo ~~15 agua|tina|banera|piscina|alberca", "agua|tina|banera|piscina|alberca ~~15 boca ~1 abajo",
		"pool|pileta|piscina|alberca|lake|lago|river|bathtub|bath|banera|tina|acequia|canal|zanja|ditch|estanque|pond|ocean ~~12 sleepy|drowsy|dormid*|somnolient*|breath*|respira*|tos*|cough*|blue|azul|morad*",
		"fell|cayo|cayó|underwater|drown* ~4 pool|pileta|piscina|alberca|lake|lago|rio|river|water|agua|tina|bathtub",
		"pulled|rescued|sacamos|sacaron ~3 out|from|del|de ~3 pool|pileta|piscina|alberca|lake|lago|rio|river|water|agua|tina|bathtub",
	}, notAfter: "bottle|botella|filter|filtro|bill|factura|tetera|kettle|olla|pot|caliente|hirviendo|boiling|hot|encima"}, // not "me cayó agua de la tetera"
	// A drug that kills in a double dose, doubled or taken by mistake, and
	// weekly methotrexate taken every day. A rule of its own: the words
	// that end the overdose rule's matches ("instead of weekly", "a
	// week") are the point here.
	{kind: "dangerous_dose", urgency: UrgencyEmergency, patterns: []string{
		"took|taken|tome|tomo|gave|given|di|dio ~3 double|doble ~~6 " + dangerousDrugs,
		"doubled|duplique|duplico|accidentally|accidentalmente|mistakenly ~~6 " + dangerousDrugs,
		dangerousDrugs + " ~~8 by|por ~1 mistake|accident|error|equivocacion",
		"methotrexate|metotrexato|mtx ~~10 every ~1 day|night|morning ~~20 " + mixUpWords,
		"methotrexate|metotrexato|mtx ~~10 daily|diario|diaria|diariamente ~~20 " + mixUpWords,
		"methotrexate|metotrexato|mtx ~~10 todos ~1 los ~1 dias ~~20 " + mixUpWords,
		"methotrexate|metotrexato|mtx ~~10 cada ~1 dia ~~20 " + mixUpWords,
	}},
	// Threats to hurt someone else.
	// A threat to burn a house with people in it, or petrol and a lighter
	// at the door: "con un galón de gasolina y un encendedor, dice que va
	// a quemar la casa".
	{kind: "violence", urgency: UrgencyEmergency, idiom: jokeWords, patterns: []string{
		"va|vas|voy|going|gonna|threaten*|amenaza* ~3 quemar|burn|incendiar ~3 la|the|my|mi|our|nuestra|su ~1 casa|house|home|apartment|departamento",
		"gasolina|gasoline|gas ~~10 encendedor|lighter|matches|cerillos|fosforos",
	}},
	{kind: "violence", urgency: UrgencyEmergency, idiom: jokeWords, patterns: []string{
		"going|gonna|want|wanna|voy|quiero ~2 to ~1 hurt|kill|stab|shoot ~2 my|him|her|them|someone|somebody|brother|sister|wife|husband|mom|dad|son|daughter",
		"voy|quiero ~2 a ~1 matar|lastimar|apunalar ~2 a|al|mi",
		// Someone else's threat: "acaba de decir que va a ir a matar a su
		// hermano" (the person named after a; "me va a matar" is fear,
		// read by farewellRules, and "la diabetes me va a matar" neither).
		"va|van|iba ~3 a ~1 matar|lastimar|apunalar|balear ~1 a|al",
		// A weapon taken after the threat: "… matar a su hermano. Agarró
		// la pistola y se fue".
		"kill|shoot|hurt|matar|balear|lastimar ~~12 grabbed|took|agarro|agarró|tomo|tomó|saco|sacó ~2 the|his|her|a|la|el|su|una|un ~1 gun|pistola|arma|rifle|escopeta|knife|cuchillo|machete",
		"knife|gun|cuchillo|pistola|arma ~~8 hurt|kill|stab|shoot|matar|lastimar ~2 him|her|them|someone|my|brother|wife|husband|a|al",
		"knife|gun|cuchillo|pistola|arma|navaja|machete ~~12 protect|proteger|voices|voces|signals|senales|paranoi*|demons|demonios|following|siguen|persiguen",
		"walking|walks|running|caminando|anda|andando ~2 around|por ~3 with|con ~2 a|un|una|the|el|la ~1 knife|gun|cuchillo|pistola|navaja|machete",
		"said|says|threaten*|threatening|texted|told|wrote|dijo|dice|amenaz*|escribio|mando ~~5 kill|hurt|matar|matarme|lastimar ~1 me",
		"cant|cannot|no ~3 talk|call|speak|hablar|llamar ~~8 he|she|hell|shell|el|ella|me|nos|los ~1 hear|hears|escucha|escuche|oye|oiga|oir",
		"outside|afuera|fuera|door|puerta ~~8 gun|pistola|arma|knife|cuchillo|navaja|machete",
		"gun|pistola|arma|knife|cuchillo|navaja|machete ~~6 outside|afuera|screaming|gritando|yelling|banging",
		"gun|pistola|arma|knife|cuchillo|navaja|machete ~~15 hiding|hide|escondid*|escond*|encerrad*|locked",
		"hiding|escondid*|encerrad*|locked ~~15 gun|pistola|arma|knife|cuchillo|navaja|machete",
		"if|si ~3 leave|dejo|deje|voy|go ~~5 kill|mata|matar|finish|acabar|hurt",
		"me ~1 esta|estan ~1 golpeando|pegando|pateando|ahorcando|ahogando|apunalando",
		"choked|strangled|strangling|choking ~0 me|her|him", // not "choked on her water"
		"me ~1 ahorco|ahorcó|estrangulo|estranguló|ahorcaba",
		"is|are|keeps ~1 beating|hitting|choking|strangling|punching ~1 me|us",
	}},
	// Kicked by someone, not out of a portal: "he keeps kicking me";
	// not "the portal keeps kicking me out" (probe141).
	// A weapon at hand with a target or a reckoning: "I know where my
	// supervisor lives and I've got my dad's rifle in the truck. Everyone
	// who laughed at me is going to find out tonight".
	{kind: "violence", urgency: UrgencyEmergency, idiom: jokeWords, patterns: eitherOrder(
		[]string{weaponWords},
		"know|se ~1 where|donde ~3 lives|live|vive|viven|works|trabaja",
		"going|gonna ~1 to ~1 find ~1 out", "going|gonna ~1 to ~1 pay|regret", "find ~1 out ~1 tonight", "van ~1 a ~1 ver|pagar|arrepentir*", "me ~1 las ~1 van ~1 a ~1 pagar")},
	// Pills at hand while not coping: "I'm not ok and I've got a bottle of
	// pills next to me and I keep picking it up".
	{kind: "suicidal", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"bottle|pills|pastillas|frasco ~~8 next ~1 to ~1 me", "bottle|pills|pastillas|frasco ~~8 picking|holding|hand|mano|lado|enfrente"},
		"not|no ~1 ok|okay|bien", "cant ~2 do ~1 this", "no ~1 puedo|aguanto ~1 mas")},
	{kind: "violence", urgency: UrgencyEmergency, idiom: jokeWords, notNext: "out|off", patterns: []string{
		"is|are|keeps ~1 kicking ~1 me|us",
	}},
	// Sudden testicle pain or swelling (torsion).
	{kind: "testicular", urgency: UrgencyEmergency, patterns: []string{
		"testicle*|testicular|testiculo*|scrot*|escroto ~~8 swollen|swell*|hinch*|vomit*|throwing|sudden*|repente",
		"sudden*|repente|severe|terrible ~~6 pain|dolor ~~6 testicle*|testicular|testiculo*|scrot*|escroto",
		"pain|dolor ~2 down ~1 there ~~15 swollen|swell*|higher|vomit*|puking|throwing",
		"one ~1 side ~3 higher ~~8 swollen|swell*|pain*|hurt*",
		// In slang, on one side: "pain in my left ball", "el huevo
		// derecho me duele".
		"pain*|hurt*|ache*|aching|dolor|duele ~~6 " + oneBall,
		oneBall + " ~~12 pain*|hurt*|ache*|swollen|swell*|vomit*|throwing|threw|puk*|sudden*|hinch*|dolor|duele",
		"dolor|duele ~~6 " + oneBallEs, oneBallEs + " ~~12 dolor|duele|hinch*|vomit*|repente|morad*",
		"sudden*|repente|severe|terrible ~~6 pain|dolor ~~6 my ~0 balls|nuts|nads",
		"ball|balls|nads ~2 swollen|swell*|purple|hinch*|morad*",
		// "Me duelen los huevos de repente", "dolor horrible en un
		// huevo y vomitó".
		"dolor|duele|duelen ~~6 un|los|el ~0 huevo|huevos|huevito|huevitos ~~12 vomit*|hinch*|repente|morad*|sudden*",
	}},
	// A positive pregnancy test, then pain on one side low with a pain in
	// the shoulder or a faint (an ectopic pregnancy); "covid test
	// positive" is another test (notBefore).
	{kind: "high_risk_signs", urgency: UrgencyEmergency, notBefore: "covid|coronavirus|strep|flu|gripe|influenza|tb|hiv|vih|drug|antigen*|antigeno|rapid|rapida", patterns: slices.Concat(
		thenBoth(pregnancyKnown, oneSide, ectopicSign), thenBoth(pregnancyKnown, ectopicSign, oneSide))},
	// A blood sugar low enough to confuse or knock out, or very high.
	{kind: "glucose", urgency: UrgencyEmergency, patterns: []string{
		"diabet*|insulin*|insulina ~~12 passed ~1 out",
		"diabet*|insulin*|insulina ~~12 acting ~1 drunk|confus*|strange|weird",
		"diabet*|insulin*|insulina ~~12 harder|hard ~2 to ~1 wake|awaken",
		"sugar|meter|glucometer|glucometro|glucosa|azucar|aparato|aparatito|maquina|maquinita|machine|monitor ~3 says|reads|dice|marca ~1 hi|high",
		"diabet*|insulin*|insulina ~~15 sweat*|sudando|sudor|shak*|tembl* ~~15 no|not|sin|dont|doesnt|didnt|wont|isnt|cant ~2 contesta|responde|reacciona|answer*|answering|respond*|sense|sentido",
		// Confusion with sweating or shaking in a diabetic (a low sugar),
		// told in any order: "very confuse, sweating and shaking ... he is
		// diabetic too".
		diabetesWords + " ~~25 " + confusedWords + " ~~15 " + sweatShakeWords,
		diabetesWords + " ~~25 " + sweatShakeWords + " ~~15 " + confusedWords,
		confusedWords + " ~~15 " + sweatShakeWords + " ~~25 " + diabetesWords,
		sweatShakeWords + " ~~15 " + confusedWords + " ~~25 " + diabetesWords,
		confusedWords + " ~~12 " + diabetesWords + " ~~12 " + sweatShakeWords,
		// A sugar pill (someone's glipizide), then shaking or sweating and
		// a faint coming or the sight blurred.
		diabetesWords + " ~~25 " + sweatShakeWords + " ~~15 pass|faint*|desmay*|blurry|borroso|borrosa",
		sweatShakeWords + " ~~12 " + diabetesWords + " ~~12 " + confusedWords,
		"diabet*|insulin*|insulina ~~15 no ~2 contesta|responde|reacciona ~2 bien",
		// A sugar told in mmol/L under 3 with shaking, sweating or
		// confusion: "azúcar en 2.1 mmol/L, temblando, sudando y confundido".
		"sugar|azucar|glucose|glucosa|glucemia|bg ~3 #1-2 ~0 #0-9 ~~3 mmol ~~15 " + sweatShakeWords + "|" + confusedWords,
		// Sweating or shaking and talking nonsense, or sugar he cannot
		// take: "sweaty, shaking and not making sense, we tried juice but
		// he won't swallow it".
		sweatShakeWords + " ~~15 not|isnt|no ~1 making ~1 sense",
		"juice|jugo|sugar|azucar|glucose|glucosa ~~8 wont|cant|no ~2 swallow|drink|tragar|tomar|traga|toma|trague",
		"diabet*|insulin*|insulina ~~15 sudando ~1 frio",
		"diabet*|insulin*|insulina ~~15 cold ~1 sweat*",
		"insulin*|insulina ~~12 vomit* ~~8 breath*|respir*",
		"wont|cant|wouldnt|refuses|no ~4 drink|tomar|tragar|swallow ~4 juice|jugo",
		"acting|acts|actua|parece|esta ~1 drunk|borracho|borracha|tomado|tomada ~~8 doesnt|dont|not|no|never|nunca ~2 drink*|toma|bebe",
		"type ~1 1|one|i ~~12 acting ~1 drunk|confus*|strange|weird",
		"breath|aliento ~4 smell*|smells|huele ~4 fruity|acetone|nail|frut*|acetona|quitaesmalte",
		"breathing|respira*|breaths ~3 deep|deeply|profund*|hondo ~2 and|y ~1 fast|rapid*|rapido|quick",
		"breathing|respira*|breaths ~3 fast|rapid*|rapido|quick ~2 and|y ~1 deep|deeply|profund*|hondo",
		"insulin*|diabet*|insulina|diabetic* ~~15 not ~1 making ~1 sense",
		"not ~1 making ~1 sense ~~15 insulin*|diabet*|insulina|diabetic*",
		"insulin*|diabet*|insulina|diabetic* ~~15 no ~1 tiene ~1 sentido",
		"diabet*|insulin*|insulina ~~12 desmay*|unconscious|inconsciente|seizure*|convuls*|unresponsive",
		"sugar|glucose|azucar|glucosa|bg|bs ~3 #10-54",
		"meter|glucometer|glucometro|monitor|cgm|dexcom|libre|aparato|aparatito ~5 #10-54",
		"sugar|glucose|azucar|glucosa|bg|bs ~3 #500-1500",
		"sugar|glucose|azucar|glucosa ~3 hi|high|alta ~~8 confus*|vomit*|breath*|confundid*|vomit*|respir*",
		// A sugar of 300 or more with vomiting, confusion or heavy
		// breathing (ketoacidosis); alone it is urgent (cardio_metabolic).
		"sugar|glucose|azucar|glucosa|meter|glucometro|glucometer ~4 #300-499 ~~10 vomit*|throwing|confus*|confundid*|breath*|respir*|drowsy|dormid*|fruity|frut*",
	}, notAfter: "mg|mcg|units|unidades|grams|gramos|g|carbs|minutes|min|years|anos|days|dias|day|dia|hours|horas|weeks|semanas|points|puntos|higher|lower|off"}, // "el monitor de eventos de 30 días"; "reads about 40 points higher than fingersticks" (fresh439)
	// A potassium of 7 or more.
	{kind: "critical_lab", urgency: UrgencyEmergency, patterns: []string{
		// Read right after the word or its verb, so that the 9 of "5.9"
		// is not taken for a 9.
		"potassium|potasio|k ~0 #7-9", "potassium|potasio|k ~3 " + readAs + "|of|de|back ~0 #7-9",
	}},
	// A very high blood pressure with blurred vision, chest pain, confusion
	// or numbness, or at 180/120 with a headache (190/115 with a headache
	// alone is urgent: cardio_metabolic).
	{kind: "hypertensive", urgency: UrgencyEmergency, patterns: []string{
		"#180-300 ~1 #120-200 ~~12 headache*|cabeza|vision|vista|borroso|borrosa|blurry|blurred|chest|pecho|confus*|numb*",
		"#180-300 ~1 #110-200 ~~12 vision|vista|borroso|borrosa|blurry|blurred|chest|pecho|confus*|numb*",
		"borroso|borrosa|blurry|blurred|chest|pecho ~~12 #180-300 ~1 #110-200",
	}},
	// A racing heart with fainting, or a very fast rate.
	{kind: "heart_rate", urgency: UrgencyEmergency, patterns: []string{
		// (Two patterns: a phrase put last in a list of alternatives,
		// "...|pass ~1 out|faint*", would make the list a sequence.)
		"heart|pulse|corazon|pulso|hr ~4 racing|pounding|acelerad*|rapidisimo|rapidísimo|mil|tambor|drum|#>=150 ~~15 pass|passed ~1 out",
		"heart|pulse|corazon|pulso|hr ~4 racing|pounding|acelerad*|rapidisimo|rapidísimo|mil|tambor|drum|#>=150 ~~15 faint*|fainted|desmay*",
		"heart|pulse|corazon|pulso|hr ~4 racing|pounding|acelerad*|mil|#>=150 ~~8 black|blacked ~1 out", "corazon ~4 mil|tambor ~~15 negro|oscuro",
		"heart|pulse|corazon|pulso ~4 crazy|wild|loco ~~10 black|blacked|pass|passed|faint*|desmay*",
		// A heart out of rhythm, then a faint: "my heart has been
		// fluttering all morning and just now I blacked out".
		"heart|pulse|corazon|pulso ~4 flutter*|skipping|skips|irregular|palpitat*|brinca|brincando|salta|saltando ~~15 blacked|fainted|desmay*",
		"heart|pulse|corazon|pulso ~4 flutter*|skipping|skips|irregular|palpitat*|brinca|brincando|salta|saltando ~~15 passed ~1 out",
		"palpitat*|flutter* ~~15 blacked|fainted|desmay*", "palpitat*|flutter* ~~15 passed ~1 out",
		"heart|pulse|corazon|pulso ~4 #180-300",
		// A potassium of 2.5 or less with the heart or the muscles told:
		// "K 2.3 … heart is flip flopping".
		"potassium|potasio|k ~2 #1-2 ~0 #0-9 ~~20 irregular|flip*|skipping|skips|palpit*|racing|cramp*|calambre*|weak|debil",
		// A message's "K" is read "que": "K 2.3 on my labs … heart is flip
		// flopping" (a "que" right before a decimal is no Spanish).
		"que ~0 #1-2 ~0 #0-9 ~~20 irregular|flip*|skipping|skips|palpit*|racing|cramp*|calambre*",
		// A device's reading of 170 or more, with a dizzy head or an odd
		// chest: "pulse on my watch and on the oximeter both say 186 …
		// I'm dizzy and my chest feels weird".
		"pulse|pulso|heart|hr|oximeter|oximetro|watch|reloj ~~12 #170-300 ~~25 dizzy|mareado|mareada|mareo|chest|pecho|faint*|desmay*|lightheaded",
		"pulse|pulso|hr|latidos ~~5 #15-40", "heart ~1 rate ~~5 #15-40",
		"hour ~1 is|was ~2 #15-40", // "HR is in the 40s": the tokenizer reads HR as "hour"
		"faint*|fainted|desmay* ~~12 heart|corazon ~4 racing|pounding|flutter*|acelerad*",
		"anorexi*|bulimi* ~~15 faint*|desmay*|heart|corazon|chest|pecho|passed",
		"heart|pulse|corazon|pulso ~2 rate|ritmo ~3 #>=170",
		"heart|pulse|corazon|pulso ~3 racing|pounding|acelerad* ~2 at ~1 #>=150",
	}, notAfter: "mg"},
	// Fever in a patient whose defences are down (chemotherapy, a
	// transplant, dialysis): seen at once.
	{kind: "immunocompromised_fever", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"chemo*|quimio*|transplant*|trasplant*|neutropen*|dialysis|dialisis|oncology|oncologia|leucemia|leukemia|leukaemia ~~15 fever*|fiebre|calentura|temp|temperature|temperatura|chills|escalofrios",
		"#38-41|#100-106 ~~15 chemo*|quimio*",
		"fever*|fiebre|calentura|chills|escalofrios ~~15 chemo*|quimio*|transplant*|trasplant*|neutropen*",
		// Told by the number or the heat alone: "on chemo and running
		// 100.3", "post transplant, febrile", "burning up".
		"chemo*|quimio*|transplant*|trasplant*|neutropen*|leucemia|leukemia|leukaemia|linfoma|lymphoma ~~15 running|run|runs|hit|hitting|reading|reads|tengo|tiene|marca|marco|marcar|spiked|spiking|at ~2 #99-106|#38-41",
		"chemo*|quimio*|transplant*|trasplant*|neutropen* ~~15 febrile|febril|burning|ardiendo",
		// Oral chemotherapy by its names (probe185: "on capecitabine …
		// fever 102").
		"capecitabine|xeloda|capecitabina|temozolomide|temodar|lonsurf ~~20 fever*|fiebre|calentura|#100-106|#38-41",
	}, mild: "#96-99|#36-37"}, // "temp was 99.5", "tengo 37.3": no fever
	// Infections the eleventh session's second fever set found missing
	// (probe191): a baby of weeks with a temperature of 38 °C or 100.4 °F;
	// rigors and a high fever, "out of it" or pale, after a procedure; a
	// kidney infection with vomiting and no water kept down; a rash like
	// bruises or one that does not fade under a glass; a fever with a
	// pressure under 90; a cat bite with a fever or a finger like a
	// sausage; a tooth pulled, then a neck swollen and swallowing hard.
	{kind: "young_infant_fever", urgency: UrgencyEmergency, patterns: []string{
		"#1-12 ~1 wks|wk|weeks|week|semanas|semana|semanitas|semanita ~~20 #38-41|#100-106",
	}, notNext: "lbs|lb|libras|kg|kilos|oz|onzas|cm|in|inches|pulgadas|ml|mg|mgs|mcg|miligramos|milligrams|units|unidades",
		notBefore: "embarazada|pregnant|embarazo|pregnancy|gestacion|replaced|replacement|surgery|cirugia|operated|operado|operada"}, // "embarazada de 6 semanas y tomo sertralina 100 mg", "my new knee (replaced 3 wks ago)"
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"biopsy|biopsia|cystoscopy|cistoscopia|stent|colonoscopy|operacion|operación|surgery|cirugia|apendice|apéndice|gallbladder|vesicula"},
			"chills|escalofr*|shaking|temblando|temblores ~~15 #102-106|#39-42", "#102-106|#39-42 ~~15 chills|escalofr*|shaking|temblando|temblores",
			"out ~2 of ~1 it", "pale|palid*|pálida|pálido"),
		eitherOrder([]string{"uti|kidneys|riñones|rinones|rinon|riñon", "infeccion ~2 de ~1 orina", "infeccion ~1 urinaria"},
			"cant|can't ~2 keep ~2 water|anything|down", "no ~1 retengo|aguanto ~2 ni ~2 el ~1 agua", "vomit* ~2 todo|everything"),
		[]string{"rash|sarpullido|manchas|ronchas|spots ~~8 like ~2 bruises|moretones", "glass ~1 test", "prueba ~2 del ~1 vaso",
			"rash|spots ~~8 doesnt|doesn't|wont|won't ~2 fade|blanch"},
		eitherOrder([]string{"fever*|fiebre|temp ~4 #102-106|#39-42"}, "cuff|bp|pressure|presion ~~4 #60-89 ~0 #30-59", "dizzy ~2 standing"),
		[]string{"cat|gato|gata ~~4 bit|bite|bitten|mordio|mordió|mordida ~~25 fever*|fiebre|sausage|salchicha|streak*"},
		eitherOrder([]string{"tooth|diente|muela|molar|wisdom ~~6 pulled|extraction|sacaron|extraccion|extracción"},
			"neck|cuello ~~4 swollen|hinchad*", "hard ~2 to ~1 swallow|open", "cant|can't ~2 open ~2 mouth", "muffled"))},
	// A high fever with a racing heart, a faint, fast breathing or no
	// drinking; an abscess with a fever and redness climbing; purple skin
	// with blisters spreading: sepsis and the infections that kill fast
	// (probe185).
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"fever*|temp|temperature|fiebre|temperatura ~4 #104-107|#40-42"},
			"heart|pulse|hr ~~4 #120-220|racing|crazy|pounding", "passed|nearly ~2 passed|faint*|desmay*", "breathing|respira* ~3 fast|rapido|rapidisimo",
			"wont|won't|no ~2 drink|drinking|toma|bebe"),
		eitherOrder([]string{"abscess|absceso|absess"}, "fever*|fiebre|burning ~1 up", "all ~1 the ~1 way ~2 up|shoulder|hombro"),
		[]string{"purple|purplish|morada|morado|violacea|dark ~~6 blisters|ampollas", "blisters|ampollas ~~6 purple|purplish|morada|morado"})},
	// Fever in a baby under three months old: seen in an emergency
	// department, not called back later (an older infant's fever is
	// infant_fever, urgent).
	{kind: "young_infant_fever", urgency: UrgencyEmergency, patterns: []string{
		"#1-12 ~1 week|weeks|wk|wks ~1 old ~~10 fever*|feverish|temperatur*|temp",
		"#1-2 ~1 month|months|mo ~1 old ~~10 fever*|feverish|temperatur*|temp",
		"bebe|nino|nina|hijo|hija|nieto|nieta|guagua|nene|nena|chamaco|chamaca|crio|cria|hijito|hijita ~3 de ~1 #1-12 ~1 semana|semanas ~~10 fiebre|calentura|temperatura",
		"bebe|nino|nina|hijo|hija|nieto|nieta|guagua|nene|nena|chamaco|chamaca|crio|cria|hijito|hijita ~3 de ~1 #1-2 ~1 mes|meses ~~10 fiebre|calentura|temperatura",
		"#1-30 ~1 day|days ~1 old ~~10 fever*|feverish|temperatur*|temp",
		"newborn ~~10 fever*|feverish|temperatur*|temp", "fever*|feverish|temperatur*|temp ~~10 newborn",
		"bebe|nino|nina|hijo|hija|nieto|nieta ~3 de ~1 #1-30 ~1 dia|dias ~~10 fiebre|calentura|temperatura",
		"bebe|nino|nina|hijo|hija|nieto|nieta ~3 de ~1 un ~1 mes ~~10 fiebre|calentura|temperatura",
		"bebe|nino|nina|guagua|nene|nena ~3 tiene|cumple ~1 #1-12 ~1 semana|semanas ~~10 fiebre|calentura|temperatura",
		"bebe|nino|nina|guagua|nene|nena ~3 tiene|cumple ~1 #1-2 ~1 mes|meses ~~10 fiebre|calentura|temperatura",
		"one ~1 month ~1 old ~~10 fever*|feverish|temperatur*|temp",
		"#1-12 ~1 week|weeks|wk|wks ~1 old|olds ~~12 thermometer|temp|temperature|#38-41|#100-106",
		"#1-12 ~1 semana|semanas ~~12 termometro|#38-41",
		"recien ~1 nacid* ~~10 fiebre|calentura|temperatura", "fiebre|calentura|temperatura ~~10 recien ~1 nacid*",
		// A age in days, then the thermometer: "mi guagua tiene 10 días y
		// anda con 38,4", "my 12 day old is at 100.6" ("tiene 3 días con
		// fiebre" is how long the fever has lasted, and stays out).
		babyWords + " ~2 tiene|cumple|cumplio ~1 #1-30 ~1 dia|dias ~1 y ~~10 fiebre|calentura|temperatura|termometro|caliente|#38-41",
		"#1-30 ~1 dia|dias ~1 de ~1 nacid* ~~10 fiebre|calentura|temperatura|termometro|caliente|#38-41",
		"de ~1 #1-30 ~1 dia|dias ~~10 #38-41",
		"#1-30 ~1 day|days ~1 old|olds ~~12 thermometer|#38-41|#100-106",
	}},
	// A newborn told in days who will not feed or wake, or a baby of a few
	// weeks who is limp or blue: seen at once, fever or not (a baby of
	// three weeks "not eating much" is seen today: infant_fever).
	{kind: "sick_newborn", urgency: UrgencyEmergency, patterns: []string{
		newbornAge + " ~~15 " + notFeeding,
		newbornAge + " ~~15 " + limpBaby,
		"de ~1 #1-30 ~1 dia|dias ~~15 " + notFeeding,
		"de ~1 #1-30 ~1 dia|dias ~~15 " + limpBaby,
		"#1-4 ~1 week|weeks|wk|wks ~1 old|olds ~~15 " + limpBaby,
		"de ~1 #1-4 ~1 semana|semanas ~~15 " + limpBaby,
		"newborn ~~15 " + notFeeding,
		"recien ~1 nacid* ~~15 " + notFeeding,
		babyWords + " ~2 tiene|cumple|cumplio ~1 #1-30 ~1 dia|dias ~1 y ~~15 " + notFeeding,
		babyWords + " ~2 tiene|cumple|cumplio ~1 #1-30 ~1 dia|dias ~1 y ~~15 decaid*|aguadit*|letargic*|morad*",
	}},
	// A fever of 106 °F or 41 °C and over, at any age.
	{kind: "very_high_fever", urgency: UrgencyEmergency, patterns: []string{
		feverWords + " ~4 #106-110", feverWords + " ~4 #41-43",
		"#41-43 ~2 de ~1 fiebre|temperatura|calentura", "#106-110 ~2 fever*",
	}, notAfter: "hours|horas|days|dias|minutes|minutos|years|anos|mg|ml"},
	// "The worst pain of my life", wherever it is.
	{kind: "worst_pain", urgency: UrgencyEmergency, patterns: []string{
		"worst ~2 pain ~3 life", "peor ~1 dolor ~3 vida",
		"dolor ~2 de ~1 cabeza ~3 brutal|terrible|horrible|fuertisimo ~~3 repente|sudden*",
		"cabeza ~~8 de ~1 golpe|repente", "nunca ~3 sentido ~2 un ~1 dolor ~1 asi|así",
		"dolor|headache*|pain ~~8 peor ~2 de ~1 mi|su|tu ~1 vida",
		"dolor ~~6 mas ~1 fuerte ~2 de ~1 mi ~1 vida",
		"headache*|pain|dolor|head|cabeza ~~20 worst ~3 of ~1 her|his|my|their|your ~1 life", "dolor ~2 de ~1 cabeza ~~8 de ~1 golpe|repente",
	}},
	{kind: "severe_headache", urgency: UrgencyEmergency, patterns: []string{
		"worst ~2 headache*", "peor ~3 dolor ~2 cabeza",
		// "suddenly headache very very bad, she say worst in her whole
		// life, like somebody hit her with hammer" (probe157).
		"headache*|cabeza ~~12 worst|peor ~~3 whole|entire|toda ~1 life|vida", "headache*|cabeza ~~12 like|como ~~4 hammer|martillo|martillazo",
		"headache*|cabeza ~~20 stiff|rigido|tieso",
		"thunderclap|trueno|explosive|explosivo",
		"sudden*|repente ~3 severe|worst|fuerte*|terrible ~2 headache*|dolor",
	}},
	// Shot in a part of the body; not a vaccine's shot ("are my covid
	// booster and shingles shot in my record", fresh409).
	{kind: "trauma", urgency: UrgencyEmergency, patterns: []string{"shot ~1 in ~2 the|his|her|my"},
		notBefore: "flu|covid|shingles|booster|tetanus|tdap|vaccine|allergy|b12|cortisone|steroid|hepatitis|pneumonia|rsv|hpv|mmr|vitamin|insulin|botox|depo|testosterone"},
	// Knocked out, but not a tooth: "his front tooth knocked out".
	{kind: "trauma", urgency: UrgencyEmergency, patterns: []string{"knocked ~1 out"}, notBefore: "tooth|teeth|diente|dientes|muela|muelas",
		notAfter: "tooth|teeth|diente|dientes|muela|muelas|permanent|front"}, // "knocked out a permanent front tooth"
	{kind: "trauma", urgency: UrgencyEmergency, patterns: []string{
		"stabbed|gunshot|apunalad*|balazo|acuchillad*", "get|got|was|been|is ~1 stab", // "my boy get stab in the leg"
		// A crash or fall with neck pain and tingling or weakness.
		"accident|crash|crashed|wreck|choque|accidente|choco ~~10 neck|cuello|spine|espalda|back ~~8 tingl*|numb*|hormigue*|adormec*|weak*|debil*",
		"perdi*|perdio ~2 el ~1 conocimiento", "lost|losing ~1 consciousness",
		"fell|fall|cayo|cayó|caida ~~12 confus*|confundid*|unconscious|inconsciente",
		"cant|can't|cannot|no ~2 stay|mantiene|mantener|mantenerse ~1 awake|despierto|despierta",
		// A blow to the head followed by confusion, vomiting or drowsiness.
		"hit|hitting|bumped|banged|struck|bonk*|smack*|whack*|golpe*|golpeo|peg* ~3 head|cabeza ~~10 thrown|throw|confus*|vomit*|throwing|threw|passed|unconscious|drowsy|sleepy|groggy|seizure*|confundid*|desmay*|inconsciente|somnolient*|adormilad*|aturdid*|vomitando|vomito|doble|double|doubled",
		"hit|hitting|bumped|banged|struck|golpe*|golpeo ~3 head|cabeza ~~12 out ~2 of ~1 it", // "hit his head on the tub, and he's still really out of it"
		// Spain's "se dio en la cabeza, ha vomitado tres veces".
		"dio|di|pego|pegó ~1 en ~2 la ~1 cabeza ~~12 vomit*|confus*|confundid*|desmay*|inconsciente|somnolient*|adormilad*",
		// A blow to the head on a blood thinner, told in either order and
		// however far apart: "fell and hit her head on the tub … she's on
		// Eliquis".
		"hit|bumped|banged|struck|golpe*|golpeo|golpeó ~3 head|forehead|cabeza|frente ~~40 " + thinnerWords,
		thinnerWords + " ~~40 hit|bumped|banged|struck|golpe*|golpeo|golpeó ~3 head|forehead|cabeza|frente",
		// fresh329: "there's some blood on my forehead where I must have hit
		// the towel bar. I'm on digoxin and Coumadin".
		"blood|sangre ~~3 on|en ~2 my|his|her|mi|su|la ~1 forehead|head|frente|cabeza ~~40 " + thinnerWords,
		thinnerWords + " ~~40 blood|sangre ~~3 on|en ~2 my|his|her|mi|su|la ~1 forehead|head|frente|cabeza",
		"cai|cayo|cayó|fell|fall ~3 del|de|off|from ~1 techo|roof|balcon|balcony|andamio|scaffold*|terraza|terrace",
		"cai|cayo|cayó|fell|fall ~~10 sangre|blood ~3 por|del|from ~2 el|la|his|her ~1 oido|ear|oreja",
		"cayo|cayó|fell ~~10 no ~1 se ~1 mueve",
		// A fall, then a headache with vomiting, told in any order.
		fallWords + " ~~20 " + vomitWords + " ~~20 headache*|cabeza",
		fallWords + " ~~20 headache*|cabeza ~~20 " + vomitWords,
		vomitWords + " ~~20 headache*|cabeza ~~20 " + fallWords,
		"headache*|cabeza ~~20 " + vomitWords + " ~~20 " + fallWords,
		"head|cabeza ~2 injur*|trauma|golpe* ~~10 confus*|vomit*|throwing|threw|passed|unconscious|drowsy|sleepy|seizure*|confundid*|desmay*|inconsciente|somnolient*|vomitando|vomito",
		"hit|atropell* ~2 by|por ~2 car|truck|carro|coche|auto",
		"pupil|pupils|pupila|pupilas ~~6 bigger|larger|different|uneven|dilated|blown|grande|distinta*|desigual*",
		"foot|leg|pie|pierna ~4 turned|rotated|girado|girada|volteado|volteada ~2 out|outward|outwards|outside|afuera",
		"bone|hueso ~3 sticking|poking|salido|saliendo|sale|salia|expuesto|afuera|through",
		"hit|golpe*|tackle*|collision|choque|helmet|casco|knocked ~~20 same ~1 question*|thing|pregunta*",
		"helmet|casco|tackle*|concussion|conmocion ~~15 vomit*|puking|vomito|throwing",
		"helmet|casco|tackle*|concussion|conmocion ~~15 threw ~1 up",
		"golpe*|choque|casco ~~20 misma ~1 pregunta|cosa",
		"caught|stuck|atrapad*|atorad*|crushed|aplastad* ~~4 in|en|under|bajo|between ~2 machine|machinery|press|prensa|maquina|engranaje|gear*|conveyor",
		"machine|press|prensa|maquina ~~15 puddle|charco|hanging|colgando|white|pale|palido|palida",
		"atropell*",
	}, notBefore: "feel|feels|felt|siento"},
}

// pregnancyKnown are the ways a young woman tells she may be pregnant: a
// positive test, a period late or missed.
var pregnancyKnown = []string{positiveTest, positiveTestEs, testPositive, testPositiveAt, periodLate, periodMissed}

// thenBoth returns the patterns that find one of firsts, then b, then c,
// each within a few clauses of the one before.
func thenBoth(firsts []string, b, c string) []string {
	var out []string
	for _, a := range firsts {
		out = append(out, a+" ~~30 "+b+" ~~30 "+c)
	}
	return out
}
