package email

import (
	"errors"
	"fmt"
)

// Sentinel errors. Callers branch on them with errors.Is.
var (
	// ErrMalformed: the input is not a message frontdesk can attribute to
	// a sender (unreadable header block, no usable From address).
	ErrMalformed = errors.New("email: malformed message")
	// ErrTooLarge: the message exceeds the configured size limit.
	ErrTooLarge = errors.New("email: message too large")
	// ErrUnauthorized: an inbound webhook request without the configured
	// credentials.
	ErrUnauthorized = errors.New("email: unauthorized")
	// ErrConfig: a Config that cannot work (missing practice, token,
	// server address).
	ErrConfig = errors.New("email: invalid config")
)

// ParseError says why a message could not be parsed. It wraps
// ErrMalformed or ErrTooLarge and never quotes the message: Reason is
// written by frontdesk, not copied from the input.
type ParseError struct {
	// Reason is a short, PHI-free description such as "no From address".
	Reason string
	// Err is ErrMalformed or ErrTooLarge.
	Err error
}

// Error returns the class and reason.
func (e *ParseError) Error() string { return fmt.Sprintf("%v: %s", e.Err, e.Reason) }

// Unwrap returns the class sentinel.
func (e *ParseError) Unwrap() error { return e.Err }

func malformed(reason string) error { return &ParseError{Reason: reason, Err: ErrMalformed} }
