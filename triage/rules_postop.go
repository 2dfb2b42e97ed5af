package triage

// postopRules are emergencies of the days after a procedure or an
// operation: a leak after weight-loss surgery (a racing heart, a fever, a
// shoulder pain), a severe pain out of proportion after a procedure,
// legs weakening after spine surgery, yellow eyes with chills after the
// gallbladder, a hernia back and stuck, an eye swollen shut seeing double
// after sinus surgery, much blood with clots or dizziness after a polyp
// was removed, hands cramping into claws after thyroid surgery, a groin
// swelling fast after a catheterisation, a wound opened with bowel
// showing, toes cold and blue under a splint. probe55 (50 such
// emergencies, 50 look-alikes) found them missing at first run.
var postopRules = []rule{
	// After weight-loss surgery: a racing heart, a fever, a shoulder pain,
	// or a sudden severe pain.
	{kind: "surgical_complication", urgency: UrgencyEmergency, patterns: joined([]string{bariatric}, " ~~40 ", []string{
		"heart|pulse|hr ~4 #120-250", "fever*|fiebre", "shoulder|hombro", suddenPain,
	})},
	// A terrible pain after a procedure.
	{kind: "surgical_complication", urgency: UrgencyEmergency, patterns: joined([]string{procedureWords}, " ~~30 ", []string{
		"dolor ~2 terrible|horrible|insoportable|fuertisimo|fuertísimo", "terrible|horrible|severe|unbearable|insane|excruciating ~2 pain",
		"pain ~3 insane|terrible|unbearable|excruciating",
	})},
	// Legs weakening or not walking after spine surgery.
	{kind: "cauda_equina", urgency: UrgencyEmergency, patterns: joined(spineSurgery, " ~~30 ", []string{
		"legs|piernas ~~6 weak*|debil*|débil*|numb|dormid*", "cant|can't ~2 walk", "no ~2 puedo|puede ~1 caminar",
	})},
	// Yellow eyes or skin with chills or a fever: the bile ducts infected.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"ojos|eyes|piel|skin ~3 amarillos|amarillas|amarillo|yellow", "jaundice|ictericia"},
		"escalofr*|chills|rigors", "fever*|fiebre")},
	// Days after a caesarean or an operation, a high fever with chills,
	// or with the incision red, hot or leaking: "C-section was 6 days
	// ago. Fever 102.8 tonight, chills, and the incision is red and hot".
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"c ~0 section ~~30 #102-106|#39-42", "csection|cesarea|cesárea|incision|incisión|herida ~~30 #102-106|#39-42"},
		"chills|rigors|escalofr*", "leaking|oozing|pus|supura*|drenando")},
	// A hernia, or a lump in the groin, stuck out, with vomiting, crying
	// or hardness: its bowel is trapped (at any age).
	{kind: "hernia", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"lump|bump|bola|bolita|bulto|bulge|hernia ~~20 cant|can't|won't|wont|no ~3 push|meter|mete|entra|regresa|reduce",
			"lump|bump|bola|bolita|bulto|bulge|hernia ~~20 cant|can't|won't|wont|no ~3 go ~1 back",
			"hernia|bulto|bulge ~~20 stuck ~1 out", "hernia|bulto|bulge ~~20 atorad*|atascad*"},
		"hard|dura|duro", "vomit*|vomito|vomitó|vomitando|throwing|threw|puking", "screaming|llora|gritos", "no ~1 gas|gases", "purple|morad*")},
	// An eye swollen and seeing double or barely after sinus surgery.
	{kind: "eye_emergency", urgency: UrgencyEmergency, patterns: joined([]string{"sinus*|sinusitis|senos"}, " ~~30 ", []string{
		"double ~1 vision", "ve|veo ~1 doble", "casi ~2 no ~2 veo|ve", "barely|cant|can't ~2 see",
	})},
	// Blood with clots, again and again or with dizziness, after a polyp
	// was removed.
	{kind: "bleeding", urgency: UrgencyEmergency, patterns: joined([]string{"colonoscop*|polyp*|polipo*|pólipo*|polipectom*"}, " ~~30 ", []string{
		"blood|sangre|bleed*|sangr* ~~15 clots|coagulos|coágulos|dizzy|mareo|mareada|mareado|faint*|desmay*",
		"blood|sangre|bleed*|sangr* ~~15 #4-30 ~1 times|veces",
	})},
	// Tingling round the mouth and hands cramping into claws: calcium
	// too low.
	{kind: "tetany", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"hands|manos|fingers|dedos ~4 cramp*|claw*|claws|garra*|engarrot*|acalambr*"},
		"tingl*|hormigue* ~3 mouth|lips|boca|labios", "thyroid|tiroides|parathyroid|paratiroides")},
	// A groin or wrist swelling fast after a catheterisation, blood
	// through the dressing.
	{kind: "bleeding", urgency: UrgencyEmergency, patterns: []string{
		"cath|cateterismo|catheterization|angiogram|angiograma|stent ~~30 swell*|hinch* ~~8 fast|rapido|rápido|bigger|creciendo|golf|pelota",
		"blood|sangre ~3 coming|soaking|saliendo ~2 through|thru|por ~2 bandage|dressing|venda|gasa|curita",
	}},
	// A wound opened with bowel showing.
	{kind: "surgical_wound", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"herida|wound|incision|incisión ~~6 abrio|abrió|opened|split|apart", "abrio|abrió|opened ~~4 herida|wound|incision|incisión"},
		"tripa|tripas|intestin*|bowel|guts")},
	// Toes or fingers cold and blue under a splint or a cast.
	{kind: "compartment", urgency: UrgencyEmergency, patterns: eitherOrder([]string{"splint|cast|yeso|ferula|férula|bandage|venda|boot|bota"},
		"toes|fingers|dedos ~~6 cold|blue|bluish|purple|frios|fríos|morados|azul*|numb",
		"toes|fingers|dedos ~~6 cant|can't ~2 feel", "no ~2 siento ~2 los ~1 dedos",
	)},
}

// Words and phrases for postopRules.
const (
	bariatric      = "sleeve|bypass|bariatric|bariatrica|bariátrica|manga|gastrectom*|baipas|baipás|lap-band"
	procedureWords = "surgery|cirugia|cirugía|operaron|operation|procedure|procedimiento|colonoscop*|endoscop*|cpre|ercp|biopsy|biopsia|cath|cateterismo|repair|reparacion|reparación|laparoscop*"
)

// spineSurgery is an operation on the spine.
var spineSurgery = []string{"columna|spine|spinal|laminectom*|fusion|fusión|discectom*", "back ~1 surgery", "operaron ~3 espalda"}
