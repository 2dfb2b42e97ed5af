package reminders

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"
)

// Scheduler is the vendor's scheduling system, as reminders need it. The
// vendor implements it over its own database or API; MemoryScheduler is
// the one for demos and tests. Every method is scoped by practice; an id
// of another practice is ErrNotFound. Implementations must be safe for
// concurrent use, and Book and Reschedule must be atomic: of two callers
// booking one slot, exactly one succeeds and the other gets ErrSlotTaken.
type Scheduler interface {
	// Appointment looks an appointment up.
	Appointment(ctx context.Context, practiceID, id string) (Appointment, error)
	// Confirm records that the patient confirmed and returns the result.
	Confirm(ctx context.Context, practiceID, id string) (Appointment, error)
	// Cancel cancels the appointment, freeing its slot, and returns the
	// cancelled appointment. Cancelling twice is not an error.
	Cancel(ctx context.Context, p CancelParams) (Appointment, error)
	// OpenSlots returns up to p.Limit free slots that fit, earliest first.
	OpenSlots(ctx context.Context, p SlotQuery) ([]Slot, error)
	// Reschedule moves an appointment into a free slot and returns it.
	Reschedule(ctx context.Context, p RescheduleParams) (Appointment, error)
	// Book books a free slot for a patient (a waitlist fill) and returns
	// the new appointment.
	Book(ctx context.Context, p BookParams) (Appointment, error)
}

// CancelParams says which appointment to cancel and why.
type CancelParams struct {
	PracticeID    string
	AppointmentID string
	// Reason is a short code: "patient-reply", "no-show", "staff".
	Reason string
}

// SlotQuery selects free slots.
type SlotQuery struct {
	PracticeID string
	// ProviderID and Type, when set, must match.
	ProviderID string
	Type       string
	// After and Before bound the slot start; zero means unbounded.
	After, Before time.Time
	// Limit caps the result; zero means 3.
	Limit int
}

// RescheduleParams moves an appointment into a slot.
type RescheduleParams struct {
	PracticeID    string
	AppointmentID string
	SlotID        string
}

// BookParams books a slot for a patient.
type BookParams struct {
	PracticeID string
	SlotID     string
	PatientID  string
	Type       string
	TimeZone   string
	Recipient  Recipient
}

// MemoryScheduler is a Scheduler kept in memory: appointments and slots
// put in by the caller. Cancelling or moving an appointment frees its
// slot (the slot id is the appointment id when it was not booked from a
// slot).
type MemoryScheduler struct {
	mu     sync.Mutex
	appts  map[string]Appointment // practice \x00 id
	slots  map[string]Slot
	slotOf map[string]string // appointment key -> slot id
	newID  func() string
	seq    int
}

var _ Scheduler = (*MemoryScheduler)(nil)

// NewMemoryScheduler returns an empty MemoryScheduler.
func NewMemoryScheduler() *MemoryScheduler {
	return &MemoryScheduler{appts: map[string]Appointment{}, slots: map[string]Slot{}, slotOf: map[string]string{}}
}

func key(practiceID, id string) string { return practiceID + "\x00" + id }

// PutAppointment adds or replaces an appointment.
func (s *MemoryScheduler) PutAppointment(a Appointment) error {
	if err := a.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.appts[key(a.PracticeID, a.ID)] = a
	return nil
}

// PutSlot adds or replaces a slot.
func (s *MemoryScheduler) PutSlot(sl Slot) error {
	if sl.PracticeID == "" || sl.ID == "" || sl.Start.IsZero() {
		return fmt.Errorf("%w: slot without practice, id or start", ErrInvalid)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.slots[key(sl.PracticeID, sl.ID)] = sl
	return nil
}

// Slot returns a slot.
func (s *MemoryScheduler) Slot(practiceID, id string) (Slot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sl, ok := s.slots[key(practiceID, id)]
	if !ok {
		return Slot{}, fmt.Errorf("%w: slot %s", ErrNotFound, id)
	}
	return sl, nil
}

// Appointment implements Scheduler.
func (s *MemoryScheduler) Appointment(ctx context.Context, practiceID, id string) (Appointment, error) {
	if err := ctx.Err(); err != nil {
		return Appointment{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.getLocked(practiceID, id)
}

func (s *MemoryScheduler) getLocked(practiceID, id string) (Appointment, error) {
	a, ok := s.appts[key(practiceID, id)]
	if !ok {
		return Appointment{}, fmt.Errorf("%w: appointment %s", ErrNotFound, id)
	}
	return a, nil
}

// Confirm implements Scheduler.
func (s *MemoryScheduler) Confirm(ctx context.Context, practiceID, id string) (Appointment, error) {
	return s.update(ctx, practiceID, id, func(a *Appointment) error {
		if !a.Status.Remindable() {
			return fmt.Errorf("%w: appointment %s is %s", ErrInvalid, a.ID, a.Status)
		}
		a.Confirmed, a.Status = true, StatusBooked
		return nil
	})
}

// Cancel implements Scheduler.
func (s *MemoryScheduler) Cancel(ctx context.Context, p CancelParams) (Appointment, error) {
	return s.update(ctx, p.PracticeID, p.AppointmentID, func(a *Appointment) error {
		if a.Status == StatusCancelled {
			return nil
		}
		a.Status = StatusCancelled
		s.freeLocked(*a)
		return nil
	})
}

// freeLocked frees the slot an appointment held, creating it when the
// appointment was not booked from a known slot.
func (s *MemoryScheduler) freeLocked(a Appointment) {
	k := key(a.PracticeID, a.ID)
	id, ok := s.slotOf[k]
	if !ok {
		id = a.ID
	}
	delete(s.slotOf, k)
	s.slots[key(a.PracticeID, id)] = Slot{PracticeID: a.PracticeID, ID: id, ProviderID: a.ProviderID,
		LocationID: a.LocationID, Type: a.Type, Status: SlotFree, Start: a.Start, End: a.End}
}

// OpenSlots implements Scheduler.
func (s *MemoryScheduler) OpenSlots(ctx context.Context, q SlotQuery) ([]Slot, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 3
	}
	s.mu.Lock()
	var out []Slot
	for _, sl := range s.slots {
		if sl.PracticeID != q.PracticeID || sl.Status != SlotFree ||
			(q.ProviderID != "" && sl.ProviderID != q.ProviderID) || (q.Type != "" && sl.Type != "" && sl.Type != q.Type) ||
			(!q.After.IsZero() && !sl.Start.After(q.After)) || (!q.Before.IsZero() && !sl.Start.Before(q.Before)) {
			continue
		}
		out = append(out, sl)
	}
	s.mu.Unlock()
	slices.SortFunc(out, func(a, b Slot) int {
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		return compareStrings(a.ID, b.ID)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// takeLocked marks a free slot busy, or reports ErrSlotTaken.
func (s *MemoryScheduler) takeLocked(practiceID, slotID string) (Slot, error) {
	sk := key(practiceID, slotID)
	sl, ok := s.slots[sk]
	if !ok {
		return Slot{}, fmt.Errorf("%w: slot %s", ErrNotFound, slotID)
	}
	if sl.Status != SlotFree {
		return Slot{}, fmt.Errorf("%w: slot %s", ErrSlotTaken, slotID)
	}
	sl.Status = SlotBusy
	s.slots[sk] = sl
	return sl, nil
}

// Reschedule implements Scheduler.
func (s *MemoryScheduler) Reschedule(ctx context.Context, p RescheduleParams) (Appointment, error) {
	return s.update(ctx, p.PracticeID, p.AppointmentID, func(a *Appointment) error {
		if !a.Status.Remindable() {
			return fmt.Errorf("%w: appointment %s is %s", ErrInvalid, a.ID, a.Status)
		}
		sl, err := s.takeLocked(p.PracticeID, p.SlotID)
		if err != nil {
			return err
		}
		s.freeLocked(*a)
		s.slotOf[key(a.PracticeID, a.ID)] = sl.ID
		a.Start, a.End, a.Confirmed, a.Status = sl.Start, sl.End, true, StatusBooked
		if sl.ProviderID != "" {
			a.ProviderID = sl.ProviderID
		}
		return nil
	})
}

// Book implements Scheduler.
func (s *MemoryScheduler) Book(ctx context.Context, p BookParams) (Appointment, error) {
	if err := ctx.Err(); err != nil {
		return Appointment{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sl, err := s.takeLocked(p.PracticeID, p.SlotID)
	if err != nil {
		return Appointment{}, err
	}
	s.seq++
	a := Appointment{PracticeID: p.PracticeID, ID: fmt.Sprintf("appt-%s-%d", sl.ID, s.seq), PatientID: p.PatientID,
		ProviderID: sl.ProviderID, LocationID: sl.LocationID, Type: p.Type, Status: StatusBooked, Start: sl.Start,
		End: sl.End, TimeZone: p.TimeZone, Confirmed: true, Recipient: p.Recipient}
	if a.Type == "" {
		a.Type = sl.Type
	}
	s.appts[key(a.PracticeID, a.ID)] = a
	s.slotOf[key(a.PracticeID, a.ID)] = sl.ID
	return a, nil
}

func (s *MemoryScheduler) update(ctx context.Context, practiceID, id string, fn func(*Appointment) error) (Appointment, error) {
	if err := ctx.Err(); err != nil {
		return Appointment{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	a, err := s.getLocked(practiceID, id)
	if err != nil {
		return Appointment{}, err
	}
	if err := fn(&a); err != nil {
		return Appointment{}, err
	}
	s.appts[key(practiceID, id)] = a
	return a, nil
}
