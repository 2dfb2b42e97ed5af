package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/frontdeskhq/frontdesk/reminders"
)

// AddWaitlist implements reminders.WaitlistStore.
func (s *Store) AddWaitlist(ctx context.Context, e reminders.WaitlistEntry) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if e.PracticeID == "" || e.ID == "" || e.PatientID == "" {
		return fmt.Errorf("%w: waitlist entry without practice, id or patient", reminders.ErrInvalid)
	}
	doc, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("%w: waitlist entry %s: %v", reminders.ErrInvalid, e.ID, err)
	}
	_, err = s.db.exec(ctx, s.sql(`INSERT INTO {p}reminder_waitlist (practice_id, id, patient_id, rank, created_us, doc)
		VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (practice_id, id) DO UPDATE SET patient_id = excluded.patient_id, rank = excluded.rank,
			created_us = excluded.created_us, doc = excluded.doc`),
		e.PracticeID, e.ID, e.PatientID, e.Rank, us(e.CreatedAt), string(doc))
	return s.wrap(ctx, "add waitlist", err)
}

// Waitlist implements reminders.WaitlistStore.
func (s *Store) Waitlist(ctx context.Context, practiceID string) ([]reminders.WaitlistEntry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rs, err := s.db.query(ctx, s.sql(`SELECT doc FROM {p}reminder_waitlist WHERE practice_id = $1 ORDER BY rank, created_us, id`), practiceID)
	if err != nil {
		return nil, s.wrap(ctx, "waitlist", err)
	}
	defer rs.Close()
	var out []reminders.WaitlistEntry
	for rs.Next() {
		var doc string
		if err := rs.Scan(&doc); err != nil {
			return nil, s.wrap(ctx, "waitlist", err)
		}
		var e reminders.WaitlistEntry
		if err := json.Unmarshal([]byte(doc), &e); err != nil {
			return nil, s.wrap(ctx, "waitlist", err)
		}
		out = append(out, e)
	}
	return out, s.wrap(ctx, "waitlist", rs.Err())
}

// RemoveWaitlist implements reminders.WaitlistStore.
func (s *Store) RemoveWaitlist(ctx context.Context, practiceID, id string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	n, err := s.db.exec(ctx, s.sql(`DELETE FROM {p}reminder_waitlist WHERE practice_id = $1 AND id = $2`), practiceID, id)
	if err != nil {
		return s.wrap(ctx, "remove waitlist", err)
	}
	if n == 0 {
		return fmt.Errorf("%w: waitlist entry %s", reminders.ErrNotFound, id)
	}
	return nil
}

// PutOffer implements reminders.WaitlistStore.
func (s *Store) PutOffer(ctx context.Context, o reminders.Offer) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if o.PracticeID == "" || o.ID == "" || o.ExpiresAt.IsZero() {
		return fmt.Errorf("%w: offer without practice, id or expiry", reminders.ErrInvalid)
	}
	doc, err := json.Marshal(o)
	if err != nil {
		return fmt.Errorf("%w: offer %s: %v", reminders.ErrInvalid, o.ID, err)
	}
	lock := ""
	if s.pg {
		lock = " FOR UPDATE"
	}
	err = s.db.tx(ctx, func(q querier) error {
		var claimedBy string
		err := q.queryRow(ctx, s.sql(`SELECT claimed_by FROM {p}reminder_offers WHERE practice_id = $1 AND id = $2`+lock), o.PracticeID, o.ID).Scan(&claimedBy)
		switch {
		case err == nil && claimedBy != "":
			return fmt.Errorf("%w: offer %s", reminders.ErrOfferClosed, o.ID)
		case err != nil && !isNoRows(err):
			return err
		}
		if _, err := q.exec(ctx, s.sql(`INSERT INTO {p}reminder_offers (practice_id, id, expires_us, created_us, closed, claimed_by, claimed_us, doc)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
			ON CONFLICT (practice_id, id) DO UPDATE SET expires_us = excluded.expires_us, created_us = excluded.created_us,
				closed = excluded.closed, claimed_by = excluded.claimed_by, claimed_us = excluded.claimed_us, doc = excluded.doc`),
			o.PracticeID, o.ID, us(o.ExpiresAt), us(o.CreatedAt), o.Closed, o.ClaimedBy, us(o.ClaimedAt), string(doc)); err != nil {
			return err
		}
		if _, err := q.exec(ctx, s.sql(`DELETE FROM {p}reminder_offer_contacts WHERE practice_id = $1 AND offer_id = $2`), o.PracticeID, o.ID); err != nil {
			return err
		}
		for _, r := range o.Recipients {
			if _, err := q.exec(ctx, s.sql(`INSERT INTO {p}reminder_offer_contacts (practice_id, offer_id, patient_id, contact_key)
				VALUES ($1, $2, $3, $4) ON CONFLICT (practice_id, offer_id, patient_id) DO UPDATE SET contact_key = excluded.contact_key`),
				o.PracticeID, o.ID, r.PatientID, r.ContactKey); err != nil {
				return err
			}
		}
		return nil
	})
	return s.wrap(ctx, "put offer", err)
}

const offerCols = `o.doc, o.closed, o.claimed_by, o.claimed_us, o.expires_us`

func scanOffer(r row) (reminders.Offer, error) {
	var (
		o                reminders.Offer
		doc, claimedBy   string
		closed           bool
		claimed, expires int64
	)
	if err := r.Scan(&doc, &closed, &claimedBy, &claimed, &expires); err != nil {
		return o, err
	}
	if err := json.Unmarshal([]byte(doc), &o); err != nil {
		return o, err
	}
	o.Closed, o.ClaimedBy, o.ClaimedAt, o.ExpiresAt = closed, claimedBy, fromUS(claimed), fromUS(expires)
	return o, nil
}

// OpenOffer implements reminders.WaitlistStore.
func (s *Store) OpenOffer(ctx context.Context, practiceID, contactKey string, now time.Time) (reminders.Offer, error) {
	if err := ctx.Err(); err != nil {
		return reminders.Offer{}, err
	}
	o, err := scanOffer(s.db.queryRow(ctx, s.sql(`SELECT `+offerCols+` FROM {p}reminder_offers o
		WHERE o.practice_id = $1 AND o.claimed_by = '' AND NOT o.closed AND o.expires_us > $3
		AND EXISTS (SELECT 1 FROM {p}reminder_offer_contacts c WHERE c.practice_id = o.practice_id AND c.offer_id = o.id AND c.contact_key = $2)
		ORDER BY o.created_us DESC, o.id DESC LIMIT 1`), practiceID, contactKey, us(now)))
	if isNoRows(err) {
		return reminders.Offer{}, fmt.Errorf("%w: open offer", reminders.ErrNotFound)
	}
	return o, s.wrap(ctx, "open offer", err)
}

// DueOffers implements reminders.WaitlistStore.
func (s *Store) DueOffers(ctx context.Context, now time.Time, limit int) ([]reminders.Offer, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = math.MaxInt32
	}
	rs, err := s.db.query(ctx, s.sql(`SELECT `+offerCols+` FROM {p}reminder_offers o
		WHERE o.claimed_by = '' AND NOT o.closed AND o.expires_us <= $1
		ORDER BY o.expires_us, o.practice_id, o.id LIMIT $2`), us(now), limit)
	if err != nil {
		return nil, s.wrap(ctx, "due offers", err)
	}
	defer rs.Close()
	var out []reminders.Offer
	for rs.Next() {
		o, err := scanOffer(rs)
		if err != nil {
			return nil, s.wrap(ctx, "due offers", err)
		}
		out = append(out, o)
	}
	return out, s.wrap(ctx, "due offers", rs.Err())
}

// ClaimOffer implements reminders.WaitlistStore: one conditional UPDATE,
// so that of concurrent claimers exactly one wins.
func (s *Store) ClaimOffer(ctx context.Context, p reminders.ClaimOfferParams) (reminders.Offer, error) {
	if err := ctx.Err(); err != nil {
		return reminders.Offer{}, err
	}
	var out reminders.Offer
	err := s.db.tx(ctx, func(q querier) error {
		o, err := scanOffer(q.queryRow(ctx, s.sql(`UPDATE {p}reminder_offers AS o SET claimed_by = $3, claimed_us = $4
			WHERE o.practice_id = $1 AND o.id = $2 AND o.claimed_by = '' AND NOT o.closed AND o.expires_us > $4
			AND EXISTS (SELECT 1 FROM {p}reminder_offer_contacts c WHERE c.practice_id = o.practice_id AND c.offer_id = o.id AND c.patient_id = $3)
			RETURNING `+strings.ReplaceAll(offerCols, "o.", "")), p.PracticeID, p.OfferID, p.PatientID, us(p.Now)))
		if err == nil {
			out = o
			return nil
		}
		if !isNoRows(err) {
			return err
		}
		// Nothing changed: say why.
		var n int
		if err := q.queryRow(ctx, s.sql(`SELECT count(*) FROM {p}reminder_offers WHERE practice_id = $1 AND id = $2`), p.PracticeID, p.OfferID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("%w: offer %s", reminders.ErrNotFound, p.OfferID)
		}
		if err := q.queryRow(ctx, s.sql(`SELECT count(*) FROM {p}reminder_offer_contacts WHERE practice_id = $1 AND offer_id = $2 AND patient_id = $3`),
			p.PracticeID, p.OfferID, p.PatientID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("%w: offer %s: patient %s was not offered it", reminders.ErrInvalid, p.OfferID, p.PatientID)
		}
		return fmt.Errorf("%w: offer %s", reminders.ErrOfferClosed, p.OfferID)
	})
	if err != nil {
		return reminders.Offer{}, s.wrap(ctx, "claim offer", err)
	}
	return out, nil
}
