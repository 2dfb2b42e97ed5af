package triage

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCuePairsReadAsPatterns: a rule of cue pairs reads the labelled sets
// as the same rule written with eitherOrder's patterns does, flag for
// flag, in every message without a negation (the one place they differ
// by design: a negation between two cues denies neither, see
// scanState.considerPair).
func TestCuePairsReadAsPatterns(t *testing.T) {
	pairs := []struct{ a, b []string }{
		{dangerSilenced, dangerHelp},
		{dangerArmed, slices.Concat(dangerSilenced, dangerHelp, kidsHere)},
		{meansNear, slices.Concat(endSoon, unreachable)},
		{affairsClosed, affairsClosed},
	}
	var byPairs, byPatterns []rule
	for _, p := range pairs {
		byPairs = append(byPairs, rule{kind: "violence", urgency: UrgencyEmergency, pairs: []cuePair{pairOf(p.a, p.b...)}})
		byPatterns = append(byPatterns, rule{kind: "violence", urgency: UrgencyEmergency, patterns: eitherOrder(p.a, p.b...)})
	}
	dp, err := newDetector(byPairs)
	if err != nil {
		t.Fatal(err)
	}
	dq, err := newDetector(byPatterns)
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no labelled sets: %v", err)
	}
	read := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			var row struct{ Text string }
			if json.Unmarshal([]byte(line), &row) != nil {
				continue
			}
			toks := tokenize(row.Text)
			if slices.ContainsFunc(toks, func(t token) bool { return negations[t.norm] }) {
				continue
			}
			got, _ := dp.scan(toks)
			want, _ := dq.scan(toks)
			if !slices.Equal(got, want) {
				t.Errorf("%q: pairs read %v, patterns %v", row.Text, got, want)
			}
			if len(want) > 0 {
				read++
			}
		}
	}
	if read < 50 {
		t.Errorf("only %d labelled messages carry a pair: the test compares too little", read)
	}
}

// TestCuePairNegationStaysInItsCue: a negation between two cues denies
// neither; one inside a cue denies it.
func TestCuePairNegationStaysInItsCue(t *testing.T) {
	d, err := newDetector([]rule{{kind: "suicidal", urgency: UrgencyEmergency, pairs: []cuePair{
		pairOf([]string{"wont|won't ~1 be ~1 around"}, "wrote ~3 letters"),
	}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"prob doesnt matter since I wont be around. already wrote the letters", true},
		{"I wont be around for the party but I wrote no letters yet", false}, // "no" inside the cue "wrote … letters"
	} {
		flags, _ := d.scan(tokenize(tc.text))
		if got := len(flags) > 0; got != tc.want {
			t.Errorf("%q: flagged %v, want %v", tc.text, got, tc.want)
		}
	}
}
