package webchat

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock"
)

// Channel is the web-chat channels.Channel: Send appends a staff message
// to the session's stream, from which the widget's SSE connection (or
// long-poll) delivers it. Get one from Handler.Channel so both share the
// hub.
type Channel struct {
	hub   Hub
	clock clock.Clock
	ttl   time.Duration

	mu   sync.Mutex
	done map[string]channels.SendResult
	keys []string
}

var _ channels.Channel = (*Channel)(nil)

// rememberKeys bounds the idempotency keys a Channel remembers.
const rememberKeys = 10000

func newChannel(hub Hub, c clock.Clock, ttl time.Duration) *Channel {
	return &Channel{hub: hub, clock: c, ttl: ttl, done: map[string]channels.SendResult{}}
}

// Capabilities are channels.DefaultCapabilities(channels.WebChat): text
// up to 8 KiB and reply buttons, on the secure tier: the patient reads it
// in a session the practice's own site authenticated.
func (c *Channel) Capabilities() channels.Capabilities {
	return channels.DefaultCapabilities(channels.WebChat)
}

// Send appends m to the stream of the session m.To names (an
// AddrWebChat address). The result is StateSent with ProviderID
// "<session>:<event id>": it is in the stream and reaches the widget when
// it is connected or next reconnects, while the session lives (the
// handler then reports it delivered, see Config.Status). A second
// Send with the same IdempotencyKey returns the first result.
func (c *Channel) Send(ctx context.Context, m channels.Outbound) (channels.SendResult, error) {
	if err := m.Validate(); err != nil {
		return channels.SendResult{}, err
	}
	caps := c.Capabilities()
	switch {
	case m.Channel != channels.WebChat:
		return channels.SendResult{}, fmt.Errorf("%w: webchat channel got %q", channels.ErrUnknownChannel, m.Channel)
	case m.To.Kind != channels.AddrWebChat:
		return channels.SendResult{}, fmt.Errorf("%w: recipient is not a web-chat session", channels.ErrInvalidMessage)
	case m.Template != nil || len(m.Media) > 0:
		return channels.SendResult{}, fmt.Errorf("%w: web chat carries text and buttons only", channels.ErrInvalidMessage)
	case m.Text == "":
		return channels.SendResult{}, fmt.Errorf("%w: nothing to send", channels.ErrEmptyText)
	case len(m.Text) > caps.MaxTextLen:
		return channels.SendResult{}, fmt.Errorf("%w: %d bytes, limit %d", channels.ErrTextTooLong, len(m.Text), caps.MaxTextLen)
	}
	key := m.PracticeID + "\x00" + m.IdempotencyKey
	if m.IdempotencyKey != "" {
		c.mu.Lock()
		res, ok := c.done[key]
		c.mu.Unlock()
		if ok {
			return res, nil
		}
	}
	now := c.clock.Now()
	ev, _, err := c.hub.Append(ctx, m.PracticeID, m.To.Value,
		Message{From: FromStaff, Text: m.Text, Buttons: m.Buttons, At: now}, now.Add(c.ttl))
	if err != nil {
		return channels.SendResult{}, &channels.SendError{Channel: channels.WebChat, Code: "hub", Err: channels.ErrUnavailable}
	}
	res := channels.SendResult{ProviderID: providerID(m.To.Value, ev.ID), State: channels.StateSent, At: now}
	if m.IdempotencyKey != "" {
		c.mu.Lock()
		if _, ok := c.done[key]; !ok {
			c.done[key] = res
			c.keys = append(c.keys, key)
			if len(c.keys) > rememberKeys {
				delete(c.done, c.keys[0])
				c.keys = c.keys[1:]
			}
		}
		c.mu.Unlock()
	}
	return res, nil
}
