package triage

// ingestionRules are children's emergencies of what they swallow today
// that probe123 (written independently: parents, grandparents,
// babysitters and daycares; 50 emergencies, 50 look-alikes) found missing
// at first run, in general words: pills put in the mouth from an
// organizer, water beads with vomiting, a vape's liquid, essential oils
// such as wintergreen, eucalyptus and camphor, mouthwash with alcohol,
// and the medicines one pill of which can kill a toddler.
var ingestionRules = []rule{
	// Pills put in the mouth: "se metió a la boca unas pastillas de mi
	// pastillero".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"metio|metió|puso|put ~3 boca|mouth ~~8 pastilla*|pill*|tablet*|medicina*|medicamento*",
		"pastilla*|pill*|tablet* ~~6 metio|metió|puso ~3 boca",
	}},
	// Water beads swallowed, then vomiting or a hard belly.
	{kind: "foreign_body", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"water ~1 beads|bead", "orbeez", "hidrogel|hydrogel", "bolitas ~3 crecen|agua"},
		"vomit*|vomitando|vomitar", "throwing|threw ~1 up", "swollen|hinchad*|distended", "hard|dura|duro", "popo|poop|pooped")},
	// A vape's or a nicotine pouch's contents, then drooling, shaking,
	// vomiting or a racing heart.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: joined(
		[]string{"chewed|chewing|chupo|chupó|mastico|masticó|bit|mordio|mordió|drank|bebio|bebió|swallowed|trago|tragó|ate|comio|comió|licked|lamio|lamió|sucked ~~8 vape|vapes|vaper|juul|cartridge|cartucho|nicotin*|zyn|pouch|pouches|e-liquid|eliquid|recarga|recargas|frasquitos"}, " ~~25 ",
		[]string{"drool*|babe*|vomit*|vomitando|tembl*|shaking|shakes|twitch*|racing|rapid*|rapidisimo|seiz*|convuls*|sleepy|dormid*|floppy"})},
	// Essential oils that poison a child in a sip: wintergreen,
	// eucalyptus, camphor, tea tree, clove.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: joined(
		[]string{"drank|drink|swallowed|ate|licked|tomo|tomó|bebio|bebió|trago|tragó|lamio|lamió", "got ~1 into"}, " ~~8 ",
		[]string{"wintergreen|gaulteria|eucalyptus|eucalipto|camphor|alcanfor|vicks|clove", "essential ~1 oil|oils", "aceite|aceites ~1 esencial|esenciales", "tea ~1 tree"})},
	// Mouthwash or hand sanitizer drunk, then drunk-like.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: joined(
		[]string{"drank|drink|swallowed|tomo|tomó|bebio|bebió|trago|tragó|licked ~6 mouthwash|listerine|enjuague|sanitizer|sanitiser|antibacterial"}, " ~~25 ",
		[]string{"acting ~1 drunk", "stumbl*|tambale*|borracho|borracha|wobbly", "vomit*|vomitando", "sleepy|dormid*|drowsy|floppy"})},
	// One pill of these can kill a toddler: a child who got or took any.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: joined(
		[]string{"toddler|baby|bebe|bebé|nena|nene|niño|nino|niña|nina|son|daughter|hijo|hija|kid|child|grandson|granddaughter|nieto|nieta|yr|yrs|años|meses|months|mo"}, " ~~15 ",
		joined([]string{"got|took|ate|swallowed|chewed|tomo|tomó|trago|tragó|comio|comió|metio|metió"}, " ~~8 ",
			[]string{"amlodipin*|nifedipin*|verapamil*|diltiazem|glyburide|glibenclamid*|glipizid*|glimepirid*|clonidin*|methadone|metadona|buprenorphine|buprenorfina|suboxone|fentanyl|fentanilo|oxycodone|oxicodona|amitriptylin*|amitriptilin*|imipramin*|flecainid*|benzonatate|lomotil|tramadol|chloroquin*|cloroquin*|hydroxychloroquin*|hidroxicloroquin*|plaquenil|quinine|quinina|primaquin*|propranolol|metoprolol|lithium|litio"}))},
}
