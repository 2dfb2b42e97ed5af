package phi_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectSpokenIdentifiers covers identifiers told aloud and transcribed
// (messages17.txt's kind, in words other than that set's): dates of birth
// and days said as words, numbers said after their cue, an address said
// aloud and a name spelled letter by letter.
func TestDetectSpokenIdentifiers(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"birthday in words", "um this is Paul Grady birthday is ten nineteen seventy one", []want{{"ten nineteen seventy one", phi.KindDate}}},
		{"fecha de nacimiento", "fecha de nacimiento tres de mayo de mil novecientos sesenta", []want{{"tres de mayo de mil novecientos sesenta", phi.KindDate}}},
		{"month and ordinal", "I had the scan on october twenty third and nobody called", []want{{"october twenty third", phi.KindDate}}},
		{"weekday and ordinal", "she was seen wednesday the ninth for the rash", []want{{"wednesday the ninth", phi.KindDate}}},
		{"account in words", "my account number is four four two oh nine one", []want{{"four four two oh nine one", phi.KindAccount}}},
		{"código postal", "código postal nueve ocho cuatro cero dos", []want{{"nueve ocho cuatro cero dos", phi.KindZIP}}},
		{"email aloud", "send it to marta dot ruiz at gmail dot com please", []want{{"marta dot ruiz at gmail dot com", phi.KindEmail}}},
		{"correo en voz", "mi correo es pepe ochenta arroba yahoo punto com", []want{{"pepe ochenta arroba yahoo punto com", phi.KindEmail}}},
		{"spelled name", "my name is Tom Okoro that's O K O R O", []want{{"O K O R O", phi.KindName}}},
		{"letters as in", "last name is B as in boy, A, L, L", []want{{"B as in boy, A, L, L", phi.KindName}}},
	})
	noSpanOfKind(t, d, phi.KindDate, "a count or a time read as a date",
		"we went may five times this year", "it's about three twenty minutes away")
	noSpanOfKind(t, d, phi.KindEmail, "a place read as an address",
		"I'll be at home dot not sure when")
}
