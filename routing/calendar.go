package routing

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

// CalendarSpec declares a practice's business calendar. It is plain data, so
// that it can be written in Go or loaded from JSON; NewCalendar checks it.
type CalendarSpec struct {
	// TimeZone is an IANA zone name such as "America/Chicago". Empty means
	// UTC. Every time of day below is in this zone.
	TimeZone string `json:"time_zone,omitempty"`
	// Hours maps a lower-case English weekday ("monday" ... "sunday") to its
	// opening intervals, each "HH:MM-HH:MM" with the end after the start
	// ("24:00" is midnight at the end of the day). A day that is missing is
	// closed. Intervals of one day must not overlap.
	Hours map[string][]string `json:"hours,omitempty"`
	// Holidays are days on which the practice is closed or keeps shorter
	// hours.
	Holidays []Holiday `json:"holidays,omitempty"`
	// AfterHoursReply overrides the automatic after-hours reply per
	// language, "en" or "es". A text must name both emergency numbers, 911
	// and 988; "{next_open}" is replaced by the next opening time.
	AfterHoursReply map[string]string `json:"after_hours_reply,omitempty"`
}

// Holiday is a day the practice is closed, or open shorter hours.
type Holiday struct {
	// Date is the civil date, "YYYY-MM-DD", in the calendar's time zone.
	Date string `json:"date"`
	// Name is a label for people, such as "Thanksgiving".
	Name string `json:"name,omitempty"`
	// Hours, when set, are the day's opening intervals instead of the
	// weekday's ("08:00-12:00" on Christmas Eve); absent means closed.
	Hours []string `json:"hours,omitempty"`
}

// Calendar answers when a practice is open and does arithmetic in business
// time. It is immutable and safe for concurrent use. A nil *Calendar is
// open around the clock, in UTC.
type Calendar struct {
	loc      *time.Location
	week     [7][]span // by time.Weekday
	holidays map[civil]holiday
	replies  map[string]string
}

// span is an opening interval in minutes since local midnight, [start, end).
type span struct{ start, end int }

type holiday struct {
	name  string
	spans []span // nil: closed all day
}

type civil struct {
	y int
	m time.Month
	d int
}

func civilOf(t time.Time) civil {
	y, m, d := t.Date()
	return civil{y, m, d}
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// DefaultCalendarSpec returns Monday to Friday, 08:00 to 17:00, in zone tz,
// with no holidays.
func DefaultCalendarSpec(tz string) CalendarSpec {
	h := map[string][]string{}
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday"} {
		h[d] = []string{"08:00-17:00"}
	}
	return CalendarSpec{TimeZone: tz, Hours: h}
}

// NewCalendar checks spec and returns its Calendar. Errors are
// *ConfigError values (joined when there are several) wrapping
// ErrInvalidConfig, and ErrOverlappingHours for overlapping intervals.
func NewCalendar(spec CalendarSpec) (*Calendar, error) {
	var errs []error
	c := &Calendar{loc: time.UTC, holidays: map[civil]holiday{}, replies: map[string]string{}}
	if spec.TimeZone != "" {
		loc, err := time.LoadLocation(spec.TimeZone)
		if err != nil || strings.HasPrefix(spec.TimeZone, "/") {
			errs = append(errs, configErr("time_zone", ErrInvalidConfig, "unknown time zone %q", spec.TimeZone))
		} else {
			c.loc = loc
		}
	}
	open := false
	for _, d := range slices.Sorted(maps.Keys(spec.Hours)) {
		wd, ok := weekdays[d]
		where := "hours " + strconv.Quote(d)
		if !ok {
			errs = append(errs, configErr(where, ErrInvalidConfig, "unknown weekday"))
			continue
		}
		spans, err := parseSpans(where, spec.Hours[d])
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.week[wd] = spans
		open = open || len(spans) > 0
	}
	if !open && len(errs) == 0 {
		errs = append(errs, configErr("hours", ErrInvalidConfig, "the practice is never open"))
	}
	for i, h := range spec.Holidays {
		where := fmt.Sprintf("holiday #%d", i+1)
		d, err := time.Parse(time.DateOnly, h.Date)
		if err != nil {
			errs = append(errs, configErr(where, ErrInvalidConfig, "date must be YYYY-MM-DD"))
			continue
		}
		spans, err := parseSpans(where, h.Hours)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if len(spans) == 0 {
			spans = nil
		}
		c.holidays[civilOf(d)] = holiday{name: h.Name, spans: spans}
	}
	for _, lang := range slices.Sorted(maps.Keys(spec.AfterHoursReply)) {
		text := spec.AfterHoursReply[lang]
		if lang != "en" && lang != "es" {
			errs = append(errs, configErr("after_hours_reply "+strconv.Quote(lang), ErrInvalidConfig, "language must be \"en\" or \"es\""))
			continue
		}
		if !strings.Contains(text, "911") || !strings.Contains(text, "988") {
			errs = append(errs, configErr("after_hours_reply "+strconv.Quote(lang), ErrInvalidConfig, "must give the emergency numbers 911 and 988"))
			continue
		}
		c.replies[lang] = text
	}
	if len(errs) > 0 {
		return nil, joinErrs(errs)
	}
	return c, nil
}

func parseSpans(where string, in []string) ([]span, error) {
	out := make([]span, 0, len(in))
	for _, s := range in {
		from, to, ok := strings.Cut(s, "-")
		a, okA := parseClock(from)
		b, okB := parseClock(to)
		if !ok || !okA || !okB || b <= a {
			return nil, configErr(where, ErrInvalidConfig, "interval %q must be HH:MM-HH:MM with the end after the start", s)
		}
		out = append(out, span{a, b})
	}
	slices.SortFunc(out, func(x, y span) int { return x.start - y.start })
	for i := 1; i < len(out); i++ {
		if out[i].start < out[i-1].end {
			return nil, configErr(where, ErrOverlappingHours, "intervals %s and %s overlap", out[i-1], out[i])
		}
	}
	return out, nil
}

// parseClock parses "HH:MM" (00:00 to 24:00) into minutes since midnight.
func parseClock(s string) (int, bool) {
	if len(s) != 5 || s[2] != ':' {
		return 0, false
	}
	h, err1 := strconv.Atoi(s[:2])
	m, err2 := strconv.Atoi(s[3:])
	if err1 != nil || err2 != nil || h < 0 || m < 0 || m > 59 || h > 24 || (h == 24 && m != 0) || s[0] == '+' || s[3] == '+' {
		return 0, false
	}
	return h*60 + m, true
}

func (s span) String() string {
	return fmt.Sprintf("%02d:%02d-%02d:%02d", s.start/60, s.start%60, s.end/60, s.end%60)
}

// Location returns the calendar's time zone.
func (c *Calendar) Location() *time.Location {
	if c == nil {
		return time.UTC
	}
	return c.loc
}

// Holiday reports whether t falls on a holiday, and its name.
func (c *Calendar) Holiday(t time.Time) (string, bool) {
	if c == nil {
		return "", false
	}
	h, ok := c.holidays[civilOf(t.In(c.loc))]
	return h.name, ok
}

// IsOpen reports whether the practice is open at t.
func (c *Calendar) IsOpen(t time.Time) bool {
	if c == nil {
		return true
	}
	open := false
	c.periods(t, func(s, e time.Time) bool {
		if !s.After(t) && t.Before(e) {
			open = true
		}
		return s.After(t) // stop once periods start after t
	})
	return open
}

// NextOpen returns t when the practice is open at t, else the start of the
// next opening period.
func (c *Calendar) NextOpen(t time.Time) time.Time {
	if c == nil {
		return t
	}
	next := t
	c.periods(t, func(s, e time.Time) bool {
		if t.Before(e) {
			next = later(s, t)
			return true
		}
		return false
	})
	return next
}

// Add returns the instant at which d of business time has passed since t.
// Closed time (nights, weekends, holidays) does not count. Arithmetic is
// done on the opening intervals of each local day, so days on which
// daylight saving time starts or ends count their true length.
func (c *Calendar) Add(t time.Time, d time.Duration) time.Time {
	if c == nil {
		return t.Add(d)
	}
	if d <= 0 {
		return t
	}
	out := t
	c.periods(t, func(s, e time.Time) bool {
		if !e.After(t) {
			return false
		}
		s = later(s, t)
		if avail := e.Sub(s); d > avail {
			d -= avail
			return false
		}
		out = s.Add(d)
		return true
	})
	return out
}

// Between returns the business time from a to b (zero when b is not after a).
func (c *Calendar) Between(a, b time.Time) time.Duration {
	if !b.After(a) {
		return 0
	}
	if c == nil {
		return b.Sub(a)
	}
	var total time.Duration
	c.periods(a, func(s, e time.Time) bool {
		if !s.Before(b) {
			return true
		}
		s, e = later(s, a), earlier(e, b)
		if e.After(s) {
			total += e.Sub(s)
		}
		return false
	})
	return total
}

// EndOfBusinessDay returns the closing time of the business day of t: the
// last close of t's local day when the practice still opens or is open on
// that day after t, else the last close of the next business day.
func (c *Calendar) EndOfBusinessDay(t time.Time) time.Time {
	if c == nil {
		y, m, d := t.UTC().Date()
		return time.Date(y, m, d+1, 0, 0, 0, 0, time.UTC)
	}
	return c.dayClose(c.NextOpen(t))
}

// NextBusinessDayEnd returns the closing time of the business day after the
// business day of t.
func (c *Calendar) NextBusinessDayEnd(t time.Time) time.Time {
	end := c.EndOfBusinessDay(t)
	return c.EndOfBusinessDay(end.Add(time.Nanosecond))
}

// dayClose returns the last close of the local day of the open instant t.
func (c *Calendar) dayClose(t time.Time) time.Time {
	local := t.In(c.loc)
	spans := c.spans(local)
	if len(spans) == 0 {
		return t
	}
	last := spans[len(spans)-1]
	y, m, d := local.Date()
	return time.Date(y, m, d, 0, last.end, 0, 0, c.loc)
}

// periods calls fn with the opening periods of each local day from the day
// of t on, in order, until fn returns true. Because the week has at least
// one opening and holidays are finite, a period always comes.
func (c *Calendar) periods(t time.Time, fn func(s, e time.Time) bool) {
	local := t.In(c.loc)
	y, m, d := local.Date()
	limit := 8 + len(c.holidays) // days without an opening before one must come
	for i, idle := 0, 0; idle <= limit; i++ {
		day := time.Date(y, m, d+i, 12, 0, 0, 0, c.loc)
		spans := c.spans(day)
		if len(spans) == 0 {
			idle++
			continue
		}
		idle = 0
		dy, dm, dd := day.Date()
		for _, sp := range spans {
			s := time.Date(dy, dm, dd, 0, sp.start, 0, 0, c.loc)
			e := time.Date(dy, dm, dd, 0, sp.end, 0, 0, c.loc)
			if !e.After(s) {
				continue // an interval erased by a DST jump
			}
			if fn(s, e) {
				return
			}
		}
	}
}

// spans returns the opening intervals of the local day of t.
func (c *Calendar) spans(t time.Time) []span {
	if h, ok := c.holidays[civilOf(t)]; ok {
		return h.spans
	}
	return c.week[t.Weekday()]
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
