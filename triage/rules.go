package triage

// rule is one red flag: its kind, the urgency it implies, and the patterns
// (see pattern.go) that find it. notBefore and notAfter list words that,
// right before or right after a match in the same clause, turn it into
// something else ("food poisoning", "can't breathe through my nose",
// "seizure medication").
type rule struct {
	kind      string
	urgency   Urgency
	patterns  []string
	notBefore string
	notAfter  string
	// idiom lists words that, anywhere in the match's clause, make it a
	// figure of speech ("this bill gave me a heart attack").
	idiom string
}

// Shared word lists of the rules.
const (
	painWords  = "pian|pians|killing|kills|matando|burn*|arde|ardor|pain*|pressure|tight*|hurt*|ache*|aching|heav*|squeez*|crush*|dolor*|duele*|presion|opresion|apret*|apriet*|punzad*|molest*"
	medWords   = "medication|pill*|prescription|refill|pastilla*|medicamento*|receta*|dose*|dosis|tablet*|capsul*|pharmacy|farmacia|doctor|neurolog*|clinic|clinica|specialist|especialista|appointment|cita*|test*|prueba*|form*"
	labWords   = "test*|sample*|lab|culture|result*|resultado*|analisis|examen*|prueba*|muestra*|work|screening"
	symptomAny = "sinus*|sinusitis|bronchitis|bronquitis|pneumonia|neumonia|strep|infection*|mocos|runny|stuffy|fell|fall|caida|cai|broke*|fractur*|deform*|sprain*|esguince|torci*|bruis*|moreton|golpe*|injur*|lesion*|calambre*|mareo*|diarrea|constipat*|estren*|migrain*|migrana*|itchy|allerg*|alergi*|asthma|asma|wheez*|sneez*|congest*|flu|gripe|gripa|cold|resfri*|covid|infection|infeccion|uti|period|regla|menstru*|diabet*|tired|cansad*|fatigue|anxi*|ansiedad|depress*|deprimid*|insomnia|insomnio|lump|bulto|mole|lunar|wart|verruga|acne|earache|toothache|pain*|dolor*|fever*|fiebre|cough*|tos|rash*|swell*|swollen|hinch*|infect*|symptom*|sintoma*|wound*|herida*|breath*|respir*|vomit*|headache*|cabeza|nausea*|dizz*|mare*|bleed*|sangr*|sore*|hurt*|duele*|ache*|itch*|comezon|picazon|diarr*|cramp*|colic*|burn*|ardor|arde"
)

// redFlagRules are the red flags the layer knows, emergencies first.
var redFlagRules = []rule{
	// ---- emergencies ----
	{kind: "chest_pain", urgency: UrgencyEmergency, patterns: []string{
		"chest%|pecho%|torax ~3 " + painWords,
		"chestpain*|chestpian",
		"clutch*|grab*|holding|agarra*|sujeta* ~3 chest%|pecho%",
		"elephant|weight|sitting|sits|brick*|elefante ~4 chest%|pecho%",
		"jaw|mandibula|quijada ~~8 arm|brazo|chest|pecho",
		"left ~1 arm ~3 ache*|aching|pain*|hurt*|numb* ~~10 sweat*|sweaty|grey|gray|pale|clammy",
		"sweat*|sweaty|grey|gray|clammy ~~10 left ~1 arm ~3 ache*|aching|pain*|hurt*|numb*",
		painWords + " ~4 chest%|pecho%|torax",
	}, notBefore: "clinic|clinica|unidad|specialist|especialista", notAfter: "clinic|specialist"},
	{kind: "heart_attack", urgency: UrgencyEmergency, patterns: []string{
		"heart% attack|attak|atack|attac", "infarto", "ataque ~2 corazon|cardiaco",
	}, notBefore: "gave|give|giving|gives|almost|nearly|casi",
		idiom: "bill|bills|billing|factura*|cuenta|precio|price|cost*|charge*|cobro*|statement|copay|copago|wait|espera|line|fila|risa|risas|laugh*|jaja*|haha*|lol"},
	{kind: "stroke", urgency: UrgencyEmergency, patterns: []string{
		"stroke|strokes|strok|storke|srtoke", "derrame", "embolia", "ictus",
		"cant|cannot|no ~1 feel|siento ~4 legs|leg|arm|arms|face|side|brazo|pierna*|cara|lado",
		"words|speech ~5 wrong|weird|funny|jumbled|garbled|strange|slurred|mixed",
		"cant|can't|cannot|no ~1 find|finding|encuentra|encuentro ~2 the|las ~1 right|correct ~1 words|ones", "no ~1 encuentra|encuentro ~1 las ~1 palabras",
		"cae|caida|caido|cayendo|cayo ~3 boca|cara|labio ~~4 lado",
		"talking|talks|speaking|speaks|habla|hablando ~2 funny|weird|strange|slurred|garbled|gibberish|nonsense|raro|rara|extrano|extrana|chistoso|trabad*|arrastrad*",
		"speak|talk|hablar ~~5 sudden*|suddenly|repente",
		"smile|sonrisa|face|cara|mouth|boca ~3 crooked|lopsided|uneven|twisted|sideways|chueca|chueco|torcida|torcido",
		"durmio|durmió|adormeci*|dormid*|paraliz* ~3 medio|mitad|half ~2 cuerpo|body|cara|face",
		"medio|mitad|half ~1 cuerpo|body|cara|face ~3 durmi*|dormid*|numb*|adormec*|paraliz*|weak*|debil*",
		"salen|sale|encuentro ~3 palabras", "palabras ~3 raras|revueltas|trabadas",
		"face|cara|boca|mouth|smile|lip|lips|labio* ~3 droop*|caid*|torcid*|chueca|chueco|numb*|dormid*|adormec*|paraliz*",
		"droop*|caid* ~3 face|cara|boca|mouth",
		"slur*|arrastr* ~3 speech|word*|talk*|palabra*|habla*",
		"speech|habla ~2 slur*|arrastrad*|garbled|confus*|rara",
		"cant|cannot|unable|couldnt ~2 move|lift|raise|use ~3 arm*|leg*|side|face|hand",
		"no ~2 puede|puedo|podia ~1 levantar|alzar ~3 brazo*|pierna*|mano",
		"no ~2 puede|puedo|podia ~1 mover ~5 brazo*|pierna*|lado|cara|mano",
		"one|un|left|right|izquierdo|derecho ~1 side|lado ~4 numb*|weak*|dormid*|paraliz*|debil*|no siento",
		"numb*|weak*|dormid*|paraliz*|debil* ~4 one|un|left|right ~1 side|lado",
		"sudden*|suddenly|repente ~3 numb*|weak*|confus*|blind*|vision|ver|debilidad|adormec*|mover|move|hablar|speak|talk|see",
		"lost|lose|losing|perdi*|perdio ~2 vision|sight|vista",
	}, notBefore: "heat|golpe|swim|swimming|back", notAfter: "pleural|ocular|ojo|articular|rodilla|nasal|support|group|groups|awareness|prevention|program|class|classes|education|risk|grupo|apoyo|prevencion|riesgo"},
	{kind: "breathing", urgency: UrgencyEmergency, patterns: []string{
		"cant|cannot|hardly|barely|couldnt|struggl*|trouble|difficult*|hard|unable|problem*|not ~3 breath*|breathe%|breathing%|breating|brething|respir*",
		"short*|shortness ~2 breath*|breathe%",
		"not|isnt|stopped|stop* ~1 breathing%|breathe%|respira|respirando",
		"no breathing%|breathe%", "no ~1 respira|respirando|respiraba",
		"no ~2 puedo|puede|pude|podia|podemos|deja ~2 respir*|respirar%",
		"dificultad*|problema*|cuesta|trabajo|costando ~3 respir*",
		"falta|falto|faltaba ~2 aire|respiracion",
		"ahog*", "gasping", "choking", "atragant*",
		"lips|labios|face|cara ~3 blue|azul*|morad*",
		"turning|turned|going|poniendo|puso|pone ~2 blue|purple|gray|grey|azul*|morad*",
		"asthma|asma ~2 attack|ataque|crisis",
		"inhaler|nebulizer|albuterol|inhalador|nebulizador ~3 not|isnt|wont|doesnt|no ~2 working|helping|work|help|funciona|sirve|ayuda",
		"wheez*|breath*|asthma|asma|respir*|silb* ~~8 barely|cant|cannot|hardly|apenas ~1 talk|speak|hablar|habla",
		"sucking|pulling|caving|sinking|hunde|hunden|hundiendo|jala ~4 ribs|costillas|between|chest|pecho",
		"ribs|costillas ~4 sucking|pulling|caving|sinking|hunde|hunden|hundiendo|jala",
		"ataque|crisis ~2 asma",
		"tongue|lengua ~3 thick|heavy|swollen|gruesa|pesada|hinchada",
		"lips|labios|tongue|lengua ~3 swollen|swelling|swell*|hinch*",
		"sting*|stung|hives|ronchas|picadura ~~10 dizzy|faint*|wheez*|mare*|desmay*",
		"blue|azul*|morad*|gray|grey|gris ~4 lips|labios|face|cara|mouth|boca", "blue ~1 spell*|episode*",
		"grunting|grunts|quejido*|quejandose ~~4 breath*|breathes|breathing|respira*",
	}, notAfter: "nose|nariz|nostril", idiom: "snore|snores|snoring|apnea|ronca|ronquidos|roncar|laughter|laughing|laugh|risa|risas"},
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"bleed*|sangr*|bleeding%|sangrando% ~4 wont|cant|heavily|heavy|lot|lots|badly|everywhere|mucho|mucha|abundante*|profuse*|soaking|empap*|nonstop",
		"sangr* ~4 no ~1 para|paraba|deja|dejaba|detiene|se",
		"sangr* ~4 sin ~1 parar",
		"bleed* ~4 not|isnt ~1 stopping|stop",
		"heavy|lots|much|mucha|mucho|severe|profuse|uncontrolled|massive ~2 bleed*|blood|sangr*",
		"bleed* ~1 out", "hemorrag*|hemorrhag*", "gushing|spurting|chorro|chorros",
		"blood ~3 everywhere",
		"sangre ~3 por ~1 todas|todos ~1 partes|lados",
		"vomit*|throw*|threw|cough*|tos* ~3 blood|sangre",
		"vomit* ~2 sangr*",
		"wont|cant|doesnt|not|isnt ~2 stop ~1 bleed*",
		"no ~1 deja|para|paraba|dejaba ~2 sangrar|sangre",
		"charco ~2 sangre",
		"soak*|empap* ~4 pad*|toalla*|tampon*|through",
	}, notBefore: "if|si", notAfter: labWords + "|fever|fiebre"},
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: []string{
		"throat|tongue|lengua ~4 swell*|swollen|closing|clos*|tight*|hinch*|inflam*|cerrando|cierra",
		"garganta ~4 swell*|hinch*|cerrando|cierra|cerrad*|cerrandose|cerrandoseme|tapando|tapandose",
		"swell*|swollen|hinch*|cierra|cerrando ~3 throat|tongue|lengua|garganta",
		"anaphyla*|anafila*", "used|gave|give|giving|inject*|use|usar|puse|pusimos|aplique ~3 epipen|epi|epinefrina|epinephrine",
		"sting*|stung|hives|ronchas|allerg*|alergi*|peanut*|cacahuate*|mani|shellfish|mariscos|picadura|pico ~~10 hard|trouble|difficult*|cant|cannot|dificultad|cuesta ~2 swallow*|tragar|breath*|respirar",
		"swell*|hinch* ~3 cara|face|lips|labios ~~10 garganta|throat|desmay*|faint*|dizzy",
		"ate|comio|eating|comiendo ~~6 cashew*|peanut*|nut|nuts|nuez|nueces|mani|cacahuate*|shrimp|shellfish|mariscos|camaron* ~~10 swell*|swelling|hinch*|wheez*|hives|ronchas|breath*|respir*|throat|garganta",
		// "se le hinchó la cara y la garganta", "face and tongue swelling"
		"swell*|swollen|hinch*|inflam* ~3 face|cara|lips|labios ~2 and|y ~2 throat|tongue|lengua|garganta",
		"face|cara|lips|labios ~2 and|y ~2 throat|tongue|lengua|garganta ~3 swell*|swollen|hinch*|inflam*",
	}},
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"overdos*|sobredosis%|overdose%|overdosed%|overdoes",
		"took|taken|swallowed|ate|tome|tomo|tomado|trago|comio ~3 too ~1 many|much",
		"took|taken|swallowed|ate|tome|tomo|tomado|trago|comio ~3 whole|entire|todo|toda ~2 bottle|frasco|bote|caja|box|pack*",
		"demasiad* ~2 pastilla*|pill*|medicamento*|medicina*|tylenol|pildora*",
		"took|taken|swallowed|tomo|tome|trago ~3 all|todas ~3 pill*|pastilla*|tablet*",
		"drank|drink|swallowed|ate|eaten|bebio|bebe|trago|trague|tomo|tome|comio|drinking|got ~4 bleach|cloro|lejia|detergent*|antifreeze|anticongelante|chemical*|quimico*|veneno|poison*|batter*|pila*|pod|pods|cleaner|limpiador*|destapa*|gasolin*|pesticid*|insecticid*|raticid*|matarratas|nicotin*|mothball*",
		"took|taken|swallowed|tome|trague ~2 bunch|handful|monton|punado ~1 of|de ~1 my|mis",
		"took|taken|swallowed|tome|trague|tomar|tomado|tomo ~2 #15-999",
		"took|taken|swallowed|tome|trague ~3 #>=8 ~3 pill*|pastilla*|tablet*|pildora*",
		"swallowed|took|taken|ate|trague|trago|tome|tomo|comi|comio ~4 bunch|handful|lot|lots|monton|punado|puno|varias|muchas ~3 pill*|pastilla*|tablet*|medicamento*|medicina*|pildora*",
		"frasco|bottle|bote|caja|box|blister ~2 entero|entera|completo|completa|whole|entire",
		"took|tome|trague|swallowed|taken ~2 all|todas ~3 ones|them|pills|pastillas",
		"took|taken|swallowed ~1 them ~1 all", "me ~1 las ~1 tome|trague ~1 todas",
		"all|todo|toda|todas ~2 the|my|mi|el|la|las|mis ~1 frasco|bottle|bote|caja|pastillas|pills",
		"swallowed|trago ~4 pill*|pastilla*|tablet*|medication|medicamento*",
		"poison*|envenen*|intoxic*",
		"took|drank|swallowed|tomo|tomó|bebio|bebió|trago|tragó|bebido|tomado ~3 liquido|liquid|product*|producto|solution|stuff ~2 de|para|for ~1 limpiar|limpieza|cleaning",
		"cleaning ~1 liquid|product|solution|stuff ~~6 drank|swallowed|ate|mouth|burn*",
		"swallowed|trago|trague|ate|comio|tragado ~4 magnet*|iman|imanes|battery|batteries|pila|pilas|boton",
		"how ~1 many|much ~3 took|ate|swallowed|tomo|trago|comio",
		"bottle|frasco|bote ~3 of|de ~1 oxycodone|oxy|percocet|vicodin|hydrocodone|fentanyl|morphine|methadone|xanax|pills|pastillas ~2 open|abierto|abierta",
		"pill*|pastilla*|pildora*|tablet*|bottle|frasco|bote|medicin*|meds ~~8 dont|not|no ~2 know|sure|se ~1 how ~1 many|much",
		"pill*|pastilla*|pildora*|tablet*|bottle|frasco|bote|medicin*|meds ~~8 no ~1 se|sabemos|sabe|sabia ~1 cuant*",
		"tomo|trago|comio|bebio|tragó|tomó ~3 pastilla*|pildora*|medicina*|medicamento* ~2 de ~1 la|el|mi|su ~1 abuela|abuelo|mama|papa|tia|tio",
		"bebido|tomado|tragado|ingirio|ingerido|ingested|swallowed ~3 lejia|cloro|bleach|detergent*|limpiador*|veneno|poison*|gasolina|anticongelante|raticida",
		"found|encontre|encontramos ~~8 kid|child|son|daughter|toddler|baby|yr|yo|nino|nina|hijo|hija|bebe ~~8 open ~2 bottle|frasco|bote|container",
		"took|drank|swallowed|tomo|tome|trago|trague|bebio|bebe ~2 a|the|un|una|el|la ~1 bottle|frasco|bote|botella ~2 of|de ~1 syrup|jarabe|medicin*|medicamento*|pill*|pastilla*|tylenol|advil|ibuprofen*|ibuprofeno|acetaminophen|paracetamol|vitamin*|vitamina*",
		// Pills swallowed in an amount nobody knows, or a child in someone
		// else's medicine: "se tomó unas pastillas, no sé cuántas", "my
		// toddler got into my pills".
		"took|taken|swallowed|ate|tomo|tome|trago|trague|comio ~4 pill*|pastilla*|pildora*|tablet*|medicin*|medicamento*|meds ~~5 know|sure ~1 how ~1 many|much",
		"took|taken|swallowed|ate|tomo|tome|trago|trague|comio ~4 pill*|pastilla*|pildora*|tablet*|medicin*|medicamento*|meds ~~5 no ~1 se ~1 cuant*",
		"got|gotten|getting ~1 into ~3 pill*|pastilla*|pildora*|tablet*|medicin*|medicamento*|meds|medication*|bottle|frasco",
		"hijo|hija|nino|nina|bebe|nieto|nieta|son|daughter|kid|toddler|baby|child|grandson|granddaughter ~4 took|ate|tomo|comio|swallowed|trago ~2 my|mis|mi|your|tus|grandma*|grandpa*|abuel* ~2 pill*|pastilla*|pildora*|tablet*|medicin*|medicamento*|meds",
	}, notBefore: "food|alimentaria|alimentos|comida|ivy|oak",
		notAfter: "ivy|oak|alimentaria|alimentos|comida|control|center|time|long|tiempo|day*|dia*|money|dinero|min|mins|minute*|minuto*|hour*|hora*|week*|semana*|year*|ano*|month*|mes|meses|mg|ml|mcg|unit*|unidad*|pound*|lbs|kilo*|dollar*|dolar*|bucks|calls|times|veces|second*|segundo*|step*|pasos|photo*|fotos|x"},
	{kind: "suicidal", urgency: UrgencyEmergency, notAfter: "prevention|awareness|prevencion|support|apoyo|group|groups|grupo|grupos|walk|research",
		idiom: "verguenza|risa|aburrimiento|embarrassment|boredom|laughter|laughing", patterns: []string{
			"kill* ~2 myself|self", "kms", "matarme", "suicid*|suicidal%|suicide%|suicidio%",
			"shoot|hang|drown ~1 myself", "ahorcarme|dispararme|colgarme",
			"dont ~2 want ~2 be ~1 here|alive ~1 anymore",
			"cortar* ~3 venas",
			"me ~2 quiero|voy ~2 matar",
			"end|ending|take|taking|quitarme|quitar ~2 my|own|mi|la ~1 life|vida",
			"end ~1 it all", "acabar ~1 con ~1 todo", "acabar ~1 con ~1 mi ~1 vida",
			"want*|wanna|going|gonna|voy|quiero ~2 end|acabar ~1 it|con ~1 tonight|now|todo|all|ya",
			"point|sentido|razon ~3 living|vivir|live|vida",
			"want*|wanna|quiero|queria ~3 die|dead|morir*|muert*|desaparecer",
			"dont|no ~3 want|quiero ~3 live|living|vivir|viv*|alive",
			"dont|no ~2 want|wanna|quiero ~2 wake|despertar*",
			"thinking|thought|pensando|pienso|pense ~3 ending|end|killing|kill|suicide|quitarme|matarme|suicid*|morir*|dying",
			"better off dead", "no reason to live", "sin razon ~2 vivir", "no vale la pena vivir",
			"thoughts ~3 dying|death|suicide|ending",
			"plan* ~3 end|kill|ending ~1 it|myself",
			"given|gave|giving|regale|regalando ~1 away ~3 things|stuff|belongings|everything|cosas",
			"wrote|written|writing|escribi ~3 letters|goodbye|notes|cartas ~~6 kids|family|children|hijos|familia",
			"using|use|usar ~2 it|them|la|lo ~2 on ~1 myself", "sleep ~1 forever", "never ~1 wake ~1 up", "dormir ~2 para ~1 siempre",
			"no ~1 aguanto ~1 mas", "quiero ~1 desaparecer", "ya ~1 no ~1 puedo ~1 mas",
			"tirar|aventar|lanzar ~2 del|de|por ~1 puente|edificio|ventana|balcon|techo",
			"jump|jumping ~2 off|from ~2 bridge|building|roof|balcony",
			"dont|don't|do ~1 see ~1 the ~1 point ~1 anymore",
			"thoughts|thinking|pensamientos|pienso|ideas ~~4 hurting|harming|hurt|harm|hacerle|lastimar ~2 my|the|mi|al|a ~1 baby|bebe|kids|child|children|hijo|hija|nino",
			"hurting|harming|hurt|harm ~2 my|the ~1 baby|newborn",
			"pienso|pensando ~2 en ~1 hacerle ~1 dano|daño",
			"voices|voces ~~8 kill|hurt|harm|matar|lastimar",
			"tried|trying|try ~2 to ~1 jump|kill|hurt|harm|strangle|choke|hang",
			"intento|trato|intentó|trató ~2 de ~1 tirarse|matarse|lanzarse|ahorcarse|saltar",
			"better ~1 off ~1 not ~1 existing", "mejor ~1 no ~1 existir|estar|vivir",
			"going|gonna|wants|threaten*|says|said|texted ~4 hurt|kill|harm|shoot|hang ~1 himself|herself|themself|themselves",
			"going|gonna|wants|threaten*|says|said|texted ~4 end|take ~1 his|her|their ~1 life",
			"texted|said|saying|sent|mando|dijo ~3 goodbye|goodbyes|adios|despedida",
			"nobody|no ~1 one|nadie ~3 miss|extranaria|extrañaria|echaria",
			"have|got|tengo|tiene|holding ~3 gun|pistol|pistola|arma ~2 out|ready|loaded|here|aqui|cargada|conmigo|head|cabeza",
			"se ~2 quiere|va ~2 matar|suicidar", "plan* ~3 end|ending|take|taking ~1 my ~1 life",
			"plan|planeado ~3 para ~1 matarme|quitarme|acabar",
			"dont|no ~2 want|quiero ~2 keep|seguir ~1 living|going|viviendo|vivir",
		}},
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: []string{
		"self ~1 harm*", "autolesion*",
		"want*|wanna|going|gonna|thinking|urge*|thoughts ~4 hurt*|harm*|cut* ~1 myself",
		"cutting|cut|hurting|harming ~1 myself",
		"cortarme|lastimarme|autolesionarme", "hacerme ~1 dano",
		"estado|sigo ~1 cortando", "cortando ~2 otra ~1 vez",
	}},
	{kind: "seizure", urgency: UrgencyEmergency, patterns: []string{
		"seizure%|seizures|seizing|siezure|seziure|convuls*|convulsion%|convulsiones%",
		"ataque|crisis ~1 epilep*",
	}, notBefore: "anti|antiseizure|pastilla*|medicamento*|medication|pills|medicina*|receta*|prescription|refill|meds|tablet*", notAfter: medWords},
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{
		"unresponsive%", "unconscious%", "inconsciente*",
		"hard|difficult|harder|dificil ~2 to ~1 wake|awaken|despertar",
		"barely|hardly|apenas ~2 respond*|responds|responsive|conscious|awake|wakes|reacciona|responde|despierta",
		"ni ~1 despierta|reacciona|responde",
		"wont|cant|doesnt|not|isnt|couldnt ~2 wake*|waking",
		"not|isnt|wont ~1 responding|responsive",
		"no ~3 despierta|despertar*|reacciona|responde",
		"collapsed", "colapso", "desplomo",
	}, notBefore: "portal|app|website|site|page|pagina", notAfter: "email*|correo*|mensaje*|message*|call*|llamada*|telefono|phone|early|temprano|time|morning|manana"},
	// Fever with confusion, mottled skin or low blood pressure (sepsis), or
	// with a purple rash that does not fade (meningitis).
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: []string{
		"fever*|fiebre|calentura|temp* ~~12 confus*|confundid*|mottled|moteada|lethargic|letargic*|delirious|delirando",
		"confus*|confundid*|mottled|moteada|lethargic|letargic*|delirious|delirando ~~12 fever*|fiebre|calentura",
		"purple|morad* ~3 rash*|spots|manchas|manchitas|puntos|puntitos|ronchas",
		"manchas|manchitas|puntos|puntitos|ronchas|spots|rash* ~2 morad*|purple",
		"cuello|neck ~2 tieso|tiesa|rigido|stiff ~~10 fiebre|fever|calentura",
		"fiebre|fever|calentura ~~10 cuello|neck ~2 tieso|tiesa|rigido|stiff",
		"rash*|spots|manchas|ronchas ~~10 glass|vaso",
		"rash*|spots|manchas|ronchas ~~6 not|doesnt|dont|wont|no ~2 fade|blanch*|desaparece*|quita",
	}, notAfter: "mg|pill*|medic*"},
	// A cold, white limb (a blocked artery); no urine with confusion.
	{kind: "vascular_renal", urgency: UrgencyEmergency, patterns: []string{
		"leg|foot|pierna|pie|arm|brazo|hand|mano ~4 cold|went ~1 cold|fria|frio ~~4 white|blanca|blanco|pale|palida|palido|blue|azul",
		"leg|foot|pierna|pie|arm|brazo|hand|mano ~4 cold|fria|frio ~~8 cant|can't|no ~2 feel|siente|siento",
		"peed|pee|peeing|urinat*|orin*|orinado ~~12 confus*|confundid*",
		"havent|haven't|hasnt|not|no ~3 peed|pee|peeing|urinated|orinado|orina ~~12 confus*|confundid*",
	}},
	// A hard belly with vomiting, or green vomit.
	{kind: "acute_abdomen", urgency: UrgencyEmergency, patterns: []string{
		"belly|stomach|abdomen|panza|barriga|estomago|vientre ~~4 rock ~1 hard", "hard ~2 as ~1 a ~1 rock|board",
		"dura|duro ~2 como ~1 piedra|tabla|roca",
		"vomit*|throwing|threw|puking|vomito|vomitando ~3 green|verde|bile|bilis",
	}},
	// Sudden confusion: not knowing where one is or who others are.
	{kind: "sudden_confusion", urgency: UrgencyEmergency, patterns: []string{
		"sudden*|suddenly|repente ~~10 doesnt|does|dont|no ~2 know|sabe|recognize|reconoce",
		"sudden*|suddenly|repente ~~6 confus*|confundid*|disoriented|desorientad*",
		"doesnt|no ~2 know|sabe|recognize|reconoce ~~8 fine|bien ~~4 lunch|morning|manana|ayer|yesterday|hour|hora",
	}},
	// A baby or child losing water, or hurt in a fall and now vomiting or
	// drowsy; a missed dialysis with weakness; pregnancy with fainting.
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: []string{
		"no ~1 wet ~1 diaper*|diapers|panal*", "soft ~1 spot ~3 sunken|hundid*", "mollera ~3 hundid*",
		"baby|infant|toddler|bebe|nino|nina|kid ~~12 fell|fall|cayo|cayó ~~12 vomit*|sleepy|drowsy|somnolient*|confus*",
		"missed|skipped|falte|perdi ~3 dialysis|dialisis ~~12 weak*|debil*|heart|corazon|chest|pecho|breath*|respir*",
		"dialysis|dialisis ~~8 missed|skipped|falte|perdi ~~12 weak*|debil*|heart|corazon|chest|pecho|breath*|respir*",
		"pregnan*|embaraz* ~~15 faint*|desmay*", "pregnan*|embaraz* ~~15 passed ~1 out",
		"thinner*|warfarin|eliquis|xarelto|coumadin|anticoag* ~~12 fell|hit|cayo|golpe* ~~8 head|cabeza",
		"nosebleed ~~8 hour|hours|wont|stop|hora|horas", "nose ~2 bleed* ~~8 hour|hours|wont|hora|horas",
	}},
	// Black or bloody stool with fainting.
	{kind: "gi_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"coffee ~1 grounds", "borra ~1 de ~1 cafe",
		"black|tarry|negr*|bloody|blood|sangre ~~6 stool*|poop*|pooping|heces|popo|caca|tarry|evacuaciones ~~10 faint*|passed|dizzy|lightheaded|desmay*|mare*",
		"faint*|passed|dizzy|lightheaded|desmay*|mare* ~~10 black|tarry|negr*|bloody ~~4 stool*|poop*|pooping|heces|popo|caca|tarry",
	}},
	// Pre-eclampsia signs in pregnancy.
	{kind: "preeclampsia", urgency: UrgencyEmergency, patterns: []string{
		"pregnan*|embaraz* ~~15 seeing|see|veo|viendo ~2 spots|stars|flashes|puntos|lucecitas|estrellitas|manchas",
		"pregnan*|embaraz* ~~15 blurry|blurred|borrosa ~1 vision|vista",
		"pregnan*|embaraz* ~~15 headache*|cabeza ~~12 swell*|swollen|hinch*|spots|vision|vista",
		"#20-42 ~1 semanas|weeks|wks ~~15 lucecitas|spots|puntos|estrellitas|borrosa|blurry",
		"#20-42 ~1 semanas|weeks|wks ~~15 headache*|cabeza ~~12 swell*|swollen|hinch*",
		"baby|bebe ~~4 no|not|hasnt|hasn't|hasn ~2 se|been ~1 mueve|moved|moving ~~3 desde|since|all|ayer|yesterday|hours|horas",
	}},
	{kind: "pregnancy_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"pregnan*|embaraz*|pregnant%|embarazada% ~~12 bleed*|bleeding%|sangrando%|sangrando|sangrado|sangro|sangra|blood|sangre",
		"bleed*|sangrando|sangrado|sangro|sangra ~~12 pregnan*|embaraz*",
		"miscarr*|aborto espontaneo", "perdiendo ~2 bebe",
		"water|fuente|bolsa ~3 broke|broken|rompi*|rompio|rompe|reventado",
		"rompi*|rompio|rompe ~3 fuente|bolsa",
	}, notAfter: labWords},
	// Chemicals or an object in the eye.
	{kind: "eye_injury", urgency: UrgencyEmergency, patterns: []string{
		"chemical*|bleach|cloro|drain|cleaner|acid|acido|lye|destapa*|limpiador*|lejia|quimico*|ammonia|amoniaco ~~8 eye|eyes|ojo|ojos",
		"eye|eyes|ojo|ojos ~~8 chemical*|bleach|cloro|cleaner|acid|acido|lye|destapa*|limpiador*|lejia|quimico*|ammonia|amoniaco",
		"metal|glass|vidrio|piece|pedazo|shard|astilla|fierro|wire ~~8 eye|ojo ~~10 cant|can't|cannot|no ~2 see|ver|veo|open|abrir",
		"cant|cannot|no ~2 see|veo|ver ~2 out ~2 of ~2 my|his|her|the ~1 eye",
	}},
	// Large burns and scalds, hypothermia, heat stroke.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: []string{
		"boiling|hirviendo|scald*|quem*|burn*|aceite ~~10 blister*|ampolla* ~~6 chest|face|pecho|cara|toda|todo|whole|all|big|large|grandes|pierna|leg|legs|arm|brazo|espalda|back|stomach|panza",
		"boiling|hirviendo|scald*|quem*|burn*|aceite|gasolina ~~12 pecho|cara|brazo|pierna|chest|face|arm|leg ~~8 ampolla*|blister*",
		"quem*|burned|burnt ~3 la|su|his|her|my|the ~1 cara|face",
		"alacran|escorpion|scorpion ~~10 babea*|drool*|ojos|eyes|respir*|breath*|nene|nena|nino|nina|bebe|baby|kid|child",
		"hypotherm*|hipoterm*", "heat ~1 stroke", "golpe ~1 de ~1 calor",
		"shocked|electrocut*", "electric*|electrica|electrico ~1 shock|descarga|toque", "descarga|toque ~1 electric*",
		"carbon ~1 monoxide", "monoxido ~2 carbono", "co ~1 alarm|detector",
		"furnace|heater|generator|calentador|boiler|estufa ~~12 headache*|dizz*|nause*|mare*|vomit*|lethargic",
		"headache*|dizz*|nause*|mare* ~~12 furnace|heater|generator|calentador|boiler",
		"ice|helad* ~1 cold|fria|frio ~~10 confus*|confundid*|shiver*|tembl*|responde|unresponsive|wont ~1 wake",
		"shivering|temblar|temblando ~2 stopped|paro|dejo",
	}},
	// Threats to hurt someone else.
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"going|gonna|want|wanna|voy|quiero ~2 to ~1 hurt|kill|stab|shoot ~2 my|him|her|them|someone|somebody|brother|sister|wife|husband|mom|dad|son|daughter",
		"voy|quiero ~2 a ~1 matar|lastimar|apunalar ~2 a|al|mi",
		"knife|gun|cuchillo|pistola|arma ~~8 hurt|kill|stab|shoot|matar|lastimar ~2 him|her|them|someone|my|brother|wife|husband|a|al",
	}},
	// Sudden testicle pain or swelling (torsion).
	{kind: "testicular", urgency: UrgencyEmergency, patterns: []string{
		"testicle*|testicular|testiculo*|scrot*|escroto ~~8 swollen|swell*|hinch*|vomit*|throwing|sudden*|repente",
		"sudden*|repente|severe|terrible ~~6 pain|dolor ~~6 testicle*|testicular|testiculo*|scrot*|escroto",
	}},
	// A blood sugar low enough to confuse or knock out, or very high.
	{kind: "glucose", urgency: UrgencyEmergency, patterns: []string{
		"diabet*|insulin*|insulina ~~12 passed ~1 out",
		"diabet*|insulin*|insulina ~~12 acting ~1 drunk|confus*|strange|weird",
		"diabet*|insulin*|insulina ~~12 harder|hard ~2 to ~1 wake|awaken",
		"sugar|meter|glucometer|glucometro|glucosa|azucar ~3 says|reads|dice|marca ~1 hi|high",
		"insulin*|insulina ~~12 vomit* ~~8 breath*|respir*",
		"wont|cant|wouldnt|refuses|no ~2 drink|tomar|tragar|swallow ~3 the|el|su|his|her ~1 juice|jugo",
		"insulin*|diabet*|insulina|diabetic* ~~15 not ~1 making ~1 sense",
		"not ~1 making ~1 sense ~~15 insulin*|diabet*|insulina|diabetic*",
		"insulin*|diabet*|insulina|diabetic* ~~15 no ~1 tiene ~1 sentido",
		"diabet*|insulin*|insulina ~~12 desmay*|unconscious|inconsciente|seizure*|convuls*|unresponsive",
		"sugar|glucose|azucar|glucosa|bg|bs ~3 #10-54",
		"sugar|glucose|azucar|glucosa|bg|bs ~3 #500-1500",
		"sugar|glucose|azucar|glucosa ~3 hi|high|alta ~~8 confus*|vomit*|breath*|confundid*|vomit*|respir*",
	}, notAfter: "mg|mcg|units|unidades|grams|gramos|g|carbs|minutes|min|years|anos"},
	// A racing heart with fainting, or a very fast rate.
	{kind: "heart_rate", urgency: UrgencyEmergency, patterns: []string{
		"heart|pulse|corazon|pulso|hr ~4 racing|pounding|acelerad*|#>=150 ~~8 pass ~1 out|faint*|desmay*|dizzy|mare*|chest|pecho|breath*|respir*",
		"heart|pulse|corazon|pulso|hr ~4 racing|pounding|acelerad*|#>=150 ~~8 black|blacked ~1 out",
		"heart|pulse|corazon|pulso ~4 #180-300",
		"heart|pulse|corazon|pulso ~2 rate|ritmo ~3 #>=170",
		"heart|pulse|corazon|pulso ~3 racing|pounding|acelerad* ~2 at ~1 #>=150",
	}, notAfter: "mg|watch|reloj"},
	// Fever in a patient whose defences are down (chemotherapy, a
	// transplant, dialysis): seen at once.
	{kind: "immunocompromised_fever", urgency: UrgencyEmergency, patterns: []string{
		"chemo*|quimio*|transplant*|trasplant*|neutropen*|dialysis|dialisis|oncology|oncologia ~~15 fever*|fiebre|calentura|temp|temperature|temperatura|chills|escalofrios",
		"fever*|fiebre|calentura|chills|escalofrios ~~15 chemo*|quimio*|transplant*|trasplant*|neutropen*",
	}},
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
		"recien ~1 nacid* ~~10 fiebre|calentura|temperatura", "fiebre|calentura|temperatura ~~10 recien ~1 nacid*",
	}},
	// "The worst pain of my life", wherever it is.
	{kind: "worst_pain", urgency: UrgencyEmergency, patterns: []string{
		"worst ~2 pain ~3 life", "peor ~1 dolor ~3 vida",
		"dolor ~2 de ~1 cabeza ~3 brutal|terrible|horrible|fuertisimo ~~3 repente|sudden*",
		"dolor|headache*|pain ~~8 peor ~2 de ~1 mi ~1 vida",
		"dolor ~~6 mas ~1 fuerte ~2 de ~1 mi ~1 vida",
		"headache*|pain|dolor ~~6 worst ~3 of ~1 her|his|my|their|your ~1 life", "dolor ~2 de ~1 cabeza ~~8 de ~1 golpe|repente",
	}},
	{kind: "severe_headache", urgency: UrgencyEmergency, patterns: []string{
		"worst ~2 headache*", "peor ~3 dolor ~2 cabeza",
		"headache*|cabeza ~~8 stiff|rigido",
		"sudden*|repente ~3 severe|worst|fuerte*|terrible ~2 headache*|dolor",
	}},
	{kind: "trauma", urgency: UrgencyEmergency, patterns: []string{
		"stabbed|gunshot|apunalad*|balazo|acuchillad*", "shot ~1 in ~2 the|his|her|my",
		// A crash or fall with neck pain and tingling or weakness.
		"accident|crash|crashed|wreck|choque|accidente|choco ~~10 neck|cuello|spine|espalda|back ~~8 tingl*|numb*|hormigue*|adormec*|weak*|debil*",
		"perdi*|perdio ~2 el ~1 conocimiento", "lost|losing ~1 consciousness", "knocked ~1 out",
		"fell|fall|cayo|cayó|caida ~~12 confus*|confundid*|unconscious|inconsciente",
		"cant|can't|cannot|no ~2 stay|mantiene|mantener|mantenerse ~1 awake|despierto|despierta",
		// A blow to the head followed by confusion, vomiting or drowsiness.
		"hit|hitting|bumped|banged|struck|golpe*|golpeo|pego ~3 head|cabeza ~~10 confus*|vomit*|throwing|threw|passed|unconscious|drowsy|sleepy|seizure*|confundid*|desmay*|inconsciente|somnolient*|vomitando|vomito",
		"head|cabeza ~2 injur*|trauma|golpe* ~~10 confus*|vomit*|throwing|threw|passed|unconscious|drowsy|sleepy|seizure*|confundid*|desmay*|inconsciente|somnolient*|vomitando|vomito",
		"hit|atropell* ~2 by|por ~2 car|truck|carro|coche|auto",
		"atropell*",
	}},
	// ---- urgent ----
	// A chest named with no more said ("my chest 😭") is worth a call today.
	{kind: "chest_mention", urgency: UrgencyUrgent, patterns: []string{"chest%|pecho%|torax"},
		notBefore: "radiografia|rayos|tomografia|x|ray|ct|scan|clinic|clinica|de",
		notAfter:  "x|ray|xray|ct|scan|rayos|radiografia|tomografia|clinic|clinica|ecg|mri|resonancia|tube|binder|hair|pelo|size|talla|press"},
	{kind: "infant_fever", urgency: UrgencyUrgent, patterns: []string{
		"fever*|feverish|fiebre|calentura|temperatur*|temp|hot|caliente ~~12 baby|infant|newborn|bebe|recien|month|months|meses|week|weeks|semanas",
		"baby|infant|newborn|bebe|recien|month|months|meses|weeks|semanas ~~12 fever*|feverish|fiebre|calentura|temperatur*|temp|hot|caliente",
	}},
	{kind: "high_fever", urgency: UrgencyUrgent, patterns: []string{
		"fever*|fiebre|temp*|calentura ~4 #>=102|alta|high|days|dias|week|semana",
		"high|alta ~1 fever*|fiebre|temp*",
		"fever*|fiebre|temp* ~4 39|40|41",
		"39|40|41|102|103|104|105 ~3 fever*|fiebre|temp*",
		"fever*|feverish|fiebre|calentura|febril",
	}, notBefore: "mild|low|slight|leve|poquita|poca|little|baja|grade"},
	{kind: "worsening", urgency: UrgencyUrgent, patterns: []string{
		"getting|gets|got|keeps|keep|much|way|even ~2 worse",
		"worsening|empeor*",
		"cada vez ~1 peor|mas",
		"wheez*|silbido*|sibilanc*",
		"inhaler*|inhalador* ~~6 not|no|isnt|doesnt|nothing|nada ~2 helping|help|working|work|ayuda|funciona|sirve",
		"spreading|extendiendo|extiende|creciendo|spread* ~~6 rash*|red*|sarpullido|ronchas|rojo|roja|mancha*|infect*|swell*|hinch*",
		"rash*|red*|sarpullido|ronchas|rojo|roja|mancha*|infect*|swell*|hinch* ~~6 spreading|extendiendo|extiende|creciendo|spread*",
		"worse|peor ~~10 " + symptomAny,
		symptomAny + " ~~10 worse|peor",
	}, notBefore: "worst|peor"},
	{kind: "medication_reaction", urgency: UrgencyUrgent, patterns: []string{
		"reaction*|reaccion* ~~8 medication|pill*|pastilla*|antibiotic*|antibiotico*|prescription|medicamento*|vaccine|vacuna|shot|dose|dosis|started|empece|new|nuevo|nueva",
		"medication|pill*|pastilla*|antibiotic*|antibiotico*|prescription|medicamento*|vaccine|vacuna|shot|dose|dosis|started|empece ~~8 reaction*|reaccion*|rash*|hives|ronchas|sarpullido|itch*|picazon|swell*|hinch*",
		"rash*|sarpullido|ronchas|itch*|picazon|comezon|swell*|hinch* ~~8 medication|pill*|pastilla*|antibiotic*|antibiotico*|prescription|medicamento*|vaccine|vacuna|shot|dose|dosis|started|starting|empece|empezar|new|nuevo|nueva",
		"allergic ~1 reaction", "reaccion ~1 alergica",
		"hives", "ronchas", "urticaria", "welts",
		"stung|sting|picadura|pico|picaron ~~8 swell*|swollen|hinch*",
		"swollen|swelling|hinchad*|hinchazon ~3 face|lip*|eye*|cara|labio*|ojo*",
		"face|lip*|eye*|cara|labio*|ojo* ~3 swollen|swelling|hinchad*",
		"took|taken|tome ~3 double|extra|doble",
		"accidentally|error ~3 took|taken|tome|double|doble",
		"wrong ~2 medication|pill*|dose|medicine",
	}},
	{kind: "severe_pain", urgency: UrgencyUrgent, patterns: []string{
		"severe|terrible|unbearable|excruciating|intense|horrible|worst|insoportable|intenso|fuerte|fuertisimo|mucho|bad|awful ~3 pain*|dolor*|cramp*|colic*",
		"pain*|dolor* ~3 severe|unbearable|insoportable|intenso|fuerte|horrible|terrible",
		"pain*|dolor* ~3 #>=7 ~2 10",
		"very|really|extremely|so|muy|super|bien ~1 painful|doloros*",
	}, notAfter: "medication|medicine|pills|pastillas|medicamento|relief|meds"},
	{kind: "vomiting", urgency: UrgencyUrgent, patterns: []string{
		"vomit*|puking|vomitando|vomito|vomita|vomite",
		"throw*|threw ~1 up",
		"cant|no ~2 keep|retengo|retiene ~3 down|anything|nada|food|comida|liquid*|liquido*|water|agua",
		"dehydrat*|deshidrat*",
		"not|isnt|no ~2 wet*|moja|mojado ~2 diaper*|panal*",
	}},
	{kind: "out_of_medication", urgency: UrgencyUrgent, notBefore: "casi|almost|soon|pronto|nearly", patterns: []string{
		"ran|run|out|without ~3 out|of ~3 insulin*|inhaler*|seizure|epilep*|thinner*|warfarin|eliquis|xarelto|medication|pill*|prescription",
		"se ~2 acabo|acabaron|termino|terminaron ~3 insulina|inhalador|medicamento*|pastilla*|receta|medicina*",
		"no ~2 queda|quedan|tengo ~3 insulina|inhalador|medicamento*|pastilla*|medicina*",
		"sin ~2 insulina|inhalador|medicamento*|pastilla*",
		"missed|skipped|olvid* ~3 dose*|dosis|insulin|insulina",
		"last|ultima|ultimo ~1 pill|pills|dose|tablet|pastilla|dosis|vial|pen",
		"rx|prescription|receta ~2 expired|vencio|vencida|caduco",
	}},
	{kind: "wound_problem", urgency: UrgencyUrgent, patterns: []string{
		"wound*|incision*|stitch*|cut|herida*|puntos|incision|surgery|cirugia|operacion ~~10 red|redness|swollen|swell*|pus|hot|infect*|oozing|hinchad*|roja*|supur*|open*|abri*|abierta",
		"pus|supura*|oozing",
		"red|roja|rojo|redness ~~4 swollen|hinchad*|hinchazon|hot|caliente",
		"fluid|liquido|pus|discharge|draining|supura* ~~6 ear|ears|oido|oidos|earache",
		"ear|ears|oido|oidos|earache ~~6 fluid|liquido|pus|discharge|draining|supura*",
	}},
	{kind: "blood_in_urine_stool", urgency: UrgencyUrgent, patterns: []string{
		"blood|sangre ~1 in|en|al|when|cuando|with|con ~2 urin*|pee*|stool*|poop*|orin*|heces|popo|caca|bowel*|diarr*|excremento",
		"bloody|sangrient* ~2 urin*|stool*|poop*|diarr*|orin*|heces",
		"peeing|pooping|orinando|orino ~3 blood|sangre",
		"black|negra*|negro* ~2 stool*|poop*|heces|popo",
		"cant|cannot|no ~2 pee|orinar|urinate",
	}, notAfter: labWords},
	{kind: "pregnancy_concern", urgency: UrgencyUrgent, patterns: []string{
		"pregnan*|embaraz* ~~12 cramp*|pain|dolor*|colic*|spotting|manch*|headache*|cabeza|swell*|hinch*|vision|fever|fiebre|contraction*|contraccion*",
		"baby|bebe ~4 not|isnt|no|less|menos ~2 moving|moved|movement*|mueve|moviendo|patea|kicking|kick|moverse",
		"moving|mueve|moviendo|movement*|kick*|patea* ~2 less|menos",
		"contraction*|contraccion*",
		"havent|hasnt|not|no|less|menos ~3 felt|feel|feeling|sentido|siento|sentir ~3 movement*|moving|kick*|move|movimiento*|mueve|patadas",
	}},
	// Signs a clinician should see today: a swollen painful calf, a lab
	// value called critical, new confusion, an asthma flare, a treatment
	// that stopped working.
	{kind: "needs_today", urgency: UrgencyUrgent, patterns: []string{
		"calf|pantorrilla|leg|pierna ~~6 swollen|swell*|hinch* ~~8 pain*|painful|dolor|duele|red|hot|caliente|tender",
		"critical*|critico|critica ~3 high|low|alto|bajo|alta|baja|value*|result*|level*|valor*|resultado*|nivel*",
		"potassium|sodium|potasio|sodio ~4 high|low|alto|bajo|alta|baja|critical*",
		"more|mas ~2 confus*|confundid* ~2 than|que ~1 usual|normal|siempre|before|antes",
		"inhaler|albuterol|nebulizer|inhalador ~~6 every ~1 #1-4 ~1 hours|hrs|hour|horas",
		"asthma|asma ~2 flare*|worse|peor",
		"meds|medication*|medicine*|medicina*|medicamento*|pills|pastillas ~3 not|arent|isnt|no ~2 working|helping|funciona*|sirve*|ayuda*",
		"migraine*|migrana*|headache*|jaqueca ~~6 #2-30 ~1 days|dias",
	}},
	{kind: "mental_health", urgency: UrgencyUrgent, patterns: []string{
		"panic ~1 attack*", "ataque*|crisis ~2 panico|ansiedad",
		"very|really|so|muy|super ~1 depressed|deprimid*",
		"hopeless|desesperanz*",
		"muchisima|mucha|severe|terrible|unbearable|insoportable ~2 anxiety|ansiedad",
		"anxiety|ansiedad ~4 roof|severe|terrible|worst|unbearable|insoportable", "cant stop crying", "no ~2 dejar de llorar",
		"hearing|escucho|oigo ~1 voices|voces",
	}},
	{kind: "cardio_metabolic", urgency: UrgencyUrgent, patterns: []string{
		"pressure|presion ~4 #>=170",
		"pressure|presion ~3 very|muy|super|really|dangerously ~1 high|alta",
		"sugar*|glucose|azucar|glucosa ~3 #300-2000|#20-70|low|baja|bajo|dropped",
		"low|bajo|baja|dropped ~3 sugar|azucar|glucosa|glucose",
		"#>=350 ~3 sugar|glucose|azucar|glucosa",
		"hypoglyc*|hipogluc*",
		"heart|corazon ~3 racing|pounding|skipping|acelerado|late|palpit*|flutter*",
		"palpitation*|palpitacion*",
	}},
	{kind: "fainting", urgency: UrgencyUrgent, patterns: []string{
		"faint*|desmay*", "passed|blacked ~1 out", "dizz*|lightheaded|mareo*|mareado*|mareada*|vertigo",
	}},
	{kind: "injury", urgency: UrgencyUrgent, patterns: []string{
		"fell|fall*|caida|cai|cayo ~~8 hit|head|cabeza|broke*|fractur*|walk|caminar|hip|cadera|hurt*|duele",
		"arm|leg|wrist|ankle|hip|bone|hueso|brazo|pierna|muneca|tobillo|cadera|finger|dedo ~3 broken|broke|fractur*|roto|rota|quebr*|deform*|crooked|bent|chueco|chueca|torcid*",
		"broken|broke|fractur*|roto|rota|quebr* ~3 bone|arm|leg|wrist|ankle|hip|hueso|brazo|pierna|muneca|tobillo|cadera|finger|dedo",
		"head|cabeza ~3 hit|injur*|golpe*|bump",
		"hit|golpe*|bumped ~3 head|cabeza",
		"bit*|bite|mordi*|mordid*|mordio ~3 dog|cat|perro|gato|animal|snake|serpiente",
		"dog|cat|perro|gato|animal ~3 bit*|bite|mordi*|mordio",
		"burn*|quem* ~3 hand*|arm*|leg*|face|skin|myself|blister*|mano*|brazo*|pierna*|cara|piel|ampolla*",
		"quemadura*", "me|se ~1 queme|quemo",
		"car ~1 accident|crash", "accidente ~2 carro|coche|auto|trafico|transito|moto",
		"blurry|borros*|double|doble ~2 vision|vista",
		"vision|vista|see|veo ~2 blurry|borros*|double|doble",
		"cant|cannot|no ~2 walk|caminar|pisar|apoyar|stand",
		"rompi|rompio|quebre|quebro ~3 tobillo|muneca|brazo|pierna|hueso|cadera|dedo",
	}, notBefore: "heart"},
}
