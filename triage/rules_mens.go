package triage

// mensRules are emergencies of men's and sexual health told with
// embarrassment: a ring stuck at the base of the penis, a crack then
// swelling, a foreskin stuck behind, a bladder that will not empty, a
// stone with a single kidney or with shaking chills, a fever after a
// prostate biopsy, a scrotum swelling fast after a vasectomy, an
// erectile-dysfunction pill with poppers or nitroglycerin, a belly that
// pulses. probe63 (50 such emergencies, 50 look-alikes) found them
// missing at first run.
var mensRules = []rule{
	// The scrotum's skin turning black after an infection: Fournier's
	// gangrene (probe158).
	{kind: "necrotizing", urgency: UrgencyEmergency, patterns: []string{
		"scrotum|scrotal|escroto|testicles|testiculos ~~8 black|negra|negro|negros|dark|purple|morad*",
		"black|negra|negro ~~6 scrotum|escroto",
	}},
	// Blood and clots passed in the urine with a faint or on a thinner.
	{kind: "gi_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"peeing|pee|orino|orina|urine ~~4 pure|pura|all|puro ~1 blood|sangre", "blood|sangre ~~6 clots|coagulos|coágulos"},
		"mareo|mareado|mareada|dizzy|lightheaded", "black|blacked ~1 out", "went ~1 black", "hit ~2 the ~1 floor", "casi ~2 me ~1 caigo",
		"sudando|sweating", "desmay*|faint*")},
	// A ring stuck on the penis, the tip swollen or blue.
	{kind: "trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"ring|anillo ~~8 wont|won't|no|cant|can't ~3 come|sale|off|quitar"},
		"swollen|hinchad*", "blue|morado|morada|purple|azul", "punta|tip ~~4 siento|feel")},
	// A crack or a pop of the penis, then swelling or bruising.
	{kind: "trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"crack|cracked|pop|popped|snap|snapped|tronó|trono|crujio|crujió ~~8 penis|pene|miembro|dick",
			"penis|pene|miembro ~~8 crack|pop|snap|tronó|trono|crujió|crujio"},
		"swollen|hinchad*|purple|morado|bruis*")},
	// A foreskin stuck behind the head.
	{kind: "trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"foreskin|prepucio|pellejito|pellejo ~~8 back|behind|atrás|atras"},
		"stuck|wont|won't|atorado", "no ~1 regresa|baja", "swollen|hinchad*")},
	// A bladder that will not empty.
	{kind: "urinary_retention", urgency: UrgencyEmergency, patterns: []string{
		"cant|can't ~3 get ~2 anything ~1 out ~~15 bladder|burst|vejiga",
		"bladder|vejiga ~~6 burst|explode|reventar|revienta",
	}},
	// A stone with a single kidney and no urine, or with shaking chills.
	{kind: "kidney_failure", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"one ~1 kidney", "un ~1 solo ~1 riñon|riñón|rinon", "single ~1 kidney"},
		"havent|haven't|not ~2 peed|pee|urinated", "no ~2 he|ha ~1 orinado")},
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"stone|stones|piedra|piedras|calculo*|cálculo*"}, "shaking ~1 chills", "escalofr*|rigors")},
	// A fever with chills after a biopsy or a procedure.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: joined([]string{procedureWords}, " ~~30 ", []string{
		"#102-106", "#39-41 ~~10 escalofr*|chills|temblando", "fever*|fiebre ~~8 chills|escalofr*|shaking",
	}), notAfter: "years|anos|años|weeks|semanas|lbs|kg|kilos|pounds"},
	// A scrotum swelling fast after a vasectomy.
	{kind: "bleeding", urgency: UrgencyEmergency, patterns: joined([]string{"vasectomy|vasectomia|vasectomía"}, " ~~30 ", []string{
		"bigger|grapefruit|toronja|naranja|orange|purple|morado|morada ~~20 dizzy|mare*|faint*|desmay*",
		"getting ~1 bigger|creciendo ~~10 every|cada ~1 hour|hora",
	})},
	// An erectile-dysfunction pill with nitrates or poppers, then a faint
	// or chest pain.
	{kind: "drug_toxicity", urgency: UrgencyEmergency, patterns: []string{
		edPills + " ~~20 " + nitrates + " ~~25 " + nitrateSigns,
		nitrates + " ~~20 " + edPills + " ~~25 " + nitrateSigns,
	}},
	// A belly that pulses, with a faint or sweat: a bursting aorta.
	{kind: "aortic", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"belly|stomach|abdomen|panza|barriga ~4 pulsing|pulsating|throbbing|pulsa|late"},
		"faint*|desmay*|sweaty|sudando|sudoros*|dizzy|mareado")},
}

// Words for mensRules.
const (
	edPills      = "viagra|sildenafil|cialis|tadalafil|levitra|vardenafil"
	nitrates     = "poppers|popper|nitro|nitroglycerin*|nitroglicerina|isosorbide|isosorbida|nitrito*|nitrate*"
	nitrateSigns = "faint*|fainted|desmay*|chest|pecho|dizzy|mareado|pale|palido|pálido|respira|breath*|passed"
)
