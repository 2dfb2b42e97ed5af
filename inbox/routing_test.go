package inbox_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/routing"
)

// officeRouter routes with the default rules on Monday to Friday, 08:00 to
// 17:00 UTC. The tests start on Monday 15:00, while it is open.
func officeRouter(t *testing.T) *routing.Engine {
	t.Helper()
	cal, err := routing.NewCalendar(routing.DefaultCalendarSpec("UTC"))
	if err != nil {
		t.Fatal(err)
	}
	eng, err := routing.New(routing.DefaultRuleset(), routing.Config{Calendar: cal})
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

func afterHoursSent(f interface{ Sent() []channels.Outbound }) int {
	n := 0
	for _, m := range f.Sent() {
		if strings.Contains(m.Text, "Our office is closed") {
			n++
		}
	}
	return n
}

func TestAfterHoursReplyOncePerClosedPeriod(t *testing.T) {
	e := newEnv(t, func(c *inbox.Config) { c.Router = officeRouter(t) })
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550150")
	e.dir.Add(practice, from, "pat-night")

	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM-open", "hello"))
	if err != nil || r.AfterHoursReply != nil || afterHoursSent(e.sms) != 0 {
		t.Fatalf("in-hours message got an after-hours reply: %+v, %v", r.AfterHoursReply, err)
	}
	e.clock.Advance(4 * time.Hour) // Monday 19:00, closed
	r, err = e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM-night-1", "are you there?"))
	if err != nil {
		t.Fatal(err)
	}
	if r.AfterHoursReply == nil || !r.AfterHoursReply.Automated || afterHoursSent(e.sms) != 1 {
		t.Fatalf("first after-hours message: reply=%+v err=%v", r.AfterHoursReply, r.AfterHoursReplyErr)
	}
	if !strings.Contains(r.AfterHoursReply.Text, "911") {
		t.Errorf("after-hours reply gives no emergency number: %q", r.AfterHoursReply.Text)
	}
	e.clock.Advance(time.Hour)
	r, _ = e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM-night-2", "hello?"))
	if r.AfterHoursReply != nil || afterHoursSent(e.sms) != 1 {
		t.Errorf("second message of the same night got another reply")
	}
	if !r.Conversation.FirstResponseAt.IsZero() {
		t.Errorf("an automatic reply counted as a first response")
	}
	// Tuesday opened and closed again with no message from the patient:
	// Tuesday night is a new closed period.
	e.clock.Advance(24 * time.Hour)
	r, _ = e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM-night-3", "still waiting"))
	if r.AfterHoursReply == nil || afterHoursSent(e.sms) != 2 {
		t.Errorf("next night's first message got no reply (sent %d)", afterHoursSent(e.sms))
	}
}

func TestAfterHoursNeverForEmergencies(t *testing.T) {
	e := newEnv(t, func(c *inbox.Config) { c.Router = officeRouter(t) })
	e.clock.Advance(4 * time.Hour)
	from := mustAddr(t, channels.AddrPhone, "+14155550151")
	r, err := e.ib.Ingest(t.Context(), in(t, channels.SMS, from, "SM-em", "I have chest pain"))
	if err != nil {
		t.Fatal(err)
	}
	if r.AfterHoursReply != nil || afterHoursSent(e.sms) != 0 || r.SafetyReply == nil {
		t.Errorf("emergency after hours: after-hours=%v safety=%v", r.AfterHoursReply != nil, r.SafetyReply != nil)
	}
	// A routine follow-up in the emergency conversation gets none either.
	e.clock.Advance(time.Minute)
	r, _ = e.ib.Ingest(t.Context(), in(t, channels.SMS, from, "SM-em-2", "ok"))
	if r.AfterHoursReply != nil {
		t.Error("after-hours reply in an emergency conversation")
	}
}

// recordingAssigner passes to a roster and remembers the requests.
type recordingAssigner struct {
	*routing.Roster
	mu   sync.Mutex
	reqs []routing.AssignRequest
}

func (a *recordingAssigner) Assign(ctx context.Context, req routing.AssignRequest) (string, error) {
	a.mu.Lock()
	a.reqs = append(a.reqs, req)
	a.mu.Unlock()
	return a.Roster.Assign(ctx, req)
}

func (a *recordingAssigner) last() routing.AssignRequest {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.reqs[len(a.reqs)-1]
}

func newRoster(t *testing.T) *routing.Roster {
	t.Helper()
	r, err := routing.NewRoster(practice, routing.DefaultRuleset(), []routing.Agent{
		{ID: "bea", Roles: []routing.Role{routing.RoleBilling}},
		{ID: "bo", Roles: []routing.Role{routing.RoleBilling}},
		{ID: "nia", Roles: []routing.Role{routing.RoleNurse}},
	}, routing.RosterConfig{Strategy: routing.Sticky(routing.LeastLoaded())})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestIngestAssignsStickyAndReleases(t *testing.T) {
	roster := newRoster(t)
	ra := &recordingAssigner{Roster: roster}
	e := newEnv(t, func(c *inbox.Config) { c.Assigner = ra })
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550160")
	e.dir.Add(practice, from, "pat-a")

	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM-a1", "question about my bill"))
	if err != nil {
		t.Fatal(err)
	}
	first := r.Conversation.Assignee
	if first != "bea" && first != "bo" {
		t.Fatalf("assignee = %q, want a billing agent", first)
	}
	if roster.Load(first) != 1 {
		t.Errorf("load of %s = %d, want 1", first, roster.Load(first))
	}
	if _, err := e.ib.Close(ctx, practice, r.Conversation.ID, inbox.Actor{ID: first, Kind: "staff"}); err != nil {
		t.Fatal(err)
	}
	if roster.Load(first) != 0 {
		t.Errorf("close did not release %s (load %d)", first, roster.Load(first))
	}
	e.clock.Advance(time.Hour)
	r2, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM-a2", "another bill question"))
	if err != nil {
		t.Fatal(err)
	}
	if r2.Conversation.PreviousID != r.Conversation.ID || ra.last().LastAgentID != first {
		t.Errorf("recontact: previous=%q last agent asked=%q, want %q/%q",
			r2.Conversation.PreviousID, ra.last().LastAgentID, r.Conversation.ID, first)
	}
	if r2.Conversation.Assignee != first {
		t.Errorf("recontact assigned to %q, want sticky %q", r2.Conversation.Assignee, first)
	}

	// A transfer to nursing without a person releases the billing agent
	// and offers the conversation to the nurses.
	c, err := e.ib.Transfer(ctx, inbox.TransferParams{PracticeID: practice, ConversationID: r2.Conversation.ID,
		Queue: routing.QueueNursing, Note: "asks about a rash", By: inbox.Actor{ID: first, Kind: "staff"}})
	if err != nil {
		t.Fatal(err)
	}
	if c.Assignee != "nia" || roster.Load(first) != 0 || roster.Load("nia") != 1 {
		t.Errorf("after transfer: assignee=%q load %s=%d nia=%d", c.Assignee, first, roster.Load(first), roster.Load("nia"))
	}
	// A person may not hand it to someone who does not work the queue.
	if _, err := e.ib.Assign(ctx, practice, c.ID, "bo", inbox.Actor{ID: "sup", Kind: "staff"}); !errors.Is(err, routing.ErrNoAgent) {
		t.Errorf("assign to an agent outside the queue: err = %v", err)
	}
	// Staff the roster does not know are accepted; nia is released.
	c, err = e.ib.Assign(ctx, practice, c.ID, "dr-who", inbox.Actor{ID: "sup", Kind: "staff"})
	if err != nil || c.Assignee != "dr-who" || roster.Load("nia") != 0 {
		t.Errorf("assign to an unrostered clinician: %q, %v, nia load %d", c.Assignee, err, roster.Load("nia"))
	}
}

func TestIngestLeavesUnassignedWhenNobodyIsFree(t *testing.T) {
	roster, err := routing.NewRoster(practice, routing.DefaultRuleset(),
		[]routing.Agent{{ID: "bea", Roles: []routing.Role{routing.RoleBilling}, Capacity: 1}}, routing.RosterConfig{})
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, func(c *inbox.Config) { c.Assigner = roster })
	ctx := t.Context()
	a, _ := e.ib.Ingest(ctx, in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550161"), "SM-1", "bill"))
	b, err := e.ib.Ingest(ctx, in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550162"), "SM-2", "bill"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Conversation.Assignee != "bea" || b.Conversation.Assignee != "" {
		t.Errorf("assignees = %q, %q; want bea and none", a.Conversation.Assignee, b.Conversation.Assignee)
	}
}
