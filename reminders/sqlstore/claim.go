package sqlstore

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/frontdeskhq/frontdesk/reminders"
)

// Claim implements reminders.Store. In PostgreSQL one statement picks the
// due rows with FOR UPDATE SKIP LOCKED, so that concurrent claimers pass
// each other's rows by instead of waiting, leases them and returns them
// joined to their appointments. In SQLite the claim runs in the single
// write transaction.
func (s *Store) Claim(ctx context.Context, p reminders.ClaimParams) ([]reminders.Claimed, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if p.Owner == "" || p.Lease <= 0 || p.Limit <= 0 {
		return nil, fmt.Errorf("%w: claim needs an owner, a lease and a limit", reminders.ErrInvalid)
	}
	var (
		out []reminders.Claimed
		err error
	)
	if s.pg {
		out, err = s.claimPostgres(ctx, p)
	} else {
		out, err = s.claimSQLite(ctx, p)
	}
	if err != nil {
		return nil, s.wrap(ctx, "claim", err)
	}
	slices.SortFunc(out, func(a, b reminders.Claimed) int {
		if c := a.Reminder.DueAt.Compare(b.Reminder.DueAt); c != 0 {
			return c
		}
		if a.Reminder.PracticeID != b.Reminder.PracticeID {
			return compare(a.Reminder.PracticeID, b.Reminder.PracticeID)
		}
		return compare(a.Reminder.ID, b.Reminder.ID)
	})
	return out, nil
}

func compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// claimWhere selects the due rows no lease holds. A claim leaves next_us
// (the due time) alone and sets only the lease columns, which no index
// covers: in PostgreSQL the claim is then a HOT update, written in the
// row's own page with no new index entry (the table keeps room for it,
// see migration 0004). The walk along next_us passes the rows that other
// leases hold, at most the batches in flight.
const claimWhere = `state = 'scheduled' AND next_us <= $1 AND lease_until_us <= $1 ORDER BY next_us LIMIT $2`

// claimSQL leases due rows and returns them with their appointments and,
// with {recent}, their patients' sends since $5, in one statement. Every
// step is a lookup whatever the planner's statistics say (they are stale
// right after reminders are booked or sent in bulk, and a plan made on
// them once stalled claims for seconds): the due rows are locked in a
// sub-select walking the index on next_us and updated by their tuple ids
// (a TID scan), and each claimed row then finds its appointment and its
// patient's sends by key in sub-selects of its own (LATERAL, kept apart
// by OFFSET 0, and ARRAY), so that no join is left for the planner to
// turn into a scan of a whole table.
const claimSQL = `WITH c AS (UPDATE {p}reminders r SET lease_owner = $3, lease_until_us = $4
		WHERE r.ctid = ANY(ARRAY(SELECT ctid FROM {p}reminders WHERE ` + claimWhere + ` FOR UPDATE SKIP LOCKED))
			AND r.state = 'scheduled'
		RETURNING ` + reminderCols + `)
	SELECT ` + "{cols}" + `, a.doc, a.version{recent}
	FROM c CROSS JOIN LATERAL (SELECT doc, version FROM {p}reminder_appointments
		WHERE practice_id = c.practice_id AND id = c.appointment_id OFFSET 0) a`

// claimRecentCol is the claimed row's patient's sends since $5.
const claimRecentCol = `, ARRAY(SELECT sent_us FROM {p}reminders x
		WHERE x.patient_id = c.patient_id AND x.practice_id = c.practice_id AND x.state = 'sent' AND x.sent_us >= $5 ORDER BY x.sent_us)`

var (
	claimQuery       = strings.NewReplacer("{cols}", qualified("c"), "{recent}", "").Replace(claimSQL)
	claimRecentQuery = strings.NewReplacer("{cols}", qualified("c"), "{recent}", claimRecentCol).Replace(claimSQL)
)

// claimPlan keeps PostgreSQL's planner to walking the index on next_us
// for the claim, whatever its statistics say: counting a few due rows
// where there are thousands, it would fetch and sort every due row for
// each claim (a bitmap scan), tens of milliseconds, where the walk stops
// after Limit rows. Set in the claim's transaction only (SET LOCAL).
const claimPlan = "SET LOCAL enable_bitmapscan = off"

// claimPostgres runs the claim in a transaction that does not wait for
// its commit to reach the disk (synchronous_commit off): should the
// server crash before it does, the claim is lost and the reminders are
// simply due again, as when a lease runs out, and their idempotency keys
// cover a send made meanwhile. Results (Complete) are always durable.
// With p.RecentSince, the claim fills Claimed.Recent.
func (s *Store) claimPostgres(ctx context.Context, p reminders.ClaimParams) ([]reminders.Claimed, error) {
	q, args := claimQuery, []any{us(p.Now), p.Limit, p.Owner, us(p.Now.Add(p.Lease))}
	recent := !p.RecentSince.IsZero()
	if recent {
		q, args = claimRecentQuery, append(args, us(p.RecentSince))
	}
	var out []reminders.Claimed
	err := s.db.tx(ctx, func(tx querier) error {
		if _, err := tx.exec(ctx, "SET LOCAL synchronous_commit = off; "+claimPlan); err != nil {
			return err
		}
		rs, err := tx.query(ctx, s.sql(q), args...)
		if err != nil {
			return err
		}
		defer rs.Close()
		out = make([]reminders.Claimed, 0, p.Limit)
		var (
			doc     string
			version int
			sent    []int64
		)
		extra := []any{&doc, &version}
		if recent {
			extra = append(extra, &sent)
		}
		sc := newReminderScan(extra...)
		for rs.Next() {
			sent = sent[:0]
			r, err := sc.scan(rs)
			if err != nil {
				return err
			}
			a, err := parseAppt(doc, version)
			if err != nil {
				return err
			}
			c := reminders.Claimed{Reminder: r, Appointment: a, HasRecent: recent}
			if len(sent) > 0 {
				c.Recent = make([]time.Time, len(sent))
				for i, v := range sent {
					c.Recent[i] = fromUS(v)
				}
			}
			out = append(out, c)
		}
		return rs.Err()
	})
	return out, err
}

func (s *Store) claimSQLite(ctx context.Context, p reminders.ClaimParams) ([]reminders.Claimed, error) {
	var out []reminders.Claimed
	err := s.db.tx(ctx, func(q querier) error {
		out = out[:0]
		rs, err := q.query(ctx, s.sql(`UPDATE {p}reminders SET lease_owner = $3, lease_until_us = $4
			WHERE rowid IN (SELECT rowid FROM {p}reminders WHERE `+claimWhere+`)
			RETURNING `+reminderCols), us(p.Now), p.Limit, p.Owner, us(p.Now.Add(p.Lease)))
		if err != nil {
			return err
		}
		sc := newReminderScan()
		for rs.Next() {
			r, err := sc.scan(rs)
			if err != nil {
				rs.Close()
				return err
			}
			out = append(out, reminders.Claimed{Reminder: r})
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return err
		}
		appts := map[[2]string]reminders.Appointment{}
		for i := range out {
			r := out[i].Reminder
			k := [2]string{r.PracticeID, r.AppointmentID}
			a, ok := appts[k]
			if !ok {
				var (
					doc     string
					version int
				)
				if err := q.queryRow(ctx, s.sql(`SELECT doc, version FROM {p}reminder_appointments WHERE practice_id = $1 AND id = $2`),
					r.PracticeID, r.AppointmentID).Scan(&doc, &version); err != nil {
					return err
				}
				if a, err = parseAppt(doc, version); err != nil {
					return err
				}
				appts[k] = a
			}
			out[i].Appointment = a
		}
		return nil
	})
	return out, err
}
