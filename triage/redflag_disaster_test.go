package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsDisasterRelayCampus holds the classes found by probe128
// (weather, disasters and outages), probe129 (relay services, sign
// language interpreters and assistive technology) and probe130 (students
// away from home), in words other than those sets': a grill or generator
// indoors with a sign, a carbon monoxide alarm sounding, a ventilator's
// battery running down, water swallowed then the breath going, a child
// found in a hot car; a wish to die told through an interpreter, a plan in
// few words, "blood lots"; a blow with mono, a drinker bluish and barely
// breathing, acetaminophen by the handful however well one feels, a slow
// pulse with a faint. And the look-alikes: a CO detector asked about, an
// alarm of last night with nobody sick, a kerosene heater, a sunburn at the
// beach, a heat stroke last summer, a chest pain "last week" checked and
// fine, a seizure last night and "no more seizure", an overdose in March
// and doing great now, alcohol poisoning last semester.
func TestFindRedFlagsDisasterRelayCampus(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"generator indoors", "we ran the generator in the garage during the storm and now grandma has a headache and is confused", "burn_or_exposure", triage.UrgencyEmergency},
		{"CO alarm sounding", "our CO alarm is beeping and the baby is really sleepy", "burn_or_exposure", triage.UrgencyEmergency},
		{"ventilator battery", "power is out and his ventilator battery is at 15 percent", "breathing", triage.UrgencyEmergency},
		{"water swallowed", "she swallowed a lot of water at the river and now she's coughing nonstop and breathing hard", "breathing", triage.UrgencyEmergency},
		{"child in hot car", "we found the toddler in the back of the car after an hour, he's limp and hot to the touch", "burn_or_exposure", triage.UrgencyEmergency},
		{"quitarse la vida", "soy intérprete; el paciente me dice que quiere quitarse la vida hoy", "suicidal", triage.UrgencyEmergency},
		{"plan in few words", "Me tired. Plan end tonight. Pills ready.", "suicidal", triage.UrgencyEmergency},
		{"blood lots", "Knife slip. Hand. Blood lots.", "severe_bleeding", triage.UrgencyEmergency},
		{"mono and a hit", "I have mono and took an elbow to the left side at soccer, now pain up into my shoulder", "trauma", triage.UrgencyEmergency},
		{"drinker barely breathing", "he did a lot of shots and now he's barely breathing and kind of bluish", "", triage.UrgencyEmergency},
		{"tylenol handful, fine", "I took like 30 tylenol last night but I feel fine today", "overdose", triage.UrgencyEmergency},
		{"slow pulse, faint", "she fainted in class and her pulse is really slow", "heart_rate", triage.UrgencyEmergency},

		// Look-alikes.
		{"CO detector asked", "which carbon monoxide detector do you recommend for an apartment?", "", triage.UrgencyRoutine},
		{"kerosene heater", "we use a kerosene heater sometimes, is that safe with a baby?", "", triage.UrgencyRoutine},
		{"sunburn at the beach", "got a little sunburned at the beach, is aloe enough?", "", triage.UrgencyRoutine},
		{"golpe de calor pasado", "necesito el expediente del golpe de calor del verano pasado", "", triage.UrgencyRoutine},
		{"chest pain last week", "Last week chest pain, went ER, they say heart ok. Need follow up appt.", "chest_pain", triage.UrgencyUrgent},
		{"overdosed in March", "thank you to the nurse the night my brother overdosed in March, he's doing great now", "", triage.UrgencyRoutine}, // a thank-you for a night long past
		{"poisoning last semester", "my roommate had alcohol poisoning last semester, what are the signs to watch for?", "", triage.UrgencyRoutine},
	})
}
