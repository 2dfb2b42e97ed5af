package triage

// carerRules are emergencies of serious illness at home and of grief that
// probe131 (written independently: families caring for the dying, on
// hospice or not, and the bereaved; 50 emergencies, 50 look-alikes) found
// missing at first run, besides the signs inHospice had read as a
// hospice patient's dying: a carer afraid of what they might do, a wish
// to be with someone who died, a fire from oxygen, an older carer fallen
// who cannot get up, a dying relative's morphine swallowed by someone
// else, a wound that bleeds through towels.
var carerRules = []rule{
	// A carer afraid of harming the patient or themselves: "I held a
	// pillow near her face and stopped myself. I am scared of what I might
	// do to her or to myself tonight".
	{kind: "violence", urgency: UrgencyEmergency, patterns: []string{
		"scared|afraid|terrified ~~4 what ~2 i ~1 might|could|would|will ~1 do", "scared|afraid|terrified ~~4 what ~1 ill|i'll ~1 do",
		"miedo ~2 de ~1 hacerle|hacerme|lastimarla|lastimarlo ~2 dano|daño|ella|el|algo",
		"pillow|almohada ~~6 face|cara ~~15 stopped|detuve|myself|scared|miedo",
	}},
	// A wish to be with someone who died: "Since Lily died I just want to
	// be with her".
	{kind: "suicidal", urgency: UrgencyEmergency, deniable: true, patterns: joined(
		[]string{"died|murio|murió|passed|fallecio|falleció|lost|perdi|perdí"}, " ~~15 ",
		[]string{"want|wanna|quiero ~3 be|estar ~1 with|con ~1 her|him|them|ella|el", "quiere|quiero|quisiera ~2 ir|irse|irme ~1 con ~1 ella|el"})},
	// A fire from oxygen or a cigarette, with burns or smoke.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"caught|catches ~1 fire", "on ~1 fire", "se ~1 incendio|incendió|prendio|prendió", "prendio|prendió ~2 fuego"},
		"burns|burned|burnt|quemad*|quemadura*", "full ~2 of ~1 smoke", "lleno|llena ~2 de ~1 humo")},
	// Fallen and unable to get up, with a hip or a fracture, or on the
	// floor: "I fell in the bathroom and I think I broke my hip, I can't
	// get up off the floor".
	{kind: "trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"cant|can't|cannot ~2 get ~1 up", "no ~2 me ~1 puedo ~1 levantar", "no ~2 se ~1 puede ~1 levantar", "no ~1 puedo|puede ~1 levantarme|levantarse"},
		"hip|cadera", "broke|broken|rota|roto|fractur*", "floor|piso|suelo")},
	// A dying relative's opioid swallowed by someone else, then drowsy.
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: joined(
		[]string{"drank|swallowed|bebio|bebió|tomo|tomó|trago|tragó ~~6 morphine|morfina|oxycodone|oxicodona|methadone|metadona|fentanyl|fentanilo|hydrocodone|hidrocodona|opioid*"}, " ~~25 ",
		[]string{"drowsy|sleepy|dormid*|somnolient*|quedando|wake|despert*|gone|half|mitad|medio"})},
}

// surgeryRules: a drain filling fast with blood after surgery, or with a
// faint or a side gone huge and hard (a bleed under the wound; probe132:
// "el lado izquierdo se me puso enorme y duro … el drenaje se llena de
// sangre roja muy rápido").
var surgeryRules = []rule{
	// An incision split open with something showing (probe134: "the
	// incision on his stomach split open, I can see something pink poking
	// out").
	{kind: "trauma", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"split|splits|burst ~2 open|apart", "se ~1 abrio|abrió|reventó|revento ~2 la ~1 herida|incision|incisión|cicatriz"},
		"poking|sticking|coming|hanging ~1 out", "algo ~2 saliendo|afuera", "see ~2 something|intestine|bowel|guts")},
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"drain|drains|drenaje|drenajes|canister|vac ~~8 blood|sangre"},
		"fast|rapid*|rápido|rapido|quickly|llena|filling|fills", "dizzy|mare*|faint*|desmay*|sweat*|sudando", "huge|enorme|hard|duro|dura")},
	// "the wound vac canister is filling up with bright red blood".
	{kind: "severe_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"canister|vac|drain|drenaje ~~4 filling|fills|llenando|llena ~~6 blood|sangre",
	}},
}

// folkRules are emergencies told in folk words that probe135 (written
// independently: Latin American, Caribbean, Southern and African American
// expressions; 50 emergencies, 50 look-alikes) found missing at first
// run: a baby's fallen soft spot ("caída de mollera") with vomiting or
// greyness, someone who "fell out" and "won't come to" (vitalRules).
var folkRules = []rule{
	{kind: "dehydration", urgency: UrgencyEmergency, patterns: []string{
		"caida|caída ~2 de ~1 mollera", "mollera|fontanel*|fontanelle ~2 hundida|caida|caída|sunken|sunk",
		"soft ~1 spot ~2 sunken|sunk|caved",
	}, idiom: "remedio|remedios|remedy|curandera|sobadora"}, // a folk cure asked about, not a baby drying out
}
