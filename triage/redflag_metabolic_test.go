package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsMetabolic: emergencies of hormones, metabolism and
// medicines (metabolicRules), in words other than probe70's, and
// look-alikes that are not.
func TestFindRedFlagsMetabolic(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"digoxin sight", "my mother is on digoxin and says the lights have halos and she keeps vomiting", "overdose", triage.UrgencyEmergency},
		{"skin coming off", "started lamotrigine two weeks ago, now a fever and my skin is coming off in sheets", "medication_reaction", triage.UrgencyEmergency},
		{"low sodium", "his sodium was 121 and now he is confused and doesn't know what day it is", "critical_lab", triage.UrgencyEmergency},
		{"water pill, jerking", "grandma started a water pill last week and today her arm keeps jerking", "critical_lab", triage.UrgencyEmergency},
		{"insulin instead", "I took 30 units of my Humalog instead of 3 and I'm starting to sweat", "medication_error", triage.UrgencyEmergency},
		{"en vez de", "me inyecté 40 unidades en vez de 4 de la rápida", "medication_error", triage.UrgencyEmergency},
		{"bolus twice", "my pump gave the bolus twice and my sugar is 62 and dropping", "medication_error", triage.UrgencyEmergency},
		{"sugar past 400", "his sugar reads 540 and he is so drowsy he can barely answer", "glucose", triage.UrgencyEmergency},
		{"sugar past 400, no sense", "dad's meter says 480, he's not making any sense", "diabetic_emergency", triage.UrgencyEmergency},
		{"thyroid storm", "I have Graves disease, my heart rate is 155 and I have a fever of 103", "thyroid_storm", triage.UrgencyEmergency},
		{"pills nobody counted", "my 3 year old ate some of grandpa's heart pills, we don't know how many", "overdose", triage.UrgencyEmergency},

		{"digoxin refill", "need a refill of my digoxin, the pharmacy has the order", "", triage.UrgencyRoutine},
		{"sunburn peeling", "my skin is peeling from a sunburn at the beach and I had a fever yesterday", "", triage.UrgencyRoutine},
		{"sodium in range", "my sodium was 138 on the last labs, is that ok?", "", triage.UrgencyRoutine},
		{"sugar a bit high", "sugar was 210 after a birthday cake, feel fine", "", triage.UrgencyRoutine},
		{"thyroid refill", "can you refill my methimazole, my heart rate has been 72", "", triage.UrgencyRoutine},
	})
}
