package triage

import "slices"

// simpleRules are emergencies told in very simple words, by adults living
// with an intellectual disability, people with little schooling, young
// teenagers and people typing slowly after a stroke: a heart "going too
// fast" with a feeling of falling, a hand that does "not work" with
// "speech bad", breathing gone slow and sleepy after pills given twice,
// a head that hurts "worst ever", a burn gone white that no longer hurts,
// foam at the mouth, someone who does not answer and is cold, a heart
// gone slow after a grandparent's pressure pills, cutting "to die".
// probe102 (50 such emergencies, 50 look-alikes in the same voice) found
// them missing at first run.
var simpleRules = []rule{
	{kind: "heart_rate", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"heart|corazon ~3 going|goes|beating|beats|late|va|latiendo ~2 too|so|very|muy ~1 fast|quick|rapido|rapidisimo|fuerte",
			"heart|corazon ~3 going|goes|beating|beats|late|va|latiendo ~2 too|so|very|muy ~1 slow|lento|despacio"},
		"cant|can't|cannot|no ~2 stand|pararme|parar|levantarme", "feel|feels|feeling ~1 funny|weird|strange|bad", "siento ~1 raro|rara|mal",
		"voy ~2 a ~1 desmayar", "pass ~1 out", "faint*|desmay*", "dizzy|mareado|mareada|mareo")},
	{kind: "stroke", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"left|right|izquierda|derecha|izquierdo|derecho ~1 hand|arm|leg|side|mano|brazo|pierna|lado ~~3 not|no|dont|doesnt|wont ~2 work|working|move|moving|funciona|mueve|sirve"},
		"speech|talk|talking|words|voice|habla|hablo|hablar|palabras ~2 bad|wrong|funny|weird|slurr*|mal|rara|raro|enredad*",
		"cant|can't|cannot|no ~2 talk|speak|hablar|hablo|habla")},
	// Breathing gone slow, and sleepy: pills taken twice, a sedative.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"breathing|breath|breaths|breathes ~3 slow|slower|shallow", "respira|respiracion|respirando ~3 lento|lenta|despacio|poquito"},
		"sleepy|drowsy|somnolient*|dormid*", "stay ~1 awake|despierto|despierta", "cant|can't|hard ~3 wake")},
	// Pills given by mistake to someone: "I gave him 10 tylenol by
	// mistake", "le di 10 pastillas" (not "10 ml of Tylenol", a dose; not
	// what a pharmacy gave for a week).
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"gave|given|di|dio|dimos ~0 him|her|them|le|les ~2 #8-999 ~1 pill*|pastilla*|tablet*|tableta*|pildora*|capsul*",
		"gave|given|di|dio|dimos ~0 him|her|them|le|les ~2 #8-999 ~0 tylenol|acetaminophen|paracetamol|advil|motrin|ibuprofen|aleve|aspirin*|aspirina*",
		"le|les ~0 di|dio|dimos|dieron ~2 #8-999 ~1 pastilla*|tableta*|pildora*|capsula*",
	}, notBefore: "pharmacy|farmacia|pharmacist|farmaceutico|doctor|nurse|they|ellos|hospital|clinic|clinica",
		notAfter: "for|para|supply|refill|week|weeks|semana|semanas|month|mes|days|dias"},
	// A number of pills taken after "como", "like", "about".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"tome|tomé|tomo|took|swallowed|trague|tragué|ate ~~8 pills|pastillas|tablets|pildoras ~~8 como|like|about|around|unas|maybe ~1 #5-200",
	}},
	// The worst headache ever, or one like a bomb.
	{kind: "stroke", urgency: UrgencyEmergency, patterns: []string{
		"head|headache|cabeza ~~4 worst ~1 ever", "head|headache|cabeza|dolor ~~6 like|como ~2 a|una ~1 bomb|bomba|explosion|explosión|thunder|trueno",
	}},
	// A burn gone white or leathery over a limb, or that no longer hurts.
	{kind: "burn_or_exposure", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"burn*|burned|quem*"}, "hand ~1 to ~2 elbow|shoulder", "mano ~2 al|hasta ~2 codo|hombro"),
		[]string{"burn*|burned|quem* ~~8 white|blanca|blanco|charred|leathery",
			"skin|piel ~~3 white|blanca|blanco ~~8 dont|doesnt|dosent|no ~2 hurt|hurts|duele"},
	)},
	// Foam at the mouth: a seizure or a poison.
	{kind: "seizure", urgency: UrgencyEmergency, patterns: []string{
		"foam*|frothing|espuma ~3 mouth|boca", "sale ~2 espuma",
	}, idiom: "mad|angry|furious|rage|enojad*|rabia|coraje|toothpaste|pasta|dentifrico|jabon|soap|beer|cerveza|dog|perro|cat|gato"},
	// Not answering, and cold or staring without seeing.
	{kind: "unresponsive", urgency: UrgencyEmergency, patterns: slices.Concat(
		eitherOrder([]string{"no ~2 contesta|responde|reacciona|habla", "not|doesnt|wont|isnt ~2 answer*|respond*|talking|talk"},
			"cold|frio|fria|helad*"),
		[]string{"ojos ~1 abiertos ~~6 no ~2 habla|responde|contesta|mira", "eyes ~1 open ~~6 not|doesnt|wont|isnt ~2 talk*|answer*|respond*|look*"},
		// Not answering when shaken: "doesnt answer when i shake him",
		// "lo sacudo y no reacciona".
		[]string{
			"not|doesnt|dont|wont|didnt|isnt ~2 answer*|respond*|react*|wake ~~4 shake|shook|shaking ~1 him|her|them",
			"shake|shook|shaking ~1 him|her|them ~~4 not|doesnt|dont|wont|didnt|isnt|nothing ~2 answer*|respond*|react*|wake",
			"no ~2 contesta|responde|reacciona|despierta ~~4 sacudo|sacudi|sacudí|sacudimos|muevo|movemos",
			"sacudo|sacudi|sacudí|sacudimos|muevo|movemos ~~4 no ~2 contesta|responde|reacciona|despierta",
		},
	), notBefore: "a|this|that|nasty|bad|head|chest"}, // "can't shake this cold and the nurse line doesn't answer": a cold caught
	// Cutting oneself "to die".
	{kind: "suicidal", urgency: UrgencyEmergency, patterns: []string{
		"cut|cutting|cortar|corto|cortarme ~~8 to ~1 die", "cortar|corto|cortarme|cortando ~~8 para ~1 morirme|morir|matarme",
	}, idiom: "risa|verguenza|hambre|laughing|laugh"},
}
