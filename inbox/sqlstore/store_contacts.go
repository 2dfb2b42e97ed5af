package sqlstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// Contacts: stored, read, found by key, updated, and remembered for the
// one-statement append (see contactcache.go).

// PutContact implements inbox.Store.
func (s *Store) PutContact(ctx context.Context, c inbox.Contact) (inbox.Contact, bool, error) {
	const op = "put contact"
	if c.PracticeID == "" || c.ID == "" || c.Key == "" {
		return inbox.Contact{}, false, errors.New("sqlstore: contact needs practice id, id and key")
	}
	args, err := s.cr.contactArgs(c)
	if err != nil {
		return inbox.Contact{}, false, err
	}
	var stored inbox.Contact
	created := false
	err = s.db.Tx(ctx, func(q sqldb.Querier) error {
		n, err := q.Exec(ctx, sqlInsertContact, args...)
		if err != nil {
			return err
		}
		if n == 1 {
			stored, created = c, true
			return nil
		}
		stored, err = one(ctx, q, s.cr.scanContact, nil, sqlContactByKey, c.PracticeID, s.cr.contactKey(c.PracticeID, c.Key), c.Key)
		if errors.Is(err, sqldb.ErrNoRows) {
			return fmt.Errorf("%w: contact id %q exists", inbox.ErrConflict, c.ID)
		}
		return err
	})
	if err != nil {
		return inbox.Contact{}, false, wrap(ctx, op, err)
	}
	s.remember(stored)
	return stored, created, nil
}

// GetContact implements inbox.Store.
func (s *Store) GetContact(ctx context.Context, practiceID, id string) (inbox.Contact, error) {
	c, err := one(ctx, s.reader(), s.cr.scanContact, s.notFound("contact", id), sqlContactByID, practiceID, id)
	return c, wrap(ctx, "get contact", err)
}

// FindContact implements inbox.Store.
func (s *Store) FindContact(ctx context.Context, practiceID, key string) (inbox.Contact, error) {
	c, err := one(ctx, s.reader(), s.cr.scanContact, fmt.Errorf("%w: contact by key", inbox.ErrNotFound), sqlContactByKey, practiceID, s.cr.contactKey(practiceID, key), key)
	return c, wrap(ctx, "find contact", err)
}

// UpdateContact implements inbox.Store.
func (s *Store) UpdateContact(ctx context.Context, practiceID, id string, fn func(*inbox.Contact) error) (inbox.Contact, error) {
	var c inbox.Contact
	err := s.db.Tx(ctx, func(q sqldb.Querier) error {
		old, err := one(ctx, q, s.cr.scanContact, s.notFound("contact", id), sqlContactByID+"{for_update}", practiceID, id)
		if err != nil {
			return err
		}
		c = old
		if err := fn(&c); err != nil {
			return err
		}
		if c.PracticeID != old.PracticeID || c.ID != old.ID || c.Key != old.Key {
			return errors.New("sqlstore: update may not change a contact's practice, id or key")
		}
		args, err := s.cr.contactArgs(c)
		if err != nil {
			return err
		}
		_, err = q.Exec(ctx, sqlUpdateContact, args...)
		return err
	})
	if err != nil {
		return inbox.Contact{}, wrap(ctx, "update contact", err)
	}
	s.remember(c)
	return c, nil
}

// remember keeps c as the store wrote it (see newContactCache).
func (s *Store) remember(c inbox.Contact) {
	if s.contacts != nil {
		s.contacts.put(c.PracticeID, c.Key, c, false)
	}
}

// rememberRead keeps c as the store read it, unless a contact is already
// remembered (see memo.put).
func (s *Store) rememberRead(c inbox.Contact) {
	if s.contacts != nil {
		s.contacts.put(c.PracticeID, c.Key, c, true)
	}
}
