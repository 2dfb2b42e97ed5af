package reminders

import (
	"context"
	"fmt"
	"slices"
	"time"
)

// AddWaitlist implements WaitlistStore.
func (s *MemoryStore) AddWaitlist(ctx context.Context, e WaitlistEntry) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if e.PracticeID == "" || e.ID == "" || e.PatientID == "" {
		return fmt.Errorf("%w: waitlist entry without practice, id or patient", ErrInvalid)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e.Recipient = cloneRecipient(e.Recipient)
	s.waitlist[key(e.PracticeID, e.ID)] = e
	return nil
}

func cloneRecipient(r Recipient) Recipient {
	r.Addresses, r.Channels = slices.Clone(r.Addresses), slices.Clone(r.Channels)
	return r
}

// Waitlist implements WaitlistStore.
func (s *MemoryStore) Waitlist(ctx context.Context, practiceID string) ([]WaitlistEntry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	var out []WaitlistEntry
	for _, e := range s.waitlist {
		if e.PracticeID == practiceID {
			e.Recipient = cloneRecipient(e.Recipient)
			out = append(out, e)
		}
	}
	s.mu.Unlock()
	slices.SortFunc(out, func(a, b WaitlistEntry) int {
		if a.Rank != b.Rank {
			return a.Rank - b.Rank
		}
		if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
			return c
		}
		return compareStrings(a.ID, b.ID)
	})
	return out, nil
}

// RemoveWaitlist implements WaitlistStore.
func (s *MemoryStore) RemoveWaitlist(ctx context.Context, practiceID, id string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	k := key(practiceID, id)
	if _, ok := s.waitlist[k]; !ok {
		return fmt.Errorf("%w: waitlist entry %s", ErrNotFound, id)
	}
	delete(s.waitlist, k)
	return nil
}

func cloneOffer(o Offer) Offer {
	o.Recipients = slices.Clone(o.Recipients)
	return o
}

// PutOffer implements WaitlistStore.
func (s *MemoryStore) PutOffer(ctx context.Context, o Offer) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if o.PracticeID == "" || o.ID == "" || o.ExpiresAt.IsZero() {
		return fmt.Errorf("%w: offer without practice, id or expiry", ErrInvalid)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	k := key(o.PracticeID, o.ID)
	if old, ok := s.offers[k]; ok && old.ClaimedBy != "" {
		return fmt.Errorf("%w: offer %s", ErrOfferClosed, o.ID)
	}
	s.offers[k] = cloneOffer(o)
	return nil
}

// OpenOffer implements WaitlistStore.
func (s *MemoryStore) OpenOffer(ctx context.Context, practiceID, contactKey string, now time.Time) (Offer, error) {
	if err := ctx.Err(); err != nil {
		return Offer{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var best *Offer
	for k := range s.offers {
		o := s.offers[k]
		if o.PracticeID != practiceID || o.ClaimedBy != "" || o.Closed || !now.Before(o.ExpiresAt) {
			continue
		}
		if !slices.ContainsFunc(o.Recipients, func(r OfferRecipient) bool { return r.ContactKey == contactKey }) {
			continue
		}
		if best == nil || o.CreatedAt.After(best.CreatedAt) || (o.CreatedAt.Equal(best.CreatedAt) && o.ID > best.ID) {
			best = &o
		}
	}
	if best == nil {
		return Offer{}, fmt.Errorf("%w: open offer", ErrNotFound)
	}
	return cloneOffer(*best), nil
}

// ClaimOffer implements WaitlistStore.
func (s *MemoryStore) ClaimOffer(ctx context.Context, p ClaimOfferParams) (Offer, error) {
	if err := ctx.Err(); err != nil {
		return Offer{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	k := key(p.PracticeID, p.OfferID)
	o, ok := s.offers[k]
	if !ok {
		return Offer{}, fmt.Errorf("%w: offer %s", ErrNotFound, p.OfferID)
	}
	if _, ok := o.Recipient(p.PatientID); !ok {
		return Offer{}, fmt.Errorf("%w: offer %s: patient %s was not offered it", ErrInvalid, p.OfferID, p.PatientID)
	}
	if o.ClaimedBy != "" || o.Closed || !p.Now.Before(o.ExpiresAt) {
		return Offer{}, fmt.Errorf("%w: offer %s", ErrOfferClosed, p.OfferID)
	}
	o.ClaimedBy, o.ClaimedAt = p.PatientID, p.Now
	s.offers[k] = o
	return cloneOffer(o), nil
}

// DueOffers implements WaitlistStore.
func (s *MemoryStore) DueOffers(ctx context.Context, now time.Time, limit int) ([]Offer, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	var out []Offer
	for _, o := range s.offers {
		if o.ClaimedBy == "" && !o.Closed && !o.ExpiresAt.After(now) {
			out = append(out, cloneOffer(o))
		}
	}
	s.mu.Unlock()
	slices.SortFunc(out, func(a, b Offer) int {
		if c := a.ExpiresAt.Compare(b.ExpiresAt); c != 0 {
			return c
		}
		return compareStrings(a.PracticeID+"\x00"+a.ID, b.PracticeID+"\x00"+b.ID)
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}
