package audit_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/frontdeskhq/frontdesk/audit"
)

func TestZapSinkFields(t *testing.T) {
	core, logs := observer.New(zap.InfoLevel)
	z, err := audit.NewZapSink(zap.New(core), audit.ZapConfig{})
	if err != nil {
		t.Fatal(err)
	}
	l, err := audit.NewLog(z, audit.Config{CheckpointEvery: -1})
	if err != nil {
		t.Fatal(err)
	}
	e := event("p1", 4)
	e.SourceAddr = "203.0.113.9"
	if err := l.Append(t.Context(), e); err != nil {
		t.Fatal(err)
	}
	entries := logs.TakeAll()
	if len(entries) != 1 || entries[0].Message != "audit event" {
		t.Fatalf("entries %v", entries)
	}
	got := entries[0].ContextMap()
	want := map[string]any{
		"seq": uint64(1), "hash": l.Head().Hash, "practice_id": "p1", "time": e.Time,
		"actor":  map[string]any{"id": "staff-1", "kind": "staff", "role": "nurse"},
		"action": "message.read", "outcome": "success", "patient_id": "pat-4", "conversation_id": "conv-4",
		"source_addr": "203.0.113.9", "detail": map[string]any{"count": "4", "queue": "front desk"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fields (-want +got):\n%s", diff)
	}
}

func TestZapSinkNeverDropsSilently(t *testing.T) {
	core, _ := observer.New(zap.WarnLevel)
	z, err := audit.NewZapSink(zap.New(core), audit.ZapConfig{Level: zapcore.InfoLevel})
	if err != nil {
		t.Fatal(err)
	}
	if err := z.Append(t.Context(), event("p1", 1)); !errors.Is(err, audit.ErrDropped) {
		t.Errorf("append below the logger's level = %v, want ErrDropped", err)
	}
}

// TestNoPHIInLogsOrErrors plants canary PHI where callers might wrongly
// put it and checks that it reaches neither a log nor an error string.
func TestNoPHIInLogsOrErrors(t *testing.T) {
	core, logs := observer.New(zap.DebugLevel)
	z, err := audit.NewZapSink(zap.New(core), audit.ZapConfig{})
	if err != nil {
		t.Fatal(err)
	}
	mem := audit.NewMemorySink()
	fan, err := audit.NewFanout(z, mem)
	if err != nil {
		t.Fatal(err)
	}
	l, err := audit.NewLog(fan, audit.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var errs []string
	for _, c := range canaries {
		for _, mutate := range []func(e *audit.Event){
			func(e *audit.Event) { e.Detail = map[string]string{"note": c} },
			func(e *audit.Event) { e.Detail = map[string]string{c: "x"} },
			func(e *audit.Event) { e.PatientID = c + "\n" },
		} {
			e := event("p1", 1)
			mutate(&e)
			err := l.Append(t.Context(), e)
			if err == nil {
				t.Errorf("event with canary %q accepted", c)
				continue
			}
			errs = append(errs, err.Error())
		}
	}
	text := strings.Join(errs, "\n") + fmt.Sprint(logs.All())
	for _, c := range canaries {
		if strings.Contains(text, c) {
			t.Errorf("canary %q leaked into errors or logs", c)
		}
	}
	if n := len(mem.Events()); n != 0 || logs.Len() != 0 {
		t.Errorf("%d events recorded, %d logged", n, logs.Len())
	}
}
