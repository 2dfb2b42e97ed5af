package webchat

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Sentinel errors. Callers branch on them with errors.Is.
var (
	// ErrInvalidToken: a session token that is malformed or whose
	// signature does not verify.
	ErrInvalidToken = errors.New("webchat: invalid session token")
	// ErrExpiredToken: a session token past its expiry.
	ErrExpiredToken = errors.New("webchat: session token expired")
	// ErrOriginNotAllowed: a browser request from an origin that is not
	// configured.
	ErrOriginNotAllowed = errors.New("webchat: origin not allowed")
	// ErrUnknownSession: a hub has no stream for the session (never
	// opened, or expired and dropped).
	ErrUnknownSession = errors.New("webchat: unknown session")
	// ErrHubFull: the hub holds as many sessions as it may.
	ErrHubFull = errors.New("webchat: too many sessions")
	// ErrConfig: a Config that cannot work.
	ErrConfig = errors.New("webchat: invalid config")
)

// chatSession is what a signed token asserts: a chat session of a practice,
// valid until ExpiresAt.
type chatSession struct {
	ID         string
	PracticeID string
	ExpiresAt  time.Time
}

// tokenClaims is the signed payload.
type tokenClaims struct {
	Version   int    `json:"v"`
	SessionID string `json:"s"`
	Practice  string `json:"p"`
	Expires   int64  `json:"e"` // Unix seconds
}

// maxTokenBytes bounds a token before any decoding.
const maxTokenBytes = 1024

// signer issues and checks session tokens: base64url(JSON claims) "."
// base64url(HMAC-SHA256 of the first part under the secret).
type signer struct{ secret []byte }

func (s signer) mac(payload string) []byte {
	m := hmac.New(sha256.New, s.secret)
	m.Write([]byte(payload))
	return m.Sum(nil)
}

// Sign returns the token for sess.
func (s signer) Sign(sess chatSession) string {
	b, _ := json.Marshal(tokenClaims{Version: 1, SessionID: sess.ID, Practice: sess.PracticeID, Expires: sess.ExpiresAt.Unix()})
	payload := base64.RawURLEncoding.EncodeToString(b)
	return payload + "." + base64.RawURLEncoding.EncodeToString(s.mac(payload))
}

// strictBase64 decodes a token's parts, refusing an encoding that is not
// the one Sign writes (padding bits set in the last character): a token
// verifies only as issued, character for character.
var strictBase64 = base64.RawURLEncoding.Strict()

// Verify checks tok's signature and expiry at now. The signature is
// checked (in constant time) before the claims are read.
func (s signer) Verify(tok string, now time.Time) (chatSession, error) {
	if len(tok) > maxTokenBytes {
		return chatSession{}, fmt.Errorf("%w: too long", ErrInvalidToken)
	}
	// The decoder skips line breaks: refuse them, and any other byte
	// Sign never writes, so that a token verifies only as issued.
	payload, sig, ok := strings.Cut(tok, ".")
	if !ok || !token68(tok) {
		return chatSession{}, fmt.Errorf("%w: malformed", ErrInvalidToken)
	}
	got, err := strictBase64.DecodeString(sig)
	if err != nil || !hmac.Equal(got, s.mac(payload)) {
		return chatSession{}, fmt.Errorf("%w: bad signature", ErrInvalidToken)
	}
	raw, err := strictBase64.DecodeString(payload)
	if err != nil {
		return chatSession{}, fmt.Errorf("%w: malformed", ErrInvalidToken)
	}
	var c tokenClaims
	if err := json.Unmarshal(raw, &c); err != nil || c.Version != 1 || c.SessionID == "" || c.Practice == "" {
		return chatSession{}, fmt.Errorf("%w: bad claims", ErrInvalidToken)
	}
	sess := chatSession{ID: c.SessionID, PracticeID: c.Practice, ExpiresAt: time.Unix(c.Expires, 0).UTC()}
	if !now.Before(sess.ExpiresAt) {
		return chatSession{}, ErrExpiredToken
	}
	return sess, nil
}
