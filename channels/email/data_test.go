package email

import (
	"os"
	"testing"

	"github.com/frontdeskhq/frontdesk/internal/shareddata"
)

// sharedData returns ../shared/data/email/<parts...>, or skips.
func sharedData(tb testing.TB, parts ...string) string {
	return shareddata.Dir(tb, append([]string{"email"}, parts...)...)
}

func readShared(tb testing.TB, parts ...string) []byte {
	tb.Helper()
	b, err := os.ReadFile(sharedData(tb, parts...))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
