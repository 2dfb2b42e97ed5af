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
	// A reminder twice in one group (two workers racing) is recorded
	// alone, after the others, so each call learns its own outcome.
	seen := make(map[[2]string]bool, len(batch))
	var first, again []*pendingComplete
	for _, pc := range batch {
		k := [2]string{pc.p.PracticeID, pc.p.ID}
		if seen[k] {
			again = append(again, pc)
			continue
		}
		seen[k] = true
		first = append(first, pc)
	}
	var (
		ok  map[[2]string]bool
		err error
	)
	if s.pg {
		ok, err = s.completePostgres(ctx, first)
	} else {
		ok, err = s.completeSQLite(ctx, first)
	}
	for _, pc := range first {
		pc.done <- s.completeResult(ctx, pc.p, ok, err)
	}
	for _, pc := range again {
		one := []*pendingComplete{pc}
		var (
			ok  map[[2]string]bool
			err error
		)
		if s.pg {
			ok, err = s.completePostgres(ctx, one)
		} else {
			ok, err = s.completeSQLite(ctx, one)
		}
		pc.done <- s.completeResult(ctx, pc.p, ok, err)
	}
}

// completeResult tells a caller whose row was not updated whether the
// reminder is unknown or its lease is gone.
func (s *Store) completeResult(ctx context.Context, p reminders.CompleteParams, ok map[[2]string]bool, err error) error {
	if err != nil {
		return s.wrap(ctx, "complete", err)
	}
	if ok[[2]string{p.PracticeID, p.ID}] {
		return nil
	}
	var one int
	err = s.db.queryRow(ctx, s.sql(`SELECT 1 FROM {p}reminders WHERE practice_id = $1 AND id = $2`), p.PracticeID, p.ID).Scan(&one)
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

func (s *Store) completePostgres(ctx context.Context, batch []*pendingComplete) (map[[2]string]bool, error) {
	n := len(batch)
	var (
		practice, id, owner, state, reason = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		attempts                           = make([]int32, n)
		due, sent                          = make([]*int64, n), make([]*int64, n)
		channel, contact, provider         = make([]*string, n), make([]*string, n), make([]*string, n)
	)
	for i, pc := range batch {
		p := pc.p
		practice[i], id[i], owner[i], state[i], reason[i], attempts[i] = p.PracticeID, p.ID, p.Owner, string(p.State), p.Reason, int32(p.Attempts)
		due[i], channel[i], contact[i], provider[i], sent[i] = completeArgs(p)
	}
	rs, err := s.db.query(ctx, s.sql(`UPDATE {p}reminders r SET state = v.state, attempts = v.attempts, reason = v.reason,
			lease_owner = '', lease_until_us = 0, due_us = COALESCE(v.due_us, r.due_us), next_us = COALESCE(v.due_us, r.due_us), channel = COALESCE(v.channel, r.channel),
			contact_key = COALESCE(v.contact_key, r.contact_key), provider_id = COALESCE(v.provider_id, r.provider_id),
			sent_us = COALESCE(v.sent_us, r.sent_us)
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::bigint[], $8::text[], $9::text[], $10::text[], $11::bigint[])
			AS v(practice_id, id, owner, state, attempts, reason, due_us, channel, contact_key, provider_id, sent_us)
		WHERE r.practice_id = v.practice_id AND r.id = v.id AND r.state = 'scheduled' AND r.lease_owner = v.owner
		RETURNING r.practice_id, r.id`), practice, id, owner, state, attempts, reason, due, channel, contact, provider, sent)
	if err != nil {
		return nil, err
	}
	return collectKeys(rs)
}

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

func (s *Store) completeSQLite(ctx context.Context, batch []*pendingComplete) (map[[2]string]bool, error) {
	ok := map[[2]string]bool{}
	err := s.db.tx(ctx, func(q querier) error {
		clear(ok)
		for _, pc := range batch {
			p := pc.p
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
