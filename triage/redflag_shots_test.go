package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsShotsHomeDiabetes holds the classes found by probe161
// (reactions after vaccines and injections), probe162 (injuries at home
// of children under six) and probe163 (adults with diabetes), in words
// other than those sets': a face swelling with wheezing after a shot, an
// allergy shot then coughing and vomiting, a throat that feels funny with
// puffy lips, too much fever medicine with sleepiness; a TV fallen on a
// child who breathes oddly, clear fluid from the nose after a bump, a
// scald that peels the skin, a cold white little hand; chest pain down
// the left arm, a sugar still falling, a low after insulin and no
// standing, vomiting after hitting one's head. And the look-alikes: a
// bump "turning purple", a small blister.
func TestFindRedFlagsShotsHomeDiabetes(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"face swelling, wheeze", "20 minutes after her flu shot her face is swelling up and she's wheezing", "anaphylaxis", triage.UrgencyEmergency},
		{"allergy shot, cough", "after his allergy shot he won't stop coughing and just vomited in the car", "anaphylaxis", triage.UrgencyEmergency},
		{"throat funny, puffy", "my lips feel puffy and my throat feels funny since the vaccine", "anaphylaxis", triage.UrgencyEmergency},
		{"too much tylenol", "I gave my baby too much tylenol by mistake and now she's very sleepy", "overdose", triage.UrgencyEmergency},
		{"a TV fell", "the tv fell on my daughter and she's breathing funny", "trauma", triage.UrgencyEmergency},
		{"clear fluid", "after he fell off the bed there's clear fluid coming out of his ear", "head_injury", triage.UrgencyEmergency},
		{"scald peels", "she spilled hot tea on her arm and the skin is peeling off", "burn_or_exposure", triage.UrgencyEmergency},
		{"cold white hand", "se cayó del columpio y la manita está fría y blanca", "cold_limb", triage.UrgencyEmergency},
		{"left arm", "my chest hurts and it goes down my left arm, I'm sweating", "chest_pain", triage.UrgencyEmergency},
		{"still falling", "mi sensor marca 45 y sigue bajando aunque comí dulces", "glucose", triage.UrgencyEmergency},
		{"insulin, can't stand", "me puse la insulina sin comer y ahora marca 38, no me puedo parar", "glucose", triage.UrgencyEmergency},
		{"head, then vomiting", "I hit my head on the cabinet this morning and I've thrown up twice since", "trauma", triage.UrgencyEmergency},

		{"a bump turning purple", "fell off the couch yesterday, his bump is turning purple, he's playing normally", "", triage.UrgencyRoutine},
		{"a small blister", "my toddler grabbed my tea, she has a small blister on the back of her hand", "burn_or_exposure", triage.UrgencyUrgent},
	})
}
