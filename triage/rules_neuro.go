package triage

import "slices"

// neuroRules are emergencies of the brain and nerves told without medical
// words: words suddenly not understood, a spinning room with double
// sight and a tangled tongue, a sudden massive headache then a faint, one
// side heavy with a mouth that will not work, a faint during exercise;
// and, told in passing (probe65), faints repeated the same day, one hand
// dropping everything with a crooked walk.
// probe64 (50 such emergencies, 50 look-alikes) found them missing at
// first run.
var neuroRules = []rule{
	// A hand that suddenly will not grip, or drooling on one side.
	// A face fallen on one side or a smile gone uneven (probe151: "se le
	// cayó un lado de la cara, no podía sonreír parejo"); a leg weak and
	// dragged with double vision (probe149's symptom log).
	{kind: "stroke", urgency: UrgencyEmergency, patterns: slices.Concat([]string{
		"cayo|cayó|caido|caída|caida ~~3 lado ~2 de ~2 la|su ~1 cara",
		"lado ~2 de ~2 la|su ~1 cara ~~3 caido|caída|caida|cayo|cayó|chueco|chueca|dormido|dormida",
		"sonreir|sonreír|sonrisa|smile ~~3 parejo|pareja|even|crooked|chueca|lopsided|uneven",
	}, eitherOrder([]string{"leg|arm|pierna|brazo ~3 weak|debil|débil|dragging|arrastr*"}, "double ~1 vision", "seeing ~1 double", "viendo ~1 doble", "vision ~1 doble"))},
	{kind: "stroke", urgency: UrgencyEmergency, patterns: []string{
		"left|right|izquierda|derecha ~1 hand|arm|mano|brazo ~~4 wont|cant|couldnt|no ~2 grip|hold|agarra|aprieta",
		"drool*|babea* ~~4 one ~1 side", "drool*|babea* ~~4 de ~1 un ~1 lado",
	}},
	// Voices telling to hurt oneself, with fear of obeying.
	{kind: "suicidal", urgency: UrgencyEmergency, patterns: []string{
		"hearing|hear|voices|voces|oigo|escucho ~~6 tell*|telling|dicen|diciendo ~2 me ~2 to|que ~1 hurt|kill|harm|lastime|mate",
	}},
	// Words that do not go together, said by someone fine this morning.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: []string{
		"words ~~4 dont|doesnt ~2 go ~1 together", "words ~~4 not ~2 go ~1 together", "palabras ~~4 no ~2 tienen ~1 sentido|coherencia",
	}},
	// Words suddenly not understood, or coming out wrong.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"suddenly|sudden|repente|repentinamente"},
		"cant|can't|no ~2 understand|entiendo|entiende", "words ~~6 nonsense|gibberish", "palabras ~2 que ~2 no ~1 son")},
	// Double sight with a spinning room, a tangled tongue or no walking.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"veo|ve|ves|vio ~1 doble", "double ~1 vision", "seeing|sees ~1 double", "two ~1 of ~1 everything", "doble ~1 todo", "vista|vision ~1 doble"},
		// fresh368: "tengo la vista doble, mucho mareo y no logro caminar
		// derecho".
		"vueltas|spinning|vertigo|vértigo|mareo", "traba ~2 lengua", "slurr*", "cant|can't ~2 walk", "no ~2 puedo|puede|logro|logra ~1 caminar")},
	// One side heavy or numb with a mouth or words that will not work.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"right|left|derecho|izquierdo|one ~1 side|lado ~~4 heavy|weak|numb|pesad*|dormid*"},
		"mouth|boca|words|speech ~~6 wont|won't|doesnt|no ~2 work|sale|salen", "typing ~2 is ~1 hard")},
	// A sudden massive headache, then a faint: a bleed in the brain.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"sudden|massive|worst|thunderclap|explod* ~~4 headache", "dolor ~2 de ~1 cabeza ~2 repentino|horrible|explosivo"},
		"passed ~1 out", "faint*|fainted|desmay*", "during ~1 sex")},
	// Faints repeated the same day.
	{kind: "fainting", urgency: UrgencyEmergency, patterns: joined(
		[]string{"fainted|desmay*|desmayo|blacked", "passed ~1 out"}, " ~~4 ",
		[]string{"twice|again ~~4 today|hoy|morning|tonight|manana", "two|three|2|3|dos|tres ~1 times|veces ~~4 today|hoy|morning|tonight|manana"})},
	// One hand dropping everything, with a crooked walk, clumsiness or
	// slurring: a stroke told as clumsiness.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cae|caen|caia|caian ~5 mano ~1 izquierda|derecha|izquierdo|derecho", "drop|drops|dropping|dropped ~4 left|right ~1 hand",
			"left|right ~1 hand ~3 drop|drops|dropping|dropped"},
		"camina|camino|caminando ~2 chueco|chueca|torcid*|ladead*", "walk|walks|walking ~2 crooked|sideways", "torpe", "clumsy", "slurr*", "arrastra*|dragging|drags",
		"not|doesnt|isnt ~1 making ~1 sense", "no ~2 tiene ~1 sentido")},
	// Days without eating, then a faint or a heart beating slow or
	// skipping: an eating disorder's starved heart.
	{kind: "fainting", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"havent|hasnt|not|no|barely|hardly|casi ~3 eaten|eat|eating|comido|come|comer ~~6 #4-60 ~1 days|dias|weeks|semanas", "casi ~2 no ~2 come|comer ~~6 desde ~2 hace ~2 semanas|dias"},
		"fainted|faint*|desmay*|blacked", "passed ~1 out", "heart|corazon ~~4 skip*|slow|lento|raro|weird|funny|flutter*", "late ~2 lento|raro")},
	// A faint during exercise.
	{kind: "fainting", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"fainted|desmay*|blacked", "passed ~1 out"},
		"during ~2 run|running|exercise|workout|practice|ejercicio|partido|game", "at ~2 the ~1 gym", "corriendo|entrenando")},
}

// behaviourRules are emergencies told by what a person can no longer do
// or how they behave rather than by a sign's name: the same question asked
// over and over, or a phone held upside down, by someone who was well a few
// hours before; walking into a door frame with the sight gone on that
// side; a hand that will not obey with a heavy leg; a stare that does not
// answer, with a twitching hand or beside spilled pills. probe99 (50 such
// emergencies, 50 look-alikes) found them missing at first run.
var behaviourRules = []rule{
	// Acting oddly, new today: unless a dementia is told in the clause,
	// where it is the illness's course (for the doctor today).
	{kind: "sudden_confusion", urgency: UrgencyEmergency, patterns: eitherOrder(oddActs, suddenOnset...),
		mild: "dementia|demencia|alzheimer*|alzheimers"},
	{kind: "stroke", urgency: UrgencyEmergency, patterns: slices.Concat(
		// Bumping into things on one side, then not seeing there.
		eitherOrder([]string{"walk*|bump*|ran|runs|running|choc*|tropez*|tropie* ~3 into|con|contra ~3 door*|doorframe|doorway|wall|walls|marco|puerta|pared|paredes|things|cosas|furniture|muebles"},
			"cant|can't|cannot|no ~2 see|ve|veo|ver"),
		// A hand that will not obey, with a leg gone heavy.
		eitherOrder([]string{"left|right|izquierd*|derech* ~1 hand|arm|mano|brazo ~~4 wont|won't|doesnt|no ~2 do|obey|listen|hace|obedece|responde"},
			"left|right|izquierd*|derech* ~1 leg|pierna ~~3 heavy|weak|numb|pesad*|dormid*|debil*"),
		// "the right side of his face looks different, kind of droopy".
		[]string{"side|lado ~2 of|de ~2 my|his|her|mi|su|la ~1 face|cara ~~6 droop*|caid*|crooked|chueca|chueco|torcid*"},
	)},
	// A stare that does not answer, with twitching: a seizure.
	{kind: "seizure", urgency: UrgencyEmergency, patterns: eitherOrder(unansweredStare,
		"twitch*|jerk*|sacud*|tiembla|temblando|brinc*")},
	// A stare that does not answer, beside pills.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(unansweredStare,
		"pills|pastilla*|frasco*|bottle|meds")},
}

var (
	// oddActs are acts of a mind suddenly astray.
	oddActs = []string{
		"keeps|kept ~2 repeating", "keeps|kept ~2 asking ~3 same|what|where|who|whether", "asking|asks|asked ~3 the ~1 same ~1 question*|thing*|things",
		"asking|asks ~2 what ~1 day|year",
		"pregunta|preguntando|repite|repitiendo ~3 lo ~1 mismo", "pregunta|preguntando ~~4 que ~1 dia", "no ~2 se ~1 acuerda|recuerda ~~4 nada",
		"hold*|held|read*|using|uses|put* ~4 upside ~1 down", "agarra|tiene|sostiene|lee|pone|puso ~4 al ~1 reves",
	}
	// suddenOnset says a change is new: well hours before, started an
	// hour ago, never before.
	suddenOnset = []string{
		"fine|normal|perfect*|bien|okay ~~3 lunch|breakfast|dinner|bedtime|morning|desayuno|almuerzo|comida|cena",
		"fine|normal|perfect*|okay ~~2 yesterday|earlier",
		"start*|empez*|comenz* ~~5 hour|hours|minutes|mins|min|hora|horas|minutos|tonight|evening|today|hoy|tarde|noche",
		"hasta ~1 anoche|ayer|hoy ~~3 bien|perfect*|normal", "never ~2 happened|done ~~3 before|this",
		"nunca ~3 habia|había ~1 pasado", "no ~1 history ~2 of ~2 dementia|alzheimer*|memory",
	}
	// unansweredStare is a stare that does not answer.
	unansweredStare = []string{
		"stare*|staring|mirando ~~6 not|no|doesnt|wont|isnt ~2 answer*|respond*|contesta|responde|reacciona",
	}
)
