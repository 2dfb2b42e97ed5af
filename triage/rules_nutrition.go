package triage

// nutritionRules are emergencies of eating disorders, malnutrition and
// dehydration that probe116 (written independently: teens purging,
// fighters cutting weight, an older mother who stopped eating, a swimmer
// flushing with water; 50 emergencies, 50 look-alikes) found missing at
// first run, in general words: blood vomited told with words between,
// confusion told before the urine that stopped, water drunk by the
// gallon and then confusion or jerking, and a clinician's order to go
// to the emergency room now.
var nutritionRules = []rule{
	// "threw up and it was mostly bright red blood": red blood, however
	// far after the vomiting in its sentence (vitalRules read it close).
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"threw|throwing|throw ~1 up ~~12 red ~1 blood",
		"threw|throwing|throw ~1 up ~~12 blood ~1 clots", // "threw up and it was dark and full of blood clots"
		"vomit*|puked|puking ~~12 red ~1 blood",
		"vomit*|vomito|vomitando|vomite|vomita ~~12 sangre ~1 roja|rojo|fresca|viva",
	}, notAfter: "stool|stools|poop|heces|popo|caca|urine|orina|pee|toilet|papel"}, // blood elsewhere
	// Confusion, then no urine: "very confused doesnt know where she is
	// hasn't peed since yesterday" (conditionRules read the other order).
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: joined(
		[]string{"confus*|confundid*", "doesnt|didnt ~2 know ~2 where", "no ~1 sabe ~2 donde|dónde"}, " ~~15 ",
		[]string{"hasnt|havent|not|no ~3 peed|pee|peeing|urinated|orinado|orina"})},
	// Water by the gallon or litre, then a brain that swells: "drank
	// close to 2 gallons of water … a few seconds of jerking … really
	// confused".
	// The signs may come a long sentence later, so the gap is wider than
	// eitherOrder's.
	{kind: "metabolic", urgency: UrgencyEmergency, patterns: joined(
		[]string{"gallon*|galon*|galón|litros|liters|litres ~~4 water|agua"}, " ~~45 ",
		[]string{"confus*|confundid*", "jerk*|seiz*|convuls*|sacud*", "doesnt|didnt ~2 know ~2 where", "no ~1 sabe ~2 donde|dónde"})},
	// A slow pulse with a faint or confusion: "se desmayó, tiene el pulso
	// muy lento y está confundida" (probe130).
	{kind: "heart_rate", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"pulso|pulse ~~3 lento|slow|low|bajo", "heart ~1 rate ~~3 slow|low"},
		"desmay*|faint*|fainted|confus*|confundid*", "passed ~1 out")},
	// A clinician's order to go now: "the nurse called and said I need
	// to go to the ER right now" (an order for later, "if it gets worse",
	// is none: the now is required).
	{kind: "sent_to_er", urgency: UrgencyEmergency, patterns: []string{
		"said|told|says|dijo|dijeron|dice|llamo|called ~~14 er|emergency|urgencias|emergencias ~~3 now|ahora|ya|immediately|inmediatamente|asap",
		"said|told|says|dijo|dijeron|dice|llamo|called ~~14 er|emergency|urgencias|emergencias ~~3 right ~1 away",
	}},
}
