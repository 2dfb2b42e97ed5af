package inbox

import (
	"maps"
	"slices"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

// Contact is one person who writes to a practice, keyed by a normalised
// address (channels.Address.ContactKey), so that a WhatsApp id and an SMS
// number of the same phone are one contact. A contact the vendor's Directory
// does not know is provisional: PatientID is empty and Verified is false,
// and nothing about a patient's care is sent to it until it is linked.
type Contact struct {
	PracticeID string
	ID         string
	// Key is the normalised address key, unique within a practice.
	Key string
	// Addresses are every address seen for this contact, one per kind.
	Addresses []channels.Address
	// PatientID is the vendor's patient id, once known.
	PatientID string
	// Verified reports whether the contact is linked to PatientID by the
	// Directory, by staff, or by a verification step.
	Verified bool
	// Link records the latest merge into a patient, so it can be undone.
	Link      *Link
	CreatedAt time.Time
}

// Clone returns a copy of c that shares no memory with it (its addresses
// and link are copied), for stores that keep contacts and hand them out.
func (c Contact) Clone() Contact {
	c.Addresses = slices.Clone(c.Addresses)
	if c.Link != nil {
		l := *c.Link
		c.Link = &l
	}
	return c
}

// Clone returns a copy of c that shares no memory with it (its SLA events
// and QA criteria are copied), for stores that keep conversations and
// hand them out.
func (c Conversation) Clone() Conversation {
	c.SLAEvents = slices.Clone(c.SLAEvents)
	c.QA.Criteria = maps.Clone(c.QA.Criteria)
	return c
}

// Address returns the contact's address of the given kind, if it has one.
// A phone contact can be reached on SMS and WhatsApp alike.
func (c Contact) Address(kind channels.AddressKind) (channels.Address, bool) {
	for _, a := range c.Addresses {
		if a.Kind == kind {
			return a, true
		}
	}
	for _, a := range c.Addresses {
		switch {
		case kind == channels.AddrWhatsApp && a.Kind == channels.AddrPhone:
			return channels.Address{Kind: kind, Value: a.Value[1:]}, true
		case kind == channels.AddrPhone && a.Kind == channels.AddrWhatsApp:
			return channels.Address{Kind: kind, Value: "+" + a.Value}, true
		}
	}
	return channels.Address{}, false
}

// Link records that a contact was merged into a patient.
type Link struct {
	PatientID     string
	PrevPatientID string
	PrevVerified  bool
	// FromConversationID is the contact's own open conversation at the time
	// of the merge; ToConversationID the patient's, into which its messages
	// were moved (empty when none had to move).
	FromConversationID string
	ToConversationID   string
	By                 string
	At                 time.Time
}

// ConversationStatus is where a conversation is in its life.
type ConversationStatus string

// The conversation statuses. A patient has at most one conversation that is
// not closed.
const (
	StatusOpen    ConversationStatus = "open"
	StatusSnoozed ConversationStatus = "snoozed"
	StatusClosed  ConversationStatus = "closed"
)

// Conversation is the one thread of a patient (or of a provisional contact)
// across every channel.
type Conversation struct {
	PracticeID string
	ID         string
	// Subject is what the conversation is about: "patient:<id>" or
	// "contact:<id>" (see SubjectFor). At most one conversation per subject
	// is not closed.
	Subject   string
	PatientID string
	ContactID string
	Status    ConversationStatus
	// Channel is the channel the patient wrote on last; replies go there.
	Channel  channels.Kind
	Queue    string
	Assignee string
	Priority int
	// Urgency and Intent are the most urgent triage of the conversation's
	// open inbound messages, and the intent that came with it.
	Urgency   triage.Urgency
	Intent    triage.Intent
	Emergency bool
	// FirstResponseDue is the routing deadline; FirstResponseAt when a
	// person first answered.
	FirstResponseDue time.Time
	FirstResponseAt  time.Time
	MessageCount     int
	CreatedAt        time.Time
	// UpdatedAt is the time of the latest message; conversation lists are
	// ordered by it, most recent first.
	UpdatedAt time.Time
	ClosedAt  time.Time
	// ClosedBy is the staff member, or "frontdesk", who closed it.
	ClosedBy string
	// SnoozedUntil is when a snoozed conversation returns to its queue;
	// a message from the patient wakes it earlier.
	SnoozedUntil time.Time
	// AwaitingReply names the interceptor (such as knowledge.HandledBy)
	// whose automatic answer waits on the patient's follow-up; see
	// Interception.AwaitReply.
	AwaitingReply string
	// PreviousID links a recontact to the subject's conversation that was
	// closed before this one opened, so staff see what came before.
	PreviousID string
	// Escalations counts the SLA escalations and transfers it went
	// through.
	Escalations int
	// AfterHoursReplyAt is when frontdesk last sent the router's
	// after-hours reply in this conversation; it is sent once per closed
	// period, and cleared when a message arrives while the practice is
	// open.
	AfterHoursReplyAt time.Time
	// SLAEvents are the first-response clock of the current question, in
	// time order, from its latest routing.ClockStarted: started when the
	// patient asks (again, after an answer) or the conversation is
	// re-routed, paused while staff wait on the patient, resumed when the
	// patient writes, stopped by a staff reply. routing.SLA.Status
	// computes the clock from them.
	SLAEvents []routing.ClockEvent
	// SLAStage is how far the SLAMonitor got with the current clock's
	// notices (see routing.Tracked.Stage), so none is given twice.
	SLAStage int
	// SLABreached records that the first-response clock ran out before a
	// person first answered, even if a re-route later gave another team a
	// fresh deadline; KPIs count the conversation as missed.
	SLABreached bool
	// CSATSentAt is when the satisfaction survey went out; CSATScore the
	// patient's answer from 1 to 5 (0: none yet) and CSATAt when it came.
	CSATSentAt time.Time
	CSATScore  int
	CSATAt     time.Time
	// QA is the conversation's quality review, when the close sampled it.
	QA QAReview
}

// SubjectFor returns the threading subject for a patient, or for a
// provisional contact when patientID is empty.
func SubjectFor(patientID, contactID string) string {
	if patientID != "" {
		return "patient:" + patientID
	}
	return "contact:" + contactID
}

// Direction says who wrote a message.
type Direction string

// The directions.
const (
	Inbound  Direction = "inbound"  // from the patient
	Outbound Direction = "outbound" // to the patient
	Note     Direction = "note"     // internal, between staff; never sent
)

// StatusChange is one delivery status a message went through.
type StatusChange struct {
	State     channels.DeliveryState
	ErrorCode string
	At        time.Time
}

// Message is one message of a conversation.
type Message struct {
	PracticeID     string
	ID             string
	ConversationID string
	ContactID      string
	Direction      Direction
	Channel        channels.Kind
	// ProviderID is the provider's id; (Channel, ProviderID) is unique
	// within a practice when ProviderID is set.
	ProviderID string
	Type       channels.MessageType
	RawType    string
	Text       string
	Subject    string
	Payload    string
	Media      []channels.MediaRef
	InReplyTo  string
	// References are the e-mail thread's Message-IDs, oldest first, as
	// the patient's mail client sent them or as a reply carried them.
	References []string
	// AuthorID is the staff member who wrote an outbound message or note;
	// empty for patients. Automated marks messages frontdesk sent by
	// itself (safety replies, reminders).
	AuthorID  string
	Automated bool
	// Mentions are the staff ids a note mentions with @id; each is told.
	Mentions []string
	// Status is the latest delivery state; StatusHistory every callback,
	// in arrival order, including those that did not advance Status.
	Status        channels.DeliveryState
	StatusHistory []StatusChange
	// ErrorCode is the provider's code when a send failed.
	ErrorCode string
	// Triage is the classifier's verdict on an inbound message.
	Triage *triage.Result
	// HandledBy names the interceptor that answered the message on its own
	// (a consent keyword, a reminder reply), if any.
	HandledBy string
	// CreatedAt is when frontdesk stored the message; SentAt when the
	// patient sent it or the provider accepted it.
	CreatedAt time.Time
	SentAt    time.Time
}
