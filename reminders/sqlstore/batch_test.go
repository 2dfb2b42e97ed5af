package sqlstore_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/reminders/reminderstest"
	"github.com/frontdeskhq/frontdesk/reminders/sqlstore"
)

// testCompleteBatch records one batch holding a result of each kind: the
// owner's, an impostor's, an unknown reminder's, an invalid one and the
// same reminder twice. Each gets its own answer.
func testCompleteBatch(t *testing.T, s *sqlstore.Store) {
	a := reminderstest.Appointment("p1", "a1", reminderstest.T0.Add(72*time.Hour))
	var rs []reminders.Reminder
	for i := range 4 {
		rs = append(rs, reminderstest.Reminder(a, fmt.Sprintf("r%d", i), reminderstest.T0))
	}
	if _, err := s.SaveAppointment(t.Context(), reminders.SaveParams{Appointment: a, Reminders: rs}); err != nil {
		t.Fatal(err)
	}
	if cs, err := s.Claim(t.Context(), reminders.ClaimParams{Now: reminderstest.T0, Owner: "w", Lease: time.Hour, Limit: 10}); err != nil || len(cs) != 4 {
		t.Fatalf("claimed %d, %v", len(cs), err)
	}
	sent := func(id, owner string) reminders.CompleteParams {
		return reminders.CompleteParams{PracticeID: "p1", ID: id, Owner: owner, State: reminders.StateSent, Attempts: 1,
			Channel: channels.SMS, ContactKey: "tel:+15555550100", ProviderID: "prov-" + id, SentAt: reminderstest.T0}
	}
	retry := reminders.CompleteParams{PracticeID: "p1", ID: "r2", Owner: "w", State: reminders.StateScheduled,
		DueAt: reminderstest.T0.Add(time.Hour), Attempts: 1, Reason: "send:unavailable"}
	ps := []reminders.CompleteParams{
		sent("r0", "w"),
		sent("r1", "impostor"),
		retry,
		sent("nope", "w"),
		{PracticeID: "p1", ID: "r3", Owner: "w"}, // no state
		sent("r0", "w"),                          // twice: the lease ended with the first
	}
	errs, err := s.CompleteBatch(t.Context(), ps)
	if err != nil || len(errs) != len(ps) {
		t.Fatalf("CompleteBatch: %d answers, %v", len(errs), err)
	}
	for i, want := range []error{nil, reminders.ErrLeaseLost, nil, reminders.ErrNotFound, reminders.ErrInvalid, reminders.ErrLeaseLost} {
		if (want == nil) != (errs[i] == nil) || (want != nil && !errors.Is(errs[i], want)) {
			t.Errorf("result %d (%s): %v, want %v", i, ps[i].ID, errs[i], want)
		}
	}
	got, err := s.Reminders(t.Context(), "p1", "a1")
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]reminders.Reminder{}
	for _, r := range got {
		byID[r.ID] = r
	}
	if r := byID["r0"]; r.State != reminders.StateSent || r.ProviderID != "prov-r0" || r.LeaseOwner != "" {
		t.Errorf("r0: %+v", r)
	}
	if r := byID["r1"]; r.State != reminders.StateScheduled || r.LeaseOwner != "w" {
		t.Errorf("r1 changed by an impostor: %+v", r)
	}
	if r := byID["r2"]; r.State != reminders.StateScheduled || !r.DueAt.Equal(retry.DueAt) || r.Attempts != 1 || r.LeaseOwner != "" {
		t.Errorf("r2 not rescheduled: %+v", r)
	}
	if errs, err := s.CompleteBatch(t.Context(), nil); err != nil || len(errs) != 0 {
		t.Errorf("empty batch: %v %v", errs, err)
	}
}

func TestCompleteBatchSQLite(t *testing.T) {
	t.Parallel()
	testCompleteBatch(t, newSQLite(t))
}

func TestCompleteBatchPostgres(t *testing.T) {
	t.Parallel()
	testCompleteBatch(t, newPostgres(t))
}

// testSamePatientInOneBatch: a patient's 48h and 24h reminders are due in
// one claimed batch (the dispatcher ran late). The limit of one automated
// message a day sees the first send though it is not yet recorded when
// the second is decided: one goes, the other does not (deferred, or
// skipped when waiting would pass the appointment).
func testSamePatientInOneBatch(t *testing.T, s *sqlstore.Store) {
	pol := reminders.Policy{Offsets: []time.Duration{48 * time.Hour, 24 * time.Hour}}
	for i := range 20 {
		a := appointment("p1", fmt.Sprintf("a%03d", i))
		if _, err := reminders.Sync(t.Context(), s, pol, a, planned); err != nil {
			t.Fatal(err)
		}
	}
	clk := clocktest.NewFake(dispatchAt)
	sms := channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: clk})
	d, err := reminders.NewDispatcher(s, []channels.Channel{sms}, reminders.DispatcherConfig{Clock: clk, Policy: pol, Batch: 100, Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	st, err := d.RunOnce(t.Context())
	if err != nil || st.Claimed != 40 || st.Sent != 20 || st.Deferred+st.Skipped != 20 || len(sms.Sent()) != 20 {
		t.Fatalf("%+v %v, %d messages; want 40 claimed, 20 sent, 20 held back", st, err, len(sms.Sent()))
	}
}

func TestSamePatientInOneBatchPostgres(t *testing.T) {
	t.Parallel()
	testSamePatientInOneBatch(t, newPostgres(t))
}

func TestSamePatientInOneBatchSQLite(t *testing.T) {
	t.Parallel()
	testSamePatientInOneBatch(t, newSQLite(t))
}
