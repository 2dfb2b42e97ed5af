package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsVeteransRuralExercise holds the classes found by
// probe140 (veterans and military families), probe141 (rural and remote
// patients) and probe142 (adults who exercise), in words other than those
// sets': a farewell and a weapon, a last message, a rope put up, "mejor se
// mata"; weed killer or rat poison drunk; a night on the floor, moaning
// without an answer; cola-coloured urine and hardly any after a workout, a
// leg tight and numb after a kick, caffeine pills by the handful, no
// answer when shaken. And the look-alikes: paperwork or a trainer that
// "will kill me", a portal "kicking me out", an overdose dated by its year,
// a bite treated weeks ago, a chest that "felt tight" and went away, a
// strangling weeks ago with the writer safe now.
func TestFindRedFlagsVeteransRuralExercise(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"farewell and a rifle", "my son texted me 'take care of my dog for me' and drove off with the rifle", "suicidal", triage.UrgencyEmergency},
		{"a farewell, silent", "he posted take care of the kids for me and now he won't answer anyone", "suicidal", triage.UrgencyEmergency},
		{"ya no regreso", "se llevó la escopeta y me escribió 'ya no regreso'", "suicidal", triage.UrgencyEmergency},
		{"last message", "this is my last message, thank you for everything Dr. O", "suicidal", triage.UrgencyEmergency},
		{"sorry for the kids", "please tell my kids I'm sorry", "suicidal", triage.UrgencyEmergency},
		{"rope up", "I put the rope up last night, I just wanted someone to know", "suicidal", triage.UrgencyEmergency},
		{"mejor se mata", "mi papá dice que mejor se mata, tiene la pistola en la mesa", "suicidal", triage.UrgencyEmergency},
		{"weed killer", "my toddler drank some weed killer from a cup in the garage", "overdose", triage.UrgencyEmergency},
		{"veneno para ratas", "creo que mi niña se comió el veneno para ratones que estaba en la cocina", "overdose", triage.UrgencyEmergency},
		{"a night on the floor", "we found grandpa on the bathroom floor, he's been there since yesterday", "trauma", triage.UrgencyEmergency},
		{"moaning, no answer", "she's moaning in bed and doesn't answer when I talk to her", "unresponsive", triage.UrgencyEmergency},
		{"cola urine, hardly any", "after my crossfit class my pee is the color of coke and I've barely peed since", "rhabdomyolysis", triage.UrgencyEmergency},
		{"orina café, casi nada", "desde el gimnasio la orina me sale como café y casi no orino", "rhabdomyolysis", triage.UrgencyEmergency},
		{"a kick, tight and numb", "got kicked in the calf at soccer, now the calf is rock tight and my toes are numb", "compartment", triage.UrgencyEmergency},
		{"caffeine pills", "I took 6 caffeine pills to stay up and my heart won't slow down", "overdose", triage.UrgencyEmergency},
		{"no answer when shaken", "my husband is on the couch and not responding when I shake him", "unresponsive", triage.UrgencyEmergency},
		{"snoring on the floor", "dad is on the floor snoring and we can't wake him", "unresponsive", triage.UrgencyEmergency},
		{"strangled last night", "mi novio me ahorcó anoche y ahora me cuesta tragar", "violence", triage.UrgencyEmergency},

		{"paperwork will kill me", "this disability paperwork is going to kill me lol, which form do I sign?", "", triage.UrgencyRoutine},
		{"a trainer who will kill me", "my new trainer is trying to kill me, my legs are so sore after squats", "", triage.UrgencyRoutine},
		{"kicking me out", "the app keeps kicking me out when I try to pay my bill", "", triage.UrgencyRoutine},
		{"overdose of a year", "can you send my records from my overdose back in 2019 to my new counselor", "", triage.UrgencyRoutine},
		{"a bite treated weeks ago", "a rattlesnake bit me 2 weeks ago and I got antivenom at the hospital, when is my follow up?", "", triage.UrgencyRoutine},
		{"felt tight, went away", "my chest felt tight on my run this morning but it went away after a few minutes", "chest_pain", triage.UrgencyUrgent},
		{"strangled weeks ago, safe", "mi ex me ahorcó hace como dos semanas, ya estoy a salvo con mis papás", "violence", triage.UrgencyUrgent},
	})
}
