package inbox

import (
	"context"
	"errors"

	"github.com/frontdeskhq/frontdesk/audit"
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
	// Remembered reports that Contact was answered from the store's
	// memory of the contact, without reading it: it may be out of date
	// (another instance may have linked it to a patient). Ingest then
	// passes it as AppendParams.Confirm, for the store to confirm in the
	// same statement as it stores the message, and looks the contact up
	// again when the store answers ErrStale. A store that answers from
	// memory must honour AppendParams.Confirm.
	Remembered bool
}

// ErrStale is returned by AppendMessage when it could not confirm
// AppendParams.Confirm, a contact the store answered from memory: nothing
// was stored, the store has forgotten what it remembered, and the caller
// looks the contact up again before appending. Ingest handles it; it never
// reaches Ingest's callers.
var ErrStale = errors.New("inbox: remembered record is out of date")

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
			out.contact, out.known, out.remembered = *f.Contact, true, f.Remembered
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
	// remembered: the contact came from the store's memory and must be
	// confirmed by AppendMessage (IngestFound.Remembered).
	remembered bool
}

// AuditedAppender is an optional Store extension that stores an inbound
// message and the audit events recording it in one transaction: the
// "received" event then can never be missing for a stored message, and a
// database store shares that transaction's commit with the audit batch
// and with other concurrent ingests instead of committing each message
// and each audit batch on its own. Ingest uses it when the Store
// implements it and Config.Audit is set; sqlstore's Store implements it
// on PostgreSQL for an audit.Log over an AuditSink on the same pool.
type AuditedAppender interface {
	// AppendAudited is AppendMessage of ap that also records, through
	// sink and in the same transaction, the events that events returns
	// for the stored message. When it cannot (sink is not one it can
	// write with, or the message does not take its fast path) it stores
	// nothing and returns an error wrapping audit.ErrNotCarried; the
	// caller then calls AppendMessage and records the events itself.
	AppendAudited(ctx context.Context, ap AppendParams, sink audit.Sink, events func(AppendResult) []audit.Event) (AppendResult, error)
}
