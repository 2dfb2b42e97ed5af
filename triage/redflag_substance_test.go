package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsSubstances: emergencies of alcohol and drugs
// (substanceRules and others), told in words other than probe54's, and
// look-alikes that are not.
func TestFindRedFlagsSubstances(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"gurgling", "he's asleep after using and his breathing is gurgling", "", triage.UrgencyEmergency},
		{"a few breaths a minute", "she's breathing like 4 times a minute after the pills", "overdose", triage.UrgencyEmergency},
		{"a bottle, no answer", "mi hermano se tomó una botella de tequila y no contesta cuando le hablo", "", triage.UrgencyEmergency},
		{"vomit, not waking", "he vomited in his sleep and didn't wake up", "aspiration", triage.UrgencyEmergency},
		{"street liquor", "drank some cheap street liquor and now everything looks blurry", "poisoning", triage.UrgencyEmergency},
		{"a knife, paranoid", "he's paranoid from the meth and holding a knife", "psychosis", triage.UrgencyEmergency},
		{"methadone bottle open", "the methadone bottle was open and the baby may have swallowed one", "overdose", triage.UrgencyEmergency},
		{"narcan, pusimos", "le pusimos narcan a mi amigo", "overdose", triage.UrgencyEmergency},
		{"racing and fainted", "my heart was racing and I fainted at the gym", "heart_rate", triage.UrgencyEmergency},

		{"a naloxone kit", "can I get a prescription for a naloxone kit to keep at home?", "", triage.UrgencyRoutine},
		{"a hangover", "rough hangover today, can I take ibuprofen?", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsAfterSurgery: emergencies of the days after a
// procedure (postopRules and others), told in words other than
// probe55's, and look-alikes that are not.
func TestFindRedFlagsAfterSurgery(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"sleeve, racing heart", "two days after my gastric sleeve my heart rate is 135 and I can't keep water down", "surgical_complication", triage.UrgencyEmergency},
		{"legs after spine surgery", "a week after my spine surgery my legs are getting weaker", "cauda_equina", triage.UrgencyEmergency},
		{"yellow eyes and chills", "my eyes turned yellow and I have shaking chills", "sepsis", triage.UrgencyEmergency},
		{"a stuck hernia", "the hernia came back, I can't push it in and I'm vomiting", "hernia", triage.UrgencyEmergency},
		{"claws after the thyroid", "after my thyroid surgery my hands are cramping into claws", "tetany", triage.UrgencyEmergency},
		{"a groin swelling fast", "after the cath my groin is swelling fast, like a golf ball", "bleeding", triage.UrgencyEmergency},
		{"blue toes in a cast", "my toes are cold and blue in the cast", "compartment", triage.UrgencyEmergency},
		{"a wound open, bowel", "my incision opened and I can see bowel", "surgical_wound", triage.UrgencyEmergency},

		{"a little pus", "la herida se abrió un poquito y está saliendo pus", "", triage.UrgencyUrgent},
		{"a bruise after the cath", "after the cath there's a bruise spreading down my thigh, soft, no pain", "", triage.UrgencyRoutine},
		{"sore after a colonoscopy", "a little bloated after the colonoscopy, passing gas, normal?", "", triage.UrgencyRoutine},
	})
}
