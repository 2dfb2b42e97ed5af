package email

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/channels"
)

type channelsAddress = channels.Address

func mustEmail(tb testing.TB, s string) channels.Address {
	tb.Helper()
	a, err := channels.ParseEmail(s)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}
