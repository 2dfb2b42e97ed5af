// Package audit records who accessed and changed patient information.
//
// Every component of frontdesk (the inbox, channels, routing, reminders)
// emits Events through one Sink. Events carry ids, never message text or
// other PHI in clear.
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
	ID   string `json:"id"`
	Role string `json:"role,omitempty"`
	// Kind is "staff", "service" or "patient".
	Kind string `json:"kind,omitempty"`
}

// Event is one audit record. It carries ids, never PHI in clear.
type Event struct {
	PracticeID     string    `json:"practice_id"`
	Time           time.Time `json:"time"`
	Actor          Actor     `json:"actor"`
	Action         Action    `json:"action"`
	Outcome        Outcome   `json:"outcome"`
	PatientID      string    `json:"patient_id,omitempty"`
	ContactID      string    `json:"contact_id,omitempty"`
	ConversationID string    `json:"conversation_id,omitempty"`
	MessageID      string    `json:"message_id,omitempty"`
	RequestID      string    `json:"request_id,omitempty"`
	SourceAddr     string    `json:"source_addr,omitempty"`
	// Detail holds short, PHI-free annotations such as a queue name or a
	// reason code.
	Detail map[string]string `json:"detail,omitempty"`
}

// Sink receives audit events. Append must not return before the events are
// as durable as the sink documents; an error means they may not have been
// recorded and the caller must treat the audited operation accordingly.
// Implementations must be safe for concurrent use.
type Sink interface {
	Append(ctx context.Context, events ...Event) error
	Close() error
}
