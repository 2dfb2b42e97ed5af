package triage

import "slices"

// safetyRules read danger from another person, told now and often told
// indirectly because the abuser may be near (found in probe96, written
// independently: 0.50 at first run): a request for the police, someone
// locked in or not let go, a weapon out, a strangling now or its signs, a
// threat with its hour, a child or an old person in danger, a code word, a
// papers taken from a girl.
var safetyRules = []rule{
	// The clinic asked to send the police: "pls send police to 418 Birch
	// Ln", "llamen a la policía a la calle Robles".
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"send|call|get|llamen|llame|manden|mande|mandar|llamar ~3 police|policia|cops|patrulla", // not "call 911 if" on a leaflet
	}, notBefore: "if|si|should|debo|would|when|cuando", notNext: "if|si|when|cuando|whenever"}, // (fresh340: "has to call police if I mention my ex-husband hit me?")
	// Held: locked in, tied up, not let go, the phone or papers taken.
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"locked ~2 me|her|him|us|them ~2 in|inside", "locked ~1 in ~2 the|a ~1 basement|room|closet|bathroom|garage|house",
		"tied ~1 up", "tiene|tienen|tengo ~1 encerrada|encerrado|amarrada|amarrado|encerrados",
		// Hiding from someone, afraid: "estamos encerradas en el baño,
		// tengo miedo", "we're locked in the bathroom, I'm scared".
		"encerrad*|escondid* ~~4 bano|cuarto|closet|recamara|habitacion ~~15 miedo|asustad*",
		"miedo|asustad* ~~15 encerrad*|escondid* ~~4 bano|cuarto|closet|recamara|habitacion",
		"hiding|locked ~~4 bathroom|closet|bedroom|room ~~15 scared|afraid|terrified",
		"scared|afraid|terrified ~~15 hiding|locked ~~4 bathroom|closet|bedroom|room",
		"encerrada|encerrado|amarrada|amarrado ~~4 desde|since|hace",
		"wont|doesnt|won't|not ~2 let ~2 me|her|him|us ~0 leave|go", // not "won't let me fill out the form"
		"wont|doesnt|won't|not ~2 let ~2 me|her|him|us ~0 out ~1 of ~2 the|this|our|my|his|her ~1 house|room|apartment|car|basement|bedroom|home",
		"no ~1 me|la|lo|nos ~1 deja|dejan ~1 salir|irme|irse", // not "no lo dejan ir a la escuela"
		"kept ~2 me|her|him ~~3 in ~1 the ~1 house", "locks ~2 her|his|my ~1 door|room ~~3 outside",
		"took|quito|quitó|quitaron ~2 my|mi|her|su|sus ~1 passport|pasaporte|papeles|documents",
	}},
	// Not let out, but by a child or a pet (probe310: "my toddler won't
	// let me out of his sight").
	{kind: "violence", urgency: UrgencyEmergency, notBefore: "toddler|baby|dog|puppy|cat|bebe|perro", patterns: []string{
		"wont|doesnt|won't|not ~2 let ~2 me|her|him|us ~0 out",
	}},
	// A weapon out now: "he has the shotgun out", "él tiene el arma en la
	// mano", "loading his pistol right now".
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"knife|cuchillo|gun|pistol|pistola|arma|shotgun|rifle|revolver|revólver|handgun|escopeta|bate|machete ~~6 out|loaded|loading|cargando|mano|hand|pointing|apuntando|waving|now|ahora|ahorita",
		"loading|cargando ~2 his|the|a|her|el|la|su ~1 pistol|gun|rifle|shotgun|pistola|arma",
		"hit|golpeo|golpeó|pego|pegó|beat ~2 me|her|him ~~4 with ~2 a|the|el|un|una ~1 bat|bate|pipe|hammer|martillo|tubo",
	}},
	// A bat out, unless it is the animal: "the bat flew out the window".
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"bat ~~6 out|hand|pointing|waving|now",
	}, idiom: "flew|flying|flies|fly|wings|rabies|nursery|attic|chimney|caught|catch|window"},
	// A strangling now, or its signs after: hands around the throat, then
	// a swelling neck or hard breathing, a faint, a cough that will not stop.
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"hands ~2 around|round ~2 my|her|his ~1 throat|neck",
		// fresh374: "has his hands around a lady's throat".
		"hands ~2 around|round ~2 a|the ~1 ladys|lady's|womans|woman's|girls|girl's|mans|man's|guys|guy's|kids|kid's ~1 throat|neck", "ahorcando|estrangulando|strangling ~2 a|my|mi|her",
		// (Someone choked, not someone who choked on a grape.)
		"choked|strangled ~0 me|her|him|my ~~25 pass|passed|dizzy|mareada|cough*|tos|swelling|swollen|hinchad*|harder|breathe|respirar|peed|orine",
		"being ~1 choked|strangled ~~25 pass|passed|dizzy|cough*|swelling|swollen|harder|breathe|peed",
		"ahorco|ahorcó|estrangulo|estranguló ~~25 mareada|mareado|tos|hinchad*|respirar|orine|desmaye|desmayé",
	}},
	// A threat with its hour, or to shoot everyone: "he's gonna beat me
	// worse than last time", "he'll shoot all of us".
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"gonna|going|va|will|ll ~2 beat|kill|shoot|matar|pegar|golpear ~~4 me|us|all|todos|nos ~~10 min|minutes|minutos|tonight|hoy|ahorita|home|casa|worse",
		"shoot|matar ~2 all|todos ~1 of ~1 us", "nos ~1 va ~1 a ~1 matar ~1 a ~1 todos",
	}},
	// In danger now, or the code word agreed: "estoy en peligro", "Nurse
	// Kim said to send that word if it got bad. its bad".
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"estoy|im|i'm|am ~1 en|in ~1 peligro|danger",
		"word|palabra ~~10 if|si ~~6 bad|danger|peligro",
	}},
	// Followed and the follower at the door, inside, at the window now.
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"following|follow|followed|sigue|siguiendo ~~15 outside|afuera|standing|inside|dentro|window|ventana|door|puerta ~~6 now|ahora|ahorita|right|trying|tratando",
	}},
	// A child hit then limp or drowsy, finger marks on the neck, left
	// outside in the cold or tied in the heat.
	{kind: "abuse", urgency: UrgencyEmergency, patterns: []string{
		"bruises|bruising|moretones|marcas ~~4 like|como|de ~1 fingers|dedos ~~6 neck|cuello",
		// (Limp is read by itself: "hes just limp". A pattern reaching it
		// across "isnt crying" would read that "isnt" as a denial.)
		"hitting|hit|shaking|shook|golpeando|sacudiendo ~2 the|el|la|my|mi ~1 baby|bebe|bebé|child|niño|nino ~~20 not|isnt|no ~2 crying|llora",
		"kid|child|niño|nino|niña|nina|girl|boy|baby|bebe|toddler ~~25 outside|porch|afuera|patio|amarrado|amarrada|tied ~~25 degrees|grados|freezing|calor|frio|heat|cold|hot",
		"scream*|grit* ~~10 dragged|arrastro|arrastró|pulled|jalo", "note ~~4 says|dice ~1 help|ayuda",
	}},
	// An old person found on the floor in urine, unfed, shut in.
	{kind: "abuse", urgency: UrgencyEmergency, patterns: []string{
		"floor|piso|suelo ~~6 urine|orina|pee|poop|heces|popo",
	}},
	// Pushed down the stairs and not moving; an arm bent wrong.
	{kind: "trauma", urgency: UrgencyEmergency, patterns: []string{
		"pushed|fell|fall|cayo|cayó|empujo|empujó ~~10 isnt|not|no ~2 moving|responding|responde",
		"pushed|fell|fall|cayo|cayó|empujo|empujó ~~10 no ~1 se ~1 mueve",
		"bent|chueco|chueca|doblado|doblada ~1 wrong|weird|backwards|raro|mal",
		"slammed|smashed|stomped|azoto|azotó|estrello|estrelló ~3 my|her|his|mi|su ~1 head|cabeza",
	}},
	// The fifteenth session's set of violence at home (probe263): the one
	// feared back with the children there ("he's back. i'm scared. the
	// kids are here"); a follower, or one under a restraining order,
	// outside, at the window, coming in; a gun and "on my way", or a
	// killing promised "si lo dejo"; someone beaten in the next room now;
	// a call asked for under a cover with the keys taken; a scream, a
	// thud, then silence.
	{kind: "violence", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"hes|he's ~1 back ~~6 scared|afraid|terrified", "he ~1 is ~1 back ~~6 scared|afraid|terrified", "ya ~1 volvio|volvió|regreso|regresó ~~6 tengo ~1 miedo"},
			"kids|children|baby|ninos|niños|hijos|bebe|bebé ~2 are|estan|están ~1 here|home|aqui|aquí|conmigo", "hiding|escondid*", "locked|encerrad*"),
		eitherOrder(intruderNear, "restraining|protective ~1 order", "orden ~2 de ~1 alejamiento|restriccion|restricción|proteccion|protección",
			"following|stalking|stalker|stalks|sigue|siguiendo|acosa|acosando"),
		eitherOrder([]string{weaponWords + "|shotgun|escopeta"}, "on ~1 my|his|her ~1 way", "en ~1 camino", "nobody ~2 gets ~2 to ~1 have ~1 you", "nadie ~2 te ~1 va ~1 a ~1 tener"),
		eitherOrder([]string{"say|pretend ~3 youre|you're|ur|you ~2 the|from ~1 pharmacy|school|dentist|bank", "diga|digan|di ~3 que ~3 la|el ~1 farmacia|escuela|banco"},
			"took|takes|quito|quitó ~2 my|mis|mi|the|las|el ~1 keys|phone|llaves|telefono|teléfono|celular", "not ~1 leaving", "not ~1 going ~1 anywhere", "no ~2 me ~1 deja|dejan ~1 salir|ir|irme"),
		eitherOrder([]string{"screaming|scream|screams|gritos|gritando|gritaba"},
			"thud|golpe|golpazo|crash|bang ~~15 silent|silence|quiet|silencio|callado|nada", "not ~1 answering ~2 the ~1 door", "no ~2 abre ~2 la ~1 puerta"),
		[]string{
			"mata|matar|matará|matara ~~6 si ~2 lo|la|le|los ~1 dejo|dejé|deje|dejamos", "kill ~~6 if ~2 i|we ~1 leave|left ~1 him|her|them",
			"nos ~1 mata|matará|matara ~2 a ~1 todos",
			"is|are|keeps ~1 beating|hitting|choking|strangling|punching|kicking ~1 her|him|my|mom|mum ~~6 right ~1 now",
			"is|are ~1 beating|hitting|choking|strangling|punching|kicking ~1 her|him|my|mom|mum ~~15 hiding|hide|escondid*",
			"le ~1 esta|está ~1 pegando|golpeando ~~6 ahorita|ahora",
		},
	)},
	// A pregnant belly kicked or punched; a jaw broken by a blow; a cut
	// head, then drowsy or confused.
	{kind: "trauma", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"cut|gash|herida|cortada ~~3 on|en ~2 his|her|the|la|su ~1 head|cabeza"},
			"drowsy|somnolient*|confused|confundid*", "not ~1 making ~1 sense", "no ~2 tiene ~1 sentido"),
		eitherOrder([]string{"embarazada|pregnant", "#4-9 ~1 meses|months ~1 de|of ~1 embarazo", "#20-42 ~1 wks|weeks|semanas"},
			"kicked|punched|pateo|pateó|patada|patadas|punetazo|puñetazo|golpeo|golpeó|pego|pegó ~~4 belly|stomach|panza|barriga|estomago|estómago|vientre|abdomen"),
		eitherOrder([]string{"jaw|mandibula|mandíbula|quijada ~~4 broken|broke|fractur*|dislocat*|rota|roto|quebrada|zafada|zafo|zafó"},
			"punched|hit|kicked|golpe|golpeo|golpeó|pego|pegó|punetazo|puñetazo", "cant|can't ~2 close|open ~2 my|mouth", "no ~2 puedo ~2 cerrar|abrir ~2 la ~1 boca",
			"teeth|dientes ~2 dont|don't|no ~2 line|encajan|cierran"),
	)},
	// A baby too young to roll with a bruise on the ear, the cheek or the
	// neck; a child's round burns, as of a cigarette; a baby shaken; a
	// child hurt and afraid to go home (probe265).
	{kind: "abuse", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"moretones|bruises|bruising|burn|burns|quemadura|quemaduras|marks|marcas|welts|cortes|cuts"},
			"afraid|scared|terrified ~~6 go ~1 home", "begging ~2 not ~2 to ~1 go ~1 home", "begging ~2 not ~2 to ~1 go", "miedo ~2 de ~1 irse|ir",
			"doesnt|doesn't|no ~2 want|quiere ~2 to ~1 go ~1 home", "no ~2 quiere ~2 volver|regresar ~2 a ~1 su ~1 casa"),
		eitherOrder([]string{"bruise|bruises|bruising|bruised|moreton|moretón|moretones|morado ~~6 ear|ears|oreja|orejas|cheek|mejilla|neck|cuello"},
			"#1-4 ~1 month|months|mes|meses ~1 old|de", "newborn|recien|recién ~1 nacido|nacida", "#1-12 ~1 week|weeks|semana|semanas ~1 old|de"),
		eitherOrder([]string{"quemaduras|quemadura|burns|burn ~~6 cigarro|cigarros|cigarette|cigarettes|cigarrillo|cigarrillos"},
			"niño|nino|niña|nina|hijo|hija|child|son|daughter|kid|toddler|baby|bebe|bebé|boy|girl|alumno|alumna|student|estudiante"),
	)},
}

// A baby shaken: an emergency however long ago it is told, and whoever
// admitted it.
var shakenRules = []rule{
	{kind: "abuse", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"shook|shaken|shaking|sacudio|sacudió|sacudiendo|zarandeo|zarandeó ~2 the|al|a|el|her|his|my ~1 baby|bebe|bebé",
		// "shook our 4 month old because she wouldn't stop crying"
		"shook|shaken|sacudio|sacudió|zarandeo|zarandeó ~~3 #1-24 ~1 month|months|week|weeks|mes|meses ~1 old",
		"bebe|bebé|baby ~~6 lo|la ~1 sacudio|sacudió|zarandeo|zarandeó",
	}},
}

// A baby felt no more after a blow or a push in pregnancy: "me empujó
// contra la pared hace una hora, tengo 7 meses … ya no siento que el bebé
// se mueva".
var fetalStillRules = []rule{
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"ya ~1 no ~1 siento ~~4 mueva|mueve|moverse|moviendo|patadas", "no ~1 siento ~~4 bebe|bebé ~~2 mueva|mueve|moverse|moviendo",
			"cant|can't|dont|don't ~1 feel ~~3 baby ~~2 move|moving|kick*"},
		"empujo|empujó|pushed|shoved|kicked|patada|golpeo|golpeó|fell|cai|caí|cayo|cayó")}, // (reduced movements alone: see conditionRules)
}

// intruderNear are one feared at the house now: outside, at the window,
// trying to come in.
var intruderNear = []string{
	"trying ~2 to ~1 get ~1 in|inside", "tratando|intentando ~3 abrir|entrar|meterse", "va ~1 a ~1 entrar",
	"walking|coming ~2 up ~2 to ~2 my|the ~1 door", "outside ~2 my|the ~1 house|door|window|apartment", "afuera ~2 de ~1 mi ~1 casa",
	"looking ~2 in ~2 the|my ~1 window", "in ~1 my ~1 backyard|yard", "me ~2 esta|está ~1 viendo|vigilando",
}
