package audit

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"time"
)

// ErrNoPractice is returned by a query without a practice id: every query
// is scoped to one practice, and nothing of another practice is returned.
var ErrNoPractice = errors.New("audit: query needs a practice id")

// Query selects events of one practice. Empty fields match everything;
// set fields must all match. Checkpoint events belong to no practice and
// are never returned.
//
// An accounting of disclosures for a patient is a Query with PracticeID,
// PatientID and the period (From, To).
type Query struct {
	// PracticeID is required.
	PracticeID string
	// PatientID selects events about one patient.
	PatientID string
	// ActorID selects events done by one actor.
	ActorID string
	// Actions selects events with any of these actions.
	Actions []Action
	// ConversationID, MessageID and ContactID select events about one
	// resource.
	ConversationID string
	MessageID      string
	ContactID      string
	// From and To bound Time to [From, To); a zero bound is open.
	From, To time.Time
	// Limit stops after this many events; zero means no limit.
	Limit int
}

// Querier is implemented by sinks that can be read back, such as
// MemorySink. Query returns the matching events in the order they were
// appended.
type Querier interface {
	Query(ctx context.Context, q Query) ([]Event, error)
}

// Match reports whether e is selected by q.
func (q *Query) Match(e *Event) bool {
	switch {
	case e.PracticeID == "" || e.PracticeID != q.PracticeID,
		q.PatientID != "" && e.PatientID != q.PatientID,
		q.ActorID != "" && e.Actor.ID != q.ActorID,
		len(q.Actions) > 0 && !slices.Contains(q.Actions, e.Action),
		q.ConversationID != "" && e.ConversationID != q.ConversationID,
		q.MessageID != "" && e.MessageID != q.MessageID,
		q.ContactID != "" && e.ContactID != q.ContactID,
		!q.From.IsZero() && e.Time.Before(q.From),
		!q.To.IsZero() && !e.Time.Before(q.To):
		return false
	}
	return true
}

func (q *Query) check() error {
	if q.PracticeID == "" {
		return ErrNoPractice
	}
	return nil
}

// QueryReader returns the events of the JSON Lines audit log in r that q
// selects, in file order. It does not verify the chain (see VerifyReader)
// but fails on a line that is not an event, with a *VerifyError.
func QueryReader(ctx context.Context, r io.Reader, q Query) ([]Event, error) {
	if err := q.check(); err != nil {
		return nil, err
	}
	lr := NewReader(r)
	var out []Event
	for n := 0; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		e, err := lr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if q.Match(&e) {
			out = append(out, e)
			if q.Limit > 0 && len(out) == q.Limit {
				return out, nil
			}
		}
	}
}

// QueryFile is QueryReader over the file at path.
func QueryFile(ctx context.Context, path string, q Query) ([]Event, error) {
	if err := q.check(); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("audit: query: %w", err)
	}
	defer f.Close()
	return QueryReader(ctx, f, q)
}
