package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestTricky holds messages that trip naive keyword triage: denials, old
// history, idioms, questions, and emergencies tucked into errands.
func TestTricky(t *testing.T) {
	c := newDefault(t)
	tests := []struct {
		text string
		want triage.Urgency
	}{
		{"no chest pain or shortness of breath, just need my refill", triage.UrgencyRoutine},
		{"i dont have any chest pain, question about my bill", triage.UrgencyRoutine},
		{"my dad had a stroke 5 years ago, need his records", triage.UrgencyRoutine},
		{"history of seizures, need a refill of keppra", triage.UrgencyRoutine},
		{"this copay is killing me lol", triage.UrgencyRoutine},
		{"dying to know my results haha", triage.UrgencyRoutine},
		{"i'd kill for an earlier appointment", triage.UrgencyRoutine},
		{"what should i do if my child has a seizure? asking for the future", triage.UrgencyRoutine},
		{"can i get a chest x ray order for my new job", triage.UrgencyRoutine},
		{"need an ekg for my surgery clearance, no symptoms", triage.UrgencyRoutine},
		{"sin dolor de pecho, solo quiero saber mis resultados", triage.UrgencyRoutine},
		{"mi papa tuvo un infarto hace 10 años, necesito su expediente", triage.UrgencyRoutine},
		{"esta factura me esta matando", triage.UrgencyRoutine},
		{"me muero de ganas de ver al doctor jaja", triage.UrgencyRoutine},
		{"reschedule pls. btw my chest has been hurting since this morning", triage.UrgencyEmergency},
		{"can u move my appt, my son is having trouble breathing rn", triage.UrgencyEmergency},
		{"quick question about parking... also i think my wife is having a stroke", triage.UrgencyEmergency},
		{"cambiar mi cita porfa. ahorita mi mama no puede respirar", triage.UrgencyEmergency},
		{"pregunta de mi factura, y creo que me estoy muriendo, me duele el pecho", triage.UrgencyEmergency},
		{"need a refill, and honestly i've been thinking about killing myself", triage.UrgencyEmergency},
		{"i'm fine now but last night i had crushing chest pain for an hour", triage.UrgencyUrgent},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			res, err := c.Classify(t.Context(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if res.Urgency.Rank() < tt.want.Rank() || (tt.want != triage.UrgencyEmergency && res.Urgency == triage.UrgencyEmergency) {
				t.Errorf("got %s (%+v), want %s", res.Urgency, res.RedFlags, tt.want)
			}
		})
	}
}
