package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Found by the twenty-fourth session's independent sets (fresh364 to
// fresh373; in testdata as probe364 to probe373), in other words: an age
// before "desde hace una hora" had dated a stroke years back (and so left
// it routine); a stiff neck told "duro" and spots "violetas" that stay
// under a glass; double sight with "mareo" or a walk that will not go
// straight; a household with headaches at once and a detector sounding;
// a bottle of liquor drunk, then cold and blue; a pain late in pregnancy
// that does not come and go, with blood; someone heard calling weakly
// behind a door; a child's abuser who "will do it again" and picks her up
// at 3; a sugar meter over 500 with the day lost; a blow to the head on a
// blood thinner, then sleepiness; a spleen filling in sickle cell; a
// prostacyclin pump stopped; hands around a stranger's throat (fresh374,
// fresh376). And the look-alikes: a pump's alarm over with; an age before a duration that is long,
// headaches after a wedding, a constant backache at 36 weeks with no
// bleeding, a dog calling at the door, a phone out of reach at work, a
// bully's "again".
func TestFindRedFlagsFreshTwentySixth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"an age, then desde hace una hora", "mi abuelo de 79 años desde hace una hora no puede hablar bien y no mueve la pierna izquierda", "stroke", triage.UrgencyEmergency},
		{"a stiff neck told duro", "mi hija tiene 39.8 de fiebre y el cuello duro, no lo quiere doblar", "sepsis", triage.UrgencyEmergency},
		{"violet spots under a glass", "le salieron manchitas violetas en las piernas y no se quitan cuando aprieto un vaso encima", "sepsis", triage.UrgencyEmergency},
		{"vista doble and mareo", "desde hace media hora tengo la vista doble y mucho mareo, no sé qué me pasa", "stroke", triage.UrgencyEmergency},
		{"vista doble, no logra caminar", "mi esposo de repente ve doble y no logra caminar sin apoyarse en la pared", "stroke", triage.UrgencyEmergency},
		{"a household's headaches, a heater", "everyone in the house has a headache since we turned the old heater on, and grandma is really drowsy", "carbon_monoxide", triage.UrgencyEmergency},
		{"todos con dolor de cabeza, la alarma", "todos en la casa tenemos dolor de cabeza y la alarma del pasillo está pitando desde anoche", "carbon_monoxide", triage.UrgencyEmergency},
		{"a fifth drunk, cold and blue", "my roommate chugged a fifth of whiskey and now he's cold and kind of blue and we can't wake him", "overdose", triage.UrgencyEmergency},
		{"constant pain, blood, 35 weeks", "35 weeks, this pain isn't coming and going, it's constant and there's blood when I wipe", "pregnancy_bleeding", triage.UrgencyEmergency},

		{"heard calling faintly", "nobody has seen Mr Diaz since Sunday and I can hear him calling weakly for help inside the apartment", "welfare", triage.UrgencyEmergency},
		{"a threat to do it again, pickup at 3", "a student showed me bruises on her back, she says her stepdad will do it again tonight and he picks her up at 3", "violence", triage.UrgencyEmergency},

		{"a meter over 500, lost in the day", "mom's meter has said 520 and 560 today and she doesn't know where she is", "diabetic_emergency", triage.UrgencyEmergency},
		{"a blow to the head on Eliquis, sleepy", "I'm on Eliquis and hit my head on the car door this morning, now I'm really sleepy", "", triage.UrgencyEmergency},
		{"sickle cell, a belly swelling hard", "mi hijo tiene anemia falciforme y desde la tarde tiene la panza del lado izquierdo muy dura y grande", "high_risk_signs", triage.UrgencyEmergency},
		{"a prostacyclin pump stopped", "my Remodulin pump is disconnected and I can't get it back on, it's been 15 minutes", "device_failure", triage.UrgencyEmergency},
		{"hands around a stranger's throat", "at the bus stop a guy has his hands around a woman's throat right now", "violence", triage.UrgencyEmergency},

		{"an age, then a long duration", "Mi papá de 70 años desde hace un mes tiene dolor de rodilla", "", triage.UrgencyRoutine},
		{"headaches after a wedding", "all of us had headaches after the wedding lol, too much champagne", "", triage.UrgencyRoutine},
		{"a dog calling at the door", "I hear him calling me from the door every night, it's my dog lol", "", triage.UrgencyRoutine},
		{"a phone out of reach at work", "I can't get to the phone during work hours, please email me", "", triage.UrgencyRoutine},
		{"a bully's again", "my son says the bully will do it again tomorrow, can we get a note for school", "", triage.UrgencyRoutine},
		{"a pump alarm yesterday, fine", "My Flolan pump alarm went off yesterday, it was just the battery, all fine now", "", triage.UrgencyRoutine},
		{"a constant backache, no bleeding", "36 weeks and my lower back ache is constant today but no bleeding and baby is moving fine, normal?", "", triage.UrgencyRoutine},
	})
}
