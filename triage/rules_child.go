package triage

// childRules are emergencies of children from one to twelve told by
// parents, teachers and coaches: a child floppy like a rag doll, a limp
// or a leg not borne with a high fever, a knock-out then vomiting or the
// same question again and again, morning headaches with vomiting then
// double sight or a wobbly walk. probe52 (50 such emergencies, 50
// look-alikes) found them missing at first run, with a stiff neck or eyes
// that cannot stand the light with a fever (meningitis, headRules) and
// appendicitis told as "dolor de panza abajo del lado derecho"
// (atypicalRules).
var childRules = []rule{
	// A child floppy like a rag doll.
	{kind: "sick_child", urgency: UrgencyEmergency, patterns: []string{
		"floppy|ragdoll", "rag ~1 doll", "como ~2 muñeca|muneca|muñeco|muneco ~2 de ~1 trapo", "aguadito|aguadita|flojito|flojita",
	}},
	// A limp or a leg not borne, with a high fever: an infected joint.
	{kind: "joint_infection", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"limp*|cojea|cojeando|cojera", "wont|won't|doesnt|no ~3 put ~2 weight", "no ~2 quiere|puede ~2 pararse|apoyar|caminar"},
		"fever*|fiebre|temp|temperature|temperatura ~3 #39-41|#102-106", "#39-41|#102-106 ~2 de ~1 fiebre", "fever* ~3 high", "fiebre ~2 alta")},
	// Knocked out, then vomiting or asking the same thing again and
	// again: a bleed inside the head.
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"knocked ~1 out", "out ~2 for ~3 seconds|secs|segundos|minute|minutes|minutos|sec|min", "out ~1 cold",
			"perdio|perdió ~1 el ~1 conocimiento|sentido", "noqueado|noqueada"},
		"vomit*|threw|thrown|throwing|vomitando|vomito|vomitó", "keeps ~2 asking|repeating", "asking ~2 what ~1 happened", "repite|pregunta ~3 lo ~1 mismo")},
	// Headaches with morning vomiting, then double sight or a wobbly walk:
	// pressure inside the head.
	{kind: "neuro", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"double ~1 vision", "seeing|sees|see ~1 double", "ve|veo|viendo ~1 doble"},
		"wobbly|stumbl*|staggering|tambale*", "walking ~3 wobbly|funny|weird|drunk|off", "headache* ~~15 vomit*|throwing|threw", "dolor ~2 cabeza ~~15 vomit*|vomita|vomitando")},
}
