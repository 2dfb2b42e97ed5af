package channels_test

import (
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
)

func TestParseKeyword(t *testing.T) {
	cases := []struct {
		ch   channels.Kind
		text string
		want channels.Keyword
	}{
		{channels.SMS, "STOP", channels.KeywordOptOut},
		{channels.SMS, "  stop. ", channels.KeywordOptOut},
		{channels.WhatsApp, "Stop!", channels.KeywordOptOut},
		{channels.SMS, "Stop all", channels.KeywordOptOut},
		{channels.SMS, "unsubscribe", channels.KeywordOptOut},
		{channels.SMS, "opt out", channels.KeywordOptOut},
		{channels.SMS, "revoke", channels.KeywordOptOut},
		{channels.SMS, "BAJA", channels.KeywordOptOut},
		{channels.WhatsApp, "¡Alto!", channels.KeywordOptOut},
		{channels.SMS, "parar", channels.KeywordOptOut},
		{channels.SMS, "CANCEL", channels.KeywordOptOut},
		{channels.SMS, "end", channels.KeywordOptOut},
		{channels.SMS, "Quit", channels.KeywordOptOut},
		// Carrier words are opt-outs only on SMS.
		{channels.WhatsApp, "cancel", channels.KeywordNone},
		{channels.Email, "quit", channels.KeywordNone},
		{channels.SMS, "START", channels.KeywordOptIn},
		{channels.SMS, "unstop", channels.KeywordOptIn},
		{channels.SMS, "yes", channels.KeywordOptIn},
		{channels.SMS, "Sí", channels.KeywordOptIn},
		{channels.SMS, "HELP", channels.KeywordHelp},
		{channels.SMS, "info?", channels.KeywordHelp},
		{channels.SMS, "ayuda", channels.KeywordHelp},
		// The whole message must be the keyword.
		{channels.SMS, "please stop texting me", channels.KeywordNone},
		{channels.SMS, "stop by tomorrow?", channels.KeywordNone},
		{channels.SMS, "I need to cancel my appointment", channels.KeywordNone},
		{channels.SMS, "cancelar", channels.KeywordNone},
		{channels.SMS, "", channels.KeywordNone},
		{channels.SMS, "🛑", channels.KeywordNone},
		{channels.SMS, strings.Repeat("stop ", 20), channels.KeywordNone},
	}
	for _, c := range cases {
		if got, _ := channels.ParseKeyword(c.ch, c.text); got != c.want {
			t.Errorf("ParseKeyword(%s, %q) = %s, want %s", c.ch, c.text, got, c.want)
		}
	}
}

func FuzzParseKeyword(f *testing.F) {
	for _, s := range []string{"STOP", " stop. ", "Stop all", "sí", "cancel", "please stop", "\xff", "🛑"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, ch := range channels.Kinds() {
			k, w := channels.ParseKeyword(ch, text)
			if (k == channels.KeywordNone) != (w == "") {
				t.Fatalf("kind %s with word %q", k, w)
			}
			if k != channels.KeywordNone {
				// The normalised word is itself the same keyword.
				if k2, _ := channels.ParseKeyword(ch, w); k2 != k {
					t.Fatalf("word %q reparses as %s, want %s", w, k2, k)
				}
			}
		}
	})
}

func TestMemoryConsentStoreConformance(t *testing.T) {
	channeltest.RunConsentStore(t, func(t *testing.T) channels.ConsentStore { return channels.NewMemoryConsentStore() })
}
