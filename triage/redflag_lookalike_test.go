package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsLookAlikes: alarming words that are no emergency now
// (probe72, a set written to find false alarms), in words other than that
// set's, and the emergencies hidden among them.
func TestFindRedFlagsLookAlikes(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a month past", "got the ambulance bill from when my husband had his stroke in March, can you send the notes?", "stroke", triage.UrgencyUrgent},
		{"en junio", "me cobraron la ambulancia de cuando mi papá tuvo el infarto en junio", "", triage.UrgencyUrgent},
		{"since a month", "he has had chest pain since March and today it is worse", "chest_pain", triage.UrgencyEmergency},
		{"a workup", "can I see the results of my chest pain workup from the ER?", "", triage.UrgencyUrgent}, // not 911
		{"a stroke workup", "the portal won't show my stroke workup results", "", triage.UrgencyRoutine},
		{"a song", "my daughter keeps singing 'Heart Attack' by Demi Lovato, lol, can I book her physical?", "", triage.UrgencyRoutine},
		{"a pet at the vet", "mi gato tuvo una convulsión y el veterinario le dio medicina, ¿puedo mover mi cita?", "", triage.UrgencyRoutine},
		{"a finger cut", "se cortó el dedo con el cuchillo, ya no sangra, ¿necesita tétano?", "", triage.UrgencyRoutine},
		{"a fingertip off", "se rebanó la punta del dedo con la mandolina", "amputation", triage.UrgencyEmergency},

		{"a form's question", "the intake form asks whether I ever had a seizure, what do I put?", "", triage.UrgencyRoutine},
		{"el formulario", "el formulario pregunta si he tenido una sobredosis, ¿qué pongo?", "", triage.UrgencyRoutine},
		{"a form, and now", "the form asks about chest pain and I have it right now", "chest_pain", triage.UrgencyEmergency},
		{"a form, then a sign", "the school form asks about allergies; he is having trouble breathing", "breathing", triage.UrgencyEmergency},

		{"how many is too many", "¿cuántas pastillas de clonazepam serían demasiadas? tengo un frasco lleno", "suicidal", triage.UrgencyEmergency},
		{"lips and voice", "my tongue is getting puffy and my voice sounds hoarse", "anaphylaxis", triage.UrgencyEmergency},
		{"lower right", "stomach pain since this morning, now it's bad in the lower right and I threw up", "appendicitis", triage.UrgencyEmergency},
		{"last night alive", "this is my last night alive, thank you for everything", "suicidal", triage.UrgencyEmergency},
	})
}
