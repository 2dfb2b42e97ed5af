package reminders

import (
	"container/heap"
	"context"
	"fmt"
	"slices"
	"sync"
	"time"
)

// MemoryStore is a Store and WaitlistStore kept in memory, for tests,
// demos and single-process deployments that can lose their state. Due
// reminders are found through a heap, so Claim costs O(k log n) for k
// claimed.
type MemoryStore struct {
	mu        sync.Mutex
	appts     map[string]Appointment
	rems      map[string]*memReminder // practice \x00 reminder id
	byAppt    map[string][]string     // practice \x00 appointment id -> reminder keys
	byContact map[string][]string     // practice \x00 contact key -> sent reminder keys
	byPatient map[string][]time.Time  // practice \x00 patient id -> send times
	due       dueHeap
	waitlist  map[string]WaitlistEntry
	offers    map[string]Offer
}

type memReminder struct {
	r   Reminder
	gen int // bumped on every change; heap entries of older gens are stale
}

var (
	_ Store         = (*MemoryStore)(nil)
	_ WaitlistStore = (*MemoryStore)(nil)
)

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore {
	return &MemoryStore{
		appts: map[string]Appointment{}, rems: map[string]*memReminder{}, byAppt: map[string][]string{},
		byContact: map[string][]string{}, byPatient: map[string][]time.Time{},
		waitlist: map[string]WaitlistEntry{}, offers: map[string]Offer{},
	}
}

// SaveAppointment implements Store.
func (s *MemoryStore) SaveAppointment(ctx context.Context, p SaveParams) (SaveResult, error) {
	if err := ctx.Err(); err != nil {
		return SaveResult{}, err
	}
	a := p.Appointment
	if err := a.Validate(); err != nil {
		return SaveResult{}, err
	}
	want := make(map[string]bool, len(p.Reminders))
	for _, r := range p.Reminders {
		if r.ID == "" || r.PracticeID != a.PracticeID || r.AppointmentID != a.ID || r.DueAt.IsZero() {
			return SaveResult{}, fmt.Errorf("%w: reminder for appointment %s lacks id or due time, or belongs elsewhere", ErrInvalid, a.ID)
		}
		want[r.ID] = true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ak := key(a.PracticeID, a.ID)
	a.Version = s.appts[ak].Version + 1
	s.appts[ak] = a
	res := SaveResult{Appointment: a}
	for _, rk := range s.byAppt[ak] {
		m := s.rems[rk]
		if m.r.State == StateScheduled && !want[m.r.ID] {
			m.r.State, m.r.Reason, m.r.LeaseOwner, m.r.LeaseUntil = StateVoided, "appointment-changed", "", time.Time{}
			m.gen++
			res.Voided++
		}
	}
	for _, r := range p.Reminders {
		rk := key(r.PracticeID, r.ID)
		if _, ok := s.rems[rk]; ok {
			continue
		}
		if r.State == "" {
			r.State = StateScheduled
		}
		r.OfferedSlots = slices.Clone(r.OfferedSlots)
		m := &memReminder{r: r}
		s.rems[rk] = m
		s.byAppt[ak] = append(s.byAppt[ak], rk)
		if r.State == StateScheduled {
			heap.Push(&s.due, dueEntry{at: r.DueAt, key: rk, gen: m.gen})
		}
		res.Added++
	}
	return res, nil
}

// Appointment implements Store.
func (s *MemoryStore) Appointment(ctx context.Context, practiceID, id string) (Appointment, error) {
	if err := ctx.Err(); err != nil {
		return Appointment{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := s.appts[key(practiceID, id)]
	if !ok {
		return Appointment{}, fmt.Errorf("%w: appointment %s", ErrNotFound, id)
	}
	return a, nil
}

// Reminders implements Store.
func (s *MemoryStore) Reminders(ctx context.Context, practiceID, appointmentID string) ([]Reminder, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Reminder
	for _, rk := range s.byAppt[key(practiceID, appointmentID)] {
		out = append(out, cloneReminder(s.rems[rk].r))
	}
	slices.SortStableFunc(out, func(a, b Reminder) int { return a.DueAt.Compare(b.DueAt) })
	return out, nil
}

func cloneReminder(r Reminder) Reminder {
	r.OfferedSlots = slices.Clone(r.OfferedSlots)
	return r
}

// Claim implements Store.
func (s *MemoryStore) Claim(ctx context.Context, p ClaimParams) ([]Claimed, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if p.Owner == "" || p.Lease <= 0 || p.Limit <= 0 {
		return nil, fmt.Errorf("%w: claim needs an owner, a lease and a limit", ErrInvalid)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Claimed
	for len(out) < p.Limit && s.due.Len() > 0 && !s.due[0].at.After(p.Now) {
		e := heap.Pop(&s.due).(dueEntry)
		m, ok := s.rems[e.key]
		if !ok || m.gen != e.gen || m.r.State != StateScheduled {
			continue // stale entry
		}
		m.r.LeaseOwner, m.r.LeaseUntil = p.Owner, p.Now.Add(p.Lease)
		m.gen++
		// Should the lease run out, the reminder comes due again.
		heap.Push(&s.due, dueEntry{at: m.r.LeaseUntil, key: e.key, gen: m.gen})
		out = append(out, Claimed{Reminder: cloneReminder(m.r), Appointment: s.appts[key(m.r.PracticeID, m.r.AppointmentID)]})
	}
	return out, nil
}

// Complete implements Store.
func (s *MemoryStore) Complete(ctx context.Context, p CompleteParams) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if p.State == "" || (p.State == StateScheduled && p.DueAt.IsZero()) {
		return fmt.Errorf("%w: complete reminder %s: missing state or due time", ErrInvalid, p.ID)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rk := key(p.PracticeID, p.ID)
	m, ok := s.rems[rk]
	if !ok {
		return fmt.Errorf("%w: reminder %s", ErrNotFound, p.ID)
	}
	if m.r.State != StateScheduled || m.r.LeaseOwner != p.Owner {
		return fmt.Errorf("%w: reminder %s", ErrLeaseLost, p.ID)
	}
	r := &m.r
	r.State, r.Attempts, r.Reason = p.State, p.Attempts, p.Reason
	r.LeaseOwner, r.LeaseUntil = "", time.Time{}
	m.gen++
	if p.State == StateScheduled {
		r.DueAt = p.DueAt
		heap.Push(&s.due, dueEntry{at: r.DueAt, key: rk, gen: m.gen})
		return nil
	}
	if p.State == StateSent {
		r.Channel, r.ContactKey, r.ProviderID, r.SentAt = p.Channel, p.ContactKey, p.ProviderID, p.SentAt
		if p.ContactKey != "" {
			ck := key(p.PracticeID, p.ContactKey)
			s.byContact[ck] = append(s.byContact[ck], rk)
		}
		pk := key(p.PracticeID, r.PatientID)
		s.byPatient[pk] = append(s.byPatient[pk], p.SentAt)
	}
	return nil
}

// OpenReminder implements Store.
func (s *MemoryStore) OpenReminder(ctx context.Context, practiceID, contactKey string, startAfter time.Time) (Reminder, error) {
	if err := ctx.Err(); err != nil {
		return Reminder{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var best *Reminder
	for _, rk := range s.byContact[key(practiceID, contactKey)] {
		r := &s.rems[rk].r
		a := s.appts[key(practiceID, r.AppointmentID)]
		if r.Closed || !a.Start.After(startAfter) {
			continue
		}
		if best == nil || r.SentAt.After(best.SentAt) {
			best = r
		}
	}
	if best == nil {
		return Reminder{}, fmt.Errorf("%w: open reminder", ErrNotFound)
	}
	return cloneReminder(*best), nil
}

// UpdateReminder implements Store.
func (s *MemoryStore) UpdateReminder(ctx context.Context, practiceID, id string, fn func(*Reminder) error) (Reminder, error) {
	if err := ctx.Err(); err != nil {
		return Reminder{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.rems[key(practiceID, id)]
	if !ok {
		return Reminder{}, fmt.Errorf("%w: reminder %s", ErrNotFound, id)
	}
	r := cloneReminder(m.r)
	if err := fn(&r); err != nil {
		return Reminder{}, err
	}
	m.r.Reply, m.r.RepliedAt, m.r.OfferedSlots, m.r.Closed = r.Reply, r.RepliedAt, slices.Clone(r.OfferedSlots), r.Closed
	return cloneReminder(m.r), nil
}

// RecentSends implements Store.
func (s *MemoryStore) RecentSends(ctx context.Context, practiceID, patientID string, since time.Time) ([]time.Time, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []time.Time
	for _, t := range s.byPatient[key(practiceID, patientID)] {
		if !t.Before(since) {
			out = append(out, t)
		}
	}
	return out, nil
}

type dueEntry struct {
	at  time.Time
	key string
	gen int
}

type dueHeap []dueEntry

func (h dueHeap) Len() int { return len(h) }
func (h dueHeap) Less(i, j int) bool {
	if c := h[i].at.Compare(h[j].at); c != 0 {
		return c < 0
	}
	return h[i].key < h[j].key
}
func (h dueHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *dueHeap) Push(x any)   { *h = append(*h, x.(dueEntry)) }
func (h *dueHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}
