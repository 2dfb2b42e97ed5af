package triage

import "slices"

// strokeRules read a stroke from its parts, as the people who notice one
// tell it: a deficit on one side of the body (numb, weak, clumsy,
// hanging, dragging, sagging), speech gone wrong (words not found, mixed
// up or slow, mumbling, nothing that makes sense), half the sight gone, a
// body leaning over to one side, a room spinning with a fall to one side
// or a voice gone hoarse — each with another of them or with a sudden
// onset ("out of nowhere", "since lunch", "40 min ago", "de repente").
// Any one alone is often ordinary (a pinched nerve's tingling for three
// weeks, a slur at the end of long days for years); two of them, or one
// with its onset, are 911. The third and fourth independent stroke sets
// (probe192 0.76, probe196 0.84 at first run) found the phrase rules
// before them had not generalised.
var strokeRules = []rule{
	{kind: "stroke", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder(oneSidedDeficit, speechTrouble...),
		joined(oneSidedDeficit, " ~~25 ", oneSidedDeficit), // "my right hand went numb … my face is tingly on the same side"
		eitherOrder(oneSidedDeficit, strokeOnset...),
		eitherOrder(speechTrouble, strokeOnset...),
		eitherOrder(halfSight, strokeOnset...),
		eitherOrder(halfSight, oneSidedDeficit...),
		// A skill lost today: the clock or a message no longer read, a name
		// not written, a button not done, one side ignored; a walk gone
		// drunk without a drink.
		eitherOrder(lostSkill, strokeOnset...),
		eitherOrder(unsteadyWalk, strokeOnset...),
		eitherOrder(unsteadyWalk, "threw ~1 up", "vomit*|vomito|vomitó", "hasnt|hasn't|no ~2 had|tomado|bebido ~1 anything|nada"),
		eitherOrder(leaningOver, "sleepy|sleepier|drowsy|dormido|dormida|somnolient*", "mumbl*|balbuce*", "cant|can't ~2 sit ~2 up|straight", "no ~2 se ~1 puede ~1 sentar"),
		eitherOrder(spinningRoom, "speech|voice|habla|voz ~~3 drunk|borracho|borracha|slurred|hoarse|ronca", "hiccup*|hipo", "fall|falling|caigo|cae ~3 left|right|izquierda|derecha|side|lado",
			"double ~1 vision", "veo|ve ~1 doble"),
		// Double sight with vomiting or dizziness: the back of the brain
		// (a neck's artery torn at the chiropractor's, a bleed).
		eitherOrder([]string{"double ~1 vision", "veo|ve|viendo ~1 doble", "seeing ~1 double"},
			"vomit*|vomito|vomitando", "throwing|threw ~1 up", "dizzy|dizziness|mareo|mareado|mareada"),
	)},
	// The worst headache ever had, or one that came out of nowhere: a
	// bleed in the brain until shown otherwise ("the worst of my life" is
	// worst_pain's).
	{kind: "worst_pain", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"headache|head|cabeza"},
		"worst ~3 ever ~1 had", "came ~1 on ~1 out ~1 of ~1 nowhere", "thunderclap"),
		idiom: "hangover|resaca|cruda|migraine|migrana|jaqueca"}, // "worst hangover of my life, head pounding"
}

var (
	// oneSidedDeficit is a part of one side gone numb, weak, clumsy or
	// limp: "my right hand went numb and clumsy", "her left arm just hangs
	// there", "se le durmió el brazo y la cara", "torpe de la mano
	// izquierda".
	oneSidedDeficit = slices.Concat(
		joined([]string{"right|left|derecha|izquierda|derecho|izquierdo"}, " ~2 ",
			[]string{"arm|hand|leg|foot|face|side|brazo|mano|pierna|pie|cara|lado ~~5 " + sideDeficit}),
		joined([]string{"arm|hand|leg|foot|face|brazo|mano|pierna|pie|cara"}, " ~2 ",
			[]string{"right|left|derecha|izquierda|derecho|izquierdo ~~5 " + sideDeficit}),
		joined([]string{sideDeficit}, " ~~4 ", []string{"right|left|derecha|izquierda|derecho|izquierdo|one|same ~2 arm|hand|leg|foot|face|side|brazo|mano|pierna|pie|cara|lado"}),
		[]string{"durmio|durmió|duerme|durmiendo ~~3 el|la ~1 brazo|mano|pierna|cara",
			"arm|hand|brazo|mano ~2 just ~1 hangs|hanging", "half ~2 the|her|his|my ~1 face ~~3 down|droop*|sagg*",
			"mitad ~2 de ~2 la ~1 cara ~~3 abajo|caida|caída|cayo|cayó|fue", "one ~1 side ~~3 sagging|drooping|droopy",
			// A part that cannot be felt, moved or used: "can't feel my left
			// hand", "no mueve el brazo izquierdo", "not using his right arm",
			// "his left leg won't work right", "el brazo derecho sin fuerza".
			"cant|can't|cannot|couldnt|couldn't ~2 feel|move|lift|use ~3 my|his|her|the ~1 left|right ~1 arm|hand|leg|foot|side|face",
			"no|ni ~3 mueve|mover|movia|siente|sentia|levanta|levantar ~3 el|la|su|mi ~1 brazo|mano|pierna|pie|lado ~1 izquierdo|derecho|izquierda|derecha",
			"not|isnt|isn't|stopped ~1 using ~2 his|her|my ~1 left|right ~1 arm|hand|leg",
			"left|right|izquierd*|derech* ~2 arm|hand|leg|foot ~~3 wont|won't|doesnt|doesn't|isnt|isn't ~1 work|working",
			"brazo|mano|pierna ~1 izquierd*|derech* ~2 sin ~1 fuerza",
			"cara ~1 desviada|torcida|chueca", "comisura ~~4 cae|caida|caída|baja|chueca",
			"brazo|mano|pierna ~1 izquierd*|derech* ~~3 no ~2 le|me ~1 sirve|responde|funciona",
			"tampoco ~1 siento|siente ~2 la|el|mi ~1 pierna|brazo|mano|cara|pie"},
	)
	// speechTrouble is speech gone wrong.
	speechTrouble = []string{
		"cant|can't|cannot|couldnt|couldn't ~2 find ~2 my|her|his|the ~1 words", "no ~2 encuentra|encuentro|encontraba ~2 las ~1 palabras",
		"cant|can't|cannot|couldnt|couldn't ~2 say ~2 our|my|her|his|their ~1 names|name", "cant|can't|cannot|couldnt|couldn't ~2 say ~2 a ~1 word",
		"cant|can't|cannot|couldnt|couldn't ~1 say ~1 anything", "no ~2 podia|podía|puede|pudo ~1 hablar",
		"mixing|mixes|mixed ~2 up ~1 words", "mezcla|mezclando|revuelve ~2 las ~1 palabras",
		"words ~2 are|were ~2 coming|come ~2 out ~2 slow|wrong|weird", "mumbl*|balbuce*|slurr*",
		"speech|voice ~~3 sounds|sound ~2 drunk|slurred",
		"cant|can't|doesnt|doesn't ~2 say ~2 anything ~2 that ~1 makes ~1 sense", "no ~2 dice ~2 nada ~2 que ~1 tenga ~1 sentido",
		"no ~1 me|le|nos ~1 contestaba|contesta ~1 bien", "trabo|trabó|traba ~2 la ~1 lengua",
		"hablar|habla|hablando|talking|talk ~2 raro|rara|extrano|extraño|funny|weird|strange|enredado|enredada",
		"no ~2 se ~1 le ~1 entiende", "palabras ~2 que ~2 no ~1 son", "wrong ~1 words|names",
		"speech|voice ~~3 sounds|sound|is ~2 off|weird|wrong|funny|strange",
	}
	// halfSight is half the field of sight gone.
	halfSight = []string{
		"half ~3 of ~2 every|each|the ~1 line|page|screen|world|vision", "half ~2 of ~1 everything", "mitad ~2 de ~2 la ~1 vista|vision|visión|pantalla", "mitad ~2 de ~1 todo",
		"no ~1 veo|ve ~2 del ~1 lado", "cant|can't ~1 see ~~3 to|on ~2 the|my|her|his ~1 left|right",
		"bumping|bump|bumps|walked|walking ~~6 on|to ~2 my|the|her|his ~1 right|left",
		"veo|ve ~1 doble", "double ~1 vision", "seeing ~1 double",
	}
	// strokeOnset is a sudden start, or a start dated within the day
	// ("out of nowhere", "since lunch", "woke up with", "40 min ago",
	// "hace media hora", "today at 2"). Few patterns with long lists: each
	// pairs with every sign above, and a first word tried at every token
	// costs every message.
	strokeOnset = []string{
		"suddenly|sudden|repente|repentin*|nowhere|lunch|almuerzo|noon|woke|desperto|despertó|desperte|desperté|dinner|breakfast",
		"started|empezo|empezó|began ~2 this|esta ~1 afternoon|morning|evening|tarde|manana|mañana|noche",
		"morning|manana|mañana ~~3 fine|normal|bien|ok", "fine|normal ~~3 this|esta ~1 morning|manana|mañana",
		"desde ~1 que ~2 se|me ~1 levanto|levantó|levante|levanté",
		"min|mins|minutes|minutos ~1 ago", "started|began|empezo|empezó|comenzo|comenzó ~~4 #1-90 ~1 min|mins|minutes|minutos",
		"#1-90 ~1 minutos", "been ~~3 #1-90 ~1 min|mins|minutes", "hour ~1 ago", "hace ~2 hora", "ahorita ~1 mismo", "came ~1 back", // (not "volvió": "no ha vuelto" must stay a perfect)
		"since|desde ~1 this|esta ~1 morning|afternoon|manana|tarde", "desde ~1 las ~1 #1-24", "desde ~~4 comida|almuerzo|desayuno|cena",
		"noticed|started|began ~2 at|around ~1 #1-24", "empezo|empezó|comenzo|comenzó ~2 a ~1 las ~1 #1-24", "coming ~1 and ~1 going",
	}
	// lostSkill is a skill lost: the clock or letters no longer read, a
	// name not written, a button not done, one side of a plate or a room
	// ignored, the wrong word said for a thing.
	lostSkill = []string{
		"cant|can't|couldnt|couldn't|cannot ~2 read ~2 the|a ~1 clock|time|watch", "no ~2 puede|podia|podía|sabe ~2 leer ~2 el ~1 reloj",
		"cant|can't|couldnt|couldn't ~2 write ~2 her|his|my ~1 name", "no ~2 pudo|podia|podía|puede ~2 escribir ~2 su|mi ~1 nombre",
		"pen ~2 just ~1 scribbled", "ve ~2 las ~1 letras ~~3 no ~2 las ~1 entiende", "see|sees ~2 the ~1 letters|words ~~3 cant|can't|doesnt ~1 understand",
		"no ~2 puede ~1 abotonarse|abrocharse", "cant|can't ~2 button ~2 her|his|my ~1 shirt|coat",
		"ignores|ignoring ~~4 left|right", "only ~1 ate ~~4 right|left ~1 half", "solo ~1 comio|comió ~~4 mitad",
		"cant|can't ~2 find ~2 the ~1 bathroom|kitchen|bedroom",
	}
	// unsteadyWalk is a walk gone drunk or veering to one side.
	unsteadyWalk = []string{
		"walking|walks|camina|caminando ~3 like|como ~3 drunk|borracho|borracha", "cant|can't|cannot ~2 walk ~1 straight",
		"no ~2 puede ~1 caminar ~1 derecho", "veering|veers|leaning|leans|drifting ~~3 right|left|derecha|izquierda|into",
	}
	// leaningOver is a body leaning to one side and not sitting straight.
	leaningOver = []string{
		"leaning|leans|slumping|slumped ~~4 to|over ~2 one|the ~1 side", "ladeando|ladea|ladeada|ladeado|inclinando|inclinada|inclinado ~~4 un ~1 lado",
		"se ~2 esta|está ~1 ladeando",
	}
	// spinningRoom is a room spinning or tilting.
	spinningRoom = []string{
		"room ~2 spinning|spun|tilted|tilting|spins|tilts", "vertigo|vértigo", "todo ~2 me ~1 da ~1 vueltas", "cuarto ~2 da|daba ~1 vueltas",
	}
	// sideDeficit are the ways a part on one side stops working.
	sideDeficit = "numb|numbness|clumsy|dragging|drags|dragged|hangs|hanging|droop*|sagg*|tingly|heavy|weak|weaker|limp|dead|useless|thick|" + // (an English arm "asleep" is one lain on)
		"dormid*|durmio|durmió|durmiendo|torpe|caida|caída|colgando|flojo|floja|debil|débil|adormecid*|entumid*|hormigue*"
)

// limbTrouble reports an arm or a leg told heavy, weak or numb: "left arm
// feels heavy too" (not "arms and legs all normal").
func limbTrouble(toks []token) bool {
	for k, t := range toks {
		if slurredWords[t.norm] {
			return true // "his Bell's palsy is back … He's also slurring a bit" (fresh429): the palsy does not slur
		}
		if !limbWords[t.norm] {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if limbSigns[toks[j].norm] {
				return true
			}
		}
	}
	return false
}

var (
	limbWords = wordSet("arm arms leg legs hand brazo brazos pierna piernas mano")
	limbSigns = wordSet("heavy weak numb tingly pesa pesado pesada debil dormido dormida dropping drops dropped keeps clumsy torpe")
	// slurredWords are a speech gone wrong, which no facial palsy makes.
	slurredWords = wordSet("slurring slurred slurry arrastra arrastrando trabada")
)
