package phi

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// ErrBlocked means the minimum-necessary policy refused a message for a
// channel's tier. The error is a *BlockedError saying why.
var ErrBlocked = errors.New("phi: message blocked by the minimum-necessary policy")

// BlockedError says why a message may not go out on a tier: the kinds of
// identifiers and the clinical topics it carries. It never holds the text.
type BlockedError struct {
	Tier   Tier
	Kinds  []Kind  // identifiers the tier may not carry
	Topics []Topic // clinical topics the tier may not carry
}

// Error lists the tier, kinds and topics, never the text.
func (e *BlockedError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "phi: message blocked on %s-tier channel:", e.Tier)
	if len(e.Kinds) > 0 {
		b.WriteString(" identifiers")
		for i, k := range e.Kinds {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteByte(' ')
			b.WriteString(string(k))
		}
	}
	if len(e.Topics) > 0 {
		if len(e.Kinds) > 0 {
			b.WriteByte(';')
		}
		b.WriteString(" clinical detail")
		for i, t := range e.Topics {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteByte(' ')
			b.WriteString(string(t))
		}
	}
	return b.String()
}

// Is reports whether target is ErrBlocked.
func (e *BlockedError) Is(target error) bool { return target == ErrBlocked }

// DefaultLowTierBlocked are the identifier kinds a low-tier message may not
// carry when PolicyConfig.BlockKinds is nil. Names, appointment dates and
// times, the practice's phone, address and links stay allowed: a reminder
// needs them. Birth dates and ages over 89 are always blocked on a low
// tier.
func DefaultLowTierBlocked() []Kind {
	return []Kind{KindSSN, KindMRN, KindAccount, KindID, KindIP}
}

// PolicyConfig configures a Policy. The zero value blocks, on low tiers,
// clinical detail, birth dates and the kinds of DefaultLowTierBlocked.
type PolicyConfig struct {
	// Detector finds identifiers; nil means New(Config{}).
	Detector Detector
	// BlockKinds are the identifier kinds low tiers may not carry; nil
	// means DefaultLowTierBlocked, an empty non-nil slice blocks none.
	BlockKinds []Kind
	// AllowClinical lets clinical topics through on low tiers (for a
	// practice whose patients consented to unencrypted messages).
	AllowClinical bool
	// SecureNotice, when set, replaces a blocked low-tier message instead
	// of failing it: for example "You have a new secure message. Open
	// https://portal.example.com/m/123 to read it." The caller delivers
	// the original on the secure tier (see Decision.Rewritten).
	SecureNotice string
}

// Policy applies the minimum-necessary rule to outbound text by channel
// tier. Create it with NewPolicy (a zero Policy blocks clinical detail and
// birth dates but no other kinds). It is safe for concurrent use.
type Policy struct {
	det           Detector
	block         map[Kind]bool
	allowClinical bool
	notice        string
}

// NewPolicy returns a Policy configured by cfg.
func NewPolicy(cfg PolicyConfig) (*Policy, error) {
	p := &Policy{det: cfg.Detector, allowClinical: cfg.AllowClinical, notice: cfg.SecureNotice}
	if p.det == nil {
		d, err := New(Config{})
		if err != nil {
			return nil, err
		}
		p.det = d
	}
	kinds := cfg.BlockKinds
	if kinds == nil {
		kinds = DefaultLowTierBlocked()
	}
	p.block = make(map[Kind]bool, len(kinds))
	for _, k := range kinds {
		p.block[k] = true
	}
	if p.notice != "" && len(ClinicalTopics(p.notice)) > 0 {
		return nil, errors.New("phi: SecureNotice itself carries clinical detail")
	}
	return p, nil
}

// Decision is what the policy decided for one message on one tier.
type Decision struct {
	// Text is what may be sent on the tier: the original, or the secure
	// notice when Rewritten.
	Text string
	// Rewritten reports that Text is the secure notice; the original must
	// go to the patient on a secure tier.
	Rewritten bool
	// Kinds and Topics are what made the original unfit for the tier.
	Kinds  []Kind
	Topics []Topic
}

// Decide checks text for a channel of the given tier. A message a low tier
// may not carry is rewritten to the secure notice when one is configured,
// and otherwise refused with a *BlockedError. Secure tiers carry anything.
func (p *Policy) Decide(ctx context.Context, tier Tier, text string) (Decision, error) {
	if tier >= TierSecure {
		return Decision{Text: text}, nil
	}
	var d Decision
	if !p.allowClinical {
		d.Topics = ClinicalTopics(text)
	}
	spans, err := detectorOr(p.det).Detect(ctx, text)
	if err != nil {
		var te *TextError
		if !errors.As(err, &te) {
			return Decision{}, fmt.Errorf("phi: policy check: %w", err)
		}
		// Text the detector cannot read cannot be cleared for a low tier.
		d.Kinds = append(d.Kinds, KindID)
	}
	for _, sp := range spans {
		k := sp.Kind
		if !p.block[k] && sp.Rule != "date.birth" && sp.Rule != "age.over89" {
			continue
		}
		if !containsKind(d.Kinds, k) {
			d.Kinds = append(d.Kinds, k)
		}
	}
	if len(d.Kinds) == 0 && len(d.Topics) == 0 {
		d.Text = text
		return d, nil
	}
	if p.notice != "" {
		d.Text, d.Rewritten = p.notice, true
		return d, nil
	}
	return d, &BlockedError{Tier: tier, Kinds: d.Kinds, Topics: d.Topics}
}

// Check is Decide for callers that only need the text to send: it returns
// the text (or the secure notice) or the *BlockedError. It has the shape
// an inbox outbound-policy adapter needs.
func (p *Policy) Check(ctx context.Context, tier Tier, text string) (string, error) {
	d, err := p.Decide(ctx, tier, text)
	if err != nil {
		return "", err
	}
	return d.Text, nil
}
