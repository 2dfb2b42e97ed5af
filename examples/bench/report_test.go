package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/frontdeskhq/frontdesk/triage"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// TestReportKeys runs every measurement briefly without PostgreSQL: the
// JSON object carries every documented key, a figure for each subsystem
// present, null with a reason for the others, and passing checks.
func TestReportKeys(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every measurement")
	}
	cl, err := triage.NewDefault(triage.Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := run(t.Context(), settings{duration: 30 * time.Millisecond, workers: 4, tmpDir: t.TempDir(), classifier: cl,
		warmup: 20, round: 200})
	raw, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("output is not one JSON object: %v", err)
	}
	skipped, _ := got["skipped"].(map[string]any)
	for _, k := range Keys {
		v, ok := got[k]
		if !ok {
			t.Errorf("key %s missing", k)
			continue
		}
		if v == nil && skipped[k] == nil {
			t.Errorf("key %s is null with no reason", k)
		}
		if v != nil && skipped[k] != nil {
			t.Errorf("key %s has a figure and a skip reason", k)
		}
	}
	for _, k := range []string{"ingest_memory_msgs_per_s", "webhook_reqs_per_s", "phi_mb_per_s",
		"audit_memory_appends_per_s", "audit_file_appends_per_s", "reminders_memory_per_s",
		"triage_msgs_per_s", "ingest_sqlite_msgs_per_s", "ingest_sqlite_baseline_rows_per_s"} {
		if v, _ := got[k].(float64); v <= 0 {
			t.Errorf("%s = %v, want a positive figure", k, got[k])
		}
	}
	if reason, _ := skipped["river_postgres_jobs_per_s"].(string); !strings.Contains(reason, "FRONTDESK_POSTGRES_DSN") {
		t.Errorf("river without a DSN: reason %q should name FRONTDESK_POSTGRES_DSN", reason)
	}
	if len(r.Checks) == 0 {
		t.Error("no correctness checks made")
	}
	for name, ok := range r.Checks {
		if !ok {
			t.Errorf("check %s failed", name)
		}
	}
	var table bytes.Buffer
	if err := r.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	for _, k := range Keys {
		if !strings.Contains(table.String(), k) {
			t.Errorf("table lacks %s", k)
		}
	}
}

// TestPostgresFigures runs the PostgreSQL figures briefly when
// FRONTDESK_POSTGRES_DSN names a server (.ci/run sets it), and skips
// otherwise. River's is left to the program: it compiles its own module.
func TestPostgresFigures(t *testing.T) {
	dsn := os.Getenv("FRONTDESK_POSTGRES_DSN")
	if dsn == "" {
		t.Skip("PostgreSQL figures skipped: set FRONTDESK_POSTGRES_DSN (.ci/run sets it)")
	}
	for name, keys := range map[string][]string{
		"ingest-postgres":    {"ingest_postgres_msgs_per_s", "ingest_postgres_baseline_rows_per_s"},
		"reminders-postgres": {"reminders_postgres_per_s"},
	} {
		r := run(t.Context(), settings{duration: 60 * time.Millisecond, dsn: dsn, only: name, warmup: 20, round: 200})
		for _, k := range keys {
			if v, ok := r.Figures[k]; !ok || v <= 0 {
				t.Errorf("%s: %s = %v (%s)", name, k, v, r.Skipped[k])
			}
		}
	}
}
