package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsNeuro: emergencies of the brain and nerves told without
// medical words (neuroRules), in words other than probe64's, and
// look-alikes that are not.
func TestFindRedFlagsNeuro(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"words not understood", "all of a sudden I can't understand what my wife is saying", "stroke", triage.UrgencyEmergency},
		{"double and spinning", "I'm seeing double and the room is spinning", "stroke", triage.UrgencyEmergency},
		{"one side heavy", "my left side feels heavy and my mouth won't work right", "stroke", triage.UrgencyEmergency},
		{"headache then faint", "worst headache of my life came on suddenly and then I fainted", "", triage.UrgencyEmergency},
		{"faint at practice", "my son fainted during soccer practice", "fainting", triage.UrgencyEmergency},

		{"a usual migraine", "my usual migraine again, can I get my sumatriptan refilled?", "", triage.UrgencyRoutine},
		{"known vertigo", "my vertigo is acting up again like last year, the ENT said it's BPPV", "", triage.UrgencyUrgent},
	})
}
