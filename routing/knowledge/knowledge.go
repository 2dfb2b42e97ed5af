package knowledge

import (
	"errors"
	"fmt"
	"time"

	"github.com/frontdeskhq/frontdesk/clock"
	"github.com/frontdeskhq/frontdesk/triage"
)

// Errors.
var (
	// ErrInvalidEntry is wrapped by every *EntryError.
	ErrInvalidEntry = errors.New("knowledge: invalid entry")
	// ErrInvalidInput means a question the matcher does not take, such as
	// one longer than MaxQuestionBytes.
	ErrInvalidInput = errors.New("knowledge: invalid input")
)

// HandledBy is the name automatic answers are recorded under (the inbox's
// Message.HandledBy), so that containment counts them.
const HandledBy = "knowledge"

// MaxQuestionBytes bounds the text Answer matches.
const MaxQuestionBytes = 4096

// EntryError says which entry is invalid and why; it never quotes the
// entry's text.
type EntryError struct {
	PracticeID string
	EntryID    string
	Detail     string
}

// Error names the entry and the problem.
func (e *EntryError) Error() string {
	return fmt.Sprintf("knowledge: entry %q of practice %q: %s", e.EntryID, e.PracticeID, e.Detail)
}

// Unwrap returns ErrInvalidEntry.
func (e *EntryError) Unwrap() error { return ErrInvalidEntry }

// Entry is one answer of a practice's knowledge base.
type Entry struct {
	ID         string `json:"id"`
	PracticeID string `json:"practice_id"`
	// Intent is what the entry answers: triage.IntentAdmin (hours,
	// directions, parking, forms), triage.IntentPortal or
	// triage.IntentBilling. No other intent may be answered automatically.
	Intent triage.Intent `json:"intent"`
	// Questions are ways patients ask it, in English or Spanish.
	Questions []string `json:"questions"`
	// Answers holds the answer by language; "en" and "es" are required.
	Answers map[string]string `json:"answers"`
	// Owner is the staff id responsible for keeping the entry right.
	Owner string `json:"owner"`
	// LastReviewed is when the owner last checked the entry.
	LastReviewed time.Time `json:"last_reviewed"`
}

// Answerable reports whether messages of intent i may ever be answered
// from the knowledge base: admin, portal and billing questions.
func Answerable(i triage.Intent) bool {
	return i == triage.IntentAdmin || i == triage.IntentPortal || i == triage.IntentBilling
}

// Stale reports whether the entry was last reviewed more than after
// before now.
func (e Entry) Stale(now time.Time, after time.Duration) bool {
	return e.LastReviewed.IsZero() || now.Sub(e.LastReviewed) > after
}

func (e Entry) check() error {
	bad := func(format string, args ...any) error {
		return &EntryError{PracticeID: e.PracticeID, EntryID: e.ID, Detail: fmt.Sprintf(format, args...)}
	}
	switch {
	case e.ID == "" || e.PracticeID == "":
		return bad("id and practice id are required")
	case !Answerable(e.Intent):
		return bad("intent %q may not be answered automatically (admin, portal or billing only)", e.Intent)
	case len(e.Questions) == 0:
		return bad("no question variants")
	case e.Answers["en"] == "" || e.Answers["es"] == "":
		return bad("answers in English (en) and Spanish (es) are required")
	case e.Owner == "":
		return bad("no owner")
	}
	for lang := range e.Answers {
		if lang != "en" && lang != "es" {
			return bad("answer language %q (en or es)", lang)
		}
	}
	for i, q := range e.Questions {
		if len(tokens(q)) == 0 {
			return bad("question variant #%d has no words to match", i+1)
		}
	}
	return nil
}

// Config tunes a Base. The zero value works.
type Config struct {
	// Clock tells staleness. Default clock.System().
	Clock clock.Clock
	// StaleAfter is how long an entry stays fresh after a review. Default
	// 180 days.
	StaleAfter time.Duration
	// MinConfidence is the confidence, from 0 to 1, an automatic answer
	// needs. Default 0.65.
	MinConfidence float64
	// MinMargin is how far the best entry must lead the runner-up for an
	// automatic answer. Default 0.15.
	MinMargin float64
}

func (c Config) withDefaults() Config {
	c.Clock = clock.OrSystem(c.Clock)
	if c.StaleAfter <= 0 {
		c.StaleAfter = 180 * 24 * time.Hour
	}
	if c.MinConfidence <= 0 {
		c.MinConfidence = 0.65
	}
	if c.MinMargin <= 0 {
		c.MinMargin = 0.15
	}
	return c
}

func errorsJoin(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	return errors.Join(errs...)
}
