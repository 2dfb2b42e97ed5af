package channels

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Keyword is a consent keyword a patient can send.
type Keyword int

// The keyword kinds. KeywordNone means the message is not a keyword.
const (
	KeywordNone Keyword = iota
	// KeywordOptOut: STOP, STOPALL, UNSUBSCRIBE, REVOKE, OPTOUT, and the
	// Spanish BAJA, ALTO, PARAR, DETENER; on SMS also the carrier words
	// CANCEL, END and QUIT.
	KeywordOptOut
	// KeywordOptIn: START, UNSTOP, YES, and the Spanish ALTA, INICIAR,
	// SÍ/SI. They act only when the address is opted out; otherwise the
	// message is an ordinary one (a "yes" to a reminder).
	KeywordOptIn
	// KeywordHelp: HELP, INFO, and the Spanish AYUDA.
	KeywordHelp
)

// String returns "none", "opt-out", "opt-in" or "help".
func (k Keyword) String() string {
	switch k {
	case KeywordOptOut:
		return "opt-out"
	case KeywordOptIn:
		return "opt-in"
	case KeywordHelp:
		return "help"
	}
	return "none"
}

var keywords = map[string]Keyword{
	"STOP": KeywordOptOut, "STOPALL": KeywordOptOut, "UNSUBSCRIBE": KeywordOptOut,
	"REVOKE": KeywordOptOut, "OPTOUT": KeywordOptOut,
	"BAJA": KeywordOptOut, "ALTO": KeywordOptOut, "PARAR": KeywordOptOut, "DETENER": KeywordOptOut,
	"START": KeywordOptIn, "UNSTOP": KeywordOptIn, "YES": KeywordOptIn,
	"ALTA": KeywordOptIn, "INICIAR": KeywordOptIn, "SI": KeywordOptIn, "SÍ": KeywordOptIn,
	"HELP": KeywordHelp, "INFO": KeywordHelp, "AYUDA": KeywordHelp,
}

// carrierOptOut are the words US carriers treat as opt-out on SMS: the
// provider unsubscribes the patient whatever frontdesk does, so frontdesk
// records it too. frontdesk's own templates never ask a patient to reply
// with one of them.
var carrierOptOut = map[string]bool{"CANCEL": true, "END": true, "QUIT": true}

// IsCarrierOptOut reports whether word (as ParseKeyword returns it) is one
// of the words US carriers themselves treat as an opt-out on SMS: CANCEL,
// END, QUIT. Such a word opts the patient out, but it may also be an
// answer ("cancel my appointment"), so it deserves a person's follow-up.
func IsCarrierOptOut(ch Kind, word string) bool { return ch == SMS && carrierOptOut[word] }

// ParseKeyword reports whether text is a consent keyword on channel ch.
// Following industry practice, the whole message must be the keyword: case,
// surrounding white space and punctuation are ignored, and inner spaces are
// dropped ("Stop all" is STOPALL, "opt out" is OPTOUT), but "please stop
// texting me" is not a keyword. It returns the keyword kind and the
// normalised word.
func ParseKeyword(ch Kind, text string) (Keyword, string) {
	if len(text) > 40 {
		return KeywordNone, ""
	}
	w := strings.TrimFunc(text, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) })
	w = strings.ToUpper(strings.Join(strings.Fields(w), ""))
	if w == "" {
		return KeywordNone, ""
	}
	if k, ok := keywords[w]; ok {
		return k, w
	}
	if IsCarrierOptOut(ch, w) {
		return KeywordOptOut, w
	}
	return KeywordNone, ""
}

// ConsentState is whether frontdesk may message an address on a channel.
type ConsentState string

// The consent states. Unknown means the patient never said; sends are
// allowed (the practice has a treatment relationship) unless a policy
// requires an explicit opt-in.
const (
	ConsentUnknown  ConsentState = ""
	ConsentOptedIn  ConsentState = "opted_in"
	ConsentOptedOut ConsentState = "opted_out"
)

// Consent is the consent of one address on one channel in one practice.
type Consent struct {
	PracticeID string
	Channel    Kind
	Address    Address
	State      ConsentState
	// Source says how it was given: "keyword", "carrier", "staff",
	// "import" or "provider".
	Source string
	// Keyword is the word the patient sent, if any.
	Keyword   string
	ChangedAt time.Time
}

// ErrConsentNotFound: no consent was ever recorded for the address.
var ErrConsentNotFound = errors.New("channels: no consent recorded")

// ConsentStore keeps consent per practice, channel and address. Get
// returns ErrConsentNotFound for an address never recorded. Set stores the
// latest consent unless the stored one changed later (ChangedAt), so that
// replays and out-of-order updates never undo a newer choice; it returns
// the consent in force. Implementations must be safe for concurrent use
// and pass channeltest.RunConsentStore.
type ConsentStore interface {
	Get(ctx context.Context, practiceID string, ch Kind, addr Address) (Consent, error)
	Set(ctx context.Context, c Consent) (Consent, error)
}

// MemoryConsentStore is a ConsentStore kept in memory.
type MemoryConsentStore struct {
	mu sync.RWMutex
	m  map[string]Consent
}

var _ ConsentStore = (*MemoryConsentStore)(nil)

// NewMemoryConsentStore returns an empty MemoryConsentStore.
func NewMemoryConsentStore() *MemoryConsentStore {
	return &MemoryConsentStore{m: make(map[string]Consent)}
}

func consentKey(practiceID string, ch Kind, addr Address) string {
	return practiceID + "\x00" + string(ch) + "\x00" + addr.String()
}

// Get implements ConsentStore.
func (s *MemoryConsentStore) Get(ctx context.Context, practiceID string, ch Kind, addr Address) (Consent, error) {
	if err := ctx.Err(); err != nil {
		return Consent{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	c, ok := s.m[consentKey(practiceID, ch, addr)]
	if !ok {
		return Consent{}, ErrConsentNotFound
	}
	return c, nil
}

// Set implements ConsentStore.
func (s *MemoryConsentStore) Set(ctx context.Context, c Consent) (Consent, error) {
	if err := ctx.Err(); err != nil {
		return Consent{}, err
	}
	if err := validateConsent(c); err != nil {
		return Consent{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	k := consentKey(c.PracticeID, c.Channel, c.Address)
	if old, ok := s.m[k]; ok && old.ChangedAt.After(c.ChangedAt) {
		return old, nil
	}
	s.m[k] = c
	return c, nil
}

func validateConsent(c Consent) error {
	switch {
	case c.PracticeID == "":
		return fmt.Errorf("%w: consent without practice id", ErrInvalidMessage)
	case !c.Channel.Valid():
		return fmt.Errorf("%w: consent channel %q", ErrUnknownChannel, c.Channel)
	case c.Address.IsZero():
		return fmt.Errorf("%w: consent without address", ErrInvalidAddress)
	case c.State != ConsentOptedIn && c.State != ConsentOptedOut:
		return fmt.Errorf("%w: consent state %q", ErrInvalidMessage, c.State)
	case c.ChangedAt.IsZero():
		return fmt.Errorf("%w: consent without time", ErrInvalidMessage)
	}
	return nil
}
