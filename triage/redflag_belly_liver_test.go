package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsBellyLiverRhythm holds the classes found by probe172
// (children's and teenagers' bellies), probe173 (liver disease), probe174
// (the heart's rhythm) and probe175 (an orthopaedic fortnight), in words
// other than those sets': a pain low and "down there" swollen with
// vomiting, a teen's late period and a faint, the lower right with a
// fever, a belly that will not be touched, a blow to the belly then pale
// or swelling, a baby's shiny bloated belly with blood, weeks of thirst
// then vomiting and fast breathing, a drink that smelled of bleach, a
// diaper full of blood, stools of pure blood, clots vomited, a bottle to
// be taken tonight, a defibrillator firing again after the car pulled
// over, coming to on the floor. And the look-alikes: an operation named
// for its reason, a scare that was not, a "what do I do if", an
// acquaintance's story told, "nothing like coffee grounds", what "one
// can" have, "sat down", a watch's rate on a rowing machine.
func TestFindRedFlagsBellyLiverRhythm(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"down there", "my son says it hurts down there and it's swollen, he just threw up", "testicular", triage.UrgencyEmergency},
		{"late period, faint", "my 17 year old fainted at school, her period is two weeks late and her side hurts", "ectopic", triage.UrgencyEmergency},
		{"bottom right, fever", "pain started by his belly button and now it's all bottom right, he has a fever", "", triage.UrgencyEmergency},
		{"no touching", "she won't let me touch her tummy, walks hunched over, and has had a fever since last night", "appendicitis", triage.UrgencyEmergency},
		{"a blow then pale", "he got kicked in the stomach at soccer and now he's pale and sweaty", "trauma", triage.UrgencyEmergency},
		{"shiny belly", "our 3 week old preemie's belly is shiny and bloated and there's blood in her poop", "high_risk_signs", triage.UrgencyEmergency},
		{"thirst then vomiting", "she's been so thirsty and peeing all the time for a month, now she's vomiting and breathing deep and fast", "glucose", triage.UrgencyEmergency},
		{"smelled of bleach", "my toddler drank from a cup that smelled like bleach and keeps coughing", "overdose", triage.UrgencyEmergency},
		{"diaper of blood", "el pañal lleno de sangre, mi bebé de 6 meses está muy pálido", "gi_bleeding", triage.UrgencyEmergency},
		{"pure blood", "I've pooped pure blood three times since lunch and feel weak", "gi_bleeding", triage.UrgencyEmergency},
		{"clots vomited", "after my banding I'm throwing up clots, maybe half a cup", "gi_bleeding", triage.UrgencyEmergency},
		{"bottle tonight", "I have the whole bottle of my metoprolol here and I'm going to take it all tonight", "suicidal", triage.UrgencyEmergency},
		{"shock again", "the defibrillator fired at the store, I sat in the car and it fired again", "repeated_shocks", triage.UrgencyEmergency},
		{"came to", "everything went black in the kitchen and I came to on the floor", "fainting", triage.UrgencyEmergency},

		{"operation named", "need the follow-up for her appendicitis surgery last week", "", triage.UrgencyRoutine},
		{"a scare", "we thought the baby swallowed a magnet but found it in the toy box, all there", "", triage.UrgencyRoutine},
		{"what do I do if", "¿qué hacemos si la niña se traga una moneda? nada más pregunto", "", triage.UrgencyRoutine},
		{"an acquaintance's story", "mi prima me contó que a su niño le dio apendicitis, el mío tiene cólicos normales", "", triage.UrgencyRoutine},
		{"nothing like", "threw up once after my lactulose, nothing like coffee grounds, feel fine", "vomiting", triage.UrgencyUrgent},
		{"one can", "¿uno puede vomitar sangre con la cirrosis? solo pregunto", "", triage.UrgencyRoutine},
		{"sat down", "felt woozy, sat down and it passed. HR 52 on the new dose", "", triage.UrgencyRoutine},
		{"rowing machine", "my watch said 178 but I was on the rowing machine, can I turn off these alerts?", "", triage.UrgencyRoutine},
	})
}
