package email

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/channels"
)

// truncatedNote ends text cut to fit channels.MaxTextBytes.
const truncatedNote = "\n[message truncated]"

// Inbound turns the message into a channels.Inbound for practiceID. The
// text is the patient's new text (Reply); when stripping left nothing but
// the message had text (a reply that is all quotation, say), the whole
// text is kept so that nothing the patient sent is lost. Attachments become
// media references (ProviderRef "<message-id>#<n>", n counting from 1)
// until a MediaSaver stores them. A message with neither text nor
// attachments is TypeUnsupported with RawType "empty"; a Damaged one
// has RawType "email/damaged" so that staff know part of it was
// unreadable.
func (m *Message) Inbound(practiceID string) channels.Inbound {
	in := channels.Inbound{
		PracticeID: practiceID,
		Channel:    channels.Email,
		From:       m.From,
		ProviderID: m.MessageID,
		Type:       channels.TypeText,
		RawType:    "email",
		Subject:    clip(m.Subject, 998),
		Text:       m.Reply,
		InReplyTo:  m.InReplyTo,
		References: m.References,
		SentAt:     m.Date,
	}
	if len(m.To) > 0 {
		in.To = m.To[0]
	}
	if m.Damaged {
		in.RawType = "email/damaged"
	}
	if in.Text == "" {
		in.Text = m.Text
	}
	if len(in.Text) > channels.MaxTextBytes {
		in.Text = clip(in.Text, channels.MaxTextBytes-len(truncatedNote)) + truncatedNote
	}
	for i, a := range m.Attachments {
		in.Media = append(in.Media, channels.MediaRef{
			ContentType: a.ContentType,
			ProviderRef: fmt.Sprintf("%s#%d", m.MessageID, i+1),
			Filename:    a.Filename,
			Size:        int64(len(a.Data)),
		})
	}
	switch {
	case in.Text == "" && len(in.Media) > 0:
		in.Type = channels.TypeMedia
	case in.Text == "" && len(in.Media) == 0:
		in.Type, in.RawType = channels.TypeUnsupported, "empty"
	}
	return in
}

// clip cuts s to at most n bytes on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	// Step back to the start of the rune that straddles the cut.
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return strings.TrimSpace(s[:n])
}
