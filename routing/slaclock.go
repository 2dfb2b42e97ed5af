package routing

import (
	"time"

	"github.com/frontdeskhq/frontdesk/triage"
)

// ClockEventKind is what happened to an SLA clock.
type ClockEventKind string

// The clock events. The inbox records them as the conversation moves and
// persists them; Status recomputes the clock from them at any time.
const (
	// ClockStarted starts (or, for a re-route or a raised urgency,
	// restarts) the clock for Queue and Urgency.
	ClockStarted ClockEventKind = "started"
	// ClockPaused stops counting while the conversation waits on the
	// patient.
	ClockPaused ClockEventKind = "paused"
	// ClockResumed counts again: the patient wrote back.
	ClockResumed ClockEventKind = "resumed"
	// ClockStopped ends the clock: a person answered.
	ClockStopped ClockEventKind = "stopped"
)

// ClockEvent is one change of an SLA clock.
type ClockEvent struct {
	Kind ClockEventKind `json:"kind"`
	At   time.Time      `json:"at"`
	// Queue and Urgency select the target; set on ClockStarted.
	Queue   string         `json:"queue,omitempty"`
	Urgency triage.Urgency `json:"urgency,omitempty"`
}

// ClockState is where an SLA clock is.
type ClockState string

// The clock states.
const (
	ClockIdle    ClockState = "idle" // never started
	ClockRunning ClockState = "running"
	ClockWaiting ClockState = "waiting" // paused, waiting on the patient
	ClockDone    ClockState = "done"    // stopped by a first response
)

// ClockStatus is an SLA clock computed at one instant.
type ClockStatus struct {
	State   ClockState
	Queue   string
	Urgency triage.Urgency
	Target  Target
	// Started is when the current target started.
	Started time.Time
	// Budget is the counted time the target allows; Elapsed what has been
	// counted (business time unless the target counts all hours, never
	// while waiting on the patient); Remaining is Budget-Elapsed, negative
	// once overdue.
	Budget, Elapsed, Remaining time.Duration
	// Due is when the budget runs out (or ran out); WarnAt when the warning
	// share of the budget is used (when the clock resumed, if it had
	// already been used). Both are zero unless the clock is running.
	Due, WarnAt time.Time
	// Breached reports whether the budget ran out before a first response.
	Breached bool
}

// Status computes the clock described by events (in time order; events
// after now are ignored) at now. It is a pure function: the inbox persists
// the events and asks again whenever it needs to.
func (s *SLA) Status(events []ClockEvent, now time.Time) ClockStatus {
	st := ClockStatus{State: ClockIdle}
	var runFrom time.Time // start of the current running segment
	for _, ev := range events {
		if ev.At.After(now) {
			break
		}
		switch ev.Kind {
		case ClockStarted:
			t := s.Target(ev.Queue, ev.Urgency)
			st = ClockStatus{State: ClockRunning, Queue: ev.Queue, Urgency: ev.Urgency, Target: t,
				Started: ev.At, Budget: s.Budget(t, ev.At)}
			runFrom = ev.At
		case ClockPaused:
			if st.State == ClockRunning {
				st.Elapsed += s.between(st.Target, runFrom, ev.At)
				st.State = ClockWaiting
			}
		case ClockResumed:
			if st.State == ClockWaiting {
				st.State, runFrom = ClockRunning, ev.At
			}
		case ClockStopped:
			if st.State == ClockRunning {
				st.Elapsed += s.between(st.Target, runFrom, ev.At)
			}
			if st.State != ClockIdle {
				st.State = ClockDone
			}
		}
	}
	if st.State == ClockIdle {
		return st
	}
	if st.State == ClockRunning {
		before := st.Elapsed
		st.Elapsed += s.between(st.Target, runFrom, now)
		st.Due = s.add(st.Target, runFrom, st.Budget-before)
		st.WarnAt = runFrom // resumed past the warning point: warn at once
		if warn := time.Duration(float64(st.Budget) * s.policy.WarnAt); warn > before {
			st.WarnAt = s.add(st.Target, runFrom, warn-before)
		}
		if st.Budget-before <= 0 {
			st.Due = runFrom
		}
	}
	st.Remaining = st.Budget - st.Elapsed
	st.Breached = st.Remaining < 0 || (st.State == ClockRunning && st.Remaining == 0)
	return st
}
