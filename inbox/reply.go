package inbox

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

// ReplyParams describe a staff reply.
type ReplyParams struct {
	PracticeID     string
	ConversationID string
	// Author is the staff member replying.
	Author Actor
	Text   string
	Media  []channels.MediaRef
	// Channel overrides the channel to reply on; default the channel the
	// patient wrote on last.
	Channel channels.Kind
	// ToUnverified acknowledges that the conversation's contact is not yet
	// linked to a patient, and that the reply carries nothing about a
	// patient's care (for example, a request to verify identity). Without
	// it, a reply to an unverified contact fails with ErrUnverifiedContact.
	ToUnverified bool
}

// Reply sends a staff reply on the patient's channel and records it. The
// message is stored first (status pending, idempotency key = message id),
// then sent; the provider's id and state are recorded on success, the
// failure and its code on error. The first reply from a person sets the
// conversation's FirstResponseAt.
//
// Errors: ErrNotFound, ErrClosed, ErrUnverifiedContact, ErrNoRoute,
// channels.ErrEmptyText / ErrTextTooLong, a policy error, or the channel's
// *channels.SendError (the message is then stored with status failed).
func (ib *Inbox) Reply(ctx context.Context, p ReplyParams) (Message, error) {
	if p.Text == "" && len(p.Media) == 0 {
		return Message{}, fmt.Errorf("inbox: reply: %w", channels.ErrEmptyText)
	}
	conv, err := ib.store.GetConversation(ctx, p.PracticeID, p.ConversationID)
	if err != nil {
		return Message{}, fmt.Errorf("inbox: reply: %w", err)
	}
	if conv.Status == StatusClosed {
		return Message{}, fmt.Errorf("inbox: reply: %w", ErrClosed)
	}
	contact, err := ib.store.GetContact(ctx, p.PracticeID, conv.ContactID)
	if err != nil {
		return Message{}, fmt.Errorf("inbox: reply: %w", err)
	}
	if !contact.Verified && !p.ToUnverified {
		return Message{}, fmt.Errorf("inbox: reply: %w", ErrUnverifiedContact)
	}
	kind := p.Channel
	if kind == "" {
		kind = conv.Channel
	}
	o := outgoing{channel: kind, text: p.Text, media: p.Media, author: p.Author}
	if kind == channels.Email {
		if err := ib.threadEmail(ctx, conv, &o); err != nil {
			return Message{}, fmt.Errorf("inbox: reply: %w", err)
		}
	}
	return ib.send(ctx, conv, contact, o)
}

// outgoing is one message the inbox sends.
type outgoing struct {
	channel   channels.Kind
	text      string
	media     []channels.MediaRef
	author    Actor
	automated bool
	inReplyTo string
	// subject and references thread an e-mail reply.
	subject    string
	references []string
	// consentNotice lets a keyword confirmation reach an opted-out address.
	consentNotice bool
	// notice marks a fixed text frontdesk sends by itself, the same for
	// every patient and about no one's care (the safety and after-hours
	// replies, consent confirmations, the survey): it skips Config.Policy,
	// whose minimum-necessary rule is about a patient's information, so
	// that a crisis line number is never held back.
	notice bool
}

// send stores, checks, sends and records one outbound message. Staff replies
// and automatic replies share it, so every send passes the same policy and
// leaves the same record.
func (ib *Inbox) send(ctx context.Context, conv Conversation, contact Contact, o outgoing) (Message, error) {
	ch, ok := ib.channels[o.channel]
	if !ok {
		return Message{}, fmt.Errorf("inbox: send: %w: no %q channel configured", ErrNoRoute, o.channel)
	}
	akind, err := channels.AddressKindFor(o.channel)
	if err != nil {
		return Message{}, fmt.Errorf("inbox: send: %w", err)
	}
	to, ok := contact.Address(akind)
	if !ok {
		return Message{}, fmt.Errorf("inbox: send: %w: contact has no %s address", ErrNoRoute, akind)
	}
	now := ib.clock.Now()
	out := channels.Outbound{
		PracticeID: conv.PracticeID, Channel: o.channel, To: to,
		Text: o.text, Media: slices.Clone(o.media), InReplyTo: o.inReplyTo,
		Subject: o.subject, References: slices.Clone(o.references),
		ConsentNotice: o.consentNotice,
	}
	if err := out.Validate(); err != nil {
		return Message{}, fmt.Errorf("inbox: send: %w", err)
	}
	caps := ch.Capabilities()
	if caps.MaxTextLen > 0 && len(out.Text) > caps.MaxTextLen {
		return Message{}, fmt.Errorf("inbox: send: %w: %d bytes, %s allows %d", channels.ErrTextTooLong, len(out.Text), o.channel, caps.MaxTextLen)
	}
	if ib.policy != nil && !o.notice {
		if err := ib.policy.CheckOutbound(ctx, caps, &out); err != nil {
			return Message{}, fmt.Errorf("inbox: send: %w", err)
		}
	}
	msg := Message{
		PracticeID: conv.PracticeID, ID: ib.newID(), ConversationID: conv.ID, ContactID: contact.ID,
		Direction: Outbound, Channel: o.channel, Type: channels.TypeText, Text: out.Text, Media: out.Media,
		Subject: out.Subject, InReplyTo: out.InReplyTo, References: out.References,
		AuthorID: o.author.ID, Automated: o.automated, Status: channels.StatePending, CreatedAt: now,
		StatusHistory: []StatusChange{{State: channels.StatePending, At: now}},
	}
	if len(out.Media) > 0 && out.Text == "" {
		msg.Type = channels.TypeMedia
	}
	var stop routing.ClockEvent
	res, err := ib.store.AppendMessage(ctx, AppendParams{
		Message: msg,
		Thread: func(c *Conversation, _ bool) error {
			stop = routing.ClockEvent{}
			if o.automated {
				return nil
			}
			if c.FirstResponseAt.IsZero() {
				c.FirstResponseAt = now
			}
			// A person answered: the SLA clock stops.
			if st := c.SLAState(); st == routing.ClockRunning || st == routing.ClockWaiting {
				stop = ib.clockEvent(c, routing.ClockStopped, now)
			}
			return nil
		},
	})
	if err != nil {
		return Message{}, fmt.Errorf("inbox: send: %w", err)
	}
	ib.watchClock(conv.PracticeID, conv.ID, stop)
	msg = res.Message
	out.IdempotencyKey = msg.ID
	log := ib.log.With(zap.String("practice_id", conv.PracticeID), zap.String("conversation_id", conv.ID),
		zap.String("message_id", msg.ID), zap.String("channel", string(o.channel)))

	sent, sendErr := ch.Send(ctx, out)
	msg, err = ib.store.UpdateMessage(ctx, conv.PracticeID, msg.ID, func(m *Message) error {
		at := ib.clock.Now()
		if sendErr != nil {
			m.Status = channels.StateFailed
			var se *channels.SendError
			if errors.As(sendErr, &se) {
				m.ErrorCode = se.Code
			}
			m.StatusHistory = append(m.StatusHistory, StatusChange{State: channels.StateFailed, ErrorCode: m.ErrorCode, At: at})
			return nil
		}
		m.ProviderID = sent.ProviderID
		m.SentAt = sent.At
		state := sent.State
		if !state.Valid() || state == channels.StateReceived {
			state = channels.StateSent
		}
		if m.Status.Advances(state) {
			m.Status = state
		}
		m.StatusHistory = append(m.StatusHistory, StatusChange{State: state, At: at})
		return nil
	})
	if err != nil {
		// The provider may have the message; the record could not say so.
		log.Error("recording send result failed", zap.Error(err), zap.NamedError("send_error", sendErr))
		return Message{}, fmt.Errorf("inbox: send: record result: %w", err)
	}
	outcome := audit.OutcomeSuccess
	if sendErr != nil {
		outcome = audit.OutcomeFailure
		log.Warn("send failed", zap.Error(sendErr))
	}
	actor := o.author
	if o.automated {
		actor = serviceActor
	}
	auditErr := ib.record(ctx, audit.Event{
		PracticeID: conv.PracticeID, Actor: actor, Action: audit.ActionMessageSent, Outcome: outcome,
		PatientID: conv.PatientID, ContactID: contact.ID, ConversationID: conv.ID, MessageID: msg.ID,
		Detail: map[string]string{"channel": string(o.channel)},
	})
	if sendErr != nil {
		return msg, fmt.Errorf("inbox: send: %w", sendErr)
	}
	ib.publish(ctx, Event{Type: EventMessageSent, PracticeID: conv.PracticeID, ConversationID: conv.ID,
		MessageID: msg.ID, ContactID: contact.ID, Queue: conv.Queue, Actor: actor.ID})
	return msg, auditErr
}

// sendSafetyReply answers an emergency automatically on the patient's
// channel. It goes to verified and unverified contacts alike: it says
// nothing about the patient's care, only where to get help now.
func (ib *Inbox) sendSafetyReply(ctx context.Context, conv Conversation, contact Contact, in channels.Inbound, tr triage.Result) (Message, error) {
	return ib.send(ctx, conv, contact, outgoing{
		channel: in.Channel, text: ib.safety.text(tr), automated: true, inReplyTo: in.ProviderID, notice: true,
	})
}

// HandleStatus implements channels.StatusHandler: it records a delivery
// status callback on the message the provider id names. Callbacks that
// arrive out of order are kept in the history but never move the status
// backwards. A callback for an unknown message returns ErrNotFound, so that
// the provider retries it (it may arrive before the send is recorded).
func (ib *Inbox) HandleStatus(ctx context.Context, s channels.Status) error {
	if err := s.Validate(); err != nil {
		return fmt.Errorf("inbox: status: %w", err)
	}
	m, err := ib.store.FindMessage(ctx, s.PracticeID, s.Channel, s.ProviderID)
	if err != nil {
		return fmt.Errorf("inbox: status: %w", err)
	}
	at := s.At
	if at.IsZero() {
		at = ib.clock.Now()
	}
	changed := false
	m, err = ib.store.UpdateMessage(ctx, s.PracticeID, m.ID, func(m *Message) error {
		m.StatusHistory = append(m.StatusHistory, StatusChange{State: s.State, ErrorCode: s.ErrorCode, At: at})
		if m.Status.Advances(s.State) {
			m.Status, changed = s.State, true
			if s.ErrorCode != "" {
				m.ErrorCode = s.ErrorCode
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("inbox: status: %w", err)
	}
	if changed {
		ib.publish(ctx, Event{Type: EventStatusChanged, PracticeID: s.PracticeID,
			ConversationID: m.ConversationID, MessageID: m.ID, ContactID: m.ContactID})
	}
	return nil
}
