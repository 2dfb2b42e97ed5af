package triage

// infantRules are emergencies of babies in their first year, told by
// parents who describe what they see: grunting, the belly or ribs sucking
// in, the head bobbing, nostrils flaring, seventy breaths a minute; a
// newborn yellow to the feet and sleepy, cold at 35.5, jittery and
// sweaty; redness spreading from the belly button; a fall from the
// changing table then vomiting and sleep; a high-pitched cry and no
// feeding; honey then weakness and drooping eyelids; jelly in the nappy; a grandparent's pill given
// by mistake; a fever at six weeks. probe61 (50 such emergencies, 50
// look-alikes) found them missing at first run.
var infantRules = []rule{
	// A soft spot that bulges (probe157: "the soft spot on her head is
	// puff up", with a fever and sleepiness).
	{kind: "sick_newborn", urgency: UrgencyEmergency, patterns: []string{
		"soft ~1 spot ~~6 bulg*|puff*|swollen|raised|pushing|tight|hard",
		"fontanel*|fontanela|mollera ~~6 bulg*|puff*|swollen|raised|hinchad*|abultad*|inflad*|tensa|dura|salida|levantada",
	}},
	// A young baby who stopped breathing or went grey or blue, even
	// breathing again, or is limp (probe154: "she wasnt breathing and was
	// gray/blue … she's breathing now but really weak and limp").
	{kind: "unresponsive", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"#1-12 ~1 weeks|week|wk|wks|semanas|semana|months|month|meses|mes ~~20 wasnt|wasn't|stopped|dejo|dejó|no ~2 breathing|respiraba|respirar",
			"#1-12 ~1 weeks|week|wk|wks|semanas|semana|months|month|meses|mes ~~20 gray|grey|gris|blue|azul|morad*"},
		"limp|floppy|flacid*|aguadit*|aguada|aguado", "weak|debil|débil")},
	// A baby found wedged or face down, then breathing oddly or limp
	// (fresh352: "woke up and she was wedged between me and the cushion.
	// shes breathing weird and kinda limp").
	{kind: "breathing", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"wedged|stuck|trapped|pinned ~~4 between|under|against ~~4 me|cushion|couch|mattress|pillow|wall|bed|crib",
			"face ~1 down ~~4 pillow|blanket|mattress|cushion|couch", "under ~2 the|a|my ~1 pillow|blanket|comforter|duvet ~~6 baby|she|he"},
		"breathing|breathes|breath ~1 weird|funny|strange|odd|wrong|different|noisy", "limp|floppy|aguadit*|aguada|aguado", "blue|gray|grey|pale|azul|morad*", "not ~1 breathing|waking|responding")},
	// A baby shaken, then quiet, limp or with eyes that look wrong
	// (fresh352: "shook their baby bc he wouldnt stop crying … now he's
	// real quiet and his eyes look off").
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"shook|shaken|shaking ~2 the|their|her|his|my|a|our ~1 baby|infant|newborn", "sacudio|sacudió|zarandeo|zarandeó ~2 al|a|la|el|su|mi ~1 bebe|bebé|nene|nena|niño|niña"},
		"quiet|limp|floppy|eyes|sleepy|drowsy|callado|callada|ojos|dormido|dormida|seizure|jerking|convuls*", vomitWords, "not|wont|won't|isnt|isn't ~1 waking|wake|crying")},
	// A baby working to breathe.
	{kind: "breathing", urgency: UrgencyEmergency, patterns: []string{
		"pujando|grunting|grunts|grunt ~~10 respir*|breath*", "se ~1 le ~1 hunde ~2 la|el ~1 panza|pancita|pecho|cuello",
		"hunde ~4 costillas", "sucking|sucks|pulling|pulls|caving ~1 in ~~6 ribs|neck|belly|chest|tummy",
		"head ~1 bobbing|bobs|bobbing", "cabecea|cabeceando", "nostrils ~2 flare|flaring", "aleteo ~2 nasal",
		"se ~1 le ~1 ven ~2 las ~1 costillas", "#60-150 ~2 breaths|respiraciones",
		"breath*|respira* ~~8 #60-150 ~~3 minute|minuto|min",
	}, notAfter: "sleep|sleeping|dormido|dormida|durmiendo"},
	// A newborn yellow to the feet, or very yellow, and sleepy or not
	// feeding.
	{kind: "sick_newborn", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"amarillo|amarilla|yellow ~~6 pies|feet|legs|piernas|toes|rodillas|knees", "muy ~1 amarillo|amarilla", "very ~1 yellow"},
		"duerme ~2 todo", "sleepy|dormido|dormida|lethargic", "won't|wont ~2 feed|eat", "no ~2 quiere ~2 comer")},
	// Redness spreading from the belly button.
	{kind: "sick_newborn", urgency: UrgencyEmergency, patterns: joined([]string{"ombligo|umbilical|cord", "belly ~1 button"}, " ~~15 ",
		[]string{"red*|rojo|roja ~~10 spreading|extendiendo|extiende|spread*"})},
	// A newborn cold below 36.
	{kind: "sick_newborn", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"#1-30 ~1 dias|días|days ~2 de ~1 nacido|nacida|old", "recien ~1 nacido|nacida|newborn"},
		"#32-35 ~~4 temperatura|temp|grados|degrees", "temperatura|temp ~~4 #32-35", "helado|helada ~~6 tapado|tapada|cubierto|blanket")},
	// A newborn jittery and sweaty or not latching: sugar too low.
	// The baby named first: an adult "jittery and sweaty" on a new
	// thyroid dose is no newborn.
	{kind: "sick_newborn", urgency: UrgencyEmergency, patterns: joined(
		[]string{"baby|babies|bebe|bebé|bebita|bebito|newborn|recien|infant|nena|nene"}, " ~~25 ", eitherOrder(
			[]string{"jittery|jitters|tembloros*"},
			"sweat*|sudad*|sudoros*", "won't|wont ~2 latch|feed|eat", "no ~2 agarra|come", "no ~2 quiere ~1 comer", "diabetes|diabetic|diabetica|diabética"))},
	// A baby fallen, or in a crash, then vomiting or sleep.
	{kind: "head_injury", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"rolled|fell|cayo|cayó ~~6 table|bed|cama|mesa|cambiador|couch|sofa|sofá|stairs|escaleras|changing",
			"car ~1 accident|crash|wreck", "accidente|choque"},
		"vomit*|threw|throwing|vomito|vomitó", "falling ~1 asleep", "sleepy|sleepier|drowsy|somnolient*")},
	// A high-pitched cry with no feeding.
	{kind: "sick_child", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"high ~1 pitched|pitch", "llanto ~2 agudo|raro", "squeal*"},
		"won't|wont|not ~2 take|feed|eat|drink", "no ~2 quiere ~2 comer|tomar", "not ~1 herself|himself")},
	// Honey, then weakness or drooping eyelids: infant botulism.
	{kind: "sick_child", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"honey|miel"}, "weak|débil|debil|floppy", "droopy|caidos|caídos|párpados|parpados", "can't|cant|barely ~2 suck|chupar")},
	// Jelly in the nappy: a bowel folded into itself.
	{kind: "gi_bleeding", urgency: UrgencyEmergency, patterns: []string{
		"gelatina|mermelada|jelly ~~6 sangre|blood", "sangre|blood ~~6 gelatina|mermelada|jelly",
	}},
	// A grown-up's heart or pressure pill given to a baby.
	{kind: "overdose", urgency: UrgencyEmergency, lasting: true, patterns: eitherOrder(
		[]string{"gave|dio|dieron|di ~~6 blood ~1 pressure ~1 pill|pills", "gave|dio|dieron|di ~~6 presion|presión|heart|corazon|corazón ~~3 pill|pills|pastilla|pastillas"},
		"#1-24 ~1 months|meses|mo|weeks|semanas", "baby|bebe|bebé")},
	// A fever in the first weeks, told before the age.
	{kind: "young_infant_fever", urgency: UrgencyEmergency, patterns: []string{
		"fiebre|fever ~~15 tiene|apenas ~2 #1-12 ~1 semanas|weeks|wks", "tiene|apenas ~2 #1-12 ~1 semanas|weeks|wks ~~15 fiebre|fever",
	}},
}
