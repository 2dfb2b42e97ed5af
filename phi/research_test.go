package phi_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectResearchMessages: forms found missed in messages about
// research studies (messages48.txt), in words other than that set's: a
// study's subject and screening numbers, a card's sixteen digits that
// fail the checksum, a given name not in the lists before a listed
// surname alone on the last line.
func TestDetectResearchMessages(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"subject number", "Re: subject 221-0093, the week 12 labs are back", []want{{"221-0093", phi.KindID}}},
		{"screening number", "my screening # is SCR-1187-04 if you need it", []want{{"SCR-1187-04", phi.KindID}}},
		{"sujeto", "soy el sujeto 4410-022 del ensayo", []want{{"4410-022", phi.KindID}}},
		{"card mistyped", "the stipend card is 4000 1234 5678 9999, nothing loaded yet", []want{{"4000 1234 5678 9999", phi.KindAccount}}},
	})
	noSpanOfKind(t, d, phi.KindID, "a mail's subject line or a study's name read as a number",
		"Subject: Visit 4 reminder",
		"the study visit is at week 24")
}
