package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsElderInfectionAirway holds the classes found by probe184
// (older adults at home), probe185 (infections that turn dangerous),
// probe186 (children who cannot breathe well) and probe187 (an
// internal-medicine portal's fortnight), in words other than those sets':
// days without food or drink and no urine with no answer, a hip that
// bears no weight, heat with confusion and hot skin, a goose egg on a
// blood thinner, dusky lips, a blow to the head then "out of it"; a high
// fever with a racing heart or a faint, an abscess with a fever and a
// redness up the arm, purple skin with blisters, oral chemotherapy and a
// fever, sickle cell and a spike; grey lips, "can't get air". And the
// look-alikes: a faint taken to the ER and well since, "what are the
// signs", a CPR class, a sleep study, toenails "hard to cut myself".
func TestFindRedFlagsElderInfectionAirway(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"no urine, no answer", "grandpa has barely eaten in days, hasn't peed since last night and isn't answering me", "dehydration", triage.UrgencyEmergency},
		{"hip, no weight", "she fell in the kitchen and can't put any weight on her hip", "fracture", triage.UrgencyEmergency},
		{"heat and confusion", "her fan broke in this heat wave and now she's confused with hot skin", "heat_illness", triage.UrgencyEmergency},
		{"goose egg on eliquis", "found him on the floor with a goose egg on his forehead, he takes eliquis", "trauma", triage.UrgencyEmergency},
		{"out of it", "he hit his head on the dresser and he's still out of it", "trauma", triage.UrgencyEmergency},
		{"fever and racing heart", "fever of 104 and my heart rate is 135, I almost passed out", "sepsis", triage.UrgencyEmergency},
		{"abscess spreading", "I have an abscess on my arm and now I'm burning up and it's red all the way up to my shoulder", "sepsis", triage.UrgencyEmergency},
		{"purple blisters", "the bite on his leg has purple skin with blisters now", "sepsis", triage.UrgencyEmergency},
		{"oral chemo fever", "on xeloda and my temp is 101.5 tonight", "immunocompromised_fever", triage.UrgencyEmergency},
		{"sickle spike", "my son with sickle cell just spiked 102", "acute_chest", triage.UrgencyEmergency},
		{"grey lips", "el niño tose y tiene los labios grises", "", triage.UrgencyEmergency},
		{"can't get air", "he's gagging on a grape and can't get air in", "breathing", triage.UrgencyEmergency},

		{"taken and well", "dad fainted Sunday, they took him to the ER, said it was dehydration, he's been fine since", "", triage.UrgencyUrgent},
		{"signs asked", "what are the signs that my baby is having trouble breathing? he's fine now", "", triage.UrgencyRoutine},
		{"a class", "do you teach infant choking classes for new parents?", "", triage.UrgencyRoutine},
		{"sleep study", "my husband says I stop breathing when I sleep, do I need a referral for a sleep study?", "breathing", triage.UrgencyUrgent},
		{"hard to cut", "my toenails are too thick and it's hard to cut myself, can I see podiatry?", "", triage.UrgencyRoutine},
	})
}
