package routing

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/frontdeskhq/frontdesk/triage"
)

// DayTarget is a first-response deadline at the close of a business day.
type DayTarget string

// The day targets.
const (
	// SameBusinessDay is the close of the business day the message arrives
	// on (or of the next one, when it arrives after the last close).
	SameBusinessDay DayTarget = "same"
	// NextBusinessDay is the close of the business day after that.
	NextBusinessDay DayTarget = "next"
)

// Target is a first-response deadline: either Within, a span of business
// time, or Day, the close of a business day.
type Target struct {
	// Within is the business time allowed, such as 15 minutes.
	Within time.Duration
	// Day sets the deadline at the close of a business day instead.
	Day DayTarget
	// AllHours counts wall-clock time instead of business time, for
	// emergencies, which do not wait for the office to open. Only with
	// Within.
	AllHours bool
}

type targetJSON struct {
	Within   string    `json:"within,omitempty"`
	Day      DayTarget `json:"day,omitempty"`
	AllHours bool      `json:"all_hours,omitempty"`
}

// MarshalJSON writes Within as a Go duration string such as "15m".
func (t Target) MarshalJSON() ([]byte, error) {
	j := targetJSON{Day: t.Day, AllHours: t.AllHours}
	if t.Within != 0 {
		j.Within = t.Within.String()
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (t *Target) UnmarshalJSON(b []byte) error {
	var j targetJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*t = Target{Day: j.Day, AllHours: j.AllHours}
	if j.Within != "" {
		d, err := time.ParseDuration(j.Within)
		if err != nil {
			return fmt.Errorf("routing: sla target: within: %w", err)
		}
		t.Within = d
	}
	return nil
}

func (t Target) check() string {
	switch {
	case t.Within < 0 || t.Within > maxSpan:
		return "within must be positive and at most 31 days"
	case (t.Within > 0) == (t.Day != ""):
		return "set exactly one of within and day"
	case t.Day != "" && t.Day != SameBusinessDay && t.Day != NextBusinessDay:
		return fmt.Sprintf("day %q must be \"same\" or \"next\"", t.Day)
	case t.Day != "" && t.AllHours:
		return "all_hours needs within"
	}
	return ""
}

// maxSpan bounds SLA and escalation durations, so that business-time
// arithmetic stays cheap whatever a configuration says.
const maxSpan = 31 * 24 * time.Hour

// SLAPolicy says how soon each message must get a first response, and what
// happens around the deadline. Its zero value uses the defaults below.
type SLAPolicy struct {
	// Targets maps an urgency to its deadline. Missing urgencies take the
	// defaults: DefaultSLAPolicy with a calendar, WallClockSLAPolicy
	// without one.
	Targets map[triage.Urgency]Target `json:"targets,omitempty"`
	// Queues overrides Targets for one queue.
	Queues map[string]map[triage.Urgency]Target `json:"queues,omitempty"`
	// WarnAt is the share of the budget after which a warning is due,
	// between 0 and 1. Zero means 0.75.
	WarnAt float64 `json:"warn_at,omitempty"`
	// Escalation are the steps taken once a deadline passes, in order.
	// Nil means DefaultEscalation; an empty, non-nil list means none.
	Escalation []Step `json:"escalation"`
}

// DefaultSLAPolicy returns the defaults for a practice with a calendar:
// emergencies within 15 minutes around the clock, urgent messages the same
// business day, routine ones by the close of the next business day.
func DefaultSLAPolicy() SLAPolicy {
	return SLAPolicy{Targets: map[triage.Urgency]Target{
		triage.UrgencyEmergency: {Within: 15 * time.Minute, AllHours: true},
		triage.UrgencyUrgent:    {Day: SameBusinessDay},
		triage.UrgencyRoutine:   {Day: NextBusinessDay},
	}}
}

// WallClockSLAPolicy returns the defaults without a calendar, when business
// days are unknown: 15 minutes, 4 hours and 24 hours of wall-clock time.
func WallClockSLAPolicy() SLAPolicy {
	return SLAPolicy{Targets: map[triage.Urgency]Target{
		triage.UrgencyEmergency: {Within: 15 * time.Minute, AllHours: true},
		triage.UrgencyUrgent:    {Within: 4 * time.Hour, AllHours: true},
		triage.UrgencyRoutine:   {Within: 24 * time.Hour, AllHours: true},
	}}
}

// SLA computes first-response deadlines and the state of SLA clocks over a
// Calendar. It is immutable and safe for concurrent use.
type SLA struct {
	cal    *Calendar
	policy SLAPolicy
}

// NewSLA checks p and returns the SLA it describes on cal (nil: open
// around the clock). queues, when not nil, is the set of declared queue
// names that p.Queues and escalation steps may name.
func NewSLA(cal *Calendar, p SLAPolicy, queues func(string) bool) (*SLA, error) {
	def := DefaultSLAPolicy()
	if cal == nil {
		def = WallClockSLAPolicy()
	}
	out := SLAPolicy{Targets: map[triage.Urgency]Target{}, Queues: p.Queues, WarnAt: p.WarnAt, Escalation: p.Escalation}
	for u, t := range def.Targets {
		out.Targets[u] = t
	}
	var errs []error
	checkTargets := func(where string, ts map[triage.Urgency]Target) {
		for _, u := range slices.Sorted(maps.Keys(ts)) {
			t := ts[u]
			if !u.Valid() {
				errs = append(errs, configErr(where, ErrInvalidConfig, "unknown urgency %q", u))
			} else if msg := t.check(); msg != "" {
				errs = append(errs, configErr(fmt.Sprintf("%s %s", where, u), ErrInvalidConfig, "%s", msg))
			}
		}
	}
	checkTargets("sla targets", p.Targets)
	for u, t := range p.Targets {
		out.Targets[u] = t
	}
	for _, q := range slices.Sorted(maps.Keys(p.Queues)) {
		ts := p.Queues[q]
		where := fmt.Sprintf("sla queue %q", q)
		if queues != nil && !queues(q) {
			errs = append(errs, configErr(where, ErrUnknownQueue, "queue is not declared"))
		}
		checkTargets(where, ts)
	}
	if out.WarnAt == 0 {
		out.WarnAt = 0.75
	}
	if out.WarnAt < 0 || out.WarnAt >= 1 {
		errs = append(errs, configErr("sla warn_at", ErrInvalidConfig, "must be between 0 and 1"))
	}
	if out.Escalation == nil {
		out.Escalation = DefaultEscalation()
	}
	for i, st := range out.Escalation {
		if err := st.check(i, queues); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, joinErrs(errs)
	}
	return &SLA{cal: cal, policy: out}, nil
}

// Policy returns the effective policy, defaults filled in.
func (s *SLA) Policy() SLAPolicy { return s.policy }

// Calendar returns the calendar the SLA counts on (nil: around the clock).
func (s *SLA) Calendar() *Calendar { return s.cal }

// Target returns the deadline rule for a queue and urgency. An empty
// urgency (not triaged) is treated as routine, any other urgency outside the
// vocabulary as urgent.
func (s *SLA) Target(queue string, u triage.Urgency) Target {
	switch {
	case u == "":
		u = triage.UrgencyRoutine
	case !u.Valid():
		u = triage.UrgencyUrgent
	}
	if t, ok := s.policy.Queues[queue][u]; ok {
		return t
	}
	return s.policy.Targets[u]
}

// Budget returns how much counted time target t allows for a clock started
// at start: Within itself, or the business time until the day target.
func (s *SLA) Budget(t Target, start time.Time) time.Duration {
	switch t.Day {
	case SameBusinessDay:
		return s.cal.Between(start, s.cal.EndOfBusinessDay(start))
	case NextBusinessDay:
		return s.cal.Between(start, s.cal.NextBusinessDayEnd(start))
	}
	return t.Within
}

// Due returns the first-response deadline of a message that arrives at
// start in queue with urgency u.
func (s *SLA) Due(queue string, u triage.Urgency, start time.Time) time.Time {
	t := s.Target(queue, u)
	return s.add(t, start, s.Budget(t, start))
}

func (s *SLA) add(t Target, from time.Time, d time.Duration) time.Time {
	if t.AllHours {
		return from.Add(d)
	}
	return s.cal.Add(from, d)
}

func (s *SLA) between(t Target, a, b time.Time) time.Duration {
	if t.AllHours {
		if b.Before(a) {
			return 0
		}
		return b.Sub(a)
	}
	return s.cal.Between(a, b)
}
