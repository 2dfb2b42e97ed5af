package triage

import (
	"slices"
	"testing"
)

// candidatesSame checks that the filtered candidates of w are exactly the
// unfiltered ones, for both indexes the package builds.
func candidatesSame(t *testing.T, w string) {
	t.Helper()
	for name, ix := range map[string]*patternIndex{"redflags": defaultDetector().ix, "cues": defaultCues().ix} {
		got, _ := ix.candidates(nil, w, nil)
		want, _ := ix.candidatesSlow(nil, w, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("%s: candidates(%q) = %v, want %v", name, w, got, want)
		}
	}
}

func TestCandidatesMatchUnfiltered(t *testing.T) {
	words := []string{"", "a", "chest", "pecho", "pehco", "chestt", "breathing", "brething", "suicide", "suicid",
		"appointment", "appoinment", "reschedule", "reschdule", "insurence", "12", "103", "dolor", "sangrando",
		"cancel", "cancer", "portal", "mychart", "x", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"}
	for _, ix := range []*patternIndex{defaultDetector().ix, defaultCues().ix} {
		for k := range ix.exact {
			words = append(words, k, k+"s", k[1:])
		}
		for k := range ix.prefix {
			words = append(words, k, k+"ing")
		}
		for k := range ix.fuzzy {
			words = append(words, k, "x"+k, k+"x")
		}
	}
	for _, w := range words {
		candidatesSame(t, w)
	}
}

func TestWordHashesCompose(t *testing.T) {
	w := "sangrando"
	var wh wordHashes
	wh.init(w)
	for k := range len(w) + 1 {
		if wh.prefix(k) != wordHash(w[:k]) {
			t.Fatalf("prefix %d", k)
		}
	}
	for i := range len(w) {
		if wh.without(i) != wordHash(w[:i]+w[i+1:]) {
			t.Fatalf("without %d", i)
		}
	}
}

func FuzzCandidates(f *testing.F) {
	for _, s := range []string{"chest", "pehco", "appoinment", "103", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		candidatesSame(t, w)
	})
}
