package triage_test

import (
	"os"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
	"github.com/frontdeskhq/frontdesk/triage/triagetest"
)

// FuzzClassify feeds arbitrary text to the default classifier: it must not
// panic, must answer in the vocabulary, and every red-flag span must lie
// inside the text.
func FuzzClassify(f *testing.F) {
	seed, err := os.ReadFile("testdata/heldout.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	data, err := triage.ReadLabeled(strings.NewReader(string(seed)))
	if err != nil {
		f.Fatal(err)
	}
	for _, l := range data[:40] {
		f.Add(l.Text)
	}
	for _, s := range []string{"", "😀", "\xff\xfe\xfd", "no no no no chest", "~~3 | * %", "#>=5 99999999999999999999",
		"dolor ~ pecho", strings.Repeat("a", 300), "ñ́́́", "\u202e pecho dolor"} {
		f.Add(s)
	}
	c, err := triage.NewDefault(triage.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := c.Classify(t.Context(), text)
		if err != nil {
			t.Fatalf("Classify: %v", err)
		}
		triagetest.CheckResult(t, text, res)
		for _, fl := range triage.FindRedFlags(text) {
			if fl.Start < 0 || fl.Start >= fl.End || fl.End > len(text) {
				t.Errorf("span [%d,%d) outside text of %d bytes", fl.Start, fl.End, len(text))
			}
		}
	})
}
