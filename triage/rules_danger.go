package triage

import "slices"

// dangerRules read danger from a person, and a crisis of the mind told
// as a leave-taking, by kinds of cue that meet in one message rather than
// by whole phrases: the fifteenth session's second writers on violence at
// home (probe265: 28 of 50 at first run) and on crises told indirectly
// (probe267: 33 of 50) missed what rules written for the first writers'
// phrases held, each writer telling the same danger in words of their
// own. A nurse hears the danger in two cues together: the feared person
// near now and a threat, a weapon, a voice that cannot speak or a call
// for help; a leave-taking and a means at hand, an hour set or someone
// who no longer answers. Any one cue alone is ordinary ("he's here",
// "tonight", "a gun"); the readings of each match (a date long past, a
// denial, a question) still apply.
var dangerRules = []rule{
	{kind: "violence", urgency: UrgencyEmergency, idiom: jokeWords, patterns: slices.Concat(
		// (Near, only a call to 911: "he's outside in the car, could you
		// send someone with a wheelchair?" is no danger.)
		eitherOrder(slices.Concat(dangerNear, dangerHunting), slices.Concat(dangerThreat, dangerArmed, dangerSilenced, call911)...),
		eitherOrder(dangerHunting, slices.Concat(dangerHurt, protectionOrder)...),
		eitherOrder(dangerThreat, slices.Concat(dangerArmed, dangerSilenced, dangerHelp)...),
		// Held for work: papers kept, never let out, hit, to be moved.
		eitherOrder([]string{"has|keeps|kept|tiene|took|quito|quitó ~2 her|my|his|their|su|sus|mi|mis ~1 passport|passports|pasaporte|pasaportes|papeles|documents"},
			"never|not ~1 allowed ~2 out", "no ~2 la|lo|me|nos ~1 deja|dejan ~1 salir", "hit ~1 her|me|him", "le|me ~1 pego|pegó",
			"sending ~2 her|me|him ~2 somewhere", "tonight|esta ~1 noche"),
		eitherOrder(dangerSilenced, dangerHelp...),
		eitherOrder(dangerNoise, "glass ~1 breaking", "vidrios ~1 rotos", "stop|para|basta ~~3 screaming|yelling|gritando|gritos",
			"silent|silence|silencio", "no ~2 se ~1 escucha|oye ~1 nada", "not ~1 answering", "no ~2 contesta|abre"),
	)},
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: slices.Concat(
		eitherOrder(leaveTaking, slices.Concat(meansNear, endSoon, unreachable)...),
		eitherOrder(meansNear, slices.Concat(endSoon, unreachable)...),
		eitherOrder(affairsClosed, affairsClosed...),
	)},
	// An old person left alone: lips cracked dry with a confusion or
	// unable to stand.
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"lips|labios ~~3 cracked|dry|secos|partidos|resecos"},
		"confused|confundid*", "barely ~2 stand|walk", "no ~2 se ~1 puede ~1 parar", "no ~1 food|comida")},
	// A mania or a delusion that takes the children to heaven at speed.
	{kind: "psychosis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"heaven|cielo ~~6 together|juntos|all|todos", "going ~2 to ~1 heaven", "llevar ~2 a ~1 ver ~1 a ~1 dios"},
		"driving|manejando|freeway|highway|carretera|autopista|car|carro|coche|#80-200", "kids|niños|ninos|hijos|children|baby|bebe|bebé")},
}

var (
	// dangerNear are the feared person near now: here, outside, waiting,
	// following, coming back, looking for the writer.
	dangerNear = []string{
		"hes|he's|shes|she's ~1 here|outside|back|coming|listening", "he|she ~1 is ~1 here|outside|coming|listening",
		"el|él|ella ~1 esta|está ~1 aqui|aquí|afuera|adentro", "waiting ~2 for ~1 her|me|him|us ~~4 parking|outside|lot|door|car|truck",
		"coming ~1 back ~2 with|for|tonight", "ya ~1 viene", "viene ~2 para ~1 aca|acá",
	}
	// dangerHunting are the feared person after the writer: waiting,
	// following, looking for them, turned up where they are.
	dangerHunting = []string{
		"esperando|esperandola|esperándola|esperandome|esperándome ~~4 estacionamiento|afuera|puerta|carro", "showed ~1 up ~2 at ~2 my|the|her",
		"se ~1 presento|presentó|aparecio|apareció ~2 en ~2 mi|el|la", "looking ~1 for ~1 me|us|her",
		"following|followed|follows|stalking ~2 me|my|us|her", "me ~1 sigue|siguio|siguió", "me ~1 esta|está ~1 siguiendo",
		"across ~2 the ~1 lot|street|parking",
	}
	// dangerThreat are a killing or a harm promised, or a hour set for it.
	dangerThreat = []string{
		"kill ~1 me|her|us|you|them", "kill ~1 the ~1 kids", "will|gonna|going ~2 kill", "finish ~1 it|me|her|us", "se ~1 acaba ~1 todo",
		"see ~1 you ~1 tonight", "te ~1 veo ~1 esta ~1 noche", "me|la|nos|los|te ~1 va ~1 a ~1 matar", "me|la|nos|los|te ~1 mata|matara|matará",
		"nobody ~2 gets ~2 to ~1 have", "nadie ~2 te ~1 va ~1 a ~1 tener", "make ~1 me|you|her ~1 pay", "va|vas ~1 a ~1 pagar",
		"has|have ~1 to ~1 pay", "deliver ~1 justice",
	}
	// protectionOrder are a court's order to keep away, which a follower
	// breaks.
	protectionOrder = []string{"restraining|protective ~1 order", "orden ~2 de ~1 alejamiento|restriccion|restricción|proteccion|protección"}
	// dangerArmed are the weapons, and one bought or at hand.
	dangerArmed = []string{
		weaponWords + "|handgun|shotgun|escopeta|revolver|revólver|guns",
	}
	// dangerSilenced are a writer who cannot speak or call, is watched or
	// kept out: "can't call. he's listening", "mi esposo revisa mis
	// llamadas", "won't let me in".
	dangerSilenced = []string{
		"cant|can't|cannot ~1 talk|call|speak", "no ~1 puedo ~1 hablar|llamar", "revisa ~2 mis ~1 llamadas|mensajes|telefono|teléfono|celular",
		"checks|reads|watches ~2 my ~1 phone|texts|calls|messages", "same ~1 address", "misma ~1 direccion|dirección",
		"wont|won't ~2 let ~2 me ~1 in", "no ~2 me ~1 deja ~1 entrar",
	}
	// dangerHelp are a call for help now.
	dangerHelp = slices.Concat(call911, []string{
		"send ~1 someone|help|police", "get ~1 someone ~2 to ~1 her|him|me|them",
		"mande|manden|mandar ~2 a ~1 alguien", "auxilio", "need ~1 help ~1 now", "calling ~2 for ~1 help", "pidiendo ~1 ayuda",
		// (not "help me please" nor "ayúdenme": "can you help me please?
		// he's here with me for his appointment")
	})
	// call911 are the clinic asked to call 911 now (not "call 911 if", a
	// plan's advice).
	call911 = []string{"call ~1 911 ~1 for|now|please|pls|plz", "please|pls|plz ~1 call ~1 911", "llamen|llame ~2 al ~1 911 ~1 por|ya|ahora"}
	// dangerHurt are an injury told with the feared one after the
	// writer: blood, a faintness, a breath that will not come.
	dangerHurt = []string{
		"blood|sangre|bleeding|sangrando", "dizzy|mareada|mareado", "cant|can't ~1 breathe", "no ~1 puedo ~1 respirar",
	}
	// dangerNoise are the sounds of a beating heard from next door.
	dangerNoise = []string{"screaming|yelling|gritos|gritando|golpes|thud|banging|crashing"}

	// leaveTaking are the words of one taking leave of life: a goodbye
	// told as such, the blame lifted, affairs and letters done for
	// after, a mind made up, a date to end it.
	leaveTaking = []string{
		"this ~1 is ~1 goodbye", "this ~1 is ~1 my|the ~1 goodbye", "how ~1 easy ~2 it ~1 would ~1 be", "im|i'm ~1 sorry ~~3 i ~1 love ~1 you|u",
		"left ~3 a|each ~3 letter|note|letters|notes|carta|cartas|nota", "instructions ~2 for ~1 feeding|caring|taking",
		"esta ~1 vez ~~2 si|sí ~2 lo ~1 va|voy ~1 a ~1 hacer", "this ~1 time ~~3 gonna|going ~2 do ~1 it", "said ~1 goodbye ~2 to ~1 everyone", "ya ~1 me ~1 despedi|despedí ~2 de ~1 todos",
		"dont|don't ~1 blame ~1 yourself|urself|yourselves", "none ~2 of ~1 this ~1 is ~1 your ~1 fault", "not ~1 your ~1 fault",
		"no ~1 es ~1 tu|su ~1 culpa", "for ~0 after", "cuando ~2 ya ~1 no ~1 este|esté", "ya ~1 no ~1 voy ~1 a ~1 estar",
		"wont|won't ~1 be ~1 around", "made ~1 up ~1 my ~1 mind", "ya ~1 lo ~1 decidi|decidí", "on ~1 my ~1 own ~1 terms",
		"tonight ~1 it ~1 ends|stops", "decided ~1 it ~1 ends", "finally ~2 rest|descansar", "wrote|written|escribi|escribí ~2 the|my|las|mis ~1 letters|cartas",
		"letters|cartas ~~3 written|escritas|ready|listas", "dont|don't ~1 come ~1 looking", "no ~1 me ~1 busquen",
		"everything ~3 in ~1 order", "todo ~1 arreglado", "so ~2 my ~1 kids ~2 dont|don't ~1 get ~1 stuck", "para ~1 que ~2 mis ~1 hijos ~2 no ~1 tengan",
		"off ~2 the ~1 schedule ~~3 permanently", "dont|don't ~1 bother ~1 calling", "of ~1 sound ~1 mind",
		"wont|won't ~1 be ~1 a ~1 problem|burden", "no ~2 voy ~2 a ~1 ser ~2 un ~1 problema|carga", "by ~1 the ~1 time ~2 you|u ~1 see|read ~1 this",
		"last ~1 sunset", "thank ~2 you ~~4 for ~1 trying", "went ~1 offline",
	}
	// meansNear are a means of dying at hand or gone from its place.
	meansNear = []string{
		"gun|handgun|shotgun|rifle|pistola|escopeta|revolver|revólver ~~4 loaded|cargada|cargado|table|mesa|hand|mano|trunk|cajuela",
		"shotguns|guns ~2 already ~1 loaded",
		"pills|pastillas ~~3 in ~1 my ~1 hand", "pills|pastillas ~~3 en ~1 la ~1 mano", "pills|pastillas ~2 lined ~1 up", "pastillas ~2 listas",
		"soga|rope|cuerda ~~4 granero|barn|garage|ready|lista", "bridge|puente|roof|azotea ~~2 now|ahorita|rn",
		"klonopin|pills|pastillas|meds|medicines|pills ~~6 gone|missing|faltan", "bought ~2 a ~1 gun|handgun|rope|pistol",
		"compro|compró|compre|compré ~2 una ~1 pistola|soga", "top ~2 of ~2 the ~1 parking ~1 garage",
		"navaja|cuchilla|razor|blade ~~4 en ~1 la ~1 mano", "navaja|cuchilla|razor|blade ~~4 in ~1 hand", "top ~2 of ~~4 parking ~1 garage|structure|deck",
		"pic|photo|picture|foto ~~4 pill|pills|bottle|pastillas|frasco", "taken|took|taking ~2 everything ~~4 medicine ~1 cabinet",
		"walked|walking|went|headed|heading ~2 out ~~4 toward|towards ~2 the ~1 river|bridge|lake|tracks",
	}
	// affairsClosed are the leave-takings that, two together, close an
	// account: records "for after", everything in order, the letters
	// written, the blame lifted, the mind made up.
	affairsClosed = []string{
		"for ~0 after", "everything ~3 in ~1 order", "todo ~1 arreglado", "letters|cartas ~~3 written|escritas|ready|listas|drawer|cajon|cajón",
		"wrote|written|escribi|escribí ~2 the|my|las|mis ~1 letters|cartas", "dont|don't ~1 blame ~1 yourself|urself", "not ~1 your ~1 fault",
		"no ~1 es ~1 tu|su ~1 culpa", "wont|won't ~1 be ~1 around", "ya ~1 no ~1 voy ~1 a ~1 estar", "made ~1 up ~1 my ~1 mind",
		"ya ~1 lo ~1 decidi|decidí", "this ~1 is ~1 goodbye", "this ~1 is ~1 my ~1 goodbye",
	}
	// endSoon are an hour set: tonight, this week, Friday.
	endSoon = []string{
		"tonight|tomorrow", "esta ~1 noche", "this ~1 weekend|week", "este ~1 fin", "esta ~1 semana", "fin ~1 de ~1 mes",
		"before ~1 friday|monday|sunday|saturday", "mañana|manana", "on ~1 friday|saturday|sunday",
	}
)
