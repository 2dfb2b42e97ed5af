package triage

import "slices"

// hintedRules are dangers that the sixteenth session's independent sets
// (probe282: crises of the mind told indirectly; probe283: danger from
// another person now; probe285: emergencies inside errands) found told
// in ways no rule read: a child taken by a relative without custody, a
// driver high or drunk with a child in the car, voices telling a writer
// on a platform to step in front of the train, a whole bottle "gone
// down" with sleepiness, insulin stopped with confusion, a razor and the
// wrists, a rescue inhaler used every few minutes without relief; and
// (probe287: danger from others beyond a partner) a child threatened by a
// drunk adult, bleach poured in a drink, a woman dragged into a van, a
// coach coming tonight for a child told to keep it secret, a child's hand
// held on a stove, a worker locked in a cold room found purple.
var hintedRules = []rule{
	// A child taken now by someone without custody: "my ex-brother-in-law
	// just took my 6 year old from the front yard and drove off … He has
	// no custody".
	{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{
			"just ~1 took|grabbed|snatched ~~4 my|our ~~3 son|daughter|kid|child|baby|boy|girl|old|granddaughter|grandson",
			"grabbed|snatched ~~3 our|my ~~3 son|daughter|kid|child|baby|old",
			"se ~1 llevo|llevó|robo|robó ~2 a ~1 mi|nuestra|nuestro ~1 hijo|hija|niño|niña|bebe|bebé|nieto|nieta",
			// probe306: "my son just got grabbed at the park by a man",
			// "just picked up our daughter … without permission", "se
			// lo llevó de la guardería sin permiso".
			"my|our ~1 son|daughter|kid|child|baby|boy|girl ~~3 got|was|been ~1 grabbed|snatched|abducted|kidnapped",
			"picked ~1 up ~2 my|our|her|his ~1 son|daughter|kid|child|baby|boy|girl|granddaughter|grandson ~~10 without ~2 permission|consent", "se ~1 lo|la ~1 llevo|llevó ~~4 sin ~1 permiso",
		},
		"drove ~1 off|away", "no ~1 custody", "threatening ~2 to ~1 take", "no ~1 tiene ~2 custodia", "se ~1 fue ~2 en ~1 el|su ~1 carro|coche",
		"smelled ~2 like ~1 alcohol|booze", "olia|olía ~2 a ~1 alcohol",
		"doesnt|doesn't|dont|don't ~1 have ~1 custody", "never ~1 see ~1 her|him ~1 again", "volver ~1 a ~1 ver", "put ~2 him|her ~2 in ~~3 van|car|truck")},
	// A driver high or drunk with a child in the car now: "he's clearly
	// high, he's swerving all over the road … she's not even buckled".
	{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"swerving", "high|drunk|wasted|borracho|borracha|drogado|drogada ~~8 driving|drive|drove|manejando|maneja|manejar"},
		"not ~2 buckled", "car ~1 seat|seats", "with ~2 the|my|our ~1 kids|baby|daughter|son", "niños|ninos|bebe|bebé|hija|hijo ~~4 carro|coche|auto",
		"#1-12 ~1 yo|year|años", "following ~2 them|him|her")},
	// Voices that order a step in front of a train or traffic: "the
	// voices keep telling me to step in front of the train … I'm on the
	// platform".
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: []string{
		"voices|voice|voces|voz ~~8 step|walk|throw|jump|tirarme|aventarme|lanzarme ~~4 front|frente|train|tren|traffic|tracks|vias|vías",
		"signals|senales|señales|voices|voces ~~12 knife|knives|cuchillo|cuchillos|machete|machetes|gun|pistola",
		"sharpening|afilando ~~3 every|all|todos|each ~~3 knife|knives|cuchillos|machetes",
	}},
	// A whole bottle swallowed, told as gone: "the bottle of sertraline …
	// is empty now. all of it went down about 40 min ago … sleepy and my
	// heart is going fast".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"all ~2 of ~1 it|them ~2 went ~1 down", "bottle ~~6 is ~1 empty ~1 now", "se ~1 fue ~2 todo ~~3 frasco", "me ~1 tome|tomé ~1 todo ~2 el ~1 frasco"},
		"sleepy|drowsy|dizzy|somnolient*|mareado|mareada", "heart ~~3 fast|racing|pounding", "min|mins|minutes|minutos ~1 ago", "hace ~2 min|mins|minutos")},
	// Insulin stopped with confusion or vomiting: "God told her to fast
	// and stop her insulin … She's type 1 … she sounded confused".
	{kind: "diabetic_emergency", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"stop|stopped|stopping|quit ~~3 her|his|my|su|mi ~1 insulin|insulina", "dejo|dejó|dejar ~~3 la|su ~1 insulina",
			"insulina ~~6 se ~1 me|le ~1 acabo|acabó|termino|terminó", "se ~1 me|le ~1 acabo|acabó|termino|terminó ~~4 insulina", "ran ~1 out ~2 of ~2 insulin ~~6 days|ago", "hasnt|hasn't|not ~2 taken ~2 it|insulin ~2 in ~1 #2-9 ~1 days"},
		"confus*|confundid*", "repeating ~1 herself|himself", "vomit*|vomitando|throwing ~1 up", "cant|can't ~1 keep ~2 down", "breathing ~2 fast|deep|hard",
		"respiro|respira ~2 rapido|rápido",
		// probe307: "going to stop her insulin … skipped 2 days already
		// and her sugar is 480".
		"sugar|glucose|azucar|azúcar|glucosa ~2 is|was|of|at|de|en|esta|está ~1 #400-1500")},
	// A razor and the wrists: "I have a razor and I keep staring at my
	// wrists"; a plan told of someone ("a journal entry describing a plan
	// to hang himself … this Saturday"); cuts still bleeding and a wish to
	// go deeper.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"razor|blade|navaja|cuchilla ~~8 staring|mirando|looking|mirar ~~3 wrists|wrist|muñecas|muñeca",
		"plan|plans|planning|planned|plotting ~4 hang|shoot|drown|hurt|kill|harm ~1 himself|herself|myself|themself|themselves",
		"cuts|cut|cortes|cortadas ~~10 still ~1 bleeding|sangrando", "go|cut ~1 deeper ~~3 next ~1 time",
	}},
	// A rescue inhaler used every few minutes without relief: "been using
	// it every 15 min since last night and its not doing anything, I
	// can't walk to the bathroom without stopping".
	{kind: "breathing", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"every ~1 #5-30 ~1 min|mins|minutes|minutos", "cada ~1 #5-30 ~1 min|mins|minutos", "albuterol|inhaler|inhalador|nebulizer|neb ~~8 not ~2 doing|helping|working", "no ~1 me ~1 hace ~1 nada"},
		"albuterol|inhaler|inhalador|nebulizer|neb|puffer", "cant|can't ~1 walk ~~6 without ~1 stopping", "lips ~~3 tingly|blue|gray|grey", "cant|can't ~2 finish ~1 a ~1 sentence", "no ~1 puedo ~1 respirar")},
	// A child threatened by a drunk or high adult: "he's drunk and he
	// just told me on the phone he's gonna hurt him … my son is 5".
	{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"gonna|going ~2 hurt|beat|kill ~1 him|her", "gonna|going ~2 hurt|beat|kill ~1 the ~1 baby|kid", "will ~1 hurt|beat ~1 him|her", "will ~1 hurt|beat ~1 the ~1 baby|kid", "va ~1 a ~1 lastimar|golpear|pegarle ~2 al|a ~2 niño|niña|bebe|bebé"},
		"drunk|high|borracho|drogado|wasted", "son|daughter|hijo|hija ~2 is|tiene ~1 #1-12", "#1-12 ~1 yo|yr|year|años")},
	// A poison poured in a drink and drunk: "my roommate poured bleach in
	// my coffee. i drank some … throat is burning".
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"poured|put|echo|echó|puso ~~3 bleach|cloro|poison|veneno|antifreeze ~~4 my|mi ~1 coffee|drink|food|tea|cafe|café|bebida|comida|te|té"},
		"drank|drink|ate|sip|bebi|bebí|tome|tomé", "throat|garganta", "burning|arde|quema", "vomit*|vomitando|throwing ~1 up", "cant|can't ~1 swallow")},
	// Someone dragged away now: "a man is dragging a woman by her hair into
	// a white van".
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"dragging|dragged ~~6 by ~2 her|his|the ~1 hair|arm|neck", "arrastrando|arrastró ~~6 del|por ~2 el ~1 pelo|cabello|brazo",
		"dragging|dragged|forcing|forced ~~6 into ~2 a|the ~~2 van|car|truck", "metiendo|metieron|subiendo|subieron ~~6 a ~2 una|un|la|el ~~2 camioneta|carro|coche|van",
	}},
	// A child told to keep a night meeting with an adult secret: "the
	// coach … told him he'd pick him up at 11 … and not to tell us".
	{kind: "abuse", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"pick|picks|picking ~2 him|her ~1 up", "recoger|recogerlo|recogerla|pasar ~2 por ~1 el|ella"},
		"not ~1 to ~1 tell ~1 us|anyone|anybody|parents", "not ~1 to ~1 tell ~2 his|her|their ~1 parents|mom|dad|mother|father", "dont|don't ~1 tell ~2 your|his|her ~1 parents|mom|dad", "no ~1 le ~1 diga|digas|dijera ~2 a ~1 sus|tus|nadie")},
	// A child's hand held on a stove, an iron or a burner: "held his hand
	// on the stove last night. The burns are blistered".
	{kind: "abuse", urgency: UrgencyEmergency, idiom: "accident|accidentally|accidente|accidentalmente|querer", patterns: []string{
		"held|holding|pressed|put|puso|pusieron ~~4 hand|hands|arm|mano|manos|brazo ~~4 stove|burner|iron|estufa|plancha|hornilla|comal",
	}},
	// Purple or blue and not moving: "la vi … estaba morada y no se movía".
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{
		"morada|morado|purple|blue|azul|gray|grey ~~4 no ~1 se ~1 movia|movía|mueve", "morada|morado|purple|blue|azul|gray|grey ~~4 not ~1 moving",
	}},
	// A cut that will not stop bleeding, told across sentences: "I cut my
	// hand with the big knife. blood is coming out alot. it wont stop. the
	// towel is all red now" (read by chance as a knife "now" before a cut
	// with a knife was read as an accident).
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"cut|sliced|corte|corté|cortada ~~15 blood|sangre ~~10 wont|won't|cant|can't|doesnt|doesn't|no ~1 stop|para|parar",
		"towel|towels|toalla|toallas ~~3 all|soaked|full|empapada|llena ~2 red|blood|roja|sangre",
	}},
	// A wound with fever and chills: "Me corté con un cuchillo … roja
	// hasta el codo y tengo fiebre y escalofríos".
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: []string{
		"cut|corte|corté|cortada|herida|wound|bite|mordida|mordio|mordió ~~25 fever|fiebre|calentura ~~6 chills|escalofrios|escalofríos|shaking|temblando",
	}},
	// A cleaning liquid drunk, told loosely: "my baby 2 year drink the
	// blue liquid for clean toilet, she crying and mouth is red inside".
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: []string{
		"drink|drank|drinked|drunk|swallow|swallowed|tomo|tomó|bebio|bebió|bebe ~~6 liquid|liquido|líquido|stuff ~~2 for|para ~1 clean|cleaning|limpiar",
	}},
	// Stroke signs told in short broken phrases: "Not hold cup. Face
	// funny, feel, numb. Words worse than, than before. Since lunch."
	{kind: "stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"face ~2 funny|crooked|droopy|drooping|weird|numb", "not|cant|can't ~1 hold ~2 cup|fork|spoon|glass", "words ~2 worse|wrong|jumbled|mixed|slurred"},
		"face ~2 funny|crooked|droopy|drooping|weird", "words ~2 worse|wrong|jumbled|mixed|slurred", "arm|leg ~~3 weak|heavy|dead", "since ~1 lunch|breakfast|noon|dinner", "hard ~1 write|talk|speak")},
	// probe292, young people's own voice: a self-harm cut that will not stop
	// bleeding; a small child sucking a vape pod, then vomiting or
	// sleepy; a whole bottle and a bunch of Tylenol, the empty bottles
	// shown; clear fluid from an ear after a fall; a stepfather who came
	// into a teenager's room "again tonight".
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"not|isnt|isn't|wont|won't ~1 stopping|stop ~1 bleeding", "towel|towels|toalla ~1 is|are|esta|está ~1 soaked|empapada|empapado",
	}},
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder( // as nicotine is read elsewhere
		[]string{childWords + "|#1-5 ~~10 vape|vapes|pod|pods|juul|nicotine|nicotina|cartridge|cartucho"},
		"throwing ~1 up", "vomit*|vomitando", "sleepy|drowsy|somnolient*", "sweaty|sudando", "drooling|babeando")},
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"took|swallowed|tomo|tomó ~1 all ~2 her|his|my|the", "bunch|handful|monton|montón ~2 of|de ~1 tylenol|advil|motrin|ibuprofen|aspirin|paracetamol|acetaminophen|xanax"},
		"empty ~1 bottle|bottles|frascos|frasco", "bunch|handful ~2 of ~1 tylenol|advil|ibuprofen|aspirin|xanax", "dumped ~1 her|him", "broke ~1 up", "left ~1 her|him")},
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"clear ~1 stuff|fluid|liquid|liquido|líquido ~~6 ear|ears|nose|oido|oído|nariz"},
		"fell|fall|crash|crashed|helmet|hit|cayo|cayó|golpe|golpeo|golpeó", "falling ~1 asleep", "se ~1 duerme|queda ~1 dormido")},
	{kind: "abuse", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"came|comes|come|entro|entró|entra ~2 into|in|a ~2 my|mi ~1 room|cuarto ~~6 again|tonight|did|touched|otra|noche"},
		"scared|afraid ~3 go|going ~1 back", "im|i'm|tengo ~1 #10-17", "stepdad|stepfather|uncle|padrastro|tio|tío|cousin|primo")},
	// Pills forced on someone: "unos hombres en el trabajo me obligaron a
	// tomar unas pastillas, siento que me voy a desmayar", "my husband
	// made me swallow a handful of my lorazepam … my words are slow".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"obligaron|forced ~~3 tomar|take|swallow|drink|tragar ~~4 pastillas|pills|pastilla|something|algo|handful|lorazepam|xanax", "made ~1 me|her|him ~1 swallow|drink ~~4 pills|handful|something|lorazepam|xanax"},
		"desmayar|faint|sleepy|drowsy|dizzy|mareado|mareada|dormida|dormido", "no ~1 siento", "cant|can't ~1 feel", "words ~~3 slow|slurred", "numb")},
	// probe294, danger among migrant and Spanish-speaking families: a
	// person held for ransom or a "debt" ("no lo sueltan hasta que
	// paguemos la deuda … amarrado"); a girl sold or moved tonight; a
	// neck held against a wall; a gas smell with headaches and vomiting;
	// an oxygen tank running out behind changed locks.
	{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"kidnapped|secuestraron|secuestrado|secuestrada|levantaron", "no ~1 lo|la|los ~1 sueltan|suelta", "wont|won't ~1 let ~1 him|her ~1 go", "no ~2 me ~1 la|lo ~1 regresa", "taken ~2 by ~2 some|two|three ~1 guys|men"},
		"pay|paguemos|pague|paguen|mando|mande|mandar|ransom|rescate", "deuda|debt|owes|debe", "desaparecer", "amarrado|amarrada|tied ~1 up", "cut ~2 his|her ~1 finger", "cara ~2 hinchada", "by ~1 tonight|today")},
	{kind: "abuse", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"nos|me|la|lo ~1 mueve|mueven|lleva|llevan ~2 a ~1 otra ~1 ciudad", "selling|sell|sells ~2 her|me|him ~2 to ~1 men", "vende|venden ~2 a ~1 hombres",
			"makes|make|obliga|obligan ~2 her|me|him|a ~~3 men|hombres", "keeps ~2 her|me ~2 at ~2 a|the ~1 motel", "me|la|nos ~1 tiene|tienen ~2 en ~2 un|el ~1 motel", "estar ~1 con ~1 hombres", "go|ir ~1 with ~1 men"},
		"tonight|hoy|noche", "#10-17", "cant|can't ~1 leave", "no ~1 puedo ~1 salir|llamar|irme", "locks|cierra ~2 from ~1 outside", "por ~1 fuera", "deport*|deportan|ice|migra", "owes|debe|deuda|debt")},
	{kind: "strangulation", urgency: UrgencyEmergency, patterns: []string{
		"agarrada|agarrado|apretando ~~3 del ~1 cuello", "by ~2 the ~1 neck|throat ~~4 wall|pared", "by ~2 the ~1 neck|throat ~~4 wont|won't ~2 let ~1 go",
	}},
	{kind: "carbon_monoxide", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"gas ~1 smell|leak", "smell ~2 of ~1 gas", "olor ~2 a ~1 gas", "huele ~2 a ~1 gas"},
		"headache|headaches|dizzy|mareo|mareados|mareada|mareado", "throwing ~1 up", "vomit*|vomitando", "dolor ~2 de ~1 cabeza")},
	// A household ill at once, with a detector sounding, a heater or a
	// baby sick and sleepy (fresh372: "all of us have headaches today and
	// the baby keeps vomiting and is super sleepy, the detector in the
	// basement has been beeping").
	{kind: "carbon_monoxide", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"all ~2 of ~1 us|them ~~4 headache|headaches|dizzy", "everyone|everybody ~~4 headache|headaches|dizzy", "todos ~~6 dolor ~2 de ~1 cabeza", "todos ~~3 mareados"},
		"detector|alarm|alarma ~~4 beep*|chirp*|sonando|suena|pitando|pita", "detector|alarm|alarma ~2 going ~1 off", "heater|furnace|calentador|boiler|generator|generador|estufa",
		"vomit*|throwing ~1 up", "sleepy|drowsy|somnolient*")},
	// A detector sounding with someone passed out, unable to get up or a
	// pet that will not rise (fresh437: "the detector in the hall is
	// shrieking and my partner is passed out on the couch … my guide dog
	// won't get up").
	{kind: "carbon_monoxide", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"detector|alarm|alarma ~~4 beep*|chirp*|shriek*|screaming|sonando|suena|pitando|pita", "detector|alarm|alarma ~2 going ~1 off"},
		"passed ~1 out", "wont|won't|cant|can't ~2 wake|get ~1 up", "no ~2 despierta|reacciona", "dog|cat|perro|gato ~~4 wont|won't|not|cant|can't ~2 get ~1 up|moving|wake")},
	// Drink enough to poison: a bottle drunk, then cold and blue, sick in
	// sleep or not waking (fresh370: "drank most of a handle on a dare.
	// shes cold and kinda bluish and throwing up in her sleep").
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"drank|drunk|chugged ~~4 handle|fifth", "drank|drunk|chugged|bebio|bebió|tomo|tomó ~~4 bottle|botella ~2 of|de ~1 vodka|tequila|whiskey|rum|ron|liquor|licor|gin"},
		"cold ~~3 bluish|blue|gray|grey|pale", "bluish", "throwing ~1 up ~~4 sleep|asleep", "vomitando ~~4 dormid*", "cant|can't|wont|won't ~2 wake", "no ~2 despierta", "barely ~2 breathing")},
	{kind: "low_oxygen", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"oxygen|oxigeno|oxígeno ~~8 tank|tanque ~~4 almost|nearly|casi ~1 empty|vacio|vacío"},
		"changed ~1 the ~1 locks", "locked", "trapped|stuck|atrapada|atrapado", "barely", "cant|can't ~1 breathe", "no ~1 puedo ~1 respirar", "short ~1 of ~1 breath")},
	// A child touched at night by a relative, left with him tonight: "me
	// toca en las noches y hoy mi mama trabaja de noche … y me dejo con
	// el … estoy escondida en el closet".
	{kind: "abuse", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"tio|tío|padrastro|primo|abuelo|stepdad|uncle ~~16 me ~1 toca|tocaba|toco|tocó", "touches|touched ~1 me ~~6 night|nights|room"},
		"si ~1 le ~1 cuento", "if ~1 i ~1 tell", "tonight", "esta ~1 noche", "me ~1 dejo|dejó ~2 con ~1 el|él", "escondida|escondido|hiding", "#5-17 ~1 años|anos|years|yo")},
	// A person lying still and bleeding, seen through a door: "an older man
	// lying at the bottom of the stairs, not moving, blood pooled under his
	// head".
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{
		"lying|laying|tirado|tirada ~~8 not ~1 moving", "lying|laying|tirado|tirada ~~8 no ~1 se ~1 mueve", "bottom ~2 of ~2 the ~1 stairs ~~8 not ~1 moving|blood",
	}},
	// probe295: a supply taken or about to be: "took all the
	// hydroxychloroquine, around 40", "Acabo de tomarme los dos frascos",
	// "planning to take them all on Sunday".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"took ~1 all ~2 the|my ~~2 around|like|about ~1 #10-500", "tomarme|tome|tomé|tomó ~2 los|las ~1 dos|tres|#2-9 ~1 frascos|cajas|botes",
	}, mild: courseTaken},
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"planning|plan ~2 to ~1 take ~1 them ~1 all",
	}},
	// probe298-probe300: the last writers' emergencies no cue read: a
	// head kicked, then double vision or vomiting; an old man with
	// dementia not peeing, lips cracked, head barely held up; a power
	// chair's battery taken and someone stuck; "22 a day … I'm one of
	// today's"; gas opened and the smoke detector's battery pulled; a whole
	// pen of insulin or "every one of" the pills taken; a drive into the
	// river with the baby; a young baby with a sunken soft spot and no wet
	// diaper; a baby's mouth with a grandparent's pill, then sleepy; the
	// TV's messages to a new mother not to feed her baby.
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"kicked|punched|stomped|hit ~~4 in ~2 the ~1 head", "patearon|golpearon|pateo|pateó ~~4 cabeza"},
		"seeing ~1 double", "thrown|threw ~1 up", "vomit*|vomitando", "passed ~1 out", "confused|confundido|confundida")},
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"hasnt|hasn't ~1 peed", "no ~1 ha ~1 orinado|hecho ~1 pipi|pipí"},
		"lips ~~3 cracked|dry", "barely ~~4 hold ~2 his|her ~1 head", "mumbling", "skin ~1 and ~1 bones", "wont|won't ~1 let ~1 me", "limp", "sunken")},
	{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"took ~2 the ~1 battery ~~6 chair|wheelchair"},
		"stuck|trapped|atrapada|atrapado", "cant|can't ~1 move|get ~1 out", "since ~1 last ~1 night")},
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		[]string{"22 ~2 a ~1 day ~~8 one ~1 of ~1 todays|today's|them"},
		eitherOrder([]string{"opened|turned|left ~~4 gas ~~4 on|stove|oven"}, "battery ~~4 detector|alarm", "crew|firefighters|bomberos", "know ~1 the ~1 numbers"),
		eitherOrder([]string{"drive|driving|drove ~~3 into ~2 the ~1 river|lake|ocean|water|bay"}, "baby|kids|son|daughter", "finally ~1 rest", "left ~2 in ~2 the ~1 car", "with ~1 him|her"),
	)},
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"whole ~2 pen|vial ~2 of ~1 humalog|insulin|lantus|novolog|insulina", "took ~1 every ~1 one ~2 of",
		// Everything in the medicine cabinet, swallowed: "washed down
		// everything in the medicine cabinet with vodka"; after "took",
		// only what was in it ("took everything from the medicine cabinet
		// to the take-back day" is an errand).
		"swallowed|washed|downed|chugged ~1 everything ~~4 cabinet|drawer", "took ~1 everything ~1 in ~~3 cabinet|drawer",
		"im|i'm ~1 taking ~2 the ~1 whole ~1 bottle",
	}},
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"soft ~1 spot ~~4 sunken|sunk", "mollera ~~4 hundida"},
		"limp", "no ~1 wet|pee", "hasnt|hasn't ~2 had ~2 a ~1 wet", "wont|won't ~1 take ~2 the ~1 bottle", "barely ~2 opens|awake")},
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{childWords + "|month|months|meses ~~12 pill|pills|pastilla ~~6 mouth|boca"},
		"sleepy|pale|cold|floppy|limp|dormido|dormida|palido|pálido")},
	{kind: "postpartum_psychosis", urgency: UrgencyEmergency, patterns: []string{
		"tv|tele|television|televisión|voices|voces ~~8 baby|bebe|bebé ~~20 not ~1 feeding|feed", "protect ~2 her|him ~2 by ~2 not ~1 feeding",
	}},
	// A knife used on someone (a cut of one's own is read as an accident,
	// see cutOnAKnife): "my husband cut my arm with a knife".
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"cut|slashed ~2 my|her|his ~~2 arm|face|neck|hand|leg|back ~~3 with ~2 a|the|his|her ~1 knife|blade|razor|machete",
		"stabbed|apunalo|apuñaló|acuchillo|acuchilló ~2 me|her|him|my|a",
	}},
	// A whole strip or pack swallowed, then a sign: "Took the whole strip
	// of amitriptyline a bit ago and my heart's doing a funny flutter".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"took|swallowed ~2 the ~1 whole|entire ~~4 strip|box|pack|bottle|packet|blister",
			"ate ~2 the ~1 whole|entire ~~2 strip|box|bottle|packet|blister ~~6 pills|meds|tablets|medicine|medication"},
		"ago", "heart", "sleepy|drowsy|dizzy", "minutes|min|hour")},
	// probe303: a weapon held to someone's throat or head; a head gashed
	// by a blow, then confusion.
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"knife|cuchillo|blade|gun|pistol|pistola ~~4 to ~2 his|her|my|their|mr|mrs|su ~~2 throat|neck|head|cuello|cabeza",
		"going|gonna ~2 to ~1 shoot ~2 every|everyone|everybody|all",
	}},
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"gash|split ~~4 head|forehead|cabeza"},
		"doesnt|doesn't ~1 know ~1 where", "confused|confundido|confundida", "passed ~1 out", "vomit*|vomitando")},
	// probe305: a cut pressed on for half an hour and still coming
	// through; arms cut up with blood on the floor and a pale face; a
	// writer deciding whether to climb over a balcony's rail.
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"towel|cloth|gauze|rag|shirt|toalla ~~4 pressed|pressing|pressure|on ~~12 still ~~3 coming|soaking|seeping ~1 through"},
			"lot ~2 of ~1 blood", "pale", "#10-90 ~1 min|mins|minutes", "wont|won't ~1 stop"),
		eitherOrder([]string{"arms|wrists ~2 all ~1 cut ~1 up"}, "lot ~2 of ~1 blood", "blood ~~4 floor|everywhere|sink|tub"),
	)},
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder([]string{"decide|deciding ~~3 whether|if ~~2 to ~1 climb|jump|step ~1 over|off"}, "rail|railing|ledge|balcony|bridge|roof|edge"),
		// probe307: charcoal burning behind a locked door: "roommates door
		// is locked, she wont answer and i can smell something like
		// charcoal burning from under the door".
		eitherOrder([]string{"charcoal|carbon ~~4 burning|smell|smoke|grill"},
			"under ~2 the ~1 door", "taped|tape ~~3 door|doors|window|vent"),
	)},
	// probe310: a friend barely standing taken into a room by men and
	// locked in: "some older guys took my friend into a room and locked
	// it. she could barely stand".
	{kind: "sexual_assault", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"guys|men|man|boys|older ~~3 took|dragged|pulled|carried ~2 my|our ~1 friend|sister|daughter|cousin ~~3 into ~2 a|the ~1 room|bedroom|bathroom|car|van"},
		"locked ~1 it|the ~1 door", "barely ~1 stand|walk|awake|conscious", "wont|won't ~1 open", "passed ~1 out")},
	// probe309, probe312, probe313: the session's last writers. A plan
	// told plainly: "gonna jump off the parking garage tonight", "gonna
	// walk into traffic after my shift", a pistol cleaned and "thinking
	// about eating it", a garage door down and the engine.
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		[]string{
			"gonna|going|about|planning|plan ~~2 jump ~1 off|from ~~4 roof|bridge|building|garage|overpass|cliff|balcony|ledge|parking",
			"gonna|going|about|planning|plan ~~2 walk|step ~1 into ~~1 traffic",
			"cleaning ~~2 my|his ~1 gun|pistol|glock|revolver|1911 ~~8 eat|eating ~1 it", "thinking ~~3 eating|eat ~1 my|a|the ~1 gun|bullet|barrel|pistol",
			// "thanks for everything … i wont need it. bye" (a refill
			// given up, and a goodbye).
			"thx|thanks|thank ~~4 for ~1 everything ~~12 wont|won't ~1 need ~1 it|them ~~3 bye",
		},
		eitherOrder([]string{"sitting|sat|parked ~~4 garage|cochera ~~4 door|puerta ~~2 down|closed|shut|cerrada"},
			"starting|start|running|run ~2 the ~1 engine|car|truck|motor", "prender|encender ~2 el ~1 carro|coche|motor"),
		eitherOrder([]string{"tengo ~1 todo ~1 preparado|listo|planeado ~~2 esta ~1 noche"},
			"no ~1 voy ~1 a ~1 pasar ~1 por", "cancer|cáncer", "no ~1 sea ~1 una ~1 sorpresa"),
	)},
	// Pills taken: every pill in the cabinet, a dozen more, a fistful, most
	// of a bottle of a medicine, what was left, a sibling's, vodka with a
	// sedative, the lithium "all of it"; something taken behind a door.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{"took|swallowed ~~3 every ~1 pill|pills|tablet|tablets ~~4 cabinet|house|bottle|drawer|bathroom",
			// fresh326: "took a lot of Tylenol, she thinks about 2 of the
			// big bottles between Saturday and today".
			overdoseDrugs + " ~~8 #2-9|two|three|four|both ~2 big|whole|entire|large|full ~1 bottles|frascos|botes",
			"#2-9|two|three|four|both ~2 big|whole|entire|large|full ~1 bottles|frascos|botes ~2 of|de ~1 " + overdoseDrugs},
		eitherOrder([]string{"drank|took|swallowed ~~2 most|half|all|rest ~2 of ~2 a|the|my ~1 bottle ~2 of ~1 " + overdoseDrugs,
			"swallowed|took ~~3 what ~1 was ~1 left ~~4 bottle|pills|meds"},
			"ago", "min|mins|minutes|hour|hours", "bugs|seeing|hallucinat*|spinning|blurry|dizzy|sleepy"),
		eitherOrder([]string{"took ~2 my ~1 brothers|sisters|moms|dads|mom's|dad's|brother's|sister's ~~3 meds|pills|medicine|medication"},
			"unalive", "not ~1 joking|kidding ~1 this ~1 time"),
		eitherOrder([]string{"vodka|alcohol|beer|wine|whiskey|tequila|drinks ~~3 and|with|y|con ~1 " + sedativeNames},
			"a ~1 lot ~1 of ~1 both", "want ~~3 it ~1 all ~1 to ~1 stop"),
	)},
	// A dozen more after the first, a fistful, a whole supply "all of
	// it" (not "then 6 more hours", "a fistful over the day", "all of it
	// in one dose like Dr. Park said").
	{kind: "overdose", urgency: UrgencyEmergency, notNext: "hours|hour|hrs|minutes|mins|min|days|day|weeks|to|over|during|for|throughout|in|like|as|per|at", patterns: []string{
		"took ~~6 then ~1 like|about|around|another ~0 #6-200 ~0 more", "took ~~6 then ~0 #6-200 ~0 more",
		"took|swallowed ~2 a ~1 fistful|handful ~2 of ~1 " + overdoseDrugs,
		"took ~2 the|my|his|her ~1 " + overdoseDrugs + " ~~3 all ~0 of ~0 it|them",
	}},
	// Something taken behind a shut door: "ahorita me gritó que ya se tomó
	// algo y no me abre la puerta" (not "ya se tomó algo para el dolor").
	{kind: "overdose", urgency: UrgencyEmergency, notNext: "para|for", patterns: eitherOrder(
		[]string{"ya ~1 se ~1 tomo|tomó ~1 algo"},
		"no ~2 me ~1 abre ~2 la ~1 puerta", "no ~1 se|sé ~1 que|qué ~1 tomo|tomó")},
	// Cutting or burning now and wanting to go on: "in the bathroom at
	// work with a blade, already did my thigh and i want to keep going",
	// "burned myself w my lighter again … i cant stop", "keeps burning
	// her arm with a lighter … shes not stopping".
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{"blade|razor|cuchilla|navaja ~~6 already ~1 did|cut ~2 my ~1 thigh|arm|arms|wrist|wrists|leg|legs|stomach"},
		eitherOrder([]string{"me ~1 he|e ~1 quemado ~2 el|los|la ~1 brazo|brazos|piel|mano ~~3 mechero|encendedor|cigarro"},
			"hacerlo ~~3 en ~1 serio", "no ~1 puedo ~1 parar ~0 de ~1 pensar|quemarme|hacerlo", "a ~1 proposito|propósito"),
		eitherOrder([]string{"burned|burning|burn ~0 myself|herself|himself ~~3 lighter|cigarette", "keeps ~1 burning ~2 her|his|my ~1 arm|arms|skin|wrist|leg ~~3 lighter|cigarette",
			"se ~1 esta|está ~1 quemando ~2 el|la|los ~1 brazo|brazos|piel|mano ~~3 encendedor|cigarro"},
			"keep ~1 going|burning", "cant|can't ~1 stop", "not|isnt|isn't ~1 stopping", "no ~1 para", "right ~1 now"),
	)},
	// A heart attack told the Mexican way: "le aprieta aqui en medio como
	// si le pusieran una piedra encima, ya se le durmio el brazo izquierdo".
	{kind: "heart_attack", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"aprieta|apretando|piedra ~~6 pecho|encima|medio"},
		"brazo ~1 izquierdo ~~3 dormido|durmio|durmió|adormecido", "se ~1 le ~1 durmio|durmió ~2 el ~1 brazo", "sudado|sudando|sudoroso|sudorosa")},
	// A head struck on a blood thinner, then vomiting or drowsiness: "toma
	// Sintrom. Se ha caído … se ha dado en la cabeza y ahora está
	// vomitando y muy adormilado".
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"se ~1 ha|habia|había ~1 dado ~2 en ~2 la ~1 cabeza"},
		"adormilado|adormilada|somnoliento|somnolienta|vomitando")},
	// Cuts up an arm with blood on the floor (probe313).
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cuts ~~3 all ~1 up ~2 her|his ~1 arm|arms|wrist|wrists|legs"},
		"blood ~~4 floor|everywhere|sink|tub", "lot ~2 of ~1 blood")},
	// probe314: crises in the Spanish of many countries: pills scattered
	// on a teenager's floor and vomiting, sleeping pills "de más" with
	// eyes closing, a week's pills taken at once, a sip of the fumigating
	// liquid, a razor blade and "se corta más hondo", a car running in a
	// shut garage, the edge of a roof with the legs over, "pienso en
	// brincar" at the metro, the tracks "hoy sí voy".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{
			"tome|tomé|tomó ~0 todas ~0 las ~~4 semana|mes|frasco|caja ~~2 de ~0 una ~0 vez",
			"se ~1 tomo|tomó ~1 algo ~~12 pastillas ~~4 regadas|tiradas",
		},
		eitherOrder([]string{"tome|tomé ~~3 pastillas ~1 de ~1 dormir ~~2 de ~1 mas|más"},
			"ya ~1 no ~1 podia|podía ~1 mas|más", "se ~1 me ~1 cierran ~2 los ~1 ojos"),
	)},
	{kind: "poisoning", urgency: UrgencyEmergency, patterns: []string{
		"tome|tomé|tomó|bebi|bebí|bebio|bebió|trague|tragué|tragó ~3 liquido|líquido|veneno ~2 de|para ~1 fumigar",
		"tome|tomé|tomó|bebi|bebí|bebio|bebió|trague|tragué|tragó ~2 insecticida|plaguicida|raticida|matarratas",
	}},
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"se ~1 corta|cortara|cortará ~~2 mas|más ~1 hondo|profundo", "va ~1 a ~1 cortar ~~2 mas|más ~1 hondo|profundo"},
		"hojilla|navaja|cuchilla|blade|razor")},
	{kind: "carbon_monoxide", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"carro|coche|motor|car|engine|truck ~~2 prendido|encendido|running ~~4 garage|garaje|cochera"},
		"puerta|porton|portón ~1 cerrada|cerrado", "door ~~2 closed|shut|down", "duele ~2 la ~1 cabeza")},
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder([]string{"sentado|sentada|sitting ~~3 borde|orilla|edge|ledge ~~6 piernas|legs ~~3 fuera|afuera|over"},
			"azotea|techo|edificio|puente|terraza|roof|building|bridge"),
		eitherOrder([]string{"cada ~1 vez ~1 que ~1 pasa ~2 el ~1 tren|metro"}, "pienso ~1 en ~1 brincar|saltar|tirarme|aventarme|lanzarme"),
		[]string{"pienso ~1 en ~1 tirarme|aventarme|lanzarme ~~3 al|del|desde|a ~2 tren|metro|puente|vias|vías"},
		eitherOrder([]string{"me ~1 fui ~2 a ~2 las ~1 vias|vías ~~8 me ~1 regrese|regresé"}, "hoy ~1 si|sí ~1 voy", "caminando ~2 para|pa ~1 alla|allá"),
		eitherOrder([]string{"no ~1 quiere|quiero ~1 estar ~2 en ~2 este ~1 mundo"}, "encerro|encerró|encerrado|encerrada", "no ~2 me ~1 abre", "dios ~~2 lo|la|me ~1 perdone"),
	)},
	// probe315: emergencies inside errands: a week of lithium taken with
	// wine, three nitro in half an hour without relief, blood pumping
	// through towels, voices naming tonight.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"took|swallowed ~2 my|the ~1 whole ~1 week|weeks|month ~~2 of ~1 " + overdoseDrugs,
	}},
	{kind: "heart_attack", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"nitro|nitroglycerin|nitroglicerina|nitrostat"},
		"#3-9 ~~6 past ~2 half ~1 hour", "hasnt|hasn't ~2 let ~1 up", "left ~1 arm ~~3 lead|heavy|numb")},
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"pumping|spurting|squirting ~~2 blood", "blood ~~6 through ~1 #2-9 ~1 towels|rags",
	}},
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: []string{
		"voices|voces ~~4 saying|telling|say|tell|dicen ~~3 tonight|now",
	}},
	// probe307: someone found down by an empty bottle of pills: "on the
	// floor and theres an empty bottle of her zoloft next to her … only
	// kind of moans when i shake her".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"empty ~~2 bottle|bottles|frasco|frascos|blister ~~6 next|beside|junto"},
		"on ~2 the ~1 floor", "moans|moaning|groaning", "wont|won't ~1 wake", "shake ~1 her|him", "en ~1 el ~1 piso|suelo", "no ~1 despierta")},
	// A fresh set of crises of the mind and danger now, in Spanish and
	// English, the writer's own voice or a relative's: "me tomé todas
	// las que me quedaban como 20" and a racing heart, a teenager's empty
	// bottle of acetaminophen and vomiting, a razor and "no puedo
	// parar", a son on the roof who "ya no aguanta", a sister on an
	// overpass saying sorry, a belt on a little brother until he
	// bleeds, a child's head hit on a wall who cannot see right, a hose
	// on the exhaust.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"tome|tomé|tomó ~1 todas ~~4 quedaban|quedaba|sobraban|tenia|tenía ~~4 como ~1 #5-300", "took ~1 all ~~4 left|remaining ~~4 like|about|around ~1 #5-300",
			"took ~1 all ~1 my ~~2 like|about|around ~0 #5-300", "downed|chugged|swallowed ~~2 rest ~2 of ~~3 bottle|pack|box"},
		"mareada|mareado|mareo|dizzy", "corazon|corazón ~~3 rapido|rápido|acelerado", "heart ~~3 racing|pounding|fast",
		"vomit*|vomitando", "throwing ~1 up", "sleepy|drowsy|dormida|dormido|somnolient*"),
		// (not a course finished as told: "took all my antibiotics, about
		// 20 pills over 10 days as prescribed")
		mild: courseTaken},
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"encontre|encontré|encontramos|encontro|encontró|hay ~~4 frasco|bote|botella|caja|blister ~~4 vacio|vacío|vacia|vacía",
			"found|find|theres|there's|there ~~3 empty ~~2 bottle|bottles|box|pack|packet",
			"bottle|bottles|box|pack ~1 is|are|was ~1 empty ~~3 on|in|next|beside ~2 her|his|the ~1 bed|floor|room|nightstand"},
		"vomitando|vomita|vomito|vomitó|palida|pálida|palido|pálido|somnolient*|adormilad*", "no ~1 despierta",
		"vomiting|puking|pale|drowsy|groggy", "throwing ~1 up", "wont|won't ~1 wake")},
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"navaja|cuchilla|hojilla|gillette|razor|blade|blades"},
		"no ~1 puedo ~1 parar", "cant|can't|cannot ~1 stop", "ya ~1 me ~1 hice ~1 dos|tres|cuatro|varias|muchas|#2-50"),
		// (not "razor bumps … I can't stop getting ingrown hairs", "no
		// puedo parar de rascarme")
		notAfter: "getting|scratching|itching|rascarme|rascar|rascandome|afeitarme|shaving|breaking|sneezing|picking|pick|touching",
		mild:     "rasuro|rasurar|rasurarme|afeitar|afeito|afeitarme|shave|shaving|shaved|bumps"},
	// (A roof or a bridge is where people work and wait: "on the roof
	// fixing shingles … keeps saying sorry about missing Tuesday's
	// appointment", "sorry sorry, I'm on the bridge waiting for my
	// train". Only its edge, or a wish to jump, is the danger.)
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: eitherOrder(
		[]string{"esta|está|estan|están|subio|subió|parado|parada|sentado|sentada ~~3 cornisa|barandal|baranda|orilla|borde",
			"is|hes|he's|shes|she's|im|i'm|standing|sitting|climbed ~~2 on|onto|over ~~2 the|a|an ~~2 ledge|railing|rail|edge"},
		"ya ~1 no ~1 aguanta|aguanto", "keeps ~1 saying|texting|sending ~~2 sorry|goodbye|bye", "sorry ~1 sorry", "pidiendo ~1 perdon|perdón",
		"dice ~2 que ~1 se ~1 va ~1 a ~1 tirar|aventar|lanzar", "no ~1 quiere ~1 bajar ~~8 aguanta|perdon|perdón|adios|adiós")},
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: eitherOrder(
		[]string{"esta|está|estan|están|subio|subió|parado|parada|sentado|sentada ~~3 azotea|puente|techo",
			"is|hes|he's|shes|she's|im|i'm|standing|sitting|climbed ~~2 on|onto|up ~2 the|a|an ~1 roof|rooftop|bridge|overpass"},
		"dice ~2 que ~1 se ~1 va ~1 a ~1 tirar|aventar|lanzar", "no ~1 quiere ~1 bajar ~~8 aguanta|perdon|perdón|adios|adiós", "keeps ~1 saying|texting|sending ~~2 goodbye|bye",
		"perdon|perdón ~2 a ~1 todos", "sorry ~2 to ~1 everyone|everybody",
		"ya ~1 no ~1 aguanta|aguanto ~~6 no ~1 quiere ~1 bajar")},
	{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"esta|está|estan|están ~1 dando|pegando|golpeando ~~6 correa|cinturon|cinturón|cable|palo|chancla|manguera",
			"hitting|beating|whipping ~1 him|her|me ~~4 belt|cord|cable|stick|hose",
			"hitting|beating|whipping ~~2 brother|sister|son|daughter|kid|kids|child|boy|girl|mom|mother|wife|baby|grandma|grandpa|cousin|nephew|niece|stepson|stepdaughter ~~4 belt|cord|cable|stick|hose"},
		"no ~1 para", "wont|won't|doesnt|doesn't ~1 stop", "sangre|blood|bleeding|sangrando", "escondid*|escondia|escondía|hiding|hidden")},
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"hit|slammed|banged|smashed ~~3 head ~~3 wall|floor", "golpeo|golpeó|estrello|estrelló|pego|pegó ~~3 cabeza ~~3 pared|piso|suelo"},
		"cant|can't|cannot ~1 see ~1 right|straight|properly|good", "no ~1 ve ~1 bien", "seeing ~1 double", "ve ~1 doble"),
		notAfter: "up|close|without|readers|far|distance|print|glasses|lentes|lejos|cerca"},
	{kind: "carbon_monoxide", urgency: UrgencyEmergency, patterns: []string{
		"hose|tube|tubing|manguera|tubo ~~4 exhaust|tailpipe|escape|mofle|silenciador ~~6 window|cab|inside|ventana|adentro|dentro|cabina",
	}, notBefore: "cracked|broken|broke|leaking|leaky|new|nueva|replace|replaced|rompio|rompió|cambiar|cambiaron|rota|roto"},
	// Strangled until a faint or near one, told in a passing line: "me
	// apretó anoche hasta que casi me desmayo".
	{kind: "strangulation", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"ahorco|ahorcó|ahorcaba|estrangulo|estranguló ~~6 hasta ~1 que|q ~~3 desmay*|desmaye|desmayé",
		"apreto|apretó|apretaba ~~3 cuello|garganta ~~6 hasta ~1 que|q ~~3 desmay*|desmaye|desmayé",
		"choked|strangled ~1 me|her|him|my|his ~~6 until|till|til ~~3 passed|blacked|pass|black ~1 out",
		"squeezed ~2 my|her|his ~1 neck|throat ~~6 until|till|til ~~3 passed|blacked|pass|black ~1 out",
	}},
	// Inside an errand: a scald from a kettle or a pot, blisters across the
	// chest and the skin coming off.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: []string{
		"kettle|tetera|pot|olla|pan|sarten|sartén|stove|estufa ~~10 blister*|ampolla* ~~6 chest|face|pecho|cara|toda|todo|whole|all|big|large|huge|grandes|pierna|leg|legs|arm|arms|brazo|espalda|back|stomach|panza|belly",
		"spilled|poured|pulled|tipped|knocked|fell|cayo|cayó|tiro|tiró|volco|volcó|derramo|derramó ~~4 kettle|tetera|pot|olla ~~10 skin|piel ~5 peeling|peel*|off|pelando|despellej*|cayendo",
		"kettle|tetera|pot|olla ~2 tipped|spilled|fell|cayo|cayó|volco|volcó ~~10 skin|piel ~5 peeling|peel*|off|pelando|despellej*|cayendo",
		"oil|aceite|grease|grasa ~~6 face|cara|eye|eyes|ojo|ojos ~~8 blister*|ampolla*", "kettle|tetera|pot|olla|pan|sarten|sartén|oil|aceite ~~10 large|big|huge ~1 blister*",
	}, mild: "chiquita|chiquito|small|little|tiny|pequeña|pequeño|pequena|pequeno|minor"},
	// probe316: crises of older people, told by them and those around
	// them: the gas turned on and the windows shut; cuts in the wrists
	// made on purpose, bleeding.
	// (For heat in a cold snap it is for a clinician today: "turned on
	// the gas stove for heat and shut all the windows".)
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"turned|turn|switched ~1 on ~2 the ~1 gas ~~4 shut|closed|sealed ~2 all|the ~1 windows|doors|vents",
		"turned|switched ~2 the ~1 gas ~1 on ~~6 windows|doors|vents", "gas ~~6 taped ~~3 windows|doors|vents",
		"abri|abrí|abrio|abrió|abierto ~2 el ~1 gas ~~6 cerre|cerré|cerro|cerró|cerrado ~2 todas|las ~1 ventanas|puertas",
	}, mild: "heat|heater|furnace|cold|calentar|calor|frio|frío|calefaccion|calefacción|cook|cooking|cocinar"},
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cortes|cortadas|cortaduras|cuts ~~3 muñeca|muñecas|wrist|wrists"},
		"a ~1 proposito|propósito", "on ~1 purpose", "did ~1 it|them|this ~1 to ~1 herself|himself|myself")},
	// probe320: a heart attack told inside an errand without the chest
	// named: "the same crushing feeling right now driving home, sweaty
	// and nauseous".
	{kind: "chest_pain", urgency: UrgencyEmergency, patterns: []string{
		"crushing|squeezing|aplastante ~1 feeling|pressure|sensation|sensacion|sensación|presion|presión ~~10 sweaty|sweating|clammy|sudando|sudoroso|sudorosa|nause*|nauseas|náuseas|jaw|mandibula|mandíbula",
		"crushing|squeezing|aplastante ~1 feeling|pressure|sensation|sensacion|sensación|presion|presión ~~10 left ~1 arm", "crushing|squeezing|aplastante ~1 feeling|pressure|sensation ~~10 brazo ~1 izquierdo",
	}, mild: "tired|tiredness|cansancio|fatigue|exhaustion|guilt|culpa|stress|estres|estrés|anxiety|ansiedad|flashes|sofocos"},
	// probe319: crises of the mind in the Spanish of many countries: a
	// handful of pills told with a count in words and a regret; a
	// roommate locked in with a razor and blood under the door; all the
	// insulin injected on purpose; a marsh, a river or the next train; a
	// shot promised for Sunday; cuts still bleeding and the blade kept "para
	// seguir".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"tome|tomé|tomo|tomó|trague|tragué|trago|tragó ~~3 pastillas|pastillitas|pildoras|píldoras|tabletas|capsulas|cápsulas ~~8 todas|todititas|#8-300|diez|doce|quince|veinte|treinta|cuarenta|cincuenta",
			"tome|tomé|tomo|tomó|trague|tragué|trago|tragó ~~3 #8-300|diez|doce|quince|veinte|treinta|cuarenta|cincuenta ~2 pastillas|pastillitas|pildoras|píldoras|tabletas|capsulas|cápsulas|tylenol|paracetamol|acetaminofen|acetaminofén|ibuprofeno|advil|aspirinas|" + overdoseDrugs},
		"arrepenti|arrepentí|arrepentida|arrepentido|sueño|sueno|dormida|dormido|rara|raro|mareada|mareado|lengua|vomit*|vomitando|palida|pálida|palido|pálido|temblando|temblar",
		"a ~1 proposito|propósito", "ya ~1 no ~1 aguanto|aguanta", "pelie|peleé|pelee|pelié")},
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"pinchado|pinché|pinche|inyecte|inyecté|inyectado|puse|puesto ~~3 toda|todas ~2 la|las ~1 insulina|plumas|unidades ~~4 quedaba|quedaban|tenia|tenía|habia|había",
		// Pills against weevils in stored beans (aluminium phosphide)
		// swallowed: "se tomó las pastillas de curar el frijol".
		"tomo|tomó|tome|tomé|trago|tragó|trague|tragué ~~4 pastillas|pastilla ~~6 frijol|frijoles|gorgojo|fumigar|fosfuro|fosfamina|celphos",
		// A whole bottle and "not an accident" (probe316).
		"whole|entire ~1 bottle|strip|pack|box ~~8 wasnt|wasn't ~1 an ~1 accident",
	}},
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"encerro|encerró|encerrado|encerrada|locked ~~8 cuchilla|navaja|hojilla|razor|blade|cuchillo|knife"},
		"sangre|blood|bleeding|sangrando", "no ~1 contesta|responde|abre", "not ~1 answering|responding", "wont|won't ~1 answer|open")},
	{kind: "self_harm", urgency: UrgencyEmergency, patterns: []string{
		"sangre ~~4 debajo|abajo ~2 de ~2 la ~1 puerta", "blood ~~4 under ~2 the ~1 door",
		"navaja|cuchilla|hojilla|razor|blade ~~8 para ~1 seguir", "cortadas|cortes|cortaduras ~~3 frescas|frescos|recientes ~~8 sangran|sangrando|sangra|navaja|cuchilla",
	}},
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: eitherOrder(
		[]string{"meto|mete|meter|metere|meteré|metera|meterá ~~3 rio|río|mar|lago|pantano|presa|embalse|laguna|canal"},
		"hasta ~2 que ~2 no ~1 haga|toque ~1 pie|fondo", "cuide|cuiden ~~3 niños|ninos|hijos|hijas|cipotes|chamacos|nenes|chicos|patojos|pelados", "he ~1 decidido",
		"lo ~1 tengo|tiene ~1 clarisimo|clarísimo|claro")},
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"poner|tirar|aventar|echar ~~2 delante|enfrente|frente ~~3 tren|camion|camión|metro|trailer|tráiler", "poner|tirar|aventar|echar ~~2 delante|enfrente|frente ~~3 proximo|próximo ~~2 que ~1 pase",
		"se ~1 va|iba ~1 a ~1 dar ~1 un ~1 balazo|tiro|plomazo|escopetazo",
	}},
}
