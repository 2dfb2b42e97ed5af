package email

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock"
)

// MediaOpener reads the bytes of an outbound attachment from where the
// vendor keeps media. A vendor adapts its media store to it.
type MediaOpener interface {
	OpenMedia(ctx context.Context, practiceID string, ref channels.MediaRef) (io.ReadCloser, error)
}

// ChannelConfig configures a Channel. From is required; the rest have
// defaults.
type ChannelConfig struct {
	// From is the practice's sending address, used when an Outbound has
	// none. It is also the SMTP envelope sender, which receives bounces:
	// point the inbound webhook at it.
	From channels.Address
	// FromName is the display name, e.g. "Sunny Valley Clinic".
	FromName string
	// DefaultSubject is used when an Outbound has no subject. Default
	// "Message from your care team". Replies should carry "Re: " plus the
	// patient's subject, which the caller sets.
	DefaultSubject string
	// MessageIDDomain is the right-hand side of generated Message-IDs.
	// Default the domain of From.
	MessageIDDomain string
	// Media reads outbound attachments. Nil refuses Outbound.Media.
	Media MediaOpener
	// MaxAttachmentBytes bounds the attachments of one message together.
	// Default 10 MiB.
	MaxAttachmentBytes int64
	// Remember is how many idempotency keys are remembered, so that a
	// retry after success returns the first result. Default 10,000.
	Remember int
	// Clock stamps Date headers and results. Default the system clock.
	Clock clock.Clock
	// Logger gets one line per send, with ids only. Default no-op.
	Logger *zap.Logger
}

// Channel is the e-mail channels.Channel: it renders an Outbound as an
// RFC 5322 message and submits it through a Sender.
type Channel struct {
	sender Sender
	cfg    ChannelConfig
	log    *zap.Logger

	mu    sync.Mutex
	done  map[string]channels.SendResult // by practice + idempotency key
	order []string
}

var _ channels.Channel = (*Channel)(nil)

// NewChannel returns an e-mail channel sending through s.
func NewChannel(s Sender, cfg ChannelConfig) (*Channel, error) {
	if s == nil {
		return nil, fmt.Errorf("%w: nil sender", ErrConfig)
	}
	if cfg.From.Kind != channels.AddrEmail || cfg.From.IsZero() {
		return nil, fmt.Errorf("%w: From must be an e-mail address", ErrConfig)
	}
	if cfg.DefaultSubject == "" {
		cfg.DefaultSubject = "Message from your care team"
	}
	if cfg.MessageIDDomain == "" {
		cfg.MessageIDDomain = cfg.From.Value[strings.LastIndexByte(cfg.From.Value, '@')+1:]
	}
	if cfg.MaxAttachmentBytes <= 0 {
		cfg.MaxAttachmentBytes = 10 << 20
	}
	if cfg.Remember <= 0 {
		cfg.Remember = 10000
	}
	cfg.Clock = clock.OrSystem(cfg.Clock)
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	return &Channel{sender: s, cfg: cfg, log: cfg.Logger.Named("email"), done: map[string]channels.SendResult{}}, nil
}

// Capabilities are channels.DefaultCapabilities(channels.Email): media,
// no templates or buttons, low tier.
func (c *Channel) Capabilities() channels.Capabilities {
	return channels.DefaultCapabilities(channels.Email)
}

// Send renders and submits m. The result's ProviderID is the Message-ID
// (without brackets), which bounce statuses and patient replies
// (In-Reply-To) refer to. A send with an IdempotencyKey already sent
// returns the first result without sending again. Templates and buttons
// are refused with channels.ErrInvalidMessage: e-mail has neither.
func (c *Channel) Send(ctx context.Context, m channels.Outbound) (channels.SendResult, error) {
	if err := c.validate(m); err != nil {
		return channels.SendResult{}, err
	}
	key := ""
	if m.IdempotencyKey != "" {
		key = m.PracticeID + "\x00" + m.IdempotencyKey
		c.mu.Lock()
		res, ok := c.done[key]
		c.mu.Unlock()
		if ok {
			return res, nil
		}
	}
	from := c.cfg.From
	if !m.From.IsZero() {
		from = m.From
	}
	now := c.cfg.Clock.Now()
	d := draft{
		From: from.Value, FromName: c.cfg.FromName, To: m.To.Value,
		Subject:   clip(oneLine(m.Subject), 200),
		Text:      m.Text,
		MessageID: messageID(m.PracticeID, m.IdempotencyKey, c.cfg.MessageIDDomain),
		InReplyTo: m.InReplyTo,
		Date:      now,
	}
	if d.Subject == "" {
		d.Subject = c.cfg.DefaultSubject
	}
	// References: the thread so far, then the message answered (RFC 5322
	// section 3.6.4).
	d.References = append(d.References, m.References...)
	if m.InReplyTo != "" && (len(d.References) == 0 || d.References[len(d.References)-1] != m.InReplyTo) {
		d.References = append(d.References, m.InReplyTo)
	}
	files, err := c.open(ctx, m)
	if err != nil {
		return channels.SendResult{}, err
	}
	d.Files = files
	if err := c.sender.SendMail(ctx, Envelope{From: from.Value, To: []string{m.To.Value}}, d.render()); err != nil {
		c.log.Warn("e-mail send failed", zap.String("practice_id", m.PracticeID), zap.String("message", Fingerprint(d.MessageID)), zap.Error(err))
		return channels.SendResult{}, err
	}
	res := channels.SendResult{ProviderID: d.MessageID, State: channels.StateSent, At: now}
	if key != "" {
		c.remember(key, res)
	}
	c.log.Info("e-mail sent", zap.String("practice_id", m.PracticeID), zap.String("message", Fingerprint(d.MessageID)))
	return res, nil
}

func (c *Channel) validate(m channels.Outbound) error {
	if err := m.Validate(); err != nil {
		return err
	}
	switch {
	case m.Channel != channels.Email:
		return fmt.Errorf("%w: email channel got %q", channels.ErrUnknownChannel, m.Channel)
	case m.To.Kind != channels.AddrEmail:
		return fmt.Errorf("%w: recipient is not an e-mail address", channels.ErrInvalidMessage)
	case !m.From.IsZero() && m.From.Kind != channels.AddrEmail:
		return fmt.Errorf("%w: sender is not an e-mail address", channels.ErrInvalidMessage)
	case m.Template != nil || len(m.Buttons) > 0:
		return fmt.Errorf("%w: e-mail has no templates or buttons", channels.ErrInvalidMessage)
	case m.Text == "" && len(m.Media) == 0:
		return fmt.Errorf("%w: nothing to send", channels.ErrEmptyText)
	case m.InReplyTo != "" && !validID(m.InReplyTo):
		return fmt.Errorf("%w: in-reply-to is not a message id", channels.ErrInvalidMessage)
	case len(m.Media) > 0 && c.cfg.Media == nil:
		return &channels.SendError{Channel: channels.Email, Code: "media_unsupported", Err: channels.ErrRejected}
	}
	for _, id := range m.References {
		if !validID(id) {
			return fmt.Errorf("%w: reference is not a message id", channels.ErrInvalidMessage)
		}
	}
	return nil
}

// open reads the outbound attachments within MaxAttachmentBytes.
func (c *Channel) open(ctx context.Context, m channels.Outbound) ([]file, error) {
	var files []file
	left := c.cfg.MaxAttachmentBytes
	for i, ref := range m.Media {
		rc, err := c.cfg.Media.OpenMedia(ctx, m.PracticeID, ref)
		if err != nil {
			return nil, fmt.Errorf("email: open attachment %d: %w", i+1, err)
		}
		data, err := io.ReadAll(io.LimitReader(rc, left+1))
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("email: read attachment %d: %w", i+1, err)
		}
		left -= int64(len(data))
		if left < 0 {
			return nil, &channels.SendError{Channel: channels.Email, Code: "attachments_too_large", Err: channels.ErrRejected}
		}
		files = append(files, file{ContentType: ref.ContentType, Filename: ref.Filename, Data: data})
	}
	return files, nil
}

func (c *Channel) remember(key string, res channels.SendResult) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.done[key]; ok {
		return
	}
	c.done[key] = res
	c.order = append(c.order, key)
	if len(c.order) > c.cfg.Remember {
		delete(c.done, c.order[0])
		c.order = c.order[1:]
	}
}
