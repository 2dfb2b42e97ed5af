package triage

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestLookupDistinct checks lookup against the plain reading: each
// distinct known feature once, whatever the duplicates, a zero hash, or a
// text long enough to take the sorting path.
func TestLookupDistinct(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	universe := make([]uint64, 3000)
	var known []uint64
	for i := range universe {
		universe[i] = rng.Uint64()
		if i == 0 {
			universe[i] = 0
		}
		if i%3 == 0 {
			known = append(known, universe[i])
		}
	}
	m := &naiveBayes{table: newIDTable(known)}
	for _, n := range []int{0, 1, 7, maxSetFeatures - 1, maxSetFeatures, maxSetFeatures + 1, 2500} {
		feats := make([]uint64, n)
		for i := range feats {
			feats[i] = universe[rng.IntN(min(len(universe), n+1))]
		}
		want := map[int32]bool{}
		for _, f := range feats {
			if id := slices.Index(known, f); id >= 0 {
				want[int32(id)] = true
			}
		}
		got := m.lookup(nil, slices.Clone(feats))
		if len(got) != len(want) {
			t.Fatalf("%d features: lookup gave %d ids, want %d distinct", n, len(got), len(want))
		}
		for _, id := range got {
			if !want[id] {
				t.Fatalf("%d features: id %d twice or unknown", n, id)
			}
			delete(want, id)
		}
	}
}
