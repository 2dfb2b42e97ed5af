package sqlstore

import "github.com/frontdeskhq/frontdesk/inbox"

// The remembered contacts on PostgreSQL. Most inbound messages come from
// senders the store has seen, so the Store remembers, per (practice,
// contact key), the contact as it last read or wrote it, and
// LookupIngest answers a known sender from memory (IngestFound.Remembered)
// instead of a round trip. The contact may since have changed on another
// instance (a LinkContact there gives it a patient, and so another
// subject); Ingest therefore hands it back as AppendParams.Confirm, and
// the one-statement append (appendOnto) updates the conversation, and
// stores the message, only if the contact row still has that patient id
// and verification. When it does not, or when the append cannot take the
// one-statement path, AppendMessage forgets the contact, stores nothing
// and returns inbox.ErrStale, and Ingest reads the contact again. The key
// includes the practice: a practice is never answered another's contact.

// newContactCache returns the memo of contacts by (practice, contact key).
func newContactCache() *memo[inbox.Contact] {
	return &memo[inbox.Contact]{clone: inbox.Contact.Clone}
}
