package reminders

import (
	"errors"
	"fmt"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
)

// Errors of package reminders. Stores and Schedulers return them wrapped,
// so that callers can use errors.Is.
var (
	// ErrNotFound: no record with that id in that practice.
	ErrNotFound = errors.New("reminders: not found")
	// ErrInvalid: a record or parameter is missing a required field or is
	// out of range.
	ErrInvalid = errors.New("reminders: invalid input")
	// ErrLeaseLost: the claim on a reminder expired and another worker may
	// have taken it; the caller must not record a result.
	ErrLeaseLost = errors.New("reminders: lease lost")
	// ErrSlotTaken: the slot was booked by someone else first.
	ErrSlotTaken = errors.New("reminders: slot taken")
	// ErrOfferClosed: the waitlist offer expired or was already claimed.
	ErrOfferClosed = errors.New("reminders: offer closed")
	// ErrPast: the appointment has already started or passed.
	ErrPast = errors.New("reminders: appointment in the past")
	// ErrNoContact: the patient has no address on any configured channel,
	// or has opted out of all of them.
	ErrNoContact = errors.New("reminders: no usable contact")
	// ErrUnknownTimeZone: the appointment's time zone is missing or not
	// an IANA name the time package knows.
	ErrUnknownTimeZone = errors.New("reminders: unknown time zone")
)

// Status is an appointment's status, with the codes of FHIR R4
// Appointment.status.
type Status string

// The appointment statuses.
const (
	StatusProposed       Status = "proposed"
	StatusPending        Status = "pending"
	StatusBooked         Status = "booked"
	StatusArrived        Status = "arrived"
	StatusFulfilled      Status = "fulfilled"
	StatusCancelled      Status = "cancelled"
	StatusNoShow         Status = "noshow"
	StatusEnteredInError Status = "entered-in-error"
	StatusCheckedIn      Status = "checked-in"
	StatusWaitlist       Status = "waitlist"
)

// Valid reports whether s is a known status.
func (s Status) Valid() bool {
	switch s {
	case StatusProposed, StatusPending, StatusBooked, StatusArrived, StatusFulfilled,
		StatusCancelled, StatusNoShow, StatusEnteredInError, StatusCheckedIn, StatusWaitlist:
		return true
	}
	return false
}

// Remindable reports whether an appointment in status s gets reminders:
// only pending and booked ones do.
func (s Status) Remindable() bool { return s == StatusBooked || s == StatusPending }

// Recipient is how to reach the patient of an appointment.
type Recipient struct {
	// Addresses are the patient's normalised addresses; a phone number
	// serves SMS and WhatsApp alike.
	Addresses []channels.Address `json:"addresses,omitempty"`
	// Channels is the patient's preferred channel first, then fallbacks.
	// Empty means the Policy's default order.
	Channels []channels.Kind `json:"channels,omitempty"`
	// Language is a BCP 47 tag such as "en" or "es-MX"; empty means the
	// Policy's default.
	Language string `json:"language,omitempty"`
}

// Address returns the recipient's address for channel k. A phone number
// reaches WhatsApp and SMS both.
func (r Recipient) Address(k channels.Kind) (channels.Address, bool) {
	want, err := channels.AddressKindFor(k)
	if err != nil {
		return channels.Address{}, false
	}
	for _, a := range r.Addresses {
		if a.Kind == want {
			return a, true
		}
	}
	for _, a := range r.Addresses {
		switch {
		case want == channels.AddrWhatsApp && a.Kind == channels.AddrPhone && len(a.Value) > 1:
			return channels.Address{Kind: want, Value: a.Value[1:]}, true
		case want == channels.AddrPhone && a.Kind == channels.AddrWhatsApp:
			return channels.Address{Kind: want, Value: "+" + a.Value}, true
		}
	}
	return channels.Address{}, false
}

// Appointment is the vendor's appointment, as frontdesk needs it.
type Appointment struct {
	PracticeID string `json:"practice_id"`
	ID         string `json:"id"`
	PatientID  string `json:"patient_id"`
	// ProviderID and LocationID are the vendor's ids, used to match
	// waitlist entries.
	ProviderID string `json:"provider_id,omitempty"`
	LocationID string `json:"location_id,omitempty"`
	// Type is the appointment type (a service type code); the Policy may
	// give each type its own offsets.
	Type   string    `json:"type,omitempty"`
	Status Status    `json:"status"`
	Start  time.Time `json:"start"`
	End    time.Time `json:"end"`
	// TimeZone is the IANA zone in which the patient reads times, for
	// quiet hours and the text of reminders.
	TimeZone string `json:"time_zone"`
	// Confirmed reports that the patient confirmed.
	Confirmed bool      `json:"confirmed,omitempty"`
	Recipient Recipient `json:"recipient"`
	// Version is bumped by the Store on every save.
	Version int `json:"version,omitempty"`
}

// Location returns the appointment's time zone.
func (a Appointment) Location() (*time.Location, error) {
	if a.TimeZone == "" {
		return nil, fmt.Errorf("%w: appointment %s", ErrUnknownTimeZone, a.ID)
	}
	loc, err := loadZone(a.TimeZone)
	if err != nil {
		return nil, fmt.Errorf("%w: appointment %s", ErrUnknownTimeZone, a.ID)
	}
	return loc, nil
}

// Validate checks the fields every appointment needs.
func (a Appointment) Validate() error {
	switch {
	case a.PracticeID == "":
		return fmt.Errorf("%w: appointment without practice id", ErrInvalid)
	case a.ID == "":
		return fmt.Errorf("%w: appointment without id", ErrInvalid)
	case !a.Status.Valid():
		return fmt.Errorf("%w: appointment %s: status %q", ErrInvalid, a.ID, a.Status)
	case a.Start.IsZero():
		return fmt.Errorf("%w: appointment %s without start", ErrInvalid, a.ID)
	case !a.End.IsZero() && a.End.Before(a.Start):
		return fmt.Errorf("%w: appointment %s ends before it starts", ErrInvalid, a.ID)
	}
	return nil
}

// SlotStatus is a slot's status, with the codes of FHIR R4 Slot.status.
type SlotStatus string

// The slot statuses.
const (
	SlotFree            SlotStatus = "free"
	SlotBusy            SlotStatus = "busy"
	SlotBusyUnavailable SlotStatus = "busy-unavailable"
	SlotBusyTentative   SlotStatus = "busy-tentative"
	SlotEnteredInError  SlotStatus = "entered-in-error"
)

// Slot is a bookable time of a provider.
type Slot struct {
	PracticeID string     `json:"practice_id"`
	ID         string     `json:"id"`
	ProviderID string     `json:"provider_id,omitempty"`
	LocationID string     `json:"location_id,omitempty"`
	Type       string     `json:"type,omitempty"`
	Status     SlotStatus `json:"status"`
	Start      time.Time  `json:"start"`
	End        time.Time  `json:"end"`
}

// State is where a planned reminder is in its life.
type State string

// The reminder states. Scheduled reminders wait for DueAt; a worker's
// claim leaves the state Scheduled and sets a lease. Sent, Skipped, Failed
// and Voided are final.
const (
	StateScheduled State = "scheduled"
	StateSent      State = "sent"
	// StateSkipped: not sent on purpose (opted out, no contact, past the
	// appointment, quiet hours until too late); Reason says why.
	StateSkipped State = "skipped"
	// StateFailed: sending failed for good or the retry deadline passed.
	StateFailed State = "failed"
	// StateVoided: the appointment moved or was cancelled before the send.
	StateVoided State = "voided"
)

// Final reports whether no more sends will be tried.
func (s State) Final() bool { return s != StateScheduled }

// Reminder is one planned send for an appointment: a row in the Store.
type Reminder struct {
	PracticeID    string `json:"practice_id"`
	ID            string `json:"id"`
	AppointmentID string `json:"appointment_id"`
	PatientID     string `json:"patient_id"`
	// Offset is how long before the appointment start the reminder was
	// planned (48h, 24h; a same-day reminder has its own offset).
	Offset time.Duration `json:"offset"`
	// DueAt is when it should go; retries and deferrals move it.
	DueAt time.Time `json:"due_at"`
	State State     `json:"state"`
	// Attempts counts send attempts.
	Attempts int `json:"attempts,omitempty"`
	// Reason is a PHI-free code for a skip or failure (a gate reason, a
	// provider code).
	Reason string `json:"reason,omitempty"`
	// Lease: the worker holding the claim and until when.
	LeaseOwner string    `json:"lease_owner,omitempty"`
	LeaseUntil time.Time `json:"lease_until,omitzero"`
	// Channel, ContactKey and ProviderID describe the send that went out.
	Channel    channels.Kind `json:"channel,omitempty"`
	ContactKey string        `json:"contact_key,omitempty"`
	ProviderID string        `json:"provider_id,omitempty"`
	SentAt     time.Time     `json:"sent_at,omitzero"`
	// Reply is the patient's latest answer to a sent reminder;
	// OfferedSlots the slot ids offered for a reschedule, in the order
	// shown; Closed that the conversation about it is over.
	Reply        Action    `json:"reply,omitempty"`
	RepliedAt    time.Time `json:"replied_at,omitzero"`
	OfferedSlots []string  `json:"offered_slots,omitempty"`
	Closed       bool      `json:"closed,omitempty"`
	CreatedAt    time.Time `json:"created_at"`
}

// IdempotencyKey is the key of the reminder's send: the same on every
// retry and on every worker, so that a provider that accepted it once
// never sends it twice.
func (r Reminder) IdempotencyKey() string { return "reminder:" + r.PracticeID + ":" + r.ID }
