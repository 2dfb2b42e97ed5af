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
// flag, so that the cheaper form changes no reading.
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
