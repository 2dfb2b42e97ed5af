package sqlstore

import (
	"sync"

	"github.com/frontdeskhq/frontdesk/inbox"
)

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

// maxCachedContacts bounds the remembered contacts; past it the cache
// starts over (it only ever saves round trips).
const maxCachedContacts = 16384

// contactCache remembers contacts by (practice, key).
type contactCache struct {
	mu sync.Mutex
	m  map[[2]string]inbox.Contact
}

// get returns a copy of the remembered contact: callers may change what
// they are given.
func (c *contactCache) get(practiceID, key string) (inbox.Contact, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[[2]string{practiceID, key}]
	return v.Clone(), ok
}

// put remembers a copy of ct as written. With ifAbsent (ct was read, not
// written) it keeps a contact already remembered: a write on this
// instance that committed while the read was in flight is newer.
func (c *contactCache) put(ct inbox.Contact, ifAbsent bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxCachedContacts {
		c.m = make(map[[2]string]inbox.Contact)
	}
	k := [2]string{ct.PracticeID, ct.Key}
	if _, ok := c.m[k]; ok && ifAbsent {
		return
	}
	c.m[k] = ct.Clone()
}

// forget drops the practice's contact with key.
func (c *contactCache) forget(practiceID, key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.m, [2]string{practiceID, key})
}
