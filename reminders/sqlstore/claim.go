package sqlstore

import (
	"context"
	"fmt"
	"slices"
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

const claimWhere = `state = 'scheduled' AND next_us <= $1 ORDER BY next_us LIMIT $2`

// claimSQL leases due rows and returns them with their appointments;
// claimRecentSQL then reads their patients' sends. The due rows are locked in a sub-select and then
// updated by their tuple ids (a TID scan): no join of the table with
// itself is left for the planner, which, with stale statistics, could
// otherwise scan the whole table once per due row.
const claimSQL = `UPDATE {p}reminders r SET lease_owner = $3, lease_until_us = $4, next_us = $4
	FROM {p}reminder_appointments a
	WHERE r.ctid = ANY(ARRAY(SELECT ctid FROM {p}reminders WHERE ` + claimWhere + ` FOR UPDATE SKIP LOCKED))
		AND r.state = 'scheduled' AND a.practice_id = r.practice_id AND a.id = r.appointment_id
	RETURNING `

// claimRecentSQL returns the sends since $3 of the patients named by the
// arrays $1 (practice ids) and $2 (patient ids), in one statement per
// claim. Each patient is looked up on its own (a LATERAL sub-select that
// OFFSET 0 keeps from being merged into a join), so that the plan is an
// index lookup per patient whatever the statistics say: as a join, a
// plan made on statistics taken before any reminder was sent walked every
// sent row once per patient and stalled claims for seconds.
const claimRecentSQL = `SELECT k.practice_id, k.patient_id, x.sent_us FROM unnest($1::text[], $2::text[]) AS k(practice_id, patient_id)
	CROSS JOIN LATERAL (SELECT sent_us FROM {p}reminders
		WHERE patient_id = k.patient_id AND practice_id = k.practice_id AND state = 'sent' AND sent_us >= $3 OFFSET 0) x
	ORDER BY x.sent_us`

// claimPlan keeps PostgreSQL's planner to an index walk for the claim,
// whatever its statistics say. They are stale right after reminders are
// booked in bulk (autovacuum analyzes the table later) and count a few
// due rows where there are thousands: the planner would then fetch and
// sort every due row for each claim (a bitmap scan), tens of
// milliseconds, where walking the index in order stops after Limit rows.
// Set in the claim's transaction only (SET LOCAL).
const claimPlan = "SET LOCAL enable_bitmapscan = off"

// claimPostgres runs the claim in a transaction that does not wait for
// its commit to reach the disk (synchronous_commit off): should the
// server crash before it does, the claim is lost and the reminders are
// simply due again, as when a lease runs out, and their idempotency keys
// cover a send made meanwhile. Results (Complete) are always durable.
// With p.RecentSince, a second statement in the same transaction fills
// Claimed.Recent.
func (s *Store) claimPostgres(ctx context.Context, p reminders.ClaimParams) ([]reminders.Claimed, error) {
	q := claimSQL + qualified("r") + `, a.doc, a.version`
	recent := !p.RecentSince.IsZero()
	var out []reminders.Claimed
	err := s.db.tx(ctx, func(tx querier) error {
		if _, err := tx.exec(ctx, "SET LOCAL synchronous_commit = off; "+claimPlan); err != nil {
			return err
		}
		rs, err := tx.query(ctx, s.sql(q), us(p.Now), p.Limit, p.Owner, us(p.Now.Add(p.Lease)))
		if err != nil {
			return err
		}
		defer rs.Close()
		out = make([]reminders.Claimed, 0, p.Limit)
		for rs.Next() {
			var (
				doc     string
				version int
			)
			r, err := scanReminder(rs, &doc, &version)
			if err != nil {
				return err
			}
			a, err := parseAppt(doc, version)
			if err != nil {
				return err
			}
			out = append(out, reminders.Claimed{Reminder: r, Appointment: a, HasRecent: recent})
		}
		if err := rs.Err(); err != nil {
			return err
		}
		rs.Close()
		if !recent || len(out) == 0 {
			return nil
		}
		return s.fillRecent(ctx, tx, out, p.RecentSince)
	})
	return out, err
}

// fillRecent sets Claimed.Recent of every claimed reminder.
func (s *Store) fillRecent(ctx context.Context, q querier, out []reminders.Claimed, since time.Time) error {
	type patient struct{ practice, id string }
	idx := make(map[patient][]int, len(out))
	var practices, patients []string
	for i, c := range out {
		k := patient{c.Reminder.PracticeID, c.Reminder.PatientID}
		if _, ok := idx[k]; !ok {
			practices, patients = append(practices, k.practice), append(patients, k.id)
		}
		idx[k] = append(idx[k], i)
	}
	rs, err := q.query(ctx, s.sql(claimRecentSQL), practices, patients, us(since))
	if err != nil {
		return err
	}
	defer rs.Close()
	for rs.Next() {
		var (
			k  patient
			at int64
		)
		if err := rs.Scan(&k.practice, &k.id, &at); err != nil {
			return err
		}
		for _, i := range idx[k] {
			out[i].Recent = append(out[i].Recent, fromUS(at))
		}
	}
	return rs.Err()
}

func (s *Store) claimSQLite(ctx context.Context, p reminders.ClaimParams) ([]reminders.Claimed, error) {
	var out []reminders.Claimed
	err := s.db.tx(ctx, func(q querier) error {
		out = out[:0]
		rs, err := q.query(ctx, s.sql(`UPDATE {p}reminders SET lease_owner = $3, lease_until_us = $4, next_us = $4
			WHERE rowid IN (SELECT rowid FROM {p}reminders WHERE `+claimWhere+`)
			RETURNING `+reminderCols), us(p.Now), p.Limit, p.Owner, us(p.Now.Add(p.Lease)))
		if err != nil {
			return err
		}
		for rs.Next() {
			r, err := scanReminder(rs)
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
