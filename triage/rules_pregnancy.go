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
	{kind: "preeclampsia", urgency: UrgencyEmergency, patterns: eitherOrder(slices.Concat(afterBirth, pregnantNow, []string{"tuvo ~2 su|el ~1 bebe", "tuvo|tuve ~1 bebe|bebé"}), // fresh423: "Mi cuñada tuvo bebé hace 3 días. Tiene la presión en 190/120"
		"pressure|presion|bp|cuff ~5 #160-300", "pain|dolor|duele ~~4 under|debajo ~~3 ribs|costillas", "ribs|costillas ~~15 headache*|cabeza",
		"headache*|cabeza ~~15 ribs|costillas", "seeing|see|sees|veo|viendo|ve ~2 "+lightsSeen,
		// fresh352: "theres sparkly zigzags in my eyes".
		lightsSeen+" ~~3 in ~2 my ~1 eyes|eye|vision", lightsSeen+" ~~3 en ~2 los|mis ~1 ojos|vista")},
	// A fit in pregnancy or the weeks after a birth: eclampsia (fresh352:
	// "31 wks, woke up on the bathroom floor, my sister says i was jerking
	// all over and i bit my tongue").
	{kind: "seizure", urgency: UrgencyEmergency, patterns: eitherOrder(slices.Concat(afterBirth, pregnantNow),
		// (A tongue bitten only with a fall or a fit beside it, not "bit my
		// tongue eating dinner", review24.)
		"bit|bitten ~2 my|her ~1 tongue ~~8 floor|jerking|shaking|passed|blacked|woke|foggy|confused", "woke ~~10 floor ~~10 bit|bitten ~2 my|her ~1 tongue",
		"mordi|mordí|mordio|mordió ~2 la ~1 lengua ~~8 piso|suelo|temblando|sacudiendo|desmay*|confundida", "jerking|shaking|sacudiendo|temblando ~2 all ~1 over", "jerking|shaking|sacudiendo|temblando ~2 todo ~1 el ~1 cuerpo",
		"had|having|tuvo|tuve ~2 a|an|una ~1 seizure|fit|convulsion|convulsión|ataque", "seizing|convulsionando|convulsiono|convulsionó|convulsione|convulsioné")},
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
	// A pain that does not come and go, with blood, late in pregnancy: the
	// placenta coming away (fresh372: "36 wks. woke up w pain that isnt
	// coming and going like contractions, its constant … some dark blood").
	{kind: "pregnancy_bleeding", urgency: UrgencyEmergency, patterns: joined(joined(
		[]string{"#20-42 ~1 wks|weeks|semanas|w"},
		" ~~20 ", []string{"constant|constante|nonstop", "isnt|not ~1 coming ~1 and ~1 going", "no ~1 se ~1 quita|calma"}),
		" ~~20 ", []string{"blood|bleeding|sangre|sangrado|sangrando"})},
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
	// (fresh352: "I keep seeing myself dropping her over the balcony
	// railing and tonight it doesn't feel like just a picture").
	{kind: "postpartum_psychosis", urgency: UrgencyEmergency, patterns: slices.Concat(joined(
		[]string{"picturing|imagin*|thoughts|thinking|pienso|pensamientos|ideas ~~6 shaking|shake|hurting|hurt|harm*|smother*|drown*|sacudir*|lastimar*|ahogar*|soltar*|tirar*|aventar*|dropping|throwing",
			"seeing|see|picture|picturing ~1 myself ~~3 dropping|drop|throwing|throw|drowning|shaking|smothering|hurting",
			// review24: "me paré junto a la ventana con la niña y casi la
			// suelto. Tengo miedo de lo que voy a hacer esta noche".
			"casi ~2 la|lo ~1 suelto|solte|solté|tiro|tire|tiré", "casi ~2 la|lo ~1 dejo ~1 caer", "almost ~1 dropped|threw|let ~2 her|him|go"},
		" ~~30 ", []string{"might|could|gonna|tonight|afraid|scared|miedo|capaz", "going ~1 to", "voy ~1 a", "esta ~1 noche", "casi ~2 lo|la ~1 hago|hice", "almost ~1 did ~1 it"}),
		// Dark thoughts since the birth and a means stood before with the
		// baby in arms (fresh352: "desde que nació el niño tengo
		// pensamientos feos. Hoy llené la tina y me quedé parada mirándola
		// con él en brazos").
		[]string{"pensamientos|thoughts ~1 feos|malos|horribles|oscuros|raros|scary|dark|bad|awful|intrusive ~~25 tina|bañera|banera|tub|bath|bathtub|balcon|balcón|balcony|railing|ventana|window|stairs|escaleras ~~12 brazos|arms|holding|cargando|cargandolo|cargándolo"})},
	// A mother days after a birth who hears voices or takes the baby for
	// another's (fresh352: "had the baby 4 days ago and tonight shes saying
	// people in the walls are telling her he isnt ours").
	// Shut in a bathroom with the baby and the tub filling (fresh399: "se
	// encerró en el baño con él y la tina llenándose").
	{kind: "postpartum_psychosis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"encerr* ~~4 bano|baño ~~4 con ~2 el|él|bebe|bebé|nino|niño|nina|niña", "locked ~~4 bathroom ~~4 with ~2 the|him|her|baby"},
		"tina|tub|bathtub|banera|bañera ~~4 llenando|llenandose|llenándose|filling|running|full|llena", "agua|water ~~3 corriendo|running|filling")},
	{kind: "postpartum_psychosis", urgency: UrgencyEmergency, patterns: eitherOrder(slices.Concat(afterBirth, []string{
		"had ~2 the|a|our|her ~1 baby ~~2 #1-60 ~1 days|weeks ~1 ago", "tuvo ~2 al|el|la|su ~1 bebe|bebé|niño|niña ~~2 hace ~1 #1-60", "dio ~1 a ~1 luz ~~2 hace"}),
		// (Voices or people in the walls, not "scratching in the walls …
		// it's mice", review24.)
		"voices|voces", "people|someone|somebody|men|man|they|them ~~3 in ~2 the ~1 walls", "gente|alguien|hombres ~~3 en ~2 las ~1 paredes", "isnt|isn't|not|aint ~1 ours|hers|mine|real", "not|isnt|isn't ~1 her|his|their ~1 baby|son|daughter|child", "he|she ~1 isnt|isn't ~1 ours|hers|mine",
		"no ~1 es ~1 nuestro|nuestra|suyo|suya|mio|mío|mia|mía", "no ~1 es ~1 su ~1 bebe|bebé|hijo|hija", "replaced|switched|cambiaron ~2 the|her|my|el|la|al ~1 baby|bebe|bebé", "poisoning|envenenando|envenenar ~2 the|her|my|el|al ~1 baby|bebe|bebé")},
}

var (
	// pregnancyTrauma are a fall, a crash or a blow.
	pregnancyTrauma = []string{"fell|fall|cai|cayo|slipped|resbale|crash|crashed|accident|accidente|choque|chocaron|golpe*|hit|kicked|punched", "rear ~1 ended"}
	// pregnantNow are the weeks told, or the pregnancy named.
	pregnantNow = []string{"#13-42 ~1 weeks|semanas|w|wks|wk|sem", "pregnant|embarazada", "#4-9 ~1 months|meses ~1 along|pregnant|embarazada"}
	// traumaSigns are what makes a blow in pregnancy an emergency.
	traumaSigns = []string{
		"belly|panza|barriga|vientre|stomach ~~6 hard|tight|dura|duro|apretad*|hurts|duele|pain|dolor|cramp*|colicos|cólicos",
		"spotting|bleed*|sangr*|mancha*", "leaking|liquido|agua", "casi ~2 no ~2 se ~1 mueve", "not ~2 moving|kicking",
		"baby|babys|bebe|bebé ~~4 quiet|quieto|quieta", // "the baby's been quiet since"
	}
)
