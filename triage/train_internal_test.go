package triage

import (
	"testing"
)

// BenchmarkTrain measures loading the default model from scratch: parsing
// the embedded corpus and training both heads (what the first NewModel of a
// process does).
func BenchmarkTrain(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		data, err := parseEmbedded()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := train(data, "bench"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTrainDeterministic checks that two trainings on the same corpus give
// the same weights.
func TestTrainDeterministic(t *testing.T) {
	data, err := parseEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	a, err := train(data, "a")
	if err != nil {
		t.Fatal(err)
	}
	b, err := train(data, "b")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.intent.index) != len(b.intent.index) {
		t.Fatalf("feature counts differ: %d, %d", len(a.intent.index), len(b.intent.index))
	}
	for f, id := range a.intent.index {
		jd, ok := b.intent.index[f]
		if !ok {
			t.Fatalf("feature %x missing in the second training", f)
		}
		for c := range a.intent.classes {
			if a.intent.weights[int(id)*a.intent.classes+c] != b.intent.weights[int(jd)*b.intent.classes+c] {
				t.Fatalf("weights of feature %x differ", f)
			}
		}
	}
}

// TestRulesCompile keeps every red-flag and cue pattern valid.
func TestRulesCompile(t *testing.T) {
	if _, err := newDetector(redFlagRules); err != nil {
		t.Fatal(err)
	}
	for in, pats := range intentCues {
		if !in.Valid() {
			t.Errorf("cue for unknown intent %q", in)
		}
		for _, p := range pats {
			if _, err := compilePattern(p); err != nil {
				t.Error(err)
			}
		}
	}
	for _, bad := range []string{"", "~2 a", "a ~2", "a ~x b", "a||b", "#>=x", "#1-"} {
		if _, err := compilePattern(bad); err == nil {
			t.Errorf("compilePattern(%q): want an error", bad)
		}
	}
}

func TestWithin1(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"chest", "chest", true}, {"chets", "chest", true}, {"chst", "chest", true},
		{"chesst", "chest", true}, {"cheat", "chest", true}, {"chair", "chest", false},
		{"breathe", "breath", true}, {"brethe", "breathe", true}, {"pecho", "pexho", true},
	}
	for _, tt := range tests {
		if got := within1(tt.a, tt.b); got != tt.want {
			t.Errorf("within1(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	text := "Necesito CITA mañana, pls! can't"
	toks := tokenize(text)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.norm)
	}
	want := []string{"necesito", "cita", "manana", "please", "cant"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d: got %q, want %q", i, got[i], want[i])
		}
	}
	if text[toks[2].start:toks[2].end] != "mañana" {
		t.Errorf("span of token 2: %q", text[toks[2].start:toks[2].end])
	}
	if !toks[3].clause || toks[4].clause != true {
		t.Errorf("clause marks: %+v", toks)
	}
}

func TestSpeller(t *testing.T) {
	sp := defaultSpeller()
	tests := []struct{ in, want string }{
		{"pehco", "pecho"},         // swap
		{"bleding", "bleeding"},    // dropped letter
		{"brethe", "breathe"},      // dropped letter
		{"sangarndo", "sangrando"}, // swap
		{"store", "store"},         // a real word stays
		{"strike", "strike"},
		{"hecho", "hecho"},
		{"appointment", "appointment"}, // known
		{"zzzzz", "zzzzz"},
		{"chst", "chst"}, // too short to correct
	}
	for _, tt := range tests {
		if got, _ := sp.correct(tt.in, nil); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
