package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsDysautonomiaTravelImmune holds the classes found by
// probe146 (POTS, long COVID and like conditions), probe147 (returning
// travelers and new arrivals) and probe148 (autoimmune diseases and the
// medicines that hold immunity down), in words other than those sets': a
// bottle of a heart or an immune medicine taken whole, a malaria pill a
// toddler can die of, blue and no answer when spoken to, a belly hard as a
// board or swollen and hard with a fever, blood and clots in the toilet
// with a blackout. And the look-alikes: a form's "have you ever" answered
// "not now", "did I overdose?" asked of a double dose, "how do I know if"
// chest pain is a heart attack, a rash on the chest that hurts, an ER
// visit named for its records.
func TestFindRedFlagsDysautonomiaTravelImmune(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"a heart medicine's bottle", "I took all of my propranolol an hour ago and I feel dizzy", "overdose", triage.UrgencyEmergency},
		{"the immune pills", "me tomé todas mis pastillas de plaquenil, perdón", "overdose", triage.UrgencyEmergency},
		{"malaria pills, a toddler", "my 2 year old got into grandpa's bag and ate some of his chloroquine tablets", "overdose", triage.UrgencyEmergency},
		{"blue, no answer", "mi abuelo está morado y no responde cuando le hablo", "unresponsive", triage.UrgencyEmergency},
		{"a board", "since this morning his stomach is hard like a board and he can't stand up straight", "abdominal_emergency", triage.UrgencyEmergency},
		{"swollen and hard, fever", "my belly is swollen and hard and I have a fever of 102, on prednisone for colitis", "abdominal_emergency", triage.UrgencyEmergency},
		{"blood and clots, a blackout", "colitis flare, the toilet is full of blood and clots and I blacked out getting up", "gi_bleeding", triage.UrgencyEmergency},

		{"have you ever, not now", "the intake form asks 'have you ever had thoughts of suicide', I did in college, not now at all. Do I check yes?", "", triage.UrgencyRoutine},
		{"did I overdose", "did I overdose? I took my allergy pill twice this morning by mistake, I feel fine", "", triage.UrgencyUrgent},
		{"how do I know if", "how do I know if chest pain is a heart attack and not my usual POTS stuff? I'm fine right now", "", triage.UrgencyRoutine},
		{"rash on the chest", "tengo un sarpullido en el lado izquierdo del pecho que duele y arde, ¿es culebrilla?", "chest_pain", triage.UrgencyUrgent},
		{"a visit's records", "please send the records of my ER visit for a seizure (June) to my neurologist", "", triage.UrgencyRoutine},
	})
}
