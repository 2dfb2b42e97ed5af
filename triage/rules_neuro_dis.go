package triage

import "slices"

// neuroDisabilityRules are emergencies of people living with neurological
// conditions that probe126 (written independently: spinal cord injury,
// multiple sclerosis, myasthenia gravis, Parkinson's, shunts, baclofen
// pumps, ALS, told by them and their carers; 50 emergencies, 50
// look-alikes) found missing at first run, in general words: autonomic
// dysreflexia (a spinal cord injury or a catheter not draining, with a
// pressure of 180 or more or a pounding headache and flushing),
// myasthenia reaching the breath, a baclofen pump's withdrawal, a choking
// that cannot be cleared.
var neuroDisabilityRules = []rule{
	// Autonomic dysreflexia.
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder(
			[]string{"quad|quadriplegic|quadriplegia|tetraplegic|tetrapleg*|cuadripleg*|cuadripléjico|cuadripléjica|paraplegic|parapleg*|parapléjico|dysreflexia|disreflexia",
				"spinal ~1 cord", "lesion|lesión ~1 medular"},
			"#170-300", "pounding|killing|horrible|fuerte|terrible ~3 head|headache|cabeza", "goosebumps|blotchy|flush*", "sweat*|sudor*|sudando"),
		eitherOrder(
			[]string{"foley|catheter|cateter|catéter|sonda ~~8 kink*|kinked|block*|clogged|tapad*",
				"foley|catheter|cateter|catéter|sonda ~~6 hasnt|hasn't|not|isnt|no|wont|won't|stopped ~3 drain*|sacando|saca|sacado"},
			"#170-300")),
	},
	// Myasthenia gravis reaching the breath or the swallowing.
	{kind: "breathing", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"myasthenia|miastenia", "have|tengo|has|tiene ~1 mg"},
		"cant|can't|cannot|hard|trouble|barely|apenas|dificultad ~3 breath*|swallow*|tragar|respir*", "shallow", "hold ~2 head ~1 up", "sostener ~2 cabeza", "count ~2 to|hasta ~1 #1-15")},
	// A baclofen pump failing: fever, stiffness, itching or a racing heart.
	{kind: "high_risk_signs", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"baclofen|baclofeno ~~6 pump|bomba", "pump|bomba ~~3 baclofen|baclofeno"},
		"fever|fiebre", "stiff|tiesa|tieso|rigid*|rígid*", "itch*|comezon|comezón|picazon|picazón", "racing|rapid*|acelerad*|rapidisimo", "seiz*|convuls*", "confus*|confundid*")},
	// A choking that cannot be cleared: "choked on a pill … still
	// coughing weak and cant clear it, breathing is noisy and wet".
	{kind: "choking", urgency: UrgencyEmergency, patterns: []string{
		"choked|choking|atragant* ~~20 cant|can't|cannot|unable|no ~2 clear|sacar|sacarlo|sacarla",
		"choked|choking|atragant* ~~20 noisy|wet|gurgl*|rattl*|ruidosa",
	}},
}
