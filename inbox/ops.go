package inbox

import (
	"context"
	"fmt"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
)

// Conversation returns a conversation.
func (ib *Inbox) Conversation(ctx context.Context, practiceID, id string) (Conversation, error) {
	c, err := ib.store.GetConversation(ctx, practiceID, id)
	if err != nil {
		return Conversation{}, fmt.Errorf("inbox: %w", err)
	}
	return c, nil
}

// Conversations lists a practice's conversations, most recent activity
// first; p may be nil.
func (ib *Inbox) Conversations(ctx context.Context, practiceID string, p *ListConversationsParams) (ConversationPage, error) {
	page, err := ib.store.ListConversations(ctx, practiceID, p)
	if err != nil {
		return ConversationPage{}, fmt.Errorf("inbox: %w", err)
	}
	return page, nil
}

// Messages returns a page of a conversation's messages, oldest first, and
// records that reader read them (audit action message.read). p may be nil.
func (ib *Inbox) Messages(ctx context.Context, practiceID, conversationID string, reader Actor, p *ListMessagesParams) (MessagePage, error) {
	page, err := ib.store.ListMessages(ctx, practiceID, conversationID, p)
	if err != nil {
		return MessagePage{}, fmt.Errorf("inbox: %w", err)
	}
	if len(page.Messages) > 0 {
		first := page.Messages[0]
		if err := ib.record(ctx, audit.Event{
			PracticeID: practiceID, Actor: reader, Action: audit.ActionMessageRead,
			ContactID: first.ContactID, ConversationID: conversationID,
			Detail: map[string]string{"count": fmt.Sprint(len(page.Messages))},
		}); err != nil {
			return MessagePage{}, err
		}
	}
	return page, nil
}

// AddNote adds an internal note to a conversation: staff talking to staff
// beside the patient thread. Notes are never sent. Each staff member the
// note mentions with @id gets an EventMention.
func (ib *Inbox) AddNote(ctx context.Context, practiceID, conversationID string, author Actor, text string) (Message, error) {
	if text == "" {
		return Message{}, fmt.Errorf("inbox: note: %w", channels.ErrEmptyText)
	}
	conv, err := ib.store.GetConversation(ctx, practiceID, conversationID)
	if err != nil {
		return Message{}, fmt.Errorf("inbox: note: %w", err)
	}
	now := ib.clock.Now()
	res, err := ib.store.AppendMessage(ctx, AppendParams{Message: Message{
		PracticeID: practiceID, ID: ib.newID(), ConversationID: conv.ID, ContactID: conv.ContactID,
		Direction: Note, Type: "note", Text: text, AuthorID: author.ID, CreatedAt: now,
		Mentions: Mentions(text),
	}})
	if err != nil {
		return Message{}, fmt.Errorf("inbox: note: %w", err)
	}
	ib.publish(ctx, Event{Type: EventNoteAdded, PracticeID: practiceID, ConversationID: conv.ID,
		MessageID: res.Message.ID, Queue: conv.Queue, Actor: author.ID})
	for _, who := range res.Message.Mentions {
		ib.publish(ctx, Event{Type: EventMention, PracticeID: practiceID, ConversationID: conv.ID,
			MessageID: res.Message.ID, Queue: conv.Queue, Actor: author.ID, Target: who})
	}
	return res.Message, nil
}

// Assign gives a conversation to a staff member (empty assignee
// unassigns), audited as conversation.assigned. With an Assigner, the new
// assignee must work the conversation's queue (an error wrapping
// routing.ErrNoAgent otherwise; staff the roster does not know are
// accepted) and the previous one is released.
func (ib *Inbox) Assign(ctx context.Context, practiceID, conversationID, assignee string, by Actor) (Conversation, error) {
	cur, err := ib.store.GetConversation(ctx, practiceID, conversationID)
	if err != nil {
		return Conversation{}, fmt.Errorf("inbox: assign: %w", err)
	}
	if cur.Status == StatusClosed {
		return Conversation{}, fmt.Errorf("inbox: assign: %w", ErrClosed)
	}
	if assignee != cur.Assignee {
		if err := ib.reserve(ctx, cur, cur.Queue, assignee); err != nil {
			return Conversation{}, err
		}
	}
	var old string
	c, err := ib.store.UpdateConversation(ctx, practiceID, conversationID, func(c *Conversation) error {
		if c.Status == StatusClosed {
			return ErrClosed
		}
		old, c.Assignee = c.Assignee, assignee
		return nil
	})
	if err != nil {
		if assignee != cur.Assignee {
			ib.release(assignee)
		}
		return Conversation{}, fmt.Errorf("inbox: assign: %w", err)
	}
	if old != assignee {
		ib.release(old)
	}
	if err := ib.record(ctx, auditAssigned(c, by)); err != nil {
		return c, err
	}
	ib.publish(ctx, Event{Type: EventConversationAssigned, PracticeID: practiceID, ConversationID: c.ID,
		ContactID: c.ContactID, Queue: c.Queue, Actor: by.ID, Target: assignee})
	return c, nil
}

func auditAssigned(c Conversation, by Actor) audit.Event {
	return audit.Event{
		PracticeID: c.PracticeID, Actor: by, Action: audit.ActionConversationAssigned,
		PatientID: c.PatientID, ContactID: c.ContactID, ConversationID: c.ID,
		Detail: map[string]string{"assignee": c.Assignee, "queue": c.Queue},
	}
}

// Close closes a conversation. The patient's next message opens a new one.
// The assignee stays on record (a returning patient is offered to them
// again) and is released to the Assigner. With Config.CSAT, a patient a
// person answered gets the survey; with Config.QA, the close may sample
// the conversation for review (QA.Sampled).
func (ib *Inbox) Close(ctx context.Context, practiceID, conversationID string, by Actor) (Conversation, error) {
	survey := false
	c, err := ib.store.UpdateConversation(ctx, practiceID, conversationID, func(c *Conversation) error {
		if c.Status == StatusClosed {
			return ErrClosed
		}
		now := ib.clock.Now()
		c.Status, c.ClosedAt, c.ClosedBy, c.SnoozedUntil, c.AwaitingReply = StatusClosed, now, by.ID, time.Time{}, ""
		survey = ib.surveyDue(c, now)
		c.QA.Sampled = c.QA.Sampled || ib.sampled(c)
		return nil
	})
	if err != nil {
		return Conversation{}, fmt.Errorf("inbox: close: %w", err)
	}
	if err := ib.closed(ctx, c, by); err != nil {
		return c, err
	}
	if survey {
		ib.sendSurvey(ctx, c)
	}
	return c, nil
}

// closed does what follows a close: the assignee is released, the SLA
// clock forgotten, the close audited and published.
func (ib *Inbox) closed(ctx context.Context, c Conversation, by Actor) error {
	ib.release(c.Assignee)
	ib.forgetClock(c.PracticeID, c.ID)
	if err := ib.record(ctx, audit.Event{
		PracticeID: c.PracticeID, Actor: by, Action: audit.ActionConversationClosed,
		PatientID: c.PatientID, ContactID: c.ContactID, ConversationID: c.ID,
	}); err != nil {
		return err
	}
	ib.publish(ctx, Event{Type: EventConversationClosed, PracticeID: c.PracticeID, ConversationID: c.ID,
		ContactID: c.ContactID, Queue: c.Queue, Actor: by.ID})
	return nil
}
