package sqlstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// ConsentStore is a channels.ConsentStore on a DB, one row per practice,
// channel and address. It passes channeltest.RunConsentStore.
type ConsentStore struct {
	db *sqldb.DB
}

var _ channels.ConsentStore = (*ConsentStore)(nil)

// NewConsentStore returns the consent store of db. Call db.Migrate first.
func NewConsentStore(db *DB) *ConsentStore { return &ConsentStore{db: db.db} }

const consentCols = "practice_id, channel, address_kind, address, state, source, keyword, changed_at"

var (
	sqlGetConsent = "SELECT " + consentCols + " FROM {consents} WHERE practice_id = $1 AND channel = $2 AND address_kind = $3 AND address = $4"
	// The newer choice wins; an equal time replaces, as in the memory store.
	sqlSetConsent = "INSERT INTO {consents} AS c (" + consentCols + ") VALUES (" + placeholders(1, 8) + ")" +
		" ON CONFLICT (practice_id, channel, address_kind, address) DO UPDATE SET" +
		" state = excluded.state, source = excluded.source, keyword = excluded.keyword, changed_at = excluded.changed_at" +
		" WHERE c.changed_at <= excluded.changed_at"
)

func scanConsent(r sqldb.Row) (channels.Consent, error) {
	var c channels.Consent
	var ch, kind, state string
	err := r.Scan(&c.PracticeID, &ch, &kind, &c.Address.Value, &state, &c.Source, &c.Keyword, timeCol{&c.ChangedAt})
	c.Channel, c.Address.Kind, c.State = channels.Kind(ch), channels.AddressKind(kind), channels.ConsentState(state)
	return c, err
}

// Get implements channels.ConsentStore.
func (s *ConsentStore) Get(ctx context.Context, practiceID string, ch channels.Kind, addr channels.Address) (channels.Consent, error) {
	c, err := one(ctx, s.db.Reader(), scanConsent, channels.ErrConsentNotFound, sqlGetConsent,
		practiceID, string(ch), string(addr.Kind), addr.Value)
	return c, wrap(ctx, "get consent", err)
}

// Set implements channels.ConsentStore: an upsert that keeps a stored
// consent changed later than c, then a read of the row in force, in one
// transaction.
func (s *ConsentStore) Set(ctx context.Context, c channels.Consent) (channels.Consent, error) {
	if err := validateConsent(c); err != nil {
		return channels.Consent{}, err
	}
	var stored channels.Consent
	err := s.db.Tx(ctx, func(q sqldb.Querier) error {
		if _, err := q.Exec(ctx, sqlSetConsent, c.PracticeID, string(c.Channel), string(c.Address.Kind), c.Address.Value,
			string(c.State), c.Source, c.Keyword, micros(c.ChangedAt)); err != nil {
			return err
		}
		var err error
		stored, err = one(ctx, q, scanConsent, nil, sqlGetConsent, c.PracticeID, string(c.Channel), string(c.Address.Kind), c.Address.Value)
		return err
	})
	if err != nil {
		return channels.Consent{}, wrap(ctx, "set consent", err)
	}
	return stored, nil
}

// validateConsent refuses what channels.MemoryConsentStore refuses, with
// the same sentinels.
func validateConsent(c channels.Consent) error {
	switch {
	case c.PracticeID == "":
		return fmt.Errorf("%w: consent without practice id", channels.ErrInvalidMessage)
	case !c.Channel.Valid():
		return fmt.Errorf("%w: consent channel %q", channels.ErrUnknownChannel, c.Channel)
	case c.Address.IsZero():
		return fmt.Errorf("%w: consent without address", channels.ErrInvalidAddress)
	case c.State != channels.ConsentOptedIn && c.State != channels.ConsentOptedOut:
		return fmt.Errorf("%w: consent state %q", channels.ErrInvalidMessage, c.State)
	case c.ChangedAt.IsZero():
		return errors.New("sqlstore: consent without time")
	}
	return nil
}
