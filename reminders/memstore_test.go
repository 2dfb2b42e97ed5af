package reminders_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/reminderstest"
)

func TestMemoryStoreConformance(t *testing.T) {
	reminderstest.Run(t, func(t *testing.T) reminders.Store { return reminders.NewMemoryStore() })
}
