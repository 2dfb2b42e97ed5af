package triagetest

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Features says what a classifier under test promises beyond the
// interface, so that one suite serves classifiers with different
// guarantees.
type Features struct {
	// RedFlags: the classifier runs the red-flag layer (it is a
	// triage.Guarded or does the same), so emergencies must come out as
	// emergencies whatever the statistics say.
	RedFlags bool
}

// Run checks that c keeps the triage.Classifier contract: results in the
// vocabulary, red-flag spans inside the text, no panic and a valid result
// or an error on bad input (empty text, only emojis, invalid UTF-8, mixed
// scripts, very long text), an error once ctx has ended, and safety for
// concurrent use. newClassifier is called once per subtest.
func Run(t *testing.T, newClassifier func(t *testing.T) triage.Classifier, f Features) {
	t.Helper()
	inputs := map[string]string{
		"plain":        "i need to reschedule my appointment",
		"spanish":      "necesito cambiar mi cita del martes",
		"empty":        "",
		"emoji only":   "😀😀🙏",
		"invalid utf8": "refill \xff\xfe pls",
		"mixed script": "здравствуйте 你好 cita mañana",
		"long":         strings.Repeat("blah ", 20000),
	}
	t.Run("ValidResults", func(t *testing.T) {
		c := newClassifier(t)
		for name, text := range inputs {
			res, err := c.Classify(t.Context(), text)
			if err != nil {
				if !errors.Is(err, triage.ErrInvalidInput) {
					t.Errorf("%s: error %v does not wrap triage.ErrInvalidInput", name, err)
				}
				continue
			}
			CheckResult(t, text, res)
		}
	})
	t.Run("CanceledContext", func(t *testing.T) {
		c := newClassifier(t)
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		if _, err := c.Classify(ctx, "can i book a physical"); err == nil {
			t.Error("Classify with a canceled context: got no error")
		}
	})
	t.Run("Concurrent", func(t *testing.T) {
		c := newClassifier(t)
		var wg sync.WaitGroup
		for i := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				text := []string{"refill my rx pls", "no puedo respirar", "what are your hours"}[i%3]
				res, err := c.Classify(t.Context(), text)
				if err != nil {
					t.Errorf("Classify: %v", err)
					return
				}
				CheckResult(t, text, res)
			}()
		}
		wg.Wait()
	})
	if f.RedFlags {
		t.Run("EmergencyWins", func(t *testing.T) {
			c := newClassifier(t)
			for _, text := range []string{
				"need to cancel, my dad has chest pain right now",
				"no puedo respirar y tengo los labios morados",
				"i want to kill myself",
			} {
				res, err := c.Classify(t.Context(), text)
				if err != nil {
					t.Fatalf("Classify: %v", err)
				}
				if res.Urgency != triage.UrgencyEmergency || len(res.RedFlags) == 0 {
					t.Errorf("emergency message: got urgency %s with %d red flags", res.Urgency, len(res.RedFlags))
				}
			}
		})
	}
}

// CheckResult reports an error on t when res breaks the contract for text:
// an intent or urgency outside the vocabulary, a confidence outside [0, 1],
// a red flag whose span is not inside text or falls inside a character, or
// an empty model name.
func CheckResult(t testing.TB, text string, res triage.Result) {
	t.Helper()
	if !res.Intent.Valid() {
		t.Errorf("intent %q is not in the vocabulary", res.Intent)
	}
	if !res.Urgency.Valid() {
		t.Errorf("urgency %q is not in the vocabulary", res.Urgency)
	}
	if res.Confidence < 0 || res.Confidence > 1 {
		t.Errorf("confidence %v outside [0, 1]", res.Confidence)
	}
	for _, s := range res.RunnersUp {
		if !s.Intent.Valid() || s.Confidence < 0 || s.Confidence > 1 {
			t.Errorf("bad runner-up %+v", s)
		}
	}
	if res.Model == "" {
		t.Error("empty model name")
	}
	for _, f := range res.RedFlags {
		if f.Kind == "" || !f.Urgency.Valid() {
			t.Errorf("bad red flag %+v", f)
		}
		if f.Start < 0 || f.Start > f.End || f.End > len(text) {
			t.Errorf("red flag %s span [%d,%d) outside text of %d bytes", f.Kind, f.Start, f.End, len(text))
			continue
		}
		if utf8.ValidString(text) && (!utf8.RuneStart(at(text, f.Start)) || !utf8.RuneStart(at(text, f.End))) {
			t.Errorf("red flag %s span [%d,%d) splits a character", f.Kind, f.Start, f.End)
		}
		if res.Urgency.Rank() < f.Urgency.Rank() {
			t.Errorf("urgency %s below red flag %s (%s)", res.Urgency, f.Kind, f.Urgency)
		}
	}
}

func at(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}
