package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsSimpleWords: emergencies told in very simple words
// (simpleRules, found by probe102), in words other than that set's, and
// look-alikes in the same voice: a heart fast after running, a small
// blister, a dog or an angry man foaming, laughter, pills as the doctor
// said, a son at school.
func TestFindRedFlagsSimpleWords(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"heart so fast", "my heart goes so fast and I cant stand up", "heart_rate", triage.UrgencyEmergency},
		{"corazón lento", "mi corazón va muy lento y estoy mareado", "heart_rate", triage.UrgencyEmergency},
		{"arm not work", "my right arm not work and my talk is funny", "stroke", triage.UrgencyEmergency},
		{"breathing slow, sleepy", "the nurse gave me my sleep pills two times, my breathing is slow and I am so sleepy", "overdose", triage.UrgencyEmergency},
		{"head worst ever", "my head hurts worst ever, it came fast", "stroke", triage.UrgencyEmergency},
		{"cabeza bomba", "me duele la cabeza como una bomba", "stroke", triage.UrgencyEmergency},
		{"hand to elbow", "I spilled the pot, burned from my hand to my elbow", "burn_or_exposure", triage.UrgencyEmergency},
		{"foam at mouth", "he is shaking on the floor with foam at his mouth", "seizure", triage.UrgencyEmergency},
		{"no contesta, fría", "mi abuela no contesta y está fría", "unresponsive", triage.UrgencyEmergency},
		{"eyes open, no answer", "he sits with his eyes open but does not answer me", "unresponsive", triage.UrgencyEmergency},
		{"cut to die", "I cut my arms and want to cut more to die", "suicidal", triage.UrgencyEmergency},
		{"como 8 pastillas", "me tomé como 8 pastillas de mi tía", "overdose", triage.UrgencyEmergency},
		{"fast when running", "my heart is fast when I run, then it is ok", "", triage.UrgencyRoutine},
		{"small blister", "I burned my finger on the pan, small blister", "", triage.UrgencyRoutine},
		{"a dog foaming", "my dog is foaming at the mouth after eating a toad", "", triage.UrgencyRoutine},
		{"foaming with anger", "so angry I'm foaming at the mouth about this bill", "", triage.UrgencyRoutine},
		{"muero de risa", "me muero de risa con el video", "", triage.UrgencyRoutine},
		{"pills as told", "took 2 pills like the doctor said", "", triage.UrgencyRoutine},
		{"hijo en la escuela", "mi hijo no contesta el teléfono porque está en la escuela", "", triage.UrgencyRoutine},
		{"head a little", "my head hurts a little today", "", triage.UrgencyRoutine},
	})
}
