package triage

import "slices"

// heartRules read a heart attack, a clot in the lung or a rhythm gone
// wrong from their parts, as families tell them: a pain or a weight in
// the chest or the pit of the stomach, with a sweat, a grey colour or a
// numb arm or jaw; a faint with a racing pulse or fast breathing; nitro
// that does not take the pain away; an oximeter's low number read out.
// The twelfth session's independent sets of the heart and the breath in
// Spanish (probe194 0.90, probe198 0.92 at first run) found them missing.
var heartRules = []rule{
	{kind: "heart_attack", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder(cardiacPain, cardiacSweat...),
		eitherOrder(cardiacPain, cardiacSpread...),
		eitherOrder(cardiacSweat, cardiacSpread...),
		// A cold sweat with nausea or a grey, odd feeling in an older
		// person who blames the stomach; a pain in the shoulder or jaw that
		// will not go with nausea or rest.
		eitherOrder([]string{"sudando|sudor|transpira|transpirando ~1 frio|frío", "cold ~1 sweat|sweats", "clammy"},
			"nauseas|náuseas|nausea|nauseous", "palida|pálida|palido|pálido|pale", "rara|raro|rarisima|rarísima|weird|off"),
		eitherOrder(cardiacSpread, "nauseas|náuseas|nausea|nauseous", "no ~2 se ~1 me|le ~1 quita", "wont|won't|isnt|isn't|not ~2 going ~1 away",
			"winded|breathless", "short ~2 of ~1 breath", "me ~1 falta ~2 aire"),
		// Nitro taken and the pain still there: "ya me puse la
		// nitroglicerina y no se me quita".
		eitherOrder([]string{"nitro|nitroglicerina|nitroglycerin|nitrostat|nitros"},
			"no ~3 quita|quito|funciona|funciono|ayuda|ayudo|alivia|alivio|hace|hizo", "didnt|doesnt|not|hasnt ~2 help*|work*|touch*", "still ~3 hurts|pain|there",
			"second|third|segunda|tercera|2nd|3rd"),
	)},
	// A heart racing with a grey face or sight going: a rhythm that is
	// failing the body.
	{kind: "heart_rate", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{heartRacing, "pulso|pulse ~3 rapidisimo|rapidísimo|racing|acelerad*|#140-250", "pulso|pulse ~3 muy ~1 rapido", "corazon|heart ~3 late|latiendo|beating ~2 muy|super|really|so ~1 rapido|fast",
			"ritmo|rhythm|frecuencia|rate ~~3 #140-250", "corazon|corazón|heart ~~3 vuelcos|flips|skipping|stops|para|parara|detiene"},
		"gris|grey|gray|ceniza|palid*|pale", "no ~2 ve ~1 bien|nada", "cant|can't ~2 see", "faint*|desmay*", "passed ~1 out", "pecho ~2 raro|apretado", "chest ~2 feels ~2 weird|tight",
		"casi ~2 me|se ~1 caigo|cae|desmayo|desmaya", "nearly|almost ~2 fainted|passed|fell")},
	// A pacemaker or a defibrillator with a near-faint.
	{kind: "heart_rate", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"marcapasos|pacemaker|desfibrilador|defibrillator|icd"},
		"casi ~2 me|se ~1 caigo|cae|desmayo|desmaya", "nearly|almost ~2 fainted|passed|fell")},
	// A faint with fast breathing or a side hurting on a breath: a clot in
	// the lung after a long ride.
	{kind: "breathing", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"desmayo|desmayó|desmayé|desmaye|fainted", "passed ~1 out"},
		fastBreathing, "duele ~~4 jala|jalar|respira|respirar ~1 aire|hondo", "hurts ~~4 breathe|breath ~1 in|deep")},
	// A known aneurysm with a sudden severe pain in the back or the belly,
	// or a faint: a rupture.
	{kind: "aortic", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"aneurisma|aneurysm|aneurism|aneurisma*|aaa"},
		"fuertisimo|fuertísimo|severe|terrible|tearing|ripping|desgarr*|horrible", "espalda|back ~~4 dolor|pain|hurts|duele", "dolor|pain|hurts|duele ~~4 espalda|back",
		"blanco|palid*|pale|sudado|sudando|sweat*|desmay*|faint*|passed ~1 out")},
	// A tearing pain going through to the back, as a torn aorta is told
	// (probe280: "this really bad tearing pain going straight through to
	// my back for the past half hour").
	{kind: "aortic", urgency: UrgencyEmergency, patterns: []string{
		"tearing|ripping|desgarr* ~~4 pain|dolor ~~8 back|espalda",
		"tearing|ripping|desgarr* ~~6 through|atraviesa|traspasa ~~4 back|espalda",
	}},
	// An oximeter's low number read out, however far its name: "el
	// oxímetro de mi nena de 4 años dice 88".
	{kind: "low_oxygen", urgency: UrgencyEmergency, patterns: []string{
		satWords + " ~~8 dice|says|marca|marcaba|reads|reading|shows|muestra ~1 #50-89",
	}},
}

var (
	// cardiacPain is a pain or a weight in the chest or the pit of the
	// stomach.
	cardiacPain = []string{
		"dolor|pain|peso|weight|presion|pressure|opresion|tight*|apret* ~~4 pecho|chest", "boca ~1 del ~1 estomago",
		"upper ~1 stomach|belly|abdominal|abdomen", "pit ~2 of ~2 stomach", "arriba ~2 del ~1 ombligo",
		"arde|ardor ~~3 estomago|estómago",
		"pecho|chest ~~3 hurts|duele|apretado|raro|pesado|heavy|tight",
	}
	// cardiacSweat is the body's alarm: a sweat, a grey colour.
	cardiacSweat = []string{
		"sudando|sudor|sweat*|sudoroso|sudorosa|clammy|pegajos*|transpira|transpirando", "gris|grey|gray|ceniza|cenizo", "mal ~2 de ~1 color", "bad ~1 color|colour",
	}
	// cardiacSpread is a pain or a numbness reaching the arm or the jaw.
	cardiacSpread = []string{
		"brazo|arm ~~3 adormece|duerme|dormido|dormida|numb|tingl*|hurts|duele", "adormece|duerme|numb ~~3 brazo|arm",
		"quijada|mandibula|jaw ~~3 duele|duerme|adormece|hurts|numb|aches|ache|aching|pain", "duele|duerme|adormece ~~3 quijada|mandibula",
		"left ~1 shoulder|arm ~~3 aches|ache|hurts|pain|numb|tingl*", "dolor|pain ~~4 hombro|shoulder|mandibula|mandíbula|quijada|jaw",
		"brazo|arm ~~3 pesa|pesado|heavy",
		// fresh326: "un peso encima que le baja al brazo izquierdo".
		"baja|bajando|corre|corriendo|irradia|irradiando ~3 brazo|hombro|quijada|mandibula|mandíbula",
		"goes|going|shoots|shooting|radiates|radiating|spreads|spreading|travels|traveling ~~2 down|into|to|up ~2 his|her|my|the ~1 left ~1 arm|shoulder",
		// Between the shoulder blades, with the jaw: "my jaw and between
		// my shoulder blades ache".
		"jaw|quijada|mandibula ~~3 between ~2 shoulder ~1 blades|blade", "between ~2 shoulder ~1 blades|blade ~~3 ache|aches|aching|hurt*|pain",
		"omoplatos|paletas|escapulas ~~3 duele*|dolor",
		"ache|aches|aching ~~4 jaw|quijada|mandibula",
		"sube|subiendo|goes|going|radiates|corre ~2 al|a|to|hacia|up ~~3 pecho|chest|brazo|arm|jaw|quijada|espalda|back|cuello|neck",
	}
)
