package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsNutrition holds the classes found by probe116 (eating
// disorders, malnutrition and dehydration) and probe117 and probe118 (an
// obstetrics and a behavioral-health practice's ordinary fortnights), in
// words other than those sets': blood vomited told with words between,
// confusion told before the urine that stopped, water drunk by the gallon
// and then confusion or jerking, a clinician's order to go to the
// emergency room now, a near faint with the heart all over the place,
// someone else's threat in Spanish with a weapon taken; and the
// look-alikes that must stay below emergency: a miscarriage as a visit or
// long treated, an order for later, water drunk for a race.
func TestFindRedFlagsNutrition(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"threw up, then red blood", "my roommate threw up after dinner and honestly it was almost all bright red blood", "severe_bleeding", triage.UrgencyEmergency},
		{"vomitó, sangre roja", "mi hija vomitó en el baño y lo que salió era casi pura sangre roja", "severe_bleeding", triage.UrgencyEmergency},
		{"confused then no pee", "grandpa is confused and keeps asking what year it is, and he hasn't peed all day", "dehydration", triage.UrgencyEmergency},
		{"no sabe dónde, no orina", "mi abuela no sabe dónde está desde anoche y no ha orinado nada", "dehydration", triage.UrgencyEmergency},
		{"gallon of water, seizure", "he chugged about a gallon of water for a dare at the party and now he's having a seizure", "metabolic", triage.UrgencyEmergency},
		{"litros de agua, confundida", "se tomó como cinco litros de agua para bajar de peso antes del pesaje y ahora está confundida y vomitando", "metabolic", triage.UrgencyEmergency},
		{"nurse said ER now", "the after hours nurse said my sodium is dangerously low and I have to go to the ER now", "sent_to_er", triage.UrgencyEmergency},
		{"dijeron urgencias ya", "del laboratorio me llamaron y me dijeron que me vaya a urgencias ya por el potasio", "sent_to_er", triage.UrgencyEmergency},
		{"blacking out, heart all over", "every time I stand I'm blacking out and my heart feels like it's going all over the place", "heart_rate", triage.UrgencyEmergency},
		{"va a matar al vecino", "mi hermano anda borracho y dice que va a matar al vecino", "violence", triage.UrgencyEmergency},
		{"threat, then the rifle", "he said he would kill her if she left, and just now he took the rifle from the closet", "violence", triage.UrgencyEmergency},

		// Look-alikes.
		{"miscarriage follow up", "can I move my miscarriage follow up to Friday afternoon?", "", triage.UrgencyRoutine},
		{"cita de seguimiento, aborto", "quiero agendar la consulta de seguimiento del aborto espontáneo", "", triage.UrgencyRoutine},
		{"miscarriage support group", "is there a miscarriage support group that meets at your office?", "", triage.UrgencyRoutine},
		{"ER if worse", "the nurse said to go to the ER if the swelling gets worse, it hasn't, just checking in", "", triage.UrgencyRoutine},
		{"gallon a day", "I've been drinking a gallon of water a day for my skin, is that too much?", "", triage.UrgencyRoutine},
		{"me va a matar, joke", "mi mamá me va a matar cuando vea la cuenta jaja", "", triage.UrgencyRoutine},
		{"backing up", "my toilet keeps backing up, sorry wrong number", "", triage.UrgencyRoutine},
	})
}

// TestPastTreatedMiscarriage: a pregnancy lost last week and already
// treated at the hospital is no emergency now; one being lost now is.
func TestPastTreatedMiscarriage(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"tuve, ya me atendieron", "cancelen mi cita por favor, tuve un aborto espontáneo hace diez días y ya me atendieron en el hospital", "pregnancy_bleeding", triage.UrgencyUrgent},
		{"had, was treated", "I had a miscarriage last week and was treated at the ER, please cancel my ultrasound", "pregnancy_bleeding", triage.UrgencyUrgent},
		{"having one now", "I think I'm having a miscarriage right now, cramping and bleeding", "pregnancy_bleeding", triage.UrgencyEmergency},
	})
}
