package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsOutdoors: emergencies of travel, the outdoors and the
// environment (outdoorRules), told in words other than probe57's, and
// look-alikes that are not.
func TestFindRedFlagsOutdoors(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"altitude, stumbling", "we're trekking in the Andes and my wife is stumbling and confused", "altitude", triage.UrgencyEmergency},
		{"after a dive", "after diving this morning my arms feel numb and my knees ache", "diving", triage.UrgencyEmergency},
		{"stopped shivering", "he fell in the icy river, now he stopped shivering and is very sleepy", "burn_or_exposure", triage.UrgencyEmergency},
		{"a plant chewed", "my toddler chewed some oleander leaves in the garden", "poisoning", triage.UrgencyEmergency},
		{"lightning", "my son was struck by lightning but says he feels ok", "electric_shock", triage.UrgencyEmergency},
		{"weedkiller", "mi abuelo tomó herbicida por error", "poisoning", triage.UrgencyEmergency},
		{"bloody diarrhoea, no urine", "after the fair she had bloody diarrhea and now she hasn't peed all day", "kidney_failure", triage.UrgencyEmergency},

		{"altitude pills", "going to Cusco next month, can I get altitude sickness pills?", "", triage.UrgencyRoutine},
		{"a dive medical", "need a dive medical form signed before my scuba course", "", triage.UrgencyRoutine},
		{"no breathing trouble", "mild headache at altitude, no breathing trouble", "", triage.UrgencyRoutine},
	})
}

// TestFindRedFlagsLongIllness: a long illness turned dangerous
// (crisisRules), told in words other than probe56's, and look-alikes
// that are not.
func TestFindRedFlagsLongIllness(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"cirrhosis, confused", "my dad has cirrhosis and today he is confused and sleepy", "hepatic", triage.UrgencyEmergency},
		{"can't lie down, kilos", "gained 2 kilos since yesterday and I can't lie down without choking", "heart_failure", triage.UrgencyEmergency},
		{"adrenal, vomiting", "Addison's, I've been vomiting since morning and can't keep my pills down", "adrenal_crisis", triage.UrgencyEmergency},
		{"pressure and blurred sight", "BP 200/120 and my vision is blurry", "hypertensive", triage.UrgencyEmergency},

		{"pressure and a headache", "my bp is 185/110 and I have a headache", "", triage.UrgencyUrgent},
		{"lactulose refill", "need a refill of lactulose for my cirrhosis, doing fine", "", triage.UrgencyRoutine},
	})
}
