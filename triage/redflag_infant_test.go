package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsInfants: emergencies of babies in their first year
// (infantRules), told in words other than probe61's, and look-alikes that
// are not.
func TestFindRedFlagsInfants(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"grunting", "she's grunting with every breath and seems tired", "breathing", triage.UrgencyEmergency},
		{"ribs sucking in", "I can see his belly sucking in under the ribs when he breathes", "breathing", triage.UrgencyEmergency},
		{"counted breaths", "her breathing is so fast, I counted 80 in one minute", "breathing", triage.UrgencyEmergency},
		{"yellow to the legs", "my 5 day old is yellow down to his legs and very sleepy", "", triage.UrgencyEmergency},
		{"cold newborn", "mi recién nacido tiene 35.2 de temperatura y no despierta bien", "", triage.UrgencyEmergency},
		{"honey, weak", "we gave our 3 month old honey last week and now she is weak and can't suck", "sick_child", triage.UrgencyEmergency},
		{"jelly in the diaper", "there's blood like red jelly in his diaper", "gi_bleeding", triage.UrgencyEmergency},
		{"fever at five weeks", "tiene fiebre de 38.3 y apenas tiene 5 semanas", "young_infant_fever", triage.UrgencyEmergency},

		{"a 60-minute session", "I was billed for a 60-minute session but it was 45 minutes", "", triage.UrgencyRoutine},
		{"a cough for weeks", "cough for 3 weeks and now a low fever, can I come in?", "", triage.UrgencyUrgent},
		{"hiccups", "my newborn gets hiccups after every feed, is that normal?", "", triage.UrgencyRoutine},
	})
}
