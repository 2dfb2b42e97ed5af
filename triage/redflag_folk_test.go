package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsHomeFolkStoic holds the classes found by probe134 (the
// first weeks home after a hospital stay), probe135 (folk illness terms
// and cultural idioms) and probe136 (people who minimize), in words other
// than those sets': a wound vac filling with blood, an incision split open
// with something showing; a baby's fallen soft spot, "won't come to", a
// mouth that "se viró", "his speech is off", a cup that cannot be lifted,
// jerking all over; a bone through the skin, a fever with someone who does
// not know the year. And the look-alikes: a stroke named as a visit, a
// workup or records, a heart attack a week ago and "been home" since, a
// chest tight only "cuando me acuerdo", a panic that passed, a folk remedy
// asked about, a metal splinter "ya no la veo", a chest pain last week
// and good since.
func TestFindRedFlagsHomeFolkStoic(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"vac filling", "the wound vac is filling with blood since this morning", "severe_bleeding", triage.UrgencyEmergency},
		{"incision split", "her belly incision split open when she sneezed and I see something poking out", "trauma", triage.UrgencyEmergency},
		{"mollera hundida", "mi bebé de 2 meses tiene la mollera hundida y no quiere tomar", "", triage.UrgencyEmergency},
		{"caída de mollera", "el niño tiene caída de mollera y está grisecito", "dehydration", triage.UrgencyEmergency},
		{"won't come to", "my uncle passed out in the yard and won't come to", "", triage.UrgencyEmergency},
		{"se le viró la boca", "a mi mamá se le viró la boca de repente", "stroke", triage.UrgencyEmergency},
		{"speech is off", "grandpa's speech is off this morning and he's drooling on one side", "stroke", triage.UrgencyEmergency},
		{"can't lift the cup", "she can't lift her cup with her left hand since lunch", "stroke", triage.UrgencyEmergency},
		{"jerking all over", "her sugar was 40 and now she's jerking all over", "seizure", triage.UrgencyEmergency},
		{"bone through skin", "fell off the loader, bone is sticking out through the skin on my arm", "trauma", triage.UrgencyEmergency},
		{"doesn't know the year, fever", "dad doesn't know what day it is and has a fever of 102", "sepsis", triage.UrgencyEmergency},

		// Look-alikes.
		{"stroke follow up", "please move mom's stroke follow up to Tuesday", "", triage.UrgencyRoutine},
		{"stroke workup records", "send my stroke workup to the new neurologist please", "", triage.UrgencyRoutine},
		{"home after heart attack", "he's been home a week after his heart attack, just tired, is that normal?", "heart_attack", triage.UrgencyUrgent},
		{"pecho cuando me acuerdo", "desde que murió mi hermana siento el pecho apretado cuando me acuerdo de ella", "chest_pain", triage.UrgencyUrgent},
		{"panic passed", "had a panic attack at work yesterday, chest was tight but it passed in ten minutes", "chest_pain", triage.UrgencyUrgent},
		{"folk remedy", "la abuela dice que el niño tiene la mollera caída y quiere darle un remedio, ¿es peligroso?", "", triage.UrgencyRoutine},
		{"splinter gone", "se me metió una rebaba de metal en el ojo, me lo lavé y ya no la veo", "", triage.UrgencyUrgent},
		{"chest pain last week", "last week the chest pain put me in the hospital, got a stent, no pain since, feeling good", "chest_pain", triage.UrgencyUrgent},
	})
}
