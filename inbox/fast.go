package inbox

import (
	"context"
	"errors"

	"github.com/frontdeskhq/frontdesk/channels"
)

// IngestLookup is an optional Store extension that answers, in one call,
// the two questions Ingest asks of every delivery before anything else:
// is this provider message already stored (a redelivery), and which
// contact has the sender's key. A database store answers both in one
// round trip instead of two. Ingest uses it when the Store implements it,
// and FindMessage and FindContact otherwise; either way a redelivery is
// recognised before interceptors run, so they never run twice for one
// message. Without interceptors Ingest passes an empty provider id and
// relies on AppendMessage, which reports a duplicate atomically.
type IngestLookup interface {
	// LookupIngest returns the practice's message with providerID on
	// channel ch (none when providerID is empty) and its contact with
	// contactKey. A record that does not exist is nil, with no error.
	LookupIngest(ctx context.Context, practiceID string, ch channels.Kind, providerID, contactKey string) (IngestFound, error)
}

// IngestFound is what LookupIngest found; nil fields were not found.
type IngestFound struct {
	Message *Message
	Contact *Contact
}

// lookupIngest asks the store for in's sender's contact and, when
// interceptors are configured, for in's stored message, in one call when
// the store implements IngestLookup.
//
// Without interceptors nothing before AppendMessage acts on a redelivery
// (the contact is got or created idempotently, triage and routing change
// nothing), and AppendMessage reports a duplicate atomically, so the
// message is not looked up first. With interceptors it is, so that they
// never run twice for one message.
func (ib *Inbox) lookupIngest(ctx context.Context, in channels.Inbound) (ingestFound, error) {
	key := in.From.ContactKey()
	providerID := in.ProviderID
	if len(ib.interceptors) == 0 {
		providerID = ""
	}
	if l, ok := ib.store.(IngestLookup); ok {
		f, err := l.LookupIngest(ctx, in.PracticeID, in.Channel, providerID, key)
		out := ingestFound{message: f.Message}
		if f.Contact != nil {
			out.contact, out.known = *f.Contact, true
		}
		return out, err
	}
	var found ingestFound
	if providerID != "" {
		switch m, err := ib.store.FindMessage(ctx, in.PracticeID, in.Channel, providerID); {
		case err == nil:
			return ingestFound{message: &m}, nil
		case !errors.Is(err, ErrNotFound):
			return found, err
		}
	}
	switch c, err := ib.store.FindContact(ctx, in.PracticeID, key); {
	case err == nil:
		found.contact, found.known = c, true
	case !errors.Is(err, ErrNotFound):
		return found, err
	}
	return found, nil
}

// ingestFound is lookupIngest's answer: IngestFound with the contact held
// by value, so that a known sender (the common case) costs no allocation.
type ingestFound struct {
	message *Message
	contact Contact
	known   bool // contact was found
}
