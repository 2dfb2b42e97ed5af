package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsStrokeBreathBleeding holds the classes found by
// probe176 (strokes in everyday words, found missing at 0.66), probe177
// (adults who cannot get their breath), probe178 (bleeding) and probe179
// (a Spanish-only fortnight), in words other than those sets': texts or
// speech that stop making sense, things called by the wrong names, no
// sentence formed, an arm or a side gone weak or heavy, half the body not
// felt, a mouth hanging, a hand like someone else's, one side of sight
// gone; wheezing too hard to lie down, oxygen run out with gasping, blue
// fingertips after "my usual panic attacks but", a throat thick after a
// food; a pad soaked through in an hour, a toilet filled with blood, a
// large amount passed. And the look-alikes: an autocorrect, a dentist's
// numbing, a low sugar treated and over, a stroke's lasting trace, Bell's
// palsy, "no symptoms at all", sight lost two weeks ago and not again, a
// weakness for days, a coworker who "ended up in the ER", anaemia "from"
// a bleeding, a blood pregnancy test, "no hablar bien el inglés".
func TestFindRedFlagsStrokeBreathBleeding(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"texts make no sense", "my dad's texts for the last half hour make no sense at all and he won't pick up", "stroke", triage.UrgencyEmergency},
		{"wrong names", "grandpa keeps calling things by the wrong names, he was fine at lunch", "stroke", triage.UrgencyEmergency},
		{"no sentence", "my wife woke up and can't form a sentence, just single words", "stroke", triage.UrgencyEmergency},
		{"arm went heavy", "my left arm went heavy out of nowhere and I dropped my phone", "stroke", triage.UrgencyEmergency},
		{"half the body", "no siento la mitad de mi cuerpo y estoy solo", "stroke", triage.UrgencyEmergency},
		{"mouth hanging", "the left side of her mouth is hanging and she sounds funny", "stroke", triage.UrgencyEmergency},
		{"someone else's hand", "my right hand feels like it belongs to someone else and I can't button my shirt", "", triage.UrgencyEmergency},
		{"sight one side", "I suddenly couldn't see anything on the left side out of either eye", "stroke", triage.UrgencyEmergency},
		{"wheeze, can't lie down", "my asthma is so bad I can't lie down or talk in full sentences", "breathing", triage.UrgencyEmergency},
		{"oxygen out", "se acabó el oxígeno de mi mamá por el apagón y está jadeando", "breathing", triage.UrgencyEmergency},
		{"usual, but blue", "I figured it was my usual anxiety but now my fingernails are blue", "breathing", triage.UrgencyEmergency},
		{"throat thick", "ate a cashew cookie, now hives and my throat feels tight", "anaphylaxis", triage.UrgencyEmergency},
		{"pad in an hour", "she bled through a pad and her shorts in an hour and looks pale", "", triage.UrgencyEmergency},
		{"toilet of blood", "after my biopsy I'm filling the toilet with blood", "gi_bleeding", triage.UrgencyEmergency},
		{"large amount", "passed a large amount of blood from my bottom twice this morning", "", triage.UrgencyEmergency},

		{"autocorrect", "perdón si mis mensajes no tienen sentido, es el autocorrector, quiero mi cita del jueves", "", triage.UrgencyRoutine},
		{"dentist numbing", "had a filling at the dentist and my lip is still droopy and numb, normal?", "stroke", triage.UrgencyUrgent},
		{"low sugar over", "my son's sugar dropped to 48 and he was slurring, juice brought him back to normal, 125 now", "", triage.UrgencyUrgent},
		{"a stroke's trace", "mi tía tuvo un derrame, le quedó la mano torpe y así está desde entonces, necesito su expediente", "", triage.UrgencyRoutine},
		{"bell's palsy", "my face is still droopy on the right from Bell's palsy last fall, any exercises?", "stroke", triage.UrgencyUrgent},
		{"no symptoms", "watched a video on stroke signs, I'm 70 with no symptoms at all, should I take aspirin?", "", triage.UrgencyRoutine},
		{"not again", "lost the sight in one eye for a few minutes three weeks ago and it hasn't happened again", "stroke", triage.UrgencyUrgent},
		{"weak for days", "mi brazo izquierdo está más débil desde hace 4 días, tengo esclerosis múltiple", "stroke", triage.UrgencyUrgent},
		{"ended up in the ER", "my neighbor ended up in the ER vomiting blood, can I get checked for ulcers sometime?", "severe_bleeding", triage.UrgencyUrgent},
		{"anaemia from", "I'm anemic from heavy bleeding, does insurance cover iron infusions?", "", triage.UrgencyRoutine},
		{"blood pregnancy test", "¿ya está el resultado de la prueba de embarazo en sangre de ayer?", "", triage.UrgencyRoutine},
		{"the language", "me da pena no hablar bien el inglés cuando llamo, ¿tienen intérprete?", "", triage.UrgencyRoutine},
	})
}
