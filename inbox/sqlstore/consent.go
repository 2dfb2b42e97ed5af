package sqlstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// ConsentStore is a channels.ConsentStore on a DB, one row per practice,
// channel and address. It passes channeltest.RunConsentStore. When the DB
// seals PHI (Config.Keyring), the address column holds the address's
// blind index token, never the address: every read is by address, so the
// address returned is the one asked for.
type ConsentStore struct {
	db *sqldb.DB
	cr *crypter
}

var _ channels.ConsentStore = (*ConsentStore)(nil)

// NewConsentStore returns the consent store of db. Call db.Migrate first.
func NewConsentStore(db *DB) *ConsentStore { return &ConsentStore{db: db.db, cr: db.cr} }

const consentCols = "practice_id, channel, address_kind, address, state, source, keyword, changed_at"

var (
	// The address is matched as stored: its token, or, for a row written
	// before encryption was turned on, in clear; the latest choice wins.
	sqlGetConsent = "SELECT " + consentCols + " FROM {consents} WHERE practice_id = $1 AND channel = $2 AND address_kind = $3" +
		" AND address IN ($4, $5) ORDER BY changed_at DESC LIMIT 1"
	// The newer choice wins; an equal time replaces, as in the memory store.
	sqlSetConsent = "INSERT INTO {consents} AS c (" + consentCols + ") VALUES (" + placeholders(1, 8) + ")" +
		" ON CONFLICT (practice_id, channel, address_kind, address) DO UPDATE SET" +
		" state = excluded.state, source = excluded.source, keyword = excluded.keyword, changed_at = excluded.changed_at" +
		" WHERE c.changed_at <= excluded.changed_at"
)

// scanConsent scans a consent of the address asked for.
func scanConsent(addr string) func(r sqldb.Row) (channels.Consent, error) {
	return func(r sqldb.Row) (channels.Consent, error) {
		var c channels.Consent
		var ch, kind, state, stored string
		err := r.Scan(&c.PracticeID, &ch, &kind, &stored, &state, &c.Source, &c.Keyword, timeCol{&c.ChangedAt})
		c.Channel, c.Address, c.State = channels.Kind(ch), channels.Address{Kind: channels.AddressKind(kind), Value: addr},
			channels.ConsentState(state)
		return c, err
	}
}

// address is what the address column holds for addr.
func (s *ConsentStore) address(practiceID string, addr channels.Address) string {
	if !s.cr.on() {
		return addr.Value
	}
	return s.cr.index.Sum(practiceID, "consent_address:"+string(addr.Kind), addr.Value)
}

// Get implements channels.ConsentStore.
func (s *ConsentStore) Get(ctx context.Context, practiceID string, ch channels.Kind, addr channels.Address) (channels.Consent, error) {
	c, err := one(ctx, s.db.Reader(), scanConsent(addr.Value), channels.ErrConsentNotFound, sqlGetConsent,
		practiceID, string(ch), string(addr.Kind), s.address(practiceID, addr), addr.Value)
	return c, wrap(ctx, "get consent", err)
}

// Set implements channels.ConsentStore: an upsert that keeps a stored
// consent changed later than c, then a read of the row in force, in one
// transaction.
func (s *ConsentStore) Set(ctx context.Context, c channels.Consent) (channels.Consent, error) {
	if err := validateConsent(c); err != nil {
		return channels.Consent{}, err
	}
	var inForce channels.Consent
	err := s.db.Tx(ctx, func(q sqldb.Querier) error {
		stored := s.address(c.PracticeID, c.Address)
		if _, err := q.Exec(ctx, sqlSetConsent, c.PracticeID, string(c.Channel), string(c.Address.Kind), stored,
			string(c.State), c.Source, c.Keyword, micros(c.ChangedAt)); err != nil {
			return err
		}
		var err error
		inForce, err = one(ctx, q, scanConsent(c.Address.Value), nil, sqlGetConsent, c.PracticeID, string(c.Channel),
			string(c.Address.Kind), stored, c.Address.Value)
		return err
	})
	if err != nil {
		return channels.Consent{}, wrap(ctx, "set consent", err)
	}
	return inForce, nil
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
