package inbox

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"strconv"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
)

// ErrNotSampled: the conversation is not in the QA sample.
var ErrNotSampled = errors.New("inbox: conversation not sampled for QA")

// ErrInvalidReview: a QA review that does not fit the scorecard.
var ErrInvalidReview = errors.New("inbox: invalid QA review")

// QAConfig samples closed conversations for quality review. The zero value
// samples none.
type QAConfig struct {
	// Share is the part of staff-closed conversations sampled, from 0 to
	// 1. The draw is a hash of the conversation id: the same conversation
	// is always in or out, whatever process closes it, however often.
	Share float64
	// Scorecard names the criteria a reviewer marks met or not. Default
	// DefaultScorecard.
	Scorecard []string
}

// DefaultScorecard is the default QA scorecard.
func DefaultScorecard() []string {
	return []string{"identity_verified", "accurate", "complete", "courteous", "minimum_necessary", "timely"}
}

func (q QAConfig) withDefaults() QAConfig {
	if q.Scorecard == nil {
		q.Scorecard = DefaultScorecard()
	}
	return q
}

// QAReview is a conversation's quality review.
type QAReview struct {
	// Sampled reports that the close drew the conversation for review.
	Sampled bool
	// Reviewed reports that a reviewer scored it, when and who.
	Reviewed   bool
	ReviewedAt time.Time
	Reviewer   string
	// Criteria are the scorecard's criteria, met or not.
	Criteria map[string]bool
	// Accurate is the reviewer's verdict that what the patient was told
	// was right; KPIs report the share of accurate reviews.
	Accurate bool
}

// QAScore is what a reviewer submits.
type QAScore struct {
	Reviewer Actor
	// Criteria must name only scorecard criteria, and every one of them.
	Criteria map[string]bool
	Accurate bool
}

// sampled draws the conversation for QA, deterministically.
func (ib *Inbox) sampled(c *Conversation) bool {
	if ib.qa.Share <= 0 {
		return false
	}
	h := fnv.New64a()
	h.Write([]byte(c.PracticeID))
	h.Write([]byte{0})
	h.Write([]byte(c.ID))
	return float64(h.Sum64()>>11)/float64(1<<53) < ib.qa.Share
}

// QAPending returns the practice's sampled conversations not yet reviewed,
// the longest closed first.
func (ib *Inbox) QAPending(ctx context.Context, practiceID string) ([]Conversation, error) {
	var out []Conversation
	err := ib.scan(ctx, practiceID, func(c *Conversation) error {
		if c.QA.Sampled && !c.QA.Reviewed {
			out = append(out, c.Clone())
		}
		return nil
	}, nil)
	if err != nil {
		return nil, fmt.Errorf("inbox: qa: %w", err)
	}
	slices.SortFunc(out, func(a, b Conversation) int {
		return cmp.Or(a.ClosedAt.Compare(b.ClosedAt), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// ReviewQA stores a reviewer's scorecard for a sampled conversation
// (ErrNotSampled otherwise; ErrInvalidReview for criteria that do not
// match the scorecard). Reviewing reads the conversation, so it is
// audited as phi.viewed with purpose qa_review and the verdict.
func (ib *Inbox) ReviewQA(ctx context.Context, practiceID, conversationID string, s QAScore) (Conversation, error) {
	for _, k := range ib.qa.Scorecard {
		if _, ok := s.Criteria[k]; !ok {
			return Conversation{}, fmt.Errorf("%w: criterion %q is not marked", ErrInvalidReview, k)
		}
	}
	if len(s.Criteria) != len(ib.qa.Scorecard) {
		return Conversation{}, fmt.Errorf("%w: criteria outside the scorecard", ErrInvalidReview)
	}
	if s.Reviewer.ID == "" {
		return Conversation{}, fmt.Errorf("%w: no reviewer", ErrInvalidReview)
	}
	now := ib.clock.Now()
	c, err := ib.store.UpdateConversation(ctx, practiceID, conversationID, func(c *Conversation) error {
		if !c.QA.Sampled {
			return ErrNotSampled
		}
		c.QA = QAReview{Sampled: true, Reviewed: true, ReviewedAt: now, Reviewer: s.Reviewer.ID,
			Criteria: maps.Clone(s.Criteria), Accurate: s.Accurate}
		return nil
	})
	if err != nil {
		return Conversation{}, fmt.Errorf("inbox: qa review: %w", err)
	}
	err = ib.record(ctx, audit.Event{PracticeID: practiceID, Actor: s.Reviewer, Action: audit.ActionPHIViewed,
		PatientID: c.PatientID, ContactID: c.ContactID, ConversationID: c.ID,
		Detail: map[string]string{"purpose": "qa_review", "accurate": strconv.FormatBool(s.Accurate)}})
	return c, err
}
