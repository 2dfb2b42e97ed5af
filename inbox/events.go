package inbox

import (
	"context"
	"sync"
	"time"
)

// EventType names something that happened in the inbox.
type EventType string

// The events the inbox publishes.
const (
	EventMessageReceived      EventType = "message.received"
	EventMessageSent          EventType = "message.sent"
	EventStatusChanged        EventType = "message.status"
	EventNoteAdded            EventType = "note.added"
	EventEmergency            EventType = "conversation.emergency"
	EventConversationAssigned EventType = "conversation.assigned"
	EventConversationClosed   EventType = "conversation.closed"
	EventContactLinked        EventType = "contact.linked"
	EventContactUnlinked      EventType = "contact.unlinked"
	// EventConversationTransferred: moved to another queue or person, with
	// a handoff note.
	EventConversationTransferred EventType = "conversation.transferred"
	// EventConversationSnoozed and EventConversationReopened follow the
	// staff operations of the same names; a woken snooze is a reopen.
	EventConversationSnoozed  EventType = "conversation.snoozed"
	EventConversationReopened EventType = "conversation.reopened"
	// EventMention tells the staff member in Target that a note names them.
	EventMention EventType = "note.mention"
	// EventConversationWaiting: staff wait on the patient; the SLA clock
	// is paused (see Inbox.WaitOnPatient).
	EventConversationWaiting EventType = "conversation.waiting"
	// EventSLAWarning: a first-response deadline is near.
	EventSLAWarning EventType = "sla.warning"
	// EventSLABreached: a first-response deadline passed unanswered.
	EventSLABreached EventType = "sla.breached"
	// EventSLAEscalated: an escalation step was taken; for a notify step,
	// Role names the staff role to tell (a supervisor by default).
	EventSLAEscalated EventType = "sla.escalated"
)

// Event tells a vendor that something happened. It carries ids only; fetch
// the records through the Inbox to see their content.
type Event struct {
	Type           EventType
	PracticeID     string
	ConversationID string
	MessageID      string
	ContactID      string
	Queue          string
	// Actor is the staff member or service that caused the event, if any.
	Actor string
	// Target is the staff member the event is for, when it is for one
	// (a mention, a transfer to a person).
	Target string
	// Role is the staff role an event is for, when it is for a role
	// rather than a person (an SLA escalation's notify step).
	Role string
	// Step is the escalation action of EventSLAEscalated.
	Step string
	At   time.Time
}

// Hook receives every event, synchronously, after the change it reports is
// stored. A slow hook slows the inbox; a hook that must do slow work should
// queue it. Hooks must be safe for concurrent use and must not call back
// into the Inbox method that published the event.
type Hook interface {
	HandleEvent(ctx context.Context, e Event)
}

// HookFunc adapts a function to a Hook.
type HookFunc func(ctx context.Context, e Event)

// HandleEvent calls f.
func (f HookFunc) HandleEvent(ctx context.Context, e Event) { f(ctx, e) }

// Subscription is a live feed of one practice's events, for screens such as
// a staff inbox over Server-Sent Events. It never blocks the inbox: when a
// subscriber falls Buffer events behind, further events are dropped for it
// and counted in Dropped, and the subscriber should reload what it shows.
type Subscription struct {
	// C delivers events. It is closed by Close.
	C <-chan Event

	c       chan Event
	b       *broker
	mu      sync.Mutex
	dropped int
	closed  bool
}

// Dropped returns how many events were dropped because the subscriber was
// behind.
func (s *Subscription) Dropped() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dropped
}

// Close ends the subscription and closes C.
func (s *Subscription) Close() {
	s.b.remove(s)
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed {
		s.closed = true
		close(s.c)
	}
}

type broker struct {
	mu   sync.RWMutex
	subs map[string]map[*Subscription]struct{} // practice -> subscriptions
}

func (b *broker) add(practiceID string, buffer int) *Subscription {
	if buffer <= 0 {
		buffer = 64
	}
	c := make(chan Event, buffer)
	s := &Subscription{C: c, c: c, b: b}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.subs == nil {
		b.subs = make(map[string]map[*Subscription]struct{})
	}
	if b.subs[practiceID] == nil {
		b.subs[practiceID] = make(map[*Subscription]struct{})
	}
	b.subs[practiceID][s] = struct{}{}
	return s
}

func (b *broker) remove(s *Subscription) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, m := range b.subs {
		delete(m, s)
	}
}

func (b *broker) publish(e Event) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for s := range b.subs[e.PracticeID] {
		s.mu.Lock()
		if !s.closed {
			select {
			case s.c <- e:
			default:
				s.dropped++
			}
		}
		s.mu.Unlock()
	}
}
