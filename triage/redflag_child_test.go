package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsChildren: emergencies of children from one to twelve
// (childRules, and the meningitis and appendicitis rules), told in words
// other than probe52's, and look-alikes that are not.
func TestFindRedFlagsChildren(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"floppy", "my 2 year old is floppy and won't wake up properly after his fever", "sick_child", triage.UrgencyEmergency},
		{"como muñeca de trapo", "mi bebé está como muñeca de trapo, no responde bien", "sick_child", triage.UrgencyEmergency},
		{"a limp and a high fever", "she won't put weight on her right leg and has a fever of 102.5", "joint_infection", triage.UrgencyEmergency},
		{"knocked out, vomiting", "my son was knocked out at soccer and has thrown up three times", "", triage.UrgencyEmergency},
		{"morning headaches, double vision", "headaches every morning with vomiting and now he sees double", "neuro", triage.UrgencyEmergency},
		{"light and fever", "fever of 103 and the light hurts her eyes so much", "meningitis", triage.UrgencyEmergency},
		{"cuello y fiebre", "tiene fiebre y le duele el cuello cuando baja la cabeza", "meningitis", triage.UrgencyEmergency},
		{"panza abajo a la derecha", "a mi hijo le duele la panza abajo del lado derecho y vomitó", "appendicitis", triage.UrgencyEmergency},

		{"a limp, no fever", "he's limping a little since soccer, no fever, still running around", "", triage.UrgencyRoutine},
		{"a fever, playing", "fever 102 but she's playing and drinking fine, can we come tomorrow?", "", triage.UrgencyUrgent},
		{"years old", "my 39 year old brother has a limp from an old injury, does he need a referral?", "", triage.UrgencyRoutine},
	})
}
