package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsHead: emergencies of the eye, ear, nose and throat, the
// mouth, the skin, burns and allergies (headRules), told in words other
// than probe47's, and look-alikes in the same words that are not.
func TestFindRedFlagsHead(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"mortar in the eye", "some wet mortar splashed in my eye at work, it burns like crazy", "eye_injury", triage.UrgencyEmergency},
		{"yeso en los ojos", "se le metió yeso en los ojos a mi esposo y no los puede abrir", "eye_injury", triage.UrgencyEmergency},
		{"glass sticking out", "a sliver of glass is sticking out of her eye, she won't let me touch it", "eye_injury", triage.UrgencyEmergency},
		{"golpe y vómito", "le pegaron con un balón en el ojo y ahora está vomitando", "eye_injury", triage.UrgencyEmergency},
		{"double vision and fever", "his eyelid is puffy and he says he sees double, temperature 102", "eye_emergency", triage.UrgencyEmergency},
		{"after lasik", "had lasik on monday, now my right eye is really painful and I can barely see anything", "eye_emergency", triage.UrgencyEmergency},
		{"own saliva", "she can't swallow her own saliva and keeps spitting into a cup", "airway_infection", triage.UrgencyEmergency},
		{"cuello y fiebre", "mi niño tiene fiebre y no puede mover el cuello", "meningitis", triage.UrgencyEmergency},
		{"after the tonsils", "five days after his tonsillectomy he is spitting out mouthfuls of blood", "bleeding", triage.UrgencyEmergency},
		{"pila en la nariz", "mi hija se metió una pilita en la nariz", "battery_or_magnet", triage.UrgencyEmergency},
		{"peanut and wheezing", "he ate a cookie with peanuts and now he's wheezing", "anaphylaxis", triage.UrgencyEmergency},
		{"sores in mouth and eyes", "sores all over her mouth and now her eyes are red and crusted, she started a new seizure pill last week", "skin_emergency", triage.UrgencyEmergency},
		{"smoke and hoarse", "we got out of the house fire but my dad's voice is getting hoarse", "burn_or_exposure", triage.UrgencyEmergency},

		{"a bead, not a battery", "my son put a plastic bead in his ear, not a battery, can you see him today?", "", triage.UrgencyRoutine},
		{"streak after tonsils", "had my tonsils out 6 days ago, a little streak of blood in my spit this morning, normal?", "", triage.UrgencyUrgent},
		{"storing batteries", "where do you store button batteries for hearing aids? mine keep dying", "", triage.UrgencyRoutine},
		{"a smoker's cough", "I cough up black stuff every morning, I am a smoker, can I get a chest xray?", "", triage.UrgencyRoutine},
		{"hoarse from singing", "after the bonfire my voice is hoarse from singing all night lol", "", triage.UrgencyRoutine},
		{"asthma every spring", "he has seasonal allergies and wheezing with his asthma, needs a refill of his inhaler", "", triage.UrgencyUrgent},
		{"cataract went well", "I had cataract surgery last month, vision is great, when is my follow up", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsSettledNextSentence: a past emergency that the next
// sentence says is over is for today, not 911; one the next sentence says
// goes on stays an emergency.
func TestFindRedFlagsSettledNextSentence(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"fine in the next sentence", "I went to the ER on Sunday for chest pain. They ran tests and I am fine now. Can I see Dr. Lee?", "", triage.UrgencyUrgent},
		{"still in the next sentence", "I went to the ER on Sunday for chest pain. It is still there and getting worse.", "chest_pain", triage.UrgencyEmergency},
		{"two sentences later", "I went to the ER on Sunday for chest pain. They sent me home. It came back an hour ago and now I am fine.", "chest_pain", triage.UrgencyEmergency},
	})
}
