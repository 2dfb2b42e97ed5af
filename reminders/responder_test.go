package reminders_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/triage"
)

// reminded books a1 for 10:00 on 5 May, sends its 24h reminder by SMS,
// and leaves the clock an hour after.
func reminded(t *testing.T) *env {
	t.Helper()
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	e.policy.Offsets = []time.Duration{24 * time.Hour}
	e.book(t, appt("a1", local(2026, 5, 5, 10, 0)))
	e.clock.Set(local(2026, 5, 4, 10, 0))
	if st := runOnce(t, e.dispatcher(t, "w")); st.Sent != 1 {
		t.Fatalf("reminder not sent: %+v", st)
	}
	e.clock.Advance(time.Hour)
	return e
}

var seq int

func reply(t *testing.T, r *reminders.Responder, from channels.Address, text string) bool {
	t.Helper()
	seq++
	m := channels.Inbound{PracticeID: "p1", Channel: channels.SMS, From: from, ProviderID: "in-" + strings.Repeat("x", seq),
		Type: channels.TypeText, Text: text}
	handled, err := r.Handle(t.Context(), from.ContactKey(), m)
	if err != nil {
		t.Fatalf("Handle(%q): %v", text, err)
	}
	return handled
}

func lastText(f interface{ Sent() []channels.Outbound }) string {
	s := f.Sent()
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1].Text
}

func TestReplyConfirm(t *testing.T) {
	for _, text := range []string{"C", "sí", "Yes I'll be there", "confirmo 👍", "not cancelling, see you then"} {
		t.Run(text, func(t *testing.T) {
			e := reminded(t)
			r := e.responder(t, reminders.ResponderConfig{})
			if !reply(t, r, phone, text) {
				t.Fatal("not handled")
			}
			a, _ := e.sched.Appointment(t.Context(), "p1", "a1")
			if !a.Confirmed {
				t.Error("scheduler not told")
			}
			if !strings.Contains(lastText(e.sms), "is confirmed") {
				t.Errorf("answer %q", lastText(e.sms))
			}
			if _, err := e.store.OpenReminder(t.Context(), "p1", phone.ContactKey(), e.clock.Now()); !errors.Is(err, reminders.ErrNotFound) {
				t.Errorf("reminder still open after confirm: %v", err)
			}
			acts := e.audit.actions()
			if acts["reminder.replied"] != 1 || acts["appointment.updated"] != 1 {
				t.Errorf("audit: %v", acts)
			}
		})
	}
}

func TestReplyCancelFillsFromWaitlist(t *testing.T) {
	e := reminded(t)
	for i, p := range []struct{ id, phone string }{{"w-late", "+15555550202"}, {"w-first", "+15555550201"}, {"w-other-type", "+15555550203"}} {
		typ := "checkup"
		if p.id == "w-other-type" {
			typ = "surgery"
		}
		err := e.store.AddWaitlist(t.Context(), reminders.WaitlistEntry{PracticeID: "p1", ID: p.id, PatientID: "pat-" + p.id, Type: typ,
			TimeZone: "America/New_York", CreatedAt: e.clock.Now().Add(time.Duration(i) * time.Minute),
			Recipient: reminders.Recipient{Addresses: []channels.Address{{Kind: channels.AddrPhone, Value: p.phone}}, Channels: []channels.Kind{channels.SMS}}})
		if err != nil {
			t.Fatal(err)
		}
	}
	r := e.responder(t, reminders.ResponderConfig{Waitlist: e.store})
	if !reply(t, r, phone, "no, I can't come") {
		t.Fatal("cancel not handled")
	}
	a, _ := e.sched.Appointment(t.Context(), "p1", "a1")
	if a.Status != reminders.StatusCancelled {
		t.Fatalf("status %s", a.Status)
	}
	offers := 0
	for _, m := range e.sms.Sent() {
		if strings.Contains(m.Text, "Reply YES") {
			offers++
			if m.To.Value == "+15555550203" {
				t.Error("offer went to a patient waiting for another type")
			}
		}
	}
	if offers != 2 {
		t.Fatalf("offers sent: %d, want 2", offers)
	}
	// Both answer at once; exactly one gets the slot.
	var (
		wg  sync.WaitGroup
		won = map[string]bool{}
		mu  sync.Mutex
	)
	for _, p := range []string{"+15555550201", "+15555550202"} {
		from := channels.Address{Kind: channels.AddrPhone, Value: p}
		wg.Go(func() {
			m := channels.Inbound{PracticeID: "p1", Channel: channels.SMS, From: from, ProviderID: "yes-" + p, Type: channels.TypeText, Text: "yes"}
			if _, err := r.Handle(context.Background(), from.ContactKey(), m); err != nil {
				t.Error(err)
			}
			mu.Lock()
			defer mu.Unlock()
			for _, s := range e.sms.Sent() {
				if s.To == from && strings.Contains(s.Text, "it's yours") {
					won[p] = true
				}
			}
		})
	}
	wg.Wait()
	if len(won) != 1 {
		t.Fatalf("winners %v, want exactly one", won)
	}
	gone := 0
	for _, s := range e.sms.Sent() {
		if strings.Contains(s.Text, "has been taken") {
			gone++
		}
	}
	if gone < 1 {
		t.Error("the other patient was not told the slot is gone")
	}
}

func TestReplyRescheduleOffersAndBooks(t *testing.T) {
	e := reminded(t)
	for i, h := range []int{9, 11, 14, 16} {
		s := reminders.Slot{PracticeID: "p1", ID: "s" + string(rune('1'+i)), ProviderID: "dr-1", Type: "checkup",
			Status: reminders.SlotFree, Start: local(2026, 5, 7, h, 0), End: local(2026, 5, 7, h, 30)}
		if err := e.sched.PutSlot(s); err != nil {
			t.Fatal(err)
		}
	}
	r := e.responder(t, reminders.ResponderConfig{})
	if !reply(t, r, phone, "can we do thursday instead?") {
		t.Fatal("reschedule not handled")
	}
	if got := lastText(e.sms); !strings.Contains(got, "1) Thu May 7 9:00 AM 2) Thu May 7 11:00 AM 3) Thu May 7 2:00 PM") {
		t.Fatalf("slots offered: %q", got)
	}
	if !reply(t, r, phone, "2") {
		t.Fatal("choice not handled")
	}
	a, _ := e.sched.Appointment(t.Context(), "p1", "a1")
	if !a.Start.Equal(local(2026, 5, 7, 11, 0)) {
		t.Fatalf("moved to %v", a.Start.In(ny))
	}
	if !strings.Contains(lastText(e.sms), "Thu May 7 at 11:00 AM") {
		t.Errorf("answer %q", lastText(e.sms))
	}
	rs, _ := e.store.Reminders(t.Context(), "p1", "a1")
	if last := rs[len(rs)-1]; last.State != reminders.StateScheduled || !last.DueAt.Equal(local(2026, 5, 6, 11, 0)) {
		t.Errorf("new reminder not planned for the new time: %+v", last)
	}
	old, _ := e.sched.Slot("p1", "a1")
	if old.Status != reminders.SlotFree {
		t.Errorf("old time not freed: %s", old.Status)
	}
}

func TestReplyOptOutNeverCancels(t *testing.T) {
	for _, text := range []string{"STOP", "cancel", "stop texting me"} {
		t.Run(text, func(t *testing.T) {
			e := reminded(t)
			r := e.responder(t, reminders.ResponderConfig{})
			// A bare "cancel" on SMS is a carrier opt-out word: recorded,
			// and left to staff to call about the visit.
			if handled := reply(t, r, phone, text); handled != (text != "cancel") {
				t.Fatalf("opt-out %q: handled %v", text, handled)
			}
			a, _ := e.sched.Appointment(t.Context(), "p1", "a1")
			if a.Status != reminders.StatusBooked {
				t.Errorf("appointment %s after an opt-out", a.Status)
			}
			c, err := e.consent.Get(t.Context(), "p1", channels.SMS, phone)
			if err != nil || c.State != channels.ConsentOptedOut {
				t.Errorf("consent %+v %v", c, err)
			}
		})
	}
}

func TestQuestionsGoToStaffWithReminder(t *testing.T) {
	e := reminded(t)
	var got []reminders.Handoff
	r := e.responder(t, reminders.ResponderConfig{OnHandoff: func(_ context.Context, h reminders.Handoff) { got = append(got, h) }})
	for _, text := range []string{"do I need to fast before?", "hmm", "I have chest pain, should I still come?"} {
		if reply(t, r, phone, text) {
			t.Errorf("%q was handled automatically", text)
		}
	}
	if len(got) != 3 || got[0].ReminderID == "" || got[0].AppointmentID != "a1" {
		t.Fatalf("handoffs: %+v", got)
	}
	a, _ := e.sched.Appointment(t.Context(), "p1", "a1")
	if a.Confirmed || a.Status != reminders.StatusBooked {
		t.Errorf("appointment changed by a question: %+v", a)
	}
}

func TestReplyAfterAppointmentIsNotRead(t *testing.T) {
	e := reminded(t)
	r := e.responder(t, reminders.ResponderConfig{})
	e.clock.Set(local(2026, 5, 6, 10, 0))
	if reply(t, r, phone, "X") {
		t.Error("a reply after the appointment cancelled it")
	}
	a, _ := e.sched.Appointment(t.Context(), "p1", "a1")
	if a.Status != reminders.StatusBooked {
		t.Errorf("status %s", a.Status)
	}
}

func TestInterceptorInInbox(t *testing.T) {
	e := reminded(t)
	r := e.responder(t, reminders.ResponderConfig{})
	ib, err := inbox.New(inbox.NewMemoryStore(), inbox.Config{Clock: e.clock, Interceptors: []inbox.Interceptor{r}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ib.Ingest(t.Context(), channels.Inbound{PracticeID: "p1", Channel: channels.SMS, From: phone, ProviderID: "in-1",
		Type: channels.TypeText, Text: "C"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Message.HandledBy != reminders.InterceptorName {
		t.Errorf("HandledBy %q", res.Message.HandledBy)
	}
	// An emergency is never handled quietly.
	em, err := r.Intercept(t.Context(), inbox.Intake{Inbound: channels.Inbound{PracticeID: "p1", Channel: channels.SMS, From: phone, Text: "C"},
		Triage: &triage.Result{Urgency: triage.UrgencyEmergency}})
	if err != nil || em.Handled {
		t.Errorf("emergency intercepted: %+v %v", em, err)
	}
}

// TestAnswersInThread: inside the inbox, the Responder's plain-text
// answers travel as Interception.Reply, so the inbox stores them in the
// patient's conversation and sends them once; the Responder sends
// nothing itself.
func TestAnswersInThread(t *testing.T) {
	e := reminded(t)
	for i, h := range []int{11, 12} {
		s := reminders.Slot{PracticeID: "p1", ID: fmt.Sprint("s", i), ProviderID: "dr-1", Type: "checkup", Status: reminders.SlotFree,
			Start: local(2026, 5, 7, h, 0), End: local(2026, 5, 7, h, 30)}
		if err := e.sched.PutSlot(s); err != nil {
			t.Fatal(err)
		}
	}
	r := e.responder(t, reminders.ResponderConfig{})
	ib, err := inbox.New(inbox.NewMemoryStore(), inbox.Config{Clock: e.clock, Interceptors: []inbox.Interceptor{r}, Channels: e.chans()})
	if err != nil {
		t.Fatal(err)
	}
	before := len(e.sms.Sent())
	ingest := func(id, text string) inbox.IngestResult {
		t.Helper()
		res, err := ib.Ingest(t.Context(), channels.Inbound{PracticeID: "p1", Channel: channels.SMS, From: phone, ProviderID: id,
			Type: channels.TypeText, Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if res.Message.HandledBy != reminders.InterceptorName || res.AutoReply == nil {
			t.Fatalf("%q: handled by %q, auto reply %v (%v)", text, res.Message.HandledBy, res.AutoReply, res.AutoReplyErr)
		}
		if !res.AutoReply.Automated || res.AutoReply.ConversationID != res.Conversation.ID {
			t.Errorf("%q: answer %+v is not an automatic message of the conversation", text, res.AutoReply)
		}
		return res
	}
	slots := ingest("in-r", "can we do thursday instead?")
	if !strings.Contains(slots.AutoReply.Text, "1)") || !strings.Contains(slots.AutoReply.Text, "2)") {
		t.Errorf("slot list %q", slots.AutoReply.Text)
	}
	booked := ingest("in-1", "1")
	if booked.Conversation.ID != slots.Conversation.ID {
		t.Errorf("the pick opened conversation %s, want it in %s with the slot list", booked.Conversation.ID, slots.Conversation.ID)
	}
	if !strings.Contains(booked.AutoReply.Text, "May") {
		t.Errorf("rescheduled answer %q names no date", booked.AutoReply.Text)
	}
	sent := e.sms.Sent()[before:]
	if len(sent) != 2 || sent[0].Text != slots.AutoReply.Text || sent[1].Text != booked.AutoReply.Text {
		t.Fatalf("channel got %d messages after the reminder, want exactly the two answers from the inbox: %+v", len(sent), sent)
	}
	for _, res := range []inbox.IngestResult{slots, booked} {
		page, err := ib.Messages(t.Context(), "p1", res.Conversation.ID, inbox.Actor{ID: "staff-1"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, m := range page.Messages {
			ids = append(ids, m.ID)
		}
		if !slices.Contains(ids, res.Message.ID) || !slices.Contains(ids, res.AutoReply.ID) {
			t.Errorf("conversation %s holds %v, want the reply %s and its answer %s", res.Conversation.ID, ids, res.Message.ID, res.AutoReply.ID)
		}
	}
	// A redelivered webhook is a duplicate: no second answer.
	if _, err := ib.Ingest(t.Context(), channels.Inbound{PracticeID: "p1", Channel: channels.SMS, From: phone, ProviderID: "in-1",
		Type: channels.TypeText, Text: "1"}); err != nil {
		t.Fatal(err)
	}
	if got := len(e.sms.Sent()) - before; got != 2 {
		t.Errorf("after a redelivery the channel got %d answers, want 2", got)
	}
}

// TestUnhandledReplyInThread: a reply left to staff still gets its
// answer in the thread, and a note for staff names the reminder.
func TestUnhandledReplyInThread(t *testing.T) {
	e := reminded(t)
	r := e.responder(t, reminders.ResponderConfig{})
	ib, err := inbox.New(inbox.NewMemoryStore(), inbox.Config{Clock: e.clock, Interceptors: []inbox.Interceptor{r}, Channels: e.chans()})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ib.Ingest(t.Context(), channels.Inbound{PracticeID: "p1", Channel: channels.SMS, From: phone, ProviderID: "in-q",
		Type: channels.TypeText, Text: "can we do another day?"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Message.HandledBy != "" || res.AutoReply == nil || !strings.Contains(res.AutoReply.Text, "no") {
		t.Fatalf("reschedule without slots: handled by %q, answer %+v (%v)", res.Message.HandledBy, res.AutoReply, res.AutoReplyErr)
	}
	in, err := r.Intercept(t.Context(), inbox.Intake{Inbound: channels.Inbound{PracticeID: "p1", Channel: channels.SMS, From: phone,
		ProviderID: "in-q2", Text: "can we do another day?"}})
	if err != nil || in.Handled || !strings.Contains(in.Note, "left to staff") {
		t.Errorf("interception %+v %v, want unhandled with a note for staff", in, err)
	}
}

func TestWaitlistWavesAndExpiry(t *testing.T) {
	e := reminded(t)
	for i := range 4 {
		err := e.store.AddWaitlist(t.Context(), reminders.WaitlistEntry{PracticeID: "p1", ID: fmt.Sprint("w", i), PatientID: fmt.Sprint("wp", i),
			TimeZone: "America/New_York", Rank: i,
			Recipient: reminders.Recipient{Addresses: []channels.Address{{Kind: channels.AddrPhone, Value: fmt.Sprintf("+1555555030%d", i)}}, Channels: []channels.Kind{channels.SMS}}})
		if err != nil {
			t.Fatal(err)
		}
	}
	r := e.responder(t, reminders.ResponderConfig{Waitlist: e.store, WaveSize: 2, Hold: 30 * time.Minute})
	if !reply(t, r, phone, "X") {
		t.Fatal("cancel not handled")
	}
	offered := func() []string {
		var out []string
		for _, m := range e.sms.Sent() {
			if strings.Contains(m.Text, "Reply YES") {
				out = append(out, m.To.Value)
			}
		}
		return out
	}
	if got := offered(); len(got) != 2 || got[0] != "+15555550300" || got[1] != "+15555550301" {
		t.Fatalf("first wave: %v", got)
	}
	if n, err := r.AdvanceOffers(t.Context()); err != nil || n != 0 {
		t.Fatalf("advanced before the hold ran out: %d %v", n, err)
	}
	e.clock.Advance(30 * time.Minute)
	if n, err := r.AdvanceOffers(t.Context()); err != nil || n != 1 {
		t.Fatalf("advance: %d %v", n, err)
	}
	if got := offered(); len(got) != 4 || got[2] != "+15555550302" {
		t.Fatalf("second wave: %v", got)
	}
	// A first-wave patient may still take it while the second wave's hold runs.
	late := channels.Address{Kind: channels.AddrPhone, Value: "+15555550301"}
	if !reply(t, r, late, "si") {
		t.Fatal("late yes not handled")
	}
	won, gone := false, 0
	for _, m := range e.sms.Sent() {
		won = won || (m.To == late && strings.Contains(m.Text, "it's yours"))
		if strings.Contains(m.Text, "has been taken") {
			gone++
		}
	}
	if !won || gone != 3 {
		t.Errorf("winner told: %v; others told it is gone: %d, want 3", won, gone)
	}
	e.clock.Advance(time.Hour)
	if n, _ := r.AdvanceOffers(t.Context()); n != 0 {
		t.Errorf("claimed offer advanced: %d", n)
	}
}

func TestOfferClosesWhenNobodyLeft(t *testing.T) {
	e := reminded(t)
	_ = e.store.AddWaitlist(t.Context(), reminders.WaitlistEntry{PracticeID: "p1", ID: "w0", PatientID: "wp0", TimeZone: "America/New_York",
		Recipient: reminders.Recipient{Addresses: []channels.Address{{Kind: channels.AddrPhone, Value: "+15555550300"}}}})
	r := e.responder(t, reminders.ResponderConfig{Waitlist: e.store})
	reply(t, r, phone, "X")
	e.clock.Advance(3 * time.Hour)
	if n, _ := r.AdvanceOffers(t.Context()); n != 1 {
		t.Fatalf("advance: %d", n)
	}
	if n, _ := r.AdvanceOffers(t.Context()); n != 0 {
		t.Errorf("closed offer still due: %d", n)
	}
	yes := channels.Address{Kind: channels.AddrPhone, Value: "+15555550300"}
	if reply(t, r, yes, "yes") {
		t.Error("a closed offer was taken")
	}
}

func TestOfferFreedSlotFromVendorCancel(t *testing.T) {
	e := newEnv(t, local(2026, 5, 1, 9, 0))
	_ = e.store.AddWaitlist(t.Context(), reminders.WaitlistEntry{PracticeID: "p1", ID: "w0", PatientID: "wp0", TimeZone: "America/New_York",
		Recipient: reminders.Recipient{Addresses: []channels.Address{{Kind: channels.AddrPhone, Value: "+15555550300"}}}})
	r := e.responder(t, reminders.ResponderConfig{Waitlist: e.store})
	a := appt("a1", local(2026, 5, 1, 9, 30))
	a.Status = reminders.StatusCancelled
	if err := r.OfferFreedSlot(t.Context(), a); err != nil || len(e.sms.Sent()) != 0 {
		t.Fatalf("offered a slot 30 minutes away: %v, %d sent", err, len(e.sms.Sent()))
	}
	a = appt("a2", local(2026, 5, 2, 9, 30))
	if err := r.OfferFreedSlot(t.Context(), a); err != nil || len(e.sms.Sent()) != 1 {
		t.Fatalf("offer: %v, %d sent", err, len(e.sms.Sent()))
	}
}

// TestBareCancelOnSMS: CANCEL is a carrier opt-out word on SMS. With a
// reminder open, the inbox records the opt-out, the appointment stays
// booked, and the message goes to the scheduling queue with a note to
// call the patient.
func TestBareCancelOnSMS(t *testing.T) {
	e := reminded(t)
	r := e.responder(t, reminders.ResponderConfig{})
	consent := channels.NewMemoryConsentStore()
	ib, err := inbox.New(inbox.NewMemoryStore(), inbox.Config{Clock: e.clock, Consent: inbox.ConsentConfig{Store: consent},
		Interceptors: []inbox.Interceptor{r}, Channels: e.chans()})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ib.Ingest(t.Context(), channels.Inbound{PracticeID: "p1", Channel: channels.SMS, From: phone, ProviderID: "in-cancel",
		Type: channels.TypeText, Text: "CANCEL"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Message.HandledBy != "" || res.Conversation.Queue != "scheduling" {
		t.Errorf("CANCEL: handled by %q, queue %q; want staff in scheduling", res.Message.HandledBy, res.Conversation.Queue)
	}
	if c, err := consent.Get(t.Context(), "p1", channels.SMS, phone); err != nil || c.State != channels.ConsentOptedOut {
		t.Errorf("consent after CANCEL: %+v %v", c, err)
	}
	page, err := ib.Messages(t.Context(), "p1", res.Conversation.ID, inbox.Actor{ID: "staff"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	call := false
	for _, m := range page.Messages {
		call = call || (m.Direction == inbox.Note && strings.Contains(m.Text, "call about the appointment"))
	}
	if !call {
		t.Errorf("no note asking staff to call")
	}
}
