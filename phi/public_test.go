package phi_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectSkipsPublic covers what names no patient: the practice's own
// line, a public figure seen on a screen, a store of a retail chain, a
// firm of partners and a bare year of a habit or a home; each next to
// PHI of the same kind that must stay.
func TestDetectSkipsPublic(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"own line, patient's cell kept", "I tried 555-0134 (your front desk) but call me at 312-555-0187",
			[]want{{"312-555-0187", phi.KindPhone}}},
		{"patient's office line kept", "about your office hours: my office line is 312-555-0110",
			[]want{{"312-555-0110", phi.KindPhone}}},
		{"screen, relation kept", "We watched Oprah Winfrey on TV with my aunt Della Price last night",
			[]want{{"Della Price", phi.KindName}}},
		{"year of care kept", "I had my gallbladder out in 2019 and quit vaping in 2021.",
			[]want{{"2019", phi.KindDate}}},
	})
	for _, tc := range []struct {
		text string
		kind phi.Kind
	}{
		{"Please don't call 555-0134 - your office line never answers.", phi.KindPhone},
		{"I tried your main line 555-0134 all morning.", phi.KindPhone},
		{"I saw Oprah Winfrey talking about weight loss shots on the news.", phi.KindName},
		{"Can I pick it up at Costco or should I go to Safeway?", phi.KindAddress},
		{"Regards, Office Manager, Whitcombe & Haldane LLP", phi.KindName},
		{"I stopped smoking in 2012 and have lived here since 2018.", phi.KindDate},
	} {
		notKind(t, d, tc.text, tc.kind)
	}
}

// TestDetectForms12 covers ages written in words, a day of the month with
// its article or after "el día", identifier cues read past fillers, a
// French street word in lower case with a Canadian postal code, a street
// with no number, a Philippine barangay and a town after "on holiday
// from".
func TestDetectForms12(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"english age in words", "My grandson is twelve and has asthma.", []want{{"twelve", phi.KindAge}}},
		{"hyphenated age", "He's seventy-four and still drives.", []want{{"seventy-four", phi.KindAge}}},
		{"spanish age in words", "Mi suegra tiene setenta y cinco años.", []want{{"setenta y cinco años", phi.KindAge}}},
		{"age after was", "My brother passed last week. He was 91.", []want{{"91", phi.KindAge}}},
		{"ordinal with article", "Her DOB is the 14th of May 1977.", []want{{"the 14th of May 1977", phi.KindDate}}},
		{"el dia", "Me vacunaron el día 7 y me salió una roncha.", []want{{"día 7", phi.KindDate}}},
		{"mrn ends in", "my chart number ends in 8820 I think", []want{{"8820", phi.KindMRN}}},
		{"passport too", "same as on my passport too: K44902177", []want{{"K44902177", phi.KindID}}},
		{"cdl", "my CDL, it's M220-5531-0042, expires soon", []want{{"M220-5531-0042", phi.KindID}}},
		{"legal case", "Attorney letter re: case 2024-CV-11873 attached.", []want{{"2024-CV-11873", phi.KindID}}},
		{"quebec address", "I moved to 1250 rue Jean-Talon, app. 12, Laval, QC H7N 1K2",
			[]want{{"1250 rue Jean-Talon, app. 12, Laval, QC", phi.KindAddress}, {"H7N 1K2", phi.KindZIP}}},
		{"street without number", "We used to live on Avenida Hidalgo near the market.",
			[]want{{"Avenida Hidalgo", phi.KindAddress}}},
		{"barangay", "Address: Brgy. Malanday, Marikina City.", []want{{"Brgy. Malanday, Marikina City", phi.KindAddress}}},
		{"holiday from", "We are here on vacation from Innsbruck for two weeks.", []want{{"Innsbruck", phi.KindAddress}}},
	})
	for _, text := range []string{
		"Take two tablets twice a day for seven days.",
		"It was nine when I left and the pain was a seven.",
		"Is there a case of flu going around?",
		"The app stopped syncing again.",
		"I'm on vacation from Work until Monday.",
	} {
		noPHI(t, d, text)
	}
}
