package triage

import "slices"

// pregnancyRules are the emergencies of pregnancy, labour and the weeks
// after a birth told in everyday words: a caesarean wound opened, the
// pressure high with a headache or a pain under the ribs after the birth,
// the baby barely moving or not felt since yesterday, a fall or a crash
// while pregnant with the belly hard, sore or bleeding, a foot or a cord
// seen in labour, water leaking early, bright bleeding with pads soaked,
// lights seen before the weeks are told, a new mother afraid she will hurt
// her baby tonight. probe71 (50 such emergencies, 50 look-alikes) found
// them missing at first run.
var pregnancyRules = []rule{
	// A caesarean or other wound opened, bleeding or showing inside.
	{kind: "wound_dehiscence", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"section|seccion|cesarea|incision|herida|wound|cut|scar ~~6 opened|open|abierta|abrio|split|separated|separo"},
		"bleed*|sangr*|sangre|blood", "see ~2 inside", "se ~1 ve ~2 adentro|dentro", "gap|hueco", "#2-20 ~1 cm|inch|inches|centimetros",
		"fat|grasa|bulging|bulge")},
	// Pregnant or after a birth, a pressure of 160 or more, a pain under
	// the right ribs, or a headache with lights seen: pre-eclampsia.
	{kind: "preeclampsia", urgency: UrgencyEmergency, patterns: eitherOrder(slices.Concat(afterBirth, pregnantNow, []string{"tuvo ~2 su|el ~1 bebe"}),
		"pressure|presion|bp|cuff ~5 #160-300", "pain|dolor|duele ~~4 under|debajo ~~3 ribs|costillas", "ribs|costillas ~~15 headache*|cabeza",
		"headache*|cabeza ~~15 ribs|costillas", "seeing|see|sees|veo|viendo|ve ~2 "+lightsSeen)},
	// A pressure of 140 to 159 in pregnancy or the weeks after a birth:
	// for a clinician today ("9 days postpartum, my BP cuff read 150/98").
	{kind: "pregnancy_concern", urgency: UrgencyUrgent, patterns: eitherOrder(slices.Concat(afterBirth, pregnantNow),
		"pressure|presion|bp|cuff|reads|read|marca|marco ~5 #140-159")},
	// The baby barely moving, a few kicks counted, or not felt since a
	// time told first ("desde ayer ... no siento moverse al bebe").
	{kind: "preeclampsia", urgency: UrgencyEmergency, patterns: []string{
		"baby|bebe ~~6 barely|hardly ~2 moved|moving|move|kicked|kicking",
		"only|maybe|like|solo|nomas ~2 #0-5 ~1 kicks|patadas|movimientos ~~6 since|desde|today|hoy|all",
		"since|desde ~~10 no ~3 siento|sentido|senti ~4 moverse|mueve|mueva|move|moving",
	}},
	// A fall or a crash while pregnant, then a belly hard or sore,
	// bleeding, leaking or a baby moving less: the placenta torn away.
	{kind: "pregnancy_trauma", urgency: UrgencyEmergency, patterns: slices.Concat(
		joined(joined(pregnancyTrauma, " ~~15 ", pregnantNow), " ~~25 ", traumaSigns),
		joined(joined(pregnantNow, " ~~15 ", pregnancyTrauma), " ~~25 ", traumaSigns),
		joined(joined(pregnancyTrauma, " ~~25 ", traumaSigns), " ~~25 ", pregnantNow),
	)},
	// A foot, an arm or the cord seen in labour.
	{kind: "pregnancy_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"labor|labour|parto|contractions|contracciones|pushing|pujando|pujar|midwife|partera"},
		"see|seeing|ve|veo|asoma*|sticking|coming|sale|saliendo ~~4 foot|feet|pie|pies|piecito|piecitos|arm|brazo|manita|bottom|nalgas|pompis")},
	// Water leaking before term: "tengo 32 weeks y me esta saliendo agua".
	{kind: "pregnancy_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"#13-36 ~1 semanas|weeks|w ~~15 saliendo|sale|salia|leaking|gotea|goteando|chorritos|chorro ~2 agua|liquido|fluid|water",
	}},
	// Bright bleeding in the middle weeks, or pads gone through.
	{kind: "pregnancy_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"#12-19 ~1 weeks|semanas|w ~~20 bleed*|sangrando|sangrado|sangre",
		"through|thru ~2 #2-10 ~1 pads|pad|toallas|toalla",
	}, notAfter: labWords + "|pressure|presion|thinner|thinners|sugar|azucar|type|tipo|draw", mild: lightBleeding},
	// Lights seen, then the weeks told: "seeing little sparkly lights. 36
	// wks".
	{kind: "preeclampsia", urgency: UrgencyEmergency, patterns: []string{
		"seeing|see|sees|veo|viendo|ve ~2 " + lightsSeen + " ~~25 pregnan*|embaraz*|weeks|semanas",
	}},
	// A new mother afraid she will hurt her baby, tonight or soon.
	{kind: "postpartum_psychosis", urgency: UrgencyEmergency, patterns: joined(
		[]string{"picturing|imagin*|thoughts|thinking|pienso|pensamientos|ideas ~~6 shaking|shake|hurting|hurt|harm*|smother*|drown*|sacudir*|lastimar*|ahogar*"},
		" ~~30 ", []string{"might|could|gonna|tonight|afraid|scared|miedo|capaz", "going ~1 to", "voy ~1 a", "esta ~1 noche"})},
}

var (
	// pregnancyTrauma are a fall, a crash or a blow.
	pregnancyTrauma = []string{"fell|fall|cai|cayo|slipped|resbale|crash|crashed|accident|accidente|choque|chocaron|golpe*|hit|kicked|punched", "rear ~1 ended"}
	// pregnantNow are the weeks told, or the pregnancy named.
	pregnantNow = []string{"#13-42 ~1 weeks|semanas|w", "pregnant|embarazada", "#4-9 ~1 months|meses ~1 along|pregnant|embarazada"}
	// traumaSigns are what makes a blow in pregnancy an emergency.
	traumaSigns = []string{
		"belly|panza|barriga|vientre|stomach ~~6 hard|tight|dura|duro|apretad*|hurts|duele|pain|dolor|cramp*|colicos|cólicos",
		"spotting|bleed*|sangr*|mancha*", "leaking|liquido|agua", "casi ~2 no ~2 se ~1 mueve", "not ~2 moving|kicking",
		"baby|babys|bebe|bebé ~~4 quiet|quieto|quieta", // "the baby's been quiet since"
	}
)
