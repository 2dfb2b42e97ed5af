package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestHospiceIsThePatientsOnly holds what probe131 (serious illness at
// home, hospice and grief) found: a hospice named in a message had made
// every sign in it the dying patient's expected change. Now only a dying
// sign of the patient on hospice is: not a carer's collapse or chest
// pain, not someone who swallowed the patient's morphine, not a patient
// "NOT on hospice" or for whom hospice is not yet signed, not a burn or a
// bleed.
func TestHospiceIsThePatientsOnly(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"carer collapses", "I'm taking care of my husband on hospice and my daughter just collapsed, she won't wake up", "unresponsive", triage.UrgencyEmergency},
		{"carer's chest pain", "my wife is on hospice, I'm her caregiver and I have crushing chest pain going down my arm", "chest_pain", triage.UrgencyEmergency},
		{"not on hospice", "Dad has cancer but is NOT on hospice, he wants everything done. He just stopped breathing", "breathing", triage.UrgencyEmergency},
		{"hospice not yet signed", "we were going to sign the hospice papers next week but haven't signed anything yet, mom just stopped breathing", "breathing", triage.UrgencyEmergency},
		{"morphine swallowed", "grandma drank from grandpa's hospice morphine and now she's very sleepy", "overdose", triage.UrgencyEmergency},
		{"oxygen fire", "dad is on hospice with oxygen, the blanket caught fire and he has burns on his face", "burn_or_exposure", triage.UrgencyEmergency},
		{"afraid of what I might do", "I've cared for her for a year and tonight I'm scared of what I might do to her", "violence", triage.UrgencyEmergency},
		{"be with him", "since my husband died I just want to be with him, I have his pills", "suicidal", triage.UrgencyEmergency},
		{"can't get up, hip", "I'm 84, I fell and can't get up, I think it's my hip", "", triage.UrgencyEmergency},
		{"bled through towels", "she cut her scalp on the table and it has bled through 4 towels", "severe_bleeding", triage.UrgencyEmergency},
		// "Comfort" alone is no comfort care: a hotel's name had made a
		// collapse there the dying's expected change.
		{"comfort inn", "we're staying at the Comfort Inn and my dad just collapsed, he isn't breathing", "breathing", triage.UrgencyEmergency},

		// The dying's own changes, on hospice, stay for the hospice team.
		{"hospice gurgling", "mom is on hospice with a DNR, her breathing is gurgly tonight", "overdose", triage.UrgencyUrgent},
		{"hospice, not waking", "dad is on hospice and isn't waking up today, we're keeping him comfortable", "unresponsive", triage.UrgencyUrgent},
		{"comfort care, not waking", "mom is on comfort care now and she isn't waking up today", "unresponsive", triage.UrgencyUrgent},
	})
}

// TestFindRedFlagsSurgeryAndChildren holds the classes found by probe132
// (gender-affirming care) and probe133 (children with chronic illness),
// in other words: a drain filling fast with blood, farewells ("sorry for
// everything" from a bridge, a goodbye letter and no answer, "made my
// peace … I have a plan"), shaking for five minutes or more; and the
// look-alikes: the last seizure, a seizure yesterday "came out of it
// normally", "watch for" a sign, a goodbye letter to a retiring doctor, a
// gauze taped (the speller had read "raped").
func TestFindRedFlagsSurgeryAndChildren(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"drain filling fast", "two days after top surgery my drain is filling with blood really fast and I'm dizzy", "severe_bleeding", triage.UrgencyEmergency},
		{"sorry from the bridge", "my friend sent a photo from the bridge and said sorry for everything", "suicidal", triage.UrgencyEmergency},
		{"carta de despedida", "mi hija dejó una carta de despedida y no contesta el teléfono", "suicidal", triage.UrgencyEmergency},
		{"made my peace", "I've made my peace with everything and I have a plan for tonight", "suicidal", triage.UrgencyEmergency},
		{"shaking 8 minutes", "she's been shaking on the floor for 8 minutes now", "seizure", triage.UrgencyEmergency},

		{"last seizure in May", "refill his rescue spray please, we used one at his last seizure in May", "", triage.UrgencyRoutine}, // dated by the month just after it: long past
		{"came out of it", "he had a seizure yesterday at practice, came out of it normally, first one since March", "seizure", triage.UrgencyUrgent},
		{"watch for", "the cardiologist said to watch for blue spells, what do they look like?", "", triage.UrgencyRoutine},
		{"goodbye letter to a doctor", "I wrote a goodbye letter to Dr. Ames since she's retiring, can you pass it on?", "", triage.UrgencyRoutine},
		{"gauze taped", "the G-tube came out, I taped gauze over it, where do we go?", "", triage.UrgencyRoutine},
	})
}
