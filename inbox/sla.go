package inbox

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

// slaRouter is a Router that exposes its deadlines, such as
// *routing.Engine; with one, pauses move a conversation's
// FirstResponseDue as the SLA clock says.
type slaRouter interface {
	SLA() *routing.SLA
}

// SLAState returns where the conversation's first-response clock is, from
// its SLAEvents alone: idle (never started), running, waiting on the
// patient, or done (answered).
func (c Conversation) SLAState() routing.ClockState {
	st := routing.ClockIdle
	for _, ev := range c.SLAEvents {
		switch {
		case ev.Kind == routing.ClockStarted:
			st = routing.ClockRunning
		case ev.Kind == routing.ClockPaused && st == routing.ClockRunning:
			st = routing.ClockWaiting
		case ev.Kind == routing.ClockResumed && st == routing.ClockWaiting:
			st = routing.ClockRunning
		case ev.Kind == routing.ClockStopped && st != routing.ClockIdle:
			st = routing.ClockDone
		}
	}
	return st
}

// clockUrgency is the urgency a conversation's clock runs on: an
// emergency conversation keeps the emergency target.
func clockUrgency(c *Conversation) triage.Urgency {
	if c.Emergency {
		return triage.UrgencyEmergency
	}
	return c.Urgency
}

// clockEvent records one change of c's SLA clock inside a store update: a start
// drops the events of the previous clock (Status starts afresh there) and
// resets the notice stage, and while no person has answered the deadline
// follows the clock. It returns the event, for the SLA monitor.
func (ib *Inbox) clockEvent(c *Conversation, kind routing.ClockEventKind, at time.Time) routing.ClockEvent {
	ev := routing.ClockEvent{Kind: kind, At: at}
	sla := ib.sla()
	restart := kind == routing.ClockStarted && len(c.SLAEvents) > 0
	if kind == routing.ClockStarted {
		if sla != nil && c.FirstResponseAt.IsZero() && len(c.SLAEvents) > 0 && sla.Status(c.SLAEvents, at).Breached {
			c.SLABreached = true // the restart must not hide the miss
		}
		ev.Queue, ev.Urgency = c.Queue, clockUrgency(c)
		c.SLAEvents, c.SLAStage = nil, 0
	}
	// A new array, never an append into one a reader may share.
	c.SLAEvents = append(slices.Clip(c.SLAEvents), ev)
	if sla != nil && c.FirstResponseAt.IsZero() {
		st := sla.Status(c.SLAEvents, at)
		// A first start keeps an earlier deadline already set (so a store
		// that does not keep the events still never moves it later); a
		// restart, pause or resume moves it as the clock says.
		first := kind == routing.ClockStarted && !restart
		if st.State == routing.ClockRunning && (!first || c.FirstResponseDue.IsZero() || st.Due.Before(c.FirstResponseDue)) {
			c.FirstResponseDue = st.Due
		}
	}
	return ev
}

// sla returns the deadlines of the SLA monitor, else of the router.
func (ib *Inbox) sla() *routing.SLA {
	if m := ib.monitor.Load(); m != nil {
		return m.sla
	}
	if r, ok := ib.router.(slaRouter); ok {
		return r.SLA()
	}
	return nil
}

// watchClock tells the SLA monitor, if one runs, of a clock event.
func (ib *Inbox) watchClock(practiceID, conversationID string, ev routing.ClockEvent) {
	if ev.Kind == "" {
		return
	}
	if m := ib.monitor.Load(); m != nil {
		m.w.Record(practiceID, conversationID, ev)
	}
}

// forgetClock stops the SLA monitor watching a conversation.
func (ib *Inbox) forgetClock(practiceID, conversationID string) {
	if m := ib.monitor.Load(); m != nil {
		m.w.Forget(practiceID, conversationID)
	}
}

// WaitOnPatient records that staff wait on the patient (for a missing
// detail, a photo, a callback number): the conversation's running
// first-response clock pauses until the patient next writes. A clock that
// is not running is left as it is. It fails with ErrClosed for a closed
// conversation, and publishes EventConversationWaiting.
func (ib *Inbox) WaitOnPatient(ctx context.Context, practiceID, conversationID string, by Actor) (Conversation, error) {
	var ev routing.ClockEvent
	c, err := ib.store.UpdateConversation(ctx, practiceID, conversationID, func(c *Conversation) error {
		if c.Status == StatusClosed {
			return ErrClosed
		}
		ev = routing.ClockEvent{}
		if c.SLAState() == routing.ClockRunning {
			ev = ib.clockEvent(c, routing.ClockPaused, ib.clock.Now())
		}
		return nil
	})
	if err != nil {
		return Conversation{}, fmt.Errorf("inbox: wait on patient: %w", err)
	}
	ib.watchClock(practiceID, c.ID, ev)
	ib.publish(ctx, Event{Type: EventConversationWaiting, PracticeID: practiceID, ConversationID: c.ID,
		ContactID: c.ContactID, Queue: c.Queue, Actor: by.ID})
	return c, nil
}
