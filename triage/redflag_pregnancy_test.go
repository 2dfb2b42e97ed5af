package triage_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestFindRedFlagsPregnancy: emergencies of pregnancy, labour and the
// weeks after a birth (pregnancyRules), in words other than probe71's,
// and look-alikes that are not.
func TestFindRedFlagsPregnancy(t *testing.T) {
	runRedFlagCases(t, []redFlagCase{
		{"wound opened", "my c-section incision opened at the bottom and it's bleeding", "wound_dehiscence", triage.UrgencyEmergency},
		{"pressure after the birth", "delivered 6 days ago and my blood pressure is 172/108 with a headache", "preeclampsia", triage.UrgencyEmergency},
		{"ribs in pregnancy", "30 weeks and a sharp pain under my right ribs that won't quit", "preeclampsia", triage.UrgencyEmergency},
		{"barely moving", "35 weeks and the baby has barely moved since last night", "preeclampsia", triage.UrgencyEmergency},
		{"desde ayer", "desde anoche no siento que se mueva mi bebé, tengo 34 semanas", "", triage.UrgencyEmergency},
		{"a fall", "slipped on the ice, I'm 29 weeks and now my belly is hard and hurts", "pregnancy_trauma", triage.UrgencyEmergency},
		{"a crash", "tuvimos un choque, tengo 26 semanas y estoy manchando", "pregnancy_trauma", triage.UrgencyEmergency},
		{"a foot in labour", "in labor at home and I can see a little foot", "pregnancy_bleeding", triage.UrgencyEmergency},
		{"a question before", "The midwife said to call if anything changed. I'm in labor and I can see a foot", "pregnancy_bleeding", triage.UrgencyEmergency},
		{"water early", "tengo 30 semanas y me está saliendo agua", "pregnancy_bleeding", triage.UrgencyEmergency},
		{"pads at 16 weeks", "16 weeks and bleeding bright red, went through 3 pads", "pregnancy_bleeding", triage.UrgencyEmergency},
		{"afraid tonight", "I keep having thoughts of smothering my baby and tonight I'm scared I could", "postpartum_psychosis", triage.UrgencyEmergency},

		{"a normal pressure", "I'm 32 weeks, my blood pressure was 112/70 at the pharmacy, just sharing", "", triage.UrgencyRoutine},
		{"thinners question", "pregnant again (9 wks), do I need blood thinners this time?", "", triage.UrgencyRoutine},
		{"braxton hicks", "30 weeks, some tightening that went away after I drank water and rested", "", triage.UrgencyRoutine},
	})
}
