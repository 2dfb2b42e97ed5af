package sqlstore

import (
	"context"
	"errors"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

var _ inbox.IngestLookup = (*Store)(nil)

// LookupIngest implements inbox.IngestLookup: the stored message with the
// provider id and the contact with the key, read in one round trip on
// PostgreSQL.
//
// On PostgreSQL, a sender the store remembers (see contactCache) is
// answered from memory when no provider id is asked for, with
// IngestFound.Remembered set.
func (s *Store) LookupIngest(ctx context.Context, practiceID string, ch channels.Kind, providerID, contactKey string) (inbox.IngestFound, error) {
	var found inbox.IngestFound
	if s.contacts != nil && providerID == "" {
		if err := ctx.Err(); err != nil {
			return found, err
		}
		if c, ok := s.contacts.get(practiceID, contactKey); ok {
			return inbox.IngestFound{Contact: &c, Remembered: true}, nil
		}
	}
	reads := make([]sqldb.Read, 0, 2)
	if providerID != "" {
		reads = append(reads, sqldb.Read{SQL: sqlMsgByProvider, Args: []any{practiceID, string(ch), providerID},
			Scan: func(r sqldb.Row) error {
				m, err := s.scanMessage(r)
				if err == nil {
					found.Message = &m
				}
				return noRowsOK(err)
			}})
	}
	reads = append(reads, sqldb.Read{SQL: sqlContactByKey, Args: []any{practiceID, s.cr.contactKey(practiceID, contactKey), contactKey},
		Scan: func(r sqldb.Row) error {
			c, err := s.cr.scanContact(r)
			if err == nil {
				found.Contact = &c
			}
			return noRowsOK(err)
		}})
	var err error
	if len(reads) == 1 {
		// One read needs no pipeline.
		r := reads[0]
		err = r.Scan(s.db.Reader().QueryRow(ctx, r.SQL, r.Args...))
	} else {
		err = s.db.ReadBatch(ctx, reads...)
	}
	if err != nil {
		return inbox.IngestFound{}, wrap(ctx, "lookup ingest", err)
	}
	if found.Contact != nil {
		s.rememberRead(*found.Contact)
	}
	return found, nil
}

// noRowsOK maps "no rows" to nil.
func noRowsOK(err error) error {
	if errors.Is(err, sqldb.ErrNoRows) {
		return nil
	}
	return err
}
