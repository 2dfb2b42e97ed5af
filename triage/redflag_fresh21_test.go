package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Found by probe324 (crises of the mind inside errands), probe325 (danger
// from other people, told coded or in passing),
// probe326 (emergencies told by someone else) and probe327 (a surgical
// practice's fortnight): sight gone dim after a blow to the eye; someone
// held down just now; a door locked from outside and the phone taken; a
// man under a court's order parked across the street; a threat to finish
// what was started; papers kept and an arm burned; a weight that runs
// down the left arm with a cold sweat; a head that will not bend forward
// with a fever; a high fever and hardly rousable; two bottles of
// acetaminophen in a person who "feels fine"; a beam tested, a note on
// the desk and pills lined up, a platform's edge and the next express, a
// debt paid so nobody is stuck with it. And the look-alikes: a chest
// tight from the physical therapist's stretches, a label's warning, a past
// order of protection, a bottle of Tylenol bought, a patient who will not
// be around tomorrow, a note written for school.
func TestFindRedFlagsFreshTwentyFirst(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a blow, then sight dim", "my boyfriend punched me in the eye last night and now everything looks dark and blurry on that side", "eye_injury", triage.UrgencyEmergency},
		{"a blow, then sight dim, Spanish", "ayer me golpeó en el ojo y ahora veo todo nublado", "eye_injury", triage.UrgencyEmergency},
		{"an eye bumped in the dark", "I bumped my eye on the cabinet door in the dark, it's a little sore, vision fine", "", triage.UrgencyRoutine},
		{"held down just now", "my cousin held me down at the party tonight and i cant stop shaking, where do i go for the test", "sexual_assault", triage.UrgencyEmergency},
		{"locked in from outside", "mi pareja cerró con llave por fuera y se llevó mi celular, manden a alguien por favor", "violence", triage.UrgencyEmergency},
		{"an order broken across the street", "the man I have an order against has been parked across from my house since noon and keeps texting me", "violence", triage.UrgencyEmergency},
		{"a past order", "I need a copy of my records for my protective order hearing next month", "", triage.UrgencyRoutine},
		{"a threat to finish it", "my ex says he's coming tonight to finish what he started and he knows which school my daughter goes to", "violence", triage.UrgencyEmergency},
		{"papers kept and a burn", "the family I clean for keeps my papers and today the woman burned my hand with the pan, the skin is peeling off", "violence", triage.UrgencyEmergency},
		{"a weight down the arm, Spanish", "mi papá está sudando frío y dice que tiene como un peso que le baja hasta el brazo izquierdo", "heart_attack", triage.UrgencyEmergency},
		{"a pain that travels to the arm", "my husband is clammy and something keeps shooting down his left arm", "heart_attack", triage.UrgencyEmergency},
		{"a head that will not bend", "my son has a fever of 102 and he can't put his chin down to his chest, it hurts too much", "meningitis", triage.UrgencyEmergency},
		{"hardly rousable with a fever", "grandpa is at 103 and we can barely get him to open his eyes", "sepsis", triage.UrgencyEmergency},
		{"bottles of acetaminophen", "my roommate went through two of the big bottles of acetaminophen since Friday for her back and says she feels fine", "overdose", triage.UrgencyEmergency},
		{"a lot of Tylenol, fine", "he took a lot of Tylenol over the weekend for a toothache, feels fine now but a little queasy", "overdose", triage.UrgencyEmergency},
		{"a bottle bought", "can I pick up a big bottle of Tylenol for my knee or should I stick with ibuprofen?", "", triage.UrgencyRoutine},
		{"chest tight from stretches", "my chest gets tight when I do the doorway stretches from physical therapy, it feels like the muscle", "chest_pain", triage.UrgencyUrgent},
		{"a pain that stretches to the arm", "this crushing pain in my chest stretches into my left arm", "chest_pain", triage.UrgencyEmergency},
		{"a label's warning", "the leaflet says it can cause seizures, should my daughter still take it?", "", triage.UrgencyRoutine},
		{"a beam tested", "rope is tied and I tested the branch already. please make sure somebody feeds my dogs", "suicidal", triage.UrgencyEmergency},
		{"a note and pills lined up", "wrote my note, it's on the kitchen table. pills lined up. just want to say goodbye to the nurse who helped me", "suicidal", triage.UrgencyEmergency},
		{"a platform's edge", "spent an hour at the edge of the platform today. going back when the express passes at 6, not sure why I'm telling you", "suicidal", triage.UrgencyEmergency},
		{"a debt paid off", "want to pay everything all off so nobody gets stuck with it, closing out my accounts too. won't be around for the next bill", "suicidal", triage.UrgencyEmergency},
		{"afraid of what she is going to do", "two weeks after the birth, I keep seeing the baby under the water and I'm scared of what I'm going to do", "suicidal", triage.UrgencyEmergency},
		{"not around tomorrow", "I won't be around tomorrow, can we move my appointment to next week?", "", triage.UrgencyRoutine},
		{"a note for school", "I wrote the note for my son's school about his inhaler, can the doctor sign it?", "", triage.UrgencyRoutine},
		{"refills ended", "the doctor stopped my blood pressure pill so I won't need any more refills, can you take it off my list?", "", triage.UrgencyRoutine},
	})
}
