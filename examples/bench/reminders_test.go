package main

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp/whatsapptest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/reminders"
)

// TestReminderProviderFaults dispatches WhatsApp reminders through the
// real adapter to a fake Graph API that answers 429 with Retry-After,
// 503s, times out and refuses, while fake time passes between dispatch
// runs: every reminder ends either sent and accepted by the provider
// exactly once, or not sent with a reason (failed after its attempts, or
// skipped when every channel refused it) and never accepted.
func TestReminderProviderFaults(t *testing.T) {
	const n, maxAttempts = 40, 3
	ctx := t.Context()
	start := time.Date(2026, 5, 5, 10, 0, 0, 0, reminderZone)
	clk := clocktest.NewFake(start.Add(-25 * time.Hour))
	graph := whatsapptest.NewServer("token")
	t.Cleanup(graph.Close)
	wa, err := whatsapp.New(whatsapp.Config{AccessToken: "token", BaseURL: graph.URL, Clock: clk,
		HTTPClient: &http.Client{Timeout: 200 * time.Millisecond}, // the one real wait: two hung requests
		Numbers:    []whatsapp.Number{{PhoneNumberID: phoneNumberID, PracticeID: practiceID}}})
	if err != nil {
		t.Fatal(err)
	}
	pol := reminders.Policy{Offsets: []time.Duration{24 * time.Hour}, Channels: []channels.Kind{channels.WhatsApp},
		Practices: map[string]string{practiceID: "Sunrise Clinic"}}
	store := reminders.NewMemoryStore()
	phones := map[string]string{} // WhatsApp id -> appointment id
	for i := range n {
		id := fmt.Sprintf("appt-%02d", i)
		phone := fmt.Sprintf("+1555%07d", 2000000+i)
		phones[phone[1:]] = id
		a := reminders.Appointment{PracticeID: practiceID, ID: id, PatientID: "pat-" + id, Type: "checkup",
			Status: reminders.StatusBooked, Start: start, End: start.Add(30 * time.Minute), TimeZone: reminderZone.String(),
			Recipient: reminders.Recipient{Addresses: []channels.Address{{Kind: channels.AddrPhone, Value: phone}},
				Channels: []channels.Kind{channels.WhatsApp}}}
		if _, err := reminders.Sync(ctx, store, pol, a, clk.Now()); err != nil {
			t.Fatal(err)
		}
	}
	graph.FailNext(8, whatsapptest.Throughput)
	graph.FailNext(8, whatsapptest.Unavailable)
	graph.FailNext(2, whatsapptest.Timeout)
	graph.FailNext(3, whatsapptest.InvalidParameter)
	graph.FailNext(4, whatsapptest.Unavailable)

	d, err := reminders.NewDispatcher(store, []channels.Channel{wa}, reminders.DispatcherConfig{Clock: clk, Policy: pol, Workers: 4,
		MaxAttempts: maxAttempts})
	if err != nil {
		t.Fatal(err)
	}
	clk.Advance(time.Hour) // the reminders are due
	retried := 0
	for round := 0; ; round++ {
		if round > 200 {
			t.Fatal("reminders still pending after 200 dispatch runs")
		}
		st, err := d.RunOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		retried += st.Retried
		if st.Claimed == 0 && pendingReminders(t, store, n) == 0 {
			break
		}
		clk.Advance(5 * time.Minute)
	}
	if retried == 0 {
		t.Error("no send was retried: the faults did not bite")
	}

	accepted := map[string]int{}
	for _, r := range graph.Sent() {
		accepted[phones[r.To()]]++
	}
	sent, failed, skipped := 0, 0, 0
	for i := range n {
		id := fmt.Sprintf("appt-%02d", i)
		rs, err := store.Reminders(ctx, practiceID, id)
		if err != nil || len(rs) != 1 {
			t.Fatalf("%s: %d reminders, %v", id, len(rs), err)
		}
		switch r := rs[0]; r.State {
		case reminders.StateSent:
			sent++
			if accepted[id] != 1 {
				t.Errorf("%s sent, but accepted %d times by the provider", id, accepted[id])
			}
		case reminders.StateFailed, reminders.StateSkipped:
			if r.State == reminders.StateFailed {
				failed++
			} else {
				skipped++
			}
			if accepted[id] != 0 || r.Reason == "" {
				t.Errorf("%s %s (reason %q), but accepted %d times", id, r.State, r.Reason, accepted[id])
			}
		default:
			t.Errorf("%s ends %s", id, r.State)
		}
	}
	if skipped != 3 {
		t.Errorf("%d reminders skipped, want the 3 the provider refused", skipped)
	}
	t.Logf("%d sent, %d failed after %d attempts, %d refused; %d retries", sent, failed, maxAttempts, skipped, retried)
}

// pendingReminders counts the reminders not yet sent, failed, skipped or
// voided.
func pendingReminders(t *testing.T, store reminders.Store, n int) int {
	t.Helper()
	left := 0
	for i := range n {
		rs, err := store.Reminders(t.Context(), practiceID, fmt.Sprintf("appt-%02d", i))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			if r.State == reminders.StateScheduled {
				left++
			}
		}
	}
	return left
}
