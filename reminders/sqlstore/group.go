package sqlstore

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/frontdeskhq/frontdesk/reminders"
)

// Complete implements reminders.Store. Concurrent calls are grouped: a
// caller that finds fewer than maxLeaders groups being written leads a
// new one; otherwise it queues, and a leader that finishes hands its turn
// to the first queued caller, which writes everything queued by then in
// one statement (PostgreSQL) or one transaction (SQLite). Many send
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
// written in one statement (PostgreSQL) or one transaction (SQLite), and
// each gets its own answer, as from Complete.
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

func (s *Store) completePostgres(ctx context.Context, batch []reminders.CompleteParams) (map[[2]string]bool, error) {
	n := len(batch)
	var (
		practice, id, owner, state, reason = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		attempts                           = make([]int32, n)
		due, sent                          = make([]*int64, n), make([]*int64, n)
		channel, contact, provider         = make([]*string, n), make([]*string, n), make([]*string, n)
	)
	for i, p := range batch {
		practice[i], id[i], owner[i], state[i], reason[i], attempts[i] = p.PracticeID, p.ID, p.Owner, string(p.State), p.Reason, int32(p.Attempts)
		due[i], channel[i], contact[i], provider[i], sent[i] = completeArgs(p)
	}
	rs, err := s.db.query(ctx, s.sql(completePostgresSQL), practice, id, owner, state, attempts, reason, due, channel, contact, provider, sent)
	if err != nil {
		return nil, err
	}
	return collectKeys(rs)
}

// completePostgresSQL records a group of results from arrays, one
// element per reminder, in one statement. The rows are found by key, each
// on its own (a LATERAL sub-select that OFFSET 0 keeps from being merged
// into a join), and updated by their tuple ids (a TID scan), so that the
// plan stays a lookup per result whatever the statistics say: written as
// a join of the table with the arrays, with statistics taken when few
// rows were scheduled, the planner hashed or looped over every scheduled
// row of the table to record a few hundred results. The state and lease
// conditions are checked again on a row's latest version when another
// transaction changed it meanwhile (a void, or a claim after the lease
// ran out), and its result then counts as lost.
const completePostgresSQL = `UPDATE {p}reminders r SET state = v.state, attempts = v.attempts, reason = v.reason,
		lease_owner = '', lease_until_us = 0, due_us = COALESCE(v.due_us, r.due_us), next_us = COALESCE(v.due_us, r.due_us),
		channel = COALESCE(v.channel, r.channel), contact_key = COALESCE(v.contact_key, r.contact_key),
		provider_id = COALESCE(v.provider_id, r.provider_id), sent_us = COALESCE(v.sent_us, r.sent_us)
	FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::bigint[], $8::text[], $9::text[], $10::text[], $11::bigint[])
		AS v(practice_id, id, owner, state, attempts, reason, due_us, channel, contact_key, provider_id, sent_us)
	WHERE r.ctid = ANY(ARRAY(SELECT k.tid FROM unnest($1::text[], $2::text[]) AS w(practice_id, id)
			CROSS JOIN LATERAL (SELECT ctid AS tid FROM {p}reminders WHERE practice_id = w.practice_id AND id = w.id OFFSET 0) k))
		AND r.practice_id = v.practice_id AND r.id = v.id AND r.state = 'scheduled' AND r.lease_owner = v.owner
	RETURNING r.practice_id, r.id`

func collectKeys(rs rows) (map[[2]string]bool, error) {
	defer rs.Close()
	ok := map[[2]string]bool{}
	for rs.Next() {
		var k [2]string
		if err := rs.Scan(&k[0], &k[1]); err != nil {
			return nil, err
		}
		ok[k] = true
	}
	return ok, rs.Err()
}

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
