package triage

import "slices"

// faceRules are emergencies of adults' face, eyes and ears that probe110
// (50 such emergencies, 50 look-alikes) found missing at first run: a jaw
// crooked or that will not close after a fall or a blow, with blood, loose
// teeth or a blackout; blood from an ear after a blow; the sight of an
// eye gone grey or black, or gone on waking; hearing lost at once with the
// room spinning.
var faceRules = []rule{
	{kind: "trauma", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"jaw|quijada|mandibula ~~4 crooked|broken|rota|roto|chueca", "cant|can't|cannot|no ~2 close|cerrar|abrir ~2 my|mi|la ~1 mouth|boca"},
			"blood|sangre|sangrando|bleeding", "teeth|dientes ~~4 loose|flojos|line|alinean", "knocked ~1 out", "out ~1 for ~2 a|a ~1 minute|second*",
			"dont|don't|no ~2 remember|recuerdo|acuerdo"),
		eitherOrder([]string{"blood|sangre ~~4 ear|ears|oido|oído|oreja"}, "hit|fell|fall|punched|beaten|pegaron|golpe*|cai|cayo|cayó|quijada|jaw|head|cabeza"),
	)},
	{kind: "stroke", urgency: UrgencyEmergency, patterns: slices.Concat(
		joined([]string{"vision|sight|vista|eye|ojo"}, " ~~6 ", []string{"went|turned ~2 gray|grey|gris", "se ~1 puso ~2 gris|negra|negro"}),
		[]string{
			"no ~2 veo|ve ~2 nada ~4 ojo",
			"woke|amanecio|amaneció|desperte|desperté ~~4 blind|ciego|ciega", "amanecio|amaneció|desperte|desperté ~~4 sin ~1 ver",
			"woke|amanecio|amaneció ~~4 cant|couldnt ~2 see",
		},
		joined([]string{"lost|perdi|perdí|perdio|perdió ~3 hearing|audicion|audición|oido|oído"}, " ~~15 ",
			[]string{"spinning|vertigo|vueltas", "cant|cannot ~2 walk", "no ~2 puedo|puede ~1 caminar"}),
	)},
}
