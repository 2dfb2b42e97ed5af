package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsBloodNeuroFertility holds the classes found by probe125
// (blood disorders and thinners), probe126 (neurological disabilities)
// and probe127 (fertility treatment and early pregnancy), in words other
// than those sets': a spleen filling in sickle cell, pallor with a racing
// heart, a bleeding disorder with a blow to the head or a limb swelling
// tight, a neck swelling with the voice going, platelets in the single
// thousands with a headache, clots that stop the urine, a nosebleed of an
// hour; dysreflexia after a spinal cord injury or a blocked catheter,
// myasthenia reaching the breath, a baclofen pump failing, a choking not
// cleared; hyperstimulation after a retrieval, a twisting ovary, a
// pregnancy's pain in the shoulder, a reaction to a shot. And the
// look-alikes: a bump dated days back and fine since, a stroke foretold
// ("me va a dar un derrame"), a cut while shaving, a mild headache with a
// shunt, myasthenia with the breath fine.
func TestFindRedFlagsBloodNeuroFertility(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"sickle cell spleen", "my 2 year old has sickle cell and his spleen side is swollen and hard since this afternoon", "high_risk_signs", triage.UrgencyEmergency},
		{"sickle cell pale, racing", "sickle cell daughter, she's pale as paper and her heart is racing, she got dizzy on the stairs", "high_risk_signs", triage.UrgencyEmergency},
		{"hemophilia head bump", "my son has hemophilia and bumped his head on the table, he's sleepy now", "severe_bleeding", triage.UrgencyEmergency},
		{"hemofilia muslo", "tiene hemofilia y el muslo está muy hinchado y tenso, dice que se le duerme el pie", "severe_bleeding", triage.UrgencyEmergency},
		{"neck swelling, voice", "took an elbow to the throat at basketball, his neck is swelling and his voice is hoarse", "breathing", triage.UrgencyEmergency},
		{"platelets 4, headache", "my platelets came back 4 and I have the worst headache and blurry vision", "high_risk_signs", triage.UrgencyEmergency},
		{"clots, can't pee", "on eliquis, peeing clots all day and now I can't pee at all", "urinary_retention", triage.UrgencyEmergency},
		{"nosebleed, towels", "his nosebleed has soaked two towels, he takes coumadin", "bleeding", triage.UrgencyEmergency},
		{"dysreflexia", "I'm a T6 paraplegic, pounding headache and my BP is 190/105, flushed above the chest", "high_risk_signs", triage.UrgencyEmergency},
		{"blocked catheter, 185", "his catheter is kinked and his pressure went to 185 over 100", "high_risk_signs", triage.UrgencyEmergency},
		{"myasthenia breathing", "I have myasthenia and I can barely breathe after the new antibiotic", "breathing", triage.UrgencyEmergency},
		{"baclofen pump", "her baclofen pump ran out, she has a fever and she's very stiff", "high_risk_signs", triage.UrgencyEmergency},
		{"choking not cleared", "dad choked on his dinner and can't clear it, he's gurgling", "choking", triage.UrgencyEmergency},
		{"OHSS", "egg retrieval was Monday, now I'm so short of breath and I've gained 8 lbs since", "pregnancy_bleeding", triage.UrgencyEmergency},
		{"torsion", "during stims I got a sudden sharp ovary pain and now I'm vomiting", "pregnancy_bleeding", triage.UrgencyEmergency},
		{"shoulder pain, beta", "my beta was positive, now a stabbing pain low on the left and in my shoulder", "pregnancy_bleeding", triage.UrgencyEmergency},
		{"shot reaction", "got my allergy shot 10 minutes ago and now I'm wheezing and itchy", "anaphylaxis", triage.UrgencyEmergency},

		// Look-alikes.
		{"bump days ago, fine", "I bumped my head on the car door 3 days ago, I'm on xarelto. Been totally fine since, no headache", "high_risk_signs", triage.UrgencyUrgent},
		{"derrame foretold", "mi vecina dice que esa pastilla me va a dar un derrame, ¿es cierto?", "", triage.UrgencyRoutine},
		{"cut shaving", "cut myself shaving and it bled a lot, I'm on warfarin, it stopped with pressure", "", triage.UrgencyRoutine},
		{"shunt, mild headache", "my son has a shunt and a mild headache after gym, playing normally now", "high_risk_signs", triage.UrgencyUrgent},
		{"myasthenia breathing fine", "myasthenia is stable, breathing and swallowing are fine, need my mestinon refill", "", triage.UrgencyRoutine},
	})
}
