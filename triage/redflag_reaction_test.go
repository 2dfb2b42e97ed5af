package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsReactionsSkinChildren holds the classes found by
// probe137 (serious drug reactions), probe138 (skin and wounds) and
// probe139 (children's infections), in words other than those sets': skin
// blistering and coming off with mouth sores, lithium taken more than
// once, gas crackling under the skin, a red streak with a near faint, a
// fever with confusion and mottled skin, burns "como cuero", a child with
// a fever who will not stand, a blood culture that grew, lips purple
// around a baby's mouth. And the look-alikes: an order to go to the ER
// "right away" told afterwards with "fine now", a febrile seizure checked
// ("la revisaron") two weeks ago.
func TestFindRedFlagsReactionsSkinChildren(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"skin coming off, mouth sores", "since starting lamotrigine she has blisters everywhere and sores inside her mouth", "medication_reaction", triage.UrgencyEmergency},
		{"lithium more than once", "I think I took my lithium more than once today and now I'm shaking", "overdose", triage.UrgencyEmergency},
		{"crackling skin", "the cut on his leg is swollen and crackles under the skin when pressed", "necrotizing", triage.UrgencyEmergency},
		{"streak, near faint", "red line going up my arm from the bite and I nearly pass out when I stand", "sepsis", triage.UrgencyEmergency},
		{"mottled, confused", "grandma on antibiotics for her leg is mottled and confused this afternoon", "sepsis", triage.UrgencyEmergency},
		{"como cuero", "se quemó con aceite hirviendo y la piel está blanca como cuero", "burn_or_exposure", triage.UrgencyEmergency},
		{"fever, won't stand", "my 4 year old has a fever of 102 and won't stand on her left leg", "high_risk_signs", triage.UrgencyEmergency},
		{"blood culture grew", "the blood culture from his ER visit grew something and he still has a fever", "sepsis", triage.UrgencyEmergency},
		{"purple around the mouth", "el bebé está morado alrededor de la boquita y respira rápido", "unresponsive", triage.UrgencyEmergency},

		{"told me right away, fine now", "the nurse told me to go to the ER right away last week, it was my blood pressure pill, I'm totally fine now", "sent_to_er", triage.UrgencyUrgent},
		{"revisaron", "hace dos semanas tuvo una convulsión con fiebre, la revisaron en el hospital. ¿Puede volver a pasar?", "infant_fever", triage.UrgencyUrgent},
	})
}
