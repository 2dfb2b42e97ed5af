package main

import (
	"context"
	"fmt"

	"github.com/frontdeskhq/frontdesk/reminders"
	remsql "github.com/frontdeskhq/frontdesk/reminders/sqlstore"
)

// Reminder dispatch into PostgreSQL runs as reminders/sqlstore is meant to
// be run: several dispatchers on one store (claims with SKIP LOCKED and
// leases), each with many sends at once.
const (
	pgDispatchers = 3
	pgSendWorkers = 64
	pgBatch       = 512
)

// measureRemindersPostgres: rounds of claim, gate, render, send and
// complete through reminders/sqlstore on PostgreSQL, in a schema of its
// own dropped afterwards; compare with river_postgres_jobs_per_s.
func measureRemindersPostgres(ctx context.Context, r *Report, s settings) error {
	pool, drop, err := benchSchema(ctx, s.dsn, 32)
	if err != nil {
		return err
	}
	defer drop()
	store, err := remsql.NewPostgres(pool, remsql.Config{})
	if err != nil {
		return err
	}
	if err := store.Migrate(ctx); err != nil {
		return err
	}
	workers := pgSendWorkers
	if s.workers > 0 {
		workers = s.workers
	}
	// A round dispatches as many reminders as the River baseline works
	// jobs (-river-jobs), so that both figures time the same amount of
	// work from a queue filled beforehand.
	round := s.round
	if round <= 0 {
		round = s.riverJobs
	}
	smp, err := dispatchRounds(ctx, s.duration, dispatchConfig{dispatchers: pgDispatchers, workers: workers, batch: pgBatch,
		round: round, store: func(int) (reminders.Store, error) { return store, nil }})
	if err != nil {
		return fmt.Errorf("reminders postgres: %w", err)
	}
	r.setSample("reminders_postgres", "reminders_postgres_per_s", "reminders_postgres_allocs_per_reminder", smp)
	return nil
}
