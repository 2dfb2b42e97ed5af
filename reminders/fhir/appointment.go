package fhir

import (
	"fmt"
	"strings"
	"time"

	"github.com/frontdeskhq/frontdesk/reminders"
)

// Appointment is the part of a FHIR R4 Appointment that reminders use;
// every other element is kept in Extra.
type Appointment struct {
	ID              string            `json:"id,omitempty"`
	Status          string            `json:"status"`
	ServiceType     []CodeableConcept `json:"serviceType,omitempty"`
	AppointmentType *CodeableConcept  `json:"appointmentType,omitempty"`
	Description     string            `json:"description,omitempty"`
	Start           string            `json:"start,omitempty"`
	End             string            `json:"end,omitempty"`
	MinutesDuration int               `json:"minutesDuration,omitempty"`
	Slot            []Reference       `json:"slot,omitempty"`
	Participant     []Participant     `json:"participant,omitempty"`
	Extra           Extra             `json:"-"`
}

// UnmarshalJSON reads an R4 Appointment, keeping unknown elements.
func (a *Appointment) UnmarshalJSON(data []byte) error {
	type plain Appointment
	var p plain
	extra, err := decode(data, "Appointment", &p)
	if err != nil {
		return err
	}
	*a = Appointment(p)
	a.Extra = extra
	return nil
}

// MarshalJSON writes an R4 Appointment, with the kept elements.
func (a Appointment) MarshalJSON() ([]byte, error) {
	type plain Appointment
	return encode("Appointment", plain(a), a.Extra)
}

// Options fill what a FHIR resource does not say.
type Options struct {
	PracticeID string
	// TimeZone is the patient's IANA zone (FHIR instants carry an offset,
	// not a zone).
	TimeZone string
	// Recipient is how to reach the patient (from the Patient resource's
	// telecom and communication, which the vendor resolves).
	Recipient reminders.Recipient
}

// refID returns the id of a "Type/id" reference when its type is typ.
func refID(r *Reference, typ string) (string, bool) {
	if r == nil {
		return "", false
	}
	id, ok := strings.CutPrefix(r.Reference, typ+"/")
	return id, ok && id != ""
}

func parseInstant(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339Nano, s)
}

// ToAppointment maps an R4 Appointment: status as is, start and end, the
// patient, practitioner and location participants, and the first
// serviceType code (else the appointmentType code) as the type. The
// patient participant's "accepted" status marks it confirmed.
func ToAppointment(f Appointment, o Options) (reminders.Appointment, error) {
	a := reminders.Appointment{PracticeID: o.PracticeID, ID: f.ID, Status: reminders.Status(f.Status), TimeZone: o.TimeZone, Recipient: o.Recipient}
	var err error
	if a.Start, err = parseInstant(f.Start); err != nil {
		return a, fmt.Errorf("%w: %w: appointment %s start", ErrInvalid, reminders.ErrInvalid, f.ID)
	}
	if a.End, err = parseInstant(f.End); err != nil {
		return a, fmt.Errorf("%w: %w: appointment %s end", ErrInvalid, reminders.ErrInvalid, f.ID)
	}
	if a.End.IsZero() && f.MinutesDuration > 0 && !a.Start.IsZero() {
		a.End = a.Start.Add(time.Duration(f.MinutesDuration) * time.Minute)
	}
	for _, st := range f.ServiceType {
		if c := st.code(); c != "" {
			a.Type = c
			break
		}
	}
	if a.Type == "" && f.AppointmentType != nil {
		a.Type = f.AppointmentType.code()
	}
	for _, p := range f.Participant {
		if id, ok := refID(p.Actor, "Patient"); ok && a.PatientID == "" {
			a.PatientID, a.Confirmed = id, p.Status == "accepted"
		}
		if id, ok := refID(p.Actor, "Practitioner"); ok && a.ProviderID == "" {
			a.ProviderID = id
		}
		if id, ok := refID(p.Actor, "Location"); ok && a.LocationID == "" {
			a.LocationID = id
		}
	}
	if err := a.Validate(); err != nil {
		return a, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if a.PatientID == "" {
		return a, fmt.Errorf("%w: %w: appointment %s has no patient participant", ErrInvalid, reminders.ErrInvalid, f.ID)
	}
	return a, nil
}

// FromAppointment maps an appointment to an R4 Appointment. Instants are
// written in the appointment's zone when it is known, else UTC.
func FromAppointment(a reminders.Appointment) Appointment {
	loc := time.UTC
	if l, err := a.Location(); err == nil {
		loc = l
	}
	f := Appointment{ID: a.ID, Status: string(a.Status), Start: a.Start.In(loc).Format(time.RFC3339)}
	if !a.End.IsZero() {
		f.End = a.End.In(loc).Format(time.RFC3339)
	}
	if a.Type != "" {
		f.ServiceType = []CodeableConcept{{Coding: []Coding{{Code: a.Type}}}}
	}
	status := "needs-action"
	if a.Confirmed {
		status = "accepted"
	}
	f.Participant = append(f.Participant, Participant{Actor: &Reference{Reference: "Patient/" + a.PatientID}, Required: "required", Status: status})
	if a.ProviderID != "" {
		f.Participant = append(f.Participant, Participant{Actor: &Reference{Reference: "Practitioner/" + a.ProviderID}, Required: "required", Status: "accepted"})
	}
	if a.LocationID != "" {
		f.Participant = append(f.Participant, Participant{Actor: &Reference{Reference: "Location/" + a.LocationID}, Required: "required", Status: "accepted"})
	}
	return f
}

// Slot is the part of a FHIR R4 Slot that reminders use.
type Slot struct {
	ID              string            `json:"id,omitempty"`
	ServiceType     []CodeableConcept `json:"serviceType,omitempty"`
	AppointmentType *CodeableConcept  `json:"appointmentType,omitempty"`
	Schedule        Reference         `json:"schedule"`
	Status          string            `json:"status"`
	Start           string            `json:"start"`
	End             string            `json:"end"`
	Extra           Extra             `json:"-"`
}

// UnmarshalJSON reads an R4 Slot, keeping unknown elements.
func (s *Slot) UnmarshalJSON(data []byte) error {
	type plain Slot
	var p plain
	extra, err := decode(data, "Slot", &p)
	if err != nil {
		return err
	}
	*s = Slot(p)
	s.Extra = extra
	return nil
}

// MarshalJSON writes an R4 Slot.
func (s Slot) MarshalJSON() ([]byte, error) {
	type plain Slot
	return encode("Slot", plain(s), s.Extra)
}

// ToSlot maps an R4 Slot; the schedule's id stands for the provider, as
// a Schedule is one provider's (or resource's) calendar.
func ToSlot(f Slot, practiceID string) (reminders.Slot, error) {
	s := reminders.Slot{PracticeID: practiceID, ID: f.ID, Status: reminders.SlotStatus(f.Status)}
	s.ProviderID, _ = refID(&f.Schedule, "Schedule")
	var err1, err2 error
	s.Start, err1 = parseInstant(f.Start)
	s.End, err2 = parseInstant(f.End)
	if err1 != nil || err2 != nil || s.Start.IsZero() || f.ID == "" {
		return s, fmt.Errorf("%w: %w: slot %s needs an id, start and end", ErrInvalid, reminders.ErrInvalid, f.ID)
	}
	switch s.Status {
	case reminders.SlotFree, reminders.SlotBusy, reminders.SlotBusyTentative, reminders.SlotBusyUnavailable, reminders.SlotEnteredInError:
	default:
		return s, fmt.Errorf("%w: %w: slot %s status %q", ErrInvalid, reminders.ErrInvalid, f.ID, f.Status)
	}
	for _, st := range f.ServiceType {
		if c := st.code(); c != "" {
			s.Type = c
			break
		}
	}
	return s, nil
}

// FromSlot maps a slot to an R4 Slot.
func FromSlot(s reminders.Slot) Slot {
	f := Slot{ID: s.ID, Status: string(s.Status), Start: s.Start.UTC().Format(time.RFC3339), End: s.End.UTC().Format(time.RFC3339)}
	if s.ProviderID != "" {
		f.Schedule = Reference{Reference: "Schedule/" + s.ProviderID}
	}
	if s.Type != "" {
		f.ServiceType = []CodeableConcept{{Coding: []Coding{{Code: s.Type}}}}
	}
	return f
}
