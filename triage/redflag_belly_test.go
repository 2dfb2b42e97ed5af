package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsBelly: emergencies of the belly, the bowel and the
// urinary tract told in everyday words (bellyRules), in words other than
// probe68's, and look-alikes that are not.
func TestFindRedFlagsBelly(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"paracetamol for days", "tomaba 10 pastillas de tylenol diarias por el dolor y ahora vomito", "overdose", triage.UrgencyEmergency},
		{"sudden low pain", "sudden sharp pain low on the left side and she keeps throwing up", "abdominal_emergency", triage.UrgencyEmergency},
		{"no urine for hours", "he hasn't peed in 12 hours and his belly is swollen", "urinary_retention", triage.UrgencyEmergency},
		{"hard after a scope", "after my endoscopy yesterday my belly is hard as a rock", "abdominal_emergency", triage.UrgencyEmergency},
		{"maroon on a thinner", "maroon poop twice today and I'm on Eliquis", "gi_bleeding", triage.UrgencyEmergency},
		{"bloody diarrhoea, dizzy", "bloody diarrhea all day and I get dizzy when I stand up", "dehydration", triage.UrgencyEmergency},
		{"mareo al pararme", "diarrea con sangre desde ayer y me mareo al pararme", "dehydration", triage.UrgencyEmergency},
		{"a pulsing belly", "there's a pulsing in my belly and a terrible back pain", "abdominal_emergency", triage.UrgencyEmergency},
		{"afib and a sudden pain", "I have afib and sudden terrible stomach pain", "abdominal_emergency", triage.UrgencyEmergency},
		{"afib, a thinner stopped", "I have afib and stopped my blood thinner last week, now sudden severe belly pain", "abdominal_emergency", triage.UrgencyEmergency},
		{"a baby floppy", "my 5 week old throws up after every feed and now he's floppy", "", triage.UrgencyEmergency},
		{"vomits every bottle", "la bebé vomita después de cada biberón y está muy aguadita", "dehydration", triage.UrgencyEmergency},
		{"a bag empty", "the nephrostomy bag has stayed empty since this morning and I have chills", "urinary_retention", triage.UrgencyEmergency},
		{"a transplant's date", "kidney transplant 2 months ago, now a fever of 101", "immunocompromised_fever", triage.UrgencyEmergency},
		{"appendix in Spanish", "le duele el lado derecho abajo y tiene calentura", "appendicitis", triage.UrgencyEmergency},
		{"a hernia stuck", "my hernia is stuck out and purple since this morning", "hernia", triage.UrgencyEmergency},

		{"pepto", "black stool since I started Pepto-Bismol, is that normal?", "", triage.UrgencyUrgent}, // an older rule asks for today
		{"two tylenol", "took 2 Tylenol for a headache and feel a bit queasy", "", triage.UrgencyRoutine},
		{"a thinner stopped", "I stopped my blood thinner for a dental extraction, when do I restart it?", "", triage.UrgencyRoutine},
		{"a pain that stopped", "I had chest pain and it stopped", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsAbbreviations: a rule's words are read as the
// tokenizer reads a message's, so "ya" (read "yes"), "pastillas" (read
// "pastilla") and "yr" (read "year") match; a rule's "k" (potassium)
// does not match every "que".
func TestFindRedFlagsAbbreviations(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"ya no puedo más", "ya no puedo más con esto", "suicidal", triage.UrgencyEmergency},
		{"pastillas", "me encerré en el baño con las pastillas", "suicidal", triage.UrgencyEmergency},
		{"yr", "found my 2 yr old with an open bottle of my pills", "overdose", triage.UrgencyEmergency},
		{"coupon", "been saving on my meds with a coupon, it ends tonight", "", triage.UrgencyRoutine},
		{"que is not k", "dice que tengo la hemoglobina en 9.8", "", triage.UrgencyRoutine},
	})
}
