package inbox

import (
	"context"
	"strings"

	"github.com/frontdeskhq/frontdesk/channels"
)

// threadEmail makes an e-mail reply answer the patient's last inbound
// e-mail of the conversation: In-Reply-To is its Message-ID, References
// its thread, and the subject its subject with one "Re: " in front (RFC
// 5322, section 3.6.4). With no inbound e-mail there is nothing to thread.
func (ib *Inbox) threadEmail(ctx context.Context, conv Conversation, o *outgoing) error {
	last, err := ib.lastMessage(ctx, conv, func(m *Message) bool {
		return m.Direction == Inbound && m.Channel == channels.Email
	})
	if err != nil || last == nil {
		return err
	}
	o.inReplyTo = last.ProviderID
	o.references = last.References
	o.subject = ReplySubject(last.Subject)
	return nil
}

// lastMessage returns the conversation's latest message that keep
// accepts, nil when there is none.
func (ib *Inbox) lastMessage(ctx context.Context, conv Conversation, keep func(*Message) bool) (*Message, error) {
	var last *Message
	p := &ListMessagesParams{Limit: MaxPageSize}
	for {
		page, err := ib.store.ListMessages(ctx, conv.PracticeID, conv.ID, p)
		if err != nil {
			return nil, err
		}
		for i := range page.Messages {
			if m := &page.Messages[i]; keep(m) {
				last = m
			}
		}
		if page.Next == "" {
			return last, nil
		}
		p.Cursor = page.Next
	}
}

// ReplySubject returns the subject of a reply to an e-mail with subject s:
// s with a single "Re: " in front, however many "Re:" prefixes, in any
// case, it already had. An empty s gives "Re: your message".
func ReplySubject(s string) string {
	s = strings.TrimSpace(s)
	for {
		if len(s) >= 3 && strings.EqualFold(s[:3], "re:") {
			s = strings.TrimSpace(s[3:])
			continue
		}
		break
	}
	if s == "" {
		s = "your message"
	}
	return "Re: " + s
}
