package triage

import (
	"slices"
	"strconv"
)

// harmRules are overdoses and poisonings, suicidal thoughts and plans,
// and self-harm.
var harmRules = []rule{
	// A button battery gone missing where a small child plays, perhaps
	// swallowed (fresh330: "my 22 month old was playing with the car key
	// fob and the back is off now and I can't find the little round
	// battery anywhere. he seems totally fine"): an X-ray now, however
	// well the child seems.
	{kind: "battery_or_magnet", urgency: UrgencyEmergency, lasting: true, patterns: slices.Concat(
		joined(batteryMissing, " ~~30 ", smallChild), joined(smallChild, " ~~30 ", batteryMissing))},
	// Acetaminophen or iron taken by the handful (probe130): harmful however
	// well the person feels now, so it is read before the overdoses a
	// settled "I feel fine" may make urgent.
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"took|swallowed|tome|tomé|tomo|tomó|trague|tragué ~~4 #8-999 ~~6 tylenol|acetaminophen|paracetamol|acetaminofen|acetaminofén|excedrin|iron|hierro",
		"tylenol|acetaminophen|paracetamol|acetaminofen|acetaminofén|excedrin ~~4 #8-999 ~2 pills|tablets|pastillas|tabletas",
		"muchas|many|lots|bunch|handful|puñado|punado ~3 pastillas|pills|tablets|tabletas ~3 de|of ~2 paracetamol|tylenol|acetaminophen|acetaminofen|acetaminofén",
		// Counted after a day of doses: "like 20 pills gone".
		"tylenol|acetaminophen|paracetamol|acetaminofen|acetaminofén ~~20 #12-999 ~2 pills|tablets|pastillas ~2 gone|missing|faltan",
		"took|swallowed|tome|tomé|tomo|tomó|trague|tragué ~2 muchas|many|lots|bunch|handful|puñado|punado ~3 pastillas|pills|tablets|tabletas ~3 de|of ~2 paracetamol|tylenol|acetaminophen|acetaminofen|acetaminofén",
	}},
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"overdos*|sobredosis%|overdose%|overdosed%|overdoes",
		// Everything in the medicine cabinet, in Spanish: "me tragué todo
		// lo del botiquín" (the English is with the hinted rules).
		"trague|tragué|tragó|trago|tome|tomé|tomo|tomó ~~2 todo ~5 botiquin",
		"took|taken|swallowed|tome|tomo|tomado|trago ~3 too|2|to ~1 many|much", "ate|comio ~3 too|2|to ~1 many", // (not "ate too much birthday cake")
		"nene|nena|nino|nina|bebe|hijo|hija|kid|child|toddler|son|daughter ~~4 tomo|trago|comio|comido|tomado|tragado|took|ate|swallowed ~~8 pastillas|pastilla|pills|pill|medicina|medicamento*|tablets",
		"took|taken|swallowed|ate|tome|tomo|tomado|trago|comio ~3 whole|entire|todo|toda ~2 bottle|frasco|bote|caja|box|pack*",
		// Days of doses at once: "took a whole week of her pills from the
		// pill organizer", "se tomó las pastillas de toda la semana".
		"took|taken|swallowed|tome|tomo|tomado|trago|trague ~3 whole|entire|all|full|toda|todas|todos ~2 week*|month*|days|semana*|mes|dias ~2 of|de|worth ~3 pill*|pastilla*|meds|medicin*|medicamento*|pildora*|tablet*",
		"took|taken|swallowed|tome|tomo|tomado|trago|trague ~3 pill*|pastilla*|meds|medicin*|medicamento*|pildora*|tablet* ~2 de|for|of ~2 toda|todo|the|a|la|el|whole|entire ~1 semana|week|mes|month",
		"week*|semana*|month*|days ~1 worth ~2 of ~2 pill*|meds|medicin*|tablet* ~~6 took|taken|swallowed",
		"week*|semana*|month*|days ~1 worth ~2 of ~2 pill*|meds|medicin*|tablet* ~~6 at ~1 once",
		"took|taken|swallowed ~~6 week*|month*|days ~1 worth",
		"demasiad* ~2 pastilla*|pill*|medicamento*|medicina*|tylenol|pildora*",
		"took|taken|taking|tomando|swallowed|tomo|tome|trago ~3 all|todas ~5 pill*|pastilla*|tablet*",
		"ate|eaten|eating|comio|swallowed|got|found ~~5 gummies|gummy|edible*|gomita*|weed|marijuana|mota|cannabis|thc ~~12 sleepy|drowsy|dormid*|somnolient*|barely|wont|cant|open|floppy",
		"take|takes|taking|toma|tomar ~3 too ~1 many|much",
		"took|swallowed|tome|trague ~3 all|todas ~5 pill*|pastilla* ~~8 floaty|sleepy|drowsy|dizzy|weird|mareado|mareada|dormid*|hour|hours|hora|horas|ago|hace",
		"drank|drink|swallowed|ate|eaten|bebio|bebe|trago|trague|tomo|tome|comio|drinking|got ~6 bleach|cloro|lejia|lavandina|clorox|lye|soda|detergent*|antifreeze|anticongelante|chemical*|quimico*|veneno|poison*|batter*|pila*|pod|pods|cleaner|limpiador*|destapa*|gasolin*|pesticid*|insecticid*|raticid*|matarratas|nicotin*|mothball*|windshield|washer|limpiaparabrisas|methanol|metanol",
		"took|taken|swallowed|tome|trague ~2 bunch|handful|monton|punado ~1 of|de ~1 my|mis|her|his|their|su|sus",
		"took|tomo|swallowed|trago ~~15 on ~1 purpose", "took|tomo|swallowed|trago ~~15 proposito|adrede",
		"took|taken|swallowed|tome|trague|tomar|tomado|tomo ~2 #15-999",
		"took|taken|swallowed|tome|trague ~3 #>=8 ~3 pill*|pastilla*|tablet*|pildora*",
		// Eight or more of a sedative or an opioid (probe264: "took like
		// 12 of my xanax", "me tomé como 10 clonazepam").
		"took|taken|swallowed|tome|tomé|tomo|tomó|trague|tragué ~3 #>=8 ~3 " + sedativeNames,
		// The rest taken, or sedatives mixed with drink (probe273-274).
		"tome|tomé|took ~~3 las|los ~1 que ~1 quedaban|quedaba", "took ~~3 what ~1 was ~1 left",
		// A few pills too many, told lightly, with dizziness or vomiting
		// (probe277: "unas cuantas pastillas de más, nada grave jaja").
		"pastillas|pills ~1 de ~1 mas|más ~~12 mareado|mareada|vomit*|vomitar|dormid*",
		"few ~1 too ~1 many ~~12 dizzy|vomit*|throwing|sleepy|drowsy",
		// Insulin by the hundred units at once (probe272).
		"injected|inyecte|inyecté|took|shot|gave ~2 #50-999 ~1 units|unidades",
		"mezcle|mezclé|mixed|mezclando ~~8 " + sedativeNames + "|litio|lithium ~~8 ron|alcohol|vodka|tequila|cerveza|beer|wine|vino|botella|bottle|whiskey",
		"swallowed|took|taken|ate|trague|trago|tome|tomo|comi|comio ~4 bunch|handful|lot|lots|monton|punado|puno|varias|muchas ~3 pill*|pastilla*|tablet*|medicamento*|medicina*|pildora*",
		"frasco|bottle|bote|caja|box|blister|tira|plancha|strip|sheet|pack ~2 entero|entera|whole|entire",
		// (a bottle "complete" only when taken: "conté las del frasco y
		// están completas" counts them all there)
		"tomo|tomó|tome|tomé|took|swallowed|trago|tragó|trague|tragué ~~4 frasco|bottle|bote|caja|box|blister|tira|plancha ~2 completo|completa",
		"took|tome|trague|swallowed|taken ~2 all|todas ~3 ones|them|pills|pastillas",
		"took|taken|swallowed ~1 them ~1 all", "me ~1 las ~1 tome|trague ~1 todas",
		"all|todo|toda|todas ~2 the|my|mi|el|la|las|mis ~1 frasco|bottle|bote|caja|pastillas|pills",
		"swallowed|trago ~4 pill*|pastilla*|tablet*|medication|medicamento*",
		"poison*|envenen*|intoxic*",
		"drank|drink|bebio|bebió|tomo|tomó|swallowed|trago|tragó ~~12 smells|smelled|huele|olia ~2 like|a ~1 bleach|cloro|lejia|gasolina|gasoline|chemicals|quimicos",
		"took|drank|swallowed|tomo|tomó|bebio|bebió|trago|tragó|bebido|tomado ~3 liquido|liquid|product*|producto|solution|stuff ~2 de|para|for ~1 limpiar|limpieza|cleaning",
		"cleaning ~1 liquid|product|solution|stuff|fluid ~~6 drank|swallowed|ate|mouth|burn*",
		// A weedkiller drunk: "se tomó el líquido para matar la yerba, el gramoxone".
		"gramoxone|paraquat|herbicida*|herbicide*|glifosato|glyphosate|roundup|weedkiller",
		"weed|bug|rat|ant|roach ~1 killer|poison",
		"liquido|veneno|liquid|poison ~3 para|to ~1 matar|kill ~2 yerba|hierba|maleza|weeds|ratas|rats|cucarachas|bugs",
		"tomo|tomó|bebio|bebió|trago|tragó|comio|comió|drank|ate|swallowed|tomado|bebido ~~20 veneno|poison ~2 para|for ~1 ratas|rats|ratones|mice|cucarachas|roaches|hormigas|ants|tuzas|gophers",
		"drank|drink|swallowed|bebio|trago ~~6 cleaning ~1 liquid|product|solution|stuff|fluid",
		"how ~1 many|much ~3 took|ate|swallowed|tomo|trago|comio",
		"bottle|frasco|bote ~3 of|de ~1 oxycodone|oxy|percocet|vicodin|hydrocodone|fentanyl|morphine|methadone|xanax|pills|pastillas ~2 open|abierto|abierta",
		"sprayed|spraying|spray|pesticid*|fumig*|insecticid* ~~15 drool*|babea*|pupils|pupilas|twitch*|jumping|vomit*|sweating|sudando",
		"bit|bite|chewed|chewing|mordio|mordió|mordiendo|masticando|mastico|masticó ~6 pod|pods|capsula|capsulas|battery|batteries|pila|pilas",
		// A numbing cream or gel eaten by a child (lidocaine, benzocaine;
		// probe144: "got into my tattoo numbing cream and ate a bunch").
		"ate|eaten|eating|swallowed|licked|comio|comió|trago|tragó|lamio|lamió ~~8 numbing|anestesica|anestésica|lidocaine|lidocaina|lidocaína|benzocaine|benzocaina|emla",
		"numbing|anestesica|anestésica|lidocaine|lidocaina|lidocaína|benzocaine|benzocaina|emla ~~10 ate|eaten|swallowed|comio|comió|trago|tragó",
		// A medicine patch chewed or swallowed (fentanyl, nicotine).
		"chewed|chewing|chew|sucked|sucking|licked|swallowed|mordio|mordiendo|mastico|masticando|chupo|chupando|trago ~4 patch|patches|parche|parches",
		"insulin*|insulina|lantus|humalog|novolog|levemir|tresiba ~~8 twice|double|doble|mistake|error",
		"twice|doble ~~6 insulin*|insulina|lantus|humalog|novolog|levemir|tresiba",
		"double ~0 dose|dosed|dosis|shot|the|my|his|her|up|bolus ~~6 insulin*|insulina|lantus|humalog|novolog|levemir|tresiba",
		// The rest of a bottle taken: "I took the rest of the bottle of my
		// sleeping pills about an hour ago".
		"took|taken|swallowed|tome|trague|tomo ~3 rest ~2 of ~2 the|my|his|her ~1 bottle|pills|meds",
		"tome|trague|tomo ~3 resto ~2 del ~1 frasco",
		// fresh406: "I've already taken what was left of my last three
		// prescriptions"; "me estoy tomando las pastillas de la presión poco
		// a poco, ya van como treinta".
		"took|taken|swallowed ~2 what ~1 was ~1 left ~2 of", "tome|tomé|tomado ~2 lo ~1 que ~1 quedaba ~2 de",
		// fresh436: "saved up my gabapentin and seroquel for a while, took it
		// all about an hour ago".
		"saved|saving|stockpiled|stashed|guardando|juntando ~~12 took|taken|swallowed ~1 it|them ~1 all",
		"saved|saving|stockpiled|stashed|guardando|juntando ~~12 me ~1 las|los ~1 tome|tomé ~1 todas|todos",
		// fresh426: "then my insulin has a different purpose, all of it at
		// once tonight".
		"insulin|insulina ~~10 all ~2 of ~1 it|them ~2 at ~1 once", "insulina ~~10 toda ~2 de ~1 una ~1 vez",
		// fresh413: "ya mezclé el cloro con las pastillas y me lo estoy
		// tomando poco a poco".
		"mezcle|mezclé|mixed ~~4 cloro|bleach|lejia|lejía|lavandina ~~6 pastillas|pills|pastas",
		"cloro|bleach|lejia|lejía|lavandina ~~8 estoy ~1 tomando|bebiendo", "cloro|bleach|lejia|lejía|lavandina ~~8 drinking ~1 it",
		"tomando|tomandome|tomándome ~~6 pastillas ~~10 van|llevo ~2 como|unas|casi ~1 #10-200|veinte|treinta|cuarenta|cincuenta",
		"gave|give|giving|used|use|dimos|puse|pusimos|pusieron|aplicamos|aplique|inyectamos ~~4 narcan|naloxone|naloxona",
		"needle|aguja|jeringa|syringe ~~10 passed|unconscious|inconsciente|blue|azul|morad*|snoring|roncando",
		"passed ~1 out ~~10 blue|azul|morad*",
		"pill*|pastilla*|pildora*|tablet*|bottle|frasco|bote|medicin*|meds ~~8 dont|not|no ~2 know|sure|se ~1 how ~1 many|much",
		"pill*|pastilla*|pildora*|tablet*|bottle|frasco|bote|medicin*|meds ~~8 no ~1 se|sabemos|sabe|sabia ~1 cuant*",
		"no ~1 se|sabemos|sabe ~1 cuant* ~~4 pastilla*|pills|pildora*|tabletas|jarabe|syrup|frasco|medicina*|medicamento*|vitamina*",
		"tomo|tomó|bebio|bebió|trago|tragó|drank|swallowed|took ~~10 medio|half ~1 frasco|bote|botella|bottle",
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
	}, notBefore: "food|alimentaria|alimentos|comida|ivy|oak", idiom: overdoseIdioms,
		notAfter: "ivy|oak|alimentaria|alimentos|comida|control|center|time|long|tiempo|money|dinero|calls|times|veces|step*|pasos|photo*|fotos|" +
			"response|team|prevention|awareness|outreach", // "the overdose response team"
		notNext: "day*|dia*|min|mins|minute*|minuto*|hour*|hora*|week*|semana*|year*|ano*|month*|mes|meses|mg|ml|mcg|unit*|unidad*|pound*|lbs|kilo*|dollar*|dolar*|bucks|second*|segundo*|x|" +
			"kit|kits|box|training|class|prescription|receta"}, // "gave us a Narcan kit"
	// Naloxone given or looked for (not "naloxone training", nor handed
	// out or stocked: "Does your clinic hand out naloxone or know where I
	// could get it?", fresh395).
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"narcan|naloxone|naloxona ~~6 gave|give|giving|used|use|dimos|puse|pusimos|pusieron|aplicamos|somewhere|where|donde",
	}, idiom: overdoseIdioms + "|insert|leaflet|label|handout|instructions|prospecto|etiqueta|instrucciones", notBefore: "out|carry|carries|stock|stocks|sell|sells|about|sobre|reparten|venden", // "The insert in my naloxone kit says call 911 after giving it" (fresh445)
		notNext: "kit|kits|box|training|class|prescription|receta"},
	// Pills mixed with drink on purpose: "he mezclado una botella de vino
	// con los lorazepam, a propósito".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"mezcle|mezclé|mezclado|mezclo|mezcló|mezclando|mixed|mixing ~~20 proposito|adrede",
		"mixed|mixing ~~20 on ~1 purpose",
	}},
	// Everything of a named medicine, or most of a bottle, taken at once:
	// "took all my sertraline", "swallowed most of a bottle of tylenol".
	// Its own rule, so that a time after it ("an hour ago") does not end
	// the match as in the rule above; a regimen ("as prescribed", "this
	// week", "every night") does.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"took|taken|swallowed|tome|tomo|trague|trago ~3 all|todas|todos|toda|todo ~2 my|mis|mi|of|de|the|las|los|el|la ~1 " + overdoseDrugs,
		"took|taken|swallowed|tome|tomo|trague|trago|tomado ~~8 most|half|mitad ~3 bottle|frasco|bote|box|caja|pack|blister",
	}, idiom: overdoseIdioms,
		notAfter: "as|this|today|hoy|every|each|cada|like|como|prescribed|recetad*|per|for|para|before|after|antes|despues|with|con|in|en|on|daily|diario|nightly|morning|night|noche|manana"},
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, notAfter: "prevention|awareness|prevencion|support|apoyo|group|groups|grupo|grupos|walk|research|foot|pie|hair|pelo|cabello|" + // "I want to die my hair blue" (fresh437)
		"wishes|planning|directive|directives|arrangements|decisions|voluntades", // "shoot myself in the foot" (fresh357); "thinking about my end of life wishes" (fresh393)
		notBefore: "prevencion|prevention|awareness", // "un trabajo sobre prevención del suicidio"
		idiom: "verguenza|risa|aburrimiento|embarrassment|boredom|laughter|laughing|estudiando|estudiar|studying|parciales|exams|examenes|homework|tarea|" +
			"goodrx|discount|discounts|coupon|coupons|descuento|descuentos|cupon|cupones|" +
			"cruda|resaca|hangover|hungover|guayabo|" + // "Tengo una cruda horrible jajaja me quiero morir" (fresh417)
			"run|ran|running|sprints|drills", patterns: []string{ // "coach made us run suicides"
			"kill* ~2 myself|self", "kms", "matarme", "suicid*|suicidal%|suicide%|suicidio%",
			"shoot|hang|drown ~1 myself", "ahorcarme|dispararme|colgarme",
			"dont|doesnt|didnt ~2 want|wants|wanted|wanna ~2 be ~1 here|alive ~1 anymore",
			"dont|doesnt|didnt ~2 want|wants|wanted|wanna ~2 be ~1 here|alive ~1 no ~1 more",
			"cortar* ~3 venas", "corto|cortó|corte ~3 las ~1 venas|munecas",
			// (not "me dijo 'te voy a matar'", a threat to the writer)
			"me ~1 quiero|voy ~2 matar", "me ~1 yes|lo|ahora|hoy|mejor ~1 quiero|voy ~2 matar",
			"end|ending|take|taking|quitarme|quitarse|quitar ~2 my|own|mi|la|su ~1 life|vida",
			"me|se ~1 quito|quitare|quitaré|quitara|quitará ~1 la ~1 vida", // "este fin de semana me quito la vida"
			// A plan told in few words (probe129, ASL English): "Me plan
			// finish tonight, have gun in house".
			"plan|plans|planning ~3 finish|end|die|morir|matarme ~~10 tonight|today|now|gun|pills|rope|hoy|noche|pistola|pastillas",
			"end ~1 it all", "acabar ~1 con ~1 todo", "acabar ~1 con ~1 mi ~1 vida",
			// probe157 (English as a second language): "tonight I will
			// finish everything, the pills are ready".
			"tonight ~3 finish|end ~1 everything", "finish|end ~1 everything ~~4 tonight", "all ~2 his|her|my|the ~1 sleeping ~1 pill|pills",
			"want*|wanna|going|gonna|voy|quiero ~2 end|acabar ~1 it|con ~1 tonight|now|todo|all|ya",
			"point|sentido|razon ~3 living|vivir|live|vida",
			"want*|wanna|quiero|queria ~3 die|dead|morir*|muert*|desaparecer",
			"dont|no ~3 want|quiero ~3 live|living|vivir|viv*|alive",
			"doesnt|didnt ~3 want|wants|wanted ~3 live|living|alive ~1 anymore", "no ~3 quiere ~3 vivir|viv*",
			"dont|no ~2 want|wanna|quiero ~2 wake|despertar*",
			// A farewell for tomorrow, pills gathered to be taken, no wish
			// to live, someone else's plan (probe119, probe121): "I don't
			// think I'll be here tomorrow", "ya las junté todas … me las
			// voy a tomar", "no tengo ganas de vivir", "tiene todo listo
			// para matarse".
			"dont|don't ~1 think ~2 ill|i ~1 will|be ~1 here|around|alive ~2 tomorrow|manana",
			"dont|don't ~1 think ~2 ill|i ~1 will|be ~1 here|around|alive ~2 longer",
			"junte|junté|juntado|guarde|guardé|guardado ~3 todas|todos|pastillas|pills ~~15 me ~1 las|los ~1 voy ~1 a ~1 tomar|tragar",
			"no ~2 tengo|tiene ~1 ganas ~1 de ~1 vivir",
			"para ~1 matarse|suicidarse",
			// Farewells (probe132): "said sorry for everything" from a
			// bridge, "una carta de despedida", "I've made my peace with it
			// and I have a plan".
			"sorry ~2 for ~1 everything ~~20 bridge|puente",
			"bridge|puente ~~20 sorry ~2 for ~1 everything",
			"carta|nota ~2 de ~1 despedida ~~20 contesta|responde|aparece|llevo|llevó|encuentro|desaparecio|desapareció", "suicide ~1 letter|note",
			"made ~2 my ~1 peace ~~15 have ~1 a ~1 plan", "have ~1 a ~1 plan ~~15 made ~2 my ~1 peace",
			// A line pulled out to bleed (probe124): "thinking about pulling
			// my catheter out tonight and just letting it bleed".
			"pull*|pulling|sacar*|arrancar* ~3 catheter|cath|permcath|line|cateter|catéter|linea ~~10 bleed|desangr*|die|morir",
			"letting|let|dejar ~2 it|me ~1 bleed ~1 out",
			"just ~1 letting|let ~1 it ~1 bleed",
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
			// "la última vez que me ven", "mi última noche"; not "la
			// última vez me llegaron en inglés" (the last time).
			"ultima ~1 vez ~2 que ~3 ven|veas|vean|veran|veras|hablamos|hablen|escuchan|escuchas|escriba|escribo",
			"mi ~1 ultima ~1 noche|vez", "ultima ~1 noche ~2 de ~1 mi ~1 vida", "last ~1 night ~1 alive", "last ~1 night ~1 on ~1 earth",
			"saving|saved|stockpil*|hoard*|collecting|juntando|guardando|acumulando ~3 up ~2 my|mis|las|the|all|his|her|their|sus ~1 pill*|pastilla*|meds|medicin*|medicamento*|pildora*",
			"saving|saved|stockpil*|hoard*|collecting|juntando|guardando|acumulando ~2 my|mis|las|the|all|his|her|their|sus ~1 pill*|pastilla*|meds|medicin*|medicamento*|pildora*",
			"saved|saving|stockpil*|juntando|guardando ~~12 take|tomar ~2 them|all|todas|todos ~2 at ~1 once",
			// "I've got enough of my pills saved up"
			"enough ~2 of ~1 my ~1 pills|meds|medicine ~2 saved|stockpiled", "enough ~2 of ~1 my ~1 pills|meds|medicine ~2 put ~1 away",
			"planning|plan|planeo|pienso ~3 take|tomar|tomarme ~2 them|all|todas|todos ~~3 once|vez",
			// A farewell, then silence: "perdón por todo" and no answer.
			"perdon|perdona|perdonen|sorry ~2 por|for ~1 todo|everything ~~15 no ~1 contesta|responde|aparece|llego|regreso",
			"perdon|perdona|perdonen|sorry ~2 por|for ~1 todo|everything ~~15 not|isnt|wont|hasnt|stopped ~1 answering|responding|picking|home",
			"perdon|perdona|perdonen|sorry ~2 por|for ~1 todo|everything ~~15 missing|desaparecid*",
			"given|gave|giving ~1 away ~3 things|stuff|belongings|everything",
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
			"better ~1 off ~1 not ~1 existing", "better ~1 off ~1 without ~1 me|him|her|them", "would|d|theyd|youd|hed|shed ~2 be ~1 better ~1 without ~1 me", "everyone|everybody ~4 better ~1 without ~1 me", "estarian|estaria|estariamos ~1 mejor ~1 sin ~1 mi|el|ella", "better ~1 not ~1 to ~1 wake|be|exist|live", "rather ~1 not ~1 wake|exist|live", "mejor ~1 no ~1 existir|estar|vivir|despertar|despertarme",
			"going|gonna|wants|threaten*|says|said|texted ~4 hurt|kill|harm|shoot|hang ~1 himself|herself|themself|themselves",
			// "If I don't come home he will kill himself" (a past "killed
			// himself" is a death told, not a threat).
			"kill ~1 himself|herself|themself|themselves",
			"going|gonna|wants|threaten*|says|said|texted ~4 end|take ~1 his|her|their ~1 life",
			"texted|said|saying|says|sent|mando|dijo|dice ~3 goodbye|goodbyes|adios|despedida",
			"nobody|nadie ~3 miss|extranaria|echaria|extranar", "no ~1 one ~3 miss",
			"have|got|tengo|tiene|holding ~3 gun|pistol|pistola|arma ~4 out|ready|loaded|here|aqui|cargada|conmigo|head|cabeza",
			"se ~2 quiere|va ~2 matar|suicidar",
			"quiere|queria ~2 morir|morirse|matarse", "wants ~2 to ~1 die|kill",
			"gun|rifle|pistol|shotgun|escopeta|pistola|arma|revolver|revólver ~~6 loaded|cargada|cargado|cargue|cargué",
			"cargue|cargué|cargo|cargó ~2 la|el|mi|su ~1 escopeta|pistola|rifle|arma|revolver|revólver", // fresh413: "Ya cargué la escopeta … ya estoy en paz"
			// fresh431: "Quiero tener suficiente para que esta vez sí
			// funcione" (a tramadol refill).
			"para ~1 que ~1 esta ~1 vez ~1 si|sí ~1 funcione|resulte", "enough ~~6 this ~1 time ~~2 it ~1 works",
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
			// Youth slang for suicide: "unalive myself", "ctb" (catch the
			// bus), "self delete", "me quiero ir pa siempre".
			"unalive|unaliving|unalived ~1 myself|self|meself", "ctb", "sewerslide",
			"want*|wanna|gonna|going|planning|plan|plans|thinking|thought|thoughts ~3 unalive|unaliving",
			"self ~1 delete|deleting|deletion", "delete|deleting ~1 myself",
			"wanna ~1 disappear|vanish", "want* ~1 to ~1 disappear|vanish",
			"quiero|quisiera|queria|voy ~2 ir|irme ~3 pa ~1 siempre", "quiero|quisiera|queria|voy ~2 ir|irme ~1 para ~1 siempre",
			"quiero|quisiera|queria|voy ~2 ir|irme ~1 de ~1 aqui ~2 para ~1 siempre",
			"ir|irme|desaparecer|largarme ~2 de ~1 este ~1 mundo",
			// A farewell in passing: "I won't be around anymore".
			"i|im|ill ~2 wont|not|never ~2 be ~1 around ~1 anymore|longer",
			// Done, and goodbye to everyone: "im done. goodbye everyone ✌️".
			"im|am|estoy ~1 done ~~10 goodbye|bye|adios ~1 everyone|everybody|all|todos|world|mundo",
			"goodbye|bye|adios ~1 everyone|everybody|world|mundo ~~10 im|am|estoy ~1 done",
			// An end with a day: "I'm ending it this weekend" (not "ending
			// it with my boyfriend").
			"ending ~1 it ~1 tonight|tomorrow|today|soon|friday|saturday|sunday|hoy|manana",
			"ending ~1 it ~1 this ~1 weekend|week|friday|saturday|sunday|time",
		}},
	// "I'd rather just end it before then" (a threat of exposure, a debt):
	// an end chosen over what is coming; not "rather end it with my
	// physical therapist", a care ended.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{"rather ~2 end ~1 it|everything|myself"}, notNext: "with|between"},
	// Someone found hanging, cut down and barely breathing (probe349:
	// "encontré a mi primo colgado en el garaje, lo bajé y respira poquito").
	{kind: "suicidal", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"encontre|encontré|found ~~4 colgado|colgada|hanging|hanged"},
		"respira|breathing", "lo|la ~1 baje|bajé", "cut ~1 him|her ~1 down", "ambulancia|ambulance")},
	// A mix asked to be painless for tonight (review23: "does mixing my
	// dads oxy with vodka make it painless? asking for tonight").
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: eitherOrder(
		[]string{"mix|mixing|mezclar ~~8 painless", "mix|mixing|mezclar ~~8 sin ~1 dolor"},
		"tonight", "esta ~1 noche", "for ~1 good", "forever", "para ~1 siempre")},
	// An end set for after the day's school or work: "a note in his
	// backpack saying he's going to end it after school today"; not "going
	// to end it after school today with him", a relationship.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"going|gonna|planning|plans|plan ~2 end ~0 it ~0 after ~1 school|work|class|practice ~~2 today|tonight|tomorrow",
	}, notNext: "with|between"},
	// A farewell told in passing ("won't be around", "ya no voy a estar",
	// "hoy es el día", "ya lo decidí") around a means of dying made ready
	// or put away ("tengo la cuerda lista", "guardadas las pastillas"),
	// however lightly told ("jaja", "lol", "🙂").
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder(farewellSoon, meansReady, meansKept, pillsKept, meansChosen, meansHeld),
		// Two farewells: "ya no voy a estar, ya me despedí de todos".
		eitherOrder(goneSoon, "despedi|despidiendo ~2 de", "said ~2 goodbye|goodbyes|bye"),
		// A plan to take every pill: "planning to take all my pills
		// tonight lol".
		[]string{"plan|plans|planning|planned|want|wanna|quiero|pienso|planeo|planeando ~3 take|tomar|tomarme|swallow|tragar|tragarme ~3 all|todas|whole|entire ~3 pill*|pastilla*|bottle|frasco|meds ~~4 tonight|hoy|noche|once|vez|together|juntas",
			// "I'm going to take all of it tonight", of a bottle named before.
			"going|gonna|voy|va ~2 take|tomar|tomarme|swallow|tragarme ~2 all|todo|todas|todos ~2 of ~1 it|them ~~3 tonight|now|hoy|ahora|noche",
			// "tonight I'm going to take them all so I can finally sleep for good".
			"going|gonna ~2 take|swallow ~1 them|it ~1 all", "sleep ~2 for ~1 good",
			"me ~1 las|los ~1 voy ~2 a ~1 tomar ~1 todas|todos ~~3 hoy|noche|ahora",
			"noche|hoy|ahora ~~4 me ~1 las|los ~1 voy ~2 a ~1 tomar ~1 todas|todos"})},
	// Not able to keep oneself safe, or methods looked up and things made
	// ready: "I don't think I can keep myself safe".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"cant|cannot|dont|not ~~4 keep ~1 myself ~1 safe", "no ~~4 mantenerme ~1 a ~1 salvo|segura|seguro",
		"looking|looked|researching|searched|buscando|busque ~2 up ~1 methods|ways", "looking|looked|researching|searched|buscando|busque ~2 methods|ways|formas|maneras ~~4 die|kill|end|morir|matarme|suicid*",
	}},
	// A gun held: in the lap, at the head, in the mouth, "right now".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"gun|pistol|pistola|arma|revolver ~~4 lap|mouth|temple|regazo|boca|sien|piernas",
		"gun|pistol|pistola|arma|revolver ~~4 in ~1 my ~1 hand|hands ~~6 right ~1 now",
	}},
	// A young person's crisis in their own voice (fresh337): a cut that
	// will not stop or went too deep, a cord already tied, pills already
	// taken or a bottle finished, drink with pills.
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: []string{
		"did|cut|sliced ~2 my ~1 arm|arms|wrist|wrists|leg|legs|thigh|thighs ~~8 wont|won't|doesnt|doesn't|not|isnt|isn't ~2 stop|stopping",
		"cut ~1 deeper|too ~1 deep", "cut ~~3 deeper ~1 than",
	}},
	// A burn made on oneself that will not be stopped (fresh350: "Burned
	// my arm with the lighter again, its bubbling and white and I keep
	// going, can't make myself stop").
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"burn|burned|burnt|burning ~1 myself", "burn|burned|burnt|burning ~~3 my ~1 arm|arms|leg|legs|wrist|wrists|skin|thigh|thighs|hand|stomach",
			"quemo|quemé|queme|quemando ~~3 brazo|brazos|pierna|piernas|piel|muñeca|muñecas|mano"},
		"make ~1 myself ~1 stop", "cant|can't|cannot ~1 stop ~1 myself", "keep ~1 going", "no ~1 puedo ~1 parar|detenerme")},
	// Most of a supply swallowed (fresh350: "I swallowed most of my lithium
	// after the fight, like 30 maybe").
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"swallowed ~2 most|half|rest|all ~1 of ~2 my|the|her|his ~2 " + dangerousDrugs + "|" + overdoseDrugs + "|" + sedativeNames,
		"trague|tragué|trago|tragó ~3 toda|todas|todo|todos|mitad ~~3 " + dangerousDrugs + "|" + overdoseDrugs + "|" + sedativeNames,
	}},
	// A whole supply taken (fresh354: "Took all my prazosin and the
	// trazodone at 9").
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"took|taken|swallowed ~1 all ~2 my|of|the ~~4 " + dangerousDrugs + "|" + overdoseDrugs + "|" + sedativeNames,
	}, notNext: "as|this|every|each|daily|today|on|for|until|til|till|correctly|properly|like|before|after|with"}, // not "I took all my sertraline as prescribed this month"
	// Someone else's pills by the dozen, just now (fresh355: "swallowed the
	// rest of my roommates adderall + like 15 of her sleeping pills maybe
	// 20 min ago"); not "she has 15 of her sleeping pills left".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"#10-300 ~2 of ~2 her|his|my|the|their ~~2 sleeping|sleep|pain|anxiety|heart|seizure ~1 pills|meds|tablets",
		"swallowed|took ~2 the ~1 rest ~1 of ~~3 adderall|pills|meds|xanax|oxy|percocet|klonopin",
	}, notNext: "left|remaining|quedan|a|per|each|daily|every"},
	// Drink with opioids or sedatives under way (fresh358: "finish this
	// vodka + grandmas oxy … already halfway thru the bottle"); a bottle of
	// medicine drunk (review25: "drank a bottle of my dog's seizure medicine
	// with vodka"); a week of an organizer taken at once (fresh359).
	{kind: "overdose", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"vodka|whiskey|tequila|rum|alcohol|wine|beer ~~4 oxy|oxycodone|percocet|pills|" + sedativeNames, "oxy|oxycodone|percocet ~~4 vodka|whiskey|tequila|rum|alcohol|wine"},
			"already|halfway"), // (not "a beer or two on gabapentin? Doc started me on 300mg")
		[]string{"drank|took|swallowed ~2 a|the|half ~1 bottle ~1 of ~~4 medicine|meds|pills|medication|medicina",
			"took|taken|swallowed ~~3 whole ~1 week|weeks ~~3 from|of ~2 his|her|my|the ~~2 organizer|pillbox|box|pill"})},
	// A whole bottle gone through; something from under the sink drunk
	// (fresh362: "he went through the whole bottle of tylenol last night on
	// purpose", "drank something from under the kitchen sink about an hour
	// ago … throwing up and says her throat is burning").
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"went ~1 through ~2 the|a|his|her|my ~1 whole|entire ~1 bottle",
		"drank|drink|bebio|bebió|tomo|tomó|swallowed ~2 something|algo ~~4 under ~2 the|el ~~2 sink|fregadero|lavaplatos|lavabo",
	}},
	// A blade held to the skin and the cutting begun, or cuts made in a
	// bath (fresh355: "been holding the razor over my wrist for like an hour
	// and i already started. its not stopping", "i'm sitting in the bathtub
	// and i already made the cuts it's warm").
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"razor|blade|knife|cuchilla|navaja ~~3 wrist|wrists|arm|arms|muñeca|muñecas|brazo"},
			"already ~1 started", "not|isnt|isn't ~1 stopping", "wont|won't ~1 stop", "ya ~1 empece|empecé"),
		eitherOrder([]string{"made|did ~2 the|some ~1 cuts|cut", "made ~1 cuts", "already ~1 cut"}, "tub|bathtub|bath|tina|bañera|banera"))},
	// Something pushed into one's own line (fresh355: a nurse: "I know
	// exactly what I pushed into my own IV line ten minutes ago").
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"pushed|injected|put|ran ~~5 into|in ~2 my ~1 own ~1 iv|line|picc|port|vein",
	}},
	// A walk into water or traffic kept in mind (fresh352: "I keep
	// thinking about walking into the lake behind our house, it seems
	// peaceful").
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"thinking|thought|think ~2 about|of ~1 walking|driving|stepping|swimming|wading ~1 into|in ~~3 lake|river|sea|ocean|water|traffic|bay|canal|train|trains",
		"pienso|pensando ~2 en ~1 meterme|caminar|entrar|tirarme ~~3 lago|rio|río|mar|agua|trafico|tráfico|tren",
	}},
	// (Not "practicing knots for scouts and tied a rope to the closet rod,
	// the rod came down on her foot", review24.)
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"tied ~1 it|rope|cord|belt ~~4 rod|beam|ceiling|fan|closet|rafter|railing",
	}, idiom: "scouts|scout|knots|sailing|camping|macrame|hammock|swing|climbing|gym|pullup|pullups"},
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"#15-300 ~~2 " + overdoseDrugs + " ~~14 already ~1 took|taken|swallowed|tome|tomé",
		overdoseDrugs + " ~~8 finished ~2 the|my|a|his|her ~1 bottle", "finished ~2 the|my|a ~1 bottle ~~8 " + overdoseDrugs,
		"bottle|botella ~2 of|de ~1 vodka|whiskey|tequila|rum|wine|ron|vino ~~8 took|swallowed|tome|tomé|tomo|tomó ~~6 pills|pastillas|adderall|xanax|sleeping|" + sedativeNames,
	}},
	// A last message: "this is the last message I'll send", "tell my kids
	// I love them", with a cut or pills.
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"last ~1 message|text|mensaje", "tell ~2 my ~1 kids|children|son|daughter|wife|husband|mom|family ~~3 love", "diles ~2 que ~1 los|las ~1 quiero"},
		"cut|cortado|corte|corté ~2 deep|deeply|profundo|hondo", "lot|lots ~1 of ~1 blood", "mucha ~1 sangre", "pills|pastillas")},
	// A party drug, then a racing heart and a body overheating or
	// confused, however lightly told.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		partyDrugs + " ~~15 " + heartRacing + " ~~15 " + overheating,
		partyDrugs + " ~~15 " + overheating + " ~~15 " + heartRacing,
	}},
	// Tired of being alive, of living, of life; "tired of living with
	// this pain" or "in this flat" is a complaint (notAfter).
	{kind: "tired_of_living", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"tired|sick|cansad* ~2 of|de ~2 alive|vivo|viva", "tired ~1 of ~1 living|life", "cansad* ~1 de ~1 vivir", "cansad* ~1 de ~1 la ~1 vida",
	}, notAfter: "with|in|here|like|alone|under|paycheck|con|en|aqui|asi|sola|solo|sin"},
	// Not wanting to live, the pills gathered, a night set: "I have
	// collected all my sleeping tablets and tonight I will take them all".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"not|no|dont|don't ~2 want|wanting ~2 to ~1 live|alive",
		"take|tomar|tomarme ~2 them|las|todas ~1 all|todas ~~6 tonight|today|hoy|noche",
		"taking|take|swallowing|swallow ~2 all ~2 of ~1 them ~~6 tonight|today|now",
		"whole|entire|todo|toda ~1 bottle|frasco ~~15 going|gonna|voy|va ~2 to|a ~1 take|tomar|tomarme|tomarlo ~2 it|them|all|lo|las|todo ~~4 tonight|today|hoy|noche",
	}},
	// Pills gathered; not the leftovers of an operation kept to be thrown
	// away (review25: "Guardé las pastillas para el dolor que me sobraron de
	// la operación. ¿Dónde las puedo tirar sin peligro?").
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"collected|collecting|gathered|gathering|stockpiled|hoarded|hoarding|juntado|junte|junté|guarde|guardé ~4 pill*|tablet*|pastilla*|pildora*|sleeping",
	}, idiom: "sobraron|sobrantes|sobran|leftover|leftovers|expired|vencidas|caducadas|caducado|vencido|disposal|dispose|desechar|botarlas|tirarlas|tirar|takeback"},
	// A fall or a drive off a height thought of and not to be stopped:
	// "I keep thinking about driving off the top level … I don't think I
	// can stop myself tonight".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"thinking|think|thoughts|urge|urges|pensando|ganas ~4 driving|drive|jumping|jump|tirarme|aventarme|manejar ~3 off|from|desde|por ~2 the|el|la ~1 top|roof|bridge|edge|cliff|level|building|balcony|techo|puente|azotea|balcon",
		"dont|don't ~2 think ~2 i ~1 can ~1 stop ~1 myself", "no ~2 creo ~2 que ~1 pueda ~1 detenerme|pararme|controlarme",
	}},
	// A crash meant: "he's going to drive his car into the river
	// tonight", "va a estrellar el carro contra un árbol".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"going|gonna|voy|va|vas ~3 drive|crash|manejar|estrellar|tirar|aventar ~~4 car|truck|carro|coche|auto|camioneta ~~4 into|off|contra|al|del|por ~2 river|bridge|cliff|lake|wall|tree|rio|puente|barranco|lago|pared|arbol|acantilado",
	}},
	// Someone cut themselves and said goodbye or no longer answers.
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cut|cutting|hurt|hurting ~1 herself|himself|themself|themselves"},
		"goodbye|adios|adiós|bye", "not ~1 answering|responding", "no ~1 contesta|responde")},
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: []string{
		"self ~1 harm*", "autolesion*",
		"want*|wanna|going|gonna|thinking|urge*|thoughts ~4 hurt*|harm*|cut* ~1 myself",
		"munecas|muneca|wrists|wrist ~3 cortadas|cortada|cut|slit|slashed|sangrando|bleeding",
		// fresh344: "my wrists: 🩸🩸🩸 like actively rn. i cant make it stop".
		"munecas|muneca|wrists|wrist ~~2 blood|sangre ~~6 actively|rn|now|stop|parar|ahorita",
		"cortadas|cut|slit ~2 munecas|muneca|wrists|wrist",
		"cortarme|lastimarme|autolesionarme", "hacerme ~1 dano",
		"sigo ~1 cortando", "cortando ~2 otra ~1 vez",
		// probe144: "i cant stop cutting tonight … its deep".
		"cant|can't|cannot ~2 stop ~1 cutting", "no ~2 puedo ~2 dejar ~2 de ~1 cortarme",
	}, notAfter: "scars|scar|cicatrices|cicatriz"}, // (fresh344: "old self harm scars on my arms (years old, i'm good now)")
	// "He estado cortando": the writer's own; a child's told by a parent
	// ("se ha estado cortando los brazos … dice que no quiere hacerse
	// daño", fresh388, probe281) is a disclosure for a clinician today,
	// as "she's been cutting" is in English, unless other signs say more.
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: []string{"estado ~1 cortando"}, notBefore: "ha|han|has|habia|había"},
	{kind: "self_harm", urgency: UrgencyUrgent, patterns: []string{"ha|han|habia|había ~1 estado ~1 cortando"}},
	// A wish not to wake, with no plan told: a passive wish to die, for a
	// clinician today ("hopes she just doesn't wake up one of these
	// mornings", fresh424); a plan or a means makes it an emergency by
	// other rules.
	{kind: "suicidal", urgency: UrgencyUrgent, patterns: []string{
		"hope|hopes|hoping|wish|wishes|wished ~~4 doesnt|dont|wont|not|never ~2 wake ~1 up", "ojala|ojalá ~~4 no ~2 despertar|despierte|despertara",
	}},
	// "me quiero cortar otra vez", "me voy a cortar" (not the hair).
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: []string{
		"me ~1 quiero|voy|vuelvo ~2 cortar", "me ~1 estoy ~1 cortando",
	}, notAfter: "pelo|cabello|unas|flequillo|fleco|puntas|barba|melena|hair|nails|bangs"},
	// "I cut myself", but not by accident: "cut myself shaving",
	// "accidentally cut myself" (probe125); "on purpose" stays.
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: []string{
		"cutting|cut|hurting|harming ~0 myself", // (not "can't cut them myself anymore": toenails)
	}, notBefore: "accidentally|accidently|accidentalmente|accident|hard|harder|difficult|thick|thicker", // "my toenails are getting hard to cut myself", "too thick to cut myself anymore" (fresh424)
		notAfter: "shaving|cooking|chopping|slicing|gardening|opening|afeitando|cocinando|picando|accidentally|while|accident"},
}

// goneSoon are the ways an absence to come is told in passing: "I won't
// be around", "ya no voy a estar".
var goneSoon = []string{
	"wont|not|never ~2 be ~1 around|here|alive",
	"no ~2 voy|vaya|va ~1 a ~1 estar",
	// A doubt of being alive at all: "idk if ill even be around by then".
	"if ~3 even ~2 be ~1 around|here|alive",
	"si ~1 siquiera ~2 voy ~1 a ~1 estar",
}

// farewellSoon are the ways a farewell is told in passing: an absence to
// come, "today is the day", "ya lo decidí", goodbye notes written.
var farewellSoon = slices.Concat(goneSoon, []string{
	"decided|decidi|decidido|decidida", "made ~1 up ~2 my ~1 mind",
	"hoy|today|tonight ~1 es|is|s ~1 el|the ~1 dia|day|night|noche",
	"goodbye|adios|despedi*|despedida|notes|cartas",
	// Nothing matters any more, or an end after tonight: "doesnt
	// matter anymore", "ya nada importa", "I'm done after tonight".
	"doesnt|dont|wont ~1 matter ~2 anymore|now", "nothing ~1 matters ~1 anymore|now",
	"ya ~1 nada ~1 importa", "ya ~1 no ~1 importa ~1 nada",
	// Nothing left to go on with: "no puedo más", "can't go on".
	"no ~1 puedo ~1 mas", "cant ~1 go ~1 on",
	"done ~1 after ~1 tonight|today|hoy",
	// The act set for today: "hoy lo voy a hacer", "doing it tonight".
	"hoy|today|tonight ~2 lo ~1 voy ~1 a ~1 hacer", "lo ~1 voy ~1 a ~1 hacer ~1 hoy", "doing|do ~1 it ~1 tonight|today",
	"ya ~1 no ~1 aguanto ~1 nada",
})

// eitherOrder returns the patterns that find a phrase of a and one of b
// within pairGap words of each other, in either order (a cuePair reads
// the same with one pattern per phrase; use it for long lists).
func eitherOrder(a []string, b ...string) []string {
	gap := " ~~" + strconv.Itoa(pairGap) + " "
	var out []string
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+gap+y, y+gap+x)
		}
	}
	return out
}

// joined returns every pattern a+gap+b of a in as and b in bs: the way
// to follow a phrase of several words with another, since a phrase cannot
// stand inside a list of alternatives.
func joined(as []string, gap string, bs []string) []string {
	out := make([]string, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			out = append(out, a+gap+b)
		}
	}
	return out
}

// batteryMissing are a button battery that cannot be found; smallChild a
// child young enough to swallow it.
var (
	batteryMissing = eitherOrder([]string{"button|coin|round|watch|lithium ~~2 battery|batteries|pila|pilas|bateria|batería",
		"battery|batteries|pila|pilas|bateria|batería ~~6 fob|remote|control|watch|key|toy|juguete|reloj"},
		"cant|can't|cannot|couldnt|couldn't ~1 find", "missing|gone|falta|perdida|perdió|perdio", "no ~2 encuentro|encontramos|aparece")
	smallChild = []string{"toddler|baby|bebe|bebé|nene|nena|niño|niña|son|daughter|kid|hijo|hija", "#6-48 ~1 month|months|mo|meses", "#1-4 ~1 year|yr|yo|años|anos"}
)
