package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsWholeSupply: everything of a named medicine, or most of
// a bottle, taken at once is an overdose however long ago it was this
// morning; a regimen told the same way is not.
func TestFindRedFlagsWholeSupply(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"all of a named antidepressant", "I took all of my lexapro about an hour ago and I feel strange", "overdose", triage.UrgencyEmergency},
		{"most of a bottle", "he swallowed most of a bottle of advil after the fight", "overdose", triage.UrgencyEmergency},
		{"half a bottle", "took half a bottle of benadryl to sleep, 2 hours ago", "overdose", triage.UrgencyEmergency},
		{"todos mis clonazepam", "me tomé todos mis clonazepam hace rato, perdón", "overdose", triage.UrgencyEmergency},
		{"la mitad del frasco", "mi hermano se tomó la mitad del frasco de paracetamol", "overdose", triage.UrgencyEmergency},
		{"bleach, minutes ago", "my son drank bleach 10 minutes ago", "overdose", triage.UrgencyEmergency},
		{"cloro hace minutos", "mi hijo tomó cloro hace 10 minutos", "overdose", triage.UrgencyEmergency},
		{"thirty pills, an hour ago", "took 30 pills an hour ago", "overdose", triage.UrgencyEmergency},
		{"a bunch of pills, minutes ago", "she swallowed a bunch of pills 20 minutes ago", "overdose", triage.UrgencyEmergency},
		{"took minutes", "it took 15 minutes to get there", "", triage.UrgencyRoutine},
		{"took milligrams", "I took 20 mg of prozac this morning", "", triage.UrgencyRoutine},
		{"as prescribed", "I took all my sertraline as prescribed this month, can I get a refill?", "", triage.UrgencyRoutine},
		{"every night", "I take all my melatonin every night before bed", "", triage.UrgencyRoutine},
		{"this morning's dose", "took my zoloft this morning, is it ok with coffee?", "", triage.UrgencyRoutine},
	})
}
