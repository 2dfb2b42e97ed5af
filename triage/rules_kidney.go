package triage

// kidneyRules are emergencies of people on dialysis that probe124
// (written independently: patients and families who know the disease,
// with its words; 50 emergencies, 50 look-alikes) found missing at first
// run, in general words: a heart off its beat with tingling and legs that
// will not carry, a dialysis line out and bleeding. (A person barely
// woken and blood pouring are vitalRules'; a dialysis missed with
// confusion or twitching, chronicRules' dialysisSigns; a wish to pull a
// line out and bleed, harmRules'.)
var kidneyRules = []rule{
	// Tingling, the heart off its beat and legs that will not carry, in
	// either telling: the signs of potassium too high (or too low).
	{kind: "metabolic", urgency: UrgencyEmergency, patterns: []string{
		"flutter*|palpit*|palpita|skipping ~~20 tingl*|hormigue* ~~20 walk|caminar|stand|parar*",
		"tingl*|hormigue* ~~20 flutter*|palpit*|palpita|skipping ~~20 walk|caminar|stand|parar*",
	}},
	// A dialysis line out, or bleeding from it: "my permcath came partly
	// out and blood is pouring from the site".
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"permcath|catheter|cateter|catéter|line|linea|fistula|fístula|graft|injerto ~~8 pouring|gushing|squirting|spurting|chorro|chorrea*",
		"permcath|catheter|cateter|catéter|fistula|fístula|graft|injerto ~~8 no ~2 para",
		"permcath|catheter|cateter|catéter|fistula|fístula|graft|injerto ~~8 wont|won't ~1 stop",
	}},
}
