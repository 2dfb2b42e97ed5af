package reminders

import (
	"context"
	"fmt"
	"strings"
	"text/template"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
)

// Announcement is a one-off message to a list of patients ("the office is
// closed today"). The caller filters the list; the message passes the
// same send gate, consent and channel order as reminders.
type Announcement struct {
	PracticeID string
	// ID keys the sends: announcing the same ID twice never sends twice
	// to one patient through a provider that honours idempotency keys.
	ID string
	// Texts are Go templates by language ("en", "es"); they see
	// TemplateData with Practice set. English is the fallback. Include
	// opt-out instructions: the texts are sent as written.
	Texts map[string]string
	// Deadline, if set, is when the message stops being useful; a send the
	// gate would defer past it is skipped.
	Deadline   time.Time
	Recipients []AnnouncementRecipient
}

// AnnouncementRecipient is one patient on the list.
type AnnouncementRecipient struct {
	PatientID string
	TimeZone  string
	Recipient Recipient
}

// AnnouncementResult is the outcome for one recipient: State is Sent,
// Skipped (Reason says why) or Failed; a recipient the gate deferred is
// Scheduled with DueAt, to announce again then.
type AnnouncementResult struct {
	PatientID string
	State     State
	DueAt     time.Time
	Channel   channels.Kind
	Reason    string
}

// Announce sends an announcement now, recipient by recipient, and
// reports each outcome; progress, if not nil, is called after each one.
// It returns early with ctx.Err() when ctx ends, with the results so far.
// Transient failures are reported as Failed, not retried: announce again
// with the same ID to retry them.
func (d *Dispatcher) Announce(ctx context.Context, a Announcement, progress func(done, total int)) ([]AnnouncementResult, error) {
	if a.PracticeID == "" || a.ID == "" || len(a.Texts) == 0 {
		return nil, fmt.Errorf("%w: announcement needs a practice, an id and a text", ErrInvalid)
	}
	texts := map[string]*template.Template{}
	for lang, src := range a.Texts {
		t, err := template.New(lang).Option("missingkey=error").Parse(src)
		if err != nil {
			return nil, fmt.Errorf("%w: announcement template %s: %v", ErrInvalid, lang, err)
		}
		texts[baseLang(lang)] = t
	}
	out := make([]AnnouncementResult, 0, len(a.Recipients))
	for i, rc := range a.Recipients {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		res := d.announceOne(ctx, a, texts, rc)
		out = append(out, res)
		outcome := audit.OutcomeSuccess
		if res.State != StateSent {
			outcome = audit.OutcomeDenied
		}
		if d.cfg.Audit != nil {
			_ = d.cfg.Audit.Append(ctx, audit.Event{PracticeID: a.PracticeID, Time: d.cfg.Clock.Now(),
				Actor: audit.Actor{ID: "frontdesk-reminders", Kind: "service"}, Action: audit.ActionMessageSent, Outcome: outcome,
				PatientID: rc.PatientID, Detail: map[string]string{"announcement_id": a.ID, "state": string(res.State), "reason": res.Reason}})
		}
		if progress != nil {
			progress(i+1, len(a.Recipients))
		}
	}
	return out, nil
}

func (d *Dispatcher) announceOne(ctx context.Context, a Announcement, texts map[string]*template.Template, rc AnnouncementRecipient) AnnouncementResult {
	res := AnnouncementResult{PatientID: rc.PatientID, State: StateSkipped, Reason: "no-channel"}
	now := d.cfg.Clock.Now()
	loc, err := loadZone(rc.TimeZone)
	if err != nil || rc.TimeZone == "" {
		res.Reason = string(channels.ReasonNoTimeZone)
		return res
	}
	pol := d.cfg.Policy
	lang := baseLang(pol.language(rc.Recipient))
	t := texts[lang]
	if t == nil {
		if t = texts["en"]; t == nil {
			for _, other := range texts {
				t = other
				break
			}
		}
	}
	var b strings.Builder
	if err := t.Execute(&b, TemplateData{Practice: pol.practice(a.PracticeID)}); err != nil {
		res.State, res.Reason = StateFailed, "render"
		return res
	}
	recent, _ := d.store.RecentSends(ctx, a.PracticeID, rc.PatientID, now.Add(-8*24*time.Hour))
	for _, k := range pol.channelOrder(rc.Recipient) {
		ch, ok := d.chans[k]
		addr, has := rc.Recipient.Address(k)
		if !ok || !has {
			continue
		}
		dec := channels.Gate(channels.GateInput{Now: now, Channel: k, Location: loc, Automated: true, RecentAutomated: recent,
			Deadline: a.Deadline, Consent: d.consent(ctx, a.PracticeID, k, addr)}, pol.Gate)
		switch dec.Verdict {
		case channels.Deny:
			res.Reason = string(dec.Reason)
			if dec.Reason == channels.ReasonOptedOut {
				continue
			}
			return res
		case channels.Defer:
			res.State, res.DueAt, res.Reason = StateScheduled, dec.Until, string(dec.Reason)
			return res
		case channels.NeedsTemplate:
			res.Reason = string(dec.Reason)
			continue // announcements are free text: try the next channel
		}
		_, err := ch.Send(ctx, channels.Outbound{PracticeID: a.PracticeID, Channel: k, To: addr, Text: b.String(),
			IdempotencyKey: "announcement:" + a.PracticeID + ":" + a.ID + ":" + rc.PatientID})
		if err == nil {
			res.State, res.Channel, res.Reason = StateSent, k, ""
			return res
		}
		res.Reason = sendReason(err)
		if channels.IsRetryable(err) {
			res.State = StateFailed
			return res
		}
	}
	return res
}
