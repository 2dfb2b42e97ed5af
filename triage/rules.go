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
	// mild lists words that, anywhere in the match's clause, make an
	// emergency urgent ("unas manchitas de sangre": spotting).
	mild string
	// deniable: a message that denies a plan or thoughts of self-harm
	// makes the sign urgent, not an emergency (see deniesPlan).
	deniable bool
	// lasting: the danger outlives the moment, so a patient who seems
	// well now does not make a past sign urgent ("swallowed a battery,
	// he is fine now": the battery is still burning).
	lasting bool
}

// lightBleeding are the words of a slight bleed (rule.mild).
const lightBleeding = "spotting|manchitas|manchita|poquito|poquita|poquitas|poquitos|light|slight|leve|leves"

// Shared word lists of the rules.
const (
	painWords  = "pian|pians|killing|kills|matando|burn*|arde|ardor|pain*|pressure|tight*|hurt*|ache*|aching|heav*|squeez*|crush*|dolor*|duele*|presion|opresion|apret*|apriet*|punzad*|molest*"
	medWords   = "medication|pill*|prescription|refill|pastilla*|medicamento*|receta*|dose*|dosis|tablet*|capsul*|pharmacy|farmacia|doctor|neurolog*|clinic|clinica|specialist|especialista|appointment|cita*|test*|prueba*|form*"
	labWords   = "test*|sample*|lab|culture|result*|resultado*|analisis|examen*|prueba*|muestra*|work|screening"
	symptomAny = "sinus*|sinusitis|bronchitis|bronquitis|pneumonia|neumonia|strep|infection*|mocos|runny|stuffy|fell|fall|caida|cai|broke*|fractur*|deform*|sprain*|esguince|torci*|bruis*|moreton|golpe*|injur*|lesion*|calambre*|mareo*|diarrea|constipat*|estren*|migrain*|migrana*|itchy|allerg*|alergi*|asthma|asma|wheez*|sneez*|congest*|flu|gripe|gripa|cold|resfri*|covid|infection|infeccion|uti|period|regla|menstru*|diabet*|tired|cansad*|fatigue|anxi*|ansiedad|depress*|deprimid*|insomnia|insomnio|lump|bulto|mole|lunar|wart|verruga|acne|earache|toothache|pain*|dolor*|fever*|fiebre|cough*|tos|rash*|swell*|swollen|hinch*|infect*|symptom*|sintoma*|wound*|herida*|breath*|respir*|vomit*|headache*|cabeza|nausea*|dizz*|mare*|bleed*|sangr*|sore*|hurt*|duele*|ache*|itch*|comezon|picazon|diarr*|cramp*|colic*|burn*|ardor|arde"
)

// Word lists of the rules that join several signs.
const (
	// A diabetic low: confusion with sweat or shakes (glucose).
	diabetesWords   = "diabet*|insulin*|insulina|glipizide|glyburide|glimepiride|glibenclamida|glimepirida"
	confusedWords   = "confus*|confundid*|disoriented|desorientad*"
	sweatShakeWords = "sweat*|sudando|sudad*|sudor|suda|sudoros*|clammy|shak*|tembl*"
	// What sets off an allergic reaction: a sting or bite, a food, a drug.
	// A medicine by its name or class; a plain "medication" only when new
	// (newMedicine), since "medication for my swollen face" treats it.
	allergyTriggers = stingOrFood + "|amoxicillin|penicillin|antibiotic*|antibiotico*|amoxicilina|penicilina|injection|inyeccion|vaccine|vacuna|" +
		"lisinopril|enalapril|ibuprofen*|ibuprofeno|naproxen*|aspirin*|aspirina|sulfa|bactrim"
	newMedicine = "new|started|starting|nueva|nuevo|empece|empezo|empezando ~3 medication|medicine|pill*|pastilla*|medicamento*|tablet*|shot|dose|dosis"
	stingOrFood = "sting*|stung|bee|bees|wasp|hornet|abeja|avispa|avispon|hormiga*|picadura|pico|picaron|spider|arana|bitten|mordio|mordida|" +
		"hives|ronchas|allerg*|alergi*|peanut*|cacahuate*|mani|nut|nuts|nuez|nueces|shellfish|mariscos|shrimp|camaron*"
	faceWords  = "face|cara|lip|lips|labio|labios|tongue|lengua|mouth|boca"
	swellWords = "swell*|swollen|hinch*|inflam*"
	hardTo     = "hard|trouble|difficult*|cant|cannot|dificultad|cuesta|costando"
	// A count of minutes, in digits or words: a fit that lasts.
	minutesCount = "#2-120|few|couple|several|many|varios|muchos|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|" +
		"dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince|veinte ~1 minutes|minute|minutos|minuto"
	// What a heart attack is taken for, and the sweat or colour that
	// betrays it.
	heartburnWords = "heartburn|indigestion|acidez|agruras|acedias|reflux|reflujo"
	coldSweatWords = "sweat*|sweaty|sudando|sudor|sudad*|sudoros*|grey|gray|gris|grisaceo|grisacea|clammy|ashen"
	// Lights seen in pregnancy (pre-eclampsia).
	lightsSeen = "spots|stars|flashes|flashing|lights|sparkles|sparks|puntos|lucecitas|lucesitas|luces|estrellitas|destellos|chispas|manchas"
	// A baby's age in days or early weeks, and a baby that will not feed or
	// wake.
	babyWords  = "bebe|bebito|bebita|guagua|nene|nena|recien|nacido|nacida|baby|hijo|hija|nino|nina"
	newbornAge = "#1-30 ~1 day|days|dia|dias ~1 old|olds|de|nacid*"
	limpBaby   = "floppy|limp|lethargic|letargic*|decaid*|aguadit*|blue|azul|morad*"
	notFeeding = "not|wont|isnt|wouldnt|refus*|no|barely|apenas ~2 feed*|feeding|eat*|eating|nurs*|latch*|drink*|wake|waking|waken|quiere|come|toma|mama|agarra|despierta|succiona|chupa"
	// Words around a self-harm threat (cuts, bleeding, dying) that make a
	// vague promise a plan.
	selfHarmContext = "cortes|cortadas|cortado|cortada|cortarse|cortandose|cuts|cutting|cut|sangr*|bleed*|morir*|matar*|die|dying|kill*|goodbye|adios|despedi*"
	// How a lab value is told: "was 6.1", "me salió 126".
	readAs = "was|is|at|came|reads|showed|shows|level|es|fue|salio|sale|dio|esta|estaba|marca|marco|nivel|en"
	// A fall, and vomiting (see the trauma rule).
	fallWords  = "fell|fall|falls|cayo|cai|caida|tumble|tumbled|slipped|resbalo"
	vomitWords = "vomit*|vomitando|vomito|vomita|throwing|threw|puking|puked"
	// A fever or a temperature named.
	feverWords = "fever*|feverish|fiebre|temp|temperature|temperatura|calentura|thermometer|termometro"
	// Insulin by its brand names.
	insulinBrands = "lantus|humalog|novolog|levemir|tresiba|basaglar|toujeo|humulin|novolin|admelog|fiasp|lyumjev"
	// A farewell told as things given away, and as the quiet to come
	// (see the suicidal rule).
	giveAway     = "gave|given|giving|give|regale|regalando|regalo|regalado|regala|deje|dejado|reparti|repartiendo|repartio ~4 away|cosas|pertenencias|ropa|juguetes|joyas|libros"
	noSense      = "no ~3 sentido ~3 nada|vida|vivir"
	noBother     = "bother|trouble ~3 anyone|anybody|you|nobody ~2 anymore|again|longer"
	noBotherEs   = "no ~3 molestar|molestare|molestarlos|molestarles ~2 a ~1 nadie|ustedes"
	finallyQuiet = "finally ~3 quiet|peaceful|peace|silent|over|rest|free"
	allAtPeace   = "todo|everything ~4 paz|tranquilo|calma|silencio|quiet|peaceful|over"
	// Children, and a box of pills (see the overdose rule).
	childWords = "nene|nena|nino|nina|bebe|hijo|hija|kid|child|toddler|son|daughter|nieto|nieta|grandson|granddaughter|baby|boy|girl|chamaco|chamaca|guagua|chiquito|chiquita"
	pillBox    = "pastillero|pillbox|organizer|organizador|pastilla|pills|medication|medicamento*|frasco|bottle"
	// Words of a mix-up, or of the harm it did.
	mixUpWords = "instead|mistake|error|confus*|confund*|equivoc*|lugar|sores|ulcers|llagas|ulceras|vomit*|bleed*|sangr*|awful|terrible|fatal"
	// Drugs a double dose of which can kill.
	dangerousDrugs = "methotrexate|metotrexato|digoxin|digoxina|lanoxin|lithium|litio|oxycodone|oxycontin|oxicodona|percocet|morphine|morfina|methadone|metadona|" +
		"fentanyl|fentanilo|hydromorphone|dilaudid|hydrocodone|clonidine|clonidina|colchicine|colchicina|amitriptyline|amitriptilina|" +
		"verapamil|diltiazem|flecainide|glipizide|glyburide|glibenclamida|glimepiride|glimepirida"
	// Breathing fast or shallow, and the skin or mind of shock.
	fastBreathing = "breathing|breath|breathes|respira|respirando|respiracion ~3 fast|rapid*|shallow|rapido|rapida|rapidito|agitad*|superficial|cortita"
	shockSkin     = "clammy|mottled|blotchy|moteada|pegajos*|sudoros*|confus*|confundid*|disoriented|desorientad*|ido|ida|lethargic|letargic*"
	// A birth in the past weeks.
	postpartumWords = "luz|birth|delivered|delivery|postpartum|posparto|parto|cesarea|csection|parir|pari"
)

// redFlagRules are the red flags the layer knows, emergencies first.
var redFlagRules = []rule{
	// ---- emergencies ----
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
	}, notBefore: "clinic|clinica|unidad|specialist|especialista", notAfter: "clinic|specialist"},
	{kind: "heart_attack", urgency: UrgencyEmergency, patterns: []string{
		"heart% attack|attak|atack|attac|tack|atak|attck|atttack", "infarto", "ataque ~2 corazon|cardiaco",
	}, notBefore: "gave|give|giving|gives|almost|nearly|casi|dar",
		idiom: "bill|bills|billing|factura*|cuenta|precio|price|cost*|charge*|cobro*|statement|copay|copago|wait|espera|line|fila|risa|risas|laugh*|jaja*|haha*|lol"},
	{kind: "stroke", urgency: UrgencyEmergency, patterns: []string{
		"stroke|strokes|strok|storke|srtoke", "derrame", "embolia", "ictus",
		"cant|cannot|no ~1 feel|siento|siente|sienten|feels ~4 legs|leg|arm|arms|face|side|brazo|brazos|pierna*|cara|lado",
		"words|speech ~5 wrong|weird|funny|jumbled|garbled|strange|slurred|mixed",
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
		"face|cara|boca|mouth|smile|lip|lips|labio* ~3 droop*|caid*|torcid*|chueca|chueco|numb*|dormid*|adormec*|paraliz*",
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
		"one|un|left|right|izquierdo|derecho ~1 side|lado ~4 no ~1 siento|siente",
		"numb*|weak*|dormid*|paraliz*|debil* ~4 one|un|left|right ~1 side|lado",
		"sudden*|suddenly|repente ~3 numb*|weak*|confus*|blind*|vision|ver|debilidad|adormec*|mover|move|hablar|speak|talk|see",
		"lost|lose|losing|perdi*|perdio ~2 vision|sight|vista",
		"vision|sight|vista|eye|ojo ~~6 went|go|going|se ~1 puso|fue ~2 dark|black|negra|negro|oscura|oscuro|dim|blank",
		"curtain|cortina|shade ~~8 eye|ojo|vision|vista|over",
		"arm|brazo ~2 and|y ~1 leg|pierna ~3 numb*|weak*|heav*|dormid*|debil*|adormec*|paraliz*",
		"words|palabras ~3 came|come|coming|salen|salian|salieron ~2 out|afuera ~3 like|como|wrong|weird|funny|jumbled|mush*|soup|raras|mal",
		"half|medio|mitad ~3 smile|face|sonrisa|cara ~3 gone|droop*|fall*|caid*|dead|numb*|dormid*|paraliz*",
		"side|lado ~2 of|de ~2 my|his|her|mi|su|la ~1 face|cara ~3 weird|funny|strange|numb*|droop*|raro|rara|dormid*|caid*",
		// "One side of the mouth is down", "un lado de la boca se le cayó".
		"one|un|left|right|izquierdo|derecho ~1 side|lado ~3 mouth|face|lip|lips|smile|boca|cara|labio|labios|sonrisa ~3 down|droop*|low|lower|fallen|falling|fell|sag*|slack|gone|dead|numb*|crooked|twisted|caid*|cayo|cae|abajo|baja|torcid*|chueca|chueco|dormid*|paraliz*",
	}, notBefore: "heat|golpe|swim|swimming|back", notAfter: "pleural|ocular|ojo|articular|rodilla|nasal|support|group|groups|awareness|prevention|program|class|classes|education|risk|grupo|apoyo|prevencion|riesgo"},
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
		"oximeter|oximetro|ox|sats|sat|saturacion|saturation|spo2|o2|oxygen|oxigeno ~4 #50-89",
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
		"cant|cannot|can't|hardly|barely|no ~3 finish|complete|terminar ~2 a|my|una|la ~1 sentence*|frase*|oracion*",
		"stop|stopping|stops|parar ~2 for|por ~1 air|aire|breath",
		"inhaler|nebulizer|albuterol|inhalador|nebulizador|puffs|disparos ~~6 nothing|nada",
		"stridor|estridor",
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
		"blue|azul*|morad*|gray|grey|gris ~4 lips|labios|face|cara|mouth|boca", "blue ~1 spell*|episode*",
		"grunting|grunts|quejid*|quejandose ~~4 breath*|breathes|breathing|respira*",
		"hunde|hunden|hundiendo ~4 costill*",
	}, notAfter: "nose|nariz|nostril|subir|stairs|escaleras|climbing|exercise|ejercicio|exertion|esfuerzo|gym|running|correr", notBefore: "bit|little|slightly|mildly|poco|poquito", idiom: "snore|snores|snoring|apnea|ronca|ronquidos|roncar|laughter|laughing|laugh|risa|risas"},
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"bleed*|sangr*|bleeding%|sangrando% ~4 wont|cant|heavily|heavy|lot|lots|badly|everywhere|much|mucho|mucha|abundante*|profuse*|soaking|empap*|nonstop",
		"sangr* ~4 no ~1 para|paraba|deja|dejaba|detiene|se|paran|dejan|detienen",
		"sangr* ~4 sin ~1 parar",
		"bleed* ~4 not|isnt ~1 stopping|stop",
		"heavy|lots|much|mucha|mucho|severe|profuse|uncontrolled|massive ~2 bleed*|blood|sangr*",
		"bleed* ~1 out", "hemorrag*|hemorrhag*", "gushing|spurting|chorro|chorros",
		"blood ~3 everywhere",
		"sangre ~3 por ~1 todas|todos ~1 partes|lados",
		"vomit*|throw*|threw|cough*|tos* ~5 blood|sangre",
		"vomit* ~2 sangr*",
		"wont|cant|doesnt|not|isnt ~2 stop ~1 bleed*",
		"no ~1 deja|para|paraba|dejaba|dejan|paran|paraban|dejaban ~2 sangrar|sangre",
		"charco ~2 sangre",
		"soak*|empap* ~4 pad*|toalla*|tampon*|through",
		"llene|llené|lleno|filled|fill|fills|filling|soaked ~3 toallas|toalla|pads|pad",
		"bleed*|sangr* ~3 through ~3 towel*|toallas|pads|gauze|rags|trapos",
		"muchisima|muchisimo|tanta|tantisima ~1 sangre",
		"sintrom|warfarin*|warfarina|coumadin|eliquis|xarelto|thinner* ~~10 twice|double|doble|mistake|error ~~15 blood|sangre|bleed*|sangr*|moratones|bruis*|meando",
		"salio|sale|salia|echo|echa|bota|boto|escupio|escupe ~2 sangre ~3 por ~2 la ~1 boca",
		"vaso|vasos|taza|tazas|cup|cups|glass ~2 de|of ~1 sangre|blood",
		"sangre|blood|bleed* ~~10 palido|palida|pale ~2 y|and ~1 frio|fria|cold|clammy|sweaty",
	}, notBefore: "if|si", notAfter: labWords + "|fever|fiebre", mild: lightBleeding},
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: []string{
		"throat|tongue|lengua ~4 swell*|swollen|closing|clos*|tight*|hinch*|inflam*|cerrando|cierra",
		"garganta ~4 swell*|hinch*|cerrando|cierra|cerrad*|cerrandose|cerrandoseme|tapando|tapandose",
		"swell*|swollen|hinch*|cierra|cerrando ~3 throat|tongue|lengua|garganta",
		"anaphyla*|anafila*", "used|gave|give|giving|inject*|use|usar|puse|pusimos|aplique ~3 epipen|epi|epinefrina|epinephrine",
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
		"ate|comio|eating|comiendo ~~6 cashew*|peanut*|nut|nuts|nuez|nueces|mani|cacahuate*|shrimp|shellfish|mariscos|camaron* ~~10 swell*|swelling|hinch*|wheez*|hives|ronchas|breath*|respir*|throat|garganta",
		// "se le hinchó la cara y la garganta", "face and tongue swelling"
		"swell*|swollen|hinch*|inflam* ~3 face|cara|lips|labios ~2 and|y ~2 throat|tongue|lengua|garganta",
		"throat|garganta ~~5 straw|popote|pajita|pinhole|tiny|pinch*|narrow*|estrech*|apretad*",
		"hives|ronchas|allerg*|alergi*|peanut*|mani|cacahuate*|shellfish|mariscos ~~15 voice|voz ~3 weird|strange|hoarse|changed|rara|raro|ronca|cambio|different",
		"face|cara|lips|labios ~2 and|y ~2 throat|tongue|lengua|garganta ~3 swell*|swollen|hinch*|inflam*",
	}, notAfter: "action|plan|form|forms|formulario|training|class|clase"},
	// A swallowed button battery or magnets: an emergency however well the
	// child looks, and whenever it was ("an hour ago" is no exclusion here).
	{kind: "battery_or_magnet", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"swallow*|trag*|ate|eaten|comio|comido|chewed|mordio ~7 magnet*|iman|imanes|battery|batteries|bateria|baterias|pila|pilas|pilita|pilitas|boton",
		"magnet*|iman|imanes|battery|batteries|bateria|baterias|pila|pilas|pilita|pilitas ~~8 swallow*|trag*",
		"button|coin|boton|moneda|round|redonda|redondita ~1 battery|batteries|bateria|baterias|pila|pilas|pilita|pilitas|cell ~~10 mouth|boca|missing|falta|swallow*|trag*",
		"magnet*|iman|imanes|battery|batteries|bateria|baterias|pila|pilas|pilita|pilitas ~~6 mouth|boca",
	}},
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"overdos*|sobredosis%|overdose%|overdosed%|overdoes",
		"took|taken|swallowed|ate|tome|tomo|tomado|trago|comio ~3 too|2|to ~1 many|much",
		"nene|nena|nino|nina|bebe|hijo|hija|kid|child|toddler|son|daughter ~~4 tomo|trago|comio|took|ate|swallowed ~~8 pastillas|pastilla|pills|pill|medicina|medicamento*|tablets",
		"took|taken|swallowed|ate|tome|tomo|tomado|trago|comio ~3 whole|entire|todo|toda ~2 bottle|frasco|bote|caja|box|pack*",
		"demasiad* ~2 pastilla*|pill*|medicamento*|medicina*|tylenol|pildora*",
		"took|taken|taking|tomando|swallowed|tomo|tome|trago ~3 all|todas ~5 pill*|pastilla*|tablet*",
		"ate|eaten|eating|comio|swallowed|got|found ~~5 gummies|gummy|edible*|gomita*|weed|marijuana|mota|cannabis|thc ~~12 sleepy|drowsy|dormid*|somnolient*|barely|wont|cant|open|floppy",
		"take|takes|taking|toma|tomar ~3 too ~1 many|much",
		"took|swallowed|tome|trague ~3 all|todas ~5 pill*|pastilla* ~~8 floaty|sleepy|drowsy|dizzy|weird|mareado|mareada|dormid*|hour|hours|hora|horas|ago|hace",
		"drank|drink|swallowed|ate|eaten|bebio|bebe|trago|trague|tomo|tome|comio|drinking|got ~4 bleach|cloro|lejia|lavandina|clorox|lye|soda|detergent*|antifreeze|anticongelante|chemical*|quimico*|veneno|poison*|batter*|pila*|pod|pods|cleaner|limpiador*|destapa*|gasolin*|pesticid*|insecticid*|raticid*|matarratas|nicotin*|mothball*",
		"took|taken|swallowed|tome|trague ~2 bunch|handful|monton|punado ~1 of|de ~1 my|mis|her|his|their|su|sus",
		"took|tomo|swallowed|trago ~~15 on ~1 purpose", "took|tomo|swallowed|trago ~~15 proposito|adrede",
		"took|taken|swallowed|tome|trague|tomar|tomado|tomo ~2 #15-999",
		"took|taken|swallowed|tome|trague ~3 #>=8 ~3 pill*|pastilla*|tablet*|pildora*",
		"swallowed|took|taken|ate|trague|trago|tome|tomo|comi|comio ~4 bunch|handful|lot|lots|monton|punado|puno|varias|muchas ~3 pill*|pastilla*|tablet*|medicamento*|medicina*|pildora*",
		"frasco|bottle|bote|caja|box|blister|tira|plancha|strip|sheet|pack ~2 entero|entera|completo|completa|whole|entire",
		"took|tome|trague|swallowed|taken ~2 all|todas ~3 ones|them|pills|pastillas",
		"took|taken|swallowed ~1 them ~1 all", "me ~1 las ~1 tome|trague ~1 todas",
		"all|todo|toda|todas ~2 the|my|mi|el|la|las|mis ~1 frasco|bottle|bote|caja|pastillas|pills",
		"swallowed|trago ~4 pill*|pastilla*|tablet*|medication|medicamento*",
		"poison*|envenen*|intoxic*",
		"took|drank|swallowed|tomo|tomó|bebio|bebió|trago|tragó|bebido|tomado ~3 liquido|liquid|product*|producto|solution|stuff ~2 de|para|for ~1 limpiar|limpieza|cleaning",
		"cleaning ~1 liquid|product|solution|stuff ~~6 drank|swallowed|ate|mouth|burn*",
		"how ~1 many|much ~3 took|ate|swallowed|tomo|trago|comio",
		"bottle|frasco|bote ~3 of|de ~1 oxycodone|oxy|percocet|vicodin|hydrocodone|fentanyl|morphine|methadone|xanax|pills|pastillas ~2 open|abierto|abierta",
		"sprayed|spraying|spray|pesticid*|fumig*|insecticid* ~~15 drool*|babea*|pupils|pupilas|twitch*|jumping|vomit*|sweating|sudando",
		"bit|bite|chewed|mordio|mordió ~6 pod|pods|capsula|capsulas|battery|batteries|pila|pilas",
		// A medicine patch chewed or swallowed (fentanyl, nicotine).
		"chewed|chewing|chew|sucked|sucking|licked|swallowed|mordio|mordiendo|mastico|masticando|chupo|chupando|trago ~4 patch|patches|parche|parches",
		"narcan|naloxone|naloxona ~~6 gave|give|giving|used|use|need|necesito|dimos|puse|somewhere|where|donde",
		"insulin*|insulina|lantus|humalog|novolog|levemir|tresiba ~~8 twice|double|doble|mistake|error",
		"twice|double|doble ~~6 insulin*|insulina|lantus|humalog|novolog|levemir|tresiba",
		"gave|give|giving|used|use|need|necesito|dimos|puse ~~4 narcan|naloxone|naloxona",
		"needle|aguja|jeringa|syringe ~~10 passed|unconscious|inconsciente|blue|azul|morad*|snoring|roncando",
		"passed ~1 out ~~10 blue|azul|morad*",
		"pill*|pastilla*|pildora*|tablet*|bottle|frasco|bote|medicin*|meds ~~8 dont|not|no ~2 know|sure|se ~1 how ~1 many|much",
		"pill*|pastilla*|pildora*|tablet*|bottle|frasco|bote|medicin*|meds ~~8 no ~1 se|sabemos|sabe|sabia ~1 cuant*",
		"no ~1 se|sabemos|sabe ~1 cuant* ~~4 pastilla*|pills|pildora*|tabletas",
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
		// Taken in a number nobody knows: "se tomó no sé cuántas", "ate
		// who knows how many".
		"took|taken|swallowed|ate|tomo|tome|trago|trague|comio|tomado ~2 no ~1 se ~1 cuant*",
		"took|taken|swallowed|ate|eaten ~2 dont|not ~2 know|sure ~1 how ~1 many|much",
		"took|taken|swallowed|ate|eaten ~2 who ~1 knows ~1 how ~1 many|much",
		// A child into a pill box: "agarró el pastillero de la abuela y
		// se tomó...".
		childWords + " ~~6 agarro|grabbed|grabbing|opened|abrio|alcanzo|reached|got ~4 " + pillBox,
	}, notBefore: "food|alimentaria|alimentos|comida|ivy|oak", idiom: "lol|lmao|jaja*|haha*|jk|kidding|netflix|binge*|studying|homework|tarea",
		notAfter: "ivy|oak|alimentaria|alimentos|comida|control|center|time|long|tiempo|day*|dia*|money|dinero|min|mins|minute*|minuto*|hour*|hora*|week*|semana*|year*|ano*|month*|mes|meses|mg|ml|mcg|unit*|unidad*|pound*|lbs|kilo*|dollar*|dolar*|bucks|calls|times|veces|second*|segundo*|step*|pasos|photo*|fotos|x"},
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, notAfter: "prevention|awareness|prevencion|support|apoyo|group|groups|grupo|grupos|walk|research",
		idiom: "verguenza|risa|aburrimiento|embarrassment|boredom|laughter|laughing|estudiando|studying|parciales|exams|examenes|homework|tarea", patterns: []string{
			"kill* ~2 myself|self", "kms", "matarme", "suicid*|suicidal%|suicide%|suicidio%",
			"shoot|hang|drown ~1 myself", "ahorcarme|dispararme|colgarme",
			"dont ~2 want ~2 be ~1 here|alive ~1 anymore",
			"cortar* ~3 venas", "corto|cortó|corte ~3 las ~1 venas|munecas",
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
			"how ~1 many|much ~~8 would ~1 take|kill|die",
			"counted|contadas|contado ~2 out|listas ~~8 pill*|pastilla*|them|table|mesa",
			"just ~1 wanted|want ~2 someone|somebody ~2 to ~1 know",
			"solo|nomas ~1 queria ~2 que ~1 alguien ~1 supiera",
			"affairs ~2 in ~1 order",
			"deje|dejé|dejado ~3 todo ~2 arreglado|listo|orden ~~15 gracias|perdon|adios|hijos|hijas",
			"gracias ~2 por ~1 todo ~~10 no ~1 se ~1 preocupe|preocupen",
			"ultima ~1 noche|vez", "last ~1 night ~1 alive|on ~1 earth",
			"saving|saved|stockpil*|hoard*|collecting|juntando|guardando|acumulando ~3 up ~2 my|mis|las|the|all|his|her|their|sus ~1 pill*|pastilla*|meds|medicin*|medicamento*|pildora*",
			"saving|saved|stockpil*|hoard*|collecting|juntando|guardando|acumulando ~2 my|mis|las|the|all|his|her|their|sus ~1 pill*|pastilla*|meds|medicin*|medicamento*|pildora*",
			"saved|saving|stockpil*|juntando|guardando ~~12 take|tomar ~2 them|all|todas|todos ~2 at ~1 once",
			"planning|plan|planeo|pienso ~3 take|tomar|tomarme ~2 them|all|todas|todos ~~3 once|vez",
			// A farewell, then silence: "perdón por todo" and no answer.
			"perdon|perdona|perdonen|sorry ~2 por|for ~1 todo|everything ~~15 no ~1 contesta|responde|aparece|llego|regreso",
			"perdon|perdona|perdonen|sorry ~2 por|for ~1 todo|everything ~~15 not ~1 answering|responding|picking|home",
			"perdon|perdona|perdonen|sorry ~2 por|for ~1 todo|everything ~~15 missing|desaparecid*",
			"given|gave|giving|regale|regalando ~1 away ~3 things|stuff|belongings|everything|cosas",
			"wrote|written|writing|escribi ~3 letters|goodbye|notes|cartas ~~6 kids|family|children|hijos|familia|everyone|everybody|todos",
			"gave|given|giving|regale|regalando|regalo ~~8 cat|dog|pet|perro|gato|mascota|xbox|things|stuff|belongings|cosas ~~15 tonight|goodbye|adios|done|peace|paz|noche",
			"tonights|tonight ~2 the ~1 night", "esta ~1 noche ~1 es ~1 la ~1 noche",
			"using|use|usar ~2 it|them|la|lo ~2 on ~1 myself", "sleep ~1 forever", "never ~1 wake ~1 up", "dormir ~2 para ~1 siempre",
			"no ~1 aguanto ~1 mas", "quiero ~1 desaparecer", "ya ~1 no ~1 puedo ~1 mas",
			"tirar|aventar|lanzar|aviento|avientas|aviente|tiro|lanzo|tire ~2 del|de|por ~1 puente|edificio|ventana|balcon|techo",
			"jump|jumping ~2 off|from ~2 bridge|building|roof|balcony",
			"dont|don't|do ~1 see ~1 the ~1 point ~3 anymore",
			"point|sentido|hopeless|desesperad* ~~15 gun|pistol|pistola|arma|rope|cuerda",
			"thoughts|thinking|pensamientos|pienso|ideas ~~4 hurting|harming|hurt|harm|hacerle|lastimar ~2 my|the|mi|al|a ~1 baby|bebe|kids|child|children|hijo|hija|nino",
			"hurting|harming|hurt|harm ~2 my|the ~1 baby|newborn",
			"pienso|pensando ~2 en ~1 hacerle ~1 dano|daño",
			"voices|voces ~~8 kill|hurt|harm|matar|lastimar|dano|hacerse|lastime|mate|rid|deshacer*|deshaga",
			"voices|voces ~~12 baby|bebe",
			"miedo ~4 haga ~1 algo", "afraid|scared ~4 hurt|harm ~2 the|her|his ~1 baby|herself|himself",
			"habla|talking ~1 sola|solo ~~15 bebe|baby|parto|birth",
			"locked|encerr*|encerro|encerrado|encerrada ~~10 knife|gun|razor|pills|navaja|cuchillo|pistola|arma|pastillas|rope|cuerda",
			"knife|gun|razor|navaja|cuchillo|pistola|arma|rope|cuerda ~~10 locked|encerr*|encerro|encerrado|encerrada",
			"tried|trying|try ~2 to ~1 jump|kill|hurt|harm|strangle|choke|hang",
			"intento|trato|intentó|trató ~2 de ~1 tirarse|matarse|lanzarse|ahorcarse|saltar",
			"better ~1 off ~1 not ~1 existing", "better ~1 off ~1 without ~1 me|him|her|them", "estarian|estaria|estariamos ~1 mejor ~1 sin ~1 mi|el|ella", "better ~1 not ~1 to ~1 wake|be|exist|live", "rather ~1 not ~1 wake|exist|live", "mejor ~1 no ~1 existir|estar|vivir|despertar|despertarme",
			"going|gonna|wants|threaten*|says|said|texted ~4 hurt|kill|harm|shoot|hang ~1 himself|herself|themself|themselves",
			// "If I don't come home he will kill himself" (a past "killed
			// himself" is a death told, not a threat).
			"kill ~1 himself|herself|themself|themselves",
			"going|gonna|wants|threaten*|says|said|texted ~4 end|take ~1 his|her|their ~1 life",
			"texted|said|saying|sent|mando|dijo ~3 goodbye|goodbyes|adios|despedida",
			"nobody|no ~1 one|nadie ~3 miss|extranaria|extrañaria|echaria|extranar|extrañar",
			"have|got|tengo|tiene|holding ~3 gun|pistol|pistola|arma ~2 out|ready|loaded|here|aqui|cargada|conmigo|head|cabeza",
			"se ~2 quiere|va ~2 matar|suicidar",
			"quiere|queria ~2 morir|morirse|matarse", "wants ~2 to ~1 die|kill",
			"gun|rifle|pistol|shotgun|escopeta|pistola|arma ~~6 loaded|cargada|cargado|cargue|cargué",
			"better ~1 off ~~6 insurance|seguro",
			"standing|stood|parado|parada|sitting ~~5 railing|ledge|baranda|barandal|cornisa",
			"god|dios ~~4 told|dijo|says|dice ~~6 time|die|morir|meet|go",
			"dont ~1 trust ~1 myself", "do ~1 not ~1 trust ~1 myself", "no ~1 confio ~2 en ~1 mi", "plan* ~3 end|ending|take|taking ~1 my ~1 life",
			"plan|planeado ~3 para ~1 matarme|quitarme|acabar",
			"dont|no ~2 want|quiero ~2 keep|seguir ~1 living|going|viviendo|vivir",
			// "This time I'll do it right" after cuts or pills: a promise
			// of a surer attempt.
			selfHarmContext + " ~~25 this ~1 time ~~4 do|doing|get|getting ~1 it ~1 right|properly",
			"this ~1 time ~~4 do|doing|get|getting ~1 it ~1 right|properly ~~25 " + selfHarmContext,
			selfHarmContext + " ~~25 esta ~1 vez ~~5 hacer|hacerlo|hace|hago|haga|hara|hare ~2 bien",
			"esta ~1 vez ~~5 hacer|hacerlo|hace|hago|haga|hara|hare ~2 bien ~~25 " + selfHarmContext,
			// Things given away, with a promise of quiet or of bothering no
			// one: "gave away his guitar ... won't bother anyone anymore",
			// "ya regalé mis cosas, pronto todo va a estar en paz".
			giveAway + " ~~25 " + noBother, noBother + " ~~25 " + giveAway,
			giveAway + " ~~25 " + noBotherEs, noBotherEs + " ~~25 " + giveAway,
			giveAway + " ~~25 " + finallyQuiet, finallyQuiet + " ~~25 " + giveAway,
			giveAway + " ~~25 " + allAtPeace, allAtPeace + " ~~25 " + giveAway,
			"wont|not|no|never ~2 be ~1 a ~1 burden ~3 anymore|longer|again",
			// No sense in anything, with things given away.
			giveAway + " ~~25 " + noSense, noSense + " ~~25 " + giveAway,
			"ya ~1 no ~3 ser ~2 una ~1 carga",
			// Pills put away, with cuts or a farewell around them.
			"pastilla*|pills|medication|medicamento*|pildora* ~2 guardad*|escondid*|juntad*|acumulad*|stashed|hidden|hoarded ~~25 " + selfHarmContext,
			selfHarmContext + " ~~25 pastilla*|pills|medication|medicamento*|pildora* ~2 guardad*|escondid*|juntad*|acumulad*|stashed|hidden|hoarded",
		}},
	// Tired of being alive, of living, of life; "tired of living with
	// this pain" or "in this flat" is a complaint (notAfter).
	{kind: "tired_of_living", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"tired|sick|cansad* ~2 of|de ~2 alive|vivo|viva", "tired ~1 of ~1 living|life", "cansad* ~1 de ~1 vivir", "cansad* ~1 de ~1 la ~1 vida",
	}, notAfter: "with|in|here|like|alone|under|paycheck|con|en|aqui|asi|sola|solo|sin"},
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: []string{
		"self ~1 harm*", "autolesion*",
		"want*|wanna|going|gonna|thinking|urge*|thoughts ~4 hurt*|harm*|cut* ~1 myself",
		"cutting|cut|hurting|harming ~1 myself",
		"munecas|muneca|wrists|wrist ~3 cortadas|cortada|cut|slit|slashed|sangrando|bleeding",
		"cortadas|cut|slit ~2 munecas|muneca|wrists|wrist",
		"cortarme|lastimarme|autolesionarme", "hacerme ~1 dano",
		"estado|sigo ~1 cortando", "cortando ~2 otra ~1 vez",
	}},
	{kind: "seizure", urgency: UrgencyEmergency, patterns: []string{
		"seizure%|seizures|seizing|siezure|seziure|convuls*|convulsion%|convulsiones%",
		"ataque|crisis ~1 epilep*",
		"shaking|shake|shook|shakes|jerking|twitching|sacud*|convulsionando ~~6 floor|suelo|piso|entero|entera|todo",
		"eyes|ojos ~2 rolled|rolling|volteados|volteado|en ~1 blanco",
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
	}, notBefore: "anti|antiseizure|pastilla*|medicamento*|medication|pills|medicina*|receta*|prescription|refill|meds|tablet*|protein|milk|proteina|batido*|smoothie*", notAfter: medWords + "|free|libre|disorder|disorders|trastorno|trastornos|diary|diario|log|precautions|threshold"},
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{
		"unresponsive%", "unconscious%", "inconsciente*",
		"hard|difficult|harder|dificil ~2 to ~1 wake|awaken|despertar",
		"barely|hardly|apenas ~2 respond*|responds|responsive|conscious|awake|wakes|reacciona|responde|despierta",
		"ni ~1 despierta|reacciona|responde",
		"wont|cant|doesnt|not|isnt|couldnt ~2 wake*|waking",
		"not|isnt|wont ~1 responding|responsive",
		"no ~3 despierta|despertar*|reacciona|responde",
		"collapsed", "colapso", "desplomo",
		"barely|hardly|apenas|cant|can't|cannot|no ~4 open|abre|abrir ~2 her|his|the|los|sus|my ~1 eyes|ojos",
		"barely|hardly|apenas|cant ~3 keep ~3 eyes|ojos ~2 open|abiertos",
		"found|encontre|encontramos|encontré ~~6 floor|suelo|piso ~~12 cold|fria|frio|confus*|confundid*|mumbl*|cant|wont|no|breath*|respir*",
	}, notBefore: "portal|app|website|site|page|pagina|mejor|better|rather|prefer|prefiero|seria", notAfter: "email*|correo*|mensaje*|message*|call*|llamada*|telefono|phone|early|temprano|time|morning|manana"},
	// Fever with chills and a worsening belly after surgery, fever with
	// confusion, mottled skin or low blood pressure (sepsis), or
	// with a purple rash that does not fade (meningitis).
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: []string{
		"fever*|fiebre|calentura|temp* ~~12 confus*|confundid*|mottled|moteada|lethargic|letargic*|delirious|delirando",
		"confus*|confundid*|mottled|moteada|lethargic|letargic*|delirious|delirando ~~12 fever*|fiebre|calentura",
		"purple|morad* ~3 rash*|spots|dots|manchas|manchitas|puntos|puntitos|ronchas",
		"manchas|manchitas|puntos|puntitos|ronchas|spots|dots|rash* ~2 morad*|purple",
		"cuello|neck ~2 tieso|tiesa|rigido|stiff ~~10 fiebre|fever|calentura",
		"fiebre|fever|calentura ~~10 cuello|neck ~2 tieso|tiesa|rigido|stiff",
		"rash*|spots|manchas|ronchas|dots|puntitos|puntos ~~10 glass|vaso",
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
		"rash*|spots|dots|manchas|ronchas|puntitos ~~6 not|doesnt|dont|wont|no ~2 fade|blanch*|desaparece*|quita",
	}, notAfter: "mg|pill*|medic*"},
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
		"ombligo|navel ~~15 derecha|right", "belly ~1 button ~~15 right|derecha",
	}},
	// Sudden confusion: not knowing where one is or who others are.
	{kind: "sudden_confusion", urgency: UrgencyEmergency, patterns: []string{
		"sudden*|suddenly|repente ~~10 doesnt|does|dont|no ~2 know|sabe|recognize|reconoce",
		"sudden*|suddenly|repente ~~6 confus*|confundid*|disoriented|desorientad*",
		"doesnt|no ~2 know|sabe|recognize|reconoce ~~8 fine|bien ~~4 lunch|morning|manana|ayer|yesterday|hour|hora",
		"no ~1 reconoce ~2 a ~1 nadie", "doesnt|didnt|cant ~1 recognize ~2 anyone|anybody|us|me|his|her",
		"no ~1 nos|me|lo|la|los ~1 reconoce|reconocio|reconoció",
		"doesnt|dont|didnt|no ~2 know|sabe|recognize|reconoce ~2 who|quien ~2 i|soy|am|es|we|they",
		"wandering|deambula*|perdido|perdida ~~12 cold|freezing|frio|helad*|shiver*|tembl*|degrees|grados",
		"walking|walks|walk|camina|caminando ~2 like|como ~1 drunk|borracho|borracha ~~10 confus*|confundid*|sleepy|dormid*",
		"confus*|confundid* ~~10 walking|walks|walk|camina|caminando ~2 like|como ~1 drunk|borracho|borracha",
	}},
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
		"fell|fall|cayo|caida|cai ~~8 no ~2 puede|pudo|podia ~1 parar|pararse|levantar|levantarse",
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
		"nosebleed ~~8 hour|hours|wont|stop|hora|horas", "nose ~2 bleed* ~~8 hour|hours|wont|hora|horas",
	}},
	// A swollen leg, then breathlessness or pain on breathing in (a clot
	// gone to the lung).
	{kind: "pulmonary_embolism", urgency: UrgencyEmergency, patterns: []string{
		"leg|calf|pierna|pantorrilla ~~6 swollen|swell*|hinch* ~~25 winded|breathless|short|breath|ahog*|falta|gasping|trouble|dificultad",
		"swollen|swell*|hinch* ~~4 leg|calf|pierna|pantorrilla ~~25 winded|breathless|short|breath|ahog*|falta|gasping|trouble|dificultad",
		"winded|breathless|ahog*|breath ~~25 leg|calf|pierna|pantorrilla ~~6 swollen|swell*|hinch*",
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
		"pregnan*|embaraz*|pregnant%|embarazada% ~~12 bleed*|bleeding%|sangrando%|sangrando|sangrado|sangro|sangra|blood|sangre",
		"bleed*|sangrando|sangrado|sangro|sangra ~~12 pregnan*|embaraz*",
		"pregnan*|embaraz* ~~20 bleed*|sangrando|sangrado|sangro|sangra|sangre",
		"mueva|mueve|moviendo|move|moving|moved|kicking|kicked|patea|pateado ~~12 sangre|bleed*|bleeding|sangrado|sangrando|blood",
		"#20-42 ~1 weeks|wks|semanas ~~20 bleed*|sangrando|sangrado|sangre|blood",
		"de ~1 #5-9 ~1 meses ~~12 sangre|sangrado|sangrando",
		"miscarr*", "aborto ~1 espontaneo", "perdiendo ~2 bebe",
		"water|fuente|bolsa ~3 broke|broken|rompi*|rompio|rompe|reventado",
		"rompi*|rompio|rompe ~3 fuente|bolsa",
		"#20-36 ~1 semanas|weeks|wks ~~15 liquido|fluid|leaking|gush*",
		"#20-36 ~1 semanas|weeks|wks ~~15 agua ~2 por ~1 abajo",
	}, notAfter: labWords, mild: lightBleeding},
	// Chemicals or an object in the eye.
	{kind: "eye_injury", urgency: UrgencyEmergency, patterns: []string{
		"chemical*|bleach|cloro|drain|cleaner|acid|acido|lye|destapa*|limpiador*|lejia|quimico*|ammonia|amoniaco ~~8 eye|eyes|ojo|ojos",
		"eye|eyes|ojo|ojos ~~8 chemical*|bleach|cloro|cleaner|acid|acido|lye|destapa*|limpiador*|lejia|quimico*|ammonia|amoniaco",
		"metal|glass|vidrio|piece|pedazo|shard|astilla|fierro|wire ~~8 eye|ojo ~~10 cant|can't|cannot|no ~2 see|ver|veo|open|abrir",
		"cant|cannot|no ~2 see|veo|ver ~2 out ~2 of ~2 my|his|her|the ~1 eye",
	}},
	// Large burns and scalds, hypothermia, heat stroke.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: []string{
		"boiling|hirviendo|scald*|quem*|burn*|aceite|coffee|cafe|tea|soup|sopa ~~10 blister*|ampolla* ~~6 chest|face|pecho|cara|toda|todo|whole|all|big|large|grandes|pierna|leg|legs|arm|brazo|espalda|back|stomach|panza",
		"blister*|ampolla* ~~6 peeling|pelando|despellej*",
		"boiling|hirviendo|scald*|quem*|burn*|aceite|gasolina ~~12 pecho|cara|brazo|pierna|chest|face|arm|leg ~~8 ampolla*|blister*",
		"quem*|burned|burnt ~3 la|su|his|her|my|the ~1 cara|face",
		"quemada|quemado|burned|burnt ~2 toda|todo|whole|entire ~2 la|el|my|his|her ~1 pierna|brazo|espalda|leg|arm|back|abdomen|pecho|chest",
		"piel|skin ~3 blanca|white|negra|black ~~8 no ~2 duele|hurt|dolor",
		"leathery|charred|acartonad*|chamuscad* ~~25 burn*|oil|aceite|quem*|scald*|fire|fuego|boiling|hirviendo",
		"boiling|hirviendo|scald*|quem*|burn*|aceite|fire|fuego ~~10 skin|piel ~3 peeling|peel*|off|pelando|despellej*|cayendo",
		"toddler|baby|infant|bebe|nino|nina|nene|nena|kid|child ~~8 boiling|hirviendo|scald*",
		"burn*|oil|aceite|quem*|scald*|fire|fuego|boiling|hirviendo|spilled|derrame ~~25 leathery|charred|acartonad*|chamuscad*",
		"alacran|escorpion|scorpion ~~10 babea*|drool*|ojos|eyes|respir*|breath*|nene|nena|nino|nina|bebe|baby|kid|child",
		"hypotherm*|hipoterm*", "heat ~1 stroke", "golpe ~1 de ~1 calor",
		"no|not|stopped|dejo ~2 suda|sudando|sweating|sweat ~~10 hot|caliente|confus*|confundid*|incoheren*|rojo|red|sol|sun|sentido|sense",
		"hot|caliente|calor|heat ~~8 no|not|stopped|dejo ~2 suda|sudando|sweating",
		"sun|sol|heat|calor ~~12 confus*|confundid*|incoheren*|delir*|unresponsive",
		"mumbl*|balbuce* ~~10 ice|cold|freezing|helad*|fria|frio|congelad*",
		"slow ~1 motion ~~10 ice|cold|freezing|helad*|fria|frio|congelad*",
		"ice|freezing|helad*|congelad* ~~10 mumbl*|balbuce*|lento|lenta",
		"ice|freezing|helad*|congelad* ~~10 slow ~1 motion",
		"carbon ~1 monoxide", "monoxido ~2 carbono", "co ~1 alarm|detector",
		"detector|alarm|alarma ~~4 going ~1 off", "detector|alarm|alarma ~~4 beeping|sonando|suena|pitando",
		"brasero|anafre|carbon|charcoal|estufa ~~15 dolor ~2 cabeza", "brasero|anafre|carbon|charcoal|estufa ~~15 headache*|mare*|nause*|vomit*|desmay*|faint*",
		"furnace|heater|generator|calentador|boiler|estufa ~~12 headache*|dizz*|nause*|mare*|vomit*|lethargic",
		"headache*|dizz*|nause*|mare* ~~25 furnace|heater|generator|generador|calentador|boiler",
		"whole ~1 family|house|household ~~12 headache*|dizz*|nause*|vomit*|puk*",
		"toda ~1 la ~1 familia ~~12 dolor ~2 cabeza|mare*|nause*|vomit*",
		"ice|helad* ~1 cold|fria|frio ~~10 confus*|confundid*|shiver*|tembl*|responde|unresponsive|wont ~1 wake",
		"shivering|temblar|temblando ~2 stopped|paro|dejo",
	}, notAfter: "detector|detectors|detectores"},
	// An electric shock; "like electric shocks in my head" is a sensation.
	{kind: "electric_shock", urgency: UrgencyEmergency, idiom: "como|like|feels|feel|feeling|siento|sensation|sensacion|zaps|zap", patterns: []string{
		"shocked|electrocut*", "electric*|electrica|electrico ~1 shock|descarga|toque", "descarga|toque ~1 electric*",
	}},
	// Alcohol withdrawal with shaking, sweats, hallucinations or seizures.
	{kind: "withdrawal", urgency: UrgencyEmergency, patterns: []string{
		"stopped|dejo|quit ~3 drinking|alcohol|tomar|beber|bebiendo|tomando ~~15 shak*|tembl*|sweat*|sudando|drenched|seizure*|convuls*|hallucinat*|alucin*|bugs|bichos",
		"cold ~1 turkey ~~15 shak*|tembl*|sweat*|sudando|drenched|seizure*|convuls*|hallucinat*|alucin*|bugs|bichos",
		"see|sees|seeing|ve|viendo ~2 bugs|bichos|insects|insectos|spiders|aranas ~3 crawling|wall|walls|pared|paredes|caminando",
	}, notBefore: "want|wanna|quiero|trying|try|planning|plan"},
	// Someone who lives alone and does not answer: a welfare check.
	{kind: "welfare", urgency: UrgencyEmergency, patterns: []string{
		"not|no|isnt ~2 answering|answer|responding|contesta|responde|abre ~3 door|phone|puerta|telefono|cel ~~20 alone|sola|solo|floor|piso|suelo",
		"alone|sola|solo ~~20 not|no|isnt ~2 answering|answer|responding|contesta|responde|abre ~3 door|phone|puerta|telefono|cel",
		"havent|haven't|no ~2 seen|visto ~3 her|him|la|lo ~~10 days|dias ~~15 not|no ~2 answering|answer|contesta|abre",
	}},
	// A snake bite.
	{kind: "snake_bite", urgency: UrgencyEmergency, patterns: []string{
		"snake|serpiente|vibora|culebra|cascabel|rattlesnake|rattler|copperhead|cobra ~~5 bit|bitten|bite|mordi*|mordio|pico|struck",
		"bit|bitten|bite|mordi*|mordio|pico ~~5 snake|serpiente|vibora|culebra|cascabel|rattlesnake|rattler|copperhead",
	}},
	// Near drowning: pulled out of water, then drowsy or breathing fast.
	{kind: "drowning", urgency: UrgencyEmergency, patterns: []string{
		"bajo|debajo ~2 el|del ~1 agua ~~12 dormid*|sleepy|respira*|breath*",
		"pool|pileta|piscina|alberca|lake|lago|river|bathtub|tina|acequia|canal|zanja|ditch|estanque|pond|ocean ~~12 sleepy|drowsy|dormid*|somnolient*|breath*|respira*|tos*|cough*|blue|azul|morad*",
		"fell|cayo|cayó|underwater|drown* ~4 pool|pileta|piscina|alberca|lake|lago|rio|river|water|agua|tina|bathtub",
		"pulled|rescued|sacamos|sacaron ~3 out|from|del|de ~3 pool|pileta|piscina|alberca|lake|lago|rio|river|water|agua|tina|bathtub",
	}, notAfter: "bottle|botella|filter|filtro|bill|factura"},
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
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"going|gonna|want|wanna|voy|quiero ~2 to ~1 hurt|kill|stab|shoot ~2 my|him|her|them|someone|somebody|brother|sister|wife|husband|mom|dad|son|daughter",
		"voy|quiero ~2 a ~1 matar|lastimar|apunalar ~2 a|al|mi",
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
		"choked|strangled|strangling|choking ~1 me|her|him", "me ~1 ahorco|ahorcó|estrangulo|estranguló|ahorcaba",
		"is|are|keeps ~1 beating|hitting|choking|strangling|kicking|punching ~1 me|us",
	}},
	// Sudden testicle pain or swelling (torsion).
	{kind: "testicular", urgency: UrgencyEmergency, patterns: []string{
		"testicle*|testicular|testiculo*|scrot*|escroto ~~8 swollen|swell*|hinch*|vomit*|throwing|sudden*|repente",
		"sudden*|repente|severe|terrible ~~6 pain|dolor ~~6 testicle*|testicular|testiculo*|scrot*|escroto",
		"pain|dolor ~2 down ~1 there ~~15 swollen|swell*|higher|vomit*|puking|throwing",
		"one ~1 side ~3 higher ~~8 swollen|swell*|pain*|hurt*",
	}},
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
		sweatShakeWords + " ~~12 " + diabetesWords + " ~~12 " + confusedWords,
		"diabet*|insulin*|insulina ~~15 no ~2 contesta|responde|reacciona ~2 bien",
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
	}, notAfter: "mg|mcg|units|unidades|grams|gramos|g|carbs|minutes|min|years|anos"},
	// A potassium of 7 or more.
	{kind: "critical_lab", urgency: UrgencyEmergency, patterns: []string{
		"potassium|potasio ~4 #7-9",
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
		"heart|pulse|corazon|pulso|hr ~4 racing|pounding|acelerad*|#>=150 ~~15 pass ~1 out|faint*|desmay*|dizzy|mare*|chest|pecho|breath*|respir*",
		"heart|pulse|corazon|pulso|hr ~4 racing|pounding|acelerad*|#>=150 ~~8 black|blacked ~1 out",
		"heart|pulse|corazon|pulso ~4 crazy|wild|loco ~~10 black|blacked|pass|passed|faint*|desmay*",
		"heart|pulse|corazon|pulso ~4 #180-300",
		"pulse|pulso|hr|latidos ~~5 #15-40", "heart ~1 rate ~~5 #15-40",
		"hour ~1 is|was ~2 #15-40", // "HR is in the 40s": the tokenizer reads HR as "hour"
		"faint*|fainted|desmay* ~~12 heart|corazon ~4 racing|pounding|flutter*|acelerad*",
		"anorexi*|bulimi* ~~15 faint*|desmay*|heart|corazon|chest|pecho|passed",
		"heart|pulse|corazon|pulso ~2 rate|ritmo ~3 #>=170",
		"heart|pulse|corazon|pulso ~3 racing|pounding|acelerad* ~2 at ~1 #>=150",
	}, notAfter: "mg"},
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
		"dolor|headache*|pain ~~8 peor ~2 de ~1 mi ~1 vida",
		"dolor ~~6 mas ~1 fuerte ~2 de ~1 mi ~1 vida",
		"headache*|pain|dolor|head|cabeza ~~20 worst ~3 of ~1 her|his|my|their|your ~1 life", "dolor ~2 de ~1 cabeza ~~8 de ~1 golpe|repente",
	}},
	{kind: "severe_headache", urgency: UrgencyEmergency, patterns: []string{
		"worst ~2 headache*", "peor ~3 dolor ~2 cabeza",
		"headache*|cabeza ~~20 stiff|rigido|tieso",
		"thunderclap|trueno|explosive|explosivo",
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
		"hit|hitting|bumped|banged|struck|bonk*|smack*|whack*|golpe*|golpeo|peg* ~3 head|cabeza ~~10 thrown|confus*|vomit*|throwing|threw|passed|unconscious|drowsy|sleepy|seizure*|confundid*|desmay*|inconsciente|somnolient*|vomitando|vomito|doble|double",
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
		"foot|leg|pie|pierna ~4 turned|rotated|girado|girada|volteado|volteada ~2 out|outward|outwards|afuera",
		"bone|hueso ~3 sticking|poking|salido|saliendo|expuesto|afuera|through",
		"hit|golpe*|tackle*|collision|choque|helmet|casco|knocked ~~20 same ~1 question*|thing|pregunta*",
		"helmet|casco|tackle*|concussion|conmocion ~~15 vomit*|puking|vomito|throwing",
		"helmet|casco|tackle*|concussion|conmocion ~~15 threw ~1 up",
		"golpe*|choque|casco ~~20 misma ~1 pregunta|cosa",
		"caught|stuck|atrapad*|atorad*|crushed|aplastad* ~~4 in|en|under|bajo|between ~2 machine|machinery|press|prensa|maquina|engranaje|gear*|conveyor",
		"machine|press|prensa|maquina ~~15 puddle|charco|hanging|colgando|white|pale|palido|palida",
		"atropell*",
	}, notBefore: "feel|feels|felt|siento"},
	// ---- urgent ----
	// A chest named with no more said ("my chest 😭") is worth a call today.
	{kind: "chest_mention", urgency: UrgencyUrgent, patterns: []string{"chest%|pecho%|torax"},
		notBefore: "radiografia|rayos|tomografia|x|ray|ct|scan|clinic|clinica|de|tomar|toma|tomando|dar|doy|da|dando|darle",
		notAfter:  "x|ray|xray|ct|scan|rayos|radiografia|tomografia|clinic|clinica|ecg|mri|resonancia|tube|binder|hair|pelo|size|talla|press"},
	{kind: "infant_fever", urgency: UrgencyUrgent, patterns: []string{
		"fever*|feverish|fiebre|calentura|temperatur*|temp|hot|caliente ~~12 baby|infant|newborn|bebe|recien|month|months|meses|week|weeks|semanas",
		"baby|infant|newborn|bebe|recien|month|months|meses|weeks|semanas ~~12 fever*|feverish|fiebre|calentura|temperatur*|temp|hot|caliente",
	}},
	{kind: "high_fever", urgency: UrgencyUrgent, patterns: []string{
		"fever*|fiebre|temp*|calentura|thermometer|termometro ~4 #>=102|alta|high|days|dias|week|semana",
		"high|alta ~1 fever*|fiebre|temp*",
		"fever*|fiebre|temp* ~4 39|40|41",
		"39|40|41|102|103|104|105 ~3 fever*|fiebre|temp*",
		"fever*|feverish|fiebre|calentura|febril",
	}, notBefore: "mild|low|slight|leve|poquita|poca|little|baja|grade|yellow|typhoid|scarlet|hay|valley|dengue",
		notAfter: "amarilla|tifoidea|escarlatina|reumatica"},
	{kind: "worsening", urgency: UrgencyUrgent, patterns: []string{
		"getting|gets|got|keeps|keep|much|way|even ~2 worse",
		"worsening|empeor*",
		"cada vez ~1 peor|mas",
		"wheez*|silbido*|sibilanc*",
		"inhaler*|inhalador* ~~6 not|no|isnt|doesnt|nothing|nada ~2 helping|help|working|work|ayuda|funciona|sirve",
		"spreading|extendiendo|extiende|creciendo|spread* ~~6 rash*|red*|sarpullido|ronchas|rojo|roja|mancha*|infect*|swell*|hinch*",
		"rash*|red*|sarpullido|ronchas|rojo|roja|mancha*|infect*|swell*|hinch* ~~10 spreading|extendiendo|extiende|creciendo|spread*",
		"worse|peor ~~10 " + symptomAny,
		symptomAny + " ~~10 worse|peor",
	}, notBefore: "worst|peor"},
	{kind: "medication_reaction", urgency: UrgencyUrgent, patterns: []string{
		"reaction*|reaccion* ~~8 medication|pill*|pastilla*|antibiotic*|antibiotico*|prescription|medicamento*|vaccine|vacuna|shot|dose|dosis|started|empece|new|nuevo|nueva",
		"medication|pill*|pastilla*|antibiotic*|antibiotico*|prescription|medicamento*|vaccine|vacuna|shot|dose|dosis|started|empece ~~8 reaction*|reaccion*|rash*|hives|ronchas|sarpullido|itch*|picazon|swell*|hinch*",
		"amoxicillin|amoxicilina|amoxil|penicillin|penicilina|augmentin|keflex|cephalexin|cefalexina|bactrim|sulfa|cipro|ciprofloxacin*|doxy*|azithro*|zpack|clindamycin* ~~12 rash*|hives|ronchas|sarpullido|itch*|picazon|comezon|swell*|hinch*",
		"rash*|hives|ronchas|sarpullido|itch*|picazon|comezon ~~12 amoxicillin|amoxicilina|amoxil|penicillin|penicilina|augmentin|keflex|cephalexin|cefalexina|bactrim|sulfa|cipro|ciprofloxacin*|doxy*|azithro*|zpack|clindamycin*",
		"rash*|sarpullido|ronchas|itch*|picazon|comezon|swell*|hinch* ~~8 medication|pill*|pastilla*|antibiotic*|antibiotico*|prescription|medicamento*|vaccine|vacuna|shot|dose|dosis|started|starting|empece|empezar|new|nuevo|nueva",
		"allergic ~1 reaction", "reaccion ~1 alergica",
		"hives", "ronchas", "urticaria", "welts",
		"stung|sting|picadura|pico|picaron ~~8 swell*|swollen|hinch*",
		"swollen|swelling|hinchad*|hinchazon ~3 face|lip*|eye*|cara|labio*|ojo*",
		"face|lip*|eye*|cara|labio*|ojo* ~3 swollen|swelling|hinchad*",
		"took|taken|tome ~3 double|extra|doble",
		"gave|given|di|dio|dimos ~4 double|doble ~1 dose|dosis",
		"accidentally|error ~3 took|taken|tome|double|doble",
		"doubled|duplique|duplico ~2 up|on|my|mi|la|el",
		"by|por ~1 accident|mistake|error|equivocacion ~~6 took|taken|doubled|double|twice|tome|doble",
		"took|taken|tome|tomo|doubled|double|twice|doble ~~6 by|por ~1 accident|mistake|error|equivocacion",
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
		"ran|run|out|without ~3 out|of ~3 insulin*|inhaler*|seizure|epilep*|thinner*|warfarin|eliquis|xarelto|medication|pill*|prescription|" + insulinBrands,
		"ran|run|out|without|sin|acabo|acabaron|termino ~4 amlodipin*|losartan|lisinopril|metoprolol|carvedilol|hctz|hydrochlorothiazide|keppra|levetiracetam|lamotrigine|lamictal|depakote|dilantin|phenytoin|tegretol|carbamazepine|prednisone|tacrolimus|anticonvuls*|antiepilep*|seroquel|quetiapine|quetiapina|lithium|litio|risperdal|risperidone|abilify|aripiprazole|zyprexa|olanzapine|clozapine|clozapina|haldol",
		"se ~2 acabo|acabaron|termino|terminaron ~3 insulina|inhalador|medicamento*|pastilla*|receta|medicina*",
		"no ~2 queda|quedan|tengo ~3 insulina|inhalador|medicamento*|pastilla*|medicina*",
		"sin ~2 insulina|inhalador|medicamento*|pastilla*|" + insulinBrands,
		"missed|skipped|olvid* ~3 dose*|dosis|insulin|insulina",
		"last|ultima|ultimo ~1 pill|pills|dose|tablet|pastilla|dosis|vial|pen",
		"rx|prescription|receta|script ~2 expired|vencio|vencida|caduco",
	}},
	{kind: "wound_problem", urgency: UrgencyUrgent, patterns: []string{
		"wound*|incision*|stitch*|cut|corte|cortada|cortado|herida*|puntos|incision|surgery|cirugia|operacion ~~10 red|redness|swollen|swell*|pus|hot|infect*|oozing|hinchad*|roja*|supur*|open*|abri*|abierta|abierto",
		"pus|supura*|oozing",
		"red|roja|rojo|redness ~~4 swollen|hinchad*|hinchazon|hot|caliente",
		"fluid|liquido|pus|discharge|draining|supura* ~~6 ear|ears|oido|oidos|earache",
		"ear|ears|oido|oidos|earache ~~12 fluid|liquido|pus|discharge|draining|supura*",
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
		"calf|pantorrilla|leg|pierna ~~6 swollen|swell*|hinch* ~~8 pain*|painful|sore|dolor|duele|red|hot|caliente|tender",
		"critical*|critico|critica ~3 high|low|alto|bajo|alta|baja|value*|result*|level*|valor*|resultado*|nivel*",
		"potassium|sodium|potasio|sodio ~4 high|low|alto|bajo|alta|baja|critical*",
		// A potassium of 6 (or under 3), a sodium under 129 or over 154,
		// read by the patient on the portal (7 and more: critical_lab).
		"potassium|potasio ~3 " + readAs + " ~2 #6-6|#2-2",
		"sodium|sodio ~3 " + readAs + " ~2 #100-128|#155-200",
		// A red, hard breast with chills or fever (mastitis): seen today.
		"seno|senos|breast|breasts|mama|pecho ~3 rojo|roja|red|duro|dura|hard|hot|caliente|hinchad*|swollen ~~10 escalofrios|chills|fiebre|fever|calentura",
		// A coin swallowed, the child well: an X-ray today.
		"swallowed|trago|swallow ~3 coin|coins|penny|nickel|dime|quarter|moneda|monedita|monedas",
		// A limb swollen and purple that will not work after a fall.
		"wrist|ankle|arm|hand|leg|knee|muneca|tobillo|brazo|mano|pierna|rodilla ~3 swollen|swell*|hinchad*|purple|morad*|bruised ~~15 cant|cannot|no ~3 move|turn|bend|use|walk|grip|hold|mover|doblar|usar|apoyar|pisar|agarrar",
		"more|mas ~2 confus*|confundid*|muddled|despistad*|desorientad* ~2 than|que|de ~1 usual|normal|siempre|before|antes|lo",
		"inhaler|albuterol|nebulizer|inhalador ~~6 every ~1 #1-4 ~1 hours|hrs|hour|horas",
		"asthma|asma ~2 flare*|worse|peor",
		"meds|medication*|medicine*|medicina*|medicamento*|pills|pastillas ~3 not|arent|isnt|no ~2 working|helping|funciona*|sirve*|ayuda*",
		"migraine*|migrana*|headache*|jaqueca ~~6 #2-30 ~1 days|dias",
		"inr ~10 #4-20",
		"kidney ~1 stone|stones", "calculo|calculos ~2 renal*|rinon", "piedra|piedras ~2 en ~2 el ~1 rinon",
		"nightmares|flashbacks|pesadillas",
		"stuck|pricked|pinche|pinché|pinchazo ~3 myself|me ~~6 needle|aguja",
		"needle*|aguja ~~4 stick|stuck|pinch*|prick*",
		"oximeter|oximetro|ox|sats|sat|saturacion|saturation|spo2|o2 ~4 #86-94",
		"quema|quemazon|arde ~~6 pis|pipi|orinar|orino",
		"burn*|ardor|arde ~~4 pee|pees|peeing|urinat*|orinar|orino|orinando|pipi|wee",
		"pee|pees|peeing|pipi|orinar|orina|wee ~~8 burn*|burns|arde|ardor",
		"eye|eyes|ojo|ojito|ojos ~~6 discharge|goopy|crust*|pus|laganas|leganas|pegado|pegados|stuck",
		// A dialysis fistula that no longer buzzes: the patterns with the
		// absence come first, since "gone" after a sign otherwise reads as
		// the sign having passed.
		"fistula|dialysis|dialisis ~~10 buzz*|thrill|vibra*|zumbido ~~4 gone|missing|absent|stopped|weak|weaker",
		"buzz*|thrill|vibra*|zumbido ~~10 gone|missing|absent|stopped|weak|weaker",
		"fistula|dialysis|dialisis ~~10 buzz*|thrill|vibra*|zumbido",
		"two|2|dos ~1 doses|dosis",
		"past|beyond ~2 the ~1 line", "frostbite|congelamiento",
		"fingertips|fingers|toes|dedos ~~6 white|blanco|blancos|blancas ~~6 numb*|dormid*|blister*|ampolla*",
		"not ~1 herself|himself", "no ~1 es ~1 ella",
		"uti|utis|cistitis|cystitis ~~12 burn*|back|espalda|ardor|fever|fiebre",
		"tick|ticks|garrapata* ~~12 ring|rash|red|roja|rojo|bullseye|target",
		"bullseye|target ~~6 rash|ring|red|roja|mancha", "bulls ~1 eye ~~6 rash|ring|red|roja|mancha",
		"fishhook|anzuelo", "fish ~1 hook",
		"red ~1 streak*|line|lines", "raya|rayas|linea|lineas ~1 roja|rojas",
		"paxlovid|tamiflu|oseltamivir",
		"sickle ~1 cell", "drepanocitosis|falciforme",
		"presion|pressure ~3 bajo|baja|low|dropped|bajita|bajo", "me ~1 bajo ~2 la ~1 presion",
		"readings|reading|lecturas|lectura|numbers|cuff|monitor|tension|bp ~8 #>=170",
		"eye|ojo ~~8 metal|grinding|vidrio|glass|astilla|splinter|sliver|sand|arena",
		"agitated|agitad*|jittery|restless|inquiet* ~~10 sertraline|ssri|prozac|fluoxetin*|zoloft|lexapro|escitalopram*|sertralina|medication|medicine|pill|pastilla|new",
		"sertraline|ssri|prozac|fluoxetin*|zoloft|lexapro|escitalopram*|sertralina ~~10 agitated|agitad*|jittery|restless|inquiet*",
		"morning ~1 after", "plan ~1 b", "condom|condon ~~4 broke|roto|rompio|se ~1 rompio", "pastilla ~2 del ~1 dia ~1 siguiente",
		"missed|skipped|olvid*|forgot ~~6 warfarin*|warfarina|eliquis|xarelto|coumadin|thinner*|anticoag*",
		"pill ~1 box|pastillero ~~6 full|lleno",
		"more ~2 than ~1 prescribed|recetado", "hooked|addicted|adicto|adicta|enganchad*",
		"postpartum|posparto ~~15 cry*|llor*|empty|vacia|depress*|deprimid*|sad|triste|nothing",
		"diarrea|diarrhea ~~10 debil|weak|weakness",
		"sin|no ~2 comer|come|eating|eat ~~10 diarrea|diarrhea",
		"herida|wound|ulcer|ulcera|llaga|sore ~~10 negra|black|huele|smell*|stink*",
		"oxicodona|oxycodone|opioid*|opioide*|fentanyl|heroin|heroina ~~15 withdrawal|abstinencia|sudores|sweats|diarrea|dolores",
		"withdrawal|abstinencia|sudores|sweats ~~15 oxicodona|oxycodone|opioid*|opioide*|fentanyl|heroin|heroina",
		"falta|falto|faltaba ~2 aire|respiracion ~~4 subir|caminar|escaleras|ejercicio|esfuerzo",
		"bit|little|slightly|mildly|poco|poquito ~2 short|winded|falta|breathless",
		"short|out ~2 breath ~~4 stairs|walking|exercise|climbing|exertion",
		"tacrolimus|tacro|prograf|cyclosporine|ciclosporina|sirolimus|transplant|trasplante ~~12 level|levels|nivel|niveles|dose|dosis|low|high|bajo|alto",
		"stop|quit|dejar ~3 drinking|tomar|beber ~~25 shakes|shaking|tembl*|seizure*|convuls*",
		"baby|bebe|infant|month|months|meses ~~10 diarrhea|diarrea",
		"diarrhea|diarrea ~~6 #5-30 ~1 times|veces|time|vez",
		"#1-6 ~1 meses|months|month|mes ~~10 tos|cough*|mocos|congest*|vomit*|diarr*",
		"lump|bola|bolita|bulto|absceso|abscess|boil|nacido|golondrino ~~10 bigger|growing|creciendo|grande|duele|hurts|painful|red|roja",
		"operaron|surgery|cirugia|operation|operacion|procedure|procedimiento ~~15 orina|urine|pee ~3 rosad*|pink|red|roja|sangre|blood",
		"pink|rosad*|rosadita ~2 urine|pee|orina", "urine|pee|orina ~2 pink|rosad*|rosadita",
		"warfarin*|warfarina|eliquis|xarelto|coumadin|anticoag*|thinner* ~~20 sangra|sangran|bleed*|nosebleed*|nariz|nose|morados|moretones|bruises|encias|gums",
		"barriga|panza|belly|vientre ~3 dura|hard|tight|apretada ~~15 semanas|weeks|embaraz*|pregnan*",
		"semanas|weeks|embaraz*|pregnan* ~~15 barriga|panza|belly|vientre ~3 dura|hard|tight|apretada",
		"need*|necesit* ~3 stitches|puntos|sutura*",
		"metal|vidrio|glass|piece|pedazo|pedacito|astilla|splinter|sliver ~~8 eye|ojo",
		"cuff|monitor|tension|bp ~4 #>=170",
		"copd|epoc|emphysema|enfisema ~~20 flare*|green|verde|amarill*|yellow|phlegm|flema|winded|cans*|tired",
		"pregnan*|embaraz*|semanas|weeks ~~20 burn*|arde|ardor ~~4 pee|peeing|urinat*|orinar|orino",
		"burn*|arde|ardor ~~4 pee|peeing|urinat*|orinar|orino ~~20 pregnan*|embaraz*|semanas|weeks",
		"heart ~1 failure ~~20 gained|gain|weight|pound*|lbs|kilo*|swell*|swollen",
		"chf ~~20 gained|gain|weight|pound*|lbs|kilo*|swell*|swollen",
		"insuficiencia ~1 cardiaca ~~20 subio|subir|aumento|peso|kilo*|libras|hinch*",
		"chemo*|quimio* ~~15 diarrhea|diarrhoea|diarrea|vomit*|llagas|sores",
		"more|mas ~2 confus*|confundid* ~~20 pee|pees|peeing|urine|orina|smell*|huele",
		"tooth|teeth|muela|muelas|diente|dientes|toothache ~~12 swell*|swollen|hinch*|inflam*",
		"swell*|swollen|hinch*|inflam* ~~12 tooth|teeth|muela|muelas|diente|dientes|toothache",
	}},
	{kind: "mental_health", urgency: UrgencyUrgent, patterns: []string{
		"panic ~1 attack*", "ataque*|crisis ~2 panico|ansiedad",
		"very|really|so|muy|super ~1 depressed|deprimid*",
		"hopeless|desesperanz*",
		"muchisima|mucha|severe|terrible|unbearable|insoportable ~2 anxiety|ansiedad",
		"anxiety|ansiedad ~4 roof|severe|terrible|worst|unbearable|insoportable", "cant ~1 stop ~1 crying", "no ~2 dejar ~1 de ~1 llorar",
		"paranoi*|paranoid|paranoico|paranoica",
		"cant|can't|cannot|no ~2 get|puedo ~1 out|levantarme ~2 of|de ~1 bed|cama",
		"lloro|llorando ~2 todos ~1 los ~1 dias", "cry|crying ~2 every ~1 day",
		"need|necesito|quiero|want|necesitamos|can|could|puedo|podria ~2 talk|hablar ~2 to|con ~1 someone|somebody|alguien",
		"not|no ~2 enjoying|disfruto|disfrutar ~1 anything|nada", "ganas ~1 de ~1 nada",
		"no ~3 sentido ~2 a ~1 nada",
		"down|low|deprimid* ~2 for ~2 weeks|semanas",
		// Regional words for low ("bajoneado", "depre"), and "I can't
		// go on like this" told with no plan.
		"muy|super|re|bien|tan ~1 bajonead*|depre|deprimid*",
		"bajonead*|depre ~~6 semanas|meses|weeks|months",
		"no ~1 aguanto|soporto ~1 asi|mas", "cant ~1 go|keep ~1 on|going ~1 like ~1 this",
		"hearing|escucho|oigo ~1 voices|voces",
	}},
	{kind: "cardio_metabolic", urgency: UrgencyUrgent, patterns: []string{
		"pressure|presion ~4 #>=160",
		"pressure|presion ~3 very|muy|super|really|dangerously ~1 high|alta",
		"sugar*|glucose|azucar|glucosa|glucometro|glucometer|meter ~5 #300-2000|#20-70|low|baja|bajo|dropped",
		"low|bajo|baja|dropped ~3 sugar|azucar|glucosa|glucose",
		"#>=350 ~3 sugar|glucose|azucar|glucosa",
		"hypoglyc*|hipogluc*",
		"heart|corazon ~6 racing|pounding|skipping|acelerado|acelera|late|palpit*|flutter*|flip*",
		"palpitation*|palpitacion*",
	}},
	{kind: "fainting", urgency: UrgencyUrgent, notBefore: "almost|nearly|casi", patterns: []string{
		"faint*|desmay*", "passed|blacked ~1 out", "dizz*|lightheaded|mareo*|mareado*|mareada*|vertigo",
	}},
	{kind: "injury", urgency: UrgencyUrgent, patterns: []string{
		"fell|fall*|caida|cai|cayo|tripped|tropece|tropezo|landed ~~8 hit|head|cabeza|broke*|fractur*|walk|caminar|hip|cadera|hurt*|duele|swollen|swell*|hinch*",
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
	}, notBefore: "heart", notAfter: "claim|claims|lawyer|attorney|abogado|reclamo|report|records"},
}
