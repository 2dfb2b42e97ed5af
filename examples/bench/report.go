package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// Keys lists every figure the report carries, in output order. The set is
// stable: a figure that could not be measured in a run is null, and
// Report.Skipped says why. README.md documents each key.
var Keys = []string{
	"ingest_memory_msgs_per_s", "ingest_memory_p50_us", "ingest_memory_p99_us", "ingest_memory_allocs_per_msg", "ingest_memory_cpu_us_per_op",
	"ingest_sqlite_msgs_per_s", "ingest_sqlite_p50_us", "ingest_sqlite_p99_us", "ingest_sqlite_allocs_per_msg", "ingest_sqlite_cpu_us_per_op",
	"ingest_sqlite_baseline_rows_per_s",
	"ingest_postgres_msgs_per_s", "ingest_postgres_p50_us", "ingest_postgres_p99_us", "ingest_postgres_allocs_per_msg", "ingest_postgres_cpu_us_per_op",
	"ingest_postgres_baseline_rows_per_s",
	"webhook_reqs_per_s", "webhook_p50_us", "webhook_p99_us", "webhook_allocs_per_req", "webhook_cpu_us_per_op",
	"triage_msgs_per_s", "triage_p50_us", "triage_p99_us", "triage_allocs_per_msg", "triage_cpu_us_per_op",
	"phi_mb_per_s", "phi_msgs_per_s", "phi_p50_us", "phi_p99_us", "phi_allocs_per_msg", "phi_cpu_us_per_op",
	"audit_memory_appends_per_s", "audit_memory_p50_us", "audit_memory_p99_us", "audit_memory_allocs_per_append", "audit_memory_cpu_us_per_op",
	"audit_file_appends_per_s", "audit_file_p50_us", "audit_file_p99_us", "audit_file_allocs_per_append", "audit_file_cpu_us_per_op",
	"reminders_memory_per_s", "reminders_memory_allocs_per_reminder", "reminders_memory_cpu_us_per_op",
	"reminders_postgres_per_s", "reminders_postgres_allocs_per_reminder", "reminders_postgres_cpu_us_per_op",
	"river_postgres_jobs_per_s",
}

// Report is the outcome of a run.
type Report struct {
	// Figures by key; a key absent here is reported as null.
	Figures map[string]float64
	// Skipped says, by key, why a figure is null.
	Skipped map[string]string
	// Checks are correctness checks made along the way (every message
	// stored once, the audit file verifies), by name.
	Checks map[string]bool
	// Env describes the machine and the run's settings.
	Env Env
}

// Env describes the machine and the settings of a run.
type Env struct {
	GoVersion  string  `json:"go_version"`
	OS         string  `json:"os"`
	Arch       string  `json:"arch"`
	CPUs       int     `json:"cpus"`
	GOMAXPROCS int     `json:"gomaxprocs"`
	DurationS  float64 `json:"duration_s"`
	Workers    int     `json:"workers"` // -workers; 0: each figure its default
	Postgres   bool    `json:"postgres"`
	// LoadAvg is the 1-minute load average when the run started (Linux;
	// zero elsewhere): other work on the machine lowers every figure.
	LoadAvg float64 `json:"load_avg_1m"`
}

// loadAvg reads the 1-minute load average, or 0 when it is unknown.
func loadAvg() float64 {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f, _ := strconv.ParseFloat(strings.Fields(string(raw) + " 0")[0], 64)
	return f
}

func newReport(env Env) *Report {
	return &Report{Figures: map[string]float64{}, Skipped: map[string]string{}, Checks: map[string]bool{}, Env: env}
}

func (r *Report) set(key string, v float64) {
	if !slices.Contains(Keys, key) {
		panic("bench: undeclared key " + key)
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return
	}
	r.Figures[key] = v
}

// skip records why the keys with the given prefix (and exact key) were
// not measured.
// notSelected starts the skip reason of figures left out by -only; the
// table leaves them out.
const notSelected = "not selected"

func (r *Report) skip(prefix, reason string) {
	for _, k := range Keys {
		if strings.HasPrefix(k, prefix) {
			delete(r.Figures, k)
			r.Skipped[k] = reason
		}
	}
}

// setSample records a sample's rate, latency percentiles and allocations
// under prefix; rateKey and allocsKey name the rate and allocation keys.
func (r *Report) setSample(prefix, rateKey, allocsKey string, s sample) {
	r.set(rateKey, s.rate())
	if len(s.lat) > 0 {
		r.set(prefix+"_p50_us", s.percentile(0.50))
		r.set(prefix+"_p99_us", s.percentile(0.99))
	}
	if allocsKey != "" {
		r.set(allocsKey, s.allocsPerOp())
	}
	if s.cpu > 0 {
		r.set(prefix+"_cpu_us_per_op", s.cpuPerOp())
	}
}

// MarshalJSON writes one flat object: every key of Keys in order (null
// when not measured), then "skipped", "checks" and "env".
func (r *Report) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for _, k := range Keys {
		fmt.Fprintf(&b, "%q:", k)
		if v, ok := r.Figures[k]; ok {
			b.WriteString(formatFloat(v))
		} else {
			b.WriteString("null")
		}
		b.WriteByte(',')
	}
	for i, part := range []struct {
		name string
		v    any
	}{{"skipped", r.Skipped}, {"checks", r.Checks}, {"env", r.Env}} {
		if i > 0 {
			b.WriteByte(',')
		}
		raw, err := json.Marshal(part.v)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "%q:%s", part.name, raw)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func formatFloat(v float64) string {
	if math.Abs(v) >= 100 {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.2f", v)
}

// WriteTable prints the report for people: one line per key.
func (r *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	e := r.Env
	workers := "default workers"
	if e.Workers > 0 {
		workers = fmt.Sprintf("%d workers", e.Workers)
	}
	fmt.Fprintf(tw, "frontdesk bench\t%s %s/%s, %d CPUs, GOMAXPROCS %d, load %.2f, %s per figure, %s\n",
		e.GoVersion, e.OS, e.Arch, e.CPUs, e.GOMAXPROCS, e.LoadAvg, time.Duration(e.DurationS*float64(time.Second)), workers)
	for _, k := range Keys {
		if v, ok := r.Figures[k]; ok {
			fmt.Fprintf(tw, "%s\t%s\n", k, formatFloat(v))
		} else if !strings.HasPrefix(r.Skipped[k], notSelected) {
			fmt.Fprintf(tw, "%s\t-\t(%s)\n", k, r.Skipped[k])
		}
	}
	names := make([]string, 0, len(r.Checks))
	for n := range r.Checks {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		verdict := "ok"
		if !r.Checks[n] {
			verdict = "FAILED"
		}
		fmt.Fprintf(tw, "check %s\t%s\n", n, verdict)
	}
	return tw.Flush()
}
