package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsMenAndCancer: emergencies of men's and sexual health
// (mensRules) and of people living with cancer (oncologyRules), told in
// words other than probe62's and probe63's, and look-alikes that are not.
func TestFindRedFlagsMenAndCancer(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a ring stuck", "a ring is stuck at the base and it won't come off, the tip is turning blue", "trauma", triage.UrgencyEmergency},
		{"a crack, swelling", "heard a pop in my penis during sex and now it's swollen and purple", "trauma", triage.UrgencyEmergency},
		{"viagra and poppers", "took viagra then poppers at the party and now I feel faint and dizzy", "drug_toxicity", triage.UrgencyEmergency},
		{"a stone with chills", "kidney stone again and now shaking chills", "sepsis", triage.UrgencyEmergency},
		{"fever after a biopsy", "had a prostate biopsy yesterday, fever 102 and shaking", "sepsis", triage.UrgencyEmergency},
		{"mets, heavy legs", "I have bone mets in my spine and my legs feel heavy today", "cauda_equina", triage.UrgencyEmergency},
		{"thirst and confusion", "my dad with myeloma is confused and drinking water nonstop, so thirsty", "metabolic", triage.UrgencyEmergency},
		{"no urine after the first chemo", "after his first chemo he hasn't peed since morning", "kidney_failure", triage.UrgencyEmergency},
		{"en tratamiento", "mi hijo está en tratamiento por leucemia y tiene 38.4 de fiebre", "immunocompromised_fever", triage.UrgencyEmergency},
		{"the away game", "her coach assaulted her tonight at the away game", "sexual_assault", triage.UrgencyEmergency},
		{"not in hospice", "she's not in hospice, new fentanyl patch and she is breathing 5 a minute", "", triage.UrgencyEmergency},

		{"a viagra refill", "can I get a refill of my sildenafil, same dose", "", triage.UrgencyRoutine},
		{"a treatment question", "what is the treatment for a kidney stone?", "", triage.UrgencyRoutine},
	})
}
