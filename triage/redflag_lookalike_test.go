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
		{"a month past", "got the ambulance bill from when my husband had his stroke in March, can you send the notes?", "", triage.UrgencyRoutine},
		{"en junio", "me cobraron la ambulancia de cuando mi papá tuvo el infarto en junio", "", triage.UrgencyRoutine},
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

// TestFindRedFlagsFalseAlarms: a second set written to find false alarms
// (probe73), in words other than that set's.
func TestFindRedFlagsFalseAlarms(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a code", "you coded my visit as chest pain but I came for a physical, please fix it", "", triage.UrgencyRoutine},
		{"an ICD is no code", "I got a shock from my ICD this morning and felt faint", "needs_today", triage.UrgencyUrgent},
		{"hyperbole over a bill", "I'm having a heart attack over this $2,300 bill lol", "", triage.UrgencyRoutine},
		{"a leaflet", "the leaflet for my new pill lists seizures and chest pain, is that common?", "", triage.UrgencyRoutine},
		{"a survey", "a survey asks if I've had chest pain in the past year, can I fill it on paper?", "", triage.UrgencyRoutine},
		{"a school project", "my daughter is doing a class project on strokes, can she interview a nurse?", "", triage.UrgencyRoutine},
		{"told by the doctor", "the doctor told me that if my pressure goes over 180 or I get chest pain I should go to the ER; today it's 128/80", "", triage.UrgencyRoutine},
		{"God forbid", "si me da un infarto, Dios no lo quiera, ¿el seguro cubre la ambulancia?", "", triage.UrgencyRoutine},
		{"explained", "cancel my visit please, the chest pain was reflux, the ER checked me Sunday", "", triage.UrgencyRoutine},
		{"in the ICU", "dad is in the ICU since Friday after his stroke, can you send his med list?", "", triage.UrgencyUrgent},
		{"passed from", "it's a year since my brother passed from an overdose, can I see the counselor?", "", triage.UrgencyRoutine},
		{"a pet, then the writer", "me asusté mucho cuando mi perrita convulsionó, ya la vio el veterinario", "", triage.UrgencyRoutine},

		{"just anxiety, told alone", "my chest pain is probably just anxiety, I get it sometimes", "chest_pain", triage.UrgencyEmergency},
		{"the rest of the bottle", "won't need the refill, I took the rest of the bottle tonight", "overdose", triage.UrgencyEmergency},
		{"double the insulin", "I gave him double the insulin by mistake", "overdose", triage.UrgencyEmergency},
		{"double check", "can you double check the sick day insulin plan for my son?", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsShorthand: emergencies in clinicians' shorthand
// (clinicianRules, probe74), in words other than that set's.
func TestFindRedFlagsShorthand(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"crushing CP", "HH RN: pt c/o crushing CP x 15 min, diaphoretic, BP 150/90", "chest_pain", triage.UrgencyEmergency},
		{"ST elevation", "EKG en la ambulancia con elevación del ST", "chest_pain", triage.UrgencyEmergency},
		{"worst HA", "pt states worst HA of her life since 10 min", "stroke", triage.UrgencyEmergency},
		{"rigid abdomen", "abd rigid w/ guarding, T 38.9", "abdominal_emergency", triage.UrgencyEmergency},
		{"torsion", "teen sent to ED r/o testicular torsion", "testicular", triage.UrgencyEmergency},
		{"Glasgow", "found down, GCS 7", "unresponsive", triage.UrgencyEmergency},
		{"a hip", "pt fell, L hip shortened and externally rotated, unable to bear weight", "trauma", triage.UrgencyEmergency},
		{"a graft", "AV graft bleeding, pulsatile, not controlled with pressure", "severe_bleeding", triage.UrgencyEmergency},
		{"jaundice and fever", "s/p ERCP, now icteric, T 39.2", "sepsis", triage.UrgencyEmergency},
		{"peaked T waves", "K 7.0 with peaked T waves on the monitor", "cardio_metabolic", triage.UrgencyEmergency},
		{"a slow pulse", "HR 36 and pt very weak and dizzy", "", triage.UrgencyEmergency},

		{"a fistula bruise", "bruise around his fistula after dialysis, no bleeding, thrill present", "", triage.UrgencyUrgent},
		{"an INR a bit high", "INR 3.5 today, no bleeding, goal 2-3, please advise on dose", "", triage.UrgencyUrgent},
	})
}

// TestFindRedFlagsAdmitted: "admitted" said of a confession is no
// hospital stay.
func TestFindRedFlagsAdmitted(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"admitted taking pills", "she finally admitted she took 30 of her sleeping pills", "overdose", triage.UrgencyEmergency},
	})
}

// TestFindRedFlagsLivingWith: people living with a serious condition who
// talk about it calmly (probe75), and the emergencies among them.
func TestFindRedFlagsLivingWith(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a past stroke, now slurring", "my wife had a stroke in 2018, and just now she started slurring her words", "stroke", triage.UrgencyEmergency},
		{"a VAD low flow", "his LVAD keeps showing a low flow alarm and the coordinator doesn't answer", "device_failure", triage.UrgencyEmergency},
		{"hives and vomiting", "ate a cookie with peanuts and now hives all over and he is vomiting", "anaphylaxis", triage.UrgencyEmergency},
		{"a potassium of 6.9", "my potassium came back 6.9 today, I'm on dialysis", "cardio_metabolic", triage.UrgencyEmergency},

		{"anaphylaxis to stings", "I have anaphylaxis to wasp stings, can I get a refill of my EpiPens?", "", triage.UrgencyRoutine},
		{"seizures controlled", "his seizures are controlled on Keppra, can you sign the school form?", "", triage.UrgencyRoutine},
		{"a seizure plan", "please update his seizure plan for the new school", "", triage.UrgencyRoutine},
		{"naloxone renewed", "necesito renovar la naloxona de la casa, ya se venció", "", triage.UrgencyRoutine},
		{"years out", "I'm 4 years out from an overdose and doing well, need a new therapist", "", triage.UrgencyRoutine},
		{"a stroke was in a year", "my last stroke was 2021, I'm walking every day, time for my yearly visit", "", triage.UrgencyRoutine},
	})
}
