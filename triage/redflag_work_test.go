package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsWorkChildrenDialysis holds the classes found by
// probe122 (work and the farm), probe123 (what young children swallow)
// and probe124 (dialysis and transplants), in words other than those
// sets': hydrofluoric acid, a shock with the heart off its beat, pinned
// under a machine or sunk in grain, a limb mangled, going in and out,
// anhydrous ammonia in the face, a faint in a pit; pills put in a mouth,
// water beads with vomiting, a vape's liquid, wintergreen oil, mouthwash
// with alcohol, one pill that can kill a toddler, magnets swallowed
// further from their verb; a dialysis missed with twitching, tingling
// with a heart off its beat and no walking, a dialysis line bleeding,
// blood pouring, someone barely woken, a line pulled out to bleed. And
// the look-alikes: a magnet passed, a battery found in the couch, an
// article read about poisoning, a pimple on the chest, in and out of the
// hospital, a patient in the ER being admitted, "just letting you know"
// about a past pain that went away.
func TestFindRedFlagsWorkChildrenDialysis(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"HF on the hand", "splashed hydrofluoric acid on my hand at the lab, it looks fine but hurts deep", "burn_or_exposure", triage.UrgencyEmergency},
		{"zapped, heart skipping", "got zapped by 480 at the panel, now my heart keeps skipping and I'm dizzy", "electric_shock", triage.UrgencyEmergency},
		{"pinned under the mower", "my neighbor is pinned under his riding mower, it flipped on the ditch", "trauma", triage.UrgencyEmergency},
		{"grain to the waist", "my son is stuck in the grain bin and it's up to his waist", "trauma", triage.UrgencyEmergency},
		{"going in and out", "he fell off the scaffold and keeps going in and out", "unresponsive", triage.UrgencyEmergency},
		{"anhydrous in the face", "anhydrous line broke and sprayed him in the face, he's coughing and can't open his eyes", "burn_or_exposure", triage.UrgencyEmergency},
		{"faint in the cistern", "my cousin went down into the cistern to fix the pump and collapsed", "unresponsive", triage.UrgencyEmergency},
		{"pills in the mouth", "el nene se metió a la boca dos pastillas del pastillero de su abuelo", "overdose", triage.UrgencyEmergency},
		{"water beads vomiting", "my 2 year old ate some water beads and has been vomiting all morning", "foreign_body", triage.UrgencyEmergency},
		{"vape liquid", "my toddler chewed a vape cartridge and now he's drooling and twitching", "overdose", triage.UrgencyEmergency},
		{"wintergreen oil", "my son licked wintergreen oil off the counter, maybe a few drops", "overdose", triage.UrgencyEmergency},
		{"mouthwash drunk", "she drank half the listerine and now she is stumbling and sleepy", "overdose", triage.UrgencyEmergency},
		{"one clonidine pill", "my grandson, he's 2, swallowed one of my clonidine pills", "overdose", triage.UrgencyEmergency},
		{"magnets far from the verb", "he swallowed what I think were three or four tiny round magnets", "battery_or_magnet", triage.UrgencyEmergency},
		{"dialysis missed, twitching", "mom hasn't been to dialysis since Saturday and now she's twitching and confused", "high_risk_signs", triage.UrgencyEmergency},
		{"tingling, palpitations, no walking", "my lips are tingling, my heart is fluttering and I can hardly walk", "metabolic", triage.UrgencyEmergency},
		{"fistula won't stop", "my fistula won't stop bleeding after I got home", "severe_bleeding", triage.UrgencyEmergency},
		{"blood pouring", "blood is pouring from his leg where the saw hit", "severe_bleeding", triage.UrgencyEmergency},
		{"barely wake her", "we can barely wake her this morning", "unresponsive", triage.UrgencyEmergency},
		{"pull the line to bleed", "I keep thinking about pulling my line out and letting myself bleed out", "suicidal", triage.UrgencyEmergency},

		// Look-alikes.
		{"magnet passed", "the ER bill for when he swallowed a magnet, it passed the next day, is wrong", "battery_or_magnet", triage.UrgencyUrgent},
		{"battery in the couch", "false alarm, the battery we thought she swallowed turned up under the couch", "battery_or_magnet", triage.UrgencyUrgent},
		{"article about poisoning", "I read an article about iron poisoning, how much iron is safe for a 3 year old?", "", triage.UrgencyRoutine},
		{"grano en el pecho", "me salió un grano en el pecho, ¿es normal?", "chest_mention", triage.UrgencyUrgent},
		{"in and out of the hospital", "she's been going in and out of the hospital all year, we need her records", "", triage.UrgencyRoutine},
		{"in the ER, admitted", "please cancel my visit, my husband is in the ER with chest pain and they're admitting him", "", triage.UrgencyRoutine},
		{"just letting you know", "just letting you know I had chest pain at the gym Monday, they checked me and it went away", "chest_pain", triage.UrgencyUrgent},
		{"saw about a cup", "I saw about a cup of blood in the toilet after he coughed", "severe_bleeding", triage.UrgencyEmergency},
	})
}
