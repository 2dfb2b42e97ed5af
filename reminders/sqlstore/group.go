package sqlstore

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/jackc/pgx/v5"

	"github.com/frontdeskhq/frontdesk/reminders"
)

// Complete implements reminders.Store. Concurrent calls are grouped: a
// caller that finds fewer than maxLeaders groups being written leads a
// new one; otherwise it queues, and a leader that finishes hands its turn
// to the first queued caller, which writes everything queued by then in
// one transaction (see completePostgres and completeSQLite). Many send
// workers thus share few commits, and each caller still gets its own
// result (nil, ErrLeaseLost or ErrNotFound).
func (s *Store) Complete(ctx context.Context, p reminders.CompleteParams) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if p.State == "" || (p.State == reminders.StateScheduled && p.DueAt.IsZero()) {
		return fmt.Errorf("%w: complete reminder %s: missing state or due time", reminders.ErrInvalid, p.ID)
	}
	return s.completes.do(ctx, s, p)
}

// errLead tells a waiting caller to lead the next group.
var errLead = errors.New("lead")

type pendingComplete struct {
	p    reminders.CompleteParams
	done chan error // buffered: errLead at most once, then the result
}

// completeGroup is a leader/follower group commit of Complete calls.
// Up to maxLeaders groups are written at once, so that one group's
// commit does not hold the next back.
type completeGroup struct {
	mu      sync.Mutex
	leaders int
	queue   []*pendingComplete
}

const (
	// maxGroup bounds one group (the statement's array size).
	maxGroup = 1024
	// maxLeaders bounds the groups written at once.
	maxLeaders = 4
)

func (g *completeGroup) do(ctx context.Context, s *Store, p reminders.CompleteParams) error {
	pc := &pendingComplete{p: p, done: make(chan error, 1)}
	g.mu.Lock()
	if g.leaders >= maxLeaders {
		g.queue = append(g.queue, pc)
		g.mu.Unlock()
		if err := <-pc.done; !errors.Is(err, errLead) {
			return err
		}
		g.mu.Lock() // a finishing leader handed its turn over
	} else {
		g.leaders++
	}
	n := min(len(g.queue), maxGroup-1)
	batch := append([]*pendingComplete{pc}, g.queue[:n]...)
	g.queue = g.queue[n:]
	g.mu.Unlock()

	// The group serves other callers: their results must not depend on
	// this caller's context ending.
	s.completeBatch(context.WithoutCancel(ctx), batch)

	g.mu.Lock()
	if len(g.queue) > 0 {
		next := g.queue[0]
		g.queue = g.queue[1:]
		next.done <- errLead
	} else {
		g.leaders--
	}
	g.mu.Unlock()
	return <-pc.done
}

// completeBatch records a group and answers each of its callers.
func (s *Store) completeBatch(ctx context.Context, batch []*pendingComplete) {
	ps := make([]reminders.CompleteParams, len(batch))
	for i, pc := range batch {
		ps[i] = pc.p
	}
	errs, err := s.completeAll(ctx, ps)
	for i, pc := range batch {
		if err != nil {
			pc.done <- err
		} else {
			pc.done <- errs[i]
		}
	}
}

// CompleteBatch implements reminders.BatchCompleter: the results are
// written in one transaction (in PostgreSQL, one round trip), and each
// gets its own answer, as from Complete.
func (s *Store) CompleteBatch(ctx context.Context, ps []reminders.CompleteParams) ([]error, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	errs := make([]error, len(ps))
	valid := make([]reminders.CompleteParams, 0, len(ps))
	at := make([]int, 0, len(ps))
	for i, p := range ps {
		if p.State == "" || (p.State == reminders.StateScheduled && p.DueAt.IsZero()) {
			errs[i] = fmt.Errorf("%w: complete reminder %s: missing state or due time", reminders.ErrInvalid, p.ID)
			continue
		}
		valid = append(valid, p)
		at = append(at, i)
	}
	got, err := s.completeAll(ctx, valid)
	if err != nil {
		return nil, err
	}
	for j, i := range at {
		errs[i] = got[j]
	}
	return errs, nil
}

// completeAll records valid results and returns each one's answer, or an
// error alone when the write failed.
func (s *Store) completeAll(ctx context.Context, ps []reminders.CompleteParams) ([]error, error) {
	// A reminder twice in one group (two workers racing) is recorded
	// alone, after the others, so each call learns its own outcome.
	seen := make(map[[2]string]bool, len(ps))
	first := make([]reminders.CompleteParams, 0, len(ps))
	var again []int
	dup := make([]bool, len(ps))
	for i, p := range ps {
		k := [2]string{p.PracticeID, p.ID}
		if seen[k] {
			again, dup[i] = append(again, i), true
			continue
		}
		seen[k] = true
		first = append(first, p)
	}
	ok, err := s.completeRows(ctx, first)
	if err != nil {
		return nil, s.wrap(ctx, "complete", err)
	}
	errs := make([]error, len(ps))
	for i, p := range ps {
		if !dup[i] {
			errs[i] = s.completeResult(ctx, p, ok)
		}
	}
	for _, i := range again {
		one := ps[i : i+1]
		ok, err := s.completeRows(ctx, one)
		if err != nil {
			errs[i] = s.wrap(ctx, "complete", err)
			continue
		}
		errs[i] = s.completeResult(ctx, ps[i], ok)
	}
	return errs, nil
}

func (s *Store) completeRows(ctx context.Context, ps []reminders.CompleteParams) (map[[2]string]bool, error) {
	if len(ps) == 0 {
		return nil, nil
	}
	if s.pg {
		return s.completePostgres(ctx, ps)
	}
	return s.completeSQLite(ctx, ps)
}

// completeResult tells a caller whose row was not updated whether the
// reminder is unknown or its lease is gone.
func (s *Store) completeResult(ctx context.Context, p reminders.CompleteParams, ok map[[2]string]bool) error {
	if ok[[2]string{p.PracticeID, p.ID}] {
		return nil
	}
	var one int
	err := s.db.queryRow(ctx, s.sql(`SELECT 1 FROM {p}reminders WHERE practice_id = $1 AND id = $2`), p.PracticeID, p.ID).Scan(&one)
	switch {
	case isNoRows(err):
		return fmt.Errorf("%w: reminder %s", reminders.ErrNotFound, p.ID)
	case err != nil:
		return s.wrap(ctx, "complete", err)
	}
	return fmt.Errorf("%w: reminder %s", reminders.ErrLeaseLost, p.ID)
}

// completeArgs are one result's column values; nil keeps the stored one.
func completeArgs(p reminders.CompleteParams) (due *int64, channel, contact, provider *string, sent *int64) {
	if p.State == reminders.StateScheduled {
		v := us(p.DueAt)
		due = &v
	}
	if p.State == reminders.StateSent {
		c, v := string(p.Channel), us(p.SentAt)
		channel, contact, provider, sent = &c, &p.ContactKey, &p.ProviderID, &v
	}
	return
}

// completePostgres records a group of results in one round trip and one
// transaction: a pipeline of single-row UPDATEs by primary key (pgx
// sends them together and PostgreSQL runs the messages up to the
// pipeline's end as one implicit transaction). A single set-based UPDATE
// from arrays costs the server a little less per row, but its plan is a
// join that the planner, working from statistics that are stale right
// after reminders are booked or sent in bulk (autovacuum analyzes later),
// turned into a scan of every scheduled row, even into one such scan per
// result; an UPDATE of one row by its primary key has no other plan.
func (s *Store) completePostgres(ctx context.Context, batch []reminders.CompleteParams) (map[[2]string]bool, error) {
	pg := s.db.(*pgBackend)
	q := s.sql(completeOnePostgresSQL)
	// Rows in key order, so that two pipelines touching the same rows (only
	// after a lease was lost) lock them in one order and cannot deadlock.
	batch = slices.Clone(batch)
	slices.SortFunc(batch, func(a, b reminders.CompleteParams) int {
		return cmp.Or(cmp.Compare(a.PracticeID, b.PracticeID), cmp.Compare(a.ID, b.ID))
	})
	b := &pgx.Batch{}
	for _, p := range batch {
		due, channel, contact, provider, sent := completeArgs(p)
		b.Queue(q, p.PracticeID, p.ID, p.Owner, string(p.State), p.Attempts, p.Reason, due, channel, contact, provider, sent)
	}
	br := pg.pool.SendBatch(ctx, b)
	ok := make(map[[2]string]bool, len(batch))
	for _, p := range batch {
		tag, err := br.Exec()
		if err != nil {
			_ = br.Close()
			return nil, err
		}
		if tag.RowsAffected() == 1 {
			ok[[2]string{p.PracticeID, p.ID}] = true
		}
	}
	return ok, br.Close()
}

// completeOnePostgresSQL records one result, when its lease holds.
const completeOnePostgresSQL = `UPDATE {p}reminders SET state = $4, attempts = $5, reason = $6, lease_owner = '', lease_until_us = 0,
	due_us = COALESCE($7, due_us), next_us = COALESCE($7, due_us), channel = COALESCE($8, channel), contact_key = COALESCE($9, contact_key),
	provider_id = COALESCE($10, provider_id), sent_us = COALESCE($11, sent_us)
	WHERE practice_id = $1 AND id = $2 AND state = 'scheduled' AND lease_owner = $3`

func (s *Store) completeSQLite(ctx context.Context, batch []reminders.CompleteParams) (map[[2]string]bool, error) {
	ok := map[[2]string]bool{}
	err := s.db.tx(ctx, func(q querier) error {
		clear(ok)
		for _, p := range batch {
			due, channel, contact, provider, sent := completeArgs(p)
			n, err := q.exec(ctx, s.sql(`UPDATE {p}reminders SET state = $4, attempts = $5, reason = $6, lease_owner = '', lease_until_us = 0,
				due_us = COALESCE($7, due_us), next_us = COALESCE($7, due_us), channel = COALESCE($8, channel), contact_key = COALESCE($9, contact_key),
				provider_id = COALESCE($10, provider_id), sent_us = COALESCE($11, sent_us)
				WHERE practice_id = $1 AND id = $2 AND state = 'scheduled' AND lease_owner = $3`),
				p.PracticeID, p.ID, p.Owner, string(p.State), p.Attempts, p.Reason, due, channel, contact, provider, sent)
			if err != nil {
				return err
			}
			if n == 1 {
				ok[[2]string{p.PracticeID, p.ID}] = true
			}
		}
		return nil
	})
	return ok, err
}

var _ reminders.BatchCompleter = (*Store)(nil)
