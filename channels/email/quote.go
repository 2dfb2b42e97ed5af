package email

import "github.com/frontdeskhq/frontdesk/channels"

// StripQuoted returns the new text of a reply without the quoted history
// and signature that mail clients append: channels.StripQuoted, which
// Parse applies to every message (Message.Reply) and which
// reminders.ParseReply applies to the replies it reads.
func StripQuoted(text string) string { return channels.StripQuoted(text) }
