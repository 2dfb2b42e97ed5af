// Package reminderstest is the conformance suite for reminders.Store (and
// reminders.WaitlistStore). Every store, the memory one, the SQL ones and
// a vendor's own, runs it:
//
//	func TestConformance(t *testing.T) {
//		reminderstest.Run(t, func(t *testing.T) reminders.Store { return newStore(t) })
//	}
//
// Each case gets a fresh store from the factory (which registers its own
// cleanup) and runs as a parallel subtest through the public interface.
// Waitlist cases run when the store also implements WaitlistStore.
package reminderstest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/reminders"

	"github.com/frontdeskhq/frontdesk/internal/suite"
)

// T0 is the time the suite's records are built around.
var T0 = time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)

// Run runs every conformance case against stores made by newStore.
func Run(t *testing.T, newStore func(t *testing.T) reminders.Store) {
	t.Helper()
	suite.Run(t, newStore, map[string]func(*testing.T, reminders.Store){
		"SaveAndGet":                        testSaveAndGet,
		"SaveTwiceKeepsState":               testSaveTwice,
		"SaveVoidsDroppedReminders":         testSaveVoids,
		"SaveRejectsForeignReminder":        testSaveRejects,
		"ClaimOnlyDue":                      testClaimDue,
		"LeaseExcludesOthersUntilItRunsOut": testLease,
		"CompleteNeedsLease":                testCompleteLease,
		"RetryComesDueAgain":                testRetry,
		"ConcurrentClaimsNeverOverlap":      testConcurrentClaims,
		"OpenReminderAndUpdate":             testOpenReminder,
		"RecentSends":                       testRecentSends,
		"ClaimFillsRecentSends":             testClaimRecent,
		"TenantIsolation":                   testTenancy,
		"CanceledContext":                   testCanceled,
	})
	probe := newStore(t)
	if _, ok := probe.(reminders.WaitlistStore); !ok {
		return
	}
	newWaitlist := func(t *testing.T) reminders.WaitlistStore { return newStore(t).(reminders.WaitlistStore) }
	suite.Run(t, newWaitlist, map[string]func(*testing.T, reminders.WaitlistStore){
		"WaitlistOrder":    testWaitlistOrder,
		"OfferClaimedOnce": testOfferClaimedOnce,
		"OfferExpires":     testOfferExpires,
		"DueOffers":        testDueOffers,
	})
}

// Appointment returns a booked appointment of practice p starting at
// start, with an SMS number.
func Appointment(p, id string, start time.Time) reminders.Appointment {
	return reminders.Appointment{PracticeID: p, ID: id, PatientID: "pat-" + id, Type: "checkup",
		Status: reminders.StatusBooked, Start: start, End: start.Add(30 * time.Minute), TimeZone: "America/New_York",
		Recipient: reminders.Recipient{Addresses: []channels.Address{{Kind: channels.AddrPhone, Value: "+15555550100"}}}}
}

// Reminder returns a scheduled reminder of a, due at due.
func Reminder(a reminders.Appointment, id string, due time.Time) reminders.Reminder {
	return reminders.Reminder{PracticeID: a.PracticeID, ID: id, AppointmentID: a.ID, PatientID: a.PatientID,
		Offset: a.Start.Sub(due), DueAt: due, State: reminders.StateScheduled, CreatedAt: T0}
}

var cmpTime = cmpopts.EquateApproxTime(time.Millisecond)

func save(t *testing.T, s reminders.Store, a reminders.Appointment, rs ...reminders.Reminder) reminders.SaveResult {
	t.Helper()
	res, err := s.SaveAppointment(t.Context(), reminders.SaveParams{Appointment: a, Reminders: rs})
	if err != nil {
		t.Fatalf("SaveAppointment: %v", err)
	}
	return res
}

func claim(t *testing.T, s reminders.Store, now time.Time, owner string, limit int) []reminders.Claimed {
	t.Helper()
	c, err := s.Claim(t.Context(), reminders.ClaimParams{Now: now, Owner: owner, Lease: time.Minute, Limit: limit})
	if err != nil {
		t.Fatalf("Claim: %v", err)
	}
	return c
}

func ids(cs []reminders.Claimed) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Reminder.ID)
	}
	return out
}

func sent(t *testing.T, s reminders.Store, c reminders.Claimed, owner string, at time.Time) {
	t.Helper()
	err := s.Complete(t.Context(), reminders.CompleteParams{PracticeID: c.Reminder.PracticeID, ID: c.Reminder.ID, Owner: owner,
		State: reminders.StateSent, Attempts: 1, Channel: channels.SMS, ContactKey: "tel:+15555550100", ProviderID: "p-" + c.Reminder.ID, SentAt: at})
	if err != nil {
		t.Fatalf("Complete: %v", err)
	}
}

func testSaveAndGet(t *testing.T, s reminders.Store) {
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	res := save(t, s, a, Reminder(a, "r1", T0.Add(24*time.Hour)), Reminder(a, "r2", T0.Add(48*time.Hour)))
	if res.Added != 2 || res.Voided != 0 {
		t.Errorf("first save: added %d voided %d, want 2 and 0", res.Added, res.Voided)
	}
	got, err := s.Appointment(t.Context(), "p1", "a1")
	if err != nil {
		t.Fatal(err)
	}
	want := a
	want.Version = got.Version
	if diff := cmp.Diff(want, got, cmpTime); diff != "" {
		t.Errorf("appointment (-want +got):\n%s", diff)
	}
	rs, err := s.Reminders(t.Context(), "p1", "a1")
	if err != nil {
		t.Fatal(err)
	}
	wantRs := []reminders.Reminder{Reminder(a, "r1", T0.Add(24*time.Hour)), Reminder(a, "r2", T0.Add(48*time.Hour))}
	if diff := cmp.Diff(wantRs, rs, cmpTime, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("reminders (-want +got):\n%s", diff)
	}
	a.Start, a.End = a.Start.Add(time.Hour), a.End.Add(time.Hour)
	res2 := save(t, s, a)
	if res2.Appointment.Version <= got.Version {
		t.Errorf("version did not grow: %d then %d", got.Version, res2.Appointment.Version)
	}
}

func testSaveTwice(t *testing.T, s reminders.Store) {
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	r := Reminder(a, "r1", T0)
	save(t, s, a, r)
	c := claim(t, s, T0, "w1", 10)
	if len(c) != 1 {
		t.Fatalf("claimed %d, want 1", len(c))
	}
	sent(t, s, c[0], "w1", T0)
	if res := save(t, s, a, r); res.Added != 0 || res.Voided != 0 {
		t.Errorf("second save: added %d voided %d, want 0 and 0", res.Added, res.Voided)
	}
	rs, _ := s.Reminders(t.Context(), "p1", "a1")
	if len(rs) != 1 || rs[0].State != reminders.StateSent {
		t.Fatalf("after second save: %+v, want the one sent reminder", rs)
	}
	if got := claim(t, s, T0.Add(time.Hour), "w1", 10); len(got) != 0 {
		t.Errorf("a sent reminder was claimed again: %v", ids(got))
	}
}

func testSaveVoids(t *testing.T, s reminders.Store) {
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	save(t, s, a, Reminder(a, "old-48", T0), Reminder(a, "old-24", T0.Add(24*time.Hour)))
	sent(t, s, claim(t, s, T0, "w", 1)[0], "w", T0)
	a.Start, a.End = a.Start.Add(24*time.Hour), a.End.Add(24*time.Hour)
	res := save(t, s, a, Reminder(a, "new-24", T0.Add(48*time.Hour)))
	if res.Added != 1 || res.Voided != 1 {
		t.Errorf("moved: added %d voided %d, want 1 and 1", res.Added, res.Voided)
	}
	rs, _ := s.Reminders(t.Context(), "p1", "a1")
	states := map[string]reminders.State{}
	for _, r := range rs {
		states[r.ID] = r.State
	}
	want := map[string]reminders.State{"old-48": reminders.StateSent, "old-24": reminders.StateVoided, "new-24": reminders.StateScheduled}
	if diff := cmp.Diff(want, states); diff != "" {
		t.Errorf("states (-want +got):\n%s", diff)
	}
	if got := ids(claim(t, s, T0.Add(49*time.Hour), "w", 10)); !cmp.Equal(got, []string{"new-24"}) {
		t.Errorf("claimed %v, want [new-24]", got)
	}
}

func testSaveRejects(t *testing.T, s reminders.Store) {
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	b := Appointment("p1", "b1", T0.Add(72*time.Hour))
	_, err := s.SaveAppointment(t.Context(), reminders.SaveParams{Appointment: a, Reminders: []reminders.Reminder{Reminder(b, "r", T0)}})
	if !errors.Is(err, reminders.ErrInvalid) {
		t.Errorf("foreign reminder: err %v, want ErrInvalid", err)
	}
	bad := a
	bad.PracticeID = ""
	if _, err := s.SaveAppointment(t.Context(), reminders.SaveParams{Appointment: bad}); !errors.Is(err, reminders.ErrInvalid) {
		t.Errorf("no practice: err %v, want ErrInvalid", err)
	}
	if _, err := s.Appointment(t.Context(), "p1", "a1"); !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("rejected save stored the appointment: err %v", err)
	}
}

func testClaimDue(t *testing.T, s reminders.Store) {
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	save(t, s, a, Reminder(a, "r3", T0.Add(2*time.Hour)), Reminder(a, "r1", T0), Reminder(a, "r2", T0.Add(time.Hour)))
	if got := claim(t, s, T0.Add(-time.Second), "w", 10); len(got) != 0 {
		t.Errorf("claimed before due: %v", ids(got))
	}
	got := claim(t, s, T0.Add(time.Hour), "w", 10)
	if diff := cmp.Diff([]string{"r1", "r2"}, ids(got)); diff != "" {
		t.Errorf("claimed (-want +got):\n%s", diff)
	}
	if got[0].Appointment.ID != "a1" || got[0].Reminder.LeaseOwner != "w" {
		t.Errorf("claim lacks appointment or lease: %+v", got[0])
	}
	for _, c := range got {
		sent(t, s, c, "w", T0.Add(time.Hour))
	}
	if got := ids(claim(t, s, T0.Add(3*time.Hour), "w", 1)); !cmp.Equal(got, []string{"r3"}) {
		t.Errorf("limit 1: claimed %v, want [r3]", got)
	}
}

func testLease(t *testing.T, s reminders.Store) {
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	save(t, s, a, Reminder(a, "r1", T0))
	if got := claim(t, s, T0, "w1", 10); len(got) != 1 {
		t.Fatalf("w1 claimed %d, want 1", len(got))
	}
	if got := claim(t, s, T0.Add(59*time.Second), "w2", 10); len(got) != 0 {
		t.Errorf("w2 claimed a leased reminder: %v", ids(got))
	}
	got := claim(t, s, T0.Add(time.Minute), "w2", 10)
	if len(got) != 1 {
		t.Fatalf("after the lease ran out w2 claimed %d, want 1", len(got))
	}
	err := s.Complete(t.Context(), reminders.CompleteParams{PracticeID: "p1", ID: "r1", Owner: "w1", State: reminders.StateSent, SentAt: T0})
	if !errors.Is(err, reminders.ErrLeaseLost) {
		t.Errorf("w1 completing after losing the lease: err %v, want ErrLeaseLost", err)
	}
	sent(t, s, got[0], "w2", T0.Add(time.Minute))
}

func testCompleteLease(t *testing.T, s reminders.Store) {
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	save(t, s, a, Reminder(a, "r1", T0))
	err := s.Complete(t.Context(), reminders.CompleteParams{PracticeID: "p1", ID: "r1", Owner: "w", State: reminders.StateSent})
	if !errors.Is(err, reminders.ErrLeaseLost) {
		t.Errorf("complete without claim: err %v, want ErrLeaseLost", err)
	}
	claim(t, s, T0, "w", 1)
	save(t, s, a) // voids r1 under the worker's feet
	err = s.Complete(t.Context(), reminders.CompleteParams{PracticeID: "p1", ID: "r1", Owner: "w", State: reminders.StateSent})
	if !errors.Is(err, reminders.ErrLeaseLost) {
		t.Errorf("complete after void: err %v, want ErrLeaseLost", err)
	}
	err = s.Complete(t.Context(), reminders.CompleteParams{PracticeID: "p1", ID: "nope", Owner: "w", State: reminders.StateSent})
	if !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("complete unknown: err %v, want ErrNotFound", err)
	}
}

func testRetry(t *testing.T, s reminders.Store) {
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	save(t, s, a, Reminder(a, "r1", T0))
	claim(t, s, T0, "w", 1)
	err := s.Complete(t.Context(), reminders.CompleteParams{PracticeID: "p1", ID: "r1", Owner: "w", State: reminders.StateScheduled,
		DueAt: T0.Add(10 * time.Minute), Attempts: 1, Reason: "send:unavailable"})
	if err != nil {
		t.Fatal(err)
	}
	if got := claim(t, s, T0.Add(9*time.Minute), "w", 1); len(got) != 0 {
		t.Errorf("claimed before the retry time: %v", ids(got))
	}
	got := claim(t, s, T0.Add(10*time.Minute), "w", 1)
	if len(got) != 1 || got[0].Reminder.Attempts != 1 || got[0].Reminder.Reason != "send:unavailable" {
		t.Fatalf("retry claim: %+v", got)
	}
}

func testConcurrentClaims(t *testing.T, s reminders.Store) {
	const n = 200
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	var rs []reminders.Reminder
	for i := range n {
		rs = append(rs, Reminder(a, fmt.Sprintf("r%03d", i), T0.Add(time.Duration(i)*time.Millisecond)))
	}
	save(t, s, a, rs...)
	var (
		mu   sync.Mutex
		seen = map[string]string{}
		wg   sync.WaitGroup
	)
	for w := range 8 {
		owner := fmt.Sprintf("w%d", w)
		wg.Go(func() {
			for {
				c, err := s.Claim(context.Background(), reminders.ClaimParams{Now: T0.Add(time.Second), Owner: owner, Lease: time.Hour, Limit: 7})
				if err != nil {
					t.Errorf("Claim: %v", err)
					return
				}
				if len(c) == 0 {
					return
				}
				mu.Lock()
				for _, x := range c {
					if prev, dup := seen[x.Reminder.ID]; dup {
						t.Errorf("reminder %s claimed by %s and %s", x.Reminder.ID, prev, owner)
					}
					seen[x.Reminder.ID] = owner
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(seen) != n {
		t.Errorf("claimed %d distinct reminders, want %d", len(seen), n)
	}
}

func testOpenReminder(t *testing.T, s reminders.Store) {
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	save(t, s, a, Reminder(a, "r1", T0), Reminder(a, "r2", T0.Add(24*time.Hour)))
	if _, err := s.OpenReminder(t.Context(), "p1", "tel:+15555550100", T0); !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("before any send: err %v, want ErrNotFound", err)
	}
	sent(t, s, claim(t, s, T0, "w", 1)[0], "w", T0)
	sent(t, s, claim(t, s, T0.Add(24*time.Hour), "w", 1)[0], "w", T0.Add(24*time.Hour))
	r, err := s.OpenReminder(t.Context(), "p1", "tel:+15555550100", T0.Add(25*time.Hour))
	if err != nil || r.ID != "r2" {
		t.Fatalf("open reminder: %v %v, want r2", r.ID, err)
	}
	if _, err := s.OpenReminder(t.Context(), "p1", "tel:+15555550100", a.Start); !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("after the appointment started: err %v, want ErrNotFound", err)
	}
	up, err := s.UpdateReminder(t.Context(), "p1", "r2", func(r *reminders.Reminder) error {
		r.Reply, r.RepliedAt, r.OfferedSlots = reminders.ActionReschedule, T0.Add(26*time.Hour), []string{"s1", "s2"}
		return nil
	})
	if err != nil || up.Reply != reminders.ActionReschedule || !cmp.Equal(up.OfferedSlots, []string{"s1", "s2"}) {
		t.Fatalf("update: %+v %v", up, err)
	}
	boom := errors.New("boom")
	if _, err := s.UpdateReminder(t.Context(), "p1", "r2", func(r *reminders.Reminder) error { r.Closed = true; return boom }); !errors.Is(err, boom) {
		t.Errorf("update error: %v, want boom", err)
	}
	if _, err := s.UpdateReminder(t.Context(), "p1", "r2", func(r *reminders.Reminder) error { r.Closed = true; return nil }); err != nil {
		t.Fatal(err)
	}
	r, err = s.OpenReminder(t.Context(), "p1", "tel:+15555550100", T0.Add(25*time.Hour))
	if err != nil || r.ID != "r1" {
		t.Errorf("with r2 closed: %v %v, want r1", r.ID, err)
	}
	if _, err := s.UpdateReminder(t.Context(), "p1", "nope", func(*reminders.Reminder) error { return nil }); !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("update unknown: err %v, want ErrNotFound", err)
	}
}

func testRecentSends(t *testing.T, s reminders.Store) {
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	save(t, s, a, Reminder(a, "r1", T0), Reminder(a, "r2", T0.Add(24*time.Hour)))
	sent(t, s, claim(t, s, T0, "w", 1)[0], "w", T0)
	sent(t, s, claim(t, s, T0.Add(24*time.Hour), "w", 1)[0], "w", T0.Add(24*time.Hour))
	got, err := s.RecentSends(t.Context(), "p1", a.PatientID, T0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]time.Time{T0.Add(24 * time.Hour)}, got, cmpTime); diff != "" {
		t.Errorf("recent sends (-want +got):\n%s", diff)
	}
}

func testTenancy(t *testing.T, s reminders.Store) {
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	b := Appointment("p2", "a1", T0.Add(96*time.Hour))
	save(t, s, a, Reminder(a, "r1", T0))
	save(t, s, b, Reminder(b, "r1", T0))
	got, _ := s.Appointment(t.Context(), "p2", "a1")
	if !got.Start.Equal(b.Start) {
		t.Errorf("p2's appointment has p1's start")
	}
	cs := claim(t, s, T0, "w", 10)
	if len(cs) != 2 {
		t.Fatalf("claimed %d, want one per practice", len(cs))
	}
	for _, c := range cs {
		if c.Appointment.PracticeID != c.Reminder.PracticeID {
			t.Errorf("reminder of %s joined to appointment of %s", c.Reminder.PracticeID, c.Appointment.PracticeID)
		}
		sent(t, s, c, "w", T0)
	}
	if _, err := s.OpenReminder(t.Context(), "p3", "tel:+15555550100", T0); !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("p3 sees another practice's reminder: %v", err)
	}
	if rs, _ := s.RecentSends(t.Context(), "p3", a.PatientID, T0.Add(-time.Hour)); len(rs) != 0 {
		t.Errorf("p3 sees another practice's sends: %v", rs)
	}
	if _, err := s.UpdateReminder(t.Context(), "p3", "r1", func(*reminders.Reminder) error { return nil }); !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("p3 updates another practice's reminder: %v", err)
	}
}

func testCanceled(t *testing.T, s reminders.Store) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	if _, err := s.SaveAppointment(ctx, reminders.SaveParams{Appointment: a}); !errors.Is(err, context.Canceled) {
		t.Errorf("save: err %v, want context.Canceled", err)
	}
	if _, err := s.Claim(ctx, reminders.ClaimParams{Now: T0, Owner: "w", Lease: time.Minute, Limit: 1}); !errors.Is(err, context.Canceled) {
		t.Errorf("claim: err %v, want context.Canceled", err)
	}
}

// testClaimRecent: a Store that fills Claimed.Recent returns what
// RecentSends would.
func testClaimRecent(t *testing.T, s reminders.Store) {
	a := Appointment("p1", "a1", T0.Add(72*time.Hour))
	b := Appointment("p1", "b1", T0.Add(96*time.Hour))
	b.PatientID = a.PatientID
	save(t, s, a, Reminder(a, "r1", T0))
	save(t, s, b, Reminder(b, "r2", T0.Add(time.Hour)))
	sent(t, s, claim(t, s, T0, "w", 1)[0], "w", T0)
	cs, err := s.Claim(t.Context(), reminders.ClaimParams{Now: T0.Add(time.Hour), Owner: "w", Lease: time.Minute, Limit: 10,
		RecentSince: T0.Add(-time.Hour)})
	if err != nil || len(cs) != 1 {
		t.Fatalf("claim: %d %v", len(cs), err)
	}
	if !cs[0].HasRecent {
		return
	}
	want, err := s.RecentSends(t.Context(), "p1", a.PatientID, T0.Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, cs[0].Recent, cmpTime, cmpopts.EquateEmpty()); diff != "" || len(want) != 1 {
		t.Errorf("Claimed.Recent (-RecentSends +got):\n%s", diff)
	}
}
