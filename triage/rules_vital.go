package triage

import "slices"

// vitalRules are the emergencies of breath, heart, brain and blood: chest
// pain and heart attacks, strokes, trouble breathing, severe bleeding,
// anaphylaxis, and a swallowed button battery or magnets.
var vitalRules = []rule{
	{kind: "chest_pain", urgency: UrgencyEmergency, patterns: []string{
		"chest%|pecho%|torax ~3 " + painWords,
		"chestpain*|chestpian", "chess ~1 pain|pian|pains|pressure",
		"clutch*|grab*|holding|agarra*|sujeta* ~3 chest%|pecho%",
		"elephant|weight|sitting|sits|brick*|elefante ~4 chest%|pecho%",
		"jaw|mandibula|quijada ~~8 arm|arms|brazo|chest|pecho",
		// A jaw that hurts with a cold sweat: "says it's just gas, but
		// she's sweating buckets and her jaw hurts".
		"jaw|mandibula|quijada ~3 " + painWords + " ~~12 " + coldSweatWords,
		painWords + " ~3 jaw|mandibula|quijada ~~12 " + coldSweatWords,
		coldSweatWords + " ~~12 jaw|mandibula|quijada ~3 " + painWords,
		coldSweatWords + " ~~12 " + painWords + " ~3 jaw|mandibula|quijada",
		"arm|arms|brazo ~~8 jaw|jaws|mandibula|quijada",
		"elephant|piedra|ladrillo|brick*|weight|peso|yunque|anvil ~~10 sweat*|sweaty|sudando|sudor|suda|grey|gray|pale|palido|palida|clammy",
		"sweat*|sweaty|sudando|sudor|suda|clammy ~~10 elephant|piedra|ladrillo|brick*|yunque|anvil",
		"brazo ~1 izquierdo ~~10 sudando|sudor|suda|palido|palida|mareado|mareada",
		"sudando|sudor|suda ~~10 brazo ~1 izquierdo",
		"left ~1 arm|arms ~3 ache*|aching|pain*|hurt*|numb*|heav*|tingl* ~~10 sweat*|sweaty|grey|gray|pale|clammy",
		"sweat*|sweaty|grey|gray|clammy ~~10 left ~1 arm|arms ~3 ache*|aching|pain*|hurt*|numb*|heav*|tingl*",
		// The ache told before the arm: "grey, with an ache going down his
		// left arm".
		"sweat*|sweaty|grey|gray|clammy ~~12 ache*|aching|pain*|hurt*|numb*|heav*|tingl* ~4 left ~1 arm|arms",
		"ache*|aching|pain*|hurt*|numb*|heav*|tingl* ~4 left ~1 arm|arms ~~12 sweat*|sweaty|grey|gray|clammy",
		// "Heartburn" or "indigestion" with a cold sweat, a grey face or
		// an arm or jaw: a heart attack told as the stomach.
		heartburnWords + " ~~15 " + coldSweatWords + "|arm|arms|jaw|brazo|mandibula|quijada",
		coldSweatWords + " ~~15 " + heartburnWords,
		painWords + " ~6 chest%|pecho%|torax|breastbone|sternum|esternon",
		"breastbone|sternum|esternon ~3 " + painWords,
		"nitro|nitros|nitroglycerin*|nitroglicerina ~~15 chest|pecho|pressure|presion|pain|dolor|still|sigue",
	}, notBefore: "clinic|clinica|unidad|specialist|especialista", notAfter: "clinic|specialist|workup|evaluation|eval|protocol|study|studies|testing"},
	// Passed out with a breathing slow, shallow or odd: a breath failing
	// (huffing, pills, drink).
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"passed ~1 out", "unconscious|inconsciente|desmayad*", "wont|cant ~2 wake"},
		"breathing|breath|breaths|respira|respiracion|respirando ~~4 slow|slowly|shallow|lenta|lento|despacio|weird|raro|rara|barely|apenas")},
	// Anaphylaxis named; "anaphylaxis to bee stings", an allergy told as
	// one's history, is not an attack now.
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: []string{"anaphyla*|anafila*"}, notNext: "to|al|a|history|hx|plan|kit|action|accion"},
	// A food or a sting, then hives with vomiting, coughing or wheezing.
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{allergyTriggers + " ~~15 hives|ronchas|urticaria|welts"},
		"vomit*|vomito|vomitando|threw|throwing", "cough*|tos|tosiendo|wheez*|silbido")},
	// A sting or a food, itching or hives, then a hoarse voice or a faint:
	// "stung by a wasp … my whole body is itching, my voice sounds hoarse
	// and I feel faint".
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{allergyTriggers + " ~~15 itch*|itching|comezon|picazon|hives|ronchas"},
		"hoarse|ronca|ronco|raspy", "faint|fainting|desmay*|lightheaded")},
	// The oxygen gone (a machine quit, a tank empty) with breathing hard
	// or confusion.
	{kind: "breathing", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"oxygen|oxigeno|concentrator|concentrador|tank|tanque ~~6 quit|stopped|died|empty|vacio|vacia|apago|off"},
		"breathing ~2 hard|fast|heavy", "respira ~2 rapido|fuerte|mal", "confus*|confundid*", "blue|azul|morad*")},
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{"cant|can't|cannot|couldnt ~2 rouse|arouse",
		// Barely woken: "we can barely wake him up" (a writer who can
		// barely stay awake is keptAwake's).
		"barely|hardly|apenas ~3 wake|despert* ~1 him|her|them|lo|la",
		"barely|hardly ~2 wake ~1 him|her|them ~1 up"}},
	{kind: "heart_rate", urgency: UrgencyEmergency, patterns: []string{
		"flutter*|fluttering ~~12 pass ~1 out", "flutter*|fluttering ~~12 faint*|desmay*",
	}},
	// A known aneurysm with pain, or a pain told as tearing.
	{kind: "abdominal_emergency", urgency: UrgencyEmergency, patterns: append(eitherOrder(
		[]string{"my|his|her|the|su|mi|el|tiene|has|have ~2 aneurysm|aneurisma"}, "pain|dolor|tearing|ripping|worst"),
		"pain|dolor ~~25 tearing|ripping|desgarr*", "tearing|ripping ~~6 pain|dolor")},
	// Lips or tongue puffy with the voice changed (on a pressure pill that
	// swells them, or not): the airway closing.
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"lips|labios|tongue|lengua ~~4 puffy|swollen|swelling|hinchad*|inflamad*"},
		"voice|voz ~~4 weird|funny|strange|raro|rara|hoarse|ronca|changed|different")},
	// The chest with the left arm heavy, numb or aching: "his chest feels
	// funny like a pressure and his left arm feels heavy" (not an arm
	// sore from a shot, or after the gym).
	{kind: "chest_pain", urgency: UrgencyEmergency, patterns: []string{
		"chest%|pecho% ~~10 left ~1 arm|arms ~3 ache*|aching|pain*|hurt*|numb*|heav*|tingl*",
		"left ~1 arm|arms ~3 ache*|aching|pain*|hurt*|numb*|heav*|tingl* ~~10 chest%|pecho%",
		"pecho% ~~10 brazo ~1 izquierdo ~3 pesado|dormido|adormecido|entumido|duele|dolor|hormigue*",
		"brazo ~1 izquierdo ~3 pesado|dormido|adormecido|entumido|duele|dolor|hormigue* ~~10 pecho%",
	}, idiom: "shot|vaccine|vacuna|booster|injection|inyeccion|gym|workout|lifting|pesas|bench"},
	// A heart attack told without the chest (probe180): a pain spreading
	// to the left arm with a sweat after antacids failed; a cold sweat
	// with the back or an arm hurting and nausea, or breathless crossing
	// a room.
	{kind: "heart_attack", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{"left ~1 arm ~~10 sweat*|sudor*|sudando", "sweat* ~~10 left ~1 arm"},
		eitherOrder([]string{"sudor ~1 frio|frío", "cold ~1 sweat"},
			"espalda|back ~~10 brazo|arm", "nause*|nauseous|ganas ~2 de ~1 vomitar", "cant|can't ~2 walk ~3 across|without"))},
	{kind: "heart_attack", urgency: UrgencyEmergency, patterns: []string{
		"heart% attack|attak|atack|attac|tack|atak|attck|atttack", "infarto", "ataque ~2 corazon|cardiaco",
	}, notBefore: "gave|give|giving|gives|almost|nearly|casi|dar|seguimiento|followup", notNext: "cerebral", // "infarto cerebral" is a stroke; "Cita de seguimiento: infarto" (fresh420)
		notAfter: "warning|awareness|prevention|prevencion|training|ruled|descartado|descartada|descarto|descartó", // "talk about heart attack warning signs" (fresh405); "heart attack ruled out" (fresh445)
		idiom: "bill|bills|billing|factura*|cuenta|precio|price|cost*|charge*|cobr*|statement|copay|copago|wait|espera|line|fila|risa|risas|laugh*|jaja*|haha*|lol|" +
			"song|songs|sing|sings|singing|cancion|canciones|canta|cantando|lyrics|blasting|album|movie|pelicula|episode|episodio"},
	// The word itself, but not a visit or a class named by it: "dad's
	// stroke follow up", "stroke support group" (probe134).
	{kind: "stroke", urgency: UrgencyEmergency, patterns: []string{
		"stroke|strokes|strok|storke|srtoke", "derrame", "embolia", "ictus", "infarto ~1 cerebral",
	}, notAfter: "follow|followup|seguimiento|clinic|clinica|appointment|appt|visit|visita|cita|rehab|support|apoyo|group|grupo|risk|riesgo|prevention|prevencion|awareness|education|class|clase|unit|papers|paperwork|form|forms|workup|evaluation|study|studies|scan|mri|ct|records|history|historia|" +
		"admission|admision|signs|symptoms|sintomas|senales|video|survivor|survivors|recovery|recuperacion|luck|genius|suerte|midnight|brush|pen|" +
		"ojo|ojos|eye|eyes", // "stroke of luck" (fresh357); "un derrame en el ojo, lo blanco todo rojo" (fresh443)
		idiom: "internada|internado|hospitalizada|hospitalizado|rehabilitacion|internaron|hospitalizaron|" +
			"every|cada|lol|lmao|jaja*|haha*|fortnite|videogame|videojuego|videojuegos", // "yells IM HAVING A STROKE every time he loses at fortnite lol"
		notBefore: "seguimiento|follow|followup|post|casi|almost|nearly|give|gave|giving|dar|da"}, // "su seguimiento del derrame", "post-stroke check", "casi me da un derrame cuando vi la cuenta"
	// A stroke told by what the person can no longer do (probe176, found
	// missing at 0.66): words that stop making sense in texts or speech,
	// things called by the wrong names, a sentence that will not form; an
	// arm, a leg or a whole side gone weak, heavy or limp; half the body
	// not felt; a mouth that hangs or does not move on one side; a hand
	// that feels like someone else's; one side of sight gone.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: []string{
		"texts|text|messages|mensajes|words|palabras|speech|talking ~~6 make|makes|made|making|tienen|tiene|tenian ~2 no|zero|sense|sentido",
		"no ~1 tienen|tiene|tenian|hacen ~1 sentido", "stopped ~1 making ~1 sense",
		"gibberish|jerigonza", "wrong ~1 names|words", "cosas ~2 al ~1 reves|revés",
		"cant|can't|cannot|couldnt|couldn't ~2 form ~2 a ~1 sentence", "only ~2 single ~1 words",
		"olvidaron|olvido|olvidó ~2 las ~1 palabras", "letters|words ~3 wouldnt|wouldn't|wont|won't ~2 come",
		"no ~2 le|les ~1 entendemos|entiendo|entiende|entienden ~3 lo ~1 que ~1 dice",
		"sounds|suena|habla ~2 drunk|borracho|borracha ~~10 doesnt|doesn't|dont|no ~2 drink|toma|bebe",
		"right|left|izquierd*|derech* ~2 arm|leg|hand|brazo|pierna|mano ~~4 weak|weaker|heavy|limp|flojo|floja|debil|dead|torpe|gave",
		"arm|leg|hand|brazo|pierna|mano ~2 right|left|izquierd*|derech* ~~4 weak|weaker|heavy|limp|flojo|floja|debil|torpe",
		"arm|leg ~~3 went|goes|gone|felt ~2 weak|heavy|limp|dead ~~10 out ~2 of ~1 nowhere",
		"whole|entire|all ~1 left|right ~1 side ~~4 heavy|weak|numb|weird|dead|limp",
		"no ~1 siento|siente|sienten ~3 mitad ~2 de ~2 mi|su|el ~1 cuerpo", "cant|can't|cannot ~2 feel ~3 half ~2 my|his|her|the ~1 body",
		"arrastr*|dragging ~2 la|his|her|the|one|a|su ~1 pierna|leg|foot|pie",
		"side ~2 of ~2 her|his|my|the ~1 mouth|face ~~6 didnt|didn't|doesnt|doesn't|wasnt|wasn't|not|wont|won't ~2 move|moving",
		"mouth|face|boca|cara ~~4 hanging|drooping|droopy",
		"belonged|belongs|belonging ~2 to ~2 someone|somebody ~1 else",
		"couldnt|couldn't|cant|can't|could|no ~2 see|ver|veia ~~6 right|left|derecho|izquierdo ~1 side|lado",
		"out ~2 of ~2 either|both ~1 eye|eyes",
		"borroso|borrosa ~3 de ~2 un ~1 ojo ~~12 mano|brazo|pierna|torpe|floja|debil|cara",
		// A second writer's strokes (probe188).
		"right|left|derech*|izquierd* ~2 arm|brazo ~2 wont|won't|cant|can't|no ~2 lift|move|mueve|levanta",
		"arm|brazo ~1 right|left|derech*|izquierd* ~2 wont|won't|cant|can't|no ~3 lift|move|mueve|levanta|working",
		"only ~2 the ~1 left|right ~1 side ~3 moves|moving", "palabras|cosas ~2 sin ~1 sentido",
		"baba ~3 de ~1 un ~1 lado", "balbucea|balbuceando|mumbling ~~10 side|lado",
		"face|cara ~~4 dropped|drooped|droop*|caida|caído ~~15 arm|brazo ~2 weak|debil|tingly|numb",
		"words ~~6 dont|don't ~2 mean ~1 anything", "cant|can't ~2 get ~2 my|the ~1 words ~1 right|out",
		"contesta ~2 cosas ~3 no ~2 tienen ~2 que ~1 ver", "cant|can't ~2 talk ~2 at ~1 all",
		"right|left ~1 half ~2 of ~2 his|her|my|the ~1 body", "no ~2 veo|ve ~3 la ~1 mitad",
		"speech ~3 thick", "cant|can't ~2 grip ~~6 right|left|derech*|izquierd*",
	}, notAfter: "ingles|english|espanol|spanish|idioma|language|frances|french"},
	{kind: "stroke", urgency: UrgencyEmergency, patterns: []string{
		"cant|cannot|no ~1 feel|siento|siente|sienten|feels ~4 legs|leg|arm|arms|face|side|brazo|brazos|pierna*|cara|lado",
		"words|speech ~5 wrong|weird|funny|jumbled|garbled|strange|slurred|mixed|scrambled",
		"cant|can't|cannot|no ~1 find|finding|encuentra|encuentro ~2 the|las ~1 right|correct ~1 words|ones", "no ~1 encuentra|encuentro ~1 las ~1 palabras",
		"cae|caida|caido|cayendo|cayo ~3 boca|cara|labio ~~4 lado",
		"trabo|trabó|trabada ~3 lengua",
		"no ~2 puede|puedo ~2 sonreir|sonreír ~~4 lado",
		"talk|talking|talks|speaking|speaks|habla|hablando ~2 enredad*|funny|weird|strange|slurred|garbled|gibberish|nonsense|raro|rara|extrano|extrana|chistoso|trabad*|arrastrad*",
		"speak|talk|hablar ~~5 sudden*|suddenly|repente",
		"smile|sonrisa|face|cara|mouth|boca ~3 crooked|lopsided|uneven|twisted|sideways|chueca|chueco|torcida|torcido|torcio|ladead*|ladeo",
		"boca|cara|sonrisa ~3 fue|fueron|va|iba|jalo|jala|jalada|jalaba ~2 de|pa|para|hacia|a ~1 lado|un",
		"durmio|durmió|adormeci*|dormid*|paraliz* ~3 medio|mitad|half ~2 cuerpo|body|cara|face",
		"medio|mitad|half ~1 cuerpo|body|cara|face ~3 durmi*|dormid*|numb*|adormec*|paraliz*|weak*|debil*",
		"salen|sale|encuentro ~3 palabras", "palabras ~3 raras|revueltas|trabadas",
		"face|cara|boca|mouth|smile|lip|lips|labio* ~3 droop*|caid*|torcid*|chueca|chueco|numb*|dormid*|adormec*|paraliz*|viro|viró|virada|virado",
		// In folk words (probe135): "se le viró la boca", "se le fue la
		// voz", "his speech is off", "can't lift her coffee cup".
		"viro|viró|volteo|volteó ~2 la ~1 boca|cara", "se ~1 le ~1 fue ~1 la ~1 voz",
		"speech|habla ~2 is ~1 off|weird|funny|wrong|slow",
		"cant|can't|cannot|couldnt ~2 lift|raise ~3 cup|glass|coffee|fork|spoon",
		"wont|won't|not|isnt ~2 come|coming ~1 to",
		"droop*|caid* ~3 face|cara|boca|mouth",
		"slur*|arrastr* ~3 speech|word*|talk*|palabra*|habla*",
		"speech|habla ~2 slur*|arrastrad*|garbled|confus*|rara",
		"cant|cannot|unable|couldnt ~2 move|lift|raise|use ~3 arm*|leg*|side|face|hand",
		"can ~1 not ~2 move|lift|raise|use ~3 arm*|leg*|side|face|hand",
		"arm|leg|brazo|pierna|side|lado ~3 not|isnt|wont|no|aint ~2 moving|move|moves|mueve|responde",
		"mouth|boca|face|cara|smile|sonrisa|lip|labio ~5 one|un ~1 side|lado",
		"mouth|boca|face|cara|smile|sonrisa ~5 left|right|izquierd*|derech* ~1 side|lado",
		"cannot|cant|can't|no ~2 hold|sostener|agarrar ~3 cup|glass|vaso|taza|spoon|cuchara|fork|tenedor",
		"speak|speaks|talk|talks|talking|speaking|habla|hablando|words|palabras ~~6 no|not|doesnt|dont ~2 make|makes|making|tiene|tienen ~1 sense|sentido",
		"slurr*|arrastrad*|mushy|garbled",
		"cant|can't|cannot|no ~2 talk|speak|hablar|habla ~1 properly|bien|normal|straight",
		"dad|mom|father|mother|husband|wife|grandma|grandpa|he|she|papa|mama|abuela|abuelo ~3 cant|can't|cannot ~2 talk|speak ~1 right",
		"double|doble ~2 vision|vista ~~10 headache*|cabeza",
		"headache*|cabeza ~~10 double|doble ~2 vision|vista",
		"vision|vista ~3 double|doble ~~10 headache*|cabeza",
		"no ~2 puede|puedo|podia ~1 levantar|alzar ~3 brazo*|pierna*|mano",
		"no ~2 puede|puedo|podia ~1 mover ~5 brazo*|pierna*|lado|cara|mano",
		"one|un|left|right|izquierdo|derecho ~1 side|lado ~4 numb*|weak*|dormid*|paraliz*|debil*",
		// The Spanish order, in Spanish or Spanglish: "mi lado izquierdo se
		// siente weak".
		"lado ~1 izquierdo|derecho|izquierda|derecha ~4 numb*|weak*|dormid*|paraliz*|debil*|flojo|floja|flojito|flojita",
		"one|un|left|right|izquierdo|derecho ~1 side|lado ~4 no ~1 siento|siente",
		"numb*|weak*|dormid*|paraliz*|debil* ~4 one|un|left|right ~1 side|lado",
		"sudden*|suddenly|repente ~3 numb*|weak*|confus*|blind*|vision|ver|debilidad|adormec*|mover|move|hablar|speak|talk|see",
		"lost|lose|losing|perdi*|perdio ~2 vision|sight|vista",
		"vision|sight|vista|eye|ojo ~~6 went|go|going|fue ~2 dark|black|negra|negro|oscura|oscuro|dim|blank", "vision|sight|vista|eye|ojo ~~6 se ~1 puso ~2 dark|black|negra|negro|oscura|oscuro|dim|blank",
		"curtain|cortina|shade ~~8 eye|ojo|vision|vista|over",
		"arm|brazo ~2 and|y ~1 leg|pierna ~3 numb*|weak*|heav*|dormid*|debil*|adormec*|paraliz*",
		"words|palabras ~3 came|come|coming|salen|salian|salieron ~2 out|afuera ~3 like|como|wrong|weird|funny|jumbled|mush*|soup|raras|mal",
		"half|medio|mitad ~3 smile|face|sonrisa|cara ~3 gone|droop*|fall*|caid*|dead|numb*|dormid*|paraliz*",
		"side|lado ~2 of|de ~2 my|his|her|mi|su|la ~1 face|cara ~3 weird|funny|strange|numb*|droop*|raro|rara|dormid*|caid*",
		// "One side of the mouth is down", "un lado de la boca se le cayó".
		"one|un|left|right|izquierdo|derecho ~1 side|lado ~3 mouth|face|lip|lips|smile|boca|cara|labio|labios|sonrisa ~3 down|droop*|low|lower|fallen|falling|fell|sag*|slack|gone|dead|numb*|crooked|twisted|caid*|cayo|cae|abajo|baja|torcid*|chueca|chueco|dormid*|paraliz*",
	}, notBefore: "heat|golpe|swim|swimming|back", notAfter: "pleural|ocular|ojo|articular|rodilla|nasal|support|group|groups|awareness|prevention|program|class|classes|education|risk|grupo|apoyo|prevencion|riesgo|workup|rehab|rehabilitation|survivor|survivors|protocol|ingles|english|espanol|spanish|idioma|language"},
	{kind: "breathing", urgency: UrgencyEmergency, patterns: []string{
		"cant|cannot|hardly|barely|couldnt|struggl*|trouble|difficult*|hard|unable|problem* ~3 breath*|breathe%|breathing%|breating|brething|respir*",
		"not ~2 able|getting|get ~2 breath*|breathe%|air",
		"cant|can't|cannot|no ~2 get|catch ~2 enough ~1 air|breath",
		"few ~1 words ~2 at ~1 a ~1 time",
		"breathless ~~6 rest|resting|sitting|seated|sentado|reposo",
		"short ~2 of ~1 breath ~~6 rest|resting|sitting|seated|sentado|reposo",
		"impending ~1 doom", "sensacion ~2 de ~1 muerte",
		"puffer|puffers|inhaler|inhalador|albuterol|nebulizer ~~8 not|isnt|no ~2 working|helping|funciona|ayuda|sirve",
		"pause|pauses|pausas|stops|deja ~3 breathing|respirar|breathe|respira",
		// A saturation under 90, read as now: "sats 86", "oxygen dropped
		// to 84"; not "usually 88", a COPD patient's usual.
		satWords + " ~0 #50-89", satWords + " ~3 " + satRead + " ~0 #50-89",
		"short*|shortness ~2 breath*|breathe%",
		"not|isnt|stopped|stop* ~1 breathing%|breathe%|respira|respirando",
		"no breathing%|breathe%", "no ~1 respira|respirando|respiraba",
		"no ~2 puedo|puede|pude|podia|podemos|deja ~2 respir*|respirar%",
		"dificultad*|problema*|cuesta|trabajo|costando ~3 respir*",
		"falta|falto|faltaba ~2 aire|respiracion",
		"ahog*", "gasping", "choking", "atragant*", "atoro|atoró|atorado|atorada|atorando",
		"cant|cannot|can't ~2 breeth|breth|brith|breathh|brethh",
		"espuma ~1 rosada|rosa", "pink ~1 frothy|foamy|foam|froth", "frothy|foamy ~1 pink",
		"lips|labios|face|cara ~3 blue|bluish|blueish|azul*|morad*",
		"lips|face ~~3 look|looks|looking|turning|going|gone|went ~1 purple|purplish", // fresh417: "my lips look purple in the mirror"
		"ta|esta|está ~1 moradita|moradito",                                           // fresh428: "ta moradita", a child gone blue
		"chest ~~2 barely|hardly ~1 moves|moving|rising",
		"cant|cannot|can't|hardly|barely|no ~3 finish|complete|terminar|get|say|decir ~2 a|my|una|la|full|whole|completa ~1 sentence*|frase*|oracion*",
		"stop|stopping|stops|parar ~2 for|por ~1 air|aire|breath",
		// (one clause: not "mi inhalador. No tengo ataque ni nada", fresh363)
		"inhaler|nebulizer|albuterol|inhalador|nebulizador|puffs|disparos ~6 nothing|nada",
		"no ~2 entra|pasa|llega ~2 aire", // "no le entra el aire"
		"no ~2 puede|puedo ~1 agarrar|jalar|tomar ~1 aire", "cant|can't|cannot ~2 get ~2 air",
		"stridor|estridor",
		// An inhaler that does nothing, in slang: "el inhalador no me
		// hace nada", "my pump isn't doing anything and I'm wheezing".
		"inhaler|inhalador|puffer|albuterol|ventolin|salbutamol|bomba|bombita ~3 no ~2 me ~1 hace|hizo ~1 nada",
		"inhaler|puffer|pump|albuterol|ventolin ~3 not|isnt|doesnt|aint|wasnt ~2 doing ~1 anything|shit|much ~~12 wheez*|breath*|chest|asthma",
		"drool*|babea*|babeando ~~8 cant|cannot|wont|no ~3 swallow|tragar|traga", "high ~1 pitched ~~6 breath*|breathes|breathing|inhal*|respir*",
		"squeak*|whistl*|chillid*|chilla ~~6 when|cuando ~2 breath*|inhal*|respir*",
		"grape*|uva*|coin*|moneda*|candy|dulce*|caramelo*|hotdog*|nut|nuts|peanut*|popcorn|palomitas|toy|juguete ~~12 choking|choke*|atragant*|squeak*|drool*|babea*|breath*|respir*",
		"turning|turned|going|poniendo|poniendose|puso|pone|pusieron ~2 blue|purple|gray|grey|azul*|morad*",
		"asthma|asma ~2 attack|ataque|crisis",
		"inhaler|nebulizer|albuterol|inhalador|nebulizador ~3 not|isnt|wont|doesnt|no ~2 working|helping|work|help|funciona|sirve|ayuda",
		"wheez*|breath*|asthma|asma|respir*|silb* ~~8 barely|cant|cannot|hardly|apenas ~1 talk|speak|hablar|habla",
		"sucking|pulling|caving|sinking|hunde|hunden|hundiendo|jala ~4 ribs|costillas|between|chest|pecho",
		"ribs|costillas ~4 sucking|pulling|caving|sinking|hunde|hunden|hundiendo|jala",
		"ataque|crisis ~2 asma",
		"tongue|lengua ~3 thick|heavy|swollen|gruesa|pesada|hinchada",
		"lips|labios|tongue|lengua ~3 swollen|swelling|swell*|hinch*|big|bigger|huge|grande|grandes|enorme",
		"sting*|stung|hives|ronchas|picadura ~~10 dizzy|faint*|wheez*|mare*|desmay*",
		"blue|azul*|morad*|gray|grey|gris ~4 lips|labios|face|cara|mouth|boca|boquita|labiecitos|carita", "blue ~1 spell*|episode*",
		"grunting|grunts|quejid*|quejandose ~~4 breath*|breathes|breathing|respira*",
		"hunde|hunden|hundiendo ~4 costill*",
	},
		notNext: "trouble|problems|problem|issues|difficulty|difficulties|problemas|new|nuevo|nueva|different|diferente|unusual|anos|years|yrs|yo", notAfter: "nose|nariz|nostril|subir|subo|sube|subiendo|stairs|escaleras|climb|climbing|only|solo|solamente|exercise|ejercicio|exertion|esfuerzo|gym|running|correr|" +
			"class|classes|clase|clases|course|curso|training|certification", notBefore: "bit|little|slightly|mildly|poco|poquito|bump|bruise|bruises|moreton|moretón|chichon|chichón|knot|toe|toenail|nail|lump|bulto|goose|egg", idiom: "snore|snores|snoring|snort|snorts|apnea|ronca|ronquidos|roncar|laughter|laughing|laugh|risa|risas|berrinche|berrinches|tantrum|tantrums|rabieta|rabietas|pataleta|pataletas|sollozo|" +
			"vaso|papeles|papeleo|paperwork|deudas|tareas|formularios|facturas|" +
			"portal|website|upload|uploading|server|printer|browser"}, // "se ahoga en un vaso de agua": frets over little; "me estoy ahogando en papeles" (fresh357); "the portal keeps choking" (fresh384)
	// Lips gone white or grey with a faint or dizziness, or blacking out
	// on standing (probe158: "im so dizzy i black out when i stand.
	// roommate says my lips are white").
	{kind: "fainting", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"lips|labios ~3 white|pale|gray|grey|blancos|palidos|pálidos"}, "dizzy|mareado|mareada|lightheaded", "black ~1 out", "faint*|desmay*"),
		[]string{"black|blacking ~1 out ~~4 stand|standing", "black|blacking ~1 out ~~4 get ~1 up"},
	)},
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"bleed*|sangr*|bleeding%|sangrando% ~4 wont|cant|heavily|heavy|lot|lots|badly|everywhere|much|mucho|mucha|muchisimo|muchisima|abundante*|profuse*|soaking|empap*|nonstop|fuerte|fuertisimo",
		"sangr* ~4 no ~1 para|paraba|deja|dejaba|detiene|se|paran|dejan|detienen",
		"sangr* ~4 sin ~1 parar",
		"bleed* ~4 not|isnt ~1 stopping|stop",
		"heavy|lots|much|mucha|mucho|severe|profuse|uncontrolled|massive ~2 bleed*|blood|sangr*",
		"bleed* ~1 out", "hemorrag*|hemorrhag*", "gushing|spurting", "sangre ~3 chorro|chorros", "chorro|chorros ~3 de ~1 sangre",
		"blood ~3 everywhere",
		"pouring|chorreando ~~4 blood|sangre", "blood|sangre ~3 pouring|chorreando",
		"blood ~1 lots|plenty", // "Fall. Head. Blood lots." (ASL English)
		// Through towels or pads: "it's bled through 3 towels and won't stop".
		"bled|bleeding|bleeds|sangro|sangró|sangrado ~2 through|traspaso|traspasó ~2 #1-20 ~1 towel|towels|pads|bandages|toallas|gasas",
		"soaked|empapo|empapó|empapado ~3 #2-20 ~1 towel|towels|pads|toallas",
		// A pad and the clothes under it in an hour; a large amount
		// passed (eleventh session, probe178).
		"bled|bleeding|sangro|sangró ~2 through ~3 pad|pads|tampon|toalla|compresa ~~6 hour|hora",
		"large|huge|big|ton ~1 amount ~2 of ~3 blood|sangre", "passed|passing ~3 lot|lots|bunch ~2 of ~3 blood|sangre",
		"sangre ~3 por ~1 todas|todos ~1 partes|lados",
		"vomit*|throw*|threw|cough*|tos* ~5 blood|sangre",
		"vomit* ~2 sangr*",
		"threw|throw|throwing ~1 up ~~8 blood|sangre", // "threw up what looked like a lot of blood"
		"gone|went|going ~1 through ~2 #1-20 ~1 towel|towels|pads|bandages|toallas|gasas",
		"still|sigue|keeps ~2 pouring|gushing|chorreando|spurting",
		"wont|cant|doesnt|not|isnt ~2 stop ~1 bleed*",
		"blood ~2 wont|cant|doesnt|isnt|not ~1 stop|stopping",
		"no ~1 deja|para|paraba|dejaba|dejan|paran|paraban|dejaban ~2 sangrar|sangre",
		"charco ~2 sangre",
		"soak*|empap* ~4 pad*|toalla*|tampon*|compresa*|kotex|through",
		"llene|llené|lleno|llenando|llena|filled|fill|fills|filling|soaked ~3 toallas|toalla|pads|pad|compresa|compresas",
		"bleed*|sangr* ~3 through ~3 towel*|toallas|pads|gauze|rags|trapos|everything",
		// probe144: "llevo 45 minutos sangrando a chorros".
		"sangrando|sangra|sangraba|bleeding ~2 a ~1 chorros|chorro",
		"llevo|lleva|been ~2 #15-999 ~1 min|mins|minutes|minutos ~~3 sangrando|bleeding|sangrar",
		"muchisima|muchisimo|tanta|tantisima ~1 sangre",
		// "está sangrando muchísimo", "bleeding like crazy".
		"sangrando|sangra|bleeding ~0 muchisimo|demasiado|horrible", "bleeding ~1 like ~1 crazy",
		"sintrom|warfarin*|warfarina|coumadin|eliquis|xarelto|thinner* ~~10 twice|double|doble|mistake|error ~~15 blood|sangre|bleed*|sangr*|moratones|bruis*|meando",
		"salio|sale|salia|echo|echa|bota|boto|escupio|escupe ~2 sangre ~3 por ~2 la ~1 boca",
		"vaso|vasos|taza|tazas|cup|cups|glass ~2 de|of ~1 sangre|blood", "vaso|taza|cup|cups ~2 de|of ~3 sangre|blood",
		"sangre|blood|bleed* ~~10 palido|palida|pale ~2 y|and ~1 frio|fria|cold|clammy|sweaty",
	}, notBefore: "if|si|wallet|wallets|bank|account|cartera|bolsillo|budget|pocket|fluid|drainage|pus|liquido|secrecion|yellowish|amarillento",
		notAfter: labWords + "|fever|fiebre|bib|bibs|babero|burp|onesie", mild: lightBleeding,
		notNext: "calor|frio|frío|sol|pressure|sugar|glucose|type|count|draw"}, // "le sangra la nariz cuando hace mucho calor", "the cough and now my BP (blood pressure)"
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: []string{
		"throat|tongue|lengua ~4 swell*|swollen|closing|clos*|tight*|hinch*|inflam*|cerrando|cierra",
		"garganta ~4 swell*|hinch*|cerrando|cierra|cerrad*|cerrandose|cerrandoseme|tapando|tapandose",
		"swell*|swollen|hinch*|cierra|cerrando ~3 throat|tongue|lengua|garganta",
		"used|gave|give|giving|inject*|use|usar|puse|pusimos|aplique ~3 epipen|epi|epinefrina|epinephrine",
		allergyTriggers + " ~~20 " + hardTo + " ~2 swallow*|tragar|breath*|respirar",
		// A sting, a food or a drug, then the face, lips or tongue
		// swelling: "le picó una abeja ... se le está hinchando la cara".
		allergyTriggers + " ~~15 " + swellWords + " ~3 " + faceWords,
		allergyTriggers + " ~~15 " + faceWords + " ~3 " + swellWords,
		newMedicine + " ~~15 " + swellWords + " ~3 " + faceWords,
		newMedicine + " ~~15 " + faceWords + " ~3 " + swellWords,
		// Lips "a little puffy" on a new pill, breathing fine, is for
		// today; after a sting or a food, "big lips" is not.
		stingOrFood + " ~~15 " + faceWords + " ~3 puffy|big|bigger|huge|grande|grandes",
		// The face swelling and swallowing or breathing hard, whatever
		// the cause.
		swellWords + " ~3 " + faceWords + " ~~15 " + hardTo + " ~2 swallow*|tragar|breath*|respirar",
		faceWords + " ~3 " + swellWords + " ~~15 " + hardTo + " ~2 swallow*|tragar|breath*|respirar",
		hardTo + " ~2 swallow*|tragar ~~15 " + swellWords + " ~3 face|cara|lip|lips|labio|labios|mouth|boca",
		"swell*|hinch* ~3 cara|face|lips|labios ~~10 garganta|throat|desmay*|faint*|dizzy",
		"ate|comio|eating|comiendo ~~6 cashew*|peanut*|nut|nuts|nuez|nueces|mani|cacahuate*|cacahuete*|shrimp|shellfish|mariscos|camaron* ~~10 swell*|swelling|hinch*|wheez*|hives|ronchas|breath*|respir*|throat|garganta",
		// "se le hinchó la cara y la garganta", "face and tongue swelling"
		"swell*|swollen|hinch*|inflam* ~3 face|cara|lips|labios ~2 and|y ~2 throat|tongue|lengua|garganta",
		"throat|garganta ~~5 straw|popote|pajita|pinhole|tiny|pinch*|narrow*|estrech*|apretad*",
		"hives|ronchas|allerg*|alergi*|peanut*|mani|cacahuate*|cacahuete*|shellfish|mariscos ~~15 voice|voz ~3 weird|strange|hoarse|changed|rara|raro|ronca|cambio|different",
		"face|cara|lips|labios ~2 and|y ~2 throat|tongue|lengua|garganta ~3 swell*|swollen|hinch*|inflam*",
	}, notAfter: "action|plan|form|forms|formulario|training|class|clase"},
	// A swallowed button battery or magnets: an emergency however well the
	// child looks, and whenever it was ("an hour ago" is no exclusion here).
	{kind: "battery_or_magnet", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"swallow*|trag*|ate|eaten|comio|comido|chewed|mordio ~9 magnet*|iman|imanes|battery|batteries|bateria|baterias|pila|pilas|pilita|pilitas|boton",
		"magnet*|iman|imanes|battery|batteries|bateria|baterias|pila|pilas|pilita|pilitas ~~8 swallow*|trag*",
		"mouth|boca ~~4 magnet*|iman|imanes|battery|batteries|bateria|baterias|pila|pilas|pilita|pilitas", // "se metió a la boca una pila de botón"
		// "he swallowed something from the junk drawer, we think one of
		// those small round batteries".
		"swallow*|trag* ~~14 round|small|button|coin|little|redonda|redondita|chiquita ~2 battery|batteries|bateria|baterias|pila|pilas|pilita|pilitas",
		"button|coin|boton|moneda|round|redonda|redondita ~1 battery|batteries|bateria|baterias|pila|pilas|pilita|pilitas|cell ~~10 mouth|boca|missing|falta|swallow*|trag*",
		"magnet*|iman|imanes|battery|batteries|bateria|baterias|pila|pilas|pilita|pilitas ~~6 mouth|boca",
		// A battery gone, then drooling or gagging: "the little round coin
		// battery is gone. He's drooling a lot now".
		"battery|batteries|bateria|baterias|pila|pilas|pilita|pilitas ~~6 gone|missing|falta|faltan ~~25 drool*|gagging|gags|babea*|arcadas|vomit*",
	}, mild: "removed|extracted|scope|endoscopy|endoscopia|sacaron|extrajeron"}, // taken out already: for today
}
