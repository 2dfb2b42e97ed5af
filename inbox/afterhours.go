package inbox

import (
	"context"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/routing"
)

// calendared is a Router that knows its practice's opening hours, such as
// *routing.Engine; with one, the inbox tells closed periods apart exactly.
type calendared interface {
	Calendar() *routing.Calendar
}

// afterHoursDue decides, inside the append that threads a message into c,
// whether the router's after-hours reply goes out, and marks c so that it
// goes out once per closed period. It is never sent for an emergency
// (which gets the safety reply) nor for a message an interceptor answered.
func (ib *Inbox) afterHoursDue(c *Conversation, dec routing.Decision, handled bool, now time.Time) bool {
	if !dec.AfterHours {
		// The practice is open: the next closed period starts afresh.
		c.AfterHoursReplyAt = time.Time{}
		return false
	}
	if dec.AutoReply == "" || dec.Emergency || c.Emergency || handled {
		return false
	}
	if !c.AfterHoursReplyAt.IsZero() && !ib.reopenedSince(c.AfterHoursReplyAt, now) {
		return false
	}
	c.AfterHoursReplyAt = now
	return true
}

// reopenedSince reports whether the practice opened between t and now, by
// the router's calendar when it has one. Without one, only an in-hours
// message (which clears the mark) tells a new closed period.
func (ib *Inbox) reopenedSince(t, now time.Time) bool {
	cr, ok := ib.router.(calendared)
	if !ok || cr.Calendar() == nil {
		return false
	}
	return !cr.Calendar().NextOpen(t).After(now)
}

// sendAfterHours sends the after-hours reply. Like the safety reply, a
// failure is reported, not returned: the message is stored either way. The
// reply carries only opening hours and emergency numbers, so it goes to
// unverified contacts too.
func (ib *Inbox) sendAfterHours(ctx context.Context, log *zap.Logger, conv Conversation, contact Contact, in channels.Inbound, dec routing.Decision) (*Message, error) {
	m, err := ib.send(ctx, conv, contact, outgoing{
		channel: in.Channel, text: dec.AutoReply, automated: true, inReplyTo: in.ProviderID, notice: true,
	})
	if err != nil {
		log.Warn("after-hours reply failed", zap.String("conversation_id", conv.ID), zap.Error(err))
		return nil, err
	}
	return &m, nil
}
