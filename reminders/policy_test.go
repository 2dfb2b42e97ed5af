package reminders_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/reminders"
)

func offsets(rs []reminders.Reminder) []time.Duration {
	var out []time.Duration
	for _, r := range rs {
		out = append(out, r.Offset)
	}
	return out
}

func TestPlanOffsets(t *testing.T) {
	now := local(2026, 5, 1, 9, 0)
	start := local(2026, 5, 5, 10, 0)
	for _, tc := range []struct {
		name   string
		policy reminders.Policy
		typ    string
		start  time.Time
		want   []time.Duration
	}{
		{"default", reminders.Policy{}, "checkup", start, []time.Duration{48 * time.Hour, 24 * time.Hour}},
		{"per type", reminders.Policy{ByType: map[string][]time.Duration{"surgery": {7 * 24 * time.Hour, 72 * time.Hour}}}, "surgery",
			local(2026, 5, 20, 10, 0), []time.Duration{7 * 24 * time.Hour, 72 * time.Hour}},
		{"same day", reminders.Policy{SameDay: 2 * time.Hour}, "checkup", start, []time.Duration{48 * time.Hour, 24 * time.Hour, 2 * time.Hour}},
		{"passed offsets dropped", reminders.Policy{}, "checkup", local(2026, 5, 2, 12, 0), []time.Duration{24 * time.Hour}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := appt("a1", tc.start)
			a.Type = tc.typ
			rs, err := tc.policy.Plan(a, now)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, offsets(rs)); diff != "" {
				t.Errorf("offsets (-want +got):\n%s", diff)
			}
			again, _ := tc.policy.Plan(a, now.Add(time.Minute))
			if len(again) == len(rs) && again[0].ID != rs[0].ID {
				t.Errorf("ids not stable across plans: %s then %s", rs[0].ID, again[0].ID)
			}
		})
	}
	a := appt("a1", start)
	a.Status = reminders.StatusCancelled
	if rs, err := (reminders.Policy{}).Plan(a, now); rs != nil || err != nil {
		t.Errorf("cancelled appointment planned: %v %v", rs, err)
	}
}

func TestVendorTemplates(t *testing.T) {
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	e.policy.Offsets = []time.Duration{24 * time.Hour}
	e.policy.Templates = map[string]reminders.Templates{"en": {reminders.MsgReminder: "{{.Practice}} {{.Date}} {{.Time}}: C/R/X. STOP to end."}}
	e.book(t, appt("a1", local(2026, 5, 5, 10, 0)))
	e.clock.Set(local(2026, 5, 4, 10, 0))
	runOnce(t, e.dispatcher(t, "w"))
	if got := lastText(e.sms); got != "Sunrise Clinic Tue May 5 10:00 AM: C/R/X. STOP to end." {
		t.Errorf("text %q", got)
	}
	e.policy.Templates = map[string]reminders.Templates{"en": {reminders.MsgReminder: "{{.Nope"}}
	if _, err := reminders.NewDispatcher(e.store, e.chans(), reminders.DispatcherConfig{Policy: e.policy}); !errors.Is(err, reminders.ErrInvalid) {
		t.Errorf("bad template: %v, want ErrInvalid", err)
	}
}

func TestBuiltinTextsAreShortAndSafe(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		e := newEnv(t, local(2026, 5, 1, 9, 0))
		e.policy.Offsets = []time.Duration{24 * time.Hour}
		a := appt("a1", local(2026, 9, 30, 16, 45))
		a.Recipient.Language = lang
		e.book(t, a)
		e.clock.Set(local(2026, 9, 29, 16, 45))
		runOnce(t, e.dispatcher(t, "w"))
		text := lastText(e.sms)
		if len(text) > 200 || !containsAny(text, "STOP") {
			t.Errorf("%s reminder (%d bytes) %q: want short, with opt-out instructions", lang, len(text), text)
		}
		for _, w := range []string{"CANCEL", "END", "QUIT"} {
			if containsAny(text, "Reply "+w, "Responda "+w) {
				t.Errorf("%s reminder offers carrier word %s", lang, w)
			}
		}
	}
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func TestMemorySchedulerBookIsAtomic(t *testing.T) {
	s := reminders.NewMemoryScheduler()
	slot := reminders.Slot{PracticeID: "p1", ID: "s1", Status: reminders.SlotFree, Start: local(2026, 5, 5, 9, 0), End: local(2026, 5, 5, 9, 30)}
	if err := s.PutSlot(slot); err != nil {
		t.Fatal(err)
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		wins int
	)
	for i := range 8 {
		wg.Go(func() {
			_, err := s.Book(context.Background(), reminders.BookParams{PracticeID: "p1", SlotID: "s1", PatientID: fmt.Sprint("p", i)})
			if err == nil {
				mu.Lock()
				wins++
				mu.Unlock()
			} else if !errors.Is(err, reminders.ErrSlotTaken) {
				t.Errorf("Book: %v", err)
			}
		})
	}
	wg.Wait()
	if wins != 1 {
		t.Errorf("%d patients booked one slot", wins)
	}
	if _, err := s.Book(t.Context(), reminders.BookParams{PracticeID: "p2", SlotID: "s1"}); !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("another practice booked the slot: %v", err)
	}
	if _, err := s.Confirm(t.Context(), "p1", "nope"); !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("confirm unknown: %v", err)
	}
}

func TestRecipientAddress(t *testing.T) {
	r := reminders.Recipient{Addresses: []channels.Address{{Kind: channels.AddrWhatsApp, Value: "15555550100"}}}
	if a, ok := r.Address(channels.SMS); !ok || a.Value != "+15555550100" {
		t.Errorf("SMS from a WhatsApp id: %v %v", a, ok)
	}
	if _, ok := r.Address(channels.Email); ok {
		t.Error("e-mail from a phone")
	}
}
