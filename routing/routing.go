package routing

import (
	"context"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/triage"
)

// The default queues.
const (
	QueueFrontDesk  = "front-desk"
	QueueScheduling = "scheduling"
	QueueBilling    = "billing"
	QueueNursing    = "nursing"
)

// Input is what a Router decides on.
type Input struct {
	PracticeID string
	Intent     triage.Intent
	Urgency    triage.Urgency
	RedFlags   []triage.RedFlag
	Channel    channels.Kind
	Language   string
	// Attributes are facts about the patient the vendor supplies.
	Attributes map[string]string
	// At is when the message arrived, for time-of-day rules and deadlines.
	At time.Time
}

// Decision is where a message goes.
type Decision struct {
	Queue string
	// Priority orders work within a queue; higher first. Emergencies get
	// PriorityEmergency.
	Priority int
	// Emergency marks the conversation for immediate clinical attention.
	Emergency bool
	// FirstResponseDue is when a person must have answered.
	FirstResponseDue time.Time
	// Rule names the rule that matched, for the record, or NoRule when
	// none did.
	Rule string
	// AfterHours reports that the practice was closed at Input.At, by its
	// calendar.
	AfterHours bool
	// AutoReply, when not empty, is the automatic after-hours reply for the
	// patient, in the patient's language, giving the emergency numbers. It
	// is never set for emergencies, which get the inbox's safety reply.
	AutoReply string
}

// Priorities used by the default router.
const (
	PriorityRoutine   = 0
	PriorityUrgent    = 50
	PriorityEmergency = 100
)

// Router decides where a message goes. Implementations must be safe for
// concurrent use, and must always return a queue: a message that matches
// nothing goes to the front desk, never nowhere.
type Router interface {
	Route(ctx context.Context, in Input) (Decision, error)
}

// Default returns the zero-configuration router of the design: the
// DefaultRuleset with no calendar. Its first-response deadlines are counted
// in wall-clock time (WallClockSLAPolicy): 15 minutes for emergencies, 4
// hours for urgent messages and 24 hours for routine ones.
func Default() Router { return defaultEngine }

var defaultEngine = mustNew(DefaultRuleset(), Config{})
