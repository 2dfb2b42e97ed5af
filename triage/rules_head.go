package triage

import "slices"

// headRules are emergencies of the eye, the ear, nose and throat, the
// mouth and teeth, the skin, burns and allergies, told in lay words:
// cement in the eyes, a cut eyeball leaking, blood pooled in the eye after
// a blow with vomiting, a swollen bulging eye with double vision and a
// fever, an eye that hurts and goes blind days after cataract surgery, a
// throat too sore to swallow one's own spit with a muffled voice, a child
// drooling with noisy breathing, bleeding a week after the tonsils came
// out or for hours after a tooth was pulled on a blood thinner, a button
// battery in a nose or an ear, a sting with hives and wheezing, blisters
// in the mouth and eyes with the skin peeling after a new medicine, and
// soot coughed up after a face burn. probe47 (50 such emergencies, 50
// look-alikes) found them missing at first run.
var headRules = []rule{
	// A fall from a height, then vomiting and sleepiness (probe347: "he fell
	// off the top bunk tonight, puked twice and keeps nodding off").
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"fell|fall|falls|cayo|cayó ~~4 bunk|stairs|crib|ladder|roof|tree|litera|escaleras"},
		"puked|vomited|vomito|vomitó ~~3 twice|again|#2-9|dos|tres", "threw ~1 up ~~3 twice|again|#2-9", "nodding ~1 off", "keeps ~1 falling ~1 asleep", "cant|can't ~1 stay ~1 awake", "hard ~1 to ~1 wake")},
	// A breath too short to talk (probe347: "typing this bc i can only get a
	// couple words out at a time").
	{kind: "breathing", urgency: UrgencyEmergency, patterns: []string{
		"only ~~2 get|say|speak ~~3 couple|few|two|2|three|3 ~1 words", "words ~1 out ~1 at ~1 a ~1 time",
	}},
	// Cement, plaster or lime in the eyes: an alkali keeps burning.
	{kind: "eye_injury", urgency: UrgencyEmergency, patterns: []string{
		alkaliWords + " ~~8 eye|eyes|ojo|ojos",
		"eye|eyes|ojo|ojos ~~8 " + alkaliWords,
	}},
	// Something sticking out of the eye, or the eye leaking jelly: it is
	// cut open.
	{kind: "eye_injury", urgency: UrgencyEmergency, patterns: []string{
		"eye|ojo ~~12 poking|sticking|clavad*|enterrad*|incrustad* ~2 out|fuera|afuera",
		"eye|ojo ~~12 something|algo ~3 stuck|clavado|enterrado|incrustado",
		// "the tip is still stuck in his eye, clear fluid is leaking".
		"stuck|lodged ~3 in ~2 his|her|my|the|your|their ~1 eye|eyeball",
		"eye|eyeball|ojo ~~10 clear ~1 fluid|liquido ~~3 leak*|coming|saliendo|sale",
		"poking|sticking ~1 out ~2 of ~3 eye|eyeball|ojo", "clavad*|enterrad*|incrustad* ~3 en ~2 el ~1 ojo",
		"anzuelo|hook|fishhook|fishing ~~8 eye|eyeball|ojo", "clavo|clavó ~~6 el ~1 ojo",
		"jelly*|gel|gelatina|gelatinoso ~~12 eye|ojo|leak*|sale|saliendo",
		"eye|ojo ~~12 jelly*|gel|gelatina|gelatinoso",
	}},
	// A firework or a blast to the eye (probe153: "firework hit my son
	// in the eye … can't see out of it and there's blood").
	{kind: "eye_injury", urgency: UrgencyEmergency, patterns: []string{
		"firework|fireworks|firecracker|cohete|cohetes|petardo|petardos|pirotecnia|cuete|cuetes|sparkler|bengala ~~10 eye|eyes|ojo|ojos",
		"eye|ojo ~~10 firework|fireworks|firecracker|cohete|cohetes|petardo|petardos|cuete|cuetes",
		"cant|can't|cannot|no ~2 see|ver|ve ~2 out ~2 of ~2 it|that",
	}},
	// A headache with double vision or a drooping eyelid, or that began
	// all at once (probe155: "empezó de golpe hace como una hora, veo
	// doble y el párpado se me está cayendo").
	{kind: "severe_headache", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"headache|headaches|migraine|migrana|jaqueca", "dolor ~2 de ~1 cabeza", "duele ~3 la ~1 cabeza", "head ~1 hurts|pain|ache"},
		"veo ~1 doble", "double ~1 vision", "seeing ~1 double", "parpado|párpado|eyelid|eyelids ~~4 cayendo|caido|caído|droop*",
		"empezo|empezó|comenzo|comenzó ~2 de ~1 golpe")},
	// A headache that struck like a blow, or like none before, with a
	// stiff neck, light that hurts or vomiting (fresh329: "it hit me like
	// somebody swung a bat at the back of my head. The light hurts my eyes
	// … My neck is stiff").
	{kind: "severe_headache", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"like ~~4 bat|hammer|baseball|brick|sledgehammer|thunderclap|bomb|explosion|exploded|lightning ~~6 head|skull|cabeza|nuca",
			"hit|struck ~1 me ~1 like ~~3 bat|hammer|brick|truck|ton|lightning", "head|skull|cabeza ~~6 like|como ~~6 bat|hammer|sledgehammer|martillazo|batazo|explosion|explosión|exploded|bomb|bomba", "como ~~4 martillazo|batazo|bomba|explosion|explosión|trueno|rayo|palazo ~~6 cabeza|nuca",
			"headache|headaches|dolor ~~12 nothing|never|nunca ~~2 like ~1 this|it|este|así|asi"},
		"neck|nuca|cuello ~~3 stiff|tiesa|tieso|rigida|rígida|dura", "light|luz ~~3 hurts|bothers|molesta", "sick ~~3 stomach", "vomit*|vomité|vomite|threw|throwing",
		"worst|peor", "sudden*|de ~1 golpe|all ~1 at ~1 once|out ~1 of ~1 nowhere")},
	// Clear fluid from the nose or an ear after a blow (probe162), or
	// furniture or a TV fallen on a child who breathes oddly or stops
	// crying.
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: []string{
		"clear|watery|transparente|clarito|agua ~3 fluid|liquid|liquido|líquido|agua ~~8 nose|ear|nariz|oido|oído|oreja",
		"fluid|liquid|liquido|líquido ~2 clear|claro|transparente ~~8 nose|ear|nariz|oido|oído|oreja",
	}},
	{kind: "trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"dresser|tv|television|tele|mueble|comoda|cómoda|bookshelf|bookcase|estante|librero|ropero ~~6 fell|tipped|cayo|cayó|volteo|volteó|encima"},
		"breathing ~2 weird|funny|strange|fast|hard", "not ~2 crying|breathing|moving", "no ~2 llora|respira|se ~1 mueve", "respira ~2 raro|rara",
		"unconscious|inconsciente|limp|floppy|sleepy|dormid*|pale|palido|pálido")},
	// A blow to the head, then vomiting (probe163: "hit my head on the
	// wheel … I've thrown up twice").
	// Once, and answering well, is for a clinician today (fresh330:
	// "woke up with a headache and threw up once at breakfast … answering
	// questions fine").
	{kind: "head_injury", urgency: UrgencyEmergency, mild: "once", patterns: eitherOrder(
		[]string{"hit|hitting|bumped|banged|smacked ~2 my|his|her|the ~1 head"},
		"thrown|threw|throwing ~1 up", "vomit*|vomitó|vomito")},
	// A blow to the head with a faint, vomiting or blurred sight, in
	// Spanish ("le dieron un cabezazo … se desmayó … vomitó dos veces").
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cabezazo|cabezazos", "golpe|golpeo|golpeó|pego|pegó ~~4 en ~2 la ~1 cabeza"},
		"desmay*|inconsciente|noqueado|noqueada", "vomit*|vomitó|vomito", "borroso|borrosa|doble", "no ~2 se ~1 acuerda|recuerda")},
	// A blow to the head on a blood thinner, then the headache worse or
	// sleepiness (fresh376: "me pegué en la cabeza hace como 2 horas. Tomo
	// Coumadin … tengo mucho sueño").
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: slices.Concat(
		joined(joined([]string{thinners}, " ~~25 ", headBlow), " ~~25 ", headWorse),
		joined(joined(headBlow, " ~~25 ", []string{thinners}), " ~~25 ", headWorse))},
	// A blow to the eye, then blood in it or vomiting: a bleed inside the
	// eye, perhaps the skull.
	{kind: "eye_injury", urgency: UrgencyEmergency, patterns: []string{
		eyeBlow + " ~~25 " + vomitWords,
		eyeBlow + " ~~25 blood|sangre ~3 pooled|pool|front|inside|dentro|adentro|en",
		// fresh325: "me pegó … en la cara y del ojo izquierdo veo todo
		// borroso y oscuro", sight dimmed after the blow.
		eyeBlow + " ~~14 vision|sight|see|seeing|veo|ve|vista|everything|todo ~3 " + sightDim,
		"blood|sangre ~3 pooled|pool|inside|dentro|adentro ~~6 eye|ojo",
		"sangra|sangrando ~3 por ~1 dentro ~2 del|el ~1 ojo", // "le sangra por dentro del ojo"
		// A BB or a pellet in the eye.
		"bb|pellet|perdigon|perdigones|balin|balines ~~10 eye|ojo",
		"eye|ojo ~~10 bb|pellet|perdigon|perdigones|balin|balines",
	}},
	// A swollen eye that bulges, hurts to move or sees double, with a
	// fever: the infection is behind the eye.
	{kind: "eye_emergency", urgency: UrgencyEmergency, patterns: eitherOrder([]string{
		"double ~1 vision", "seeing|sees|see ~1 double", "ve|veo|viendo|mira ~1 doble",
		"eye|ojo ~2 bulg*|saltado|salido|protruding",
		"hurts|duele|pain* ~3 move|moving|mover|moverlo|moverla ~3 eye|eyes|ojo|ojos|it|lo|la",
	}, feverWords)},
	// An eye that hurts and goes blind in the days after surgery on it:
	// an infection inside the eye.
	{kind: "eye_emergency", urgency: UrgencyEmergency, patterns: []string{
		eyeSurgery + " ~~30 pain*|painful|hurts|dolor|duele ~~20 " + sightGone,
		eyeSurgery + " ~~30 " + sightGone + " ~~20 pain*|painful|hurts|dolor|duele",
	}},
	// Too sore to swallow one's own spit, drooling, a muffled "hot
	// potato" voice, a jaw that will not open: the throat is closing
	// from an abscess or an epiglottitis.
	{kind: "airway_infection", urgency: UrgencyEmergency, patterns: []string{
		"cant|cannot|couldnt|no|not ~4 swallow*|tragar|trago|traga ~4 spit|saliva|saliba",
		"swallow*|tragar ~2 his|her|my|their|own|su|mi ~2 spit|saliva", "swallow*|tragar ~~8 not|ni ~1 even ~2 my|his|her ~1 spit|saliva",
		"hot ~1 potato", "papa ~1 caliente",
		"drool*|babea*|babeando|escupiendo ~~20 muffled|noisy|noise|ruido|stridor|estridor|apagada|ahogada",
		"muffled|noisy|noise|ruido|stridor|estridor|apagada|ahogada ~~20 drool*|babea*|babeando",
		"voice|voz ~3 muffled|apagada|ahogada ~~20 swallow*|tragar|fever*|fiebre",
	}},
	// A neck that will not bend or move, or eyes that cannot stand the
	// light, with a fever.
	{kind: "meningitis", urgency: UrgencyEmergency, patterns: eitherOrder([]string{
		"no ~2 quiere|puede ~2 mover|doblar ~2 el|su ~1 cuello",
		"neck|cuello ~4 hurts|duele|stiff|tieso|rigido|rígido ~~8 look*|bend*|doblar|down|abajo|chin|barbilla",
		"cant|can't|cannot ~2 bend ~2 her|his|the|my ~1 neck",
		"duele|duelen ~2 el ~1 cuello ~~8 baja|bajar|doblar|agacha|agachar|mover|mira|mirar",
		"light|luz ~~4 hurts|bothers|bother|molesta", "cant|can't ~2 stand ~2 the ~1 light", "molesta ~2 la ~1 luz", "photophobia|fotofobia",
		"wont|won't|cant|can't|cannot|doesnt|refuses ~2 move|turn|bend ~2 his|her|the ~1 neck",
		// fresh326: "she can't bend her head forward, cries out when I try".
		"cant|can't|cannot|wont|won't ~2 bend|tuck|drop|move|put ~2 her|his|my|the ~1 head|chin ~~3 forward|down|chest",
		"no ~2 puede|quiere ~2 bajar|doblar|agachar ~2 la|su ~1 cabeza|barbilla",
	}, feverWords+"|#101-106|#38-42")},
	// Bleeding in the days after the tonsils came out.
	{kind: "bleeding", urgency: UrgencyEmergency, patterns: []string{
		"tonsil*|amigdal* ~~25 blood|bleed*|sangre|sangr*",
		"blood|bleed*|sangre|sangr* ~~25 tonsil*|amigdal*",
	}, notBefore: "if|si", mild: lightBleeding + "|streak*|streaks|hilito|hilitos|pink|rosad*|tint*"},
	// A mouth that keeps filling with blood, or blood swallowed by the
	// mouthful.
	{kind: "bleeding", urgency: UrgencyEmergency, patterns: []string{
		"mouth|boca ~3 keeps|sigue|keep ~2 filling|llenando|llenandose|llena ~2 with|de ~1 blood|sangre",
		"swallowing|tragando|tragado|swallowed ~3 lot|lots|mucha|bunch|tons ~2 of|de ~1 blood|sangre",
		thinners + " ~~25 bleed*|blood|sangr*|sangre ~~12 #2-99 ~1 hours|hrs|horas",
	}, notBefore: "if|si", mild: lightBleeding},
	// A battery in a nose or an ear: it burns through in hours.
	{kind: "battery_or_magnet", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		batteryWords + " ~~10 nose|nostril|nostrils|ear|ears|nariz|oido|oidos|oreja|orejas|fosa",
		"nose|nostril|nostrils|ear|ears|nariz|oido|oidos|oreja|orejas|fosa ~~10 " + batteryWords,
	}, notBefore: "not|no"},
	// A sting, a food or a drug, then wheezing or an itching throat, or
	// hives with wheezing: anaphylaxis.
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: []string{
		reactionCause + " ~~25 wheez*|silbido|silba|silbando|pitido|pito",
		"hives|ronchas|habones ~~20 wheez*|silbido|silba|silbando|pitido",
		// Spain's wheeze: "le pita el pecho", "me pitan los bronquios".
		reactionCause + " ~~25 pita|pitan|pitando ~2 el|los ~1 pecho|bronquios",
		"hives|ronchas|habones ~~20 pita|pitan|pitando ~2 el|los ~1 pecho|bronquios",
		"wheez*|silbido|silba|silbando ~~20 hives|ronchas|habones",
		reactionCause + " ~~20 throat|garganta ~3 itch*|itchy|pica|picazon|comezon|rasposa",
		// "shrimp at dinner … hives all over, throat feels thick and I
		// feel like I'm going to pass out".
		reactionCause + " ~~20 throat|garganta ~3 thick|tight|closing|cerrando|cerrada|apretada",
		"hives|ronchas|habones ~~20 throat|garganta ~3 thick|tight|closing|cerrando|cerrada|apretada",
		"hives|ronchas|habones ~~20 pass ~1 out|faint|desmay*",
		reactionCause + " ~~20 itch*|itchy|pica|picazon|comezon ~3 throat|garganta",
	}, notAfter: "action|plan|form|forms|formulario|training|class|clase"},
	// Blisters in the mouth and the eyes, or the skin peeling, after a
	// medicine: Stevens-Johnson syndrome.
	{kind: "skin_emergency", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"blister*|ampolla*|llaga*|sores ~~8 mouth|boca|lips|labios ~~10 eye|eyes|ojo|ojos",
		"blister*|ampolla*|llaga*|sores ~~8 eye|eyes|ojo|ojos ~~10 mouth|boca|lips|labios",
		"ampolla*|blister* ~~15 despellej*|peeling|pelando|peels|sheets",
		"despellej*|peeling|pelando ~~20 " + drugWords,
		drugWords + " ~~20 despellej*|peeling|pelando",
	}},
	// Soot coughed up, or a voice going hoarse, after a fire or a flame
	// to the face: the airway is burned.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: []string{
		fireWords + " ~~25 cough*|tos|tose|tosiendo|escupe|spitting ~~6 black|soot|negro|negra|hollin|tizne",
		"cough*|tos|tose|tosiendo|escupe|spitting ~~6 soot|hollin|tizne",
		fireWords + " ~~25 hoarse*|ronca|ronco|ronquera|afonic*",
		"hoarse*|ronca|ronco|ronquera|afonic* ~~25 " + fireWords,
	}},
}

// headBlow is a blow to the head, and headWorse what follows one that
// bleeds inside: sleepiness, a headache worse, vomiting.
var (
	headBlow  = []string{"hit|hitting|bumped|banged|smacked|struck ~2 my|his|her|the ~1 head", "pegue|pegué|pego|pegó|golpee|golpeé|golpeo|golpeó ~~3 cabeza"}
	headWorse = []string{"sleepy|drowsy|somnolient*|sueño|sueno|dormid*", "worse|peor", "vomit*|threw ~1 up"}
)

// Words for headRules.
const (
	alkaliWords = "cement|cemento|concrete|concreto|mortar|mortero|plaster|yeso|drywall|caustic*|caustica|caustico|chlorine|cloro|granules|granulos"
	eyeBlow     = "hit|struck|punched|elbowed|golpe*|golpeo|golpearon|pego|pegaron|ball|pelota|balon|bat|bate ~~10 eye|ojo"
	eyeSurgery  = "cataract*|catarata*|lasik|retina*|vitrectom*"
	sightDim    = "blurry|blurred|borroso|borrosa|dim|oscuro|oscura|dark|darker|black|negro|curtain|cortina|shadow|sombra|foggy|cloudy|nublado|nublada"
	sightGone   = "barely|cant|can't|cannot|hardly|no|casi ~3 see|ver|veo|ve"
	thinners    = "warfarin*|warfarina|coumadin|eliquis|xarelto|pradaxa|sintrom|thinner*|anticoagul*|apixaban|rivaroxaban"
	// What sets off an allergy by itself: a sting, a food, a drug (not
	// "allergies", which wheeze with asthma every spring).
	reactionCause = "sting*|stung|bee|bees|wasp|hornet|abeja|avispa|avispon|picadura|pico|peanut*|cacahuate*|cacahuete*|mani|nut|nuts|nuez|nueces|" +
		"shellfish|mariscos|shrimp|camaron*|fish|pescado|jellyfish|medusa|aguamala|amoxicillin|penicillin|antibiotic*|antibiotico*|amoxicilina|penicilina|" +
		// A shot just given (probe127: "just did my PIO shot and a few
		// minutes later I'm itching all over … wheezing").
		"shot|injection|inyeccion|inyección|vacuna|vaccine"
	batteryWords = "battery|batteries|bateria|baterias|pila|pilas|pilita|pilitas"
	drugWords    = "antibiotic*|antibiotico*|medicine|medicina|medication|medicamento|pill|pills|pastilla*|lamotrigine|lamictal|lamotrigina|allopurinol|alopurinol|bactrim|sulfa|carbamazepine|carbamazepina|tegretol|phenytoin|dilantin|fenitoina"
	fireWords    = "fire|fuego|flame*|flames|flashed|flash|llama|llamas|smoke|humo|flared|grill|parrilla|asador|explosion|exploto|blast"
)
