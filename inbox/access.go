package inbox

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/routing"
)

// ErrForbidden is wrapped by every *ForbiddenError: the principal may not
// do what it asked.
var ErrForbidden = errors.New("inbox: forbidden")

// Principal is the staff member a Staff view acts for; see
// routing.Principal.
type Principal = routing.Principal

// ForbiddenError is returned by a Staff view when the principal lacks a
// permission. It wraps both ErrForbidden and the *routing.DeniedError
// (itself wrapping routing.ErrDenied), and carries ids only.
type ForbiddenError struct {
	ConversationID string
	Denied         *routing.DeniedError
}

// Error names the principal, permission, queue and conversation.
func (e *ForbiddenError) Error() string {
	if e.ConversationID != "" {
		return fmt.Sprintf("inbox: forbidden: conversation %q: %v", e.ConversationID, e.Denied)
	}
	return fmt.Sprintf("inbox: forbidden: %v", e.Denied)
}

// Unwrap returns ErrForbidden and the routing denial.
func (e *ForbiddenError) Unwrap() []error { return []error{ErrForbidden, e.Denied} }

// Staff is the Inbox as one staff member may use it: every method checks
// the principal's permissions (Config.Permissions) before it reads or
// changes anything, masks PHI for principals who may read a queue but not
// see PHI in it, and audits what it did as the principal. A refusal returns
// a *ForbiddenError and writes an access.denied audit event; an access that
// only break-glass allowed is audited as phi.viewed with break_glass=true.
//
// With no Config.Permissions every check passes and nothing is masked, as
// with the Inbox's own methods. A Staff is a small value; make one per
// request with Inbox.Staff.
type Staff struct {
	ib  *Inbox
	who Principal
}

// Staff returns the view of the inbox that who may use.
func (ib *Inbox) Staff(who Principal) Staff { return Staff{ib: ib, who: who} }

// Principal returns the staff member the view acts for.
func (s Staff) Principal() Principal { return s.who }

// actor is the principal as the audit trail names it.
func (s Staff) actor() Actor {
	a := Actor{ID: s.who.ID, Kind: "staff"}
	if len(s.who.Roles) > 0 {
		a.Role = string(s.who.Roles[0])
	}
	return a
}

// check asks the permissions whether the principal may have perm in queue,
// for the conversation c (nil for practice-wide permissions). A refusal is
// audited and returned as a *ForbiddenError; a break-glass grant is
// audited as phi.viewed.
func (s Staff) check(ctx context.Context, practiceID string, perm routing.Permission, queue string, c *Conversation) (routing.Access, error) {
	if s.ib.perms == nil {
		return routing.Access{}, nil
	}
	ev := audit.Event{PracticeID: practiceID, Actor: s.actor(),
		Detail: map[string]string{"permission": string(perm)}}
	if queue != "" {
		ev.Detail["queue"] = queue
	}
	convID := ""
	if c != nil {
		convID = c.ID
		ev.ConversationID, ev.PatientID, ev.ContactID = c.ID, c.PatientID, c.ContactID
	}
	acc, err := s.ib.perms.Check(s.who, perm, queue)
	if err != nil {
		var denied *routing.DeniedError
		if !errors.As(err, &denied) {
			return acc, fmt.Errorf("inbox: access: %w", err)
		}
		ev.Action, ev.Outcome = audit.ActionAccessDenied, audit.OutcomeDenied
		forbidden := &ForbiddenError{ConversationID: convID, Denied: denied}
		if aerr := s.ib.record(ctx, ev); aerr != nil {
			return acc, errors.Join(forbidden, aerr)
		}
		return acc, forbidden
	}
	if acc.BreakGlass {
		ev.Action = audit.ActionPHIViewed
		ev.Detail["break_glass"] = "true"
		if err := s.ib.record(ctx, ev); err != nil {
			return acc, err
		}
	}
	return acc, nil
}

// mayViewPHI reports whether the principal sees PHI unredacted in queue.
// Unlike check, a "no" is not an error (the text is masked instead) and
// is not audited as a denial.
func (s Staff) mayViewPHI(ctx context.Context, practiceID string, c *Conversation) (bool, error) {
	if s.ib.perms == nil {
		return true, nil
	}
	acc, err := s.ib.perms.Check(s.who, routing.PermViewPHI, c.Queue)
	switch {
	case errors.Is(err, routing.ErrDenied):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("inbox: access: %w", err)
	case acc.BreakGlass:
		err := s.ib.record(ctx, audit.Event{PracticeID: practiceID, Actor: s.actor(), Action: audit.ActionPHIViewed,
			ConversationID: c.ID, PatientID: c.PatientID, ContactID: c.ContactID,
			Detail: map[string]string{"permission": string(routing.PermViewPHI), "queue": c.Queue, "break_glass": "true"}})
		return err == nil, err
	}
	return true, nil
}

// conversation loads a conversation and checks that the principal may
// read (and so work) its queue.
func (s Staff) conversation(ctx context.Context, practiceID, id string) (Conversation, error) {
	c, err := s.ib.store.GetConversation(ctx, practiceID, id)
	if err != nil {
		return Conversation{}, fmt.Errorf("inbox: %w", err)
	}
	if _, err := s.check(ctx, practiceID, routing.PermReadQueue, c.Queue, &c); err != nil {
		return Conversation{}, err
	}
	return c, nil
}

// mask redacts the PHI in the text and subject of messages, in place.
func (s Staff) mask(ctx context.Context, ms []Message) error {
	for i := range ms {
		for _, f := range []*string{&ms[i].Text, &ms[i].Subject} {
			if *f == "" {
				continue
			}
			red, err := s.ib.redactor.Redact(ctx, *f)
			if err != nil {
				// Never fall back to the clear text.
				return fmt.Errorf("inbox: mask message %s: %w", ms[i].ID, err)
			}
			*f = red
		}
	}
	return nil
}
