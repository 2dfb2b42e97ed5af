package inbox_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/inbox/inboxtest"
)

func TestMemoryStoreConformance(t *testing.T) {
	inboxtest.Run(t, func(t *testing.T) inbox.Store { return inbox.NewMemoryStore() })
}
