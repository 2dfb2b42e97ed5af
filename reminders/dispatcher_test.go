package reminders_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/reminders"
)

func TestDispatchAtOffsets(t *testing.T) {
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	e.book(t, appt("a1", local(2026, 5, 5, 10, 0)))
	d := e.dispatcher(t, "w1")

	e.clock.Set(local(2026, 5, 3, 9, 59))
	if st := runOnce(t, d); st.Claimed != 0 {
		t.Fatalf("before the 48h reminder: %+v", st)
	}
	e.clock.Set(local(2026, 5, 3, 10, 0))
	if st := runOnce(t, d); st.Sent != 1 {
		t.Fatalf("48h reminder: %+v", st)
	}
	e.clock.Set(local(2026, 5, 4, 10, 0))
	if st := runOnce(t, d); st.Sent != 1 {
		t.Fatalf("24h reminder: %+v", st)
	}
	sent := e.sms.Sent()
	if len(sent) != 2 {
		t.Fatalf("sent %d SMS, want 2", len(sent))
	}
	want := "Sunrise Clinic: reminder of your appointment Tue May 5 at 10:00 AM. Reply C to confirm, R to reschedule, X to cancel. Reply STOP to opt out."
	if sent[0].Text != want {
		t.Errorf("text:\n got %q\nwant %q", sent[0].Text, want)
	}
	if sent[0].IdempotencyKey == sent[1].IdempotencyKey {
		t.Errorf("two reminders share an idempotency key")
	}
	for _, w := range []string{"CANCEL", "END", "QUIT"} {
		if strings.Contains(sent[0].Text, "Reply "+w) {
			t.Errorf("template offers carrier opt-out word %s as a reply", w)
		}
	}
	if got := e.audit.actions()["reminder.sent"]; got != 2 {
		t.Errorf("reminder.sent events: %d, want 2", got)
	}
}

func TestQuietHoursDeferAcrossDST(t *testing.T) {
	// US clocks sprang forward on Sunday 8 March 2026. An 08:30 Monday
	// appointment's 48h reminder falls at 07:30 EST on Saturday (an hour
	// of wall clock was lost), inside quiet hours: it moves to 08:00.
	e := newEnv(t, local(2026, 3, 5, 12, 0))
	e.policy.Gate.PerDay = -1 // isolate quiet hours from the daily limit
	e.book(t, appt("a1", local(2026, 3, 9, 8, 30)))
	d := e.dispatcher(t, "w1")

	e.clock.Set(local(2026, 3, 7, 7, 30))
	if st := runOnce(t, d); st.Deferred != 1 {
		t.Fatalf("at 07:30: %+v, want one deferral", st)
	}
	rs, _ := e.store.Reminders(t.Context(), "p1", "a1")
	if got, want := rs[0].DueAt, local(2026, 3, 7, 8, 0); !got.Equal(want) {
		t.Errorf("deferred to %v, want %v", got.In(ny), want)
	}
	e.clock.Set(local(2026, 3, 7, 8, 0))
	if st := runOnce(t, d); st.Sent != 1 {
		t.Fatalf("at 08:00: %+v", st)
	}
	e.clock.Set(local(2026, 3, 8, 8, 30)) // 24h before, now in EDT
	if st := runOnce(t, d); st.Sent != 1 {
		t.Fatalf("24h reminder after the change: %+v", st)
	}
}

func TestDailyLimitDefersAndDeadlineSkips(t *testing.T) {
	// Two appointments of one patient: the second reminder of the day
	// waits for the daily limit; if that is after the appointment, it is
	// skipped with a reason.
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	a, b := appt("a1", local(2026, 5, 4, 10, 0)), appt("b1", local(2026, 5, 4, 11, 0))
	b.PatientID = a.PatientID
	e.policy.Offsets = []time.Duration{24 * time.Hour}
	e.book(t, a)
	e.book(t, b)
	d := e.dispatcher(t, "w1")
	e.clock.Set(local(2026, 5, 3, 11, 0))
	st := runOnce(t, d)
	if st.Sent != 1 || st.Skipped != 1 {
		t.Fatalf("%+v, want one sent and one skipped", st)
	}
	rs, _ := e.store.Reminders(t.Context(), "p1", "b1")
	if rs[0].State != reminders.StateSkipped || rs[0].Reason != string(channels.ReasonPastDeadline) {
		t.Errorf("second reminder: %s %q", rs[0].State, rs[0].Reason)
	}
}

func TestRetryTransientThenSend(t *testing.T) {
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	e.policy.Offsets = []time.Duration{24 * time.Hour}
	e.book(t, appt("a1", local(2026, 5, 5, 10, 0)))
	e.sms.FailNext(1, channeltest.Timeout())
	e.sms.FailNext(1, channeltest.RateLimited(5*time.Minute))
	d := e.dispatcher(t, "w1")
	e.clock.Set(local(2026, 5, 4, 10, 0))
	if st := runOnce(t, d); st.Retried != 1 {
		t.Fatalf("first try: %+v", st)
	}
	e.clock.Advance(time.Minute) // default back-off
	if st := runOnce(t, d); st.Retried != 1 {
		t.Fatalf("second try: %+v", st)
	}
	e.clock.Advance(4 * time.Minute)
	if st := runOnce(t, d); st.Sent != 0 {
		t.Fatalf("sent before Retry-After: %+v", st)
	}
	e.clock.Advance(time.Minute)
	if st := runOnce(t, d); st.Sent != 1 {
		t.Fatalf("third try: %+v", st)
	}
	rs, _ := e.store.Reminders(t.Context(), "p1", "a1")
	if rs[0].Attempts != 3 || rs[0].State != reminders.StateSent {
		t.Errorf("reminder: %+v", rs[0])
	}
}

func TestGiveUpAfterMaxAttempts(t *testing.T) {
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	e.policy.Offsets = []time.Duration{24 * time.Hour}
	e.book(t, appt("a1", local(2026, 5, 5, 10, 0)))
	e.sms.FailWhen(func(channels.Outbound) bool { return true }, channeltest.ServerError(503))
	d := e.dispatcher(t, "w1")
	e.clock.Set(local(2026, 5, 4, 10, 0))
	for range 10 {
		runOnce(t, d)
		e.clock.Advance(time.Hour)
	}
	rs, _ := e.store.Reminders(t.Context(), "p1", "a1")
	if rs[0].State != reminders.StateFailed || !strings.HasPrefix(rs[0].Reason, "gave-up:") || rs[0].Attempts != 6 {
		t.Errorf("reminder: %s %q after %d attempts", rs[0].State, rs[0].Reason, rs[0].Attempts)
	}
	if n := e.email.Sent(); len(n) != 0 {
		t.Errorf("a transient failure fell back to e-mail")
	}
}

func TestFallbackOnRejectionAndOptOut(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(e *env)
	}{
		{"rejected", func(e *env) { e.sms.FailNext(1, channeltest.Rejected("21211")) }},
		{"provider opt-out", func(e *env) { e.sms.FailNext(1, channeltest.OptedOut("21610")) }},
		{"consent opt-out", func(e *env) {
			e.consent.Set(context.Background(), channels.Consent{PracticeID: "p1", Channel: channels.SMS, Address: phone,
				State: channels.ConsentOptedOut, Source: "keyword", ChangedAt: e.clock.Now()})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, local(2026, 5, 1, 9, 0))
			e.policy.Offsets = []time.Duration{24 * time.Hour}
			e.book(t, appt("a1", local(2026, 5, 5, 10, 0)))
			tc.setup(e)
			e.clock.Set(local(2026, 5, 4, 10, 0))
			if st := runOnce(t, e.dispatcher(t, "w")); st.Sent != 1 {
				t.Fatalf("%+v", st)
			}
			if len(e.sms.Sent()) != 0 || len(e.email.Sent()) != 1 {
				t.Errorf("sms %d email %d, want 0 and 1", len(e.sms.Sent()), len(e.email.Sent()))
			}
		})
	}
}

func TestOptedOutEverywhereIsSkipped(t *testing.T) {
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	a := appt("a1", local(2026, 5, 5, 10, 0))
	a.Recipient.Addresses = a.Recipient.Addresses[:1]
	a.Recipient.Channels = []channels.Kind{channels.SMS}
	e.policy.Channels = []channels.Kind{channels.SMS}
	e.book(t, a)
	e.consent.Set(t.Context(), channels.Consent{PracticeID: "p1", Channel: channels.SMS, Address: phone,
		State: channels.ConsentOptedOut, Source: "keyword", ChangedAt: e.clock.Now()})
	e.clock.Set(local(2026, 5, 3, 10, 0))
	if st := runOnce(t, e.dispatcher(t, "w")); st.Skipped != 1 || st.Sent != 0 {
		t.Fatalf("%+v", st)
	}
	rs, _ := e.store.Reminders(t.Context(), "p1", "a1")
	if rs[0].Reason != string(channels.ReasonOptedOut) {
		t.Errorf("reason %q", rs[0].Reason)
	}
	if e.sms.Attempts() != 0 {
		t.Errorf("an opted-out patient's provider was called")
	}
}

func TestWhatsAppTemplateOutsideWindowButtonsInside(t *testing.T) {
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	e.policy.Offsets = []time.Duration{24 * time.Hour}
	a := appt("a1", local(2026, 5, 5, 10, 0))
	a.Recipient.Channels, a.Recipient.Language = []channels.Kind{channels.WhatsApp}, "es-MX"
	b := appt("b1", local(2026, 5, 5, 11, 0))
	b.Recipient.Channels = []channels.Kind{channels.WhatsApp}
	b.Recipient.Addresses = []channels.Address{{Kind: channels.AddrPhone, Value: "+15555550999"}}
	e.book(t, a)
	e.book(t, b)
	win := windowFunc(func(addr channels.Address) time.Time {
		if addr.Value == "15555550999" {
			return e.clock.Now().Add(-time.Hour)
		}
		return time.Time{}
	})
	d, err := reminders.NewDispatcher(e.store, e.chans(), reminders.DispatcherConfig{Clock: e.clock, Policy: e.policy, Window: win})
	if err != nil {
		t.Fatal(err)
	}
	e.clock.Set(local(2026, 5, 4, 11, 0))
	if st := runOnce(t, d); st.Sent != 2 {
		t.Fatalf("%+v", st)
	}
	got := map[string]channels.Outbound{}
	for _, m := range e.wa.Sent() {
		got[m.To.Value] = m
	}
	tmpl := got["15555550123"]
	if tmpl.Template == nil || tmpl.Template.Language != "es" || tmpl.Text != "" {
		t.Errorf("closed window: want a Spanish template, got %+v", tmpl)
	}
	if diff := cmp.Diff([]string{"Sunrise Clinic", "martes 5 de mayo", "10:00"}, tmpl.Template.Params); diff != "" {
		t.Errorf("template params (-want +got):\n%s", diff)
	}
	free := got["15555550999"]
	if free.Template != nil || len(free.Buttons) != 3 || free.Buttons[0].ID != reminders.PayloadConfirm {
		t.Errorf("open window: want text with three buttons, got %+v", free)
	}
}

type windowFunc func(channels.Address) time.Time

func (f windowFunc) LastInbound(_ context.Context, _ string, _ channels.Kind, a channels.Address) (time.Time, error) {
	return f(a), nil
}

func TestCancelledOrMovedVoidsPending(t *testing.T) {
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	a := appt("a1", local(2026, 5, 5, 10, 0))
	e.book(t, a)
	a.Start, a.End = a.Start.Add(24*time.Hour), a.End.Add(24*time.Hour)
	res, err := reminders.Sync(t.Context(), e.store, e.policy, a, e.clock.Now())
	if err != nil || res.Voided != 2 || res.Added != 2 {
		t.Fatalf("move: %+v %v", res, err)
	}
	a.Status = reminders.StatusCancelled
	if res, _ := reminders.Sync(t.Context(), e.store, e.policy, a, e.clock.Now()); res.Voided != 2 {
		t.Fatalf("cancel: %+v", res)
	}
	e.clock.Set(local(2026, 5, 6, 10, 0))
	if st := runOnce(t, e.dispatcher(t, "w")); st.Claimed != 0 {
		t.Errorf("voided reminders claimed: %+v", st)
	}
}

func TestBadAppointmentsGetTypedErrors(t *testing.T) {
	now := local(2026, 5, 1, 9, 0)
	for _, tc := range []struct {
		name string
		mod  func(*reminders.Appointment)
		want error
	}{
		{"past", func(a *reminders.Appointment) { a.Start, a.End = now.Add(-time.Hour), now }, reminders.ErrPast},
		{"unknown zone", func(a *reminders.Appointment) { a.TimeZone = "Mars/Olympus" }, reminders.ErrUnknownTimeZone},
		{"no zone", func(a *reminders.Appointment) { a.TimeZone = "" }, reminders.ErrUnknownTimeZone},
		{"no contact", func(a *reminders.Appointment) { a.Recipient = reminders.Recipient{} }, reminders.ErrNoContact},
		{"no id", func(a *reminders.Appointment) { a.ID = "" }, reminders.ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, now)
			a := appt("a1", local(2026, 5, 5, 10, 0))
			tc.mod(&a)
			_, err := reminders.Sync(t.Context(), e.store, e.policy, a, now)
			if !errorsIs(err, tc.want) {
				t.Fatalf("err %v, want %v", err, tc.want)
			}
			e.clock.Set(local(2026, 5, 6, 0, 0))
			if st := runOnce(t, e.dispatcher(t, "w")); st.Sent != 0 {
				t.Errorf("sent for a bad appointment: %+v", st)
			}
		})
	}
}

func TestConcurrentDispatchersSendOnce(t *testing.T) {
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	e.policy.Offsets = []time.Duration{24 * time.Hour}
	const n = 400
	for i := range n {
		a := appt(fmt.Sprintf("a%03d", i), local(2026, 5, 5, 10, 0))
		e.book(t, a)
	}
	e.clock.Set(local(2026, 5, 4, 10, 0))
	var wg sync.WaitGroup
	for w := range 4 {
		d := e.dispatcher(t, fmt.Sprintf("w%d", w))
		wg.Go(func() { runOnce(t, d) })
	}
	wg.Wait()
	if got := len(e.sms.Sent()); got != n {
		t.Errorf("sent %d, want %d", got, n)
	}
	if e.sms.Attempts() != n {
		t.Errorf("provider called %d times for %d reminders: two dispatchers held one claim", e.sms.Attempts(), n)
	}
}

// killer is a channel that kills its dispatcher (cancels its context)
// at the k-th send, either before or after the provider accepted.
type killer struct {
	channels.Channel
	mu     sync.Mutex
	k      int
	after  bool
	cancel context.CancelFunc
}

func (c *killer) Send(ctx context.Context, m channels.Outbound) (channels.SendResult, error) {
	c.mu.Lock()
	c.k--
	die := c.k == 0
	c.mu.Unlock()
	if die && !c.after {
		c.cancel()
		return channels.SendResult{}, ctx.Err()
	}
	r, err := c.Channel.Send(ctx, m)
	if die {
		c.cancel()
	}
	return r, err
}

func TestKilledDispatchersNeverDuplicate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 20 {
		e := newEnv(t, local(2026, 5, 1, 9, 0))
		e.policy.Offsets = []time.Duration{24 * time.Hour}
		const n = 60
		for i := range n {
			e.book(t, appt(fmt.Sprintf("a%03d", i), local(2026, 5, 5, 10, 0)))
		}
		e.clock.Set(local(2026, 5, 4, 10, 0))
		var wg sync.WaitGroup
		for w := range 3 {
			ctx, cancel := context.WithCancel(t.Context())
			k := &killer{Channel: e.sms, k: 1 + rng.IntN(n/2), after: rng.IntN(2) == 0, cancel: cancel}
			d, err := reminders.NewDispatcher(e.store, []channels.Channel{k}, reminders.DispatcherConfig{Clock: e.clock,
				Policy: e.policy, Owner: fmt.Sprintf("r%d-w%d", round, w), Batch: 7, Workers: 3})
			if err != nil {
				t.Fatal(err)
			}
			wg.Go(func() { d.RunOnce(ctx); cancel() })
		}
		wg.Wait()
		// The killed workers' leases run out; a survivor finishes.
		e.clock.Advance(3 * time.Minute)
		runOnce(t, e.dispatcher(t, "survivor"))
		keys := map[string]int{}
		for _, m := range e.sms.Sent() {
			keys[m.IdempotencyKey]++
		}
		if len(keys) != n || len(e.sms.Sent()) != n {
			t.Fatalf("round %d: %d sends for %d distinct reminders, want %d and %d", round, len(e.sms.Sent()), len(keys), n, n)
		}
		// Only sends in flight when a worker died are tried again: at most
		// Workers (3) per killed dispatcher.
		if a := e.sms.Attempts(); a > n+3*3 {
			t.Fatalf("round %d: %d provider calls for %d reminders", round, a, n)
		}
		for i := range n {
			rs, _ := e.store.Reminders(t.Context(), "p1", fmt.Sprintf("a%03d", i))
			if rs[0].State != reminders.StateSent {
				t.Fatalf("round %d: reminder %s is %s", round, rs[0].ID, rs[0].State)
			}
		}
	}
}

func TestRunLoopOnFakeClock(t *testing.T) {
	e := newEnv(t, local(2026, 5, 4, 9, 59))
	e.policy.Offsets = []time.Duration{24 * time.Hour}
	e.book(t, appt("a1", local(2026, 5, 5, 10, 0)))
	d, err := reminders.NewDispatcher(e.store, e.chans(), reminders.DispatcherConfig{Clock: e.clock, Policy: e.policy, Poll: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx) }()
	if err := e.clock.BlockUntil(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if len(e.sms.Sent()) != 0 {
		t.Fatal("sent before due")
	}
	e.clock.Advance(time.Minute)
	if err := e.clock.BlockUntil(ctx, 1); err != nil { // Run is waiting again: the pass is done
		t.Fatal(err)
	}
	if len(e.sms.Sent()) != 1 {
		t.Fatalf("sent %d after the poll, want 1", len(e.sms.Sent()))
	}
	cancel()
	if err := <-done; err != context.Canceled {
		t.Errorf("Run returned %v, want context.Canceled", err)
	}
}

func TestFallBackDST(t *testing.T) {
	// US clocks fell back on Sunday 1 November 2026. A 07:30 Monday
	// appointment: 48h before is 08:30 EDT on Saturday (allowed, the wall
	// clock gained an hour); 24h before is 07:30 EST on Sunday (quiet,
	// deferred to 08:00).
	e := newEnv(t, local(2026, 10, 28, 12, 0))
	e.policy.Gate.PerDay = -1
	e.book(t, appt("a1", local(2026, 11, 2, 7, 30)))
	d := e.dispatcher(t, "w1")
	e.clock.Set(local(2026, 10, 31, 8, 30))
	if st := runOnce(t, d); st.Sent != 1 {
		t.Fatalf("48h reminder at 08:30 EDT: %+v", st)
	}
	e.clock.Set(local(2026, 11, 1, 7, 30))
	if st := runOnce(t, d); st.Deferred != 1 {
		t.Fatalf("24h reminder at 07:30 EST: %+v", st)
	}
	rs, _ := e.store.Reminders(t.Context(), "p1", "a1")
	if got, want := rs[1].DueAt, local(2026, 11, 1, 8, 0); !got.Equal(want) {
		t.Errorf("deferred to %v, want %v", got.In(ny), want)
	}
}

// slowClaimStore makes each claim take the whole lease, as a batch claimed
// ahead does when the batch before it was slow to send.
type slowClaimStore struct {
	*reminders.MemoryStore
	clock *clocktest.Fake
	lease time.Duration
}

func (s slowClaimStore) Claim(ctx context.Context, p reminders.ClaimParams) ([]reminders.Claimed, error) {
	c, err := s.MemoryStore.Claim(ctx, p)
	s.clock.Advance(s.lease)
	return c, err
}

// A reminder whose lease ran out before its turn is given back unsent:
// another dispatcher may hold it by then.
func TestExpiredLeaseIsGivenBackUnsent(t *testing.T) {
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	e.policy.Offsets = []time.Duration{24 * time.Hour}
	e.book(t, appt("a1", local(2026, 5, 5, 10, 0)))
	e.clock.Set(local(2026, 5, 4, 10, 0))
	const lease = 2 * time.Minute
	d, err := reminders.NewDispatcher(slowClaimStore{e.store, e.clock, lease}, e.chans(),
		reminders.DispatcherConfig{Clock: e.clock, Audit: e.audit, Consent: e.consent, Policy: e.policy, Owner: "w1", Lease: lease})
	if err != nil {
		t.Fatal(err)
	}
	if st := runOnce(t, d); st.Claimed != 1 || st.Sent != 0 || st.Deferred != 1 {
		t.Fatalf("stats %+v, want the claim given back unsent", st)
	}
	if n := len(e.sms.Sent()); n != 0 {
		t.Fatalf("%d sends on an expired lease", n)
	}
	if st := runOnce(t, e.dispatcher(t, "w2")); st.Sent != 1 {
		t.Fatalf("next dispatcher: %+v, want the reminder sent once", st)
	}
}
