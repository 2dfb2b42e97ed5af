package inbox

import (
	"context"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/phi"
)

// SecureSubject replaces an e-mail subject when the phi policy rewrote the
// message to its secure notice: the original subject may name the very
// clinical detail the notice keeps off the channel.
const SecureSubject = "New secure message"

// PHIPolicy returns an OutboundPolicy that applies the minimum-necessary
// rule of p to every outbound message, by the channel's tier
// (channels.Capabilities.Tier): on a low tier (SMS, WhatsApp, plain e-mail)
// text or a subject with clinical detail or blocked identifiers is refused
// with a *phi.BlockedError (errors.Is phi.ErrBlocked), or replaced by p's
// secure notice when one is configured; secure tiers (web chat, a portal)
// carry anything. A nil p is the zero phi.Policy (clinical detail and
// birth dates blocked on low tiers).
//
// Use it as Config.Policy. A refused staff reply is not stored; the caller
// tells the staff member to answer on a secure channel.
func PHIPolicy(p *phi.Policy) OutboundPolicy {
	if p == nil {
		p = &phi.Policy{}
	}
	return phiPolicy{p}
}

type phiPolicy struct{ p *phi.Policy }

// CheckOutbound checks m's text and subject for caps.Tier.
func (a phiPolicy) CheckOutbound(ctx context.Context, caps channels.Capabilities, m *channels.Outbound) error {
	if m.Text != "" {
		text, err := a.p.Check(ctx, caps.Tier, m.Text)
		if err != nil {
			return err
		}
		m.Text = text
	}
	if m.Subject != "" {
		d, err := a.p.Decide(ctx, caps.Tier, m.Subject)
		if err != nil {
			return err
		}
		m.Subject = d.Text
		if d.Rewritten {
			m.Subject = SecureSubject
		}
	}
	return nil
}
