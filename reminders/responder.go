package reminders

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

// ResponderConfig configures a Responder. The zero value works: system
// clock, no logging, no audit, opt-outs left to the inbox's consent
// handling, the default Policy, no waitlist (with one: waves of 3, a
// 2-hour hold, no offer less than an hour before the slot).
type ResponderConfig struct {
	Clock  clock.Clock
	Logger *zap.Logger
	Audit  audit.Sink
	// Consent, when set, records an opt-out sent in reply to a reminder,
	// and the Responder then handles the message.
	Consent channels.ConsentStore
	Policy  Policy
	// Waitlist, when set, gets freed slots offered to it.
	Waitlist WaitlistStore
	// WaveSize is how many waitlisted patients one offer goes to. Default 3.
	WaveSize int
	// Hold is how long an offer stays open. Default 2 hours.
	Hold time.Duration
	// MinNotice is the least time before a freed slot for offering it.
	// Default 1 hour.
	MinNotice time.Duration
	// Poll is how often Run advances offers. Default 1 minute.
	Poll time.Duration
	// AwaitChoice is how long the inbox keeps a conversation aside
	// (inbox.Interception.AwaitReply) after the Responder listed slots,
	// so that the patient's pick joins the same thread. Default 24 hours.
	AwaitChoice time.Duration
	// OnHandoff is told of every reply left for staff (a question, an
	// unclear or clinical answer, a reschedule with no open slot), with
	// the reminder it answers, so that the vendor can show it beside the
	// message in the scheduling queue.
	OnHandoff func(ctx context.Context, h Handoff)
	// NewID makes offer ids. Default UUID strings.
	NewID func() string
}

// Handoff is a reply to a reminder that staff must answer.
type Handoff struct {
	PracticeID    string
	ReminderID    string
	AppointmentID string
	PatientID     string
	Action        Action
	// Channel and ProviderID identify the inbound message in the inbox.
	Channel    channels.Kind
	ProviderID string
}

// Responder answers replies to reminders and waitlist offers. It is an
// inbox.Interceptor: install it in inbox.Config.Interceptors after the
// consent handling. It is safe for concurrent use.
type Responder struct {
	store Store
	sched Scheduler
	chans map[channels.Kind]channels.Channel
	cfg   ResponderConfig
	texts textSet
	log   *zap.Logger
}

var _ inbox.Interceptor = (*Responder)(nil)

// InterceptorName is the inbox HandledBy mark of messages the Responder
// answered.
const InterceptorName = "reminders"

// NewResponder returns a Responder that answers on chans.
func NewResponder(store Store, sched Scheduler, chans []channels.Channel, cfg ResponderConfig) (*Responder, error) {
	if store == nil || sched == nil {
		return nil, fmt.Errorf("%w: nil store or scheduler", ErrInvalid)
	}
	cfg.Clock = clock.OrSystem(cfg.Clock)
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	cfg.Policy = cfg.Policy.withDefaults()
	if cfg.WaveSize <= 0 {
		cfg.WaveSize = 3
	}
	if cfg.Hold <= 0 {
		cfg.Hold = 2 * time.Hour
	}
	if cfg.MinNotice <= 0 {
		cfg.MinNotice = time.Hour
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Minute
	}
	if cfg.AwaitChoice <= 0 {
		cfg.AwaitChoice = 24 * time.Hour
	}
	if cfg.NewID == nil {
		cfg.NewID = uuid.NewString
	}
	texts, err := compileTexts(cfg.Policy.Templates)
	if err != nil {
		return nil, err
	}
	r := &Responder{store: store, sched: sched, chans: map[channels.Kind]channels.Channel{}, cfg: cfg, texts: texts,
		log: cfg.Logger.Named("reminders")}
	for _, ch := range chans {
		r.chans[ch.Capabilities().Kind] = ch
	}
	return r, nil
}

// Intercept implements inbox.Interceptor. It handles a reply to the
// sender's open reminder or waitlist offer when it can act on it alone,
// and leaves everything else, and every emergency, to the inbox. Its
// plain-text answers (a confirmation, a cancellation, a list of slots
// where the channel has no buttons) come back in Interception.Reply, so
// that the inbox sends them into the patient's conversation; an answer
// with buttons goes out on the channel directly.
func (r *Responder) Intercept(ctx context.Context, in inbox.Intake) (inbox.Interception, error) {
	if in.Triage != nil && in.Triage.Urgency == triage.UrgencyEmergency {
		return inbox.Interception{}, nil
	}
	// The address the patient wrote from is the one the reminder went
	// to; a merged contact's Key may be another of its addresses.
	key := in.Inbound.From.ContactKey()
	if in.Inbound.From.IsZero() {
		key = in.Contact.Key
	}
	sink := &replySink{}
	handled, err := r.handle(ctx, key, in.Inbound, sink)
	if err != nil {
		return inbox.Interception{}, err
	}
	out := inbox.Interception{Handled: handled, By: InterceptorName, Reply: sink.text, Note: sink.note, Queue: sink.queue}
	if handled && sink.awaitChoice {
		out.AwaitReply = r.cfg.AwaitChoice
	}
	return out, nil
}

// replySink collects what one Intercept asks of the inbox: the
// plain-text answers to send into the thread, whether they await the
// patient's pick of a slot, and a note for staff about a reply left to
// them.
type replySink struct {
	text        string
	awaitChoice bool
	note        string
	queue       string
}

func (s *replySink) add(text string) {
	if s.text != "" {
		s.text += "\n\n"
	}
	s.text += text
}

// Handle acts on a message from the patient at contactKey, sending its
// answers on the Responder's channels itself, and reports whether it
// answered. It returns an error only when the Store fails, so that the
// message is retried; a Scheduler or channel failure leaves the message
// to staff. Inside an inbox, Intercept is used instead.
func (r *Responder) Handle(ctx context.Context, contactKey string, m channels.Inbound) (bool, error) {
	return r.handle(ctx, contactKey, m, nil)
}

// handle is Handle with answers collected in sink when it is not nil.
func (r *Responder) handle(ctx context.Context, contactKey string, m channels.Inbound, sink *replySink) (bool, error) {
	now := r.cfg.Clock.Now()
	rem, err := r.store.OpenReminder(ctx, m.PracticeID, contactKey, now)
	if errors.Is(err, ErrNotFound) {
		return r.handleOffer(ctx, contactKey, m, now, sink)
	}
	if err != nil {
		return false, fmt.Errorf("reminders: open reminder: %w", err)
	}
	a, err := r.store.Appointment(ctx, m.PracticeID, rem.AppointmentID)
	if err != nil {
		return false, fmt.Errorf("reminders: appointment %s: %w", rem.AppointmentID, err)
	}
	rep := ParseReply(m.Text, m.Payload, &ParseOptions{Channel: m.Channel, Choices: len(rem.OfferedSlots)})
	log := r.log.With(zap.String("practice_id", m.PracticeID), zap.String("reminder_id", rem.ID), zap.String("action", string(rep.Action)))
	t := turn{r: r, m: m, rem: rem, a: a, rep: rep, now: now, log: log, sink: sink}
	handled, closed, err := t.act(ctx)
	if err != nil {
		return false, err
	}
	if _, err := r.store.UpdateReminder(ctx, m.PracticeID, rem.ID, func(x *Reminder) error {
		x.Reply, x.RepliedAt, x.Closed = rep.Action, now, x.Closed || closed
		x.OfferedSlots = t.offered
		return nil
	}); err != nil {
		return false, fmt.Errorf("reminders: record reply: %w", err)
	}
	r.record(ctx, audit.Event{PracticeID: m.PracticeID, Actor: audit.Actor{ID: a.PatientID, Kind: "patient"},
		Action: audit.ActionReminderReplied, PatientID: a.PatientID,
		Detail: map[string]string{"reminder_id": rem.ID, "appointment_id": a.ID, "action": string(rep.Action), "handled": fmt.Sprint(handled)}})
	if !handled && sink != nil {
		// The reply goes to the scheduling queue with the reminder named,
		// whatever the router would have chosen: a question about the
		// visit, an unclear answer, or an opt-out word (a bare CANCEL on
		// SMS) after which the patient must be called about the visit.
		sink.queue = routing.QueueScheduling
		sink.note = fmt.Sprintf("Reply to appointment reminder %s (appointment %s): %s; left to staff.", rem.ID, a.ID, rep.Action)
		if rep.Action == ActionOptOut {
			sink.note += " The patient opted out of texts: call about the appointment."
		}
	}
	if !handled && r.cfg.OnHandoff != nil {
		r.cfg.OnHandoff(ctx, Handoff{PracticeID: m.PracticeID, ReminderID: rem.ID, AppointmentID: a.ID, PatientID: a.PatientID,
			Action: rep.Action, Channel: m.Channel, ProviderID: m.ProviderID})
	}
	return handled, nil
}

// turn is one reply being acted on.
type turn struct {
	r       *Responder
	m       channels.Inbound
	rem     Reminder
	a       Appointment
	rep     Reply
	now     time.Time
	log     *zap.Logger
	offered []string
	// sink, inside an inbox, takes the plain-text answers.
	sink *replySink
}

// act carries out the reply. It reports whether the message was
// answered and whether the reminder's conversation is over.
func (t *turn) act(ctx context.Context) (handled, closed bool, err error) {
	r := t.r
	switch t.rep.Action {
	case ActionOptOut:
		// Consent only: an opt-out never cancels the appointment.
		return r.optOut(ctx, t.m), false, nil
	case ActionHelp:
		return t.answer(ctx, MsgHelp, t.a, nil), false, nil
	case ActionConfirm:
		a, err := r.sched.Confirm(ctx, t.a.PracticeID, t.a.ID)
		if err != nil {
			return t.schedulerFailed("confirm", err)
		}
		r.updated(ctx, a, "confirmed")
		return t.answer(ctx, MsgConfirmed, a, nil), true, r.resync(ctx, a, t.now)
	case ActionCancel:
		a, err := r.sched.Cancel(ctx, CancelParams{PracticeID: t.a.PracticeID, AppointmentID: t.a.ID, Reason: "patient-reply"})
		if err != nil {
			return t.schedulerFailed("cancel", err)
		}
		r.updated(ctx, a, "cancelled")
		if err := r.resync(ctx, a, t.now); err != nil {
			return false, false, err
		}
		ok := t.answer(ctx, MsgCancelled, a, nil)
		if err := r.fill(ctx, a, t.now); err != nil {
			t.log.Error("waitlist offer failed", zap.Error(err))
		}
		return ok, true, nil
	case ActionReschedule:
		if t.rep.Choice > 0 {
			return t.book(ctx)
		}
		return t.offerSlots(ctx)
	}
	// Question, unclear: staff answer, with the reminder still open.
	t.offered = t.rem.OfferedSlots
	return false, false, nil
}

func (t *turn) schedulerFailed(op string, err error) (bool, bool, error) {
	t.log.Error("scheduler failed; leaving reply to staff", zap.String("op", op), zap.Error(err))
	t.offered = t.rem.OfferedSlots
	return false, false, nil
}

func (t *turn) offerSlots(ctx context.Context) (bool, bool, error) {
	slots, err := t.r.sched.OpenSlots(ctx, SlotQuery{PracticeID: t.a.PracticeID, ProviderID: t.a.ProviderID, Type: t.a.Type, After: t.now, Limit: 3})
	if err != nil {
		return t.schedulerFailed("open-slots", err)
	}
	if len(slots) == 0 {
		// Left to staff, who see the answer in the thread.
		t.answer(ctx, MsgNoSlots, t.a, nil)
		return false, false, nil
	}
	for _, s := range slots {
		t.offered = append(t.offered, s.ID)
	}
	if t.sink != nil {
		t.sink.awaitChoice = true
	}
	return t.answer(ctx, MsgSlots, t.a, slots), false, nil
}

func (t *turn) book(ctx context.Context) (bool, bool, error) {
	slotID := t.rem.OfferedSlots[t.rep.Choice-1]
	a, err := t.r.sched.Reschedule(ctx, RescheduleParams{PracticeID: t.a.PracticeID, AppointmentID: t.a.ID, SlotID: slotID})
	if errors.Is(err, ErrSlotTaken) {
		return t.offerSlots(ctx)
	}
	if err != nil {
		return t.schedulerFailed("reschedule", err)
	}
	t.r.updated(ctx, a, "rescheduled")
	if err := t.r.resync(ctx, a, t.now); err != nil {
		return false, false, err
	}
	return t.answer(ctx, MsgRescheduled, a, nil), true, nil
}

// answer sends message k about a to the patient on the channel they
// wrote on. It reports whether the answer went.
func (t *turn) answer(ctx context.Context, k MessageKind, a Appointment, slots []Slot) bool {
	return t.r.send(ctx, t.m, k, a.PracticeID, a.Start, a.TimeZone, t.r.cfg.Policy.language(a.Recipient), slots, t.sink)
}

// send answers an inbound message. A plain-text answer goes to sink when
// there is one (the inbox then sends it into the conversation); an
// answer with buttons, or any answer without a sink, goes out on the
// channel, with an idempotency key from the inbound message so that a
// redelivered webhook never answers twice.
func (r *Responder) send(ctx context.Context, m channels.Inbound, k MessageKind, practiceID string, at time.Time, tz, lang string, slots []Slot, sink *replySink) bool {
	loc, err := loadZone(tz)
	if err != nil || tz == "" {
		loc = time.UTC
	}
	date, tm := formatWhen(lang, at.In(loc))
	data := TemplateData{Practice: r.cfg.Policy.practice(practiceID), Date: date, Time: tm}
	for _, s := range slots {
		d, c := formatWhen(lang, s.Start.In(loc))
		data.Slots = append(data.Slots, d+" "+c)
	}
	text, err := r.texts.render(lang, k, data)
	if err != nil {
		r.log.Error("render failed", zap.String("practice_id", practiceID), zap.Error(err))
		return false
	}
	ch, ok := r.chans[m.Channel]
	withButtons := ok && ch.Capabilities().Buttons && len(slots) > 0 && len(slots) <= 3
	if sink != nil && !withButtons {
		sink.add(text)
		return true
	}
	if !ok {
		return false
	}
	out := channels.Outbound{PracticeID: m.PracticeID, Channel: m.Channel, To: m.From, Text: text,
		IdempotencyKey: "reminders-answer:" + string(m.Channel) + ":" + m.ProviderID}
	if withButtons {
		for i := range slots {
			out.Buttons = append(out.Buttons, channels.Button{ID: fmt.Sprintf("%s%d", PayloadSlotPrefix, i+1), Title: fmt.Sprint(i + 1)})
		}
	}
	if _, err := ch.Send(ctx, out); err != nil {
		r.log.Warn("answer failed", zap.String("practice_id", practiceID), zap.String("channel", string(m.Channel)), zap.Error(err))
		return false
	}
	return true
}

// optOut records an opt-out when a ConsentStore is configured.
func (r *Responder) optOut(ctx context.Context, m channels.Inbound) bool {
	if r.cfg.Consent == nil {
		return false
	}
	_, word := channels.ParseKeyword(m.Channel, m.Text)
	_, err := r.cfg.Consent.Set(ctx, channels.Consent{PracticeID: m.PracticeID, Channel: m.Channel, Address: m.From,
		State: channels.ConsentOptedOut, Source: "keyword", Keyword: word, ChangedAt: r.cfg.Clock.Now()})
	if err != nil {
		r.log.Error("consent update failed", zap.String("practice_id", m.PracticeID), zap.Error(err))
		return false
	}
	// A carrier word (a bare CANCEL on SMS) may also mean the visit: it
	// is recorded as an opt-out and still left to staff, who call.
	return !channels.IsCarrierOptOut(m.Channel, word)
}

// resync stores the changed appointment and replans its reminders.
func (r *Responder) resync(ctx context.Context, a Appointment, now time.Time) error {
	_, err := Sync(ctx, r.store, r.cfg.Policy, a, now)
	if err != nil && !errors.Is(err, ErrPast) && !errors.Is(err, ErrNoContact) && !errors.Is(err, ErrUnknownTimeZone) {
		return err
	}
	return nil
}

func (r *Responder) updated(ctx context.Context, a Appointment, change string) {
	r.record(ctx, audit.Event{PracticeID: a.PracticeID, Actor: audit.Actor{ID: "frontdesk-reminders", Kind: "service"},
		Action: audit.ActionAppointmentUpdated, PatientID: a.PatientID,
		Detail: map[string]string{"appointment_id": a.ID, "change": change, "status": string(a.Status)}})
}

func (r *Responder) record(ctx context.Context, e audit.Event) {
	if r.cfg.Audit == nil {
		return
	}
	e.Time = r.cfg.Clock.Now()
	if e.Outcome == "" {
		e.Outcome = audit.OutcomeSuccess
	}
	if err := r.cfg.Audit.Append(ctx, e); err != nil {
		r.log.Error("audit append failed", zap.String("practice_id", e.PracticeID), zap.String("action", string(e.Action)), zap.Error(err))
	}
}
