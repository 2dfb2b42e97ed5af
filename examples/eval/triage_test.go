package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeData(t *testing.T, lines ...string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "data.jsonl")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestTriageJSON(t *testing.T) {
	p := writeData(t,
		`{"text":"need to cancel my appt tmrw","intent":"appointment.cancel","urgency":"routine","lang":"en"}`,
		`{"text":"no puedo respirar","intent":"clinical","urgency":"emergency","lang":"es"}`,
		`{"text":"cuanto debo de mi factura","intent":"billing","urgency":"routine","lang":"es"}`,
	)
	var out bytes.Buffer
	if err := run([]string{"-task", "triage", "-data", p, "-json"}, &out); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out.String())
	}
	for _, k := range []string{"task", "n", "accuracy", "macro_f1", "intent", "urgency", "confusion", "msgs_per_s"} {
		if _, ok := got[k]; !ok {
			t.Errorf("missing key %q", k)
		}
	}
	if got["task"] != "triage" || got["n"] != float64(3) {
		t.Errorf("task %v n %v", got["task"], got["n"])
	}
	urg := got["urgency"].(map[string]any)
	for _, k := range []string{"emergency", "urgent", "routine"} {
		m, ok := urg[k].(map[string]any)
		if !ok {
			t.Fatalf("urgency.%s missing", k)
		}
		for _, f := range []string{"precision", "recall", "f1", "support"} {
			if _, ok := m[f]; !ok {
				t.Errorf("urgency.%s.%s missing", k, f)
			}
		}
	}
	if em := urg["emergency"].(map[string]any); em["recall"] != float64(1) || em["support"] != float64(1) {
		t.Errorf("emergency: %v", em)
	}
}

func TestTriageTable(t *testing.T) {
	p := writeData(t, `{"text":"refill my rx pls","intent":"prescription.refill","urgency":"routine","lang":"en"}`)
	var out bytes.Buffer
	if err := run([]string{"-task", "triage", "-data", p}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "prescription.refill") || !strings.Contains(out.String(), "emergency") {
		t.Errorf("table lacks rows:\n%s", out.String())
	}
}

func TestTriageMalformed(t *testing.T) {
	p := writeData(t,
		`{"text":"ok","intent":"other","urgency":"routine"}`,
		`{"text":"ok","intent":"nope","urgency":"routine"}`,
	)
	err := run([]string{"-task", "triage", "-data", p, "-json"}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("got %v, want an error naming line 2", err)
	}
}
