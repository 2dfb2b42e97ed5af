package reminders

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
)

// Policy says which reminders an appointment gets and how they are
// written. The zero value is the default: reminders 48 and 24 hours
// before, no same-day reminder, WhatsApp then SMS then e-mail, English,
// the built-in English and Spanish texts, and channels.GatePolicy's
// defaults for quiet hours (08:00-21:00 local) and limits (one automated
// message a day, three a week).
type Policy struct {
	// Offsets are how long before the start reminders go. Default 48h and
	// 24h.
	Offsets []time.Duration
	// ByType overrides Offsets for an appointment type.
	ByType map[string][]time.Duration
	// SameDay, when positive, adds a reminder this long before the start.
	// With the default limit of one automated message a day it goes only
	// when no other reminder went in the previous 24 hours.
	SameDay time.Duration
	// Channels is the order in which channels are tried when the patient
	// has no preference, and after the patient's own list. Default
	// WhatsApp, SMS, e-mail.
	Channels []channels.Kind
	// Language is used when the patient has none. Default "en".
	Language string
	// Practices names each practice in messages, by practice id; a
	// practice not listed is called "Your clinic".
	Practices map[string]string
	// Templates replace built-in texts, by language and message kind.
	Templates map[string]Templates
	// WhatsAppTemplate is the name of the approved WhatsApp template used
	// outside the 24-hour window, with the practice, date and time as its
	// parameters. Default "appointment_reminder".
	WhatsAppTemplate string
	// SkipConfirmed leaves out the remaining reminders of an appointment
	// the patient already confirmed.
	SkipConfirmed bool
	// Gate holds quiet hours and the message limits.
	Gate channels.GatePolicy
}

func (p Policy) withDefaults() Policy {
	if len(p.Offsets) == 0 {
		p.Offsets = []time.Duration{48 * time.Hour, 24 * time.Hour}
	}
	if len(p.Channels) == 0 {
		p.Channels = []channels.Kind{channels.WhatsApp, channels.SMS, channels.Email}
	}
	if p.Language == "" {
		p.Language = "en"
	}
	if p.WhatsAppTemplate == "" {
		p.WhatsAppTemplate = "appointment_reminder"
	}
	return p
}

// practice returns the practice's name for messages.
func (p Policy) practice(id string) string {
	if n, ok := p.Practices[id]; ok && n != "" {
		return n
	}
	return "Your clinic"
}

// language returns the language for a recipient.
func (p Policy) language(r Recipient) string {
	if r.Language != "" {
		return r.Language
	}
	return p.Language
}

// channelOrder returns the channels to try for a recipient: the
// patient's own order, then the policy's, without repeats.
func (p Policy) channelOrder(r Recipient) []channels.Kind {
	out := slices.Clone(r.Channels)
	for _, k := range p.Channels {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// Plan returns the reminders an appointment gets from now on: one per
// offset whose time has not passed. It returns nil for an appointment
// that is not pending or booked, and an error for one that has started
// (ErrPast), has no usable time zone (ErrUnknownTimeZone) or no address on
// any channel (ErrNoContact). Reminder ids depend on the appointment, its
// start and the offset only, so planning twice yields the same ids.
func (p Policy) Plan(a Appointment, now time.Time) ([]Reminder, error) {
	p = p.withDefaults()
	if err := a.Validate(); err != nil {
		return nil, err
	}
	if !a.Status.Remindable() {
		return nil, nil
	}
	if !a.Start.After(now) {
		return nil, fmt.Errorf("%w: appointment %s", ErrPast, a.ID)
	}
	if _, err := a.Location(); err != nil {
		return nil, err
	}
	if !slices.ContainsFunc(p.channelOrder(a.Recipient), func(k channels.Kind) bool { _, ok := a.Recipient.Address(k); return ok }) {
		return nil, fmt.Errorf("%w: appointment %s", ErrNoContact, a.ID)
	}
	offsets := p.Offsets
	if o, ok := p.ByType[a.Type]; ok {
		offsets = o
	}
	if p.SameDay > 0 {
		offsets = append(slices.Clone(offsets), p.SameDay)
	}
	var out []Reminder
	for _, off := range offsets {
		due := a.Start.Add(-off)
		if off <= 0 || due.Before(now) {
			continue
		}
		out = append(out, Reminder{
			PracticeID: a.PracticeID, ID: fmt.Sprintf("%s-%d-%d", a.ID, a.Start.Unix(), int64(off/time.Minute)),
			AppointmentID: a.ID, PatientID: a.PatientID, Offset: off, DueAt: due, State: StateScheduled, CreatedAt: now,
		})
	}
	slices.SortFunc(out, func(x, y Reminder) int { return x.DueAt.Compare(y.DueAt) })
	return out, nil
}

// Sync stores an appointment the vendor created or changed and plans its
// reminders: a moved appointment's pending reminders are voided and new
// ones planned, a cancelled one's voided. The appointment is stored even
// when it cannot be reminded; the error (ErrPast, ErrUnknownTimeZone,
// ErrNoContact, or ErrInvalid) then says why it gets no reminders.
func Sync(ctx context.Context, store Store, p Policy, a Appointment, now time.Time) (SaveResult, error) {
	if err := a.Validate(); err != nil {
		return SaveResult{}, err
	}
	plan, planErr := p.Plan(a, now)
	res, err := store.SaveAppointment(ctx, SaveParams{Appointment: a, Reminders: plan})
	if err != nil {
		return res, fmt.Errorf("reminders: sync appointment %s: %w", a.ID, err)
	}
	return res, planErr
}
