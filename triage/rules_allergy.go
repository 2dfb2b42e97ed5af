package triage

import "slices"

// allergyRules are allergic reactions told as they happen: a food the
// writer or a child is allergic to eaten, a sting, a new medicine, a
// contrast dye or an allergy shot, then the throat, the voice, wheezing,
// swelling of the lips, eyes or face, dizziness or a faint; an EpiPen used
// (a hospital always follows it). probe107 (50 such emergencies, 50
// look-alikes) found them missing at first run.
var allergyRules = []rule{
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: swellingWithBreath},
	// A pop in the side, then every breath stabbing, short of air, unable
	// to lie flat: a lung collapsed (fresh334: a tall thin young man
	// gaming).
	{kind: "breathing", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"pop|popped|popping ~~6 side|chest|lung|rib|ribs|pecho|costado|pulmon|pulmón"},
		"breath ~2 stabs|hurts|stabbing", "respirar|respiro ~~3 duele|punzada", "short ~2 of ~1 air|breath", "cant|can't|cannot ~1 lie ~1 flat|down", "falta ~2 el ~1 aire")},
	{kind: "anaphylaxis", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder(slices.Concat(allergenEaten, allergenStung), allergySigns...),
		// A new medicine: dizziness alone is its usual side effect.
		eitherOrder(allergenTaken, allergySigns[:3]...),
		eitherOrder(allergenTaken, allergySigns[5:]...),
		// A known allergy's food eaten: coughing, vomiting or red all
		// over are the reaction too.
		eitherOrder(allergenEaten, "cough*|coughing|tosiendo|tose", "vomit*|vomito|vomitó|vomitando", "threw ~1 up",
			"red ~1 and ~1 puffy", "all ~1 red", "whole ~1 body ~~3 red|itchy|hives", "rojo ~1 y ~1 hinchado", "todo ~1 rojo"),
		[]string{"used|use|gave|give|puse|use|usé|inyecte|inyecté ~~4 epipen|epipens|epi|epinephrine|adrenalina ~~25 still|sigue|todavia|wheez*|itchy|throat"},
	)},
}

var (
	// allergenEaten: a food the writer names as an allergy, eaten.
	allergenEaten = []string{
		"allerg*|alergi*|alergic*|alergica|alergico ~~12 ate|eaten|eat|bit|comio|comió|comi|comí|mistake|error",
		"ate|eaten|bit|comio|comió|comi|comí ~~12 allerg*|alergi*|alergic*",
		"lobster|shrimp|shellfish|crab|peanut*|walnut*|cashew*|almond*|nuts|sesame|hummus|egg|eggs|mariscos|camaron*|cacahuate*|cacahuete*|nueces|huevo|huevos ~~6 ate|eaten|eating|bit|comio|comió|comi|comí",
		"ate|eaten|eating|bit|comio|comió|comi|comí ~~6 lobster|shrimp|shellfish|crab|peanut*|walnut*|cashew*|almond*|nuts|sesame|hummus|egg|eggs|mariscos|camaron*|cacahuate*|cacahuete*|nueces|huevo|huevos",
	}
	// allergenStung: a sting, a dye or an allergy shot.
	allergenStung = []string{
		"stung|sting|stings|picaron|pico|picó|picadura|picaduras|avispa|avispas|wasp|wasps|hornet|hornets|bee|bees|abeja|abejas",
		"contrast|gadolinium|contraste", "allergy ~1 shot|shots",
	}
	// allergenTaken: a new medicine, or one known to cause reactions.
	allergenTaken = []string{
		"first ~1 dose", "primera ~1 dosis", "new ~1 meds|medicine|medication|pill|pills",
		"took|take|taken|tome|tomé|tomo ~~4 advil|ibuprofen|motrin|aspirin|aleve|naproxen|amoxicillin|penicillin|antibiotic*|antibiotico*",
	}
	// allergySigns: the airway first (allergySigns[:3]), then the
	// circulation ([3:5]), then swelling ([5:]).
	// A face or lips swelling with a wheeze or a throat closing, whatever
	// set it off (fresh334: "new mango vape … now my face is puffing up
	// and I'm wheezing and dizzy … like breathing through a coffee
	// stirrer").
	swellingWithBreath = eitherOrder([]string{"face|lips|tongue|cara|labios|lengua|eyes|ojos ~~4 swell*|swollen|puff*|hinch*"},
		"wheez*|sibil*|silb*", "throat|garganta ~~3 tight|closing|cerrando|cierra", "breathing ~~3 through ~2 a ~1 straw|stirrer|popote|pajita")
	allergySigns = []string{
		"throat|garganta ~~3 tight|funny|closing|swell*|cerrando|cierra|apretada|rara", "tight|closing|swollen ~~2 throat",
		"wheez*|sibil*|silb*",
		"dizzy|faint*|lightheaded|mareado|mareada|desmay*", "heart ~~3 pounding|racing",
		"voice|voz ~~3 chang*|hoarse|ronca|rara|different|cambiando", "sudando ~1 frio",
		"lips|tongue|face|eyes|labios|lengua|cara|ojos ~~4 swell*|swollen|puff*|hinch*", "puffing|puffy",
	}
)
