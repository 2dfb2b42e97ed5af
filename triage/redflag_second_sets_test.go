package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsSecondSets holds classes found by second independent
// sets of the eleventh session's weakest domains — strokes (probe188),
// crises of the mind in Spanish (probe189), the belly (probe190) and
// fevers (probe191) — in words other than those sets': an arm that will
// not lift, only one side moving, words that mean nothing, "no quiero
// estar aquí", a hose to the exhaust, "se va a lanzar", green vomit, a
// known ovarian cyst with vomiting and no walking, a belly rigid like a
// board, belly pain with atrial fibrillation, a weeks-old baby's fever,
// rigors after a procedure, a kidney infection that keeps no water down,
// a rash like bruises, a cat bite with a fever, a swollen neck after a
// tooth pulled. And the look-alikes: a nursing mother's fever, a stroke's
// follow-up, a low sugar "ya está bien", "actually it does fade".
func TestFindRedFlagsSecondSets(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"arm won't lift", "woke up and my left arm won't lift, my leg is heavy too", "stroke", triage.UrgencyEmergency},
		{"one side moves", "he's awake but only the right side of him is moving", "stroke", triage.UrgencyEmergency},
		{"words mean nothing", "I can see the words on the page but they don't mean anything", "stroke", triage.UrgencyEmergency},
		{"not be here", "ya no quiero estar aquí, perdónenme todos", "suicidal", triage.UrgencyEmergency},
		{"hose to exhaust", "estoy en el garaje con la manguera en el escape", "suicidal", triage.UrgencyEmergency},
		{"will jump", "mi amiga está en el puente y dice que se va a lanzar", "suicidal", triage.UrgencyEmergency},
		{"green vomit", "my 2 week old threw up dark green twice", "acute_abdomen", triage.UrgencyEmergency},
		{"ovarian cyst", "I have an ovarian cyst, sudden pain on that side, I've vomited and can't walk", "", triage.UrgencyEmergency},
		{"rigid belly", "his belly is hard like a board and he has a fever", "", triage.UrgencyEmergency},
		{"belly pain and afib", "dolor de panza muy fuerte en mi abuelo, tiene fibrilación y suda frío", "abdominal_emergency", triage.UrgencyEmergency},
		{"weeks-old fever", "my 6 week old has a temp of 100.6", "young_infant_fever", triage.UrgencyEmergency},
		{"rigors after biopsy", "biopsy yesterday and tonight shaking chills with 103", "sepsis", triage.UrgencyEmergency},
		{"kidney, no water", "my UTI moved to my kidneys, back pain and I can't keep water down", "sepsis", triage.UrgencyEmergency},
		{"rash like bruises", "fever and a rash that looks like bruises on his legs", "sepsis", triage.UrgencyEmergency},
		{"cat bite fever", "the cat bit my hand two days ago and now I have a fever", "sepsis", triage.UrgencyEmergency},
		{"tooth then neck", "had a molar pulled, now my neck is swollen and it's hard to swallow", "sepsis", triage.UrgencyEmergency},

		{"nursing mother", "breastfeeding my 3 week old, my breast is red and I have 101", "", triage.UrgencyUrgent},
		{"stroke follow-up", "necesito mover el seguimiento del derrame de mi papá", "", triage.UrgencyRoutine},
		{"low sugar treated", "le bajó el azúcar a 50 y decía cosas sin sentido, le di jugo y ya está bien", "", triage.UrgencyUrgent},
		{"actually it does", "her rash doesn't fade when I press a glass... actually it does fade. fever 100.9", "", triage.UrgencyUrgent},
	})
}
