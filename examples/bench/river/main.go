// Command river measures River's job throughput on PostgreSQL with no-op
// jobs, as the baseline for frontdesk's reminder dispatch. The bench
// program runs it as a subprocess (go run) so that River stays out of the
// frontdesk module's dependencies.
//
// It creates a schema of its own, migrates River into it, inserts -jobs
// no-op jobs, then starts a client with 1000 workers (FetchCooldown 2ms,
// FetchPollInterval 20ms) and times how long it takes to work them all.
// The schema is dropped at the end. Output is one JSON object:
//
//	{"river_postgres_jobs_per_s": 12345.6, "jobs": 20000, "seconds": 1.62, "river_version": "v0.51.2"}
//
// Usage:
//
//	go run . -postgres "$FRONTDESK_POSTGRES_DSN" -jobs 20000
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
)

// Settings the issue fixes for the comparison.
const (
	maxWorkers        = 1000
	fetchCooldown     = 2 * time.Millisecond
	fetchPollInterval = 20 * time.Millisecond
	riverVersion      = "v0.51.2"
)

type noopArgs struct{}

func (noopArgs) Kind() string { return "frontdesk_bench_noop" }

type noopWorker struct {
	river.WorkerDefaults[noopArgs]
	done *atomic.Int64
	all  chan struct{}
	want int64
}

func (w *noopWorker) Work(ctx context.Context, job *river.Job[noopArgs]) error {
	if w.done.Add(1) == w.want {
		close(w.all)
	}
	return nil
}

// result is the JSON the bench program reads.
type result struct {
	JobsPerSecond float64 `json:"river_postgres_jobs_per_s"`
	Jobs          int     `json:"jobs"`
	Seconds       float64 `json:"seconds"`
	Version       string  `json:"river_version"`
	Workers       int     `json:"workers"`
}

func main() {
	dsn := flag.String("postgres", os.Getenv("FRONTDESK_POSTGRES_DSN"), "PostgreSQL DSN (default $FRONTDESK_POSTGRES_DSN)")
	jobs := flag.Int("jobs", 20000, "no-op jobs to insert and work")
	timeout := flag.Duration("timeout", 2*time.Minute, "give up after this long")
	flag.Parse()
	if *dsn == "" {
		fmt.Fprintln(os.Stderr, "river: no DSN: pass -postgres or set FRONTDESK_POSTGRES_DSN")
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	res, err := run(ctx, *dsn, *jobs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "river:", err)
		os.Exit(1)
	}
	_ = json.NewEncoder(os.Stdout).Encode(res)
}

func run(ctx context.Context, dsn string, jobs int) (res result, err error) {
	if jobs <= 0 {
		return res, errors.New("-jobs must be positive")
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "bench_river_" + hex.EncodeToString(b)
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return res, fmt.Errorf("connect: %w", err)
	}
	defer admin.Close(context.Background())
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+pgx.Identifier{schema}.Sanitize()); err != nil {
		return res, fmt.Errorf("create schema: %w", err)
	}
	defer func() {
		_, _ = admin.Exec(context.Background(), "DROP SCHEMA "+pgx.Identifier{schema}.Sanitize()+" CASCADE")
	}()

	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return res, fmt.Errorf("parse dsn: %w", err)
	}
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	cfg.MaxConns = 32
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return res, fmt.Errorf("pool: %w", err)
	}
	defer pool.Close()
	driver := riverpgxv5.New(pool)

	mig, err := rivermigrate.New(driver, &rivermigrate.Config{Schema: schema})
	if err != nil {
		return res, fmt.Errorf("migrator: %w", err)
	}
	if _, err := mig.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return res, fmt.Errorf("migrate: %w", err)
	}

	var done atomic.Int64
	w := &noopWorker{done: &done, all: make(chan struct{}), want: int64(jobs)}
	workers := river.NewWorkers()
	river.AddWorker(workers, w)
	client, err := river.NewClient(driver, &river.Config{
		Queues:            map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: maxWorkers}},
		Workers:           workers,
		FetchCooldown:     fetchCooldown,
		FetchPollInterval: fetchPollInterval,
		Schema:            schema,
	})
	if err != nil {
		return res, fmt.Errorf("client: %w", err)
	}
	for i := 0; i < jobs; i += 1000 {
		n := min(1000, jobs-i)
		params := make([]river.InsertManyParams, n)
		for j := range params {
			params[j] = river.InsertManyParams{Args: noopArgs{}}
		}
		if _, err := client.InsertManyFast(ctx, params); err != nil {
			return res, fmt.Errorf("insert: %w", err)
		}
	}

	start := time.Now()
	if err := client.Start(ctx); err != nil {
		return res, fmt.Errorf("start: %w", err)
	}
	select {
	case <-w.all:
	case <-ctx.Done():
		_ = client.StopAndCancel(context.Background())
		return res, fmt.Errorf("worked %d of %d jobs: %w", done.Load(), jobs, ctx.Err())
	}
	// Stop waits for the completer to record every job as completed, so
	// the time covers the whole round trip to the database.
	if err := client.Stop(ctx); err != nil {
		return res, fmt.Errorf("stop: %w", err)
	}
	elapsed := time.Since(start)
	return result{JobsPerSecond: float64(jobs) / elapsed.Seconds(), Jobs: jobs, Seconds: elapsed.Seconds(),
		Version: riverVersion, Workers: maxWorkers}, nil
}
