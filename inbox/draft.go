package inbox

import (
	"context"
	"fmt"

	"github.com/frontdeskhq/frontdesk/routing/knowledge"
	"github.com/frontdeskhq/frontdesk/triage"
)

// Draft asks the Drafter (Config.Drafter, default a knowledge
// TemplateDrafter with no knowledge base) for a suggested reply to the
// conversation's latest patient message. vars fill the template
// placeholders ("practice", "agent"). The draft is only returned, never
// sent: a person edits it and sends it with Reply.
func (ib *Inbox) Draft(ctx context.Context, practiceID, conversationID string, vars map[string]string) (knowledge.Draft, error) {
	c, err := ib.store.GetConversation(ctx, practiceID, conversationID)
	if err != nil {
		return knowledge.Draft{}, fmt.Errorf("inbox: draft: %w", err)
	}
	req := knowledge.DraftRequest{PracticeID: practiceID, ConversationID: c.ID, Vars: vars,
		Triage: triage.Result{Intent: c.Intent, Urgency: c.Urgency}}
	last, err := ib.lastMessage(ctx, c, func(m *Message) bool { return m.Direction == Inbound })
	if err != nil {
		return knowledge.Draft{}, fmt.Errorf("inbox: draft: %w", err)
	}
	if last != nil {
		req.Question = last.Text
		if last.Triage != nil {
			req.Triage, req.Language = *last.Triage, last.Triage.Language
		}
	}
	d, err := ib.drafter.Draft(ctx, req)
	if err != nil {
		return knowledge.Draft{}, fmt.Errorf("inbox: draft: %w", err)
	}
	return d, nil
}
