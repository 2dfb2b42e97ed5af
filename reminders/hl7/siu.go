package hl7

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/reminders"
)

// Change is what an SIU event does to an appointment, for reminders.
type Change string

// The changes.
const (
	ChangeNew        Change = "new"        // S12: plan reminders
	ChangeReschedule Change = "reschedule" // S13: void and replan
	ChangeUpdate     Change = "update"     // S14: replan (time may have moved)
	ChangeCancel     Change = "cancel"     // S15, S16, S17: void pending reminders
	ChangeNoShow     Change = "no-show"    // S26: no more reminders; a follow-up is the practice's call
)

var triggers = map[string]struct {
	change Change
	status reminders.Status
}{
	"S12": {ChangeNew, reminders.StatusBooked},
	"S13": {ChangeReschedule, reminders.StatusBooked},
	"S14": {ChangeUpdate, reminders.StatusBooked},
	"S15": {ChangeCancel, reminders.StatusCancelled},
	"S16": {ChangeCancel, reminders.StatusCancelled},
	"S17": {ChangeCancel, reminders.StatusEnteredInError},
	"S26": {ChangeNoShow, reminders.StatusNoShow},
}

// fillerStatus maps SCH-25 (HL7 table 0278) to FHIR statuses.
var fillerStatus = map[string]reminders.Status{
	"booked": reminders.StatusBooked, "pending": reminders.StatusPending, "waitlist": reminders.StatusWaitlist,
	"cancelled": reminders.StatusCancelled, "dc": reminders.StatusCancelled, "deleted": reminders.StatusEnteredInError,
	"noshow": reminders.StatusNoShow, "complete": reminders.StatusFulfilled, "started": reminders.StatusArrived,
	"overbook": reminders.StatusBooked, "blocked": reminders.StatusBooked,
}

// Options fill what an SIU message does not say.
type Options struct {
	PracticeID string
	// TimeZone is the IANA zone of the practice: times without an offset
	// are read in it, and it becomes the appointment's zone. Required.
	TimeZone string
	// Phone parses PID-13 numbers; nil assumes country code 1.
	Phone *channels.ParseOptions
}

// Event is one SIU message, mapped.
type Event struct {
	// Trigger is the event code, "S12" to "S26"; ControlID is MSH-10.
	Trigger   string
	ControlID string
	Change    Change
	// FillerStatus is SCH-25 as sent.
	FillerStatus string
	// Appointment is the appointment after the event; pass it to
	// reminders.Sync, which plans, replans or voids its reminders.
	Appointment reminders.Appointment
}

// ParseSIU parses an SIU^S12, S13, S14, S15, S16, S17 or S26 message. The
// appointment id is SCH-2 (filler) or else SCH-1 (placer); the start is
// TQ1-7, else AIS-4, else SCH-11.4; the end TQ1-8, else the start plus the
// AIS duration; the patient PID-3; the phone PID-13 (or PID-14); the
// language PID-15; the provider AIP-3; the location AIL-3; the type AIS-3
// (else SCH-8). Status follows the trigger for cancels, deletions and
// no-shows, and SCH-25 otherwise.
func ParseSIU(data []byte, o Options) (Event, error) {
	m, err := Parse(data)
	if err != nil {
		return Event{}, err
	}
	msh, _ := m.Segment("MSH")
	if typ := m.Component(msh, 9, 1); typ != "SIU" {
		return Event{}, fmt.Errorf("%w: message type %q", ErrNotSIU, typ)
	}
	ev := Event{Trigger: m.Component(msh, 9, 2), ControlID: m.Component(msh, 10, 1)}
	tr, ok := triggers[ev.Trigger]
	if !ok {
		return ev, fmt.Errorf("%w: trigger %q", ErrNotSIU, ev.Trigger)
	}
	ev.Change = tr.change
	loc, err := time.LoadLocation(o.TimeZone)
	if err != nil || o.TimeZone == "" {
		return ev, fmt.Errorf("%w: %w", ErrMalformed, reminders.ErrUnknownTimeZone)
	}
	sch, ok := m.Segment("SCH")
	if !ok {
		return ev, fmt.Errorf("%w: no SCH segment", ErrMalformed)
	}
	a := reminders.Appointment{PracticeID: o.PracticeID, TimeZone: o.TimeZone, Status: tr.status}
	a.ID = m.Component(sch, 2, 1)
	if a.ID == "" {
		a.ID = m.Component(sch, 1, 1)
	}
	ev.FillerStatus = m.Component(sch, 25, 1)
	if st, ok := fillerStatus[strings.ToLower(ev.FillerStatus)]; ok && tr.change != ChangeCancel && tr.change != ChangeNoShow {
		a.Status = st
	}
	ais, hasAIS := m.Segment("AIS")
	if tq1, ok := m.Segment("TQ1"); ok {
		if a.Start, err = parseTS(m.Component(tq1, 7, 1), loc); err != nil {
			return ev, err
		}
		if a.End, err = parseTS(m.Component(tq1, 8, 1), loc); err != nil {
			return ev, err
		}
	}
	if a.Start.IsZero() && hasAIS {
		if a.Start, err = parseTS(m.Component(ais, 4, 1), loc); err != nil {
			return ev, err
		}
	}
	if a.Start.IsZero() {
		if a.Start, err = parseTS(m.Component(sch, 11, 4), loc); err != nil {
			return ev, err
		}
	}
	if a.End.IsZero() && hasAIS && !a.Start.IsZero() {
		a.End = a.Start.Add(duration(m.Component(ais, 7, 1), m.Component(ais, 8, 1)))
	}
	if hasAIS {
		a.Type = m.Component(ais, 3, 1)
	}
	if a.Type == "" {
		a.Type = m.Component(sch, 8, 1)
	}
	if aip, ok := m.Segment("AIP"); ok {
		a.ProviderID = m.Component(aip, 3, 1)
	}
	if ail, ok := m.Segment("AIL"); ok {
		a.LocationID = m.Component(ail, 3, 1)
	}
	if pid, ok := m.Segment("PID"); ok {
		a.PatientID = m.Component(pid, 3, 1)
		a.Recipient = recipient(m, pid, o.Phone)
	}
	if a.PatientID == "" {
		return ev, fmt.Errorf("%w: no patient id (PID-3)", ErrMalformed)
	}
	if err := a.Validate(); err != nil {
		return ev, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	ev.Appointment = a
	return ev, nil
}

// recipient reads the patient's phone numbers and e-mail from PID-13 and
// PID-14 (every repetition) and language from PID-15. Numbers that do
// not parse are skipped.
func recipient(m *Message, pid Segment, opts *channels.ParseOptions) reminders.Recipient {
	var r reminders.Recipient
	for _, f := range []int{13, 14} {
		reps := []string{pid.Field(f)}
		if m.Delims.Repetition != 0 {
			reps = strings.Split(pid.Field(f), string(m.Delims.Repetition))
		}
		for _, rep := range reps {
			x := Message{Delims: m.Delims}
			seg := Segment{Fields: []string{"", rep}}
			if email := x.Component(seg, 1, 4); strings.Contains(email, "@") {
				if a, err := channels.ParseEmail(email); err == nil {
					r.Addresses = appendNew(r.Addresses, a)
				}
			}
			num := x.Component(seg, 1, 1)
			if local := x.Component(seg, 1, 7); local != "" {
				num = x.Component(seg, 1, 6) + local
				if cc := x.Component(seg, 1, 5); cc != "" {
					num = "+" + cc + num
				}
			}
			if num == "" {
				continue
			}
			if a, err := channels.ParsePhone(num, opts); err == nil {
				r.Addresses = appendNew(r.Addresses, a)
			}
		}
	}
	switch lang := strings.ToLower(m.Component(pid, 15, 1)); lang {
	case "eng", "en":
		r.Language = "en"
	case "spa", "es":
		r.Language = "es"
	}
	return r
}

func appendNew(as []channels.Address, a channels.Address) []channels.Address {
	for _, x := range as {
		if x == a {
			return as
		}
	}
	return append(as, a)
}

// parseTS reads an HL7 DTM: YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+/-ZZZZ]; a
// time without an offset is in loc. "" is the zero time.
func parseTS(s string, loc *time.Location) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	digits, off := s, ""
	if i := strings.IndexAny(s, "+-"); i >= 0 {
		digits, off = s[:i], s[i:]
	}
	if frac := strings.IndexByte(digits, '.'); frac >= 0 {
		digits = digits[:frac]
	}
	bad := fmt.Errorf("%w: timestamp %q", ErrMalformed, s)
	if len(digits) < 8 || len(digits) > 14 || len(digits)%2 != 0 {
		return time.Time{}, bad
	}
	n := []int{0, 1, 1, 0, 0, 0} // year, month, day, hour, minute, second
	for k, lo := 0, 0; lo < len(digits); k++ {
		w := 2
		if k == 0 {
			w = 4
		}
		v, err := strconv.Atoi(digits[lo : lo+w])
		if err != nil || v < 0 {
			return time.Time{}, bad
		}
		n[k], lo = v, lo+w
	}
	if n[1] < 1 || n[1] > 12 || n[2] < 1 || n[2] > 31 || n[3] > 23 || n[4] > 59 || n[5] > 59 {
		return time.Time{}, bad
	}
	if off != "" {
		if len(off) != 5 {
			return time.Time{}, bad
		}
		h, err1 := strconv.Atoi(off[1:3])
		mm, err2 := strconv.Atoi(off[3:5])
		if err1 != nil || err2 != nil || h > 14 || mm > 59 {
			return time.Time{}, bad
		}
		secs := h*3600 + mm*60
		if off[0] == '-' {
			secs = -secs
		}
		loc = time.FixedZone("", secs)
	}
	t := time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, loc)
	if t.Day() != n[2] {
		return time.Time{}, bad // 31 February and the like
	}
	return t, nil
}

// duration reads AIS-7 with its AIS-8 units (minutes by default; "h" or
// "hour" for hours, "s" for seconds).
func duration(v, unit string) time.Duration {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n <= 0 || n > 24*60 {
		return 0
	}
	switch strings.ToLower(unit) {
	case "h", "hr", "hour", "hours":
		return time.Duration(n) * time.Hour
	case "s", "sec", "second", "seconds":
		return time.Duration(n) * time.Second
	}
	return time.Duration(n) * time.Minute
}
