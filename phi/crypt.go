package phi

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Errors of field encryption.
var (
	// ErrUnknownKey means a ciphertext names a key the Keyring does not
	// hold. The error is a *KeyError with the key id.
	ErrUnknownKey = errors.New("phi: unknown encryption key")
	// ErrDecrypt means authentication failed: the ciphertext was altered,
	// was sealed for another Field, or the key with its id is not the key
	// that sealed it.
	ErrDecrypt = errors.New("phi: ciphertext failed authentication")
	// ErrMalformed means the bytes are not a sealed field at all.
	ErrMalformed = errors.New("phi: malformed ciphertext")
)

// KeyError names the key a ciphertext asked for.
type KeyError struct{ ID string }

// Error names the key id; ids are not secret.
func (e *KeyError) Error() string { return fmt.Sprintf("phi: unknown encryption key %q", e.ID) }

// Is reports whether target is ErrUnknownKey.
func (e *KeyError) Is(target error) bool { return target == ErrUnknownKey }

// Key is a key-encryption key: 32 random bytes (AES-256) and its id. Ids
// are stored in every ciphertext, so they must never be reused for other
// bytes.
type Key struct {
	ID     string
	Secret []byte
}

// Field is the record a ciphertext belongs to. It is authenticated with
// the ciphertext (AES-GCM associated data), so a sealed value copied to
// another practice, record or column fails to open.
type Field struct {
	PracticeID string
	Table      string // "messages", "contacts"...
	RecordID   string
	Name       string // the column: "body", "address"...
}

// KeyringConfig configures a Keyring.
type KeyringConfig struct {
	// Keys are every key that may have sealed stored data.
	Keys []Key
	// Active is the id of the key that seals new data. Required.
	Active string
	// Rand is the source of data keys and nonces; nil means crypto/rand.
	Rand io.Reader
}

// Keyring seals and opens fields with envelope encryption: each value gets
// a fresh AES-256-GCM data key, itself sealed by the active key-encryption
// key, whose id is stored alongside. Old keys keep opening what they
// sealed; Rotate moves a value to the active key. It is safe for
// concurrent use.
type Keyring struct {
	active string
	keks   map[string]cipher.AEAD
	rand   io.Reader
}

const (
	sealVersion = 1
	nonceLen    = 12
	dekLen      = 32
	tagLen      = 16
	wrappedLen  = nonceLen + dekLen + tagLen
)

// NewKeyring returns a Keyring configured by cfg.
func NewKeyring(cfg KeyringConfig) (*Keyring, error) {
	k := &Keyring{active: cfg.Active, keks: make(map[string]cipher.AEAD, len(cfg.Keys)), rand: cfg.Rand}
	if k.rand == nil {
		k.rand = rand.Reader
	}
	for _, key := range cfg.Keys {
		if key.ID == "" || len(key.ID) > 255 {
			return nil, errors.New("phi: key id must be 1 to 255 bytes")
		}
		if len(key.Secret) != 32 {
			return nil, fmt.Errorf("phi: key %q must be 32 bytes, got %d", key.ID, len(key.Secret))
		}
		if _, dup := k.keks[key.ID]; dup {
			return nil, fmt.Errorf("phi: duplicate key id %q", key.ID)
		}
		aead, err := newGCM(key.Secret)
		if err != nil {
			return nil, err
		}
		k.keks[key.ID] = aead
	}
	if _, ok := k.keks[cfg.Active]; !ok {
		return nil, fmt.Errorf("phi: active key %q is not in the keyring", cfg.Active)
	}
	return k, nil
}

func newGCM(key []byte) (cipher.AEAD, error) {
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(b)
}

// Active returns the id of the key that seals new data.
func (k *Keyring) Active() string { return k.active }

// Seal encrypts plaintext for f under the active key.
func (k *Keyring) Seal(plaintext []byte, f Field) ([]byte, error) {
	dek := make([]byte, dekLen)
	if _, err := io.ReadFull(k.rand, dek); err != nil {
		return nil, fmt.Errorf("phi: seal: %w", err)
	}
	return k.sealWith(dek, plaintext, f)
}

// Open decrypts a value sealed for f.
func (k *Keyring) Open(sealed []byte, f Field) ([]byte, error) {
	p, err := parseSealed(sealed)
	if err != nil {
		return nil, err
	}
	dek, err := k.unwrap(p, f)
	if err != nil {
		return nil, err
	}
	data, err := newGCM(dek)
	if err != nil {
		return nil, err
	}
	pt, err := data.Open(nil, p.dataNonce, p.body, associated(p.hdr, f))
	if err != nil {
		return nil, ErrDecrypt
	}
	return pt, nil
}

// KeyID returns the id of the key that sealed a value.
func (k *Keyring) KeyID(sealed []byte) (string, error) {
	p, err := parseSealed(sealed)
	if err != nil {
		return "", err
	}
	return p.kid, nil
}

// Rotate re-seals a value under the active key, keeping its data key: the
// re-encrypt helper for key rotation. It returns the new bytes and true,
// or the input and false when the value is already under the active key.
// The value is authenticated first, so Rotate never launders tampering.
func (k *Keyring) Rotate(sealed []byte, f Field) ([]byte, bool, error) {
	p, err := parseSealed(sealed)
	if err != nil {
		return nil, false, err
	}
	if p.kid == k.active {
		return sealed, false, nil
	}
	dek, err := k.unwrap(p, f)
	if err != nil {
		return nil, false, err
	}
	data, err := newGCM(dek)
	if err != nil {
		return nil, false, err
	}
	pt, err := data.Open(nil, p.dataNonce, p.body, associated(p.hdr, f))
	if err != nil {
		return nil, false, ErrDecrypt
	}
	// The header, and so the associated data, changes with the key id:
	// the data is sealed again under the same data key and a fresh nonce.
	out, err := k.sealWith(dek, pt, f)
	if err != nil {
		return nil, false, err
	}
	return out, true, nil
}

func (k *Keyring) sealWith(dek, plaintext []byte, f Field) ([]byte, error) {
	nonces := make([]byte, 2*nonceLen)
	if _, err := io.ReadFull(k.rand, nonces); err != nil {
		return nil, fmt.Errorf("phi: seal: %w", err)
	}
	hdr := header(k.active)
	ad := associated(hdr, f)
	out := append([]byte(nil), hdr...)
	out = append(out, nonces[:nonceLen]...)
	out = k.keks[k.active].Seal(out, nonces[:nonceLen], dek, ad)
	out = append(out, nonces[nonceLen:]...)
	data, err := newGCM(dek)
	if err != nil {
		return nil, err
	}
	return data.Seal(out, nonces[nonceLen:], plaintext, ad), nil
}

// sealed is a parsed ciphertext.
type sealed struct {
	hdr, wrapNonce, wrapped, dataNonce, body []byte
	kid                                      string
}

func header(kid string) []byte {
	h := make([]byte, 0, 2+len(kid))
	return append(append(h, sealVersion, byte(len(kid))), kid...)
}

func parseSealed(b []byte) (sealed, error) {
	if len(b) < 2 || b[0] != sealVersion {
		return sealed{}, ErrMalformed
	}
	n := int(b[1])
	if n == 0 || len(b) < 2+n+wrappedLen+nonceLen+tagLen {
		return sealed{}, ErrMalformed
	}
	p := sealed{hdr: b[:2+n], kid: string(b[2 : 2+n])}
	rest := b[2+n:]
	p.wrapNonce, p.wrapped, rest = rest[:nonceLen], rest[nonceLen:wrappedLen], rest[wrappedLen:]
	p.dataNonce, p.body = rest[:nonceLen], rest[nonceLen:]
	return p, nil
}

func (k *Keyring) unwrap(p sealed, f Field) ([]byte, error) {
	kek, ok := k.keks[p.kid]
	if !ok {
		return nil, &KeyError{ID: p.kid}
	}
	dek, err := kek.Open(nil, p.wrapNonce, p.wrapped, associated(p.hdr, f))
	if err != nil {
		return nil, ErrDecrypt
	}
	return dek, nil
}

// associated encodes the header and field unambiguously (length-prefixed).
func associated(hdr []byte, f Field) []byte {
	ad := make([]byte, 0, len(hdr)+16+len(f.PracticeID)+len(f.Table)+len(f.RecordID)+len(f.Name))
	ad = append(ad, hdr...)
	for _, s := range []string{f.PracticeID, f.Table, f.RecordID, f.Name} {
		ad = binary.AppendUvarint(ad, uint64(len(s)))
		ad = append(ad, s...)
	}
	return ad
}

// BlindIndex computes keyed equality tokens so that a store can find a
// contact by phone or e-mail without keeping it in clear: store
// Sum(practice, "phone", phone) next to the sealed value and look up by it.
// Normalise values first (channels.ParsePhone, lower-case e-mail) so equal
// values give equal tokens. Tokens differ across practices and fields.
type BlindIndex struct{ key []byte }

// NewBlindIndex returns a BlindIndex keyed by key, which must hold at
// least 32 bytes and be kept apart from the encryption keys. Changing it
// means recomputing every stored token.
func NewBlindIndex(key []byte) (*BlindIndex, error) {
	if len(key) < 32 {
		return nil, fmt.Errorf("phi: blind index key must be at least 32 bytes, got %d", len(key))
	}
	return &BlindIndex{key: append([]byte(nil), key...)}, nil
}

// Sum returns the token of value for a practice and field: 22 characters
// of unpadded URL-safe base64 (128 bits).
func (b *BlindIndex) Sum(practiceID, field, value string) string {
	m := hmac.New(sha256.New, b.key)
	for _, s := range []string{practiceID, field, value} {
		var n [binary.MaxVarintLen64]byte
		m.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		m.Write([]byte(s))
	}
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil)[:16])
}
