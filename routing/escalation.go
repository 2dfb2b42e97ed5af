package routing

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/frontdeskhq/frontdesk/triage"
)

// StepAction is what an escalation step does.
type StepAction string

// The escalation actions.
const (
	// StepReroute moves the conversation to Step.Queue.
	StepReroute StepAction = "reroute"
	// StepNotify notifies the staff with Step.Role (a supervisor by
	// default).
	StepNotify StepAction = "notify"
	// StepRaisePriority raises the conversation's priority to at least
	// Step.Priority.
	StepRaisePriority StepAction = "raise_priority"
)

// Step is one escalation step, taken After a deadline has passed.
type Step struct {
	// After is how long past the deadline the step is due, counted like the
	// target (business time unless the target counts all hours). Zero
	// means at the deadline.
	After    time.Duration `json:"-"`
	Action   StepAction    `json:"action"`
	Queue    string        `json:"queue,omitempty"`
	Role     Role          `json:"role,omitempty"`
	Priority int           `json:"priority,omitempty"`
}

// DefaultEscalation notifies a supervisor and raises the priority to
// urgent when a deadline passes.
func DefaultEscalation() []Step {
	return []Step{
		{Action: StepNotify, Role: RoleSupervisor},
		{Action: StepRaisePriority, Priority: PriorityUrgent},
	}
}

func (st Step) check(i int, queues func(string) bool) error {
	where := fmt.Sprintf("escalation step #%d", i+1)
	switch st.Action {
	case StepReroute:
		if st.Queue == "" || (queues != nil && !queues(st.Queue)) {
			return configErr(where, ErrUnknownQueue, "reroute to queue %q, which is not declared", st.Queue)
		}
	case StepNotify:
		if st.Role != "" && !st.Role.Valid() {
			return configErr(where, ErrUnknownRole, "role %q", st.Role)
		}
	case StepRaisePriority:
	default:
		return configErr(where, ErrInvalidConfig, "unknown action %q", st.Action)
	}
	if st.After < 0 || st.After > maxSpan {
		return configErr(where, ErrInvalidConfig, "after must be between 0 and 31 days")
	}
	return nil
}

// NoticeKind is what a Notice announces.
type NoticeKind string

// The notice kinds.
const (
	NoticeWarning   NoticeKind = "sla.warning"   // the deadline is near
	NoticeBreached  NoticeKind = "sla.breached"  // the deadline passed unanswered
	NoticeEscalated NoticeKind = "sla.escalated" // an escalation step is due
)

// Notice is an SLA event for one conversation. It carries ids only.
type Notice struct {
	Kind           NoticeKind
	PracticeID     string
	ConversationID string
	Queue          string
	Urgency        triage.Urgency
	// Due is the first-response deadline; At is when this notice came due.
	Due, At time.Time
	// Step is the escalation step, for NoticeEscalated; Stage is the
	// progress to persist (see Tracked.Stage).
	Step  Step
	Stage int
}

// Tracked is one conversation's SLA clock as the escalator sees it.
type Tracked struct {
	PracticeID     string
	ConversationID string
	Events         []ClockEvent
	// Stage counts the notices already given for the current clock start:
	// 0 none, 1 warned, 2 breached, 2+k after k escalation steps. The
	// inbox persists it with the events so that nothing is announced twice.
	Stage int
}

// Escalate returns the notices that came due for tr by now, in order, with
// tr's new stage, and when the next notice falls due (zero when none will
// unless the clock changes). It is a pure function of its arguments.
func (s *SLA) Escalate(tr Tracked, now time.Time) (notices []Notice, stage int, next time.Time) {
	st := s.Status(tr.Events, now)
	stage = tr.Stage
	if st.State != ClockRunning {
		return nil, stage, time.Time{}
	}
	base := Notice{PracticeID: tr.PracticeID, ConversationID: tr.ConversationID, Queue: st.Queue,
		Urgency: st.Urgency, Due: st.Due}
	due := func(stage int) time.Time {
		switch stage {
		case 0:
			return st.WarnAt
		case 1:
			return st.Due
		}
		return s.add(st.Target, st.Due, s.policy.Escalation[stage-2].After)
	}
	last := 2 + len(s.policy.Escalation)
	for ; stage < last; stage++ {
		at := due(stage)
		if at.After(now) {
			return notices, stage, at
		}
		n := base
		n.At, n.Stage = at, stage+1
		switch stage {
		case 0:
			n.Kind = NoticeWarning
		case 1:
			n.Kind = NoticeBreached
		default:
			n.Kind, n.Step = NoticeEscalated, s.policy.Escalation[stage-2]
		}
		notices = append(notices, n)
	}
	return notices, stage, time.Time{}
}

type stepJSON struct {
	After    string     `json:"after,omitempty"`
	Action   StepAction `json:"action"`
	Queue    string     `json:"queue,omitempty"`
	Role     Role       `json:"role,omitempty"`
	Priority int        `json:"priority,omitempty"`
}

// MarshalJSON writes After as a Go duration string such as "30m".
func (st Step) MarshalJSON() ([]byte, error) {
	j := stepJSON{Action: st.Action, Queue: st.Queue, Role: st.Role, Priority: st.Priority}
	if st.After != 0 {
		j.After = st.After.String()
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (st *Step) UnmarshalJSON(b []byte) error {
	var j stepJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*st = Step{Action: j.Action, Queue: j.Queue, Role: j.Role, Priority: j.Priority}
	if j.After != "" {
		d, err := time.ParseDuration(j.After)
		if err != nil {
			return fmt.Errorf("routing: escalation step: after: %w", err)
		}
		st.After = d
	}
	return nil
}

// sortNotices orders notices by due time, then conversation, then stage.
func sortNotices(ns []Notice) {
	slices.SortFunc(ns, func(a, b Notice) int {
		if c := a.At.Compare(b.At); c != 0 {
			return c
		}
		if c := strings.Compare(a.PracticeID+"\x00"+a.ConversationID, b.PracticeID+"\x00"+b.ConversationID); c != 0 {
			return c
		}
		return a.Stage - b.Stage
	})
}
