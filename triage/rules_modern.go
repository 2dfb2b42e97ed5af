package triage

// modernRules are emergencies of today's medicines and trends: a belly
// pain through to the back with vomiting on a weight-loss shot (the
// pancreas), days of vomiting with no water kept down and a faint or no
// urine, a child into melatonin gummies and hard to wake, a weight-loss
// or insulin pen in a child who turns shaky, sweaty and drowsy, a very
// high fever with a racing heart after a diet pill, a fever with a faint
// coming on standing. probe109 (50 such emergencies, 50 look-alikes)
// found them missing at first run.
var modernRules = []rule{
	{kind: "acute_abdomen", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"stomach|belly|abdomen|abdominal|estomago|panza|barriga ~~8 back|espalda"},
		"vomit*|vomito|vomitando", "throwing|thrown|threw ~1 up", "#10-10 ~0 #10-10", "#9-10 ~1 out ~1 of ~1 10")},
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cant|can't|cannot ~3 keep ~4 water|fluids|anything|liquids|nothing ~1 down", "no ~2 aguanto|retengo ~3 agua|liquidos|nada", "vomiting ~2 nonstop|non-stop", "vomitando ~~3 dias|días", "dias|días ~~2 vomitando", "sin ~1 tomar|beber ~1 agua|liquidos"},
		"blacked|black ~1 out", "faint*|desmay*", "no ~3 orino|orinado|pee|peed|urinat*|orina", "havent|hasnt|not ~3 peed|pee|urinated",
		"adormilad*", "casi ~1 no ~1 contesta")},
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"gummies|gummy|gomitas|gomita|melatonin|melatonina ~~15 sleepy|drowsy|wake|despierta|despertar|wobbly|breathing|respira|vomit*|vomito|somnolient*|dormid*",
	}},
	{kind: "glucose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"ozempic|wegovy|mounjaro|zepbound|saxenda|semaglutide|semaglutida|tirzepatide|insulin|insulina|glipizide|glyburide ~~25 shaky|sweaty|sudando|sudoroso|sudorosa|temblando|tembloroso|pale|palido|palida"},
		"drowsy|sleepy|confus*|dormid*|somnolient*", "wont ~2 wake", "cant ~2 wake")},
	{kind: "sepsis", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"fever*|fiebre|calentura|temp|temperature|temperatura ~~3 #103-108|#39-43", "#103-108|#39-43 ~~3 fever*|fiebre|calentura"},
		"heart ~~3 racing|pounding", "going ~2 to ~1 faint", "going ~2 to ~1 pass ~1 out", "voy ~2 a ~1 desmayar", "faint ~~4 stand*")},
}
