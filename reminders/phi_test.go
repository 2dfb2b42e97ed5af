package reminders_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/reminders"
)

// brokenScheduler fails every change, to drive the error paths.
type brokenScheduler struct{ reminders.Scheduler }

var errBroken = errors.New("scheduler down")

func (brokenScheduler) Confirm(context.Context, string, string) (reminders.Appointment, error) {
	return reminders.Appointment{}, errBroken
}

func (brokenScheduler) Cancel(context.Context, reminders.CancelParams) (reminders.Appointment, error) {
	return reminders.Appointment{}, errBroken
}

func TestNoPHIInLogsAuditOrErrors(t *testing.T) {
	canaries := []string{"5555550123", "jane.canary@example.com", "Canary", "078-05-1120", "chest pain"}
	core, logs := observer.New(zapcore.DebugLevel)
	log := zap.New(core)
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	e.policy.Offsets = []time.Duration{24 * time.Hour}
	a := appt("a1", local(2026, 5, 5, 10, 0))
	a.Recipient.Addresses[1] = channels.Address{Kind: channels.AddrEmail, Value: "jane.canary@example.com"}
	e.book(t, a)
	e.sms.FailNext(1, channeltest.Rejected("21211"))
	e.email.FailNext(1, channeltest.ServerError(503))
	d, err := reminders.NewDispatcher(e.store, e.chans(), reminders.DispatcherConfig{Clock: e.clock, Logger: log, Audit: e.audit, Policy: e.policy})
	if err != nil {
		t.Fatal(err)
	}
	e.clock.Set(local(2026, 5, 4, 10, 0))
	runOnce(t, d)
	e.clock.Advance(time.Minute)
	runOnce(t, d)

	r, err := reminders.NewResponder(e.store, brokenScheduler{e.sched}, e.chans(), reminders.ResponderConfig{Clock: e.clock, Logger: log, Audit: e.audit, Policy: e.policy})
	if err != nil {
		t.Fatal(err)
	}
	from := phone
	var errs []error
	for i, text := range []string{"yes, Jane Canary here, SSN 078-05-1120", "cancel please, chest pain", "Canary?"} {
		_, err := r.Handle(t.Context(), from.ContactKey(), channels.Inbound{PracticeID: "p1", Channel: channels.SMS, From: from,
			ProviderID: fmt.Sprint("in-", i), Text: text})
		errs = append(errs, err)
	}
	_, err = reminders.Sync(t.Context(), e.store, e.policy, reminders.Appointment{PracticeID: "p1", ID: "a2", Status: "booked",
		Start: local(2026, 5, 9, 9, 0), TimeZone: "Jane/Canary"}, e.clock.Now())
	errs = append(errs, err)

	var dump strings.Builder
	for _, l := range logs.All() {
		b, _ := json.Marshal(l.ContextMap())
		fmt.Fprintf(&dump, "%s %s\n", l.Message, b)
	}
	b, _ := json.Marshal(e.audit.events)
	dump.Write(b)
	for _, err := range errs {
		if err != nil {
			dump.WriteString(err.Error())
		}
	}
	if logs.FilterMessageSnippet("scheduler failed").Len() == 0 || logs.FilterMessageSnippet("send refused").Len() == 0 || len(e.audit.events) == 0 {
		t.Fatal("nothing logged or audited: the test proves nothing")
	}
	for _, c := range canaries {
		if strings.Contains(dump.String(), c) {
			t.Errorf("PHI %q leaked:\n%s", c, dump.String())
		}
	}
}
