package channels

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Sentinel errors. Callers branch on them with errors.Is.
var (
	// ErrInvalidAddress: an address could not be parsed or normalised.
	ErrInvalidAddress = errors.New("channels: invalid address")
	// ErrInvalidMessage: a message lacks a required field or has invalid text.
	ErrInvalidMessage = errors.New("channels: invalid message")
	// ErrEmptyText: a message has nothing to send or store.
	ErrEmptyText = errors.New("channels: empty message")
	// ErrTextTooLong: text exceeds MaxTextBytes or the channel's own limit.
	ErrTextTooLong = errors.New("channels: text too long")
	// ErrUnknownChannel: a channel kind frontdesk does not know, or one no
	// Channel is configured for.
	ErrUnknownChannel = errors.New("channels: unknown channel")

	// ErrRateLimited: the provider (or frontdesk's own limiter) asked to
	// slow down; retry after SendError.RetryAfter.
	ErrRateLimited = errors.New("channels: rate limited")
	// ErrUnavailable: a transient failure (timeout, 5xx, network); retry.
	ErrUnavailable = errors.New("channels: provider unavailable")
	// ErrRejected: the provider refused the message for good (bad number,
	// blocked content); do not retry.
	ErrRejected = errors.New("channels: rejected by provider")
	// ErrOptedOut: the recipient opted out of this channel; nothing was
	// sent and nothing will be until they opt back in.
	ErrOptedOut = errors.New("channels: recipient opted out")
	// ErrOutsideWindow: the channel's free-form service window is closed
	// (WhatsApp's 24 hours); only a template may be sent.
	ErrOutsideWindow = errors.New("channels: outside service window")
)

// SendError is a failed send, classified. It wraps one of ErrRateLimited,
// ErrUnavailable, ErrRejected, ErrOptedOut or ErrOutsideWindow, so callers
// use errors.Is for the class and errors.As for the details. Its message
// carries codes, never message text or addresses.
type SendError struct {
	Channel Kind
	// Code is the provider's error code, if any (e.g. "21610", "131047").
	Code string
	// HTTPStatus is the provider's HTTP status, if any.
	HTTPStatus int
	// RetryAfter is how long the provider asked to wait; zero if it did not
	// say.
	RetryAfter time.Duration
	// Err is the class sentinel.
	Err error
}

// Error names the channel, the error class and the provider's code.
func (e *SendError) Error() string {
	s := fmt.Sprintf("channels: send on %s: %v", e.Channel, e.Err)
	if e.Code != "" {
		s += " (code " + e.Code + ")"
	}
	if e.HTTPStatus != 0 {
		s += fmt.Sprintf(" (http %d)", e.HTTPStatus)
	}
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// Unwrap returns the class sentinel.
func (e *SendError) Unwrap() error { return e.Err }

// Retryable reports whether the send may succeed if tried again.
func (e *SendError) Retryable() bool {
	return errors.Is(e.Err, ErrRateLimited) || errors.Is(e.Err, ErrUnavailable)
}

// IsRetryable reports whether err is a send failure worth retrying: a
// *SendError that says so, or a plain ErrRateLimited or ErrUnavailable.
func IsRetryable(err error) bool {
	var se *SendError
	if errors.As(err, &se) {
		return se.Retryable()
	}
	return errors.Is(err, ErrRateLimited) || errors.Is(err, ErrUnavailable)
}

// ParseRetryAfter reads an HTTP Retry-After header, in seconds or as an
// HTTP date relative to now; it returns 0 when the header is absent,
// malformed or in the past. Adapters use it to fill SendError.RetryAfter.
func ParseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
