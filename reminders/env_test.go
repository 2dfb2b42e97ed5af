package reminders_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/reminders"
)

// ny is the patients' zone in these tests.
var ny = mustLoad("America/New_York")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// local is a wall-clock time in New York.
func local(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, ny) }

// memSink is an audit.Sink that keeps events.
type memSink struct {
	mu     sync.Mutex
	events []audit.Event
}

func (s *memSink) Append(_ context.Context, es ...audit.Event) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events = append(s.events, es...)
	return nil
}

func (s *memSink) Close() error { return nil }

func (s *memSink) actions() map[audit.Action]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[audit.Action]int{}
	for _, e := range s.events {
		out[e.Action]++
	}
	return out
}

type env struct {
	clock   *clocktest.Fake
	store   *reminders.MemoryStore
	sched   *reminders.MemoryScheduler
	sms     *channeltest.Fake
	wa      *channeltest.Fake
	email   *channeltest.Fake
	consent *channels.MemoryConsentStore
	audit   *memSink
	policy  reminders.Policy
}

func newEnv(t testing.TB, start time.Time) *env {
	t.Helper()
	clk := clocktest.NewFake(start)
	return &env{
		clock: clk, store: reminders.NewMemoryStore(), sched: reminders.NewMemoryScheduler(),
		sms:     channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: clk}),
		wa:      channeltest.New(channeltest.Config{Kind: channels.WhatsApp, Clock: clk}),
		email:   channeltest.New(channeltest.Config{Kind: channels.Email, Clock: clk}),
		consent: channels.NewMemoryConsentStore(), audit: &memSink{},
		policy: reminders.Policy{Practices: map[string]string{"p1": "Sunrise Clinic"}},
	}
}

func (e *env) chans() []channels.Channel { return []channels.Channel{e.sms, e.wa, e.email} }

func (e *env) dispatcher(t testing.TB, owner string) *reminders.Dispatcher {
	t.Helper()
	d, err := reminders.NewDispatcher(e.store, e.chans(), reminders.DispatcherConfig{Clock: e.clock, Audit: e.audit,
		Consent: e.consent, Policy: e.policy, Owner: owner})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func (e *env) responder(t testing.TB, cfg reminders.ResponderConfig) *reminders.Responder {
	t.Helper()
	cfg.Clock, cfg.Audit, cfg.Consent, cfg.Policy = e.clock, e.audit, e.consent, e.policy
	r, err := reminders.NewResponder(e.store, e.sched, e.chans(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

var phone = channels.Address{Kind: channels.AddrPhone, Value: "+15555550123"}

// appt returns a booked 30-minute appointment in New York for a patient
// reachable by SMS (preferred) and e-mail.
func appt(id string, start time.Time) reminders.Appointment {
	return reminders.Appointment{PracticeID: "p1", ID: id, PatientID: "pat-" + id, ProviderID: "dr-1", Type: "checkup",
		Status: reminders.StatusBooked, Start: start, End: start.Add(30 * time.Minute), TimeZone: "America/New_York",
		Recipient: reminders.Recipient{Addresses: []channels.Address{phone, {Kind: channels.AddrEmail, Value: "pat@example.com"}},
			Channels: []channels.Kind{channels.SMS, channels.Email}}}
}

// book puts an appointment in the scheduler and syncs it into the store.
func (e *env) book(t testing.TB, a reminders.Appointment) {
	t.Helper()
	if err := e.sched.PutAppointment(a); err != nil {
		t.Fatal(err)
	}
	if _, err := reminders.Sync(t.Context(), e.store, e.policy, a, e.clock.Now()); err != nil {
		t.Fatalf("Sync: %v", err)
	}
}

func runOnce(t testing.TB, d *reminders.Dispatcher) reminders.DispatchStats {
	t.Helper()
	st, err := d.RunOnce(t.Context())
	if err != nil {
		t.Fatalf("RunOnce: %v", err)
	}
	return st
}

func errorsIs(err, target error) bool { return errors.Is(err, target) }
