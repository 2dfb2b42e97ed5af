package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsDevices: emergencies of patients living with a device,
// a line or a strong treatment (deviceRules), told in words other than
// probe48's, and look-alikes in the same words that are not.
func TestFindRedFlagsDevices(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"heart pump stopped", "my wife's LVAD went dead and the controller shows red", "device_failure", triage.UrgencyEmergency},
		{"trach will not go back", "the trach popped out and we can't get it back in", "airway_device", triage.UrgencyEmergency},
		{"estoma negro", "el estoma de mi papá está negro desde la mañana", "stoma", triage.UrgencyEmergency},
		{"arm and face swelling", "since the port was placed my arm and face are swollen and I'm short of breath", "line_clot", triage.UrgencyEmergency},
		{"oxygen reading", "mom's oxygen reads 82 on the finger monitor", "", triage.UrgencyEmergency},
		{"ketones and vomiting", "cetonas altas y mi hija no para de vomitar, tiene bomba de insulina", "glucose", triage.UrgencyEmergency},
		{"insulin by mistake", "gave myself 40 units of humalog by mistake instead of lantus", "medication_error", triage.UrgencyEmergency},
		{"inr and bleeding", "INR was 9 at the clinic today and now my nose is bleeding", "bleeding", triage.UrgencyEmergency},
		{"catheter and chills", "his foley bag stays empty and now he has chills and a fever", "", triage.UrgencyEmergency},
		{"chills after dialysis", "tiene escalofríos muy fuertes desde que salió de la diálisis", "line_infection", triage.UrgencyEmergency},
		{"numb legs after an epidural", "after the epidural her legs are numb and she can't pee", "cauda_equina", triage.UrgencyEmergency},
		{"a transplant for months, a fever", "tengo trasplante de hígado desde hace 8 meses y hoy fiebre de 38.9", "immunocompromised_fever", triage.UrgencyEmergency},
		{"chemo, no fever", "on chemo, temp 99.1 this morning, is that ok?", "", triage.UrgencyUrgent},

		{"low battery swapped", "the LVAD beeped for low battery, we put in the charged ones and it's quiet now", "", triage.UrgencyRoutine},
		{"ketones negative", "sugar 300 after a bad site, ketones negative, corrected and coming down", "", triage.UrgencyUrgent},
		{"an inr in range", "INR 2.5 this week, same dose?", "", triage.UrgencyRoutine}, // not an INR of 5
		{"supplies", "need more ostomy bags and catheter supplies, the form is attached", "", triage.UrgencyRoutine},
		{"a normal reading", "oxygen 96 on 2 liters, all good, just need the concentrator serviced", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsInjuries: the injuries of sports, work, roads and fights
// and what follows them (injuryRules), told in words other than probe49's,
// and look-alikes in the same words that are not.
func TestFindRedFlagsInjuries(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"pale and sweaty after a crash", "we had a car accident, my sister is pale and sweaty and keeps asking what happened", "shock", triage.UrgencyEmergency},
		{"handlebar and vomiting", "my son hit his stomach on the handlebars and has been vomiting since", "abdominal_trauma", triage.UrgencyEmergency},
		{"neck and numb arms", "fell off the ladder, my neck hurts and both arms are tingling", "spinal_injury", triage.UrgencyEmergency},
		{"a finger cut off", "se cortó el dedo con la sierra, tenemos el pedazo en hielo", "amputation", triage.UrgencyEmergency},
		{"hair in a machine", "her hair got caught in the mixer at the bakery", "trauma", triage.UrgencyEmergency},
		{"a rod in the leg", "a metal rod is stuck in his leg, we did not pull it out", "impaled", triage.UrgencyEmergency},
		{"cola urine after a crush", "he was pinned under the tractor for an hour and now his pee looks like coca cola", "compartment", triage.UrgencyEmergency},
		{"pressure does not stop it", "held pressure for 20 minutes and it is still gushing blood", "bleeding", triage.UrgencyEmergency},
		{"blood in the urine and dizzy", "after the tackle he's peeing blood and feels dizzy", "kidney_injury", triage.UrgencyEmergency},
		{"strangled, hoarse", "her ex choked her last night and now her voice is hoarse", "", triage.UrgencyEmergency},

		{"a work note", "need a work note for my sprained ankle from last week", "", triage.UrgencyRoutine},
		{"choked on food, fine", "my son choked on a grape but coughed it out, he is laughing now", "", triage.UrgencyRoutine},
		{"a hand caught in a door", "caught my hand in the car door, bruised but I can move all fingers", "", triage.UrgencyRoutine},
		{"a splinter", "there is a splinter stuck in my finger, can the nurse take it out?", "", triage.UrgencyRoutine},
	})
}
