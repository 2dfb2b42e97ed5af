package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsElders: emergencies of older adults told by those who
// care for them (elderRules), told in words other than probe50's, and
// look-alikes that are not, hospice among them.
func TestFindRedFlagsElders(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"dementia, missing", "my dad has dementia and we can't find him, he left the house an hour ago", "welfare", triage.UrgencyEmergency},
		{"shivering and mumbling", "found her outside, shivering so hard and mumbling", "", triage.UrgencyEmergency},
		{"a hot flat", "the AC broke days ago and grandpa is not making sense", "heat_stroke", triage.UrgencyEmergency},
		{"a drunken walk", "mom is suddenly walking like she's drunk and the room is spinning", "stroke", triage.UrgencyEmergency},
		{"a faint on amiodarone, fine now", "he fainted at lunch, he takes amiodarone, he feels fine now", "fainting", triage.UrgencyEmergency},
		{"food stuck", "a piece of steak is stuck and he keeps spitting up saliva", "airway_infection", triage.UrgencyEmergency},
		{"a pulse of 38", "her pulse is 38 and she feels dizzy", "heart_rate", triage.UrgencyEmergency},
		{"vomit smelling of stool", "he's vomiting and it smells like poop", "bowel_obstruction", triage.UrgencyEmergency},
		{"café molido", "mi abuela está vomitando como café molido", "", triage.UrgencyEmergency},
		{"a night on the floor", "found my father on the floor, he was there all night", "trauma", triage.UrgencyEmergency},
		{"no se puede mover", "lo encontramos tirado, no se puede mover y la orina le sale como coca cola", "compartment", triage.UrgencyEmergency},
		{"arm numb, face strange", "my left arm went numb and my face feels funny", "stroke", triage.UrgencyEmergency},
		{"hr 35 texted", "hr 35 and i feel like im gonna pass out", "", triage.UrgencyEmergency},
		{"a cold white foot", "her foot is ice cold and white and she is in agony", "cold_limb", triage.UrgencyEmergency},

		{"hospice, expected", "dad is in hospice, his breathing has long pauses and he isn't waking, the nurse says it's expected", "", triage.UrgencyUrgent},
		{"a pulse of 58", "his pulse runs 58 on the beta blocker, cardiologist says that's fine", "", triage.UrgencyRoutine},
		{"a label's may", "the leaflet says it may cause a slow pulse, is that common?", "", triage.UrgencyRoutine},
	})
}
