package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsWomen: emergencies of women's health outside late
// pregnancy, and of any patient, that probe51 found missing
// (womenRules and others), told in words other than probe51's, and
// look-alikes in the same words that are not.
func TestFindRedFlagsWomen(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"pregnant, one side, faint", "I'm 6 weeks pregnant, bad pain on my left side and I almost fainted at work", "", triage.UrgencyEmergency},
		{"cyst, sudden pain, vomiting", "I have a cyst on my right ovary, sudden severe pain an hour ago and I keep vomiting", "ovarian", triage.UrgencyEmergency},
		{"a pad every half hour", "estoy llenando una toalla cada media hora desde el mediodía", "", triage.UrgencyEmergency},
		{"clots like a lemon", "passing clots as big as a lemon, three of them", "bleeding", triage.UrgencyEmergency},
		{"fever after a curettage", "me hicieron un legrado el viernes y hoy tengo fiebre de 39.5 y el flujo huele feo", "sepsis", triage.UrgencyEmergency},
		{"racing heart after abortion pills", "tomé el misoprostol hace cuatro días y ahora el corazón me late rapidísimo y no tengo fuerzas", "sepsis", triage.UrgencyEmergency},
		{"bulge after a hysterectomy", "two weeks after my hysterectomy I coughed hard and now something is bulging down there", "surgical_wound", triage.UrgencyEmergency},
		{"bruises, bleeding, a faint", "my daughter's nose keeps bleeding, she has bruises everywhere and she just fainted", "bleeding", triage.UrgencyEmergency},
		{"chills and confusion", "grandma has shaking chills and she is confused, she doesn't know where she is", "sepsis", triage.UrgencyEmergency},
		{"abuse at home", "my niece says her uncle touches her, he lives with us", "abuse", triage.UrgencyEmergency},
		{"an empty bottle found", "I found an empty bottle of sleeping pills next to my son's bed", "overdose", triage.UrgencyEmergency},
		{"pills counted", "ya no puedo más, tengo las pastillas contadas", "suicidal", triage.UrgencyEmergency},
		{"drugged", "someone put something in my drink at the party and I don't remember anything", "sexual_assault", triage.UrgencyEmergency},

		{"a covid test", "covid test positive, pain in my side when I cough", "", triage.UrgencyRoutine},
		{"a pad every three hours", "cambio la toalla cada 3 horas en los días fuertes, es normal?", "", triage.UrgencyRoutine},
		{"small clots", "small clots like a dime on heavy days, otherwise fine", "", triage.UrgencyRoutine},
		{"a refill of an empty bottle", "my birth control pill bottle is empty, can you send a refill?", "", triage.UrgencyRoutine},
		{"a known cyst, mild", "I have a small cyst on my ovary, mild ache on and off, no vomiting", "", triage.UrgencyRoutine},
		{"it's my turn", "me toca la cita de control el martes, la puedo cambiar?", "", triage.UrgencyRoutine},
	})
}
