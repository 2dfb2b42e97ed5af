package triage

// childRules are emergencies of children from one to twelve told by
// parents, teachers and coaches: a child floppy like a rag doll, a limp
// or a leg not borne with a high fever, a knock-out then vomiting or the
// same question again and again, morning headaches with vomiting then
// double sight or a wobbly walk. probe52 (50 such emergencies, 50
// look-alikes) found them missing at first run, with a stiff neck or eyes
// that cannot stand the light with a fever (meningitis, headRules) and
// appendicitis told as "dolor de panza abajo del lado derecho"
// (atypicalRules).
var childRules = []rule{
	// A child floppy like a rag doll.
	{kind: "sick_child", urgency: UrgencyEmergency, patterns: []string{
		"floppy|ragdoll", "rag ~1 doll", "como ~2 muñeca|muneca|muñeco|muneco ~2 de ~1 trapo", "aguadito|aguadita|flojito|flojita",
		"went|gone|goes|just|completely|totally ~1 limp", // "hes just limp", not "he has a limp"
	}, idiom: "chorro|orinar|orino|orina|pipi|stream"}, // "el chorro sale flojito": a weak stream
	// A limp or a leg not borne, with a high fever: an infected joint.
	{kind: "joint_infection", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"limp*|cojea|cojeando|cojera", "wont|won't|doesnt|no ~3 put ~2 weight", "no ~2 quiere|puede ~2 pararse|apoyar|caminar"},
		"fever*|fiebre|temp|temperature|temperatura ~3 #39-41|#102-106", "#39-41|#102-106 ~2 de ~1 fiebre", "fever* ~3 high", "fiebre ~2 alta")},
	// Knocked out, then vomiting or asking the same thing again and
	// again: a bleed inside the head.
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"knocked ~1 out", "out ~2 for ~3 seconds|secs|segundos|minute|minutes|minutos|sec|min", "out ~1 cold",
			"perdio|perdió ~1 el ~1 conocimiento|sentido", "noqueado|noqueada"},
		"vomit*|threw|thrown|throwing|vomitando|vomito|vomitó", "keeps ~2 asking|repeating", "asking ~2 what ~1 happened", "repite|pregunta ~3 lo ~1 mismo")},
	// Headaches with morning vomiting, then double sight or a wobbly walk:
	// pressure inside the head.
	{kind: "neuro", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"double ~1 vision", "seeing|sees|see ~1 double", "ve|veo|viendo ~1 doble"},
		"wobbly|stumbl*|staggering|tambale*", "walking ~3 wobbly|funny|weird|drunk|off", "headache* ~~15 vomit*|throwing|threw", "dolor ~2 cabeza ~~15 vomit*|vomita|vomitando")},
	// Children's emergencies found in probe93 (parents telling fevers,
	// breathing and infections), in general words.
	// Dried out: no urine for many hours with confusion, a racing heart or
	// sleepiness.
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: []string{
		"hasnt|havent|hasn't|no|not ~2 peed|pee|urinated|orinado|orina|pipi|mojado ~~30 weird|confus*|confundid*|sleepy|lethargic|floppy|racing|pounding|dizzy|desmay*|faint*",
	}},
	// An epiglottis: cannot swallow even spit, drooling, sitting forward
	// with a fever.
	{kind: "breathing", urgency: UrgencyEmergency, patterns: []string{
		"no ~2 puede|puedo ~1 tragar ~2 ni ~2 su|mi|la ~1 saliva",
		"drool*|babeando|babea ~~12 fever|fiebre|forward|adelante|tragar|swallow*",
		"sitting|sentado|sentada ~~4 forward|leaning|adelante ~~12 drool*|babeando|fever|fiebre",
	}},
	// A swelling behind the ear with the ear pushed out, or a fever: the
	// bone behind it infected.
	{kind: "ear_emergency", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"behind|detras ~3 ear|oreja|orejas|oido ~~8 swollen|swelling|hinchad*|hinchazon|red|rojo|roja"},
		"sticking ~2 out", "salida|salido ~3 adelante|afuera", "pushed ~2 out|forward", "fever|fiebre")},
	// A child's asthma the inhaler does not touch, with the belly
	// working or a grey colour.
	{kind: "breathing", urgency: UrgencyEmergency, patterns: []string{
		"inhaler|inhalador|albuterol|nebulizer|neb ~~12 no|not ~1 better|helping|working|mejora|ayuda|funciona",
		"tummy|belly|stomach|panza|barriga|estomago ~1 muscles|musculos ~~4 breathe|breathing|respirar",
		"using ~3 tummy|belly|stomach ~~3 breathe",
		"lips|labios ~~3 grayish|greyish|gray|grey|gris|grises|grisaceo|grisaceos|ashen",
	}},
	// A baby's breathing: the head bobbing, the nostrils flaring, a grunt.
	{kind: "breathing", urgency: UrgencyEmergency, patterns: []string{
		"cabeza ~~4 cada ~1 respiracion", "narices|nariz|nostrils ~~3 abren|abriendo|aletea*|flaring|flare",
		"abren|abriendo|aletea* ~~3 narices|nariz",
		"quejido|quejidito|grunting|grunts ~~20 bebe|baby|meses|months|respira*|breath*",
	}},
	// A rash of dark red or purple blotches with a fever, spreading.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: []string{
		"purple|purplish|morad*|dark ~~3 blotch*|spots|manchas|puntos|rash ~~25 fever|fiebre|spreading|extendiendo",
		"fever|fiebre ~~25 purple|purplish|morad* ~~3 blotch*|spots|manchas|puntos|rash",
	}},
	// No urine passed for hours with the belly swollen or in pain.
	{kind: "urinary_retention", urgency: UrgencyEmergency, patterns: []string{
		"not|cant|cannot|unable|havent|hasnt ~~3 pass|passed|passing ~1 water|urine|urinate|pee ~~25 swollen|hard|pain|worst|belly|bladder",
		"no ~2 puedo|puede ~1 orinar ~~25 hinchad*|duro|dura|dolor|vejiga|barriga|panza",
	}},
	// Digoxin doubled or with yellow sight or sickness.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"digoxin|digoxina|lanoxin ~~40 yellow|amarill*|halo*|halos|green|verde",
		"digoxin|digoxina|lanoxin ~~12 twice|double|doble|again|dos ~1 veces",
	}},
	// A blow to the head days ago, the headache worse since, then sickness
	// or confusion: bleeding under the skull.
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: []string{
		"head|cabeza ~~40 headache|dolor ~~8 worse|peor|worsening ~~30 sick|vomit*|vomito|confus*|muddled|forgot|olvid*|kettle|confundid*",
	}},
	// A fever with a memory gone: "103.1 … could not remember my own phone
	// number".
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: []string{
		"#>=102|#>=39|fever|fiebre|chills|escalofrios ~~25 could ~1 not ~1 remember",
		"#>=102|#>=39|fever|fiebre|chills|escalofrios ~~25 couldnt|cant ~1 remember",
		"#>=102|#>=39|fever|fiebre|chills|escalofrios ~~25 muddled",
		"#>=102|#>=39|fever|fiebre|chills|escalofrios ~~25 no ~1 recuerdo", "#>=102|#>=39|fever|fiebre|chills|escalofrios ~~25 no ~1 me ~1 acuerdo",
		// (A fever named, not a number, which may be an age: "he's 87, got
		// turned around coming home".) fresh329: "a fever of 102.4 … I got turned around driving … not
		// knowing why I was there", "calentura de 39 … no reconocí a mi
		// vecina … me sentí perdida en mi propia casa".
		feverOnly + " ~~30 not ~1 knowing ~1 why|where|how", feverOnly + " ~~30 turned ~1 around",
		feverOnly + " ~~30 no ~1 reconoci|reconocí|reconocio|reconoció|reconoce", feverOnly + " ~~30 perdida|perdido ~~3 propia ~1 casa",
	}},
	// A leg heavy or dragging with speech thick or slurred: a stroke.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"leg|arm|pierna|brazo ~~3 heavy|dragging|drags|weak|pesad*|arrastr*"},
		"speech|voice|words|habla|voz ~~4 thick|slurred|garbled|drunk|funny|arrastra*|trabada", "sound|sounds|suena ~1 drunk|borracho|borracha")},
	// A high squeaky noise at rest: stridor.
	{kind: "breathing", urgency: UrgencyEmergency, patterns: []string{
		"squeaky|whistl*|chillido|silbido|stridor ~~10 sitting|still|rest|resting|calm|calmado|calmada|reposo",
	}},
	// A spot spreading with a fever of 103 or more, the child lying there.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: []string{
		"spreading|spread|extendiendo ~~12 fever|fiebre ~~8 #>=103|#>=39 ~~15 lying|lethargic|limp|floppy|listless|talking|responde|habla",
	}},
}

// feverOnly are a fever told by name or by its chills, never by a bare
// number, which may be an age.
const feverOnly = feverWords + "|chills|escalofrios|escalofríos"
