package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsAnxietyEyesWithdrawal holds the classes found by
// probe168 (panic and health anxiety), probe169 (children's eyes, ears,
// nose and throat), probe170 (a dermatology fortnight) and probe171
// (withdrawal and today's street drugs), in words other than those sets':
// a farewell of thanks with no answer or a gun at hand, a drive off a
// height thought of and not to be stopped, shaking all over with no
// answer, something stuck in an eye or fluid leaking from it, pool
// chlorine in the eyes, a BB to the eye, a day of acetaminophen counted
// gone, a fit while detoxing, delirium in a home detox, GHB stopped, a
// threat to burn a house, a fever with chills days after a caesarean.
// And the look-alikes: "a bit swollen", a tooth knocked out, a line drawn
// around a redness, naloxone used days ago on someone now well, a
// seizure feared, a pain a week ago and none since, withdrawal treated
// weeks ago, a pain that comes every time, a visit named for its reason,
// chest pains explained as anxiety.
func TestFindRedFlagsAnxietyEyesWithdrawal(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"thanks, no answer", "my daughter texted 'thanks for everything, I love you' an hour ago and isn't answering", "suicidal", triage.UrgencyEmergency},
		{"drive off the roof", "I keep thinking about driving off the roof of the mall garage and I don't think I can stop myself", "suicidal", triage.UrgencyEmergency},
		{"shaking, no answer", "she is shaking all over and not responding to us, about 4 minutes now", "seizure", triage.UrgencyEmergency},
		{"stuck in the eye", "a splinter is stuck in his eye and he won't open it", "eye_injury", triage.UrgencyEmergency},
		{"chlorine in the eyes", "the pool chlorine powder blew in her eyes and she is screaming", "eye_injury", triage.UrgencyEmergency},
		{"a pellet to the eye", "my nephew got shot with a pellet near the eye and it's bleeding", "eye_injury", triage.UrgencyEmergency},
		{"tylenol counted", "she's been taking tylenol all day for cramps and now 16 pills are gone from the bottle", "overdose", triage.UrgencyEmergency},
		{"a fit in detox", "my brother is detoxing from alcohol and just had a fit in the kitchen", "seizure", triage.UrgencyEmergency},
		{"home detox delirium", "he's been detoxing at home for two days and now he doesn't know where he is", "withdrawal", triage.UrgencyEmergency},
		{"ghb stopped", "se le acabó el GHB y ahora está muy agitado y alucinando", "withdrawal", triage.UrgencyEmergency},
		{"burn the house", "my ex is outside with a can of gasoline and a lighter, says he's going to burn the house", "violence", triage.UrgencyEmergency},
		{"caesarean fever", "c-section 5 days ago, fever of 103 tonight with chills", "sepsis", triage.UrgencyEmergency},

		{"a bit swollen", "his eyelid is a bit swollen and pink but he sees fine", "", triage.UrgencyUrgent},
		{"tooth knocked out", "her front tooth got knocked out at practice, she's fine otherwise", "", triage.UrgencyRoutine},
		{"a line drawn", "the redness is past the line I drew this morning and I have chills", "", triage.UrgencyUrgent},
		{"narcan days ago", "used my narcan on a man at the park last Friday, he's fine now, can I get a new one?", "overdose", triage.UrgencyUrgent},
		{"a seizure feared", "I'm out of my clonazepam and I'm scared I'll have a seizure, can you send it today?", "seizure", triage.UrgencyUrgent},
		{"none since", "hace una semana tuve un dolor en el pecho unos minutos. No he tenido nada desde entonces", "chest_pain", triage.UrgencyUrgent},
		{"detox weeks ago", "stopped drinking two weeks ago and got through the shakes at the detox unit, now I just can't sleep", "withdrawal", triage.UrgencyUrgent},
		{"every time", "every time I get anxious my chest feels tight, how do people tell panic from the heart?", "chest_pain", triage.UrgencyUrgent},
		{"a visit named", "please fax the chest pain ER visit notes to my cardiologist", "", triage.UrgencyRoutine},
		{"explained as anxiety", "la doctora me explicó que los dolores de pecho eran ansiedad y ya estoy mejor", "chest_pain", triage.UrgencyUrgent},
	})
}
