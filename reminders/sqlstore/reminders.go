package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	jsonv2 "github.com/go-json-experiment/json"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/reminders"
)

// Times are stored as Unix microseconds in UTC; 0 is the zero time.
func us(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMicro()
}

func fromUS(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.UnixMicro(v).UTC()
}

// reminderCols are the columns scanReminder reads, in its order.
const reminderCols = `practice_id, id, appointment_id, patient_id, offset_ns, due_us, state, attempts, reason, lease_owner,
	lease_until_us, channel, contact_key, provider_id, sent_us, reply, replied_us, offered_slots, closed, created_us`

// qualified returns reminderCols with each column prefixed by alias.
func qualified(alias string) string {
	cols := strings.Split(reminderCols, ",")
	for i, c := range cols {
		cols[i] = alias + "." + strings.TrimSpace(c)
	}
	return strings.Join(cols, ", ")
}

func scanReminder(r row, extra ...any) (reminders.Reminder, error) {
	return newReminderScan(extra...).scan(r)
}

// reminderScan reads rows of reminderCols, then extra columns, into
// Reminders, with the same destinations for every row of a query.
type reminderScan struct {
	x                                  reminders.Reminder
	offset, due, lease, sent, rep, crt int64
	state, channel, reply, offered     string
	dest                               []any
}

func newReminderScan(extra ...any) *reminderScan {
	s := &reminderScan{}
	x := &s.x
	s.dest = append([]any{&x.PracticeID, &x.ID, &x.AppointmentID, &x.PatientID, &s.offset, &s.due, &s.state, &x.Attempts, &x.Reason,
		&x.LeaseOwner, &s.lease, &s.channel, &x.ContactKey, &x.ProviderID, &s.sent, &s.reply, &s.rep, &s.offered, &x.Closed, &s.crt}, extra...)
	return s
}

func (s *reminderScan) scan(r row) (reminders.Reminder, error) {
	s.x = reminders.Reminder{}
	if err := r.Scan(s.dest...); err != nil {
		return s.x, err
	}
	x := s.x
	x.Offset, x.DueAt, x.State, x.LeaseUntil = time.Duration(s.offset), fromUS(s.due), reminders.State(s.state), fromUS(s.lease)
	x.Channel, x.SentAt, x.Reply, x.RepliedAt, x.CreatedAt = channels.Kind(s.channel), fromUS(s.sent), reminders.Action(s.reply), fromUS(s.rep), fromUS(s.crt)
	if s.offered != "" {
		if err := json.Unmarshal([]byte(s.offered), &x.OfferedSlots); err != nil {
			return x, err
		}
	}
	return x, nil
}

func slotsJSON(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	b, _ := json.Marshal(ids)
	return string(b)
}

func apptDoc(a reminders.Appointment) (string, error) {
	a.Version = 0
	b, err := json.Marshal(a)
	return string(b), err
}

// parseAppt decodes an appointment document. It runs once per claimed
// reminder, so it uses github.com/go-json-experiment/json (the proposed
// encoding/json/v2), which decodes these documents three times faster
// than encoding/json with a seventh of the allocations; the documents are
// encoding/json's own output, which it reads alike.
func parseAppt(doc string, version int) (reminders.Appointment, error) {
	var a reminders.Appointment
	if err := jsonv2.Unmarshal([]byte(doc), &a); err != nil {
		return a, err
	}
	a.Version = version
	return a, nil
}

// SaveAppointment implements reminders.Store.
func (s *Store) SaveAppointment(ctx context.Context, p reminders.SaveParams) (reminders.SaveResult, error) {
	if err := ctx.Err(); err != nil {
		return reminders.SaveResult{}, err
	}
	a := p.Appointment
	if err := a.Validate(); err != nil {
		return reminders.SaveResult{}, err
	}
	want := make(map[string]bool, len(p.Reminders))
	for _, r := range p.Reminders {
		if r.ID == "" || r.PracticeID != a.PracticeID || r.AppointmentID != a.ID || r.DueAt.IsZero() {
			return reminders.SaveResult{}, fmt.Errorf("%w: reminder for appointment %s lacks id or due time, or belongs elsewhere", reminders.ErrInvalid, a.ID)
		}
		want[r.ID] = true
	}
	doc, err := apptDoc(a)
	if err != nil {
		return reminders.SaveResult{}, fmt.Errorf("%w: appointment %s: %v", reminders.ErrInvalid, a.ID, err)
	}
	var res reminders.SaveResult
	err = s.db.tx(ctx, func(q querier) error {
		res = reminders.SaveResult{}
		if err := q.queryRow(ctx, s.sql(`INSERT INTO {p}reminder_appointments (practice_id, id, patient_id, start_us, version, doc)
			VALUES ($1, $2, $3, $4, 1, $5)
			ON CONFLICT (practice_id, id) DO UPDATE SET patient_id = excluded.patient_id, start_us = excluded.start_us,
				version = {p}reminder_appointments.version + 1, doc = excluded.doc
			RETURNING version`), a.PracticeID, a.ID, a.PatientID, us(a.Start), doc).Scan(&a.Version); err != nil {
			return err
		}
		res.Appointment = a
		// The state is tested here rather than in SQL: "state =
		// 'scheduled'" would let the planner, on statistics taken before a
		// bulk booking, walk every scheduled row (the claim's partial
		// index) instead of the appointment's few.
		rs, err := q.query(ctx, s.sql(`SELECT id, state FROM {p}reminders WHERE practice_id = $1 AND appointment_id = $2`), a.PracticeID, a.ID)
		if err != nil {
			return err
		}
		var void []string
		for rs.Next() {
			var id, state string
			if err := rs.Scan(&id, &state); err != nil {
				rs.Close()
				return err
			}
			if reminders.State(state) == reminders.StateScheduled && !want[id] {
				void = append(void, id)
			}
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return err
		}
		for _, id := range void {
			n, err := q.exec(ctx, s.sql(`UPDATE {p}reminders SET state = 'voided', reason = 'appointment-changed', lease_owner = '', lease_until_us = 0
				WHERE practice_id = $1 AND id = $2 AND state = 'scheduled'`), a.PracticeID, id)
			if err != nil {
				return err
			}
			res.Voided += int(n)
		}
		for _, r := range p.Reminders {
			if r.State == "" {
				r.State = reminders.StateScheduled
			}
			n, err := q.exec(ctx, s.sql(`INSERT INTO {p}reminders (practice_id, id, appointment_id, patient_id, offset_ns, due_us, next_us, state,
				attempts, reason, channel, contact_key, provider_id, sent_us, reply, replied_us, offered_slots, closed, created_us)
				VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
				ON CONFLICT (practice_id, id) DO NOTHING`),
				r.PracticeID, r.ID, r.AppointmentID, r.PatientID, int64(r.Offset), us(r.DueAt), string(r.State),
				r.Attempts, r.Reason, string(r.Channel), r.ContactKey, r.ProviderID, us(r.SentAt), string(r.Reply), us(r.RepliedAt),
				slotsJSON(r.OfferedSlots), r.Closed, us(r.CreatedAt))
			if err != nil {
				return err
			}
			res.Added += int(n)
		}
		return nil
	})
	if err != nil {
		return reminders.SaveResult{}, s.wrap(ctx, "save appointment", err)
	}
	return res, nil
}

// Appointment implements reminders.Store.
func (s *Store) Appointment(ctx context.Context, practiceID, id string) (reminders.Appointment, error) {
	if err := ctx.Err(); err != nil {
		return reminders.Appointment{}, err
	}
	var (
		doc     string
		version int
	)
	err := s.db.queryRow(ctx, s.sql(`SELECT doc, version FROM {p}reminder_appointments WHERE practice_id = $1 AND id = $2`),
		practiceID, id).Scan(&doc, &version)
	if isNoRows(err) {
		return reminders.Appointment{}, fmt.Errorf("%w: appointment %s", reminders.ErrNotFound, id)
	}
	if err != nil {
		return reminders.Appointment{}, s.wrap(ctx, "appointment", err)
	}
	a, err := parseAppt(doc, version)
	return a, s.wrap(ctx, "appointment", err)
}

// Reminders implements reminders.Store.
func (s *Store) Reminders(ctx context.Context, practiceID, appointmentID string) ([]reminders.Reminder, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rs, err := s.db.query(ctx, s.sql(`SELECT `+reminderCols+` FROM {p}reminders
		WHERE practice_id = $1 AND appointment_id = $2 ORDER BY due_us, id`), practiceID, appointmentID)
	if err != nil {
		return nil, s.wrap(ctx, "reminders", err)
	}
	defer rs.Close()
	var out []reminders.Reminder
	sc := newReminderScan()
	for rs.Next() {
		r, err := sc.scan(rs)
		if err != nil {
			return nil, s.wrap(ctx, "reminders", err)
		}
		out = append(out, r)
	}
	return out, s.wrap(ctx, "reminders", rs.Err())
}

// OpenReminder implements reminders.Store. Its condition that the
// contact key is not empty repeats the predicate of the index on sent rows by contact key, so that
// the planner may use it (see migration 0002).
func (s *Store) OpenReminder(ctx context.Context, practiceID, contactKey string, startAfter time.Time) (reminders.Reminder, error) {
	if err := ctx.Err(); err != nil {
		return reminders.Reminder{}, err
	}
	r, err := scanReminder(s.db.queryRow(ctx, s.sql(`SELECT `+qualified("r")+` FROM {p}reminders r
		JOIN {p}reminder_appointments a ON a.practice_id = r.practice_id AND a.id = r.appointment_id
		WHERE r.practice_id = $1 AND r.contact_key = $2 AND r.contact_key <> '' AND r.state = 'sent' AND NOT r.closed AND a.start_us > $3
		ORDER BY r.sent_us DESC, r.id DESC LIMIT 1`), practiceID, contactKey, us(startAfter)))
	if isNoRows(err) {
		return reminders.Reminder{}, fmt.Errorf("%w: open reminder", reminders.ErrNotFound)
	}
	return r, s.wrap(ctx, "open reminder", err)
}

// UpdateReminder implements reminders.Store. It locks the row for the
// time fn runs, so fn must be quick and must not call the Store.
func (s *Store) UpdateReminder(ctx context.Context, practiceID, id string, fn func(*reminders.Reminder) error) (reminders.Reminder, error) {
	if err := ctx.Err(); err != nil {
		return reminders.Reminder{}, err
	}
	var (
		out   reminders.Reminder
		fnErr error
	)
	lock := ""
	if s.pg {
		lock = " FOR UPDATE"
	}
	err := s.db.tx(ctx, func(q querier) error {
		cur, err := scanReminder(q.queryRow(ctx, s.sql(`SELECT `+reminderCols+` FROM {p}reminders WHERE practice_id = $1 AND id = $2`+lock), practiceID, id))
		if isNoRows(err) {
			return fmt.Errorf("%w: reminder %s", reminders.ErrNotFound, id)
		}
		if err != nil {
			return err
		}
		next := cur
		next.OfferedSlots = slices.Clone(cur.OfferedSlots)
		if fnErr = fn(&next); fnErr != nil {
			return fnErr
		}
		cur.Reply, cur.RepliedAt, cur.OfferedSlots, cur.Closed = next.Reply, next.RepliedAt, slices.Clone(next.OfferedSlots), next.Closed
		if _, err := q.exec(ctx, s.sql(`UPDATE {p}reminders SET reply = $3, replied_us = $4, offered_slots = $5, closed = $6
			WHERE practice_id = $1 AND id = $2`), practiceID, id, string(cur.Reply), us(cur.RepliedAt), slotsJSON(cur.OfferedSlots), cur.Closed); err != nil {
			return err
		}
		out = cur
		return nil
	})
	if fnErr != nil {
		return reminders.Reminder{}, fnErr
	}
	if err != nil {
		return reminders.Reminder{}, s.wrap(ctx, "update reminder", err)
	}
	return out, nil
}

// RecentSends implements reminders.Store.
func (s *Store) RecentSends(ctx context.Context, practiceID, patientID string, since time.Time) ([]time.Time, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rs, err := s.db.query(ctx, s.sql(`SELECT sent_us FROM {p}reminders
		WHERE practice_id = $1 AND patient_id = $2 AND state = 'sent' AND sent_us >= $3 ORDER BY sent_us`), practiceID, patientID, us(since))
	if err != nil {
		return nil, s.wrap(ctx, "recent sends", err)
	}
	defer rs.Close()
	var out []time.Time
	for rs.Next() {
		var v int64
		if err := rs.Scan(&v); err != nil {
			return nil, s.wrap(ctx, "recent sends", err)
		}
		out = append(out, fromUS(v))
	}
	return out, s.wrap(ctx, "recent sends", rs.Err())
}
