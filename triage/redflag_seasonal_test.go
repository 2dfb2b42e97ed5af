package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsWhereHolidaysSleep holds the classes found by probe152
// (asking where to go), probe153 (holidays and seasons) and probe154
// (sleep), in words other than those sets': a firework to the eye,
// nothing kept down with confusion, a rope ready with "hoy lo voy a
// hacer", pills lined up "to sleep for good", a young baby found not
// breathing and limp. And the look-alikes: a reaction told in parentheses
// after "last year", a pool's cough yesterday and fine since, a chest that
// hurts only when pressed, a seizure "after my son's fever" and back to
// himself, "someone on facebook said", snoring with pauses "a veces", a
// sleeper "like a log".
func TestFindRedFlagsWhereHolidaysSleep(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"firework eye", "a cohete hit my nephew in the eye and he can't open it", "eye_injury", triage.UrgencyEmergency},
		{"nothing down, confused", "dad can't keep anything down since last night and now he's confused", "dehydration", triage.UrgencyEmergency},
		{"hoy lo voy a hacer", "ya tengo la soga lista, hoy lo voy a hacer", "suicidal", triage.UrgencyEmergency},
		{"sleep for good", "I'm going to take them all tonight so I can sleep for good", "suicidal", triage.UrgencyEmergency},
		{"a baby not breathing", "my 3 week old stopped breathing for a bit and went blue, now she's limp", "sick_newborn", triage.UrgencyEmergency},

		{"parenthetical past", "last summer I had a reaction to a wasp sting (throat swelling, EpiPen, ER). Can I get allergy testing?", "", triage.UrgencyRoutine},
		{"pool yesterday, fine", "she swallowed water at the lake yesterday and coughed a bit, totally fine since. anything to watch for?", "drowning", triage.UrgencyUrgent},
		{"pressed pain", "had chest pain on Sunday after moving a couch. It only hurts when I press on it.", "chest_pain", triage.UrgencyUrgent},
		{"after my son's seizure", "we were told to follow up after my son's fever seizure last night, he is back to himself this morning", "seizure", triage.UrgencyUrgent},
		{"facebook said", "someone on facebook said jaw pain means a heart attack, mine is from grinding my teeth. can I get a night guard?", "", triage.UrgencyRoutine},
		{"snoring sometimes", "mi esposa dice que ronco y a veces dejo de respirar dormido, quiero el estudio del sueño", "", triage.UrgencyRoutine},
		{"like a log", "my son sleeps like a log, nothing wakes him up in the morning, is that normal for a teen?", "", triage.UrgencyRoutine},
	})
}
