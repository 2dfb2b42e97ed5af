package phi

// Tier is how much a channel may carry under the minimum-necessary rule.
type Tier int

// The tiers, from least to most trusted.
const (
	// TierLow channels (SMS, WhatsApp, plain e-mail) carry no clinical
	// detail and no identifiers beyond what the message needs.
	TierLow Tier = iota
	// TierSecure channels (web chat behind a session, a patient portal)
	// may carry clinical detail.
	TierSecure
)

// String returns "low" or "secure".
func (t Tier) String() string {
	switch t {
	case TierLow:
		return "low"
	case TierSecure:
		return "secure"
	}
	return "unknown"
}
