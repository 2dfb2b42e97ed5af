package inbox_test

import (
	"strings"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/phi"
	"github.com/frontdeskhq/frontdesk/routing"
)

// TestNoPHIInNewPaths plants canary PHI through the paths this file's
// features add (after-hours and survey sends that fail, assignment, the
// PHI policy, access denials) and checks every log line and error.
func TestNoPHIInNewPaths(t *testing.T) {
	const canaryName, canarySSN = "Ottoline Vexbridge", "219-09-9999"
	canaries := []string{canaryName, "Vexbridge", canarySSN, "4155550197"}
	perms := routing.DefaultPermissions(routing.DefaultRuleset())
	roster := newRoster(t)
	pol, err := phi.NewPolicy(phi.PolicyConfig{})
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, func(c *inbox.Config) {
		c.Router, c.Assigner, c.Permissions = officeRouter(t), roster, &perms
		c.Policy, c.CSAT = inbox.PHIPolicy(pol), inbox.CSATConfig{Enabled: true}
	})
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550197")
	e.dir.Add(practice, from, "pat-canary")
	text := "this is " + canaryName + ", SSN " + canarySSN + ", question about my bill"
	var errs []error

	e.clock.Advance(4 * time.Hour) // closed: the after-hours reply fails
	e.sms.FailNext(1, channeltest.Rejected("30007"))
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "cn1", text))
	errs = append(errs, err, r.AfterHoursReplyErr)
	_, err = e.ib.Staff(nurse).Read(ctx, practice, r.Conversation.ID, nil)
	errs = append(errs, err)
	_, err = e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID,
		Author: inbox.Actor{ID: "bea"}, Text: text + " your test results are back"})
	errs = append(errs, err)
	_, err = e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID,
		Author: inbox.Actor{ID: "bea"}, Text: "Please check the portal."})
	errs = append(errs, err)
	e.sms.FailNext(1, channeltest.Rejected("30008")) // the survey fails
	_, err = e.ib.Close(ctx, practice, r.Conversation.ID, inbox.Actor{ID: "bea"})
	errs = append(errs, err)

	nonNil := 0
	for _, err := range errs {
		if err == nil {
			continue
		}
		nonNil++
		for _, c := range canaries {
			if strings.Contains(err.Error(), c) {
				t.Errorf("error leaks %q: %v", c, err)
			}
		}
	}
	if nonNil < 3 {
		t.Errorf("only %d error paths exercised", nonNil)
	}
	for _, msg := range []string{"after-hours reply failed", "csat survey not sent"} {
		if e.logs.FilterMessage(msg).Len() == 0 {
			t.Errorf("path %q not exercised", msg)
		}
	}
	for _, entry := range e.logs.All() {
		line := entry.Message
		for k, v := range entry.ContextMap() {
			line += " " + k + "=" + stringify(v)
		}
		for _, c := range canaries {
			if strings.Contains(line, c) {
				t.Errorf("log line leaks %q: %s", c, line)
			}
		}
	}
}
