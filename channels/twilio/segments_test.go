package twilio_test

import (
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels/twilio"
)

func TestSegments(t *testing.T) {
	cases := []struct {
		name string
		text string
		n    int
		enc  twilio.Encoding
	}{
		{"empty", "", 0, twilio.GSM7},
		{"short", "See you Tuesday at 9:30.", 1, twilio.GSM7},
		{"160 gsm", strings.Repeat("a", 160), 1, twilio.GSM7},
		{"161 gsm", strings.Repeat("a", 161), 2, twilio.GSM7},
		{"306 gsm", strings.Repeat("a", 306), 2, twilio.GSM7},
		{"307 gsm", strings.Repeat("a", 307), 3, twilio.GSM7},
		{"extension chars count twice", strings.Repeat("€", 80), 1, twilio.GSM7},
		{"extension chars overflow", strings.Repeat("€", 81), 2, twilio.GSM7},
		{"accents outside gsm", "¿Mañana a las 9? Sí, está bien.", 1, twilio.UCS2}, // "í" and "á" are not GSM-7
		{"gsm accents", "¿Mañana? Ñoño Müller à 9h", 1, twilio.GSM7},
		{"70 ucs2", strings.Repeat("ç", 70), 1, twilio.UCS2},
		{"71 ucs2", strings.Repeat("ç", 71), 2, twilio.UCS2},
		{"emoji are two units", strings.Repeat("😀", 35), 1, twilio.UCS2},
		{"emoji overflow", strings.Repeat("😀", 36), 2, twilio.UCS2},
	}
	for _, c := range cases {
		n, enc := twilio.Segments(c.text)
		if n != c.n || enc != c.enc {
			t.Errorf("%s: Segments = %d %s, want %d %s", c.name, n, enc, c.n, c.enc)
		}
	}
}
