package reminders

import (
	"context"
	"errors"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
)

// What became of a send: the outcome a dispatch records, whether and
// when it is tried again, and the reason and class of its failure.

// outcome is what happened to one claimed reminder.
type outcome struct {
	p      CompleteParams
	result func(*DispatchStats)
}

func finalOutcome(state State, reason string, count func(*DispatchStats)) outcome {
	return outcome{p: CompleteParams{State: state, Reason: reason}, result: count}
}

// decide sends or defers one claimed reminder and returns what to record.
func (d *Dispatcher) decide(ctx context.Context, c *Claimed, sends *laneSends, shared bool) outcome {
	r, a := c.Reminder, c.Appointment
	now := d.cfg.Clock.Now()
	if !r.LeaseUntil.IsZero() && now.After(r.LeaseUntil.Add(-d.cfg.Lease/4)) {
		// The lease has run out or nearly (a batch claimed ahead waited
		// for a slow one): another dispatcher may claim the reminder, so
		// give it back unsent rather than risk a second send.
		return outcome{p: CompleteParams{State: StateScheduled, DueAt: r.DueAt, Attempts: r.Attempts, Reason: r.Reason},
			result: func(s *DispatchStats) { s.Deferred++ }}
	}
	if !a.Status.Remindable() {
		return finalOutcome(StateVoided, "appointment-"+string(a.Status), func(s *DispatchStats) { s.Voided++ })
	}
	if a.Confirmed && d.cfg.Policy.SkipConfirmed {
		return finalOutcome(StateSkipped, "confirmed", func(s *DispatchStats) { s.Skipped++ })
	}
	if !a.Start.After(now) {
		return finalOutcome(StateSkipped, "past-appointment", func(s *DispatchStats) { s.Skipped++ })
	}
	loc, err := a.Location()
	if err != nil {
		return finalOutcome(StateSkipped, string(channels.ReasonNoTimeZone), func(s *DispatchStats) { s.Skipped++ })
	}
	recent, err := sends.recent(ctx, d, c, now, shared)
	if err != nil {
		return d.retry(r, a, now, 0, "store-error")
	}
	pol := d.cfg.Policy
	lang := pol.language(a.Recipient)
	reason := "no-channel"
	for _, k := range pol.channelOrder(a.Recipient) {
		ch, ok := d.chans[k]
		addr, hasAddr := a.Recipient.Address(k)
		if !ok || !hasAddr {
			continue
		}
		in := channels.GateInput{Now: now, Channel: k, Location: loc, Automated: true,
			RecentAutomated: recent, Deadline: a.Start, Consent: d.consent(ctx, a.PracticeID, k, addr)}
		if k == channels.WhatsApp && d.cfg.Window != nil {
			in.LastInbound, _ = d.cfg.Window.LastInbound(ctx, a.PracticeID, k, addr)
		}
		dec := channels.Gate(in, pol.Gate)
		switch dec.Verdict {
		case channels.Deny:
			reason = string(dec.Reason)
			if dec.Reason == channels.ReasonOptedOut {
				continue
			}
			return finalOutcome(StateSkipped, reason, func(s *DispatchStats) { s.Skipped++ })
		case channels.Defer:
			return outcome{p: CompleteParams{State: StateScheduled, DueAt: dec.Until, Reason: string(dec.Reason)},
				result: func(s *DispatchStats) { s.Deferred++ }}
		}
		m, err := d.message(a, r, ch.Capabilities(), addr, lang, loc, dec.Verdict == channels.NeedsTemplate)
		if err != nil {
			return finalOutcome(StateFailed, "render", func(s *DispatchStats) { s.Failed++ })
		}
		attempts := r.Attempts + 1
		res, err := ch.Send(ctx, m)
		if err == nil {
			sends.sent(c, now, shared)
			return outcome{p: CompleteParams{State: StateSent, Attempts: attempts, Channel: k, ContactKey: addr.ContactKey(),
				ProviderID: res.ProviderID, SentAt: now}, result: func(s *DispatchStats) { s.Sent++ }}
		}
		if ctx.Err() != nil {
			return outcome{}
		}
		reason = sendReason(err)
		if channels.IsRetryable(err) {
			r.Attempts = attempts
			var se *channels.SendError
			wait := time.Duration(0)
			if errors.As(err, &se) {
				wait = se.RetryAfter
			}
			return d.retry(r, a, now, wait, reason)
		}
		d.log.Info("send refused; trying next channel", zap.String("practice_id", a.PracticeID),
			zap.String("reminder_id", r.ID), zap.String("channel", string(k)), zap.String("reason", reason))
	}
	return finalOutcome(StateSkipped, reason, func(s *DispatchStats) { s.Skipped++ })
}

// retry schedules another attempt with exponential back-off, or gives up
// when attempts are spent or the retry would come after the appointment.
func (d *Dispatcher) retry(r Reminder, a Appointment, now time.Time, wait time.Duration, reason string) outcome {
	if wait <= 0 {
		wait = d.cfg.Backoff << min(max(r.Attempts-1, 0), 10)
		wait = min(wait, 30*time.Minute)
	}
	at := now.Add(wait)
	if r.Attempts >= d.cfg.MaxAttempts || !at.Before(a.Start) {
		return outcome{p: CompleteParams{State: StateFailed, Attempts: r.Attempts, Reason: "gave-up:" + reason},
			result: func(s *DispatchStats) { s.Failed++ }}
	}
	return outcome{p: CompleteParams{State: StateScheduled, DueAt: at, Attempts: r.Attempts, Reason: reason},
		result: func(s *DispatchStats) { s.Retried++ }}
}

// sendReason turns a send error into a PHI-free code.
func sendReason(err error) string {
	var se *channels.SendError
	if errors.As(err, &se) {
		s := "send:" + errorClass(se.Err)
		if se.Code != "" {
			s += ":" + se.Code
		}
		return s
	}
	return "send:" + errorClass(err)
}

func errorClass(err error) string {
	for _, c := range []struct {
		err  error
		name string
	}{{channels.ErrRateLimited, "rate-limited"}, {channels.ErrUnavailable, "unavailable"}, {channels.ErrRejected, "rejected"},
		{channels.ErrOptedOut, "opted-out"}, {channels.ErrOutsideWindow, "outside-window"}, {channels.ErrInvalidMessage, "invalid"},
		{channels.ErrTextTooLong, "too-long"}} {
		if errors.Is(err, c.err) {
			return c.name
		}
	}
	return "error"
}
