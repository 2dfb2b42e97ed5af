// Command bench measures frontdesk side by side with baselines that show
// the limit of the machine and of each store, and prints the figures as a
// table, or as one JSON object with -json. See README.md for every key.
//
//	go run ./examples/bench -json -duration 3s -workers 16 -postgres "$FRONTDESK_POSTGRES_DSN"
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/triage"
)

// settings are the run's flags.
type settings struct {
	duration  time.Duration
	workers   int
	dsn       string
	riverDir  string
	riverJobs int
	tmpDir    string
	only      string
	// warmup is how many messages make the patients known before a SQL
	// figure, and round how many reminders one dispatch round sends;
	// zero means senders and reminderRound (tests make them small).
	warmup, round int
	// logger receives frontdesk's warnings and errors (-v); nil discards.
	logger *zap.Logger
	// classifier is the default triage classifier, shared by the
	// pipelines and the triage figure.
	classifier triage.Classifier
}

// Kinds of load, which set how many workers a figure uses by default.
type loadKind int

const (
	// cpuBound work in process: one worker per CPU, more only contend.
	cpuBound loadKind = iota
	// inProcessPipeline is the inbox in process, whose callers wait on
	// the audit log's group commit and the store's lock; while one
	// waits, another uses its CPU: two per CPU (see README).
	inProcessPipeline
	// network round trips over loopback: a few per CPU keep it busy.
	network
	// durable writes grouped per fsync: many writers share each sync.
	durable
)

// workersFor returns -workers, or the default for the kind of load.
func (s settings) workersFor(k loadKind) int {
	if s.workers > 0 {
		return s.workers
	}
	procs := runtime.GOMAXPROCS(0)
	switch k {
	case network:
		return 4 * procs
	case inProcessPipeline:
		return 2 * procs
	case durable:
		return 32
	default:
		return procs
	}
}

// measurement is one figure group: a function filling keys of the report,
// and the key prefix it fills (used to mark the keys null when it cannot
// run).
type measurement struct {
	name   string
	prefix []string
	run    func(context.Context, *Report, settings) error
	// unavailable, when it returns a reason, skips the measurement.
	unavailable func(settings) string
}

func measurements() []measurement {
	noDSN := func(s settings) string {
		if s.dsn == "" {
			return "no PostgreSQL: pass -postgres DSN or set FRONTDESK_POSTGRES_DSN"
		}
		return ""
	}
	return []measurement{
		{name: "ingest-memory", prefix: []string{"ingest_memory"}, run: measureIngestMemory},
		{name: "ingest-sqlite", prefix: []string{"ingest_sqlite"}, run: measureIngestSQLite},
		{name: "ingest-postgres", prefix: []string{"ingest_postgres"}, run: measureIngestPostgres, unavailable: noDSN},
		{name: "webhook", prefix: []string{"webhook"}, run: measureWebhook},
		{name: "triage", prefix: []string{"triage"}, run: measureTriage},
		{name: "phi", prefix: []string{"phi"}, run: measurePHI},
		{name: "audit-memory", prefix: []string{"audit_memory"}, run: measureAuditMemory},
		{name: "audit-file", prefix: []string{"audit_file"}, run: measureAuditFile},
		{name: "reminders-memory", prefix: []string{"reminders_memory"}, run: measureRemindersMemory},
		{name: "reminders-postgres", prefix: []string{"reminders_postgres"}, run: measureRemindersPostgres, unavailable: noDSN},
		{name: "river", prefix: []string{"river_postgres"}, run: measureRiver, unavailable: noDSN},
	}
}

func main() {
	var s settings
	asJSON := flag.Bool("json", false, "print one JSON object instead of a table")
	flag.DurationVar(&s.duration, "duration", 3*time.Second, "how long each figure is measured")
	flag.IntVar(&s.workers, "workers", 0, "concurrent clients (senders, appenders) per figure; 0 picks per figure (see README)")
	flag.StringVar(&s.dsn, "postgres", os.Getenv("FRONTDESK_POSTGRES_DSN"), "PostgreSQL DSN for the Postgres figures (default $FRONTDESK_POSTGRES_DSN)")
	flag.StringVar(&s.riverDir, "river-dir", "", "directory of the River baseline module (default examples/bench/river of the checkout)")
	flag.IntVar(&s.riverJobs, "river-jobs", 20000, "no-op jobs the River baseline works")
	flag.StringVar(&s.tmpDir, "tmp", "", "directory for the durable stores' files (default the system's)")
	flag.StringVar(&s.only, "only", "", "run only the measurements of these comma-separated names (ingest-memory, webhook, phi, audit-file, reminders-postgres,river, ...)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	memProfile := flag.String("memprofile", "", "write an allocation profile of the run to this file (go tool pprof -sample_index=alloc_space)")
	verbose := flag.Bool("v", false, "log frontdesk's warnings and errors (ids only) to stderr")
	flag.Parse()
	if *verbose {
		cfg := zap.NewDevelopmentConfig()
		cfg.Level = zap.NewAtomicLevelAt(zap.WarnLevel)
		cfg.DisableStacktrace = true
		s.logger = zap.Must(cfg.Build())
	}
	if s.duration <= 0 || s.workers < 0 {
		fmt.Fprintln(os.Stderr, "bench: -duration must be positive and -workers not negative")
		os.Exit(2)
	}
	cl, err := triage.NewDefault(triage.Config{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench: triage:", err)
		os.Exit(1)
	}
	s.classifier = cl
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench: cpuprofile:", err)
			os.Exit(1)
		}
		defer f.Close()
	}
	r := run(ctx, s)
	pprof.StopCPUProfile()
	if *memProfile != "" {
		if err := writeAllocs(*memProfile); err != nil {
			fmt.Fprintln(os.Stderr, "bench: memprofile:", err)
			os.Exit(1)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		err = enc.Encode(r)
	} else {
		err = r.WriteTable(os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	for _, ok := range r.Checks {
		if !ok {
			os.Exit(1)
		}
	}
}

// run makes every measurement in turn (never two at once, so that they do
// not share the CPUs) and returns the report.
func run(ctx context.Context, s settings) *Report {
	r := newReport(Env{GoVersion: runtime.Version(), OS: runtime.GOOS, Arch: runtime.GOARCH, CPUs: runtime.NumCPU(),
		GOMAXPROCS: runtime.GOMAXPROCS(0), DurationS: s.duration.Seconds(), Workers: s.workers, Postgres: s.dsn != "", LoadAvg: loadAvg()})
	for _, m := range measurements() {
		skip := func(reason string) {
			for _, p := range m.prefix {
				r.skip(p, reason)
			}
		}
		if s.only != "" && !slices.Contains(strings.Split(s.only, ","), m.name) {
			skip(notSelected + " (-only " + s.only + ")")
			continue
		}
		if m.unavailable != nil {
			if reason := m.unavailable(s); reason != "" {
				skip(reason)
				continue
			}
		}
		if err := m.run(ctx, r, s); err != nil {
			skip("failed: " + err.Error())
			fmt.Fprintf(os.Stderr, "bench: %s: %v\n", m.name, err)
		}
	}
	return r
}

// writeAllocs writes the allocations of the run (every one made since
// the program started, as sampled by the runtime) to path.
func writeAllocs(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
