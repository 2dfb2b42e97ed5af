package inbox

import (
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

// joining is how an inbound message changes the conversation it joins:
// Ingest fills it, and the store calls thread within its atomic append.
// It holds only what thread reads, so that the one allocation it costs
// per message stays small, and it carries thread's results back.
type joining struct {
	ib                   *Inbox
	channel              channels.Kind
	patientID, contactID string
	urgency              triage.Urgency
	intent               triage.Intent
	dec                  routing.Decision
	handledBy            string
	awaitReply           time.Duration
	resolve              bool
	now                  time.Time

	// Results: whether the after-hours reply is due, and the SLA clock's
	// change, if any.
	afterHours bool
	clockEv    routing.ClockEvent
}

// thread is the AppendParams.Thread of an inbound message.
func (j *joining) thread(c *Conversation, created bool) error {
	ib, dec, now := j.ib, &j.dec, j.now
	j.clockEv = routing.ClockEvent{}
	c.Channel = j.channel
	if c.Status == StatusSnoozed {
		// The patient wrote: the conversation is back in its queue.
		c.Status, c.SnoozedUntil = StatusOpen, time.Time{}
	}
	if created {
		c.PatientID, c.ContactID = j.patientID, j.contactID
		c.Urgency, c.Intent = triage.UrgencyRoutine, j.intent
	}
	j.afterHours = ib.afterHoursDue(c, *dec, j.handledBy != "", now)
	if j.handledBy != "" && !dec.Emergency {
		if created {
			c.Queue, c.Priority = dec.Queue, dec.Priority
		}
		switch {
		case j.awaitReply > 0:
			// Aside until the patient says whether it helped.
			c.Status, c.SnoozedUntil, c.AwaitingReply = StatusSnoozed, now.Add(j.awaitReply), j.handledBy
		case created || j.resolve:
			// Nothing is left for staff: closed, contained.
			c.Status, c.ClosedAt, c.ClosedBy = StatusClosed, now, serviceActor.ID
			c.SnoozedUntil, c.AwaitingReply = time.Time{}, ""
		}
		return nil
	}
	c.AwaitingReply = "" // a person takes it from here
	// A conversation only ever becomes more urgent by a new message; staff
	// lower it by answering or re-routing.
	rerouted := created || j.urgency.Rank() > c.Urgency.Rank() || c.Queue == "" || (dec.Emergency && !c.Emergency)
	if created || j.urgency.Rank() > c.Urgency.Rank() || c.Queue == "" {
		c.Urgency, c.Intent = j.urgency, j.intent
		c.Queue, c.Priority = dec.Queue, dec.Priority
	}
	c.Emergency = c.Emergency || dec.Emergency
	// The earliest deadline stands until a person answers.
	if c.FirstResponseAt.IsZero() && !dec.FirstResponseDue.IsZero() &&
		(c.FirstResponseDue.IsZero() || dec.FirstResponseDue.Before(c.FirstResponseDue)) {
		c.FirstResponseDue = dec.FirstResponseDue
	}
	// The SLA clock: a new question (or a more urgent one) starts it, a
	// reply from a patient staff were waiting on resumes it.
	switch st := c.SLAState(); {
	case rerouted || st == routing.ClockIdle || st == routing.ClockDone:
		j.clockEv = ib.clockEvent(c, routing.ClockStarted, now)
	case st == routing.ClockWaiting:
		j.clockEv = ib.clockEvent(c, routing.ClockResumed, now)
	}
	return nil
}
