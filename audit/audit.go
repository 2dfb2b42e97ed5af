package audit

import (
	"context"
	"time"
)

// Action is what happened. The set is closed and documented: see the
// Action constants.
type Action string

// The actions frontdesk records.
const (
	ActionMessageReceived         Action = "message.received"
	ActionMessageSent             Action = "message.sent"
	ActionMessageRead             Action = "message.read"
	ActionConversationAssigned    Action = "conversation.assigned"
	ActionConversationTransferred Action = "conversation.transferred"
	ActionConversationClosed      Action = "conversation.closed"
	ActionContactMerged           Action = "contact.merged"
	ActionContactUnmerged         Action = "contact.unmerged"
	ActionPHIViewed               Action = "phi.viewed"
	ActionPHIExported             Action = "phi.exported"
	ActionConsentChanged          Action = "consent.changed"
	ActionReminderSent            Action = "reminder.sent"
	ActionReminderReplied         Action = "reminder.replied"
	ActionAppointmentUpdated      Action = "appointment.updated"
	ActionLogin                   Action = "login"
	ActionAccessDenied            Action = "access.denied"
	// ActionCheckpoint marks a signed checkpoint that Log writes into the
	// chain; see Checkpoint. It is the only action whose event carries no
	// practice id.
	ActionCheckpoint Action = "audit.checkpoint"
)

// Outcome says whether the action succeeded.
type Outcome string

// The outcomes.
const (
	OutcomeSuccess Outcome = "success"
	OutcomeFailure Outcome = "failure"
	OutcomeDenied  Outcome = "denied"
)

// Actor is who did it.
type Actor struct {
	// ID identifies the staff member, service or patient (required).
	ID string `json:"id"`
	// Role is the actor's role in the practice, such as "nurse".
	Role string `json:"role,omitempty"`
	// Kind is "staff", "service" or "patient".
	Kind string `json:"kind,omitempty"`
}

// Event is one audit record. It carries ids, never PHI in clear; see
// Event.Validate for the rules every sink enforces.
//
// Seq, PrevHash and Hash are stamped by Log and chain the events: see the
// package documentation for the canonical encoding they are computed over.
type Event struct {
	// Seq is the event's 1-based position in its chain; zero until a Log
	// stamps it.
	Seq uint64 `json:"seq,omitempty"`
	// PrevHash is the Hash of the event at Seq-1, empty for Seq 1.
	PrevHash string `json:"prev_hash,omitempty"`
	// Hash is the lowercase hex SHA-256 of the event's canonical encoding
	// (which includes PrevHash and excludes Hash).
	Hash string `json:"hash,omitempty"`

	// PracticeID is the tenant the event belongs to (required, except on
	// checkpoints).
	PracticeID string `json:"practice_id"`
	// Time is when it happened; Log fills it from its clock when zero.
	Time time.Time `json:"time"`
	// Actor is who did it.
	Actor Actor `json:"actor"`
	// Action is what was done.
	Action Action `json:"action"`
	// Outcome says whether it succeeded.
	Outcome Outcome `json:"outcome"`
	// PatientID is the patient whose information was touched; queries
	// by patient (the accounting of disclosures) select on it.
	PatientID string `json:"patient_id,omitempty"`
	// ContactID, ConversationID and MessageID name the resources involved.
	ContactID      string `json:"contact_id,omitempty"`
	ConversationID string `json:"conversation_id,omitempty"`
	MessageID      string `json:"message_id,omitempty"`
	// RequestID ties the event to the request that caused it.
	RequestID string `json:"request_id,omitempty"`
	// SourceAddr is the network address the request came from.
	SourceAddr string `json:"source_addr,omitempty"`
	// Detail holds short, PHI-free annotations such as a queue name or a
	// reason code.
	Detail map[string]string `json:"detail,omitempty"`
}

// Sink receives audit events. Append must not return before the events are
// as durable as the sink documents; an error means they may not have been
// recorded and the caller must treat the audited operation accordingly.
// Implementations must be safe for concurrent use, and pass
// audittest.Run.
//
// Log is the Sink that emitters should be given: it chains the events and
// hands them to a storage Sink such as FileSink.
type Sink interface {
	// Append records events in order, contiguous. It refuses an event that
	// fails Event.Validate with ErrInvalidEvent (recording none of the
	// batch), returns ctx.Err() for a context already done, and ErrClosed
	// after Close.
	Append(ctx context.Context, events ...Event) error
	// Close flushes and releases the sink. Closing twice returns nil.
	Close() error
}
