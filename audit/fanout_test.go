package audit_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
)

func TestFanoutReportsEverySinkFailure(t *testing.T) {
	good := audit.NewMemorySink()
	bad := &failingSink{MemorySink: audit.NewMemorySink(), fail: 1}
	f, err := audit.NewFanout(good, bad)
	if err != nil {
		t.Fatal(err)
	}
	err = f.Append(t.Context(), event("p1", 1))
	if err == nil || !strings.Contains(err.Error(), "fanout sink 1") {
		t.Fatalf("append with a failing sink = %v, want an error naming sink 1", err)
	}
	if n := len(good.Events()); n != 1 {
		t.Errorf("the healthy sink got %d events, want 1", n)
	}
	if _, err := audit.NewFanout(); err == nil {
		t.Error("fanout of no sinks accepted")
	}
	if _, err := audit.NewFanout(good, nil); err == nil {
		t.Error("fanout with a nil sink accepted")
	}
	z, _ := audit.NewZapSink(nopLogger(), audit.ZapConfig{})
	onlyZap, _ := audit.NewFanout(z)
	if _, err := onlyZap.Query(t.Context(), audit.Query{PracticeID: "p1"}); !errors.Is(err, audit.ErrNoQuerier) {
		t.Errorf("query without a queryable sink = %v, want ErrNoQuerier", err)
	}
}
