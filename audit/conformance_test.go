package audit_test

import (
	"path/filepath"
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/audit/audittest"
)

func TestMemorySinkConformance(t *testing.T) {
	audittest.Run(t, func(t *testing.T) audit.Sink { return audit.NewMemorySink() })
}

func TestFileSinkConformance(t *testing.T) {
	audittest.Run(t, func(t *testing.T) audit.Sink { return openFile(t, filepath.Join(t.TempDir(), "audit.jsonl")) })
}

func TestFanoutConformance(t *testing.T) {
	audittest.Run(t, func(t *testing.T) audit.Sink {
		core, _ := observer.New(zap.InfoLevel)
		z, err := audit.NewZapSink(zap.New(core), audit.ZapConfig{})
		if err != nil {
			t.Fatal(err)
		}
		f, err := audit.NewFanout(openFile(t, filepath.Join(t.TempDir(), "audit.jsonl")), audit.NewMemorySink(), z)
		if err != nil {
			t.Fatal(err)
		}
		return f
	})
}

func TestZapSinkConformance(t *testing.T) {
	audittest.Run(t, func(t *testing.T) audit.Sink {
		core, _ := observer.New(zap.InfoLevel)
		z, err := audit.NewZapSink(zap.New(core), audit.ZapConfig{})
		if err != nil {
			t.Fatal(err)
		}
		return z
	})
}

func openFile(tb testing.TB, path string) *audit.FileSink {
	tb.Helper()
	s, err := audit.OpenFile(path, audit.FileConfig{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = s.Close() })
	return s
}
