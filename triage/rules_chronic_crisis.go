package triage

import "slices"

// crisisRules are the moments a long illness turns dangerous, told by
// patients who know their disease and often play it down: a liver
// patient confused and nodding off, a heart failing with kilos gained and
// breath lost lying down, an adrenal crisis with the hydrocortisone
// vomited, a diabetic's limb gone black with a fever, a pressure of 180
// or more with double sight; and, told in passing inside a request
// (probe65), a potassium gone high on the drugs that raise it, a skin
// infection spreading with a high fever and faintness.
// probe56 (50 such emergencies, 50 look-alikes) found them missing at
// first run.
var crisisRules = []rule{
	// Weak, heavy-legged or unable to stand, with a slow or skipping
	// heart, on what raises potassium: a potassium high enough to stop the
	// heart ("took her potassium pills 3 times today … Heart racing and
	// skipping, says her legs feel heavy", fresh386).
	{kind: "cardio_metabolic", urgency: UrgencyEmergency, patterns: joined(
		[]string{"spironolactone|aldactone|espironolactona|eplerenone|potassium|potasio|kdur|klor*|dialysis|dialisis|lisinopril|enalapril|losartan|valsartan|bactrim",
			// fresh398: "my PD cycler died friday … havent done any exchanges"
			"cycler|exchanges|recambios|peritoneal"},
		" ~~30 ", eitherOrder([]string{"weak|weakness|debil|debilidad|flojo|floja", "legs|piernas|arms|brazos ~~4 heavy|pesadas|pesados|jelly|noodles|gelatina",
			"cant|can't|cannot ~2 stand|walk", "no ~2 puede|puedo ~2 pararse|pararme|caminar"},
			"heart|corazon ~~4 slow|skipping|skips|lento|despacio|irregular|flip*|flutter*", "pulse|pulso ~~3 slow|lento"))},
	// Water pills or laxatives taken by the handful, to make a weight or
	// lose one, then confused, the heart out of step or cramps all over
	// (fresh391: "para dar el peso se tomó un montón de diuréticos y
	// laxantes y se metió al sauna. Ahora está confundido, dice que el
	// corazón le late chueco").
	{kind: "cardio_metabolic", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"monton|montón|bunch|handful|lot|lots|muchos|muchas|punado|puñado|extra|double|doble ~~4 diuretic|diuretics|diuretico|diureticos|diurético|diuréticos|laxative|laxatives|laxante|laxantes",
			"monton|montón|bunch|handful|lot|lots|extra|double ~~4 water ~1 pills"},
		"confus*|confundid*", "corazon|corazón|heart ~~4 chueco|irregular|skipping|brinca|salta|flutter*", "cramps ~2 all ~1 over", "calambres ~2 en ~1 todo")},
	// Infections gone to the blood, told in lay words (fresh412): a red
	// patch spread past the line drawn round it, with a racing heart or
	// feeling awful; a fever of 103 or more with a fall from dizziness; a
	// wound darkening after an operation with a fever or a pain far beyond
	// its look; a fever days after a birth with faintness on standing.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: slices.Concat(
		joined([]string{"past|beyond ~2 the|my|that|it ~1 line|mark|marker|sharpie", "way ~1 past ~1 it", "paso|pasó ~2 la ~1 linea|línea|marca"}, " ~~25 ",
			[]string{"racing|pounding|garbage|awful|terrible|crap|confus*|dizzy|acelerad*", "#101-106", "#38-42"}),
		joined([]string{feverWords + " ~3 #103-107", "#103-107 ~2 " + feverWords, "fiebre ~3 #39-42"}, " ~~30 ",
			[]string{"dizzy|mareado|mareada|lightheaded ~~4 fell|fall|cai|caí|cayo|cayó", "passed ~1 out", "fainted|desmay*"}),
		joined([]string{"wound|incision|herida|skin|piel|edges|bordes ~~6 dark|darker|black|purple|dusky|gray|grey|negra|negro|morada|morado|oscura"}, " ~~25 ",
			[]string{feverWords + " ~3 #101-106", "#101-106", "#38-42", "hurts ~~4 way|much ~1 more", "out ~2 of ~1 proportion"}),
		joined(afterBirth, " ~~30 ", eitherOrder([]string{feverWords}, "lightheaded|light-headed|dizzy|faint*|mareada|mareado|desmay*")),
	)},
	// Redness spreading with a high fever and faintness or confusion: an
	// infection of the skin gone to the blood.
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: joined(
		[]string{"red|redness|rojo|roja|rojez|enrojecimiento|streak*|raya|rayas ~~6 spread*|sube|subiendo|crece|creciendo|extend*", "spread*|spreading ~~4 red|redness|rojo|roja|rojez"},
		" ~~30 ", eitherOrder([]string{feverWords + " ~3 #103-107|#40-42", "#103-107|#40-42 ~2 " + feverWords},
			"dizzy|dizziness|mareo|mareada|mareado|faint*|desmay*", "confus*|confundid*"))},
	// A liver patient confused or nodding off: hepatic encephalopathy.
	{kind: "hepatic", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cirrhosis|cirrosis|lactulose|lactulosa|hepatic|hepatica|hepática"},
		"confus*|confundid*", "didnt|doesnt ~2 know ~2 where", "did|does ~1 not ~2 know ~2 where", "no ~1 sabe ~2 donde|dónde", "nodding ~1 off", "strange|raro|rara|extrano|extrana")},
	// Breath lost lying down, with kilos gained or legs swollen: the heart
	// failing.
	{kind: "heart_failure", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"no ~2 puedo|puede ~1 acostarme|acostarse ~3 sin ~1 ahogarme|ahogarse", "cant|can't ~2 lie ~2 down|flat ~~4 without"},
		"kilos|kg|lbs|pounds|libras", "hinchad*|swollen|swelling", "furosemid*|lasix")},
	// An adrenal crisis: vomiting the hydrocortisone, or faint and cold.
	{kind: "adrenal_crisis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"addison*|adrenal|suprarrenal|hydrocortisone|hidrocortisona"},
		"vomit*|vomito|vómito|vomitando|threw|throwing", "no ~1 retiene", "cant|can't ~2 keep")},
	// A limb gone black, with a fever: gangrene (black and foul without a
	// fever is for today, the labelled sets' writers say).
	{kind: "necrotizing", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"pierna|pie|leg|foot|toe|toes|dedo|dedos ~~4 black|negra|negro|negros"},
		feverWords)},
	// A pressure of 180 or more with double or blurred sight, chest pain
	// or confusion (with a headache alone the writers of the labelled sets
	// say: a clinician today).
	{kind: "hypertensive", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"presion|presión|pressure|bp|tension|tensión ~4 #180-300", "blood ~3 going ~1 up ~~3 #180-300"},
		"veo ~1 doble", "double ~1 vision", "blurry|borros*", "chest|pecho", "confus*|confundid*", "see|seeing ~2 two ~2 of ~1 everything")},
}
