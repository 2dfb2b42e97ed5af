package triage

// animalRules are emergencies of people that involve animals, which
// probe119 (written independently: owners, parents, farm workers, pet
// sitters and vet techs; 50 emergencies, 50 look-alikes, the animals'
// own emergencies among them) found missing at first run, in general
// words: a child into a pet's medicines, a snake that "tagged" someone, a
// bull's horn, a vet tech's needle with an animal drug, flea drops or a
// horse dewormer swallowed, a stingray's barb in the trunk. (Its
// farewells with a dead pet's pills are harmRules'.)
var animalRules = []rule{
	// A child into someone's or a pet's medicines, then a sign: "got into
	// the dog's heart meds … really pale and says she's dizzy".
	{kind: "overdose", urgency: UrgencyEmergency, patterns: joined(
		[]string{"got|gotten|get ~1 into ~~6 meds|pills|medicine*|medication*|chews|tablets|pastillas|medicina*|medicamento*"}, " ~~25 ",
		[]string{"pale|dizzy|sleepy|drowsy|vomit*|floppy|wobbly|palid*|mare*|dormid*|somnolient*|letargic*|shaking|temblor*"})},
	// A snake that "tagged" or "got" someone.
	{kind: "animal_bite", urgency: UrgencyEmergency, patterns: []string{
		"tagged|got|struck ~~4 by ~2 a|the ~1 rattler|rattlesnake|snake|copperhead|cottonmouth|viper",
		"rattler|rattlesnake|copperhead|cottonmouth ~~4 tagged|got|struck",
	}},
	// Gored by a bull or a cow: "un toro me corneó en la panza".
	{kind: "trauma", urgency: UrgencyEmergency, patterns: []string{
		"gored|goring|corneo|corneó|cornada|cornado|cornearon|embistio|embistió ~~10 belly|panza|estomago|abdomen|chest|pecho|herida|wound|sangr*|bleed*|saliendo|coming|sticking",
		"herida ~~6 se ~1 ve ~2 algo ~2 saliendo|afuera",
		"something ~2 coming|sticking|hanging ~1 out ~~8 wound|cut|belly|gut|stomach",
	}},
	// A vet tech's needle with an animal drug (tilmicosin stops a human
	// heart; euthanasia solution, xylazine and the like sedate): the drug
	// named near the injection, in either order.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: eitherOrder(
		[]string{"inject*|inyect*|stick|stuck|needle*|aguja*|pinch*|piquete"},
		"micotil|tilmicosin*|tilmicosina", "euthasol|pentobarbital", "euthanasia|eutanasia ~1 solution|drug|drugs|solucion",
		"xylazine|xilacina|rompun|ketamin*|ketamina|acepromazin*|telazol|dexmedetomidin*|detomidin*|carfentanil|etorphine|m99")},
	// Flea drops, a dewormer or a horse paste swallowed.
	{kind: "overdose", urgency: UrgencyEmergency, patterns: []string{
		"drank|drink|swallowed|ate|eaten|bebio|bebió|trago|tragó|trague|tomo|tomó|tome|comio|comió|got|licked|lamio|lamió ~6 antipulgas|pipeta|pulguicida|garrapaticida|frontline|permethrin|permetrina|ivermectin*|ivermectina|dewormer|desparasitante*",
		"drank|drink|swallowed|ate|eaten|got|licked ~6 flea ~1 drops|medicine|treatment",
	}},
	// A stingray's barb in the trunk or the neck.
	{kind: "impaled", urgency: UrgencyEmergency, patterns: []string{
		"stingray|mantarraya ~~12 chest|pecho|belly|panza|abdomen|neck|cuello|stomach|estomago",
		"barb|pua|púa ~~6 still ~1 in",
		"barb|pua|púa ~~6 stuck|clavad*|adentro",
	}},
}
