package reminders

import (
	"context"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
)

// What a dispatch sends and records: the consent it checks, the message
// and its buttons, and the audit event.

// consent returns the recipient's consent on a channel; a store failure
// reads as unknown, and the channel's own opt-out check still applies.
func (d *Dispatcher) consent(ctx context.Context, practiceID string, k channels.Kind, addr channels.Address) channels.ConsentState {
	if d.cfg.Consent == nil {
		return channels.ConsentUnknown
	}
	c, err := d.cfg.Consent.Get(ctx, practiceID, k, addr)
	if err != nil {
		return channels.ConsentUnknown
	}
	return c.State
}

// message builds the reminder: buttons where the channel has them, the
// approved template where the WhatsApp window is closed.
func (d *Dispatcher) message(a Appointment, r Reminder, caps channels.Capabilities, to channels.Address, lang string, loc *time.Location, template bool) (channels.Outbound, error) {
	date, tm := formatWhen(lang, a.Start.In(loc))
	data := TemplateData{Practice: d.cfg.Policy.practice(a.PracticeID), Date: date, Time: tm}
	m := channels.Outbound{PracticeID: a.PracticeID, Channel: caps.Kind, To: to, IdempotencyKey: r.IdempotencyKey()}
	if template {
		m.Template = &channels.Template{Name: d.cfg.Policy.WhatsAppTemplate, Language: baseLang(lang), Params: []string{data.Practice, date, tm}}
		return m, nil
	}
	text, err := d.texts.render(lang, MsgReminder, data)
	if err != nil {
		return m, err
	}
	m.Text = text
	if caps.Buttons {
		m.Buttons = buttons(lang)
	}
	return m, nil
}

// buttons are the interactive replies of a reminder.
func buttons(lang string) []channels.Button {
	if baseLang(lang) == "es" {
		return []channels.Button{{ID: PayloadConfirm, Title: "Confirmar"}, {ID: PayloadReschedule, Title: "Cambiar"}, {ID: PayloadCancel, Title: "Cancelar"}}
	}
	return []channels.Button{{ID: PayloadConfirm, Title: "Confirm"}, {ID: PayloadReschedule, Title: "Reschedule"}, {ID: PayloadCancel, Title: "Cancel"}}
}

// auditEvent is the reminder.sent event of a final result.
func (d *Dispatcher) auditEvent(c *Claimed, p CompleteParams) audit.Event {
	outcome := audit.OutcomeSuccess
	switch p.State {
	case StateSkipped, StateVoided:
		outcome = audit.OutcomeDenied
	case StateFailed:
		outcome = audit.OutcomeFailure
	}
	detail := map[string]string{"reminder_id": c.Reminder.ID, "appointment_id": c.Appointment.ID, "state": string(p.State)}
	if p.Channel != "" {
		detail["channel"] = string(p.Channel)
	}
	if p.Reason != "" {
		detail["reason"] = p.Reason
	}
	return audit.Event{PracticeID: c.Reminder.PracticeID, Time: d.cfg.Clock.Now(),
		Actor: audit.Actor{ID: "frontdesk-reminders", Kind: "service"}, Action: audit.ActionReminderSent,
		Outcome: outcome, PatientID: c.Appointment.PatientID, Detail: detail}
}
