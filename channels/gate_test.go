package channels_test

import (
	"errors"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
)

func TestGate(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skipf("no time zone database: %v", err)
	}
	local := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, ny) }
	noon := local(2026, 6, 10, 12, 0)
	cases := []struct {
		name string
		in   channels.GateInput
		want channels.Decision
	}{
		{"allowed", channels.GateInput{Now: noon, Channel: channels.SMS, Location: ny, Automated: true}, channels.Decision{Verdict: channels.Allow}},
		{"opted out denies even staff", channels.GateInput{Now: noon, Channel: channels.SMS, Consent: channels.ConsentOptedOut},
			channels.Decision{Verdict: channels.Deny, Reason: channels.ReasonOptedOut}},
		{"night defers to 08:00", channels.GateInput{Now: local(2026, 6, 10, 22, 30), Channel: channels.SMS, Location: ny, Automated: true},
			channels.Decision{Verdict: channels.Defer, Until: local(2026, 6, 11, 8, 0), Reason: channels.ReasonQuietHours}},
		{"early morning defers same day", channels.GateInput{Now: local(2026, 6, 10, 6, 59), Channel: channels.SMS, Location: ny, Automated: true},
			channels.Decision{Verdict: channels.Defer, Until: local(2026, 6, 10, 8, 0), Reason: channels.ReasonQuietHours}},
		{"21:00 is quiet", channels.GateInput{Now: local(2026, 6, 10, 21, 0), Channel: channels.SMS, Location: ny, Automated: true},
			channels.Decision{Verdict: channels.Defer, Until: local(2026, 6, 11, 8, 0), Reason: channels.ReasonQuietHours}},
		{"staff replies ignore quiet hours", channels.GateInput{Now: local(2026, 6, 10, 23, 0), Channel: channels.SMS}, channels.Decision{Verdict: channels.Allow}},
		{"daily limit", channels.GateInput{Now: noon, Channel: channels.SMS, Location: ny, Automated: true, RecentAutomated: []time.Time{noon.Add(-2 * time.Hour)}},
			channels.Decision{Verdict: channels.Defer, Until: noon.Add(22 * time.Hour), Reason: channels.ReasonDailyLimit}},
		{"daily limit then quiet hours", channels.GateInput{Now: noon, Channel: channels.SMS, Location: ny, Automated: true, RecentAutomated: []time.Time{local(2026, 6, 9, 22, 30)}},
			channels.Decision{Verdict: channels.Defer, Until: local(2026, 6, 11, 8, 0), Reason: channels.ReasonDailyLimit}},
		{"weekly limit", channels.GateInput{Now: noon, Channel: channels.SMS, Location: ny, Automated: true,
			RecentAutomated: []time.Time{noon.AddDate(0, 0, -6), noon.AddDate(0, 0, -4), noon.AddDate(0, 0, -2)}},
			channels.Decision{Verdict: channels.Defer, Until: noon.AddDate(0, 0, 1), Reason: channels.ReasonWeeklyLimit}},
		{"deferred past the appointment", channels.GateInput{Now: local(2026, 6, 10, 22, 0), Channel: channels.SMS, Location: ny, Automated: true,
			Deadline: local(2026, 6, 11, 7, 30)}, channels.Decision{Verdict: channels.Deny, Reason: channels.ReasonPastDeadline}},
		{"no time zone", channels.GateInput{Now: noon, Channel: channels.SMS, Automated: true}, channels.Decision{Verdict: channels.Deny, Reason: channels.ReasonNoTimeZone}},
		{"whatsapp inside window", channels.GateInput{Now: noon, Channel: channels.WhatsApp, LastInbound: noon.Add(-23 * time.Hour)}, channels.Decision{Verdict: channels.Allow}},
		{"whatsapp outside window", channels.GateInput{Now: noon, Channel: channels.WhatsApp, LastInbound: noon.Add(-25 * time.Hour)},
			channels.Decision{Verdict: channels.NeedsTemplate, Reason: channels.ReasonWindowClosed, Until: noon}},
		{"whatsapp never wrote", channels.GateInput{Now: noon, Channel: channels.WhatsApp},
			channels.Decision{Verdict: channels.NeedsTemplate, Reason: channels.ReasonWindowClosed, Until: noon}},
		{"whatsapp template outside window", channels.GateInput{Now: noon, Channel: channels.WhatsApp, Template: true}, channels.Decision{Verdict: channels.Allow}},
		{"whatsapp window closes before deferred time", channels.GateInput{Now: local(2026, 6, 10, 22, 0), Channel: channels.WhatsApp, Location: ny, Automated: true,
			LastInbound: local(2026, 6, 10, 1, 0)}, channels.Decision{Verdict: channels.NeedsTemplate, Reason: channels.ReasonWindowClosed, Until: local(2026, 6, 11, 8, 0)}},
		// 2026-03-08: clocks jump from 02:00 to 03:00 in New York.
		{"spring forward", channels.GateInput{Now: local(2026, 3, 7, 23, 0), Channel: channels.SMS, Location: ny, Automated: true},
			channels.Decision{Verdict: channels.Defer, Until: local(2026, 3, 8, 8, 0), Reason: channels.ReasonQuietHours}},
		// 2026-11-01: clocks fall back from 02:00 to 01:00.
		{"fall back", channels.GateInput{Now: local(2026, 10, 31, 21, 30), Channel: channels.SMS, Location: ny, Automated: true},
			channels.Decision{Verdict: channels.Defer, Until: local(2026, 11, 1, 8, 0), Reason: channels.ReasonQuietHours}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := channels.Gate(c.in, channels.GatePolicy{})
			if got.Verdict != c.want.Verdict || got.Reason != c.want.Reason || !got.Until.Equal(c.want.Until) {
				t.Errorf("Gate = %+v, want %+v", got, c.want)
			}
			if got.Verdict == channels.Defer && got.Until.Sub(c.in.Now) <= 0 {
				t.Errorf("deferred to the past")
			}
		})
	}
	// The fall-back day is 25 hours long: 08:00 local is 13:00 UTC after it.
	fb := channels.Gate(channels.GateInput{Now: local(2026, 10, 31, 21, 30), Channel: channels.SMS, Location: ny, Automated: true}, channels.GatePolicy{})
	if h := fb.Until.UTC().Hour(); h != 13 {
		t.Errorf("after fall back, 08:00 New York is %02d:00 UTC, want 13:00", h)
	}
}

func TestGateErrors(t *testing.T) {
	cases := []struct {
		d    channels.Decision
		want error
	}{
		{channels.Decision{Verdict: channels.Deny, Reason: channels.ReasonOptedOut}, channels.ErrOptedOut},
		{channels.Decision{Verdict: channels.NeedsTemplate, Reason: channels.ReasonWindowClosed}, channels.ErrOutsideWindow},
		{channels.Decision{Verdict: channels.Defer, Reason: channels.ReasonQuietHours, Until: time.Unix(0, 0)}, channels.ErrDeferred},
		{channels.Decision{Verdict: channels.Deny, Reason: channels.ReasonPastDeadline}, channels.ErrGateDenied},
	}
	for _, c := range cases {
		err := c.d.Err()
		if !errors.Is(err, c.want) {
			t.Errorf("%+v: err %v does not match %v", c.d, err, c.want)
		}
		var ge *channels.GateError
		if !errors.As(err, &ge) || ge.Decision.Reason != c.d.Reason {
			t.Errorf("%+v: not a GateError with the decision", c.d)
		}
	}
	if (channels.Decision{Verdict: channels.Allow}).Err() != nil {
		t.Error("Allow is an error")
	}
}

func FuzzGate(f *testing.F) {
	f.Add(int64(1781107200), int64(3600), int64(7200), int64(90000), true, uint8(1))
	f.Fuzz(func(t *testing.T, now, last, sent1, sent2 int64, automated bool, ch uint8) {
		loc := time.FixedZone("x", -5*3600)
		n := time.Unix(now%(1<<40), 0)
		in := channels.GateInput{
			Now: n, Channel: channels.Kinds()[int(ch)%4], Location: loc, Automated: automated,
			LastInbound:     n.Add(-time.Duration(last%(1<<30)) * time.Second),
			RecentAutomated: []time.Time{n.Add(-time.Duration(sent1%(1<<30)) * time.Second), n.Add(-time.Duration(sent2%(1<<30)) * time.Second)},
		}
		d := channels.Gate(in, channels.GatePolicy{})
		if d.Verdict == channels.Defer {
			if !d.Until.After(n) {
				t.Fatalf("deferred to %v, not after %v", d.Until, n)
			}
			// Deferred to an allowed time: asking again then allows it.
			in.Now = d.Until
			if again := channels.Gate(in, channels.GatePolicy{}); again.Verdict != channels.Allow && again.Verdict != channels.NeedsTemplate {
				t.Fatalf("at the deferred time the gate says %+v", again)
			}
		}
	})
}
