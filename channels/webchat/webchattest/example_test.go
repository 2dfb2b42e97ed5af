package webchattest_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/channels/webchat"
	"github.com/frontdeskhq/frontdesk/channels/webchat/webchattest"
)

// A vendor's shared hub passes the same suite as the memory hub.
func ExampleRunHub() {
	_ = func(t *testing.T) {
		webchattest.RunHub(t, func(t *testing.T) webchat.Hub {
			return webchat.NewMemoryHub(webchat.MemoryHubConfig{})
		}, webchattest.Features{Buffer: 200})
	}
}
