package triage_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

func TestReadLabeled(t *testing.T) {
	in := `{"text":"pay my bill","intent":"billing","urgency":"routine","lang":"en"}

{"text":"no puedo respirar","intent":"clinical","urgency":"emergency","lang":"ES","id":7,"note":"x"}
`
	got, err := triage.ReadLabeled(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[1].Intent != triage.IntentClinical || got[1].Lang != "es" {
		t.Errorf("got %+v", got)
	}
}

func TestReadLabeledErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int
	}{
		{"not json", "{\"text\":\"a\",\"intent\":\"billing\",\"urgency\":\"routine\"}\nnope", 2},
		{"no text", `{"intent":"billing","urgency":"routine"}`, 1},
		{"bad intent", `{"text":"a","intent":"weather","urgency":"routine"}`, 1},
		{"bad urgency", `{"text":"a","intent":"billing","urgency":"soon"}`, 1},
		{"array", `["a","billing"]`, 1},
		{"trailing", `{"text":"a","intent":"billing","urgency":"routine"} {}`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := triage.ReadLabeled(strings.NewReader(tt.in))
			var le *triage.LineError
			if !errors.As(err, &le) || le.Line != tt.line {
				t.Fatalf("got %v, want a LineError on line %d", err, tt.line)
			}
			if !errors.Is(err, triage.ErrInvalidInput) {
				t.Errorf("%v does not wrap ErrInvalidInput", err)
			}
		})
	}
}

func FuzzReadLabeled(f *testing.F) {
	seed, err := os.ReadFile("testdata/heldout.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.SplitN(string(seed), "\n", 20)[:19] {
		f.Add(line)
	}
	f.Add(`{"text":"\u0000","intent":"other","urgency":"routine"}`)
	f.Add("{")
	f.Fuzz(func(t *testing.T, in string) {
		got, err := triage.ReadLabeled(strings.NewReader(in))
		if err != nil {
			if !errors.Is(err, triage.ErrInvalidInput) {
				t.Errorf("error %v does not wrap ErrInvalidInput", err)
			}
			return
		}
		for _, l := range got {
			if l.Text == "" || !l.Intent.Valid() || !l.Urgency.Valid() {
				t.Errorf("accepted an invalid example %+v", l)
			}
		}
	})
}
