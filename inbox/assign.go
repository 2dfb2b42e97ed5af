package inbox

import (
	"context"
	"errors"
	"fmt"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

// Assigner gives conversations to staff: *routing.Roster satisfies it
// (one roster per practice; wrap several behind one Assigner for many).
// Assign picks an agent for new work and counts it against the agent's
// load, returning an error wrapping routing.ErrNoAgent when nobody can
// take it; AssignTo records a person's choice; Release gives a unit of
// load back. Implementations must be safe for concurrent use.
type Assigner interface {
	Assign(ctx context.Context, req routing.AssignRequest) (string, error)
	AssignTo(ctx context.Context, req routing.AssignRequest, agentID string) error
	Release(agentID string)
}

// assignRequest describes c to the Assigner. The previous conversation's
// assignee, reached through PreviousID, makes a sticky strategy give a
// returning patient the agent they had.
func (ib *Inbox) assignRequest(ctx context.Context, c Conversation, lang string) routing.AssignRequest {
	req := routing.AssignRequest{PracticeID: c.PracticeID, ConversationID: c.ID, PatientID: c.PatientID,
		Queue: c.Queue, Language: lang, At: ib.clock.Now()}
	if c.PreviousID != "" {
		if prev, err := ib.store.GetConversation(ctx, c.PracticeID, c.PreviousID); err == nil {
			req.LastAgentID = prev.Assignee
		}
	}
	return req
}

// autoAssign offers an open, unassigned conversation to the Assigner. It
// is best effort: with nobody free the conversation waits in its queue,
// and a failure is logged with ids.
func (ib *Inbox) autoAssign(ctx context.Context, log *zap.Logger, c Conversation, tr *triage.Result) Conversation {
	if ib.assigner == nil || c.Status != StatusOpen || c.Assignee != "" {
		return c
	}
	lang := ""
	if tr != nil {
		lang = tr.Language
	}
	agent, err := ib.assigner.Assign(ctx, ib.assignRequest(ctx, c, lang))
	if err != nil {
		if !errors.Is(err, routing.ErrNoAgent) {
			log.Warn("assignment failed", zap.String("conversation_id", c.ID), zap.Error(err))
		}
		return c
	}
	taken := false
	updated, err := ib.store.UpdateConversation(ctx, c.PracticeID, c.ID, func(c *Conversation) error {
		if c.Assignee != "" || c.Status != StatusOpen {
			taken = true // someone was quicker
			return nil
		}
		c.Assignee = agent
		return nil
	})
	if err != nil || taken {
		ib.assigner.Release(agent)
		if err != nil {
			log.Warn("recording assignment failed", zap.String("conversation_id", c.ID), zap.Error(err))
			return c
		}
		return updated
	}
	if err := ib.record(ctx, auditAssigned(updated, serviceActor)); err != nil {
		log.Warn("assignment not audited", zap.String("conversation_id", c.ID), zap.Error(err))
	}
	ib.publish(ctx, Event{Type: EventConversationAssigned, PracticeID: c.PracticeID, ConversationID: c.ID,
		ContactID: c.ContactID, Queue: updated.Queue, Actor: serviceActor.ID, Target: agent})
	return updated
}

// reserve tells the Assigner that a person gave the conversation to
// agent. An agent the roster does not know (a supervisor, say) is not
// counted; an agent who does not work the queue is refused.
func (ib *Inbox) reserve(ctx context.Context, c Conversation, queue, agent string) error {
	if ib.assigner == nil || agent == "" {
		return nil
	}
	req := ib.assignRequest(ctx, c, "")
	req.Queue = queue
	if err := ib.assigner.AssignTo(ctx, req, agent); err != nil && !errors.Is(err, routing.ErrUnknownAgent) {
		return fmt.Errorf("inbox: assign: %w", err)
	}
	return nil
}

// release gives an agent's unit of load back when a conversation leaves
// them (closed, or handed to someone else).
func (ib *Inbox) release(agent string) {
	if ib.assigner != nil && agent != "" {
		ib.assigner.Release(agent)
	}
}
