package triage

// campusRules are emergencies of students away from home that probe130
// (written independently: students, roommates, resident advisors, coaches
// and parents; 50 emergencies, 50 look-alikes) found missing at first
// run, in general words: a blow to the side with mono (a spleen that may
// tear), a drinker cold, bluish or breathing every few seconds.
// (Acetaminophen or iron taken by the handful, which harm days later
// however well the person feels now, is harmRules' first rule.)
var campusRules = []rule{
	// Mono or a spleen, then a blow and pain or a faint.
	{kind: "trauma", urgency: UrgencyEmergency, patterns: joined(
		[]string{"mono|mononucleosis|spleen|bazo"}, " ~~25 ",
		[]string{"hit|golpe*|golpeo|golpeó|tackl*|elbow*|collid*|struck ~~20 pain|dolor|dizzy|mare*|shoulder|hombro|faint*|desmay*"})},
	// Too much to drink, then cold, bluish or breathing slowly.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: joined(
		[]string{"shots|drinks|tragos|chupitos|botella|bottle|drunk|borracho|borracha|alcohol"}, " ~~25 ",
		[]string{"clammy|bluish|azulado|azulada|morad*", "breathing ~3 every|slow|slowly|barely", "respira ~3 cada|lento|despacio|apenas"})},
}
