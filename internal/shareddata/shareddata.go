// Package shareddata finds the public test material kept beside the
// checkout in ../shared/data (see each folder's PROVENANCE.md). Tests read
// it in place; it is never copied into the repository.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns ../shared/data/<parts...> beside the module root found by
// walking up from the working directory, and whether it exists.
func Path(parts ...string) (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
	p := filepath.Join(append([]string{dir, "..", "shared", "data"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		return p, false
	}
	return p, true
}

// Dir returns the path of Path, or skips the test, naming the path, when
// the material is not there.
func Dir(tb testing.TB, parts ...string) string {
	tb.Helper()
	p, ok := Path(parts...)
	if !ok {
		tb.Skipf("shared test data not present at %s (see ../shared/data/%s/PROVENANCE.md)", p, firstOr(parts, ""))
	}
	return p
}

func firstOr(parts []string, def string) string {
	if len(parts) == 0 {
		return def
	}
	return parts[0]
}
