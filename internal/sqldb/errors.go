package sqldb

import (
	"context"
	"errors"
	"io"
	"net"
	"strconv"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"
)

// Error kinds beyond the caller's own conflict sentinel.
var (
	// ErrUnavailable: the database could not be reached or the connection
	// was lost. The operation did not complete; when the loss hit a commit
	// its outcome is unknown, so callers retry only idempotent operations
	// (a webhook redelivery is one: dedupe makes it safe).
	ErrUnavailable = errors.New("sqlstore: database unavailable")
	// ErrDatabase: the database refused the operation for another reason.
	ErrDatabase = errors.New("sqlstore: database error")
)

// Error is a failed database operation. Its message names the operation
// and the driver's error code but never the driver's text, which can quote
// stored values (PHI); the driver error is reachable through errors.As.
// errors.Is matches Kind: the store's conflict sentinel, ErrUnavailable,
// ErrDatabase or a context error.
type Error struct {
	Op   string
	Kind error
	// Code is the SQLSTATE (PostgreSQL) or result code (SQLite), if any.
	Code string
	Err  error
}

// Error returns "sqlstore: <op>: <kind> (code <code>)".
func (e *Error) Error() string {
	s := "sqlstore: " + e.Op + ": " + e.Kind.Error()
	if e.Code != "" {
		s += " (code " + e.Code + ")"
	}
	return s
}

// Unwrap returns the kind and the driver error.
func (e *Error) Unwrap() []error { return []error{e.Kind, e.Err} }

// Wrap classifies a driver error for operation op: a unique violation (or
// a conflict after the retries of Tx) becomes conflict, a lost connection
// ErrUnavailable, a cancelled context its context error. Errors that are
// not driver errors (the store's own sentinels, a caller's function error,
// ErrNoRows) are returned unchanged; nil stays nil.
func Wrap(ctx context.Context, op string, err error, conflict error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	code, kind := classify(err)
	switch {
	case ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || kind == kindUnavailable):
		return &Error{Op: op, Kind: ctx.Err(), Code: code, Err: err}
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return &Error{Op: op, Kind: context.Cause(ctx), Err: err}
	}
	switch kind {
	case kindConflict, kindRetry:
		return &Error{Op: op, Kind: conflict, Code: code, Err: err}
	case kindUnavailable:
		return &Error{Op: op, Kind: ErrUnavailable, Code: code, Err: err}
	case kindOther:
		return &Error{Op: op, Kind: ErrDatabase, Code: code, Err: err}
	}
	return err
}

type errKind int

const (
	kindNone errKind = iota // not a driver error
	kindConflict
	kindRetry
	kindUnavailable
	kindOther
)

// IsConflict reports whether err is a unique or primary key violation.
func IsConflict(err error) bool { _, k := classify(err); return k == kindConflict }

// IsRetryable reports whether err is a serialization failure, a deadlock
// or a busy SQLite database: the transaction may succeed when run again.
func IsRetryable(err error) bool { _, k := classify(err); return k == kindRetry }

// IsUnavailable reports whether err is a lost or refused connection.
func IsUnavailable(err error) bool { _, k := classify(err); return k == kindUnavailable }

func retryable(err error) bool { return IsRetryable(err) }

func classify(err error) (string, errKind) {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "23505":
			return pe.Code, kindConflict
		case pe.Code == "40001" || pe.Code == "40P01":
			return pe.Code, kindRetry
		case pe.Code[:2] == "08" || pe.Code == "57P01" || pe.Code == "57P02" || pe.Code == "57P03" || pe.Code == "53300":
			return pe.Code, kindUnavailable
		}
		return pe.Code, kindOther
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		code := strconv.Itoa(se.Code())
		switch se.Code() {
		case 2067, 1555: // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY
			return code, kindConflict
		}
		switch se.Code() & 0xff {
		case 5, 6: // SQLITE_BUSY, SQLITE_LOCKED
			return code, kindRetry
		case 10, 14, 11: // SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_CORRUPT
			return code, kindUnavailable
		}
		return code, kindOther
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	if errors.As(err, &ce) || errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, net.ErrClosed) || pgconn.Timeout(err) || isConnClosed(err) {
		return "", kindUnavailable
	}
	return "", kindNone
}

// isConnClosed recognises pgx's errors for a connection already closed
// (after a fatal error), which carry no exported type.
func isConnClosed(err error) bool {
	for e := err; e != nil; e = errors.Unwrap(e) {
		switch e.Error() {
		case "conn closed", "closed pool":
			return true
		}
	}
	return false
}
