package names_test

import (
	"fmt"
	"testing"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		word string
		want names.Class
	}{
		{"María", names.First},
		{"JOHNSON", names.Last},
		{"will", names.Common},
		{"sleep", names.Word},
		{"xqzv", 0},
	}
	for _, tc := range tests {
		c := names.Lookup(string(names.Fold(nil, tc.word)))
		if c&tc.want != tc.want || (tc.want == 0 && c != 0) {
			t.Errorf("%s: got %b, want %b", tc.word, c, tc.want)
		}
	}
	if names.Len() < 10000 {
		t.Errorf("only %d names", names.Len())
	}
}

func TestIsPlace(t *testing.T) {
	for _, tc := range []struct {
		words string
		place bool
	}{
		{"Towson", true}, {"Palm Bay", true}, {"New Haven", true}, {"St Louis", true},
		{"Bel", false}, {"Xqzv", false}, {"pain", false},
	} {
		w := names.Fold(nil, tc.words)
		if got := names.IsPlace(w); got != tc.place {
			t.Errorf("IsPlace(%q) = %v", w, got)
		}
		first := w
		for i, c := range w {
			if c == ' ' {
				first = w[:i]
				break
			}
		}
		if tc.place && !names.IsPlaceStart(first) {
			t.Errorf("IsPlaceStart(%q) = false", first)
		}
	}
	if names.IsPlaceStart([]byte("xqzv")) {
		t.Error("xqzv starts a place")
	}
}

func ExampleFold() {
	w := names.Fold(nil, "Núñez")
	fmt.Println(string(w), names.Lookup(string(w))&names.Last != 0)
	// Output: nunez true
}
