package triage_test

import (
	"os"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// typo makes one deterministic typo in each word of five letters or more
// that seed picks: a swap of two neighbouring letters, a dropped letter or
// a doubled one.
func typo(text string, seed int) string {
	words := strings.Fields(text)
	for i, w := range words {
		if len(w) < 5 || (seed+i)%3 != 0 || strings.ContainsFunc(w, func(r rune) bool { return r > 127 }) {
			continue
		}
		k := 1 + (seed+i)%(len(w)-3)
		switch (seed + i) % 3 {
		case 0:
			w = w[:k] + string(w[k+1]) + string(w[k]) + w[k+2:]
		case 1:
			w = w[:k] + w[k+1:]
		default:
			w = w[:k] + string(w[k]) + w[k:]
		}
		words[i] = w
	}
	return strings.Join(words, " ")
}

// TestTypoRobustness adds typos to the held-out emergencies and checks that
// the red-flag layer still finds nearly all of them.
func TestTypoRobustness(t *testing.T) {
	var data []triage.Labeled
	for _, name := range []string{"testdata/heldout.jsonl", "testdata/probe.jsonl"} {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		d, err := triage.ReadLabeled(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		data = append(data, d...)
	}
	c := newDefault(t)
	n, found := 0, 0
	for seed := range 3 {
		for _, l := range data {
			if l.Urgency != triage.UrgencyEmergency {
				continue
			}
			text := typo(l.Text, seed)
			res, err := c.Classify(t.Context(), text)
			if err != nil {
				t.Fatal(err)
			}
			n++
			if res.Urgency == triage.UrgencyEmergency {
				found++
			} else {
				t.Logf("missed: %q", text)
			}
		}
	}
	recall := float64(found) / float64(n)
	t.Logf("emergency recall with typos: %d/%d = %.3f", found, n, recall)
	if recall < 0.9 {
		t.Errorf("emergency recall with typos %.3f < 0.90", recall)
	}
}
