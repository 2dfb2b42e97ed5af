package webchat_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/channels/webchat"
	"github.com/frontdeskhq/frontdesk/channels/webchat/webchattest"
)

func TestMemoryHubConformance(t *testing.T) {
	webchattest.RunHub(t, func(t *testing.T) webchat.Hub {
		return webchat.NewMemoryHub(webchat.MemoryHubConfig{Buffer: 10})
	}, webchattest.Features{Buffer: 10})
}
