package sqlstore

import (
	"errors"
	"testing"

	"github.com/frontdeskhq/frontdesk/inbox"
)

// FuzzCursor: page cursors come back from clients; decoding never panics,
// refuses what it cannot read with ErrInvalidCursor, and round-trips what
// it issued.
func FuzzCursor(f *testing.F) {
	f.Add(encodeCursor(1_773_480_600_000_000, "conv-0001"))
	f.Add(encodeCursor(-5, "12"))
	f.Add("%%not-a-cursor")
	f.Add("")
	f.Add("MTIzfA")
	f.Fuzz(func(t *testing.T, s string) {
		us, key, err := decodeCursor(s)
		if err != nil {
			if !errors.Is(err, inbox.ErrInvalidCursor) {
				t.Fatalf("decode %q: %v is not ErrInvalidCursor", s, err)
			}
			return
		}
		us2, key2, err := decodeCursor(encodeCursor(us, key))
		if err != nil || us2 != us || key2 != key {
			t.Fatalf("round trip of (%d, %q) gave (%d, %q, %v)", us, key, us2, key2, err)
		}
	})
}
