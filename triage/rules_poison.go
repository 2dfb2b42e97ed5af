package triage

import "slices"

// poisonRules are the poisonings and overdoses the twelfth session's
// independent set of them (probe204, 0.90 at first run) found missing: a
// child into a pill that kills in one dose, however fine the child seems;
// patches doubled, or a codeine syrup given to a baby, with sleep and
// slow or pausing breath; blood-pressure pills doubled with a faint
// coming; a bottle emptied "para no despertar".
var poisonRules = []rule{
	// A pill that kills a small child in one dose (sulfonylureas, heart,
	// opioid and psychiatric medicines), swallowed by mistake: the child
	// who "seems totally fine" may not be in an hour.
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"ate|swallowed|took|comio|comió|trago|tragó|tomo|tomó|chewed|mordio|mordió ~~6 pill|pills|pastilla|pastillas|tableta|tabletas|one|una|uno"},
		dangerousDrugs, "codeine|codeina|codeína|clonidine|clonidina|buprenorphine|buprenorfina|suboxone|amlodipine|amlodipino")},
	// Patches doubled or syrup with codeine given to a baby, then sleep
	// or a slow, pausing breath.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"dos|two|2|extra|double|doble ~2 parches|patches", "parche|patch ~~6 olvido|olvidó|forgot|forgotten ~~4 quitar|quitarse|remove|take"},
			"dormid*|sleepy|drowsy", "respira ~3 despacito|lento|lentito|poquito", "breathing ~3 slow|shallow", "no ~2 contesta|responde|despierta"),
		eitherOrder([]string{"codeine|codeina|codeína"}, "bebe|bebé|baby|meses|months|nena|nene"),
		[]string{"respira|respirando|breathing|breathes ~~4 pausas|pauses|pausa|pause"},
	)},
	// Blood-pressure or heart pills doubled or taken by mistake, with a
	// faint coming, a cold sweat or pallor.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"pastilla|pastillas|pills|pill ~~3 presion|presión|pressure|corazon|corazón|heart", "bp ~1 pills|meds"},
		"casi ~2 se ~1 desmaya|desmayo|desmayó", "nearly|almost ~2 passed|fainted", "sudando ~1 frio|frío", "cold ~1 sweat")},
	// A bottle emptied to sleep for good: "se tomó todas para no
	// despertar", "took them all so she wouldn't wake up".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: []string{
		"para ~1 no ~1 despertar|despertarse|despertarme", "so ~2 i|she|he|they ~1 wouldnt|wouldn't|won't|wont ~1 wake",
		"frasco|bottle ~~3 vacio|vacío|empty ~~12 tomo|tomó|took|swallowed|todas|all",
	}},
}
