package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsFarewells: crises of the mind told indirectly, in
// paperwork (farewellRules and others), told in words other than
// probe58's and probe59's, and look-alikes that are not.
func TestFindRedFlagsFarewells(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"cancel everything, thanks", "please cancel my future visits, I won't be needing them anymore. thanks for everything", "suicidal", triage.UrgencyEmergency},
		{"ya no voy a estar", "dejo las llaves en recepción, ya no voy a estar la próxima semana. gracias por todo", "suicidal", triage.UrgencyEmergency},
		{"after tonight", "after tonight none of it will matter, just wanted you to know", "", triage.UrgencyEmergency},
		{"a gun not for hunting", "I got a gun yesterday, and it's not for hunting", "suicidal", triage.UrgencyEmergency},
		{"a rope tied", "the rope is tied in the garage now", "suicidal", triage.UrgencyEmergency},
		{"at the bridge", "I'm at the bridge, it's peaceful. thank you all", "suicidal", triage.UrgencyEmergency},
		{"not wanting to live", "I am not wanting to live anymore", "suicidal", triage.UrgencyEmergency},
		{"pills collected", "I have collected all my pills in a jar", "suicidal", triage.UrgencyEmergency},
		{"a gun at work", "a coworker says he has a gun and the boss will pay for it tomorrow", "violence", triage.UrgencyEmergency},
		{"me va a matar", "mi ex está en la puerta gritando que me va a matar", "violence", triage.UrgencyEmergency},
		{"voices, the devil", "my brother says voices tell him our dad is the devil", "psychosis", triage.UrgencyEmergency},
		{"a baby replaced", "my wife says the hospital replaced our baby with another one", "postpartum_psychosis", triage.UrgencyEmergency},
		{"no food or water for days", "she stopped eating and drinking 4 days ago and just stares", "dehydration", triage.UrgencyEmergency},
		{"cut herself, goodbye", "my son texted goodbye and says he cut himself", "", triage.UrgencyEmergency},
		{"belongings given away", "ando regalando mis cosas a mis primos, ya no las voy a necesitar", "suicidal", triage.UrgencyEmergency},
		{"nothing matters", "le regalé todo a mi hermano, nada importa ya", "suicidal", triage.UrgencyEmergency},

		{"a cancellation", "please cancel my visit on Friday, I'll be out of town. thanks for everything!", "", triage.UrgencyRoutine},
		{"my mom will kill me", "my mom is going to kill me if I miss another appointment lol", "", triage.UrgencyRoutine},
		{"a baby's things", "regalé las cosas del bebé a mi cuñada, ya no las vamos a necesitar", "", triage.UrgencyRoutine},
		{"a move", "nos estamos mudando y regalando todo, ya no lo vamos a necesitar", "", triage.UrgencyRoutine},
		{"a hunting licence form", "I need a form signed for my hunting license, I bought a new rifle for deer season", "", triage.UrgencyRoutine},
	})
}
