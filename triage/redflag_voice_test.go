package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsUrinaryVoice holds the classes found by probe158 (the
// urinary tract and the kidneys) and probe159 (voice notes transcribed),
// in words other than those sets': a scrotum turning black, blood and
// clots in the urine with a faint, white lips with dizziness, blacking out
// on standing, pills saved "para esta noche"; a number corrected ("twelve
// no wait twenty") is no denial, and "I had" a few words on starts a new
// time. And the look-alikes: "thought I was dying" of a stone, a
// coworker's collapse handed to paramedics, "a bit more muddled",
// "no sorry that's dramatic", "stable now".
func TestFindRedFlagsUrinaryVoice(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"black scrotum", "after the infection the skin of his scrotum is going black and he has a fever", "necrotizing", triage.UrgencyEmergency},
		{"blood and clots, faint", "peeing pure blood with clots and I almost fainted in the bathroom", "kidney_injury", triage.UrgencyEmergency},
		{"white lips", "she is very dizzy and her lips are white", "fainting", triage.UrgencyEmergency},
		{"black out standing", "I black out every time I stand up since this morning", "fainting", triage.UrgencyEmergency},
		{"esta noche todas", "ya las junté, esta noche me las voy a tomar todas", "suicidal", triage.UrgencyEmergency},
		{"a number corrected", "I took like ten no wait fifteen of my sleeping pills on purpose", "overdose", triage.UrgencyEmergency},
		{"a voice note's new time", "bad chest pain right now and I can't breathe I had a clot in my lung two years ago and it feels the same", "chest_pain", triage.UrgencyEmergency},

		{"feared dying", "thought I was dying last night with the stone but it passed, pain is gone", "", triage.UrgencyRoutine},
		{"a coworker handed over", "my coworker collapsed today and the paramedics took her, can I get my flu shot this week?", "unresponsive", triage.UrgencyUrgent},
		{"no sorry, dramatic", "I'm having a stroke no sorry that's dramatic, my hand fell asleep on the couch", "", triage.UrgencyRoutine},
		{"stable now", "cancel tomorrow I'll be with my dad he had a stroke on Friday he's stable now", "", triage.UrgencyRoutine},
	})
}
