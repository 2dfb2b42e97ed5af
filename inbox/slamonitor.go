package inbox

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/routing"
)

// SLAMonitorConfig configures an SLAMonitor. The zero value works with a
// router that exposes its deadlines (a *routing.Engine).
type SLAMonitorConfig struct {
	// SLA computes deadlines and escalation steps. Default the router's
	// (routing.Engine.SLA); required for other routers.
	SLA *routing.SLA
	// Logger logs notices that could not be applied, with ids only.
	// Default the inbox's logger.
	Logger *zap.Logger
}

// SLAMonitor watches the first-response clocks of open conversations, on
// the inbox's clock, and acts on their notices: a warning before the
// deadline (EventSLAWarning), the breach (EventSLABreached), then each
// escalation step of the SLA policy (EventSLAEscalated): a reroute
// transfers the conversation with a handoff note (its clock restarts for
// the new team), a raised priority is stored, a notify step names the role
// to tell in Event.Role. Each notice's stage is stored on the conversation
// (SLAStage), so a restarted monitor gives none twice.
//
// An inbox has at most one monitor; the inbox keeps it informed of every
// clock change. Call Load for each practice at start-up, then Run.
type SLAMonitor struct {
	ib  *Inbox
	sla *routing.SLA
	w   *routing.Watcher
	log *zap.Logger
}

// ErrNoSLA: NewSLAMonitor has no deadlines to watch (no SLAMonitorConfig.SLA
// and a router that does not expose one), or the inbox already has a
// monitor.
var ErrNoSLA = errors.New("inbox: no SLA to monitor")

// NewSLAMonitor returns the SLA monitor of ib.
func NewSLAMonitor(ib *Inbox, cfg SLAMonitorConfig) (*SLAMonitor, error) {
	sla := cfg.SLA
	if sla == nil {
		if r, ok := ib.router.(slaRouter); ok {
			sla = r.SLA()
		}
	}
	if sla == nil {
		return nil, fmt.Errorf("%w: router has no SLA and none is configured", ErrNoSLA)
	}
	log := cfg.Logger
	if log == nil {
		log = ib.log
	}
	m := &SLAMonitor{ib: ib, sla: sla, log: log.Named("sla")}
	m.w = routing.NewWatcher(sla, routing.NotifierFunc(m.apply), routing.WatcherConfig{Clock: ib.clock, Logger: log})
	if !ib.monitor.CompareAndSwap(nil, m) {
		return nil, fmt.Errorf("%w: the inbox already has an SLA monitor", ErrNoSLA)
	}
	return m, nil
}

// Load starts watching the practice's open and snoozed conversations whose
// clock runs or waits on the patient, with their stored events and stage,
// and returns how many it watches.
func (m *SLAMonitor) Load(ctx context.Context, practiceID string) (int, error) {
	n := 0
	for _, st := range []ConversationStatus{StatusOpen, StatusSnoozed} {
		p := &ListConversationsParams{Status: st, Limit: MaxPageSize}
		for {
			page, err := m.ib.store.ListConversations(ctx, practiceID, p)
			if err != nil {
				return n, fmt.Errorf("inbox: sla load: %w", err)
			}
			for _, c := range page.Conversations {
				if m.track(c) {
					n++
				}
			}
			if page.Next == "" {
				break
			}
			p.Cursor = page.Next
		}
	}
	return n, nil
}

// Run delivers notices as they fall due on the inbox's clock until ctx
// ends, and returns ctx.Err().
func (m *SLAMonitor) Run(ctx context.Context) error { return m.w.Run(ctx) }

// Check delivers every notice due now and returns when the next falls due
// (zero when none is pending), for callers that schedule it themselves.
func (m *SLAMonitor) Check(ctx context.Context) time.Time { return m.w.Check(ctx) }

// Status returns the SLA clock of a conversation at the inbox's now.
func (m *SLAMonitor) Status(c Conversation) routing.ClockStatus {
	return m.sla.Status(c.SLAEvents, m.ib.clock.Now())
}

func (m *SLAMonitor) track(c Conversation) bool {
	if st := c.SLAState(); st != routing.ClockRunning && st != routing.ClockWaiting {
		return false
	}
	m.w.Track(routing.Tracked{PracticeID: c.PracticeID, ConversationID: c.ID, Events: c.SLAEvents, Stage: c.SLAStage})
	return true
}

// trackClock re-watches a conversation that opens again.
func (ib *Inbox) trackClock(c Conversation) {
	if m := ib.monitor.Load(); m != nil {
		m.track(c)
	}
}

// apply acts on one notice. It is the watcher's Notifier.
func (m *SLAMonitor) apply(ctx context.Context, n routing.Notice) error {
	step := n.Step
	escalated := n.Kind == routing.NoticeEscalated
	c, err := m.ib.store.UpdateConversation(ctx, n.PracticeID, n.ConversationID, func(c *Conversation) error {
		if c.Status == StatusClosed {
			return ErrClosed
		}
		c.SLAStage = max(c.SLAStage, n.Stage)
		if n.Kind == routing.NoticeBreached && c.FirstResponseAt.IsZero() {
			c.SLABreached = true
		}
		if escalated && step.Action != routing.StepReroute {
			c.Escalations++ // a reroute is counted by its transfer
		}
		if escalated && step.Action == routing.StepRaisePriority {
			c.Priority = max(c.Priority, step.Priority)
		}
		return nil
	})
	if errors.Is(err, ErrClosed) {
		m.w.Forget(n.PracticeID, n.ConversationID)
		return nil
	}
	if err != nil {
		return fmt.Errorf("inbox: sla notice: %w", err)
	}
	ev := Event{PracticeID: c.PracticeID, ConversationID: c.ID, ContactID: c.ContactID, Queue: c.Queue,
		Actor: serviceActor.ID, At: n.At}
	switch n.Kind {
	case routing.NoticeWarning:
		ev.Type = EventSLAWarning
	case routing.NoticeBreached:
		ev.Type = EventSLABreached
	default:
		ev.Type, ev.Step = EventSLAEscalated, string(step.Action)
		if step.Action == routing.StepNotify {
			ev.Role = string(step.Role)
			if ev.Role == "" {
				ev.Role = string(routing.RoleSupervisor)
			}
		}
		if step.Action == routing.StepReroute && step.Queue != c.Queue {
			moved, err := m.ib.Transfer(ctx, TransferParams{PracticeID: c.PracticeID, ConversationID: c.ID,
				Queue: step.Queue, By: serviceActor,
				Note: fmt.Sprintf("Automatic SLA escalation: no first response by the deadline in %s; moved to %s.", c.Queue, step.Queue)})
			if err != nil {
				return fmt.Errorf("inbox: sla reroute: %w", err)
			}
			ev.Queue = moved.Queue
		}
	}
	m.ib.publish(ctx, ev)
	return nil
}
