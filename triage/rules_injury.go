package triage

import "slices"

// injuryRules are the injuries of sports, work, roads, fights and tools
// and what follows them, told by the hurt or by whoever is with them: a
// pale sweaty body after a crash or a bleed (shock), a blow to the belly
// then paleness, vomiting or a pain running up to the shoulder, a neck
// hurt with numb hands, fingertips cut off, a hand caught in a machine,
// an object still stuck in the body, a crushed leg gone hard or urine like
// cola, bleeding on a blood thinner that pressure does not stop, blood in
// the urine with dizziness, a swollen purple testicle with vomiting, a
// voice gone raspy after a strangling. probe49 (50 such emergencies, 50
// look-alikes) found them missing at first run.
var injuryRules = []rule{
	// Pale and sweaty after an injury or a bleed: shock.
	{kind: "shock", urgency: UrgencyEmergency, patterns: eitherOrder([]string{hurtOrBleeding}, shockSigns...)},
	// A blow to the belly, then paleness, fainting, vomiting or a pain
	// up to the shoulder: a torn spleen or liver, a bowel burst.
	{kind: "abdominal_trauma", urgency: UrgencyEmergency, patterns: eitherOrder(bellyBlow, append([]string{
		"pale|palido|palida|faint*|fainted|desmay*|vomit*|vomito|vomitando|vomita", "threw|throwing ~1 up",
		"shoulder|hombro", "worse|peor", "cada ~1 vez ~2 mas", "sangrando|bleeding|sangrado",
	}, shockSigns...)...)},
	// A fall from a height, then legs numb, asleep or not moving: the
	// spinal cord.
	{kind: "spinal_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"fell|fall|cai|cayo|caida ~~12 ladder|roof|escalera|techo|metros|meters|meter|feet|scaffold*|andamio"},
		"legs|piernas ~~4 numb*|asleep|sleeping|dormid*|tingl*", "cant|cannot|no ~2 move|mover ~2 legs|piernas|them")},
	// A neck hurt, then hands or arms numb or tingling: the spinal cord.
	{kind: "spinal_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		joined([]string{"neck|cuello"}, " ~~15 ", numbHands), injuryCause...)},
	// Fingertips or a finger cut off.
	{kind: "amputation", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"cut|sliced|chopped|took ~2 off ~~6 finger*|fingertip*|tip|tips|thumb|toe|toes|dedo*|pulgar|punta*",
		"finger*|fingertip*|tip|tips|thumb|toe|toes|dedo*|pulgar|punta* ~~6 cut|sliced|chopped|came ~2 off",
		"se ~1 volo|mocho|rebano ~~4 dedo*|punta*|pulgar", "se ~1 corto ~~3 punta|puntita|yema",
		"pieces|piece|pedazo*|punta*|dedo* ~~8 bag|bolsa|ice|hielo",
	}},
	// A hand or an arm caught in a machine.
	{kind: "trauma", urgency: UrgencyEmergency, patterns: []string{
		bodyLimb + " ~~8 caught|stuck|pulled|trapped|atrapad*|atorad*|jalo|jaló|prensad*|agarro|agarró ~~8 " + machineWords,
		machineWords + " ~~8 caught|grabbed|pulled|trapped|crushed|atrapo|atrapó|jalo|jaló|agarro|agarró|aplasto|aplastó ~~6 " + bodyLimb,
	}},
	// The bone seen in a wound: an open fracture.
	{kind: "trauma", urgency: UrgencyEmergency, patterns: []string{
		"see|seeing|ver|veo|ve|vemos|showing|exposed|expuesto ~2 bone|bones|hueso|huesos",
		"bone|bones|hueso|huesos ~~3 poking|sticking|saliendo|salido ~~3 out|through|skin|piel|afuera", // "bone's poking out through the skin"
	}, notAfter: "density|densidad|scan|scans|marrow|medula|médula|doctor|specialist|especialista|results|resultados|age|edad"},
	// Something still stuck in the body.
	{kind: "impaled", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		impaler + " ~~10 clavad*|enterrad*|incrustad*|stuck|impaled|embedded|sticking ~~8 " + deepPart,
		"clavad*|enterrad*|incrustad*|impaled|embedded ~~6 " + deepPart,
		"stuck|sticking ~1 out ~~4 of ~2 his|her|my|the ~1 " + deepPart,
	}},
	// A fall from a height: "he fall down about 3 meter", "se cayó del
	// segundo piso", "fell 15 feet off a ladder" (probe157).
	{kind: "trauma", urgency: UrgencyEmergency, patterns: []string{
		"fall|fell|falls|cayo|cayó|caida|caída ~~5 #2-30 ~1 meter|meters|metre|metres|metros|mts|stories|floors|pisos",
		"fall|fell|falls ~~5 #10-100 ~1 feet|ft|foot",
	}},
	// A crushed or trapped limb gone hard with growing pain, or dark
	// urine after: compartment syndrome, crushed muscle.
	{kind: "compartment", urgency: UrgencyEmergency, patterns: slices.Concat(
		joined(crushCause, " ~~30 ", []string{"durisim*|hard|tight|tensa|tenso|dura|duro ~~20 insoportable|unbearable|worse|peor|worst"}),
		joined(crushCause, " ~~40 ", []string{"orina|urine|pee|pis|pipi ~~6 coca|coke|cola|tea|te|cafe|brown"}),
		joined([]string{"orina|urine|pee|pis|pipi ~~6 coca|coke|cola"}, " ~~40 ", crushCause),
	)},
	// Bleeding that pressure does not stop.
	{kind: "bleeding", urgency: UrgencyEmergency, patterns: []string{
		"pressing|pressure|presion|apretando|holding ~~8 #15-999 ~1 min|mins|minutes|minutos ~~15 still|sigue|todavia|keeps ~3 bleed*|pouring|gushing|sangr*|soaking|chorre*",
		"#15-999 ~1 min|mins|minutes|minutos ~~10 still|sigue|todavia ~3 pouring|gushing|bleeding|sangrando|chorreando|soaking",
		thinners + " ~~25 still|sigue|todavia|keeps ~3 pouring|gushing|chorreando|soaking",
		"blood|sangre ~3 jumping|spurting|squirting|pumping|saltando|brota|brotando",
		"blood|sangre ~~8 like ~2 jumping|spurting|pumping", // "blood coming out very strong like jumping"
		"put|tied|puse|pusimos|amarramos ~3 belt|tourniquet|torniquete|cinturon|cinturón ~~4 leg|arm|pierna|brazo",
		"press|pressing|presiono|apreto|aprieto ~~10 not|no|doesnt|doesn't ~2 stop|para|paran",
	}, mild: lightBleeding},
	// Blood in the urine with dizziness after a blow: a torn kidney.
	{kind: "kidney_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"orinando|orina|meando|peeing|pee|urine|urinating ~3 sangre|blood|bloody|red|roja"},
		"marea*|mareo|dizzy|lightheaded|faint*|desmay*|pale|palido|palida")},
	// A testicle swollen huge or purple, with vomiting.
	{kind: "testicular", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"testicle*|testicul*|scrotum|escroto|groin|ingle|balls|huevos|nuts|bolas ~~15 swollen|swelling|hinchad*|purple|morad*|huge|black|negro",
			"private|privates ~1 part|parts ~~15 swollen|swelling|hinchad*", "partes ~1 intimas|íntimas|privadas ~~15 hinchad*"},
		"vomit*|vomito|vomitando|puking|puke|puked", "threw|throwing ~1 up")},
	// A voice gone raspy, swallowing hard or the neck swelling after a
	// strangling.
	{kind: "strangulation", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"choked|strangled|strangling|strangle*|estrangul*|ahorcad*|ahorco|ahorcó", "apreto|apretó ~2 el ~1 cuello", "squeezed ~2 neck",
			"grabbed|squeezed ~2 my|her|his ~1 neck|throat", "chokes|choke ~1 u|you|me|her|him"},
		"voice|voz ~3 raspy|hoarse|ronca|rara|changed|weird", "hoarse*|raspy|ronca|ronco|ronquera", "ears|oidos|oídos ~1 ringing|zumban|zumbando", "ringing ~2 ears",
		// Signs of a torn artery or of the brain starved: a headache on
		// one side, a blurred eye, a faint, a hand gone numb.
		"headache*", "dolor ~2 de ~1 cabeza", "blurry|borros*|blurred", "desmaye|desmayé|desmayo|desmayó", "passed ~1 out", "blacked ~1 out",
		"numb|hormigue*", "se ~1 me ~1 duerme",
		hardTo+" ~2 swallow*|tragar", "no ~2 puedo|puede ~1 tragar",
		// fresh333: "i peed myself and now theres tiny red dots all over my
		// face and the white of my eye is red".
		"peed|wet ~1 myself|herself|himself", "red ~1 dots|spots|puntitos", "white ~2 of ~2 my|her|his ~1 eye|eyes ~~2 red|bloody", "neck|cuello ~4 puffy|swollen|swell*|hinch*|puffier|marcado|marcas")},
}

// Words and phrases for injuryRules.
const (
	hurtOrBleeding = "surgery|cirugia|cirugía|operaron|biopsy|biopsia|crash*|choque|chocamos|choco|chocó|accident*|accidente|motorcycle|moto|fell|fall|cayo|cayó|caida|hit|golpe*|kicked|patada*|bleed*|bleeding|sangr*|blood|sangre|drain|drenaje|injur*|herid*|stab*|apunal*|shot|balazo|disparo"
	bodyLimb       = "hand|arm|mano|brazo|finger*|fingers|dedo*|leg|pierna|foot|pie|hair|pelo|sleeve|manga"
	machineWords   = "machine|roller|rollers|conveyor|press|prensa|maquina|máquina|rodillo|banda|auger|gears|engranes|engranaje*|mixer|batidora|lathe|torno|belt|pto|shaft|flecha|gusano|sinfin"
	impaler        = "palo|stick|branch|rama|rod|varilla|fierro|pole|knife|cuchillo|glass|vidrio|metal|rebar|pipe|tubo|arrow|flecha|screwdriver|desarmador"
	deepPart       = "thigh|leg|chest|belly|abdomen|stomach|neck|head|back|muslo|pierna|pecho|panza|abdomen|estomago|barriga|cuello|cabeza|espalda"
)

var (
	// shockSigns are the colour and sweat of shock.
	shockSigns = []string{
		"pale|palido|palida|pálido|pálida ~3 and|y|con ~2 sweaty|clammy|sweating|sudoros*|sudando|sudor|frio|fria|cold",
		"sweaty|clammy|sudoros*|sudando ~3 and|y ~2 pale|palido|palida",
		"pale|palido|palida|pálido|pálida ~~1 sweaty|sweating|sudando|sudorosa|sudoroso|clammy",
		"sudor ~1 frio|frío", "cold ~1 sweat", "clammy",
	}
	// bellyBlow is a blow to the belly.
	bellyBlow = joined([]string{"handlebar*|manubrio|seatbelt|cinturon|kicked|kick|patada*|pateo|pateó|patearon|punched|golpe*|golpeo|pego|pegó|hit|helmet|casco|tackle*|tackled|elbow*|codazo|rodillazo|knee*", "seat ~1 belt"},
		" ~~10 ", []string{"belly|stomach|abdomen|tummy|panza|barriga|estomago|pancita|spleen|bazo|liver|higado"})
	// numbHands are hands or arms gone numb or tingling.
	numbHands = []string{
		"hands|arms|manos|brazos|fingers|dedos ~3 numb|tingl*|dormid*|hormigue*|entumid*|adormecid*",
		"numb|tingl*|dormid*|hormigue*|entumid*|adormecid* ~3 hands|arms|manos|brazos|fingers|dedos",
	}
	// injuryCause is how a neck is hurt.
	injuryCause = []string{"fell|fall|cayo|cayó|caida|dive|dived|dove|clavado|tirarse|trampolin*|trampoline|tackle*|tackled|crash*|choque|accident*|accidente|hit|golpe*|landed", "head ~1 first"}
	// crushCause is a limb crushed or trapped, or a body a night on the
	// floor.
	crushCause = []string{"trapped|pinned|crushed|crush*|atrapad*|aplastad*|prensad*|encima|forklift|montacargas|floor|piso|suelo|tirado|tirada", "fell ~2 on"}
)
