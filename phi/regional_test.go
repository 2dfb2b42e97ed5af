package phi_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectSchemeIDs covers identifiers after the name of a national or
// insurance scheme, values written in spaced groups, letters heading a
// value, and cues such as "referral" or "contrato" that take only a value
// beyond doubt.
func TestDetectSchemeIDs(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"scheme acronym then no", "my SSS no. 34-1234567-8 is attached", []want{{"34-1234567-8", phi.KindID}}},
		{"camel case scheme then number", "our MediShield number is 7730-11920 ok", []want{{"7730-11920", phi.KindID}}},
		{"medicare in spaced groups", "her Medicare # 4417 20953 2 thanks", []want{{"4417 20953 2", phi.KindAccount}}},
		{"aadhar spaced", "son's aadhar is 7712 0098 3341 pls update", []want{{"7712 0098 3341", phi.KindID}}},
		{"letters heading a passport", "Passport no. KR 7730129 expires soon", []want{{"KR 7730129", phi.KindID}}},
		{"feminine afiliada with insurer", "mi madre está afiliada a OSDE 40-55123987-02", []want{{"40-55123987-02", phi.KindAccount}}},
		{"contract number", "el contrato es MAP20019384 de la aseguradora", []want{{"MAP20019384", phi.KindAccount}}},
		{"referral number", "the referral number is RF-448120 from ortho", []want{{"RF-448120", phi.KindID}}},
		{"health card in spanish", "mi tarjeta sanitaria es GMLP510302987014", []want{{"GMLP510302987014", phi.KindID}}},
		{"serial in groups", "the serial on the back reads 8812 4K7 2290", []want{{"8812 4K7 2290", phi.KindID}}},
		{"indian mobile after mob", "Mob: 91234 56780, anytime", []want{{"91234 56780", phi.KindPhone}}},
		{"birthday short cue", "his bday is 11/2 btw", []want{{"11/2", phi.KindDate}}},
	})
	noPHI(t, d,
		"Room no. 12 is on the left",
		"I have a referral to cardiology next week",
		"COVID no 2 doses yet",
		"the contract with my employer ends in May",
		"pagué con tarjeta 50 pesos",
		"I take 2 tabs, 500 mg each",
		"Suite no. 210, second floor",
	)
}
