package email

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedData returns the shared test-data folder for e-mail, found next to
// the repository root, or skips the test when it is absent.
func sharedData(tb testing.TB, parts ...string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("repository root (go.mod) not found")
		}
		dir = parent
	}
	p := filepath.Join(append([]string{dir, "..", "shared", "data", "email"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared e-mail test data not found at %s: %v", p, err)
	}
	return p
}

func readShared(tb testing.TB, parts ...string) []byte {
	tb.Helper()
	b, err := os.ReadFile(sharedData(tb, parts...))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
