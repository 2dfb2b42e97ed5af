package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsVessels: emergencies of the heart, lungs and vessels
// that probe98 found missing, in words other than that set's (a limb
// gone white and cold or without a pulse, an ache of the jaw or upper
// back with vomiting and breathlessness, air that will not go in), and
// look-alikes: Raynaud's fingers, a pulse beside a good saturation, an
// inhaler refill with "nothing new".
func TestFindRedFlagsVessels(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"foot pale and icy", "her foot turned pale and icy cold an hour ago and she can't feel her toes", "vascular_renal", triage.UrgencyEmergency},
		{"no pulse at the wrist", "my arm hurts, the fingers are numb and I can't find a pulse at the wrist", "vascular_renal", triage.UrgencyEmergency},
		{"jaw, vomit, breath", "so tired all day, threw up, and now his jaw aches and he's short of breath", "acute_chest", triage.UrgencyEmergency},
		{"aire no entra", "de repente no le entra el aire y le duele el costado", "breathing", triage.UrgencyEmergency},

		{"Raynaud's", "my fingers turn white and then blue in the cold and red when they warm up, is this Raynaud's?", "", triage.UrgencyRoutine},
		{"pulse beside sat", "the oximeter says 95% and pulse 72, he's fine, just checking if that's ok", "", triage.UrgencyRoutine},
		{"oximetro y pulso", "el oxímetro marca 96 y el pulso 70, ¿está bien?", "", triage.UrgencyRoutine},
		{"nothing new", "can you refill my albuterol? breathing is fine, nothing new", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsTakenFor: a sign named as what a medicine or a doctor
// is for is no sign now (found by probe103: "takes levetiracetam … for
// seizures" read as a seizure), while a sign told now beside it, a trip
// to the ER for it and a visit are read as before; and "says no
// response" is no unresponsive patient (the speller had read "response"
// as "responde").
func TestFindRedFlagsTakenFor(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"on it for seizures", "my son is on lamotrigine for his seizures and needs a refill by Friday", "", triage.UrgencyRoutine},
		{"pills for", "mi papá toma pastillas para las convulsiones, ¿se las pueden mandar a otra farmacia?", "", triage.UrgencyRoutine},
		{"sees a doctor for", "she sees a cardiologist for chest pain every six months", "", triage.UrgencyRoutine},
		{"no response", "I sent the form twice and got no response from the office", "", triage.UrgencyRoutine},

		{"seizing now", "he's on keppra for seizures and right now he's seizing and won't stop", "seizure", triage.UrgencyEmergency},
		{"on the way", "we're on our way to the ER for chest pain", "chest_pain", triage.UrgencyEmergency},
		{"took him for", "I took my dad to urgent care for chest pain, they sent us home but it's back", "chest_pain", triage.UrgencyEmergency},
		{"no responde", "mi abuelo no responde y respira raro", "unresponsive", triage.UrgencyEmergency},
	})
}

// TestFindRedFlagsExposureAndResults: an exposure to a contagious disease
// and a test read "reactive" are for a clinician today (found by
// probe101: a health department's measles notice, an STD panel with a
// "reactive" line, both read routine), in words other than that set's;
// a negative or non-reactive test and a question about a vaccine are not.
func TestFindRedFlagsExposureAndResults(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"chickenpox exposure", "the daycare called, my daughter was exposed to chickenpox on Monday", "needs_today", triage.UrgencyUrgent},
		{"expuesto a tosferina", "mi bebé estuvo expuesto a tosferina en la fiesta", "needs_today", triage.UrgencyUrgent},
		{"reactive line", "the portal shows my hepatitis C antibody as reactive, what now?", "needs_today", triage.UrgencyUrgent},
		{"positive chlamydia", "my results say positive for chlamydia, do I need to come in?", "needs_today", triage.UrgencyUrgent},

		{"non-reactive", "my HIV screen came back non-reactive, thank you", "", triage.UrgencyRoutine},
		{"no reactiva", "la prueba de sífilis salió no reactiva", "", triage.UrgencyRoutine},
		{"vaccine question", "is the MMR vaccine safe? I worry about measles going around", "", triage.UrgencyRoutine},
		{"known HIV", "I'm HIV positive and need my Biktarvy refilled", "", triage.UrgencyRoutine},
	})
}
