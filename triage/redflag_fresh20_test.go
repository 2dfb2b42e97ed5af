package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Found by probe322 (crises and danger in young people's words) and
// probe323 (emergencies of the body told in an errand's tone): an end
// chosen over an exposure that is coming; the medicine cabinet washed down
// with drink; a brother on the floor who does not answer when shaken;
// words that come out scrambled; a fluttering heart and then a blackout.
// And the look-alikes: a breakup ended, a cabinet taken to the take-back
// day, a cold that will not shake, a reaction treated in the ER last week
// and fine since, a fluttering stomach before an exam.
func TestFindRedFlagsFreshTwentieth(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"an end chosen over exposure", "he says the videos go to my whole team tomorrow. honestly id rather end it tonight than face that", "suicidal", triage.UrgencyEmergency},
		{"a relationship ended", "I'd rather end it with my physical therapist and find someone closer to home, can you refer me?", "", triage.UrgencyRoutine},
		{"the medicine cabinet, washed down", "i chugged everything in the medicine cabinet with rum an hour ago, feel floaty", "overdose", triage.UrgencyEmergency},
		{"the medicine cabinet in Spanish", "me tragué todo lo que había en el botiquín con cerveza", "overdose", triage.UrgencyEmergency},
		{"the medicine cabinet to the take-back", "I took everything from the medicine cabinet to the pharmacy take-back day, do you want my old inhalers too?", "", triage.UrgencyRoutine},
		{"not answering when shaken", "my cousin smoked something at the party and now she won't respond when I shake her, her lips look dusky", "unresponsive", triage.UrgencyEmergency},
		{"not reacting when shaken, Spanish", "mi hermano está en el piso, lo sacudo y no reacciona", "unresponsive", triage.UrgencyEmergency},
		{"a cold that will not shake", "I can't shake this cold and the nurse line doesn't answer, can I get an appointment this week?", "", triage.UrgencyRoutine},
		{"scrambled words", "my husband's words are coming out scrambled and he can't find his keys in his hand", "stroke", triage.UrgencyEmergency},
		{"a fluttering heart, then a blackout", "my heart was fluttering on the stairs and then I blacked out for a moment", "heart_rate", triage.UrgencyEmergency},
		{"a fluttering stomach", "my stomach has been fluttering before my exam, is that anxiety?", "", triage.UrgencyRoutine},
		{"a reaction treated in the ER", "I went to the ER on Sunday for a reaction to peanuts, they gave me epinephrine and I've been fine since. Can I get an allergist referral?", "", triage.UrgencyRoutine},
		{"an EpiPen used at home, better", "I used my EpiPen on my son ten minutes ago after he ate a cashew, he seems better now", "anaphylaxis", triage.UrgencyEmergency},
	})
}
