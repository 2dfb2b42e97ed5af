package triage

// Word lists of the rules that join several signs.
const (
	// A diabetic low: confusion with sweat or shakes (glucose).
	// A blood thinner, by name or class.
	thinnerWords    = "eliquis|xarelto|warfarin*|warfarina|coumadin|sintrom|pradaxa|apixaban|rivaroxaban|dabigatran|thinner|thinners|anticoagul*|inr"
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
		"hives|ronchas|allerg*|alergi*|peanut*|cacahuate*|cacahuete*|mani|nut|nuts|nuez|nueces|shellfish|mariscos|shrimp|camaron*|egg|eggs|huevo|huevos"
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
	lightsSeen = "spots|stars|flashes|flashing|lights|sparkles|sparks|zigzag|zigzags|sparkly|shimmery|shimmering|puntos|lucecitas|lucesitas|luces|estrellitas|destellos|chispas|manchas"
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
	vomitWords = "vomit*|vomitando|vomito|vomita|throwing|threw|puking|puked|emesis"
	// A fever or a temperature named.
	feverWords = "fever*|feverish|fiebre|temp|temperature|temperatura|calentura|thermometer|termometro"
	// Insulin by its brand names.
	insulinBrands = "lantus|humalog|novolog|levemir|tresiba|basaglar|toujeo|humulin|novolin|admelog|fiasp|lyumjev"
	// thinnersAndSeizureEs are blood thinners after a stent or a clot, and
	// anti-seizure medicines by their Spanish names.
	thinnersAndSeizureEs = "clopidogrel|plavix|brilinta|ticagrelor|prasugrel|effient|apixaban|rivaroxaban|dabigatran|pradaxa|coumadin|warfarina|carbamazepina|fenitoina|lamotrigina|levetiracetam|valproato"
	// criticalMeds are medicines a few days without which are for a
	// clinician today: insulin, rescue inhalers, anti-seizure medicines,
	// blood thinners and antiplatelets, transplant and steroid medicines,
	// and antipsychotics that must not stop.
	criticalMeds = "inhaler*|inhalador|" + criticalMedsNoInhaler
	// criticalMedsNoInhaler are criticalMeds but the rescue inhaler,
	// which writers ask to refill ahead ("ya casi se acaba, estoy bien").
	criticalMedsNoInhaler = "insulin*|insulina|seizure|epilep*|anticonvuls*|antiepilep*|keppra|lamotrigine|lamictal|depakote|dilantin|phenytoin|tegretol|carbamazepine|thinner*|anticoagul*|warfarin|eliquis|xarelto|tacrolimus|prednisone|seroquel|lithium|litio|clozapine|clozapina|" + thinnersAndSeizureEs + "|" + insulinBrands
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
	// An oxygen saturation, and the words that read it as the present one.
	satWords = "oximeter|oximetro|ox|sats|sat|saturacion|saturation|spo2|o2|oxygen|oxigeno"
	satRead  = readAs + "|are|son|estan|to|a|around|about|like|de|del|al|only|solo|apenas|down|dropped|dropping|bajo|baja|says|dice|read|reading|the|los|las|in|of|hasta|today|hoy|now|tonight|percent|was|be|been|stays|keeps|sigue"
	// Breathing fast or shallow, and the skin or mind of shock.
	fastBreathing = "breathing|breath|breathes|respira|respirando|respiracion ~3 fast|rapid*|shallow|rapido|rapida|rapidito|agitad*|superficial|cortita"
	shockSkin     = "clammy|mottled|blotchy|moteada|pegajos*|sudoros*|confus*|confundid*|disoriented|desorientad*|ido|ida|lethargic|letargic*"
	// A birth in the past weeks.
	postpartumWords = "luz|birth|delivered|delivery|postpartum|posparto|parto|cesarea|csection|parir|pari"
	// A farewell told in passing, and a means of dying made ready (see
	// the suicidal rule): each alone is a plan away from ordinary ("I
	// won't be around after June", "the rope is ready for the tent"),
	// together a plan however lightly told.
	meansReady = "cuerda|soga|rope|noose|lazo|pistola|gun|arma ~3 lista|listo|ready|preparad*|prepared|atad*|tied|colgad*|hung|cargada|loaded"
	meansKept  = "guardad*|escondid*|juntad*|stashed|hidden|hid|saved|junte|guarde|escondi ~3 las|mis|the|my|his|her|sus|unas ~1 pastilla*|pills|pastis|meds|pildora*|oxy*|xanax"
	pillsKept  = "pastilla*|pills|pastis|meds|pildora* ~2 guardad*|escondid*|juntad*|listas|ready|stashed|hidden|saved|contadas|counted|alineadas|lined"
	meansHeld  = "tengo|have|got|bought|compre ~2 la|una|a|the|mi|my ~1 cuerda|soga|rope|noose"
	// A place to die chosen: "already picked the bridge".
	meansChosen = "picked|chose|chosen|found|elegi|escogi|encontre ~3 bridge|puente|building|edificio|rope|cuerda|soga"
	// Party drugs, and a heart racing with a body overheating after
	// them (see the overdose rules).
	partyDrugs  = "molly|mdma|ecstasy|extasis|xtc|tacha|tachas|cocaine|cocaina|perico|meth|tusi|ketamine|ketamina|lsd|shrooms"
	heartRacing = "heart|corazon ~3 racing|pounding|beating|acelerad*|latiendo|palpitando|mil|rapidisimo|rapidísimo"
	overheating = "hot|overheat*|overheating|burning|caliente|hirviendo|ardiendo|confus*|confundid*|sweating|sudando"
	// A testicle in slang, on one side ("my left ball", "el huevo
	// derecho"; see the testicular rule).
	oneBall   = "left|right|one ~0 ball|nut|nad|testicle|teste|huevo"
	oneBallEs = "huevo|huevito|bola|bolita|teste|testiculo|gueva ~1 izquierdo|derecho|izquierda|derecha"
	// A positive pregnancy test ("positive test", "salió positiva la
	// prueba", "hpt came back positive"); not "positive covid test".
	positiveTest   = "positive|positivo|positiva ~0 test|prueba|pregnancy|embarazo|hpt"
	positiveTestEs = "positiva|positivo ~0 la|el|mi ~0 prueba|test"
	testPositive   = "pregnancy|embarazo|hpt ~4 positive|positivo|positiva"
	testPositiveAt = "test|prueba ~0 positive|positivo|positiva"
	// A period late or missed: a pregnancy not yet tested.
	periodLate   = "period|regla|menstruacion ~3 late|atrasad*|retrasad*"
	periodMissed = "missed|late ~2 period|regla"
	oneSide      = "side|lado|costado|lower|abajo"
	ectopicSign  = "shoulder|hombro|faint*|passed|desmay*|mare*|dizz*|blacked|collapsed"
)

// jokeWords make a threat to hurt someone a figure of speech: "I'll kill
// my brother if he eats my leftovers lol".
const jokeWords = "lol|lmao|haha*|jaja*|jk|kidding|joking|bromeando|broma|leftovers|sobras"

// Words and medicines of the overdose rules.
const (
	// courseTaken make "took all … about 20" a course of treatment
	// finished as told: "took all my antibiotics, about 20 pills over 10
	// days as prescribed".
	courseTaken = "prescrib*|direct*|recetado|receto|indicado|indico|course|curso|tratamiento|taper|antibiotic|antibiotics|antibiotico|antibioticos"
	// overdoseIdioms make an overdose a figure of speech ("overdosed on
	// netflix lol").
	overdoseIdioms = "lol|lmao|jaja*|haha*|jk|kidding|netflix|binge*|studying|homework|tarea|series|serie|documentary|documental|movie|pelicula|podcast|episode|episodio|telenovela|" +
		"brew|coffee|coffees|cafe|espresso|lattes|latte|" + // "overdosed on cold brew for finals (5 cups??)" (fresh430); not caffeine pills
		"training|entrenamiento|curso|course|taller|" + // "do you offer naloxone training?"
		"hungover|hangover|cruda|resaca|crudo|wedding|boda|bachelorette" // "took way too many shots at my cousins wedding, hungover af"
	// overdoseDrugs are medicines people take all of at once:
	// antidepressants, sleeping pills, sedatives, pain killers, by
	// generic and brand names.
	// sedativeNames are the sedatives and opioids of which a handful
	// slows the breath.
	sedativeNames = "xanax|alprazolam|klonopin|clonazepam|rivotril|valium|diazepam|ativan|lorazepam|ambien|zolpidem|seroquel|quetiapine|quetiapina|" +
		"oxy|oxycodone|oxicodona|percocet|norco|vicodin|hydrocodone|tramadol|trazodone|trazodona|benadryl|gabapentin|gabapentina"
	overdoseDrugs = "sertraline|sertralina|zoloft|fluoxetine|fluoxetina|prozac|citalopram|escitalopram|lexapro|paroxetine|paroxetina|paxil|" +
		"venlafaxine|venlafaxina|effexor|bupropion|wellbutrin|trazodone|trazodona|mirtazapine|mirtazapina|amitriptyline|amitriptilina|" +
		"quetiapine|quetiapina|seroquel|olanzapine|olanzapina|lorazepam|ativan|orfidal|alprazolam|xanax|trankimazin|lexatin|tranxilium|clonazepam|klonopin|rivotril|diazepam|valium|" +
		"zolpidem|ambien|tylenol|acetaminophen|paracetamol|advil|motrin|ibuprofen|ibuprofeno|benadryl|diphenhydramine|gabapentin|gabapentina|" +
		"tramadol|oxycodone|oxicodona|oxy|oxys|oxies|oxycontin|hydrocodone|norco|percocet|vicodin|dilaudid|morphine|morfina|methadone|metadona|melatonin|melatonina|" +
		// Heart, malaria and immune medicines a handful of which kills
		// (probe146, probe148): "took all of my metoprolol and my
		// klonopin", "all of my prednisone and the plaquenil bottle".
		"metoprolol|propranolol|atenolol|carvedilol|amlodipine|amlodipino|diltiazem|verapamil|digoxin|digoxina|lithium|litio|" +
		"hydroxychloroquine|hidroxicloroquina|plaquenil|chloroquine|cloroquina|prednisone|prednisona|methotrexate|metotrexato"
)
