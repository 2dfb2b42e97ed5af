package routing_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/routing"
)

func chicago(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Skipf("time zone data unavailable: %v", err)
	}
	return loc
}

func mustCalendar(t testing.TB, spec routing.CalendarSpec) *routing.Calendar {
	t.Helper()
	c, err := routing.NewCalendar(spec)
	if err != nil {
		t.Fatalf("NewCalendar: %v", err)
	}
	return c
}

// clinicSpec is open Monday to Friday 08:00-12:00 and 13:00-17:00, closed on
// Thanksgiving 2026.
func clinicSpec() routing.CalendarSpec {
	h := map[string][]string{}
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday"} {
		h[d] = []string{"13:00-17:00", "08:00-12:00"}
	}
	return routing.CalendarSpec{TimeZone: "America/Chicago", Hours: h,
		Holidays: []routing.Holiday{{Date: "2026-11-26", Name: "Thanksgiving"}, {Date: "2026-12-24", Name: "Christmas Eve", Hours: []string{"08:00-12:00"}}}}
}

func TestCalendarIsOpenAndNextOpen(t *testing.T) {
	loc := chicago(t)
	c := mustCalendar(t, clinicSpec())
	at := func(mo time.Month, d, h, m int) time.Time { return time.Date(2026, mo, d, h, m, 0, 0, loc) }
	cases := []struct {
		name string
		t    time.Time
		open bool
		next time.Time
	}{
		{"monday morning", at(11, 23, 9, 30), true, at(11, 23, 9, 30)},
		{"opening instant", at(11, 23, 8, 0), true, at(11, 23, 8, 0)},
		{"closing instant", at(11, 23, 17, 0), false, at(11, 24, 8, 0)},
		{"lunch", at(11, 23, 12, 15), false, at(11, 23, 13, 0)},
		{"early", at(11, 23, 6, 0), false, at(11, 23, 8, 0)},
		{"thanksgiving", at(11, 26, 10, 0), false, at(11, 27, 8, 0)},
		{"wednesday evening before holiday", at(11, 25, 18, 0), false, at(11, 27, 8, 0)},
		{"saturday", at(11, 28, 10, 0), false, at(11, 30, 8, 0)},
		{"christmas eve morning", at(12, 24, 11, 0), true, at(12, 24, 11, 0)},
		{"christmas eve afternoon", at(12, 24, 14, 0), false, at(12, 25, 8, 0)},
		{"utc instant", time.Date(2026, 11, 23, 15, 0, 0, 0, time.UTC), true, time.Date(2026, 11, 23, 15, 0, 0, 0, time.UTC)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.IsOpen(tc.t); got != tc.open {
				t.Errorf("IsOpen = %v, want %v", got, tc.open)
			}
			if got := c.NextOpen(tc.t); !got.Equal(tc.next) {
				t.Errorf("NextOpen = %v, want %v", got.In(loc), tc.next)
			}
		})
	}
	if name, ok := c.Holiday(at(11, 26, 23, 59)); !ok || name != "Thanksgiving" {
		t.Errorf("Holiday = %q, %v", name, ok)
	}
}

func TestCalendarAddAndBetween(t *testing.T) {
	loc := chicago(t)
	c := mustCalendar(t, clinicSpec())
	at := func(mo time.Month, d, h, m int) time.Time { return time.Date(2026, mo, d, h, m, 0, 0, loc) }
	cases := []struct {
		name string
		from time.Time
		d    time.Duration
		want time.Time
	}{
		{"within a period", at(11, 23, 9, 0), time.Hour, at(11, 23, 10, 0)},
		{"ends at close", at(11, 23, 16, 0), time.Hour, at(11, 23, 17, 0)},
		{"across lunch", at(11, 23, 11, 30), time.Hour, at(11, 23, 13, 30)},
		{"overnight", at(11, 23, 16, 30), time.Hour, at(11, 24, 8, 30)},
		{"from a closed time", at(11, 23, 20, 0), 30 * time.Minute, at(11, 24, 8, 30)},
		{"over the holiday", at(11, 25, 16, 0), 2 * time.Hour, at(11, 27, 9, 0)},
		{"over a weekend", at(11, 27, 16, 0), 90 * time.Minute, at(11, 30, 8, 30)},
		{"full week ends at friday close", at(11, 30, 8, 0), 40 * time.Hour, at(12, 4, 17, 0)},
		{"zero", at(11, 28, 3, 0), 0, at(11, 28, 3, 0)},
		// DST starts on Sunday 8 March 2026 and ends on Sunday 1 November.
		{"over spring forward", at(3, 6, 16, 0), 2 * time.Hour, at(3, 9, 9, 0)},
		{"over fall back", at(10, 30, 16, 0), 2 * time.Hour, at(11, 2, 9, 0)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := c.Add(tc.from, tc.d)
			if !got.Equal(tc.want) {
				t.Fatalf("Add = %v, want %v", got.In(loc), tc.want)
			}
			if tc.d > 0 {
				if b := c.Between(tc.from, got); b != tc.d {
					t.Errorf("Between(from, Add(from, d)) = %v, want %v", b, tc.d)
				}
			}
		})
	}
}

func TestCalendarDSTDayLength(t *testing.T) {
	loc := chicago(t)
	c := mustCalendar(t, routing.CalendarSpec{TimeZone: "America/Chicago",
		Hours: map[string][]string{"sunday": {"00:00-24:00"}}})
	cases := []struct {
		day  int
		mo   time.Month
		want time.Duration
	}{{8, time.March, 23 * time.Hour}, {1, time.November, 25 * time.Hour}, {15, time.November, 24 * time.Hour}}
	for _, tc := range cases {
		from := time.Date(2026, tc.mo, tc.day-1, 12, 0, 0, 0, loc)
		if got := c.Between(from, from.Add(48*time.Hour)); got != tc.want {
			t.Errorf("%v %d: business time = %v, want %v", tc.mo, tc.day, got, tc.want)
		}
		// Counting a whole Sunday from Saturday noon lands on Monday midnight.
		end := c.Add(from, tc.want)
		if want := time.Date(2026, tc.mo, tc.day+1, 0, 0, 0, 0, loc); !end.Equal(want) {
			t.Errorf("%v %d: Add = %v, want %v", tc.mo, tc.day, end, want)
		}
	}
}

func TestCalendarBusinessDays(t *testing.T) {
	loc := chicago(t)
	c := mustCalendar(t, clinicSpec())
	at := func(mo time.Month, d, h, m int) time.Time { return time.Date(2026, mo, d, h, m, 0, 0, loc) }
	cases := []struct {
		name      string
		t         time.Time
		same, nxt time.Time
	}{
		{"morning", at(11, 23, 9, 0), at(11, 23, 17, 0), at(11, 24, 17, 0)},
		{"evening", at(11, 23, 19, 0), at(11, 24, 17, 0), at(11, 25, 17, 0)},
		{"before holiday", at(11, 25, 10, 0), at(11, 25, 17, 0), at(11, 27, 17, 0)},
		{"friday", at(11, 27, 12, 30), at(11, 27, 17, 0), at(11, 30, 17, 0)},
		{"short day", at(12, 24, 9, 0), at(12, 24, 12, 0), at(12, 25, 17, 0)},
	}
	for _, tc := range cases {
		if got := c.EndOfBusinessDay(tc.t); !got.Equal(tc.same) {
			t.Errorf("%s: EndOfBusinessDay = %v, want %v", tc.name, got.In(loc), tc.same)
		}
		if got := c.NextBusinessDayEnd(tc.t); !got.Equal(tc.nxt) {
			t.Errorf("%s: NextBusinessDayEnd = %v, want %v", tc.name, got.In(loc), tc.nxt)
		}
	}
}

func TestNilCalendarIsAlwaysOpen(t *testing.T) {
	var c *routing.Calendar
	t0 := time.Date(2026, 11, 28, 3, 0, 0, 0, time.UTC)
	if !c.IsOpen(t0) || !c.Add(t0, time.Hour).Equal(t0.Add(time.Hour)) || c.Between(t0, t0.Add(time.Hour)) != time.Hour {
		t.Error("nil calendar should be open around the clock")
	}
	if c.AfterHoursReply("en", t0) != "" {
		t.Error("nil calendar gave an after-hours reply")
	}
}

func TestCalendarSpecErrors(t *testing.T) {
	cases := []struct {
		name  string
		spec  routing.CalendarSpec
		is    error
		where string
	}{
		{"overlap", routing.CalendarSpec{Hours: map[string][]string{"monday": {"08:00-12:00", "11:00-17:00"}}},
			routing.ErrOverlappingHours, `hours "monday"`},
		{"bad interval", routing.CalendarSpec{Hours: map[string][]string{"monday": {"17:00-08:00"}}},
			routing.ErrInvalidConfig, `hours "monday"`},
		{"bad clock", routing.CalendarSpec{Hours: map[string][]string{"monday": {"8:00-12:00"}}},
			routing.ErrInvalidConfig, `hours "monday"`},
		{"bad day", routing.CalendarSpec{Hours: map[string][]string{"mon": {"08:00-12:00"}}},
			routing.ErrInvalidConfig, `hours "mon"`},
		{"never open", routing.CalendarSpec{}, routing.ErrInvalidConfig, "hours"},
		{"bad zone", routing.CalendarSpec{TimeZone: "Mars/Olympus", Hours: map[string][]string{"monday": {"08:00-12:00"}}},
			routing.ErrInvalidConfig, "time_zone"},
		{"bad holiday hours", routing.CalendarSpec{Hours: map[string][]string{"monday": {"08:00-12:00"}},
			Holidays: []routing.Holiday{{Date: "2026-12-24", Hours: []string{"08:00-12:00", "11:00-13:00"}}}}, routing.ErrOverlappingHours, "holiday #1"},
		{"bad holiday", routing.CalendarSpec{Hours: map[string][]string{"monday": {"08:00-12:00"}},
			Holidays: []routing.Holiday{{Date: "26/11/2026"}}}, routing.ErrInvalidConfig, "holiday #1"},
		{"reply without 988", routing.CalendarSpec{Hours: map[string][]string{"monday": {"08:00-12:00"}},
			AfterHoursReply: map[string]string{"en": "Closed. Call 911."}}, routing.ErrInvalidConfig, `after_hours_reply "en"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := routing.NewCalendar(tc.spec)
			if !errors.Is(err, tc.is) || !errors.Is(err, routing.ErrInvalidConfig) {
				t.Fatalf("err = %v, want %v", err, tc.is)
			}
			var ce *routing.ConfigError
			if !errors.As(err, &ce) || !strings.HasPrefix(ce.Where, tc.where) {
				t.Errorf("err = %v, want it to name %s", err, tc.where)
			}
		})
	}
}

func TestAfterHoursReply(t *testing.T) {
	loc := chicago(t)
	c := mustCalendar(t, clinicSpec())
	fri := time.Date(2026, 11, 27, 18, 0, 0, 0, loc)
	cases := []struct {
		lang string
		want []string
	}{
		{"en", []string{"911", "988", "Monday, November 30 at 8:00 AM", "Automatic"}},
		{"", []string{"911", "988", "Monday, November 30"}},
		{"es-MX", []string{"911", "988", "el lunes 30 de noviembre a las 08:00", "automática"}},
	}
	for _, tc := range cases {
		got := c.AfterHoursReply(tc.lang, fri)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q: reply %q lacks %q", tc.lang, got, w)
			}
		}
	}
	if got := c.AfterHoursReply("en", time.Date(2026, 11, 30, 9, 0, 0, 0, loc)); got != "" {
		t.Errorf("open practice replied %q", got)
	}
	custom := clinicSpec()
	custom.AfterHoursReply = map[string]string{"es": "Cerrado hasta {next_open}. Emergencias: 911. Crisis: 988."}
	c = mustCalendar(t, custom)
	if got := c.AfterHoursReply("es", fri); !strings.HasPrefix(got, "Cerrado hasta el lunes 30") {
		t.Errorf("custom reply = %q", got)
	}
}

func BenchmarkCalendarAdd(b *testing.B) {
	c := mustCalendar(b, clinicSpec())
	from := time.Date(2026, 11, 25, 16, 0, 0, 0, chicago(b))
	b.ReportAllocs()
	for b.Loop() {
		c.Add(from, 12*time.Hour)
	}
}
