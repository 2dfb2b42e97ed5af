package inbox

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock"
	"github.com/frontdeskhq/frontdesk/phi"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/routing/knowledge"
	"github.com/frontdeskhq/frontdesk/triage"
)

// Errors of the Inbox service, beyond the Store's.
var (
	// ErrUnverifiedContact: the conversation belongs to a contact not yet
	// linked to a patient, and the send was not marked as safe for one.
	ErrUnverifiedContact = errors.New("inbox: contact not verified")
	// ErrNoRoute: no configured channel can reach the contact.
	ErrNoRoute = errors.New("inbox: no channel reaches the contact")
	// ErrClosed: the conversation is closed.
	ErrClosed = errors.New("inbox: conversation closed")
	// ErrAudit: the change was stored but its audit event could not be
	// recorded. The caller should fail the request so that it is retried
	// or investigated.
	ErrAudit = errors.New("inbox: audit failed")
)

// Interceptor may answer an inbound message by itself before staff see it:
// a consent keyword (STOP, HELP), a reminder reply ("C"). The message is
// stored and threaded whatever an interceptor does, so nothing is lost; a
// handled message is marked with HandledBy and gets no first-response
// deadline. An emergency is never handled quietly: it is escalated even when
// an interceptor answers it.
type Interceptor interface {
	Intercept(ctx context.Context, in Intake) (Interception, error)
}

// InterceptorFunc adapts a function to the Interceptor interface.
type InterceptorFunc func(ctx context.Context, in Intake) (Interception, error)

// Intercept calls f.
func (f InterceptorFunc) Intercept(ctx context.Context, in Intake) (Interception, error) {
	return f(ctx, in)
}

// Intake is what an Interceptor sees.
type Intake struct {
	Inbound channels.Inbound
	Contact Contact
	// Triage is the message's triage, nil when no classifier is set.
	Triage *triage.Result
	// Conversation is the sender's conversation that is not closed, which
	// the message will join; nil when it opens a new one.
	Conversation *Conversation
}

// Interception is an Interceptor's answer. Handled reports that it dealt
// with the message; By names the interceptor for the record.
type Interception struct {
	Handled bool
	By      string
	// Reply, when set, is sent back automatically on the patient's channel
	// after the message is stored, as frontdesk (not a person). It must
	// carry nothing about the patient's care.
	Reply string
	// ConsentNotice marks Reply as the confirmation of a consent keyword,
	// the one message that may reach an opted-out address.
	ConsentNotice bool
	// AwaitReply, when positive, keeps the conversation aside (snoozed,
	// out of the queues) for that long, waiting on the patient's answer to
	// Reply, instead of closing it at once; Conversation.AwaitingReply
	// names the interceptor meanwhile. Without an answer in time,
	// WakeSnoozed closes it as contained.
	AwaitReply time.Duration
	// Resolve closes the conversation the message joins as contained: the
	// patient confirmed that an automatic answer was enough.
	Resolve bool
	// ConversationID files the message in that conversation of the sender,
	// even a closed one (which stays closed), instead of threading it: a
	// survey score goes with the conversation it rates. It is ignored for
	// an emergency and for a conversation that is not the sender's.
	ConversationID string
	// Queue and Note act when Handled is false: the message goes to Queue
	// instead of the router's choice (never for an emergency), and Note is
	// added to its conversation as an internal note for staff. Reply, too,
	// is sent whether or not the message is handled. Later interceptors
	// still run.
	Queue string
	Note  string
}

// OutboundPolicy checks, and may rewrite, a message before it is sent on a
// channel with the given capabilities: the place for the minimum-necessary
// rules of package phi. An error blocks the send.
type OutboundPolicy interface {
	CheckOutbound(ctx context.Context, caps channels.Capabilities, m *channels.Outbound) error
}

// Config configures an Inbox. The zero value works: system clock, no
// logging, no directory (every sender is provisional), no triage, the
// default router, no audit sink, no channels (Reply fails with ErrNoRoute).
type Config struct {
	// Clock stamps every record. Default the system clock.
	Clock clock.Clock
	// Logger receives ids only, never message content. Default no logging.
	Logger *zap.Logger
	// Directory maps addresses to the vendor's patients.
	Directory Directory
	// Classifier triages inbound messages. Nil skips triage: every message
	// is routine with intent other.
	Classifier triage.Classifier
	// Router picks queue, priority and deadline. Default routing.Default().
	Router routing.Router
	// Audit receives an event for every change and access. Nil records
	// nothing.
	Audit audit.Sink
	// Channels send replies, one per kind; a channel serves every practice
	// (adapters pick the sender from Outbound.PracticeID).
	Channels []channels.Channel
	// Consent turns on the handling of STOP, START and HELP. Its
	// interceptor runs before Interceptors.
	Consent ConsentConfig
	// Interceptors run, in order, on every new inbound message; the first
	// that handles it wins.
	Interceptors []Interceptor
	// Policy checks every outbound message (see PHIPolicy), except the
	// fixed notices frontdesk sends by itself, the same for every patient
	// and about no one's care: the safety and after-hours replies, consent
	// confirmations and the CSAT survey. Nil allows everything.
	Policy OutboundPolicy
	// Assigner, when set, gives each new open conversation to an agent
	// (sticky to the agent of the patient's previous conversation), and is
	// told of every assignment, transfer and close. *routing.Roster
	// satisfies it. Nil leaves conversations in their queue unassigned.
	Assigner Assigner
	// CSAT sends a one-question satisfaction survey after a close and
	// records the scores. The zero value sends none.
	CSAT CSATConfig
	// QA samples closed conversations for review against a scorecard. The
	// zero value samples none.
	QA QAConfig
	// Drafter suggests staff replies (Inbox.Draft). Default a
	// knowledge.TemplateDrafter with the default templates and no
	// knowledge base.
	Drafter knowledge.Drafter
	// Hooks receive every event synchronously.
	Hooks []Hook
	// Safety is the automatic reply to a message triaged as an emergency.
	// The zero value uses DefaultSafety.
	Safety SafetyConfig
	// Permissions, when set, are checked by the Staff views (see
	// Inbox.Staff): who may read which queue, see PHI unredacted, export
	// and manage. Nil checks nothing, as the Inbox's own methods never do.
	Permissions *routing.Permissions
	// Redactor masks message text for staff who may read a queue but not
	// see PHI in it. Default phi.NewRedactor with type tags.
	Redactor *phi.Redactor
	// NewID makes ids for contacts, conversations and messages. Default:
	// UUID version 7 (time-ordered) strings.
	NewID func() string
}

// Inbox is the messaging service: it ingests inbound messages, threads them
// by patient, triages and routes them, sends replies and records delivery.
// It is safe for concurrent use.
type Inbox struct {
	store        Store
	clock        clock.Clock
	log          *zap.Logger
	dir          Directory
	classifier   triage.Classifier
	router       routing.Router
	audit        audit.Sink
	channels     map[channels.Kind]channels.Channel
	interceptors []Interceptor
	policy       OutboundPolicy
	hooks        []Hook
	safety       SafetyConfig
	consent      ConsentConfig
	newID        func() string
	events       broker
	assigner     Assigner
	drafter      knowledge.Drafter
	csat         CSATConfig
	qa           QAConfig
	monitor      atomic.Pointer[SLAMonitor]
	perms        routing.Permissions
	redactor     *phi.Redactor
}

// New returns an Inbox over store.
func New(store Store, cfg Config) (*Inbox, error) {
	if store == nil {
		return nil, errors.New("inbox: nil store")
	}
	ib := &Inbox{
		store:        store,
		clock:        clock.OrSystem(cfg.Clock),
		log:          cfg.Logger,
		dir:          cfg.Directory,
		classifier:   cfg.Classifier,
		router:       cfg.Router,
		audit:        cfg.Audit,
		channels:     make(map[channels.Kind]channels.Channel),
		interceptors: cfg.Interceptors,
		policy:       cfg.Policy,
		hooks:        cfg.Hooks,
		safety:       cfg.Safety.withDefaults(),
		consent:      cfg.Consent.withDefaults(),
		newID:        cfg.NewID,
		assigner:     cfg.Assigner,
		drafter:      cfg.Drafter,
		csat:         cfg.CSAT.withDefaults(),
		qa:           cfg.QA.withDefaults(),
	}
	if ib.log == nil {
		ib.log = zap.NewNop()
	}
	ib.log = ib.log.Named("inbox")
	if ib.dir == nil {
		ib.dir = noDirectory{}
	}
	if ib.router == nil {
		ib.router = routing.Default()
	}
	if ib.csat.Enabled {
		ib.interceptors = append([]Interceptor{csatInterceptor{ib}}, ib.interceptors...)
	}
	if ib.consent.Store != nil {
		ib.interceptors = append([]Interceptor{consentInterceptor{ib}}, ib.interceptors...)
	}
	if ib.newID == nil {
		ib.newID = newUUIDv7
	}
	if ib.drafter == nil {
		d, err := knowledge.NewTemplateDrafter(nil, nil)
		if err != nil {
			return nil, fmt.Errorf("inbox: drafter: %w", err)
		}
		ib.drafter = d
	}
	if cfg.Permissions != nil {
		ib.perms = *cfg.Permissions
	}
	ib.redactor = cfg.Redactor
	if ib.redactor == nil && ib.perms != nil {
		r, err := phi.NewRedactor(phi.RedactorConfig{})
		if err != nil {
			return nil, fmt.Errorf("inbox: redactor: %w", err)
		}
		ib.redactor = r
	}
	for _, ch := range cfg.Channels {
		k := ch.Capabilities().Kind
		if !k.Valid() {
			return nil, fmt.Errorf("%w: channel reports kind %q", channels.ErrUnknownChannel, k)
		}
		if _, dup := ib.channels[k]; dup {
			return nil, fmt.Errorf("inbox: two channels of kind %s", k)
		}
		ib.channels[k] = ch
	}
	return ib, nil
}

// Store returns the inbox's store, for read paths that need no policy.
func (ib *Inbox) Store() Store { return ib.store }

// Subscribe returns a live feed of the practice's events; see Subscription.
// buffer is how many events may wait for the subscriber (default 64).
func (ib *Inbox) Subscribe(practiceID string, buffer int) *Subscription {
	return ib.events.add(practiceID, buffer)
}

func (ib *Inbox) publish(ctx context.Context, e Event) {
	if e.At.IsZero() {
		e.At = ib.clock.Now()
	}
	for _, h := range ib.hooks {
		h.HandleEvent(ctx, e)
	}
	ib.events.publish(e)
}

// Deliver hands an event that happened on another instance of the service
// (received, say, through inbox/sqlstore's Notifier) to this instance's
// subscribers, so that staff connected here see it live. Hooks do not run:
// they ran where the event happened.
func (ib *Inbox) Deliver(e Event) { ib.events.publish(e) }

// record appends audit events; a failure is returned wrapped in ErrAudit so
// that no audit event is dropped silently.
func (ib *Inbox) record(ctx context.Context, events ...audit.Event) error {
	if ib.audit == nil {
		return nil
	}
	ib.stamped(events...)
	if err := ib.audit.Append(ctx, events...); err != nil {
		ib.log.Error("audit append failed", zap.String("practice_id", events[0].PracticeID),
			zap.String("action", string(events[0].Action)), zap.Error(err))
		return fmt.Errorf("%w: %w", ErrAudit, err)
	}
	return nil
}

// stamped fills in what every recorded event carries (the clock's time,
// a successful outcome when none is set) and drops empty details, in
// place, and returns events.
func (ib *Inbox) stamped(events ...audit.Event) []audit.Event {
	now := ib.clock.Now()
	for i := range events {
		if events[i].Time.IsZero() {
			events[i].Time = now
		}
		if events[i].Outcome == "" {
			events[i].Outcome = audit.OutcomeSuccess
		}
		// An empty value (an unassigned conversation) says nothing; the
		// audit log keeps only meaningful annotations.
		for k, v := range events[i].Detail {
			if v == "" {
				delete(events[i].Detail, k)
			}
		}
	}
	return events
}

// Actor is who performs a staff operation; see audit.Actor.
type Actor = audit.Actor

// serviceActor is frontdesk acting on its own.
var serviceActor = audit.Actor{ID: "frontdesk", Kind: "service"}
