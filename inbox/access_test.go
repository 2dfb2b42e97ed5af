package inbox_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/routing"
)

// Canary PHI planted in patient messages; it must never reach an error,
// a log line or a masked read.
const (
	canarySSN  = "123-45-6789"
	canaryName = "Zelda Quixworth"
)

func withPerms(p routing.Permissions) func(*inbox.Config) {
	return func(c *inbox.Config) { c.Permissions = &p }
}

var (
	billingClerk = inbox.Principal{ID: "bill-1", Roles: []routing.Role{routing.RoleBilling}}
	nurse        = inbox.Principal{ID: "nurse-1", Roles: []routing.Role{routing.RoleNurse}}
	frontDesk    = inbox.Principal{ID: "fd-1", Roles: []routing.Role{routing.RoleFrontDesk}}
	supervisor   = inbox.Principal{ID: "sup-1", Roles: []routing.Role{routing.RoleSupervisor}}
)

// billingConversation ingests a billing question carrying canary PHI.
func billingConversation(t *testing.T, e *env) inbox.Conversation {
	t.Helper()
	from := mustAddr(t, channels.AddrPhone, "+14155550177")
	e.dir.Add(practice, from, "pat-7")
	r, err := e.ib.Ingest(t.Context(), in(t, channels.SMS, from, "SM-bill",
		"question about my bill, this is "+canaryName+" SSN "+canarySSN))
	if err != nil {
		t.Fatal(err)
	}
	if r.Conversation.Queue != routing.QueueBilling {
		t.Fatalf("queue = %q, want billing", r.Conversation.Queue)
	}
	return r.Conversation
}

func (s *memSink) find(action audit.Action) []audit.Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []audit.Event
	for _, e := range s.events {
		if e.Action == action {
			out = append(out, e)
		}
	}
	return out
}

func TestStaffReadChecksTheQueue(t *testing.T) {
	e := newEnv(t, withPerms(routing.DefaultPermissions(routing.DefaultRuleset())))
	ctx := t.Context()
	c := billingConversation(t, e)

	th, err := e.ib.Staff(billingClerk).Read(ctx, practice, c.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	if th.Redacted || !strings.Contains(th.Messages[0].Text, canarySSN) {
		t.Errorf("billing clerk sees the billing queue in clear: redacted=%v", th.Redacted)
	}

	_, err = e.ib.Staff(nurse).Read(ctx, practice, c.ID, nil)
	var fe *inbox.ForbiddenError
	var de *routing.DeniedError
	if !errors.Is(err, inbox.ErrForbidden) || !errors.Is(err, routing.ErrDenied) || !errors.As(err, &fe) || !errors.As(err, &de) {
		t.Fatalf("nurse reading billing: err = %v, want a ForbiddenError", err)
	}
	if de.Permission != routing.PermReadQueue || de.Queue != routing.QueueBilling || fe.ConversationID != c.ID {
		t.Errorf("denial = %+v / %+v", de, fe)
	}
	for _, canary := range []string{canarySSN, canaryName} {
		if strings.Contains(err.Error(), canary) {
			t.Errorf("error carries PHI: %v", err)
		}
	}
	denied := e.sink.find(audit.ActionAccessDenied)
	if len(denied) != 1 {
		t.Fatalf("access.denied events = %d, want 1", len(denied))
	}
	d := denied[0]
	if d.Outcome != audit.OutcomeDenied || d.Actor.ID != nurse.ID || d.ConversationID != c.ID || d.PracticeID != practice ||
		d.Detail["permission"] != string(routing.PermReadQueue) || d.Detail["queue"] != routing.QueueBilling {
		t.Errorf("access.denied event = %+v", d)
	}
	if err := d.Validate(); err != nil {
		t.Errorf("audit event invalid: %v", err)
	}
}

func TestStaffBreakGlassIsAudited(t *testing.T) {
	e := newEnv(t, withPerms(routing.DefaultPermissions(routing.DefaultRuleset())))
	c := billingConversation(t, e)
	glass := nurse
	glass.BreakGlass = true
	th, err := e.ib.Staff(glass).Read(t.Context(), practice, c.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	if th.Redacted {
		t.Error("break-glass read is redacted")
	}
	viewed := e.sink.find(audit.ActionPHIViewed)
	if len(viewed) == 0 {
		t.Fatal("no phi.viewed event for a break-glass read")
	}
	for _, v := range viewed {
		if v.Detail["break_glass"] != "true" || v.Actor.ID != nurse.ID || v.ConversationID != c.ID {
			t.Errorf("phi.viewed = %+v", v)
		}
	}
	// Front desk may not break the glass.
	fd := frontDesk
	fd.BreakGlass = true
	if _, err := e.ib.Staff(fd).Read(t.Context(), practice, c.ID, nil); !errors.Is(err, inbox.ErrForbidden) {
		t.Errorf("front desk break-glass: err = %v, want forbidden", err)
	}
}

func TestStaffWithoutViewPHISeesRedactedText(t *testing.T) {
	perms := routing.Permissions{routing.RoleFrontDesk: {Queues: []string{"*"}}}
	e := newEnv(t, withPerms(perms))
	c := billingConversation(t, e)
	th, err := e.ib.Staff(frontDesk).Read(t.Context(), practice, c.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !th.Redacted {
		t.Error("Redacted = false for a role without phi.view")
	}
	text := th.Messages[0].Text
	for _, canary := range []string{canarySSN, canaryName} {
		if strings.Contains(text, canary) {
			t.Errorf("masked text still carries %q: %q", canary, text)
		}
	}
	if !strings.Contains(text, "bill") {
		t.Errorf("masked text lost its non-PHI words: %q", text)
	}
	// The store keeps the original.
	m, err := e.store.GetMessage(t.Context(), practice, th.Messages[0].ID)
	if err != nil || !strings.Contains(m.Text, canarySSN) {
		t.Errorf("stored message changed by masking: %v", err)
	}
}

func TestStaffListShowsReadableQueuesOnly(t *testing.T) {
	e := newEnv(t, withPerms(routing.DefaultPermissions(routing.DefaultRuleset())))
	ctx := t.Context()
	billingConversation(t, e)
	from := mustAddr(t, channels.AddrPhone, "+14155550178")
	if _, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM-appt", "need an appointment")); err != nil {
		t.Fatal(err)
	}
	page, err := e.ib.Staff(frontDesk).List(ctx, practice, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Conversations) != 1 || page.Conversations[0].Queue != routing.QueueScheduling {
		t.Errorf("front desk list = %+v, want the scheduling conversation only", page.Conversations)
	}
	if _, err := e.ib.Staff(frontDesk).List(ctx, practice, &inbox.ListConversationsParams{Queue: routing.QueueBilling}); !errors.Is(err, inbox.ErrForbidden) {
		t.Errorf("front desk listing billing: err = %v", err)
	}
	page, err = e.ib.Staff(supervisor).List(ctx, practice, nil)
	if err != nil || len(page.Conversations) != 2 {
		t.Errorf("supervisor list = %d conversations, %v; want 2", len(page.Conversations), err)
	}
}

func TestStaffOperationsAreChecked(t *testing.T) {
	e := newEnv(t, withPerms(routing.DefaultPermissions(routing.DefaultRuleset())))
	ctx := t.Context()
	c := billingConversation(t, e)
	fd := e.ib.Staff(frontDesk)
	checks := map[string]error{}
	_, checks["reply"] = fd.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: c.ID, Text: "hi"})
	_, checks["note"] = fd.Note(ctx, practice, c.ID, "hi")
	_, checks["assign"] = fd.Assign(ctx, practice, c.ID, "fd-1")
	_, checks["transfer"] = fd.Transfer(ctx, inbox.TransferParams{PracticeID: practice, ConversationID: c.ID, Queue: "front-desk", Note: "x"})
	_, checks["close"] = fd.Close(ctx, practice, c.ID)
	_, checks["export"] = fd.Export(ctx, practice, c.ID)
	_, checks["kpis"] = fd.KPIs(ctx, practice, inbox.KPIParams{})
	checks["manage"] = fd.Manage(ctx, practice)
	for op, err := range checks {
		if !errors.Is(err, inbox.ErrForbidden) {
			t.Errorf("front desk %s on billing: err = %v, want forbidden", op, err)
		}
	}
	if n := len(e.sink.find(audit.ActionAccessDenied)); n != len(checks) {
		t.Errorf("access.denied events = %d, want %d", n, len(checks))
	}

	bc := e.ib.Staff(billingClerk)
	m, err := bc.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: c.ID, Text: "We will look into it."})
	if err != nil || m.AuthorID != billingClerk.ID {
		t.Fatalf("billing reply: %+v, %v", m, err)
	}
	if _, err := bc.Close(ctx, practice, c.ID); err != nil {
		t.Fatal(err)
	}
	sup := e.ib.Staff(supervisor)
	th, err := sup.Export(ctx, practice, c.ID)
	if err != nil || len(th.Messages) != 2 || th.Redacted {
		t.Fatalf("supervisor export: %d messages, redacted=%v, %v", len(th.Messages), th.Redacted, err)
	}
	if ex := e.sink.find(audit.ActionPHIExported); len(ex) != 1 || ex[0].Actor.ID != supervisor.ID {
		t.Errorf("phi.exported events = %+v", ex)
	}
	rep, err := sup.KPIs(ctx, practice, inbox.KPIParams{})
	if err != nil || rep.Total.Closed != 1 {
		t.Errorf("supervisor KPIs: closed=%d, %v", rep.Total.Closed, err)
	}
}

func TestStaffWithoutPermissionsChecksNothing(t *testing.T) {
	e := newEnv(t, nil)
	c := billingConversation(t, e)
	th, err := e.ib.Staff(inbox.Principal{ID: "anyone"}).Read(t.Context(), practice, c.ID, nil)
	if err != nil || th.Redacted || len(th.Messages) != 1 {
		t.Errorf("zero config read: %+v, %v", th, err)
	}
	if n := len(e.sink.find(audit.ActionAccessDenied)); n != 0 {
		t.Errorf("access.denied events with no permissions configured: %d", n)
	}
}
