package routing_test

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package's tests when a goroutine started by them is
// still running after the last one: every Run, Subscribe, watcher and
// server must stop when its context ends or it is closed.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}
