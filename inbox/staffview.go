package inbox

import (
	"context"
	"fmt"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/routing/knowledge"
)

// List lists the practice's conversations the principal may read, most
// recent activity first. With p.Queue set, the principal must read that
// queue (else a *ForbiddenError); without it, conversations of queues the
// principal may not read are left out of the page, so a page can hold
// fewer than p.Limit conversations while Next is still set. List shows no
// message text, so nothing is masked.
func (s Staff) List(ctx context.Context, practiceID string, p *ListConversationsParams) (ConversationPage, error) {
	if p != nil && p.Queue != "" {
		if _, err := s.check(ctx, practiceID, routing.PermReadQueue, p.Queue, nil); err != nil {
			return ConversationPage{}, err
		}
		return s.ib.Conversations(ctx, practiceID, p)
	}
	page, err := s.ib.Conversations(ctx, practiceID, p)
	if err != nil || s.ib.perms == nil {
		return page, err
	}
	kept := page.Conversations[:0]
	for _, c := range page.Conversations {
		// Filtering is not an access attempt: no audit either way, and
		// break-glass is for a named conversation, not for browsing.
		who := s.who
		who.BreakGlass = false
		if _, err := s.ib.perms.Check(who, routing.PermReadQueue, c.Queue); err == nil {
			kept = append(kept, c)
		}
	}
	page.Conversations = kept
	return page, nil
}

// Thread is a conversation with a page of its messages, as a Staff view
// reads it.
type Thread struct {
	Conversation Conversation
	Messages     []Message
	// Next is the cursor of the next page of messages, empty on the last.
	Next string
	// Redacted reports that message text and subjects were masked because
	// the principal may not see PHI in the conversation's queue.
	Redacted bool
}

// Read returns a conversation and a page of its messages (p may be nil).
// The principal must read the conversation's queue; without PermViewPHI
// there, the text and subject of every message are redacted with
// Config.Redactor. The read is audited as message.read.
func (s Staff) Read(ctx context.Context, practiceID, conversationID string, p *ListMessagesParams) (Thread, error) {
	c, err := s.conversation(ctx, practiceID, conversationID)
	if err != nil {
		return Thread{}, err
	}
	clear, err := s.mayViewPHI(ctx, practiceID, &c)
	if err != nil {
		return Thread{}, err
	}
	page, err := s.ib.Messages(ctx, practiceID, conversationID, s.actor(), p)
	if err != nil {
		return Thread{}, err
	}
	t := Thread{Conversation: c, Messages: page.Messages, Next: page.Next, Redacted: !clear}
	if !clear {
		if err := s.mask(ctx, t.Messages); err != nil {
			return Thread{}, err
		}
	}
	return t, nil
}

// Export returns a whole conversation, every message, for taking out of
// the product (a records request, a QA review). It needs PermExport; the
// text is redacted unless the principal may also see PHI in the
// conversation's queue. It is audited as phi.exported.
func (s Staff) Export(ctx context.Context, practiceID, conversationID string) (Thread, error) {
	c, err := s.ib.store.GetConversation(ctx, practiceID, conversationID)
	if err != nil {
		return Thread{}, fmt.Errorf("inbox: export: %w", err)
	}
	if _, err := s.check(ctx, practiceID, routing.PermExport, "", &c); err != nil {
		return Thread{}, err
	}
	clear, err := s.mayViewPHI(ctx, practiceID, &c)
	if err != nil {
		return Thread{}, err
	}
	t := Thread{Conversation: c, Redacted: !clear}
	lp := &ListMessagesParams{Limit: MaxPageSize}
	for {
		page, err := s.ib.store.ListMessages(ctx, practiceID, conversationID, lp)
		if err != nil {
			return Thread{}, fmt.Errorf("inbox: export: %w", err)
		}
		t.Messages = append(t.Messages, page.Messages...)
		if page.Next == "" {
			break
		}
		lp.Cursor = page.Next
	}
	if !clear {
		if err := s.mask(ctx, t.Messages); err != nil {
			return Thread{}, err
		}
	}
	err = s.ib.record(ctx, audit.Event{PracticeID: practiceID, Actor: s.actor(), Action: audit.ActionPHIExported,
		PatientID: c.PatientID, ContactID: c.ContactID, ConversationID: c.ID,
		Detail: map[string]string{"count": fmt.Sprint(len(t.Messages)), "redacted": fmt.Sprint(!clear)}})
	if err != nil {
		return Thread{}, err
	}
	return t, nil
}

// Reply sends a reply as the principal, who must read the conversation's
// queue; p.Author is set to the principal. See Inbox.Reply.
func (s Staff) Reply(ctx context.Context, p ReplyParams) (Message, error) {
	if _, err := s.conversation(ctx, p.PracticeID, p.ConversationID); err != nil {
		return Message{}, err
	}
	p.Author = s.actor()
	return s.ib.Reply(ctx, p)
}

// Note adds an internal note as the principal; see Inbox.AddNote.
func (s Staff) Note(ctx context.Context, practiceID, conversationID, text string) (Message, error) {
	if _, err := s.conversation(ctx, practiceID, conversationID); err != nil {
		return Message{}, err
	}
	return s.ib.AddNote(ctx, practiceID, conversationID, s.actor(), text)
}

// Assign gives the conversation to assignee (empty unassigns); the
// principal must read its queue. See Inbox.Assign.
func (s Staff) Assign(ctx context.Context, practiceID, conversationID, assignee string) (Conversation, error) {
	if _, err := s.conversation(ctx, practiceID, conversationID); err != nil {
		return Conversation{}, err
	}
	return s.ib.Assign(ctx, practiceID, conversationID, assignee, s.actor())
}

// Transfer hands the conversation off as the principal, who must read its
// current queue (not the target's: any team may hand work to another).
// See Inbox.Transfer.
func (s Staff) Transfer(ctx context.Context, p TransferParams) (Conversation, error) {
	if _, err := s.conversation(ctx, p.PracticeID, p.ConversationID); err != nil {
		return Conversation{}, err
	}
	p.By = s.actor()
	return s.ib.Transfer(ctx, p)
}

// Close closes the conversation as the principal; see Inbox.Close.
func (s Staff) Close(ctx context.Context, practiceID, conversationID string) (Conversation, error) {
	if _, err := s.conversation(ctx, practiceID, conversationID); err != nil {
		return Conversation{}, err
	}
	return s.ib.Close(ctx, practiceID, conversationID, s.actor())
}

// Snooze snoozes the conversation as the principal; see Inbox.Snooze.
func (s Staff) Snooze(ctx context.Context, practiceID, conversationID string, until time.Time) (Conversation, error) {
	if _, err := s.conversation(ctx, practiceID, conversationID); err != nil {
		return Conversation{}, err
	}
	return s.ib.Snooze(ctx, practiceID, conversationID, until, s.actor())
}

// WaitOnPatient pauses the conversation's SLA clock as the principal; see
// Inbox.WaitOnPatient.
func (s Staff) WaitOnPatient(ctx context.Context, practiceID, conversationID string) (Conversation, error) {
	if _, err := s.conversation(ctx, practiceID, conversationID); err != nil {
		return Conversation{}, err
	}
	return s.ib.WaitOnPatient(ctx, practiceID, conversationID, s.actor())
}

// Reopen reopens the conversation as the principal; see Inbox.Reopen.
func (s Staff) Reopen(ctx context.Context, practiceID, conversationID string) (Conversation, error) {
	if _, err := s.conversation(ctx, practiceID, conversationID); err != nil {
		return Conversation{}, err
	}
	return s.ib.Reopen(ctx, practiceID, conversationID, s.actor())
}

// KPIs returns the practice's KPI report; it is a report out of the
// product, so it needs PermExport. See Inbox.KPIs.
func (s Staff) KPIs(ctx context.Context, practiceID string, p KPIParams) (KPIReport, error) {
	if _, err := s.check(ctx, practiceID, routing.PermExport, "", nil); err != nil {
		return KPIReport{}, err
	}
	return s.ib.KPIs(ctx, practiceID, p)
}

// Draft returns a suggested reply for the conversation, whose queue the
// principal must read; see Inbox.Draft.
func (s Staff) Draft(ctx context.Context, practiceID, conversationID string, vars map[string]string) (knowledge.Draft, error) {
	if _, err := s.conversation(ctx, practiceID, conversationID); err != nil {
		return knowledge.Draft{}, err
	}
	return s.ib.Draft(ctx, practiceID, conversationID, vars)
}

// ReviewQA scores a sampled conversation as the principal, who must read
// its queue; see Inbox.ReviewQA.
func (s Staff) ReviewQA(ctx context.Context, practiceID, conversationID string, criteria map[string]bool, accurate bool) (Conversation, error) {
	if _, err := s.conversation(ctx, practiceID, conversationID); err != nil {
		return Conversation{}, err
	}
	return s.ib.ReviewQA(ctx, practiceID, conversationID, QAScore{Reviewer: s.actor(), Criteria: criteria, Accurate: accurate})
}

// Manage checks that the principal may change the practice's settings
// (routing, staff, knowledge base), for callers that apply such changes;
// it returns a *ForbiddenError, audited, when not.
func (s Staff) Manage(ctx context.Context, practiceID string) error {
	_, err := s.check(ctx, practiceID, routing.PermManage, "", nil)
	return err
}
