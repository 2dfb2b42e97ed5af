package triage

import "slices"

// womenRules are emergencies of women's health outside late pregnancy,
// and a few of any patient's that the same set found: a pregnancy with a
// one-sided pain and a faint, a cyst with a sudden pain and vomiting or
// a faint, a pad soaked every hour or clots the size of a fist, a high
// fever after a procedure or with a pelvic pain, a racing heart after
// abortion pills, something bulging out after a hysterectomy, bleeding
// with bruises and a faint, shaking chills with confusion, a child being
// abused with the abuser at home, an empty bottle of pills. probe51 (50
// such emergencies, 50 look-alikes) found them missing at first run.
var womenRules = []rule{
	// Pregnant, a pain on one side, and a faint: an ectopic pregnancy.
	{kind: "ectopic", urgency: UrgencyEmergency, patterns: slices.Concat(joined(joined(
		pregnancyTold, " ~~30 ", sidePain), " ~~25 ", faintish),
		// A pain low on one side, bleeding, and a near faint, whatever the
		// writer knows of a pregnancy: "me tomé la pastilla del día
		// siguiente … dolor bien fuerte de un lado abajo, estoy sangrando
		// y casi me desmayo".
		joined(joined(sidePain, " ~~20 ", []string{"bleeding|sangrando|sangrado|spotting"}), " ~~20 ", faintish))},
	// A known cyst or ovary, then a sudden pain with vomiting or a faint:
	// a torsion or a rupture.
	// (The cyst first: told after the pain, it is often dated, "un
	// quiste que me vieron el año pasado", and the date is the cyst's.)
	{kind: "ovarian", urgency: UrgencyEmergency, patterns: joined(
		[]string{"cyst|cysts|quiste|quistes|ovary|ovaries|ovario|ovarios"}, " ~~25 ",
		joined([]string{suddenPain}, " ~~20 ", append(slices.Clone(faintish), "vomit*|vomito|vomite|vomité|vomitando|threw|throwing")))},
	// A sudden severe pain, then lightheaded and sweaty: bleeding inside.
	{kind: "shock", urgency: UrgencyEmergency, patterns: joined([]string{suddenPain}, " ~~25 ", []string{
		"lightheaded|light-headed|faint*|desmay*|mareada|mareado ~~4 sweaty|sudando|sudorosa|sudoroso|clammy",
		"sweaty|sudando|sudorosa|sudoroso|clammy ~~4 lightheaded|light-headed|dizzy|faint*|desmay*|mareada|mareado",
	})},
	// A pad soaked every hour or faster, or clots the size of a fist.
	{kind: "bleeding", urgency: UrgencyEmergency, patterns: []string{
		"toalla|toallas|pad|pads|kotex|tampon|tampones|tampons ~~6 cada|every ~2 hora|hour|media|half",
		"toalla|toallas|pad|pads|kotex ~~6 cada|every ~2 #10-59 ~1 min|mins|minutes|minutos",
		"clot|clots|coagulo*|coágulo*|cuajo* ~~8 fist|fists|puno|puño|golf|baseball|orange|naranja|lemon|limon|limón|palm|palma",
	}},
	// A high fever after a procedure, or a fever with shaking, a foul
	// discharge or a pain all over the belly.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: slices.Concat(
		joined([]string{gynProcedure}, " ~~30 ", []string{"#102-106", "#39-41", "fever*|fiebre ~3 alta|high"}),
		joined(joined([]string{gynProcedure}, " ~~30 ", []string{"fever*|feverish|fiebre"}), " ~~8 ",
			[]string{"shaky|shaking|temblando|tiembl*|escalofr*|chills|olor|smell*|foul", "all ~2 over", "todo ~1 el ~1 vientre"}),
		eitherOrder([]string{"pelvic|pelvis|ovario|ovary|uterus|utero|útero|matriz"}, feverWords+" ~3 #102-106|#39-41", "#102-106|#39-41 ~2 "+feverWords+"|grados|degrees"),
	), notAfter: "years|anos|años|weeks|semanas|days|dias|días|lbs|kg|kilos|pounds|dollars|dolares"},
	// A racing heart or no strength to stand after abortion pills.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: joined(
		[]string{"aborto|abortion|misoprostol|mifepristona|mifepristone|legrado"}, " ~~30 ",
		[]string{"heart|corazon|corazón ~3 racing|pounding|rapid*|rapidisimo|rapido|fast", "casi ~2 no ~2 me ~1 puedo ~1 parar", "cant|can't ~2 stand"})},
	// Something bulging out, or a pop, after a hysterectomy.
	{kind: "surgical_wound", urgency: UrgencyEmergency, patterns: []string{
		"hysterectomy|histerectomia|histerectomía ~~30 bulging|bulge|protrud*|popped|pop|saliendo|salio|salió",
		"hysterectomy|histerectomia|histerectomía ~~30 something ~2 coming ~1 out",
	}},
	// Bleeding with bruises and a faint: the blood does not clot.
	{kind: "bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"bleed*|sangr* ~~15 bruis*|moretones|moretes|morados", "bruis*|moretones|moretes|morados ~~15 bleed*|sangr*"},
		append(slices.Clone(faintish), "grey|gray|gris ~2 looking|color")...)},
	// Shaking chills and confusion: sepsis.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"escalofr*|chills|rigors|shaking|temblar|tiembl*"}, "confus*|confundid*|disoriented|desorientad*")},
	// A child being abused, the abuser in the home.
	{kind: "abuse", urgency: UrgencyEmergency, patterns: []string{
		relativeMan + " ~~6 la|lo|her|him|me ~1 toca|toco|tocó|touches|touching|touched|abusa|abusando|molest*",
		relativeMan + " ~~6 touches|touching|touched|abusa|abusando|molests|molesting|molested",
	}},
	// An empty bottle of pills found.
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: []string{
		"found|find|encontre|encontré|halle|hallé ~4 empty ~2 bottle|bottles|box|pack ~~8 " + pillNames,
		"found|find|encontre|encontré|halle|hallé ~4 frasco|caja|bote ~2 vacio|vacío|vacia|vacía ~~8 " + pillNames,
	}},
}

// Words and phrases for womenRules.
const (
	gynProcedure = "legrado|curettage|curetaje|dc|hysteroscopy|histeroscopia|aborto|abortion|misoprostol|mifepristone|mifepristona|iud|diu|leep|conizacion|conización|hysterectomy|histerectomia|myomectomy|miomectomia"
	relativeMan  = "padrastro|stepdad|stepfather|tio|tío|uncle|novio|boyfriend|primo|cousin|abuelo"
	suddenPain   = "sudden|suddenly|repente|sharp|stabbing|horrible|severe|worst|fuerte|insoportable ~~4 pain|dolor"
	pillNames    = "pills|pastillas|tylenol|acetaminophen|paracetamol|advil|ibuprofen|ibuprofeno|aspirin|aspirina|meds|medicine|medicina|sleeping|benadryl|xanax|oxy*"
)

var (
	// pregnancyTold is a pregnancy told or tested (not any positive test:
	// "covid test positive").
	pregnancyTold = []string{"pregnant|embarazada|pregnancy|embarazo", "dating ~1 ultrasound|scan|sono|eco", "#4-14 ~1 wk|wks|week|weeks|semanas ~~3 ultrasound|scan|sono|eco|ecografia|ecografía", "took|take|did|hice ~2 a|una ~1 test|prueba ~~6 positive|positiva|positivo", "retraso|atraso ~3 de ~2 #1-9 ~1 semanas|dias|weeks",
		"positive|positiva ~~6 pregnancy|embarazo|hcg|beta", "tubes ~1 tied ~~15 positive|positiva", "ligadura ~~15 positiva",
		"condom|condon|condón ~~12 positive|positiva"}
	// sidePain is a pain on one side, low.
	sidePain = []string{"pain|dolor ~~6 right|left|derecho|izquierdo|derecha|izquierda|side|lado", "right|left|derecha|izquierda ~~4 pain|dolor"}
	// faintish is a faint, or nearly.
	faintish = []string{"dizzy|lightheaded|light-headed|faint*|fainted|desmay*|mareada|mareado|sweaty|sudando|sudorosa", "passed|pass ~1 out",
		"shoulder|hombro ~~3 hurts|pain|dolor|duele"} // a pain into the shoulder: blood under the diaphragm
)
