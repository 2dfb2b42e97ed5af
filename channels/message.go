package channels

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// MaxTextBytes is the longest message text frontdesk accepts, in bytes, in
// either direction. Longer text gets ErrTextTooLong. It is well above every
// provider's own limit (WhatsApp text: 4,096 characters) and leaves room
// for long e-mails.
const MaxTextBytes = 64 << 10

// MessageType says what an inbound message carries.
type MessageType string

// The inbound message types. Types the adapters do not know are kept as
// TypeUnsupported with the provider's raw type in Inbound.RawType, never
// dropped.
const (
	TypeText        MessageType = "text"
	TypeMedia       MessageType = "media"
	TypeLocation    MessageType = "location"
	TypeContacts    MessageType = "contacts"
	TypeButton      MessageType = "button" // a reply button or list choice
	TypeUnsupported MessageType = "unsupported"
)

// MediaRef points at an attachment. Inbound, ProviderRef is what the
// provider gave (a WhatsApp media id, a Twilio media URL) until the media is
// fetched into a MediaStore, after which StoreKey names it there.
type MediaRef struct {
	ContentType string `json:"content_type,omitempty"`
	ProviderRef string `json:"provider_ref,omitempty"`
	StoreKey    string `json:"store_key,omitempty"`
	Filename    string `json:"filename,omitempty"`
	Size        int64  `json:"size,omitempty"`
}

// Location is a shared map position.
type Location struct {
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
	Name      string  `json:"name,omitempty"`
	Address   string  `json:"address,omitempty"`
}

// Inbound is one message from a patient, as an adapter parsed it.
type Inbound struct {
	// PracticeID is the tenant the message was sent to; the adapter resolves
	// it from the number or address the patient wrote to.
	PracticeID string
	// Channel is where the message came from.
	Channel Kind
	// From is the patient's normalised address; To is the practice's.
	From Address
	To   Address
	// ProviderID is the provider's message id; together with Channel it
	// identifies a delivery, so that a webhook delivered twice is stored
	// once.
	ProviderID string
	// Type is what the message carries; RawType is the provider's own type
	// name, kept for unsupported messages.
	Type    MessageType
	RawType string
	// Text is the message text (for e-mail, the new text without quoted
	// history). Subject is the e-mail subject.
	Text    string
	Subject string
	// Payload is the id of the button or list row a patient chose.
	Payload  string
	Media    []MediaRef
	Location *Location
	// InReplyTo is the provider id of the message this one answers, when
	// the provider says (a WhatsApp context, an e-mail In-Reply-To).
	InReplyTo string
	// References are e-mail thread references (Message-IDs), oldest first.
	References []string
	// SentAt is when the provider says the patient sent it.
	SentAt time.Time
}

// Validate checks what every inbound message needs: a practice, a known
// channel, a sender address, a provider id, and text that is valid UTF-8 and
// within MaxTextBytes.
func (m Inbound) Validate() error {
	if m.PracticeID == "" {
		return fmt.Errorf("%w: missing practice id", ErrInvalidMessage)
	}
	if !m.Channel.Valid() {
		return fmt.Errorf("%w: channel %q", ErrUnknownChannel, m.Channel)
	}
	if m.From.IsZero() {
		return fmt.Errorf("%w: missing sender address", ErrInvalidMessage)
	}
	if m.ProviderID == "" {
		return fmt.Errorf("%w: missing provider message id", ErrInvalidMessage)
	}
	return validateText(m.Text)
}

// Template is a provider-approved message template, required on WhatsApp
// outside the 24-hour customer-service window.
type Template struct {
	Name     string
	Language string   // e.g. "en_US", "es"
	Params   []string // body parameters, in order
}

// Button is an interactive reply button.
type Button struct {
	ID    string // returned as Inbound.Payload when chosen
	Title string
}

// Outbound is one message to a patient.
type Outbound struct {
	PracticeID string
	Channel    Kind
	To         Address
	// From is the practice's sending address; adapters use their configured
	// one when it is zero.
	From     Address
	Text     string
	Subject  string // e-mail only
	Media    []MediaRef
	Template *Template
	Buttons  []Button
	// InReplyTo and References thread e-mail replies.
	InReplyTo  string
	References []string
	// IdempotencyKey identifies this send across retries: a retry with the
	// same key never sends twice. The inbox sets it to the message id.
	IdempotencyKey string
	// ConsentNotice marks the confirmation of a consent keyword (the reply
	// to STOP): the one message WithConsent lets through to an opted-out
	// address.
	ConsentNotice bool
}

// Validate checks what every outbound message needs.
func (m Outbound) Validate() error {
	if m.PracticeID == "" {
		return fmt.Errorf("%w: missing practice id", ErrInvalidMessage)
	}
	if !m.Channel.Valid() {
		return fmt.Errorf("%w: channel %q", ErrUnknownChannel, m.Channel)
	}
	if m.To.IsZero() {
		return fmt.Errorf("%w: missing recipient address", ErrInvalidMessage)
	}
	if m.Text == "" && m.Template == nil && len(m.Media) == 0 {
		return fmt.Errorf("%w: nothing to send", ErrEmptyText)
	}
	return validateText(m.Text)
}

func validateText(s string) error {
	if len(s) > MaxTextBytes {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTextTooLong, len(s), MaxTextBytes)
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("%w: text is not valid UTF-8", ErrInvalidMessage)
	}
	return nil
}

// DeliveryState is where an outbound message is on its way to the patient.
type DeliveryState string

// The delivery states. Pending is frontdesk's own (stored, not yet accepted
// by the provider); the rest are the providers' states.
const (
	StatePending     DeliveryState = "pending"
	StateQueued      DeliveryState = "queued"
	StateSending     DeliveryState = "sending"
	StateSent        DeliveryState = "sent"
	StateDelivered   DeliveryState = "delivered"
	StateRead        DeliveryState = "read"
	StateUndelivered DeliveryState = "undelivered"
	StateFailed      DeliveryState = "failed"
	// StateReceived marks inbound messages.
	StateReceived DeliveryState = "received"
)

// rank orders states along a message's life so that callbacks arriving out
// of order never move a status backwards. Failed and undelivered outrank
// every in-flight state but not read: a read message was delivered, whatever
// a late callback says.
func (s DeliveryState) rank() int {
	switch s {
	case StatePending:
		return 0
	case StateQueued:
		return 1
	case StateSending:
		return 2
	case StateSent:
		return 3
	case StateDelivered:
		return 5
	case StateUndelivered, StateFailed:
		return 4
	case StateRead:
		return 6
	}
	return -1
}

// Valid reports whether s is a known delivery state.
func (s DeliveryState) Valid() bool { return s.rank() >= 0 || s == StateReceived }

// Terminal reports whether no further provider callback is expected.
func (s DeliveryState) Terminal() bool {
	return s == StateRead || s == StateFailed || s == StateUndelivered || s == StateReceived
}

// Advances reports whether moving from s to next goes forward. Status
// callbacks that do not advance are recorded in the history but do not
// change the message's current state.
func (s DeliveryState) Advances(next DeliveryState) bool {
	if s == StateReceived || next == StateReceived {
		return false
	}
	return next.rank() > s.rank()
}

// Status is a delivery status callback from a provider.
type Status struct {
	PracticeID string
	Channel    Kind
	// ProviderID is the id the provider returned when it accepted the
	// message (SendResult.ProviderID).
	ProviderID string
	State      DeliveryState
	// ErrorCode is the provider's error code for failed states, e.g.
	// "131047" (WhatsApp) or "30003" (Twilio).
	ErrorCode string
	At        time.Time
}

// Validate checks a status callback.
func (s Status) Validate() error {
	switch {
	case s.PracticeID == "":
		return fmt.Errorf("%w: missing practice id", ErrInvalidMessage)
	case !s.Channel.Valid():
		return fmt.Errorf("%w: channel %q", ErrUnknownChannel, s.Channel)
	case s.ProviderID == "":
		return fmt.Errorf("%w: missing provider message id", ErrInvalidMessage)
	case !s.State.Valid():
		return fmt.Errorf("%w: delivery state %q", ErrInvalidMessage, s.State)
	}
	return nil
}
