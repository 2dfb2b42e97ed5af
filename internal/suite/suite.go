// Package suite runs the cases of the exported conformance suites
// (inboxtest, reminderstest, audittest, webchattest): each case a parallel subtest on
// a fresh implementation.
package suite

import (
	"slices"
	"testing"

	"maps"
)

// Run runs every case, by name in sorted order, as a parallel subtest of
// t, each on a fresh value from newS, which may register cleanup on the
// subtest's t.
func Run[S any](t *testing.T, newS func(t *testing.T) S, cases map[string]func(t *testing.T, s S)) {
	t.Helper()
	for _, name := range slices.Sorted(maps.Keys(cases)) {
		fn := cases[name]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			fn(t, newS(t))
		})
	}
}
