package inbox

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/routing"
)

// TransferParams describe a warm handoff.
type TransferParams struct {
	PracticeID     string
	ConversationID string
	// Queue is the queue to move to; empty keeps the current one.
	Queue string
	// Assignee is the staff member to hand to; empty leaves it unassigned
	// in the queue.
	Assignee string
	// Note is the handoff note the next person reads, so the patient never
	// has to explain again. Required.
	Note string
	By   Actor
}

// Transfer moves a conversation to another queue or person with an
// internal note (a warm handoff), audited as conversation.transferred.
// It fails with channels.ErrEmptyText without a note, ErrClosed for a
// closed conversation. With an Assigner, the previous assignee is
// released, a named assignee must work the target queue (routing.ErrNoAgent
// otherwise), and without one the conversation is offered to the target
// queue's agents.
func (ib *Inbox) Transfer(ctx context.Context, p TransferParams) (Conversation, error) {
	if p.Note == "" {
		return Conversation{}, fmt.Errorf("inbox: transfer: %w: a handoff note is required", channels.ErrEmptyText)
	}
	if p.Queue == "" && p.Assignee == "" {
		return Conversation{}, fmt.Errorf("inbox: transfer: %w: no queue or assignee", channels.ErrInvalidMessage)
	}
	cur, err := ib.store.GetConversation(ctx, p.PracticeID, p.ConversationID)
	if err != nil {
		return Conversation{}, fmt.Errorf("inbox: transfer: %w", err)
	}
	if cur.Status == StatusClosed {
		return Conversation{}, fmt.Errorf("inbox: transfer: %w", ErrClosed)
	}
	target := cmp.Or(p.Queue, cur.Queue)
	if err := ib.reserve(ctx, cur, target, p.Assignee); err != nil {
		return Conversation{}, fmt.Errorf("inbox: transfer: %w", err)
	}
	var from, old string
	var clockEv routing.ClockEvent
	c, err := ib.store.UpdateConversation(ctx, p.PracticeID, p.ConversationID, func(c *Conversation) error {
		if c.Status == StatusClosed {
			return ErrClosed
		}
		from, old = c.Queue, c.Assignee
		if p.Queue != "" {
			c.Queue = p.Queue
		}
		c.Assignee = p.Assignee
		c.Escalations++
		// The new team owes the patient an answer not yet given: its
		// clock starts now. An answered conversation has none to owe.
		clockEv = routing.ClockEvent{}
		if c.SLAState() != routing.ClockDone {
			clockEv = ib.clockEvent(c, routing.ClockStarted, ib.clock.Now())
		}
		return nil
	})
	if err != nil {
		ib.release(p.Assignee)
		return Conversation{}, fmt.Errorf("inbox: transfer: %w", err)
	}
	ib.release(old)
	ib.watchClock(p.PracticeID, c.ID, clockEv)
	if _, err := ib.AddNote(ctx, p.PracticeID, c.ID, p.By, p.Note); err != nil {
		return c, err
	}
	if err := ib.record(ctx, audit.Event{
		PracticeID: p.PracticeID, Actor: p.By, Action: audit.ActionConversationTransferred,
		PatientID: c.PatientID, ContactID: c.ContactID, ConversationID: c.ID,
		Detail: map[string]string{"from_queue": from, "queue": c.Queue, "assignee": c.Assignee},
	}); err != nil {
		return c, err
	}
	ib.publish(ctx, Event{Type: EventConversationTransferred, PracticeID: p.PracticeID, ConversationID: c.ID,
		ContactID: c.ContactID, Queue: c.Queue, Actor: p.By.ID, Target: c.Assignee})
	if c.Assignee == "" {
		c = ib.autoAssign(ctx, ib.log.With(zap.String("practice_id", c.PracticeID)), c, nil)
	}
	return c, nil
}

// Snooze puts a conversation aside until a time: it leaves the queue's open
// list and comes back when WakeSnoozed runs after until, or at once when
// the patient writes. It fails with ErrClosed for a closed conversation.
func (ib *Inbox) Snooze(ctx context.Context, practiceID, conversationID string, until time.Time, by Actor) (Conversation, error) {
	if !until.After(ib.clock.Now()) {
		return Conversation{}, fmt.Errorf("inbox: snooze: %w: until is not in the future", channels.ErrInvalidMessage)
	}
	c, err := ib.store.UpdateConversation(ctx, practiceID, conversationID, func(c *Conversation) error {
		if c.Status == StatusClosed {
			return ErrClosed
		}
		c.Status, c.SnoozedUntil = StatusSnoozed, until
		return nil
	})
	if err != nil {
		return Conversation{}, fmt.Errorf("inbox: snooze: %w", err)
	}
	ib.publish(ctx, Event{Type: EventConversationSnoozed, PracticeID: practiceID, ConversationID: c.ID,
		ContactID: c.ContactID, Queue: c.Queue, Actor: by.ID})
	return c, nil
}

// WakeSnoozed reopens the practice's snoozed conversations whose time has
// come and returns how many it woke. A conversation still awaiting the
// patient's follow-up to an automatic answer (AwaitingReply) is closed as
// contained instead, and not counted. Run it from a ticker on the clock.
func (ib *Inbox) WakeSnoozed(ctx context.Context, practiceID string) (int, error) {
	now := ib.clock.Now()
	woken := 0
	p := &ListConversationsParams{Status: StatusSnoozed, Limit: MaxPageSize}
	for {
		page, err := ib.store.ListConversations(ctx, practiceID, p)
		if err != nil {
			return woken, fmt.Errorf("inbox: wake: %w", err)
		}
		for _, c := range page.Conversations {
			if c.SnoozedUntil.After(now) {
				continue
			}
			if c.AwaitingReply != "" {
				// No answer to "did that answer it?": contained.
				if err := ib.closeUnanswered(ctx, c, now); err != nil {
					return woken, fmt.Errorf("inbox: wake: %w", err)
				}
				continue
			}
			if _, err := ib.reopen(ctx, practiceID, c.ID, serviceActor, StatusSnoozed); err != nil {
				return woken, fmt.Errorf("inbox: wake: %w", err)
			}
			woken++
		}
		if page.Next == "" {
			return woken, nil
		}
		p.Cursor = page.Next
	}
}

// closeUnanswered closes a conversation whose automatic answer got no
// follow-up, unless the patient wrote meanwhile.
func (ib *Inbox) closeUnanswered(ctx context.Context, c Conversation, now time.Time) error {
	changed := false
	c, err := ib.store.UpdateConversation(ctx, c.PracticeID, c.ID, func(c *Conversation) error {
		if c.Status != StatusSnoozed || c.AwaitingReply == "" {
			return nil
		}
		c.Status, c.ClosedAt, c.ClosedBy = StatusClosed, now, serviceActor.ID
		c.SnoozedUntil, c.AwaitingReply = time.Time{}, ""
		changed = true
		return nil
	})
	if err != nil || !changed {
		return err
	}
	return ib.closed(ctx, c, serviceActor)
}

// Reopen opens a closed or snoozed conversation again. A closed one can
// only reopen while its subject has no other open conversation (else
// ErrConflict: the patient has written since, continue there).
func (ib *Inbox) Reopen(ctx context.Context, practiceID, conversationID string, by Actor) (Conversation, error) {
	c, err := ib.reopen(ctx, practiceID, conversationID, by, "")
	if err != nil {
		return Conversation{}, fmt.Errorf("inbox: reopen: %w", err)
	}
	return c, nil
}

// reopen opens a conversation; when only is set it acts only on
// conversations in that status.
func (ib *Inbox) reopen(ctx context.Context, practiceID, conversationID string, by Actor, only ConversationStatus) (Conversation, error) {
	changed, wasClosed := false, false
	c, err := ib.store.UpdateConversation(ctx, practiceID, conversationID, func(c *Conversation) error {
		if c.Status == StatusOpen || (only != "" && c.Status != only) {
			return nil
		}
		wasClosed = c.Status == StatusClosed
		c.Status, c.SnoozedUntil, c.ClosedAt, c.ClosedBy = StatusOpen, time.Time{}, time.Time{}, ""
		changed = true
		return nil
	})
	if err != nil || !changed {
		return c, err
	}
	ib.trackClock(c)
	if wasClosed && c.Assignee != "" {
		// Close released the assignee; the work is theirs again.
		if err := ib.reserve(ctx, c, c.Queue, c.Assignee); err != nil {
			ib.log.Warn("reassignment on reopen failed", zap.String("practice_id", practiceID),
				zap.String("conversation_id", c.ID), zap.Error(err))
		}
	}
	ib.publish(ctx, Event{Type: EventConversationReopened, PracticeID: practiceID, ConversationID: c.ID,
		ContactID: c.ContactID, Queue: c.Queue, Actor: by.ID})
	return c, nil
}

// mentionRE finds @mentions of staff ids in notes.
var mentionRE = regexp.MustCompile(`(?:^|[\s(])@([A-Za-z0-9][A-Za-z0-9._-]{0,63})`)

// Mentions returns the distinct staff ids a note mentions with @id, in
// order of first mention.
func Mentions(text string) []string {
	var out []string
	for _, m := range mentionRE.FindAllStringSubmatch(text, -1) {
		id := trimTrailingPunct(m[1])
		if id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func trimTrailingPunct(s string) string {
	for len(s) > 0 && (s[len(s)-1] == '.' || s[len(s)-1] == '-' || s[len(s)-1] == '_') {
		s = s[:len(s)-1]
	}
	return s
}
