package channels

import (
	"context"
	"time"

	"github.com/frontdeskhq/frontdesk/phi"
)

// Kind names a channel.
type Kind string

// The channels frontdesk speaks.
const (
	WhatsApp Kind = "whatsapp"
	SMS      Kind = "sms" // SMS and MMS
	Email    Kind = "email"
	WebChat  Kind = "webchat"
)

// Kinds returns every channel kind in a fixed order.
func Kinds() []Kind { return []Kind{WhatsApp, SMS, Email, WebChat} }

// Valid reports whether k is a known channel kind.
func (k Kind) Valid() bool {
	switch k {
	case WhatsApp, SMS, Email, WebChat:
		return true
	}
	return false
}

// Capabilities describe what a channel can carry.
type Capabilities struct {
	// Kind is the channel this describes.
	Kind Kind
	// MaxTextLen is the longest text, in bytes, one Outbound may carry;
	// zero means no limit of the channel's own.
	MaxTextLen int
	// Media reports whether attachments can be sent.
	Media bool
	// Templates reports whether pre-approved templates can be sent (and are
	// required outside a service window, as on WhatsApp).
	Templates bool
	// Buttons reports whether interactive reply buttons can be sent.
	Buttons bool
	// Tier is how much the channel may carry under the minimum-necessary
	// rule; see package phi.
	Tier phi.Tier
}

// SendResult is what a provider said when it accepted an Outbound.
type SendResult struct {
	// ProviderID is the provider's id for the message, used to match later
	// status callbacks.
	ProviderID string
	// State is the delivery state the provider reported on acceptance,
	// usually Queued or Sent.
	State DeliveryState
	// At is when the provider accepted the message.
	At time.Time
}

// Channel sends messages to patients through one provider.
//
// Send must be safe for concurrent use. It returns a *SendError (wrapping one
// of the sentinels of this package) when the provider refused or failed, so
// that callers can tell whether and when to retry. An implementation that
// honours Outbound.IdempotencyKey must return the original result when the
// same key is sent again.
type Channel interface {
	Capabilities() Capabilities
	Send(ctx context.Context, m Outbound) (SendResult, error)
}

// InboundHandler takes messages that arrive from patients. The inbox
// implements it; adapters' HTTP handlers call it and acknowledge the
// provider's webhook only when it returns nil.
type InboundHandler interface {
	HandleInbound(ctx context.Context, m Inbound) error
}

// StatusHandler takes delivery status callbacks. The inbox implements it.
type StatusHandler interface {
	HandleStatus(ctx context.Context, s Status) error
}

// DefaultCapabilities returns the capabilities of the real provider adapters
// for a channel kind: WhatsApp text up to 4,096 bytes with media, templates
// and buttons; SMS/MMS up to 1,600 bytes (Twilio's limit, ten segments) with
// media; e-mail with media; web chat, the only secure-tier channel. Fakes
// use them so that tests see the limits production has.
func DefaultCapabilities(k Kind) Capabilities {
	switch k {
	case WhatsApp:
		return Capabilities{Kind: k, MaxTextLen: 4096, Media: true, Templates: true, Buttons: true, Tier: phi.TierLow}
	case SMS:
		return Capabilities{Kind: k, MaxTextLen: 1600, Media: true, Tier: phi.TierLow}
	case Email:
		return Capabilities{Kind: k, Media: true, Tier: phi.TierLow}
	case WebChat:
		return Capabilities{Kind: k, MaxTextLen: 8192, Buttons: true, Tier: phi.TierSecure}
	}
	return Capabilities{Kind: k}
}
