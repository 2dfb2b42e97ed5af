package triage

// sitterRules are emergencies told by people minding someone else's
// child — babysitters, older siblings, nannies, grandparents — who often
// do not know the child's history: a pill organizer found open with a
// sleepy toddler, a bottle from under the sink and drooling, hand
// sanitizer drunk, a blind cord around the neck, iron pills with blood in
// the vomit, a toy piece then wheezing with the chest sucking in, a slip
// under the bath water, wild mushrooms then vomiting, a medicine given by
// the tablespoon at three times the dose. probe111 (50 such emergencies, 50 look-alikes) found
// them missing at first run.
var sitterRules = []rule{
	{kind: "overdose", urgency: UrgencyEmergency, patterns: append(eitherOrder(
		[]string{"pill ~1 organizer|box|case ~~12 empty|open|opened", "pastillero ~~12 vacio|vacios|vacia|abierto"},
		"sleepy|drowsy|dormid*|somnolient*|wobbly|vomit*|vomito"),
		"under ~3 sink ~~12 drool*|drooling|mouth",
		"debajo ~3 fregadero|lavabo|tarja ~~12 babea*|babeando|boca",
		"destapacanos|destapacaños|drano|lye", "sosa ~1 caustica", "drain ~1 cleaner",
		"sanitizer|antibacterial ~~8 drank|drink|tomo|tomó|bebio|bebió|ate|comio|swallowed|trago|toda|whole|most",
		"drank|tomo|tomó|bebio|bebió|swallowed|trago ~~8 sanitizer|antibacterial",
		"iron|hierro|prenatal|prenatales ~~12 vomit*|vomito|vomitó|vomitado|sangre", // (not "blood": "could it be my iron? i'd like bloodwork")
		"mushroom*|hongos|setas ~~25 vomit*|vomitando|throwing|threw|diarrhea|diarrea",
	)},
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"#3-10 ~1 times ~2 the ~1 dose", "triple ~2 dose|dosis", "tablespoon|cucharada ~~8 instead", "cucharada ~~8 en ~1 vez"},
		"tylenol|acetaminophen|paracetamol|benadryl")},
	{kind: "breathing", urgency: UrgencyEmergency, patterns: []string{
		"cord|cordon|cuerda|string|strap ~~8 neck|cuello",
		"chest|pecho ~~3 sinking|caving|hundirse|hunde|hundiendo", "sucking ~1 in ~~3 ribs|chest",
		"slipped|went|fell ~2 under ~~15 not|wasnt|no ~2 breathing|respiraba|respira",
		"wasnt|wasn't|not|no ~2 breathing|respiraba ~~8 pulled|sacamos|saque|saqué ~2 him|her|out|lo|la",
	}, idiom: "headphone*|charger|phone|necklace|collar"},
}
