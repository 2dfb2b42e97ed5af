package triage

// fertilityRules are emergencies of fertility treatment and early
// pregnancy that probe127 (written independently: IVF patients, donors,
// surrogates and their partners; 50 emergencies, 50 look-alikes) found
// missing at first run, in general words: after an egg retrieval or
// during stimulation, breathlessness, a faint, weight gained fast or
// everything vomited (bleeding inside, hyperstimulation), a sudden
// twisting pain with vomiting (torsion), and a pregnancy's one-sided pain
// felt in the shoulder (an ectopic bleeding).
var fertilityRules = []rule{
	{kind: "pregnancy_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"retrieval|extraccion|extracción|puncion|punción|stimulation|estimulacion|estimulación|stims", "donante ~2 de ~1 ovulos|óvulos"},
		"ahoga|drowning|breathless|shallow", "breath* ~2 fast|rapid*|hard", "respira ~2 rapido|rápido", "desmay*|faint*|fainted", "passed ~1 out",
		"gained|subido|subio|subió ~3 #3-30 ~1 lbs|pounds|kilos|kg|libras", "vomit*|vomito ~2 todo|everything")},
	// A sudden, twisting pain of an ovary with vomiting.
	{kind: "pregnancy_bleeding", urgency: UrgencyEmergency, patterns: joined(
		[]string{"ovario|ovary|ovarian|estimulacion|estimulación|stimulation|stims"}, " ~~20 ",
		[]string{"torcio|torció|twist*|torsion|torsión", "sudden* ~~10 vomit*|vomitando", "repente ~~10 vomit*|vomitando"})},
	// A pregnancy's one-sided pain reaching the shoulder.
	{kind: "pregnancy_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"one ~1 sided|side", "un ~1 lado", "beta|hcg|ectopic|ectopico|ectópico"},
		"shoulder|hombro")},
}
