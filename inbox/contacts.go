package inbox

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
)

// ErrNotLinked: UnlinkContact found no merge to undo.
var ErrNotLinked = errors.New("inbox: contact has no merge to undo")

// LinkContact merges a contact into one of the vendor's patients, after
// staff or a verification step (date of birth and name, say) confirmed who
// it is. The contact becomes verified; its open conversation joins the
// patient's open conversation (its messages move there) or, when the
// patient has none, becomes the patient's. The merge is audited and can be
// undone with UnlinkContact.
func (ib *Inbox) LinkContact(ctx context.Context, practiceID, contactID, patientID string, by Actor) (Contact, error) {
	if patientID == "" {
		return Contact{}, fmt.Errorf("inbox: link: %w: empty patient id", ErrNotFound)
	}
	c, err := ib.store.GetContact(ctx, practiceID, contactID)
	if err != nil {
		return Contact{}, fmt.Errorf("inbox: link: %w", err)
	}
	if c.Verified && c.PatientID == patientID {
		return c, nil
	}
	if c.Verified && c.PatientID != "" {
		return Contact{}, fmt.Errorf("inbox: link: %w: contact is linked to another patient; unlink it first", ErrConflict)
	}
	link := &Link{PatientID: patientID, PrevPatientID: c.PatientID, PrevVerified: c.Verified, By: by.ID, At: ib.clock.Now()}
	from, err := ib.store.FindOpenConversation(ctx, practiceID, SubjectFor(c.PatientID, c.ID))
	switch {
	case errors.Is(err, ErrNotFound):
	case err != nil:
		return Contact{}, fmt.Errorf("inbox: link: %w", err)
	default:
		link.FromConversationID = from.ID
		if err := ib.joinPatient(ctx, from, c.ID, patientID, link); err != nil {
			return Contact{}, err
		}
	}
	c, err = ib.store.UpdateContact(ctx, practiceID, contactID, func(c *Contact) error {
		c.PatientID, c.Verified, c.Link = patientID, true, link
		return nil
	})
	if err != nil {
		return Contact{}, fmt.Errorf("inbox: link: %w", err)
	}
	if err := ib.record(ctx, audit.Event{
		PracticeID: practiceID, Actor: by, Action: audit.ActionContactMerged, PatientID: patientID,
		ContactID: contactID, ConversationID: link.ToConversationID,
	}); err != nil {
		return c, err
	}
	ib.publish(ctx, Event{Type: EventContactLinked, PracticeID: practiceID, ContactID: contactID,
		ConversationID: link.ToConversationID, Actor: by.ID})
	return c, nil
}

// joinPatient moves a contact's open conversation to the patient: into the
// patient's open conversation when there is one, else by re-subjecting it.
func (ib *Inbox) joinPatient(ctx context.Context, from Conversation, contactID, patientID string, link *Link) error {
	subject := SubjectFor(patientID, "")
	to, err := ib.store.FindOpenConversation(ctx, from.PracticeID, subject)
	switch {
	case errors.Is(err, ErrNotFound):
		_, err = ib.store.UpdateConversation(ctx, from.PracticeID, from.ID, func(c *Conversation) error {
			c.Subject, c.PatientID = subject, patientID
			return nil
		})
		if err != nil {
			return fmt.Errorf("inbox: link: %w", err)
		}
		link.ToConversationID = from.ID
		return nil
	case err != nil:
		return fmt.Errorf("inbox: link: %w", err)
	}
	if to.ID == from.ID {
		link.ToConversationID = to.ID
		return nil
	}
	if _, err := ib.store.MoveMessages(ctx, from.PracticeID, MoveParams{From: from.ID, To: to.ID, ContactID: contactID}); err != nil {
		return fmt.Errorf("inbox: link: %w", err)
	}
	if _, err := ib.store.UpdateConversation(ctx, from.PracticeID, to.ID, func(c *Conversation) error {
		mergeTriage(c, from)
		return nil
	}); err != nil {
		return fmt.Errorf("inbox: link: %w", err)
	}
	if _, err := ib.store.UpdateConversation(ctx, from.PracticeID, from.ID, func(c *Conversation) error {
		c.Status, c.ClosedAt = StatusClosed, ib.clock.Now()
		return nil
	}); err != nil {
		return fmt.Errorf("inbox: link: %w", err)
	}
	link.ToConversationID = to.ID
	return nil
}

// mergeTriage keeps the more urgent routing of two conversations in c.
func mergeTriage(c *Conversation, other Conversation) {
	if other.Urgency.Rank() > c.Urgency.Rank() {
		c.Urgency, c.Intent, c.Queue, c.Priority = other.Urgency, other.Intent, other.Queue, other.Priority
	}
	c.Emergency = c.Emergency || other.Emergency
	if !other.FirstResponseDue.IsZero() && (c.FirstResponseDue.IsZero() || other.FirstResponseDue.Before(c.FirstResponseDue)) {
		c.FirstResponseDue = other.FirstResponseDue
	}
}

// UnlinkContact undoes the contact's latest LinkContact: the contact gets
// back its previous patient id and verification, and its messages in the
// patient's conversation move back to a conversation of its own. It
// returns ErrNotLinked when there is no merge to undo. The undo is audited.
func (ib *Inbox) UnlinkContact(ctx context.Context, practiceID, contactID string, by Actor) (Contact, error) {
	c, err := ib.store.GetContact(ctx, practiceID, contactID)
	if err != nil {
		return Contact{}, fmt.Errorf("inbox: unlink: %w", err)
	}
	link := c.Link
	if link == nil {
		return Contact{}, fmt.Errorf("inbox: unlink: %w", ErrNotLinked)
	}
	restoredSubject := SubjectFor(link.PrevPatientID, c.ID)
	if link.ToConversationID != "" {
		to, err := ib.store.GetConversation(ctx, practiceID, link.ToConversationID)
		if err != nil {
			return Contact{}, fmt.Errorf("inbox: unlink: %w", err)
		}
		if to.ID == link.FromConversationID {
			// The contact's conversation became the patient's: give it back.
			_, err = ib.store.UpdateConversation(ctx, practiceID, to.ID, func(cv *Conversation) error {
				cv.Subject, cv.PatientID = restoredSubject, link.PrevPatientID
				return nil
			})
		} else {
			err = ib.restoreMoved(ctx, practiceID, c.ID, link, restoredSubject)
		}
		if err != nil {
			return Contact{}, fmt.Errorf("inbox: unlink: %w", err)
		}
	}
	c, err = ib.store.UpdateContact(ctx, practiceID, contactID, func(c *Contact) error {
		c.PatientID, c.Verified, c.Link = link.PrevPatientID, link.PrevVerified, nil
		return nil
	})
	if err != nil {
		return Contact{}, fmt.Errorf("inbox: unlink: %w", err)
	}
	if err := ib.record(ctx, audit.Event{
		PracticeID: practiceID, Actor: by, Action: audit.ActionContactUnmerged, PatientID: link.PatientID,
		ContactID: contactID, ConversationID: link.FromConversationID,
	}); err != nil {
		return c, err
	}
	ib.publish(ctx, Event{Type: EventContactUnlinked, PracticeID: practiceID, ContactID: contactID,
		ConversationID: link.FromConversationID, Actor: by.ID})
	return c, nil
}

// restoreMoved reopens the contact's old conversation (unless its subject
// has an open one again) and moves the contact's messages back into it.
func (ib *Inbox) restoreMoved(ctx context.Context, practiceID, contactID string, link *Link, subject string) error {
	back, err := ib.store.UpdateConversation(ctx, practiceID, link.FromConversationID, func(cv *Conversation) error {
		cv.Status, cv.ClosedAt = StatusOpen, time.Time{}
		return nil
	})
	if errors.Is(err, ErrConflict) {
		back, err = ib.store.FindOpenConversation(ctx, practiceID, subject)
	}
	if err != nil {
		return err
	}
	_, err = ib.store.MoveMessages(ctx, practiceID, MoveParams{From: link.ToConversationID, To: back.ID, ContactID: contactID})
	return err
}

// VerifyContact links a provisional contact to the patient its identity
// claim matches, through the Directory's IdentityVerifier. A claim that
// matches no single patient returns ErrNotFound and changes nothing; the
// attempt is audited either way, by contact id only.
func (ib *Inbox) VerifyContact(ctx context.Context, practiceID, contactID string, claim IdentityClaim, by Actor) (Contact, error) {
	v, ok := ib.dir.(IdentityVerifier)
	if !ok {
		return Contact{}, fmt.Errorf("inbox: verify: %w", ErrNotVerifiable)
	}
	if _, err := ib.store.GetContact(ctx, practiceID, contactID); err != nil {
		return Contact{}, fmt.Errorf("inbox: verify: %w", err)
	}
	patientID, err := v.VerifyIdentity(ctx, practiceID, claim)
	if err != nil {
		if aerr := ib.record(ctx, audit.Event{
			PracticeID: practiceID, Actor: by, Action: audit.ActionContactMerged, Outcome: audit.OutcomeFailure,
			ContactID: contactID, Detail: map[string]string{"step": "identity verification"},
		}); aerr != nil {
			return Contact{}, aerr
		}
		return Contact{}, fmt.Errorf("inbox: verify: %w", err)
	}
	return ib.LinkContact(ctx, practiceID, contactID, patientID, by)
}
