package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsLiteralReentryRemote holds the classes found by
// probe149 (autistic and ADHD adults writing in their own way), probe150
// (people released from jail or prison) and probe151 (relatives checking
// on someone from a distance), in words other than those sets': a leg weak
// with double vision in a symptom log, appointments cancelled with a plan
// made, "me quito la vida", a gun got and "I'm done", blood thrown up, a
// wound through the towels, a fall alert and no answer, on the floor and
// not moving on a camera, a week's pills gone from a dispenser, a face
// fallen on one side, a parent with dementia out at night. And the
// look-alikes: a list whose "2. It went away", a stay dated by its year,
// breathless "only" on stairs, "tell you if I have chest pain", a naloxone
// kit given, "not gonna do anything", a resident back and fine, "se me
// pasó", a heart attack foretold on a condition, a stroke named for its
// records.
func TestFindRedFlagsLiteralReentryRemote(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"log: weak leg, double", "Log: 09:00 ok. 11:15 right arm weak. 11:20 seeing double. Should I wait for my appointment?", "stroke", triage.UrgencyEmergency},
		{"cancel, plan made", "Please cancel all my appointments. I will not be here next month. I have made my plan.", "suicidal", triage.UrgencyEmergency},
		{"me quito la vida", "ya lo decidí, mañana me quito la vida", "suicidal", triage.UrgencyEmergency},
		{"a gun, done", "I bought a gun today and I'm done with all of it", "suicidal", triage.UrgencyEmergency},
		{"blood thrown up", "he just threw up what looks like a bowl of blood and he's pale", "severe_bleeding", triage.UrgencyEmergency},
		{"through the towels", "cut my hand on a window, I've gone through 4 towels already", "severe_bleeding", triage.UrgencyEmergency},
		{"fall alert, no answer", "grandma's fall alert went off 20 minutes ago and she isn't answering her phone", "trauma", triage.UrgencyEmergency},
		{"caída detectada", "el reloj de mi mamá detectó una caída y ella no contesta", "trauma", triage.UrgencyEmergency},
		{"camera: floor, not moving", "on the nanny cam my dad is on the floor in the kitchen, not moving", "unresponsive", triage.UrgencyEmergency},
		{"a week's pills gone", "the dispenser shows all the compartments opened at once and now she's very sleepy", "overdose", triage.UrgencyEmergency},
		{"face fallen", "a mi abuela se le cayó un lado de la cara en la videollamada", "stroke", triage.UrgencyEmergency},
		{"out at night", "my mom with dementia walked out at 3 am and I can't see where she went on the camera", "welfare", triage.UrgencyEmergency},

		{"a list: it went away", "1. Sunday I had chest pain for a minute.\n2. It went away.\n3. Urgent care said my ECG was normal.\nPlease book a follow up.", "chest_pain", triage.UrgencyUrgent},
		{"a stay of a year", "please send records of my hospital stay in 2018 (after my overdose) to my new doctor", "", triage.UrgencyRoutine},
		{"only on stairs", "I get short of breath only when I run up the stairs at the station, for a few months", "", triage.UrgencyRoutine},
		{"tell you if", "you asked me to let you know if I have any chest pain. I have had none.", "", triage.UrgencyRoutine},
		{"a kit given", "the program gave us a narcan kit for when my son comes home", "", triage.UrgencyRoutine},
		{"not gonna do anything", "not gonna do anything, but everyone would be better off without me lately. can I see someone this week?", "suicidal", triage.UrgencyUrgent},
		{"back and fine", "our client had a seizure yesterday, he was discharged and is back and doing fine, needs his refill", "seizure", triage.UrgencyUrgent},
		{"se me pasó", "anoche sentí que no podía respirar, duró un rato y se me pasó. Hoy estoy bien.", "breathing", triage.UrgencyUrgent},
		{"foretold on a condition", "if the kids yell one more time I'm going to have a heart attack lol. Can I book a physical?", "", triage.UrgencyRoutine},
		{"records of a stroke", "send my dad's records from his hospital stay in May for the stroke to his new doctor", "", triage.UrgencyRoutine},
	})
}
