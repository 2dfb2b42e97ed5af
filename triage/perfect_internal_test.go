package triage

import (
	"strings"
	"testing"
)

func TestPreteriteOf(t *testing.T) {
	for _, tt := range []struct {
		p      string
		person int
		want   string
	}{
		{"tomado", 3, "tomo"}, {"tomado", 1, "tome"}, {"comido", 3, "comio"}, {"comido", 1, "comi"},
		{"caido", 3, "cayo"}, {"caido", 1, "cai"}, {"puesto", 3, "puso"}, {"roto", 1, "rompi"},
		{"estado", 3, ""}, {"sido", 3, ""}, {"dicho", 3, ""}, {"casa", 3, ""}, {"ido", 1, ""},
	} {
		if got := preteriteOf(tt.p, tt.person); got != tt.want {
			t.Errorf("preteriteOf(%q, %d) = %q, want %q", tt.p, tt.person, got, tt.want)
		}
	}
}

// TestTokenizeReadings holds three readings of the tokenizer: the Spanish
// perfect read as the preterite the rules use (and left alone where they
// use the participle), a title's full stop that ends no sentence, and a
// phone number that is no reading.
func TestTokenizeReadings(t *testing.T) {
	norms := func(text string) string {
		var b []string
		for _, tk := range tokenize(text) {
			b = append(b, tk.norm)
		}
		return strings.Join(b, " ")
	}
	for _, tt := range []struct{ text, want string }{
		{"nadie me ha llamado", "nadie me ha llamo"},   // the rules know "llamo", not "llamado"
		{"no ha comido nada", "no ha comido nada"},     // they know "comido" (not eating)
		{"siempre ha sido así", "siempre ha sido asi"}, // a state, left as written
		{"fax 555-203-8841 or (360) 555.0814", "fax telnum telnum telnum or telnum telnum telnum"},
		{"bp 150-100-72", "blood pressure 150 100 72"},
	} {
		if got := norms(tt.text); got != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	toks := tokenize("thank you Dr. Hale. Bye")
	for _, tk := range toks {
		if tk.norm == "hale" && tk.sentence {
			t.Errorf("the full stop of %q ended a sentence", "Dr.")
		}
		if tk.norm == "bye" && !tk.sentence {
			t.Errorf("the full stop after a name ended no sentence")
		}
	}
}
