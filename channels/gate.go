package channels

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

// Verdict is the send gate's answer.
type Verdict string

// The verdicts.
const (
	// Allow: send now.
	Allow Verdict = "allow"
	// Defer: send at Decision.Until, not before.
	Defer Verdict = "defer"
	// NeedsTemplate: only a pre-approved template may go now (the
	// WhatsApp 24-hour window is closed).
	NeedsTemplate Verdict = "needs_template"
	// Deny: do not send; Decision.Reason says why.
	Deny Verdict = "deny"
)

// Reason is why the gate did not simply allow a send.
type Reason string

// The reasons.
const (
	ReasonNone         Reason = ""
	ReasonOptedOut     Reason = "opted_out"
	ReasonQuietHours   Reason = "quiet_hours"
	ReasonDailyLimit   Reason = "daily_limit"
	ReasonWeeklyLimit  Reason = "weekly_limit"
	ReasonWindowClosed Reason = "window_closed"
	ReasonPastDeadline Reason = "past_deadline"
	ReasonNoTimeZone   Reason = "no_time_zone"
)

// GatePolicy holds the rules for automated sends. The zero value is the
// default: no sends before 08:00 or after 21:00 in the recipient's time
// zone, at most one automated message a day and three a week per patient
// (the limits in force for automated healthcare texts), and WhatsApp's
// 24-hour customer-service window.
type GatePolicy struct {
	// QuietStart and QuietEnd bound the allowed hours, as offsets from
	// local midnight: sends are allowed from QuietEnd (default 08:00) until
	// QuietStart (default 21:00).
	QuietStart, QuietEnd time.Duration
	// PerDay and PerWeek cap automated messages per patient in any rolling
	// 24 hours and 7 days. Defaults 1 and 3; negative means no cap.
	PerDay, PerWeek int
	// ServiceWindow is how long after the patient's last message free-form
	// WhatsApp messages may go. Default 24h.
	ServiceWindow time.Duration
}

func (p GatePolicy) withDefaults() GatePolicy {
	if p.QuietStart == 0 {
		p.QuietStart = 21 * time.Hour
	}
	if p.QuietEnd == 0 {
		p.QuietEnd = 8 * time.Hour
	}
	if p.PerDay == 0 {
		p.PerDay = 1
	}
	if p.PerWeek == 0 {
		p.PerWeek = 3
	}
	if p.ServiceWindow == 0 {
		p.ServiceWindow = 24 * time.Hour
	}
	return p
}

// GateInput is everything the gate decides on. The caller gathers it: the
// gate itself does no I/O and reads no clock, so it is a pure function.
type GateInput struct {
	Now     time.Time
	Channel Kind
	// Consent is the recipient's consent on Channel.
	Consent ConsentState
	// Location is the recipient's time zone; nil is refused for
	// automated sends (quiet hours cannot be honoured).
	Location *time.Location
	// Automated marks reminders, announcements and surveys: they are
	// subject to quiet hours and the message limits. Replies by staff are
	// not.
	Automated bool
	// Template reports that the message is a pre-approved template.
	Template bool
	// LastInbound is when the patient last wrote on Channel (zero if never).
	LastInbound time.Time
	// RecentAutomated are the times of automated messages already sent to
	// this patient, on any channel, in the last week at least.
	RecentAutomated []time.Time
	// Deadline, if set, is when the message stops being useful (say, the
	// appointment it reminds of): a send deferred past it is denied.
	Deadline time.Time
}

// Decision is the gate's answer.
type Decision struct {
	Verdict Verdict
	// Until is when a deferred send may go.
	Until  time.Time
	Reason Reason
}

// Gate decides whether an automated or staff send may go now. Opt-out
// always denies. For automated sends it then applies the message limits
// and quiet hours, deferring to the first minute both allow (denying when
// that is past the deadline). Last, on WhatsApp, a free-form message
// outside the service window needs a template.
func Gate(in GateInput, p GatePolicy) Decision {
	p = p.withDefaults()
	if in.Consent == ConsentOptedOut {
		return Decision{Verdict: Deny, Reason: ReasonOptedOut}
	}
	at, reason := in.Now, ReasonNone
	if in.Automated {
		if in.Location == nil {
			return Decision{Verdict: Deny, Reason: ReasonNoTimeZone}
		}
		at, reason = earliestAllowed(in.Now, in.Location, in.RecentAutomated, p)
		if !in.Deadline.IsZero() && !at.Before(in.Deadline) {
			return Decision{Verdict: Deny, Reason: ReasonPastDeadline}
		}
	}
	if in.Channel == WhatsApp && !in.Template {
		if in.LastInbound.IsZero() || !at.Before(in.LastInbound.Add(p.ServiceWindow)) {
			return Decision{Verdict: NeedsTemplate, Reason: ReasonWindowClosed, Until: at}
		}
	}
	if at.After(in.Now) {
		return Decision{Verdict: Defer, Until: at, Reason: reason}
	}
	return Decision{Verdict: Allow}
}

// earliestAllowed returns the first instant at or after now that is outside
// quiet hours and within the message limits, and the first reason it had to
// move.
func earliestAllowed(now time.Time, loc *time.Location, recent []time.Time, p GatePolicy) (time.Time, Reason) {
	sent := append([]time.Time(nil), recent...)
	sort.Slice(sent, func(i, j int) bool { return sent[i].Before(sent[j]) })
	t, first := now, ReasonNone
	note := func(r Reason) {
		if first == ReasonNone {
			first = r
		}
	}
	// Each step only moves t forward; a handful settle every case.
	for range 16 {
		moved := false
		if next, ok := limitFree(t, sent, 24*time.Hour, p.PerDay); !ok {
			t, moved = next, true
			note(ReasonDailyLimit)
		}
		if next, ok := limitFree(t, sent, 7*24*time.Hour, p.PerWeek); !ok {
			t, moved = next, true
			note(ReasonWeeklyLimit)
		}
		if next, ok := outsideQuiet(t, loc, p); !ok {
			t, moved = next, true
			note(ReasonQuietHours)
		}
		if !moved {
			break
		}
	}
	return t, first
}

// limitFree reports whether fewer than max messages fall in (t-window, t];
// if not, it returns the first time at which one has aged out.
func limitFree(t time.Time, sent []time.Time, window time.Duration, max int) (time.Time, bool) {
	if max < 0 {
		return t, true
	}
	var in []time.Time
	for _, s := range sent {
		if s.After(t.Add(-window)) && !s.After(t) {
			in = append(in, s)
		}
	}
	if len(in) < max {
		return t, true
	}
	// The oldest messages must age out until fewer than max remain.
	return in[len(in)-max].Add(window), false
}

// outsideQuiet reports whether t is within allowed hours in loc; if not, it
// returns the next allowed minute, found on the local wall clock so that
// daylight-saving changes are handled by the time package.
func outsideQuiet(t time.Time, loc *time.Location, p GatePolicy) (time.Time, bool) {
	lt := t.In(loc)
	y, m, d := lt.Date()
	midnight := time.Date(y, m, d, 0, 0, 0, 0, loc)
	open := wallClock(y, m, d, p.QuietEnd, loc)
	closeAt := wallClock(y, m, d, p.QuietStart, loc)
	switch {
	case lt.Before(open):
		return open, false
	case !lt.Before(closeAt):
		next := midnight.AddDate(0, 0, 1)
		ny, nm, nd := next.Date()
		return wallClock(ny, nm, nd, p.QuietEnd, loc), false
	}
	return t, true
}

// wallClock is the instant at offset (hours and minutes) on the local
// wall clock of a date; a wall time skipped by a DST change moves forward.
func wallClock(y int, m time.Month, d int, offset time.Duration, loc *time.Location) time.Time {
	h := int(offset / time.Hour)
	min := int((offset % time.Hour) / time.Minute)
	return time.Date(y, m, d, h, min, 0, 0, loc)
}

// ErrDeferred: the gate deferred the send; GateError.Decision.Until says
// until when.
var ErrDeferred = errors.New("channels: send deferred")

// ErrGateDenied: the gate denied the send for a reason other than opt-out.
var ErrGateDenied = errors.New("channels: send denied")

// GateError reports a gate decision other than Allow as an error. It
// matches ErrOptedOut, ErrOutsideWindow, ErrDeferred or ErrGateDenied with
// errors.Is.
type GateError struct{ Decision Decision }

// Error gives the gate's verdict and its reason code.
func (e *GateError) Error() string {
	s := fmt.Sprintf("channels: send gate: %s", e.Decision.Verdict)
	if e.Decision.Reason != ReasonNone {
		s += " (" + string(e.Decision.Reason) + ")"
	}
	if !e.Decision.Until.IsZero() && e.Decision.Verdict == Defer {
		s += " until " + e.Decision.Until.UTC().Format(time.RFC3339)
	}
	return s
}

// Is matches the sentinel of the decision.
func (e *GateError) Is(target error) bool {
	switch target {
	case ErrOptedOut:
		return e.Decision.Reason == ReasonOptedOut
	case ErrOutsideWindow:
		return e.Decision.Verdict == NeedsTemplate
	case ErrDeferred:
		return e.Decision.Verdict == Defer
	case ErrGateDenied:
		return e.Decision.Verdict == Deny && e.Decision.Reason != ReasonOptedOut
	}
	return false
}

// Err returns nil for Allow and a *GateError otherwise.
func (d Decision) Err() error {
	if d.Verdict == Allow {
		return nil
	}
	return &GateError{Decision: d}
}
