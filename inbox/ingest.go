package inbox

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

// IngestResult is what Ingest did with a message.
type IngestResult struct {
	Message      Message
	Conversation Conversation
	Contact      Contact
	// Duplicate reports a delivery already stored: nothing was changed.
	Duplicate bool
	// SafetyReply is the automatic emergency reply, if one was sent;
	// SafetyReplyErr says why it could not be, if it could not.
	SafetyReply    *Message
	SafetyReplyErr error
	// AutoReply is the answer an interceptor asked for (the confirmation
	// of STOP, say), if one was sent; AutoReplyErr says why it could not
	// be, if it could not.
	AutoReply    *Message
	AutoReplyErr error
	// AfterHoursReply is the router's after-hours reply, when this message
	// was the first of a closed period; AfterHoursReplyErr says why it
	// could not be sent, if it could not.
	AfterHoursReply    *Message
	AfterHoursReplyErr error
}

// Ingest takes one inbound message: it drops a second delivery of the same
// provider message, finds or creates the sender's contact, triages the text,
// lets interceptors answer it, threads it into the patient's one open
// conversation whatever the channel, routes it, records it in the audit
// trail and publishes EventMessageReceived. An emergency also gets an
// automatic safety reply on the patient's channel and EventEmergency.
//
// Invalid input returns an error wrapping channels.ErrInvalidMessage,
// channels.ErrTextTooLong, channels.ErrUnknownChannel or
// channels.ErrInvalidAddress, and stores nothing. Empty text is accepted
// (a photo with no caption); a message with no text, media, location or
// payload is still stored, so that nothing a patient sent is lost.
func (ib *Inbox) Ingest(ctx context.Context, in channels.Inbound) (IngestResult, error) {
	if err := in.Validate(); err != nil {
		return IngestResult{}, fmt.Errorf("inbox: ingest: %w", err)
	}
	want, err := channels.AddressKindFor(in.Channel)
	if err != nil {
		return IngestResult{}, fmt.Errorf("inbox: ingest: %w", err)
	}
	if in.From.Kind != want {
		return IngestResult{}, fmt.Errorf("inbox: ingest: %w", &channels.AddressError{Kind: in.From.Kind, Reason: "wrong kind for channel " + string(in.Channel)})
	}
	log := ib.messageLogger(in)

	// Fast path for redelivered webhooks, asked with the sender's contact
	// (one round trip for a database store); AppendMessage settles races.
	found, err := ib.lookupIngest(ctx, in)
	if err != nil {
		return IngestResult{}, fmt.Errorf("inbox: ingest: %w", err)
	}
	if found.message != nil {
		return ib.duplicate(ctx, *found.message)
	}

	contact, err := ib.identify(ctx, in, found.contact, found.known)
	if err != nil {
		return IngestResult{}, err
	}
	tr := ib.classify(ctx, log, in.Text)
	intake := Intake{Inbound: in, Contact: contact, Triage: tr}
	if len(ib.interceptors) > 0 {
		switch c, err := ib.store.FindOpenConversation(ctx, in.PracticeID, SubjectFor(contact.PatientID, contact.ID)); {
		case err == nil:
			intake.Conversation = &c
		case !errors.Is(err, ErrNotFound):
			return IngestResult{}, fmt.Errorf("inbox: ingest: %w", err)
		}
	}
	handled, notes, err := ib.intercept(ctx, intake)
	if err != nil {
		return IngestResult{}, err
	}
	handledBy := handled.By

	now := ib.clock.Now()
	dec, err := ib.route(ctx, in, tr, now)
	if err != nil {
		return IngestResult{}, err
	}
	if handled.Queue != "" && !handled.Handled && !dec.Emergency {
		dec.Queue, dec.Rule = handled.Queue, "interceptor"
	}
	msg := Message{
		PracticeID: in.PracticeID,
		ID:         ib.newID(),
		ContactID:  contact.ID,
		Direction:  Inbound,
		Channel:    in.Channel,
		ProviderID: in.ProviderID,
		Type:       in.Type,
		RawType:    in.RawType,
		Text:       in.Text,
		Subject:    in.Subject,
		Payload:    in.Payload,
		Media:      slices.Clone(in.Media),
		InReplyTo:  in.InReplyTo,
		References: slices.Clone(in.References),
		Status:     channels.StateReceived,
		Triage:     tr,
		HandledBy:  handledBy,
		CreatedAt:  now,
		SentAt:     in.SentAt,
	}
	if msg.Type == "" {
		msg.Type = channels.TypeText
	}
	if handled.ConversationID != "" && !dec.Emergency && ib.senders(ctx, in.PracticeID, handled.ConversationID, contact) {
		msg.ConversationID = handled.ConversationID
	}
	urgency := triage.UrgencyRoutine
	intent := triage.IntentOther
	if tr != nil {
		urgency, intent = tr.Urgency, tr.Intent
	}
	join := &joining{ib: ib, channel: in.Channel, patientID: contact.PatientID, contactID: contact.ID,
		urgency: urgency, intent: intent, dec: dec, handledBy: handledBy,
		awaitReply: handled.AwaitReply, resolve: handled.Resolve, now: now}
	// The closure takes only the fields it needs of in: capturing in
	// would move the whole Inbound to the heap on every message.
	practiceID, channel := in.PracticeID, in.Channel
	received := func(res AppendResult) []audit.Event {
		return ib.stamped(audit.Event{
			PracticeID: practiceID, Actor: audit.Actor{ID: contact.ID, Kind: "patient"},
			Action: audit.ActionMessageReceived, PatientID: contact.PatientID, ContactID: contact.ID,
			ConversationID: res.Conversation.ID, MessageID: res.Message.ID,
			Detail: map[string]string{"channel": string(channel), "queue": res.Conversation.Queue, "urgency": string(urgency)},
		})
	}
	res, audited, err := ib.appendInbound(ctx, in, &msg, &contact, join, found.remembered, received)
	if err != nil {
		return IngestResult{}, fmt.Errorf("inbox: ingest: %w", err)
	}
	if res.Duplicate {
		return ib.duplicate(ctx, res.Message)
	}
	ib.watchClock(in.PracticeID, res.Conversation.ID, join.clockEv)
	if handled.Resolve && !res.Created && res.Conversation.Status == StatusClosed {
		if err := ib.closed(ctx, res.Conversation, serviceActor); err != nil {
			return IngestResult{Message: res.Message, Conversation: res.Conversation, Contact: contact}, err
		}
	}
	out := IngestResult{Message: res.Message, Conversation: res.Conversation, Contact: contact}
	if res.Created {
		out.Conversation = ib.linkPrevious(ctx, log, res.Conversation)
	}
	if ce := log.Check(zap.InfoLevel, "message ingested"); ce != nil {
		ce.Write(zap.String("message_id", res.Message.ID),
			zap.String("conversation_id", res.Conversation.ID), zap.String("queue", res.Conversation.Queue),
			zap.String("urgency", string(urgency)), zap.Bool("handled", handledBy != ""))
	}

	if !audited {
		if err := ib.record(ctx, received(res)...); err != nil {
			return out, err
		}
	}
	ib.publish(ctx, Event{Type: EventMessageReceived, PracticeID: in.PracticeID, ConversationID: res.Conversation.ID,
		MessageID: res.Message.ID, ContactID: contact.ID, Queue: res.Conversation.Queue})

	for _, note := range notes {
		if _, err := ib.AddNote(ctx, in.PracticeID, res.Conversation.ID, serviceActor, note); err != nil {
			log.Warn("interceptor note failed", zap.String("conversation_id", res.Conversation.ID), zap.Error(err))
		}
	}
	if handled.Reply != "" {
		reply, err := ib.send(ctx, res.Conversation, contact, outgoing{
			channel: in.Channel, text: handled.Reply, automated: true, inReplyTo: in.ProviderID,
			consentNotice: handled.ConsentNotice, notice: handled.ConsentNotice,
		})
		if err != nil {
			// Like the safety reply: the message is stored, a redelivery
			// would change nothing, so the failure is reported, not
			// returned.
			log.Warn("automatic reply failed", zap.String("conversation_id", res.Conversation.ID),
				zap.String("by", handledBy), zap.Error(err))
			out.AutoReplyErr = err
		} else {
			out.AutoReply = &reply
		}
	}
	if join.afterHours {
		out.AfterHoursReply, out.AfterHoursReplyErr = ib.sendAfterHours(ctx, log, res.Conversation, contact, in, dec)
	}
	if handledBy == "" || dec.Emergency {
		out.Conversation = ib.autoAssign(ctx, log, out.Conversation, tr)
	}
	if tr != nil && tr.Emergency() {
		ib.publish(ctx, Event{Type: EventEmergency, PracticeID: in.PracticeID, ConversationID: res.Conversation.ID,
			MessageID: res.Message.ID, ContactID: contact.ID, Queue: res.Conversation.Queue})
		if !ib.safety.Disabled {
			reply, err := ib.sendSafetyReply(ctx, res.Conversation, contact, in, *tr)
			if err != nil {
				// The message is stored and escalated either way, so the
				// webhook must not fail (a redelivery would change
				// nothing); the failure is logged with ids and reported.
				log.Error("safety reply failed", zap.String("conversation_id", res.Conversation.ID), zap.Error(err))
				out.SafetyReplyErr = err
			} else {
				out.SafetyReply = &reply
			}
		}
	}
	return out, nil
}

// appendInbound stores msg from contact, threaded by join. A contact the
// store answered from memory (remembered) is given to the store to
// confirm; when the store answers ErrStale, the contact is read again
// from the store itself (never from its memory), msg and join take the
// fresh one, and the append is tried once more, unconfirmed. When the
// store can record the events of received in the same transaction
// (AuditedAppender), it does, and audited reports it; otherwise the
// caller records them.
func (ib *Inbox) appendInbound(ctx context.Context, in channels.Inbound, msg *Message, contact *Contact, join *joining, remembered bool,
	received func(AppendResult) []audit.Event) (res AppendResult, audited bool, err error) {
	aa, _ := ib.store.(AuditedAppender)
	for {
		ap := AppendParams{Message: *msg, Subject: SubjectFor(contact.PatientID, contact.ID),
			NewConversationID: ib.newID(), Thread: join.thread}
		if remembered {
			ap.Confirm = contact
		}
		if aa != nil && ib.audit != nil {
			res, err := aa.AppendAudited(ctx, ap, ib.audit, received)
			if !errors.Is(err, audit.ErrNotCarried) {
				return res, err == nil, err
			}
		}
		res, err := ib.store.AppendMessage(ctx, ap)
		if !remembered || !errors.Is(err, ErrStale) {
			return res, false, err
		}
		fresh, err := ib.store.FindContact(ctx, in.PracticeID, in.From.ContactKey())
		if err != nil && !errors.Is(err, ErrNotFound) {
			return AppendResult{}, false, err
		}
		c, err := ib.identify(ctx, in, fresh, err == nil)
		if err != nil {
			return AppendResult{}, false, err
		}
		*contact, remembered = c, false
		msg.ContactID = c.ID
		join.patientID, join.contactID = c.PatientID, c.ID
	}
}

// messageLogger returns the logger for one inbound message, tagged with its
// practice and channel. The tags are only added when the logger would
// write something, since building them costs on every message.
func (ib *Inbox) messageLogger(in channels.Inbound) *zap.Logger {
	if c := ib.log.Core(); !c.Enabled(zapcore.InfoLevel) && !c.Enabled(zapcore.WarnLevel) && !c.Enabled(zapcore.ErrorLevel) {
		return ib.log
	}
	return ib.log.With(zap.String("practice_id", in.PracticeID), zap.String("channel", string(in.Channel)))
}

// HandleInbound implements channels.InboundHandler: it ingests m and
// reports only whether it was stored.
func (ib *Inbox) HandleInbound(ctx context.Context, m channels.Inbound) error {
	_, err := ib.Ingest(ctx, m)
	return err
}

func (ib *Inbox) duplicate(ctx context.Context, m Message) (IngestResult, error) {
	conv, err := ib.store.GetConversation(ctx, m.PracticeID, m.ConversationID)
	if err != nil {
		return IngestResult{}, fmt.Errorf("inbox: ingest: duplicate: %w", err)
	}
	c, err := ib.store.GetContact(ctx, m.PracticeID, m.ContactID)
	if err != nil {
		return IngestResult{}, fmt.Errorf("inbox: ingest: duplicate: %w", err)
	}
	// A provider redelivers when it got no acknowledgement, which may mean
	// the first delivery was stored but its audit event was not (a crash
	// in between). Each redelivery is recorded, marked as such, so the
	// trail names every stored message at least once.
	out := IngestResult{Message: m, Conversation: conv, Contact: c, Duplicate: true}
	if err := ib.record(ctx, audit.Event{
		PracticeID: m.PracticeID, Actor: audit.Actor{ID: c.ID, Kind: "patient"},
		Action: audit.ActionMessageReceived, PatientID: c.PatientID, ContactID: c.ID,
		ConversationID: conv.ID, MessageID: m.ID,
		Detail: map[string]string{"channel": string(m.Channel), "redelivery": "true"},
	}); err != nil {
		return out, err
	}
	return out, nil
}

// identify returns the sender's contact, c when the store found it by its
// key (known), or creates it; and links it to the vendor's patient when
// the Directory knows the address.
func (ib *Inbox) identify(ctx context.Context, in channels.Inbound, c Contact, known bool) (Contact, error) {
	if !known {
		// Get-or-create: a contact created meanwhile is returned.
		var err error
		c, _, err = ib.store.PutContact(ctx, Contact{
			PracticeID: in.PracticeID, ID: ib.newID(), Key: in.From.ContactKey(),
			Addresses: []channels.Address{in.From}, CreatedAt: ib.clock.Now(),
		})
		if err != nil {
			return Contact{}, fmt.Errorf("inbox: ingest: contact: %w", err)
		}
	}
	var err error
	needAddr := !slices.Contains(c.Addresses, in.From)
	patientID := ""
	if !c.Verified {
		patientID, err = ib.dir.LookupPatient(ctx, in.PracticeID, in.From)
		switch {
		case errors.Is(err, ErrNotFound):
			patientID = ""
		case err != nil:
			return Contact{}, fmt.Errorf("inbox: ingest: directory: %w", err)
		}
	}
	if !needAddr && patientID == "" {
		return c, nil
	}
	from := in.From // the closure takes this copy, not all of in
	c, err = ib.store.UpdateContact(ctx, in.PracticeID, c.ID, func(c *Contact) error {
		if !slices.Contains(c.Addresses, from) {
			c.Addresses = append(c.Addresses, from)
		}
		if patientID != "" && !c.Verified {
			c.PatientID, c.Verified = patientID, true
		}
		return nil
	})
	if err != nil {
		return Contact{}, fmt.Errorf("inbox: ingest: contact: %w", err)
	}
	return c, nil
}

// classify triages text. A classifier failure must not lose the message or
// hide a possible emergency: the message is kept as urgent, intent other,
// so that a person looks at it today.
func (ib *Inbox) classify(ctx context.Context, log *zap.Logger, text string) *triage.Result {
	if ib.classifier == nil {
		return nil
	}
	r, err := ib.classifier.Classify(ctx, text)
	if err != nil {
		log.Warn("triage failed; escalating to urgent", zap.Error(err))
		return &triage.Result{Intent: triage.IntentOther, Urgency: triage.UrgencyUrgent, Model: "inbox-fallback"}
	}
	if !r.Intent.Valid() {
		r.Intent = triage.IntentOther
	}
	if !r.Urgency.Valid() {
		r.Urgency = triage.UrgencyUrgent
	}
	return &r
}

func (ib *Inbox) route(ctx context.Context, in channels.Inbound, tr *triage.Result, now time.Time) (routing.Decision, error) {
	ri := routing.Input{PracticeID: in.PracticeID, Channel: in.Channel, At: now,
		Intent: triage.IntentOther, Urgency: triage.UrgencyRoutine}
	if tr != nil {
		ri.Intent, ri.Urgency, ri.RedFlags, ri.Language = tr.Intent, tr.Urgency, tr.RedFlags, tr.Language
	}
	d, err := ib.router.Route(ctx, ri)
	if err != nil {
		return routing.Decision{}, fmt.Errorf("inbox: ingest: route: %w", err)
	}
	if d.Queue == "" {
		d.Queue = routing.QueueFrontDesk
	}
	if ri.Urgency == triage.UrgencyEmergency {
		// No router may lower an emergency.
		d.Emergency = true
	}
	return d, nil
}

// senders reports whether a conversation is the contact's (its subject's),
// so that an interceptor can never file a message with someone else's.
func (ib *Inbox) senders(ctx context.Context, practiceID, conversationID string, contact Contact) bool {
	c, err := ib.store.GetConversation(ctx, practiceID, conversationID)
	return err == nil && c.Subject == SubjectFor(contact.PatientID, contact.ID)
}

// linkPrevious points a new conversation at the patient's last closed one,
// so staff see a recontact in context. It is best effort: a failure is
// logged and the conversation stands unlinked.
func (ib *Inbox) linkPrevious(ctx context.Context, log *zap.Logger, c Conversation) Conversation {
	if c.PatientID == "" {
		return c
	}
	page, err := ib.store.ListConversations(ctx, c.PracticeID, &ListConversationsParams{PatientID: c.PatientID, Status: StatusClosed, Limit: 1})
	if err != nil || len(page.Conversations) == 0 {
		if err != nil {
			log.Warn("recontact lookup failed", zap.String("conversation_id", c.ID), zap.Error(err))
		}
		return c
	}
	prev := page.Conversations[0].ID
	linked, err := ib.store.UpdateConversation(ctx, c.PracticeID, c.ID, func(c *Conversation) error {
		c.PreviousID = prev
		return nil
	})
	if err != nil {
		log.Warn("recontact link failed", zap.String("conversation_id", c.ID), zap.Error(err))
		return c
	}
	return linked
}

// intercept runs the interceptors in order until one handles the message.
// Those that do not handle it may still ask for a reply (the first one
// stands), a queue (the first one stands) and internal notes (all stand).
func (ib *Inbox) intercept(ctx context.Context, intake Intake) (Interception, []string, error) {
	var side Interception
	var notes []string
	for _, ic := range ib.interceptors {
		res, err := ic.Intercept(ctx, intake)
		if err != nil {
			return Interception{}, nil, fmt.Errorf("inbox: ingest: interceptor: %w", err)
		}
		if res.Handled {
			return res, notes, nil
		}
		if side.Reply == "" && res.Reply != "" {
			side.Reply, side.ConsentNotice = res.Reply, res.ConsentNotice
		}
		if side.Queue == "" {
			side.Queue = res.Queue
		}
		if res.Note != "" {
			notes = append(notes, res.Note)
		}
	}
	return side, notes, nil
}
