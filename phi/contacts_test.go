package phi_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectContactMessages: forms found missed in messages updating
// emergency contacts and next of kin (messages49.txt), in words other
// than that set's: a given name with its possessive before a phone
// number or an e-mail, a full name right before a phone number.
func TestDetectContactMessages(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"possessive phone", "call me first, Marcus's is 253-555-0199 if I don't pick up", []want{{"Marcus", phi.KindName}}},
		{"possessive cell", "Elena’s cell is 206-555-0142", []want{{"Elena", phi.KindName}}},
		{"name before phone", "please add my sister. Laura Whitfield 253-555-0166", []want{{"Laura Whitfield", phi.KindName}}},
	})
	noSpanOfKind(t, d, phi.KindName, "an office or a weekday before a number",
		"Billing Office 253-555-0140",
		"Monday's number is 253-555-0140")
}
