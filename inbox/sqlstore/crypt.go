package sqlstore

import (
	"encoding/base64"
	"errors"
	"fmt"

	"github.com/frontdeskhq/frontdesk/phi"
)

// ErrSealed: a stored record is sealed (Config.Keyring was set when it
// was written) and this DB has no keyring to open it.
var ErrSealed = errors.New("sqlstore: record is sealed and no keyring is configured")

// crypter seals the PHI columns of contacts and messages at rest. A nil
// crypter stores them in clear. Every row records whether it is sealed, so
// a DB given a keyring still reads the rows written before, in clear.
type crypter struct {
	ring  *phi.Keyring
	index *phi.BlindIndex
}

func newCrypter(cfg Config) (*crypter, error) {
	switch {
	case cfg.Keyring == nil && cfg.BlindIndex == nil:
		return nil, nil
	case cfg.Keyring == nil || cfg.BlindIndex == nil:
		return nil, errors.New("sqlstore: encryption at rest needs both Config.Keyring and Config.BlindIndex")
	}
	return &crypter{ring: cfg.Keyring, index: cfg.BlindIndex}, nil
}

// on reports whether new rows are sealed.
func (c *crypter) on() bool { return c != nil }

// seal returns v sealed for the column of a record, as unpadded base64;
// "" stays "", and with no keyring v is returned as is.
func (c *crypter) seal(practiceID, table, id, column, v string) (string, error) {
	if c == nil || v == "" {
		return v, nil
	}
	b, err := c.ring.Seal([]byte(v), phi.Field{PracticeID: practiceID, Table: table, RecordID: id, Name: column})
	if err != nil {
		return "", fmt.Errorf("sqlstore: seal %s.%s of %q: %w", table, column, id, err)
	}
	return base64.RawStdEncoding.EncodeToString(b), nil
}

// open reverses seal for a row stored sealed; a clear row's v is returned
// as is.
func (c *crypter) open(sealed bool, practiceID, table, id, column, v string) (string, error) {
	if !sealed || v == "" {
		return v, nil
	}
	if c == nil {
		return "", fmt.Errorf("%w: %s %q", ErrSealed, table, id)
	}
	b, err := base64.RawStdEncoding.DecodeString(v)
	if err != nil {
		return "", fmt.Errorf("sqlstore: open %s.%s of %q: %w", table, column, id, phi.ErrMalformed)
	}
	pt, err := c.ring.Open(b, phi.Field{PracticeID: practiceID, Table: table, RecordID: id, Name: column})
	if err != nil {
		return "", fmt.Errorf("sqlstore: open %s.%s of %q: %w", table, column, id, err)
	}
	return string(pt), nil
}

// contactKey is what the contacts.key column holds for a contact key: the
// key itself in clear, or its blind index token, by which lookups find it.
func (c *crypter) contactKey(practiceID, key string) string {
	if c == nil {
		return key
	}
	return c.index.Sum(practiceID, "contact_key", key)
}
