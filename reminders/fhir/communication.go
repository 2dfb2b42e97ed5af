package fhir

import (
	"encoding/json"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// Payload is a Communication.payload with text content.
type Payload struct {
	ContentString     string          `json:"contentString,omitempty"`
	ContentReference  *Reference      `json:"contentReference,omitempty"`
	ContentAttachment json.RawMessage `json:"contentAttachment,omitempty"`
}

// Identifier is a FHIR Identifier.
type Identifier struct {
	Type   *CodeableConcept `json:"type,omitempty"`
	System string           `json:"system,omitempty"`
	Value  string           `json:"value,omitempty"`
}

// Communication is an R4 Communication, as frontdesk writes one for each
// inbox message.
type Communication struct {
	ID           string            `json:"id,omitempty"`
	Identifier   []Identifier      `json:"identifier,omitempty"`
	PartOf       []Reference       `json:"partOf,omitempty"`
	InResponseTo []Reference       `json:"inResponseTo,omitempty"`
	Status       string            `json:"status"`
	Medium       []CodeableConcept `json:"medium,omitempty"`
	Subject      *Reference        `json:"subject,omitempty"`
	Sent         string            `json:"sent,omitempty"`
	Received     string            `json:"received,omitempty"`
	Recipient    []Reference       `json:"recipient,omitempty"`
	Sender       *Reference        `json:"sender,omitempty"`
	Payload      []Payload         `json:"payload,omitempty"`
	Extra        Extra             `json:"-"`
}

// UnmarshalJSON reads an R4 Communication, keeping unknown elements.
func (c *Communication) UnmarshalJSON(data []byte) error {
	type plain Communication
	var p plain
	extra, err := decode(data, "Communication", &p)
	if err != nil {
		return err
	}
	*c = Communication(p)
	c.Extra = extra
	return nil
}

// MarshalJSON writes an R4 Communication.
func (c Communication) MarshalJSON() ([]byte, error) {
	type plain Communication
	return encode("Communication", plain(c), c.Extra)
}

// MessageInput is what a Communication is made from: an inbox message and
// the context the message itself does not carry.
type MessageInput struct {
	Message inbox.Message
	// PatientID is the vendor's patient id (the conversation's).
	PatientID string
	// AppointmentID, when set, is the appointment the message is about (a
	// reminder or a reply to one): the Communication is partOf it.
	AppointmentID string
	// ConversationRootID, when set, is the id of the Communication that
	// opened the conversation: every later message is partOf it, which
	// threads the conversation in FHIR.
	ConversationRootID string
	// InResponseTo, when set, is the id of the message this one answers
	// (the inbox keeps the provider's id in Message.InReplyTo; the caller
	// resolves it to a message id).
	InResponseTo string
	// OmitText leaves the message text out (for exports that must carry
	// ids only).
	OmitText bool
}

// SystemMessageID is the identifier system of frontdesk message ids.
const SystemMessageID = "urn:frontdesk:message"

// ParticipationModeSystem is the code system of Communication.medium.
const ParticipationModeSystem = "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode"

// medium maps a channel to a v3 ParticipationMode code.
func medium(k channels.Kind) string {
	switch k {
	case channels.SMS:
		return "SMSWRIT"
	case channels.Email:
		return "EMAILWRIT"
	}
	return "ONLINEWRIT"
}

// ToCommunication maps an inbox message to an R4 Communication: the
// patient is the subject and, by direction, the sender or the recipient;
// the practice (Organization/<practice id>) is the other party; a reply
// points at the message it answers with inResponseTo; partOf links the
// appointment and the conversation's first message. A staff note is not
// a communication with the patient: ok is false for it.
func ToCommunication(in MessageInput) (c Communication, ok bool) {
	m := in.Message
	if m.Direction == inbox.Note {
		return Communication{}, false
	}
	c = Communication{ID: m.ID, Identifier: []Identifier{{System: SystemMessageID, Value: m.ID}}, Status: "completed",
		Medium: []CodeableConcept{{Coding: []Coding{{System: ParticipationModeSystem, Code: medium(m.Channel)}}, Text: string(m.Channel)}}}
	patient := &Reference{Reference: "Patient/" + in.PatientID}
	if in.PatientID == "" {
		patient = &Reference{Display: "unverified contact " + m.ContactID}
	}
	practice := Reference{Reference: "Organization/" + m.PracticeID}
	c.Subject = patient
	if m.Direction == inbox.Inbound {
		c.Sender, c.Recipient = patient, []Reference{practice}
		c.Sent, c.Received = instant(m.SentAt), instant(m.CreatedAt)
	} else {
		c.Sender, c.Recipient = &practice, []Reference{*patient}
		c.Sent = instant(m.SentAt)
		if m.Status == channels.StateFailed || m.Status == channels.StateUndelivered {
			c.Status = "stopped"
		} else if !m.Status.Terminal() && m.Status != channels.StateDelivered && m.Status != channels.StateSent {
			c.Status = "in-progress"
		}
	}
	if in.AppointmentID != "" {
		c.PartOf = append(c.PartOf, Reference{Reference: "Appointment/" + in.AppointmentID})
	}
	if in.ConversationRootID != "" && in.ConversationRootID != m.ID {
		c.PartOf = append(c.PartOf, Reference{Reference: "Communication/" + in.ConversationRootID})
	}
	if in.InResponseTo != "" {
		c.InResponseTo = []Reference{{Reference: "Communication/" + in.InResponseTo}}
	}
	if !in.OmitText && m.Text != "" {
		c.Payload = []Payload{{ContentString: m.Text}}
	}
	return c, true
}

func instant(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
