package triage

import "slices"

// clinicianRules are emergencies as clinicians and care staff write them
// to a patient's doctor, in shorthand: crushing CP radiating with
// diaphoresis, ST elevation, the worst HA of a life, a rigid abdomen with
// guarding or rebound, a testis torsed, a Glasgow of 8, a hip shortened
// and rotated, a dialysis graft bleeding, jaundice with a fever, peaked T
// waves, a pulse under 40 with weakness. probe74 (50 such emergencies,
// 50 look-alikes in the same shorthand) found them missing at first run.
var clinicianRules = []rule{
	{kind: "chest_pain", urgency: UrgencyEmergency, patterns: []string{
		"crushing ~1 cp|chest", "cp ~~10 radiat*|diaphoretic|diaforetic*|diaphoresis|jaw|l ~1 arm",
		// probe143 (clinicians as patients): "substernal pressure
		// radiating to my L jaw x 30 min, diaphoretic".
		"substernal|retrosternal|precordial|retroesternal|subesternal ~~3 pressure|pain|tightness|cp|discomfort|dolor|opresion|presion",
		"pressure|presion|opresion|tightness ~~6 radiat*|irradia* ~~4 jaw|arm|mandibula|brazo|quijada|left|izquierdo",
		// "Chest feels like someone is sitting on it and it's going down my
		// left arm" (probe163).
		"chest|pecho ~~12 down ~2 my|the|his|her|el|mi ~1 left ~1 arm", "chest|pecho ~~12 brazo ~1 izquierdo",
		"chest|pecho ~~6 sitting|sentado|sentada ~2 on|encima|sobre ~1 it|me|mi|el",
		"st ~1 elevation|elevacion|elevado|elevada", "elevacion ~2 del ~1 st", "stemi|iamcest",
	}},
	{kind: "stroke", urgency: UrgencyEmergency, patterns: []string{"worst|peor ~1 ha ~3 life|vida"}},
	// Chest pain with shortness of breath in shorthand, or after a long
	// flight with a swollen calf: a pulmonary embolism ("pleuritic CP +
	// SOB ... day after a 14h flight ... L calf swollen").
	{kind: "breathing", urgency: UrgencyEmergency, patterns: slices.Concat(
		[]string{"cp ~~4 sob|dyspnea|disnea", "sob|dyspnea|disnea ~~4 cp"},
		eitherOrder([]string{"calf|pantorrilla ~~4 swollen|tender|hinchada|dolor|pain"}, "sob|dyspnea|disnea|pleuritic|pleuritico|cp", "short ~2 of ~1 breath", "falta ~2 de ~1 aire"),
	)},
	// A sedative for animals injected by accident (probe143: "me pinché
	// sin querer con xilacina").
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"xylazine|xilacina|ketamine|ketamina|telazol|acepromazine|acepromazina|dexmedetomidine|dexmedetomidina|dexdomitor|carfentanil|etorphine|etorfina|euthasol|pentobarbital"},
		"stuck|stick|needlestick|poked|pinche|pinché|pinchazo|injected|inyecte|inyecté|splashed|salpico|salpicó")},
	{kind: "abdominal_emergency", urgency: UrgencyEmergency, patterns: []string{
		"rigid|rigido|rigida ~2 abd|abdomen|belly|stomach|vientre", "abd|abdomen ~2 rigid|rigido|rigida",
		"guarding|rebound|rebote|defensa ~~10 abd|abdomen|abdominal|rlq|fid|belly|pain|dolor",
		"abd|abdomen|abdominal|rlq|fid|belly|pain|dolor ~~10 guarding|rebound|rebote",
	}},
	{kind: "testicular", urgency: UrgencyEmergency, patterns: eitherOrder([]string{"torsion|torsed"}, "testic*|testis|testes|scrot*|escroto")},
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: []string{"glasgow|gcs ~2 #3-9"}},
	{kind: "trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"hip|cadera|leg|pierna ~~6 shortened|acortada|acortado|rotated|rotada|rotado"},
		"cant|cannot|unable|no ~2 move|mover|bear|caminar|walk", "pain|dolor")},
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"graft|fistula|injerto|access ~~8 pulsatile|pulsatil|spurting|chorro|uncontrolled",
		"graft|fistula|injerto|access ~~8 not ~1 controlled|stopping", "graft|fistula|injerto|access ~~8 wont ~1 stop",
	}},
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"icterus|icteric*|ictericia|jaundice*"}, feverWords+" ~3 #38-42|#100-106", "t ~1 #38-42|#101-106")},
	{kind: "cardio_metabolic", urgency: UrgencyEmergency, patterns: []string{
		"peaked ~2 t ~1 wave*",
		// A potassium of 6.5 or more.
		"potassium|potasio ~4 #7-9", "potassium|potasio ~4 #6-6 ~0 #5-9",
	}},
	{kind: "cardio_metabolic", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"fc|hr|pulse|pulso ~2 #20-40"}, "weak*|debil*|dizzy|mare*|faint*|desmay*|syncope|sincope")},
}
