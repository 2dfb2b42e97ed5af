package inbox_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/triage"
)

const practice = "practice-1"

var start = time.Date(2026, 5, 4, 15, 0, 0, 0, time.UTC)

// keywordClassifier is a tiny stand-in classifier for these tests: the
// inbox's behaviour, not triage quality, is under test here.
type keywordClassifier struct{}

func (keywordClassifier) Classify(_ context.Context, text string) (triage.Result, error) {
	r := triage.Result{Intent: triage.IntentOther, Urgency: triage.UrgencyRoutine, Language: "en", Model: "keywords"}
	switch {
	case strings.Contains(text, "want to die"):
		r.Urgency = triage.UrgencyEmergency
		r.RedFlags = []triage.RedFlag{{Kind: "suicidal", Urgency: triage.UrgencyEmergency}}
	case strings.Contains(text, "chest pain"):
		r.Urgency = triage.UrgencyEmergency
		r.RedFlags = []triage.RedFlag{{Kind: "chest_pain", Urgency: triage.UrgencyEmergency}}
	case strings.Contains(text, "bill"):
		r.Intent = triage.IntentBilling
	case strings.Contains(text, "appointment"):
		r.Intent = triage.IntentAppointmentBook
	}
	if strings.Contains(text, "dolor") {
		r.Language = "es"
	}
	return r, nil
}

// memSink records audit events.
type memSink struct {
	mu     sync.Mutex
	events []audit.Event
	err    error
}

func (s *memSink) Append(_ context.Context, events ...audit.Event) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return s.err
	}
	s.events = append(s.events, events...)
	return nil
}

func (s *memSink) Close() error { return nil }

func (s *memSink) actions() []audit.Action {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []audit.Action
	for _, e := range s.events {
		out = append(out, e.Action)
	}
	return out
}

type env struct {
	ib       *inbox.Inbox
	store    *inbox.MemoryStore
	clock    *clocktest.Fake
	dir      *inbox.MapDirectory
	wa, sms  *channeltest.Fake
	email    *channeltest.Fake
	sink     *memSink
	logs     *observer.ObservedLogs
	received []inbox.Event
	mu       sync.Mutex
}

func newEnv(t *testing.T, mod func(*inbox.Config)) *env {
	t.Helper()
	e := &env{store: inbox.NewMemoryStore(), clock: clocktest.NewFake(start), dir: inbox.NewMapDirectory(), sink: &memSink{}}
	e.wa = channeltest.New(channeltest.Config{Kind: channels.WhatsApp, Clock: e.clock})
	e.sms = channeltest.New(channeltest.Config{Kind: channels.SMS, Clock: e.clock})
	e.email = channeltest.New(channeltest.Config{Kind: channels.Email, Clock: e.clock})
	core, logs := observer.New(zap.DebugLevel)
	e.logs = logs
	cfg := inbox.Config{
		Clock: e.clock, Logger: zap.New(core), Directory: e.dir, Classifier: keywordClassifier{},
		Audit: e.sink, Channels: []channels.Channel{e.wa, e.sms, e.email},
		Hooks: []inbox.Hook{inbox.HookFunc(func(_ context.Context, ev inbox.Event) {
			e.mu.Lock()
			defer e.mu.Unlock()
			e.received = append(e.received, ev)
		})},
	}
	if mod != nil {
		mod(&cfg)
	}
	ib, err := inbox.New(e.store, cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.ib = ib
	for _, f := range []*channeltest.Fake{e.wa, e.sms, e.email} {
		f.SetHandlers(ib, ib)
	}
	return e
}

func (e *env) eventTypes() []inbox.EventType {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []inbox.EventType
	for _, ev := range e.received {
		out = append(out, ev.Type)
	}
	return out
}

func mustAddr(t *testing.T, kind channels.AddressKind, raw string) channels.Address {
	t.Helper()
	a, err := channels.ParseAddress(kind, raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func in(t *testing.T, ch channels.Kind, from channels.Address, providerID, text string) channels.Inbound {
	t.Helper()
	return channels.Inbound{PracticeID: practice, Channel: ch, From: from, ProviderID: providerID, Type: channels.TypeText, Text: text}
}

func TestIngestThreadsOnePatientAcrossChannels(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	phone := mustAddr(t, channels.AddrPhone, "(415) 555-0134")
	e.dir.Add(practice, phone, "pat-42")
	e.dir.Add(practice, mustAddr(t, channels.AddrEmail, "ana@example.com"), "pat-42")

	r1, err := e.ib.Ingest(ctx, in(t, channels.WhatsApp, mustAddr(t, channels.AddrWhatsApp, "14155550134"), "wamid.1", "hi, I need an appointment"))
	if err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(time.Minute)
	r2, err := e.ib.Ingest(ctx, in(t, channels.SMS, phone, "SM1", "question about my bill"))
	if err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(time.Minute)
	r3, err := e.ib.Ingest(ctx, in(t, channels.Email, mustAddr(t, channels.AddrEmail, "Ana <ANA@example.com>"), "<m1@example.com>", "following up"))
	if err != nil {
		t.Fatal(err)
	}
	if r1.Conversation.ID != r2.Conversation.ID || r2.Conversation.ID != r3.Conversation.ID {
		t.Fatalf("one patient, three conversations: %s %s %s", r1.Conversation.ID, r2.Conversation.ID, r3.Conversation.ID)
	}
	if r1.Contact.ID != r2.Contact.ID {
		t.Errorf("WhatsApp id and SMS number of one phone are two contacts")
	}
	if !r1.Contact.Verified || r1.Contact.PatientID != "pat-42" {
		t.Errorf("directory-known contact: verified=%v patient=%q", r1.Contact.Verified, r1.Contact.PatientID)
	}
	conv := r3.Conversation
	if conv.PatientID != "pat-42" || conv.MessageCount != 3 || conv.Channel != channels.Email {
		t.Errorf("conversation = %+v", conv)
	}
	// The first message decided the routing; routine messages do not move it.
	if conv.Queue != routing.QueueScheduling {
		t.Errorf("queue = %q, want %q", conv.Queue, routing.QueueScheduling)
	}
	page, err := e.ib.Messages(ctx, practice, conv.ID, inbox.Actor{ID: "staff-1", Role: "front_desk", Kind: "staff"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var chans []channels.Kind
	for _, m := range page.Messages {
		chans = append(chans, m.Channel)
		if m.Triage == nil || m.Triage.Model != "keywords" {
			t.Errorf("message %s has no stored triage", m.ID)
		}
	}
	if diff := cmp.Diff([]channels.Kind{channels.WhatsApp, channels.SMS, channels.Email}, chans); diff != "" {
		t.Errorf("thread channels (-want +got):\n%s", diff)
	}
	wantAudit := []audit.Action{audit.ActionMessageReceived, audit.ActionMessageReceived, audit.ActionMessageReceived, audit.ActionMessageRead}
	if diff := cmp.Diff(wantAudit, e.sink.actions()); diff != "" {
		t.Errorf("audit actions (-want +got):\n%s", diff)
	}
	for _, ev := range e.sink.events {
		if ev.PracticeID != practice || ev.Time.IsZero() {
			t.Errorf("audit event without practice or time: %+v", ev)
		}
	}
}

func TestIngestDuplicateDeliveryStoresOnce(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	m := in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550135"), "SMdup", "about my bill")
	first, err := e.ib.Ingest(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	second, err := e.ib.Ingest(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	if !second.Duplicate || second.Message.ID != first.Message.ID {
		t.Fatalf("redelivery: duplicate=%v id=%s, want the first message %s", second.Duplicate, second.Message.ID, first.Message.ID)
	}
	// The redelivery is audited, marked as such, so that a crash between
	// storing and auditing the first delivery never leaves a message
	// without its message.received event.
	if acts := e.sink.actions(); len(acts) != 2 || acts[1] != audit.ActionMessageReceived || e.sink.events[1].Detail["redelivery"] != "true" {
		t.Errorf("audit after a redelivery: %v", acts)
	}
	if n := len(e.eventTypes()); n != 1 {
		t.Errorf("redelivery published again: %d events", n)
	}
}

func TestIngestConcurrentDeliveriesOfOneMessage(t *testing.T) {
	e := newEnv(t, nil)
	m := in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550136"), "SMrace", "hello")
	var wg sync.WaitGroup
	var mu sync.Mutex
	stored := 0
	for range 16 {
		wg.Go(func() {
			r, err := e.ib.Ingest(t.Context(), m)
			if err != nil {
				t.Error(err)
				return
			}
			if !r.Duplicate {
				mu.Lock()
				stored++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if stored != 1 {
		t.Fatalf("stored %d times", stored)
	}
}

func TestUnknownSenderIsProvisionalUntilLinked(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	staff := inbox.Actor{ID: "staff-1", Role: "front_desk", Kind: "staff"}
	phone := mustAddr(t, channels.AddrPhone, "+14155550137")
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, phone, "SM1", "hi it's me, new number"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Contact.Verified || r.Contact.PatientID != "" || r.Conversation.Subject != inbox.SubjectFor("", r.Contact.ID) {
		t.Fatalf("unknown sender: %+v / %+v", r.Contact, r.Conversation)
	}
	_, err = e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Author: staff, Text: "Your results are normal."})
	if !errors.Is(err, inbox.ErrUnverifiedContact) {
		t.Fatalf("reply to unverified contact: %v, want ErrUnverifiedContact", err)
	}
	if n := len(e.sms.Sent()); n != 0 {
		t.Fatalf("%d messages sent to an unverified contact", n)
	}
	if _, err := e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Author: staff,
		Text: "Please confirm your date of birth.", ToUnverified: true}); err != nil {
		t.Fatalf("acknowledged reply to unverified contact: %v", err)
	}

	// The patient already has an open conversation from another address.
	email := mustAddr(t, channels.AddrEmail, "pat@example.com")
	e.dir.Add(practice, email, "pat-7")
	e.clock.Advance(time.Minute)
	known, err := e.ib.Ingest(ctx, in(t, channels.Email, email, "<e1@example.com>", "my chest pain is back"))
	if err != nil {
		t.Fatal(err)
	}
	linked, err := e.ib.LinkContact(ctx, practice, r.Contact.ID, "pat-7", staff)
	if err != nil {
		t.Fatal(err)
	}
	if !linked.Verified || linked.PatientID != "pat-7" || linked.Link == nil {
		t.Fatalf("linked contact = %+v", linked)
	}
	merged, _ := e.ib.Conversation(ctx, practice, known.Conversation.ID)
	if merged.MessageCount != 4 {
		t.Errorf("merged conversation has %d messages, want 4", merged.MessageCount)
	}
	if !merged.Emergency || merged.Queue != routing.QueueNursing {
		t.Errorf("merge lost the emergency routing: %+v", merged)
	}
	old, _ := e.ib.Conversation(ctx, practice, r.Conversation.ID)
	if old.Status != inbox.StatusClosed {
		t.Errorf("contact's own conversation after merge: %s", old.Status)
	}
	// New SMS now threads into the patient's conversation.
	next, err := e.ib.Ingest(ctx, in(t, channels.SMS, phone, "SM2", "thanks"))
	if err != nil {
		t.Fatal(err)
	}
	if next.Conversation.ID != merged.ID {
		t.Errorf("message after merge went to %s, want %s", next.Conversation.ID, merged.ID)
	}

	// Undo: the contact's messages go back to a thread of its own.
	un, err := e.ib.UnlinkContact(ctx, practice, r.Contact.ID, staff)
	if err != nil {
		t.Fatal(err)
	}
	if un.Verified || un.PatientID != "" || un.Link != nil {
		t.Errorf("unlinked contact = %+v", un)
	}
	back, _ := e.ib.Conversation(ctx, practice, r.Conversation.ID)
	after, _ := e.ib.Conversation(ctx, practice, merged.ID)
	if back.Status != inbox.StatusOpen || back.MessageCount != 3 || after.MessageCount != 2 {
		t.Errorf("after undo: contact conv %s with %d, patient conv %d", back.Status, back.MessageCount, after.MessageCount)
	}
	if _, err := e.ib.UnlinkContact(ctx, practice, r.Contact.ID, staff); !errors.Is(err, inbox.ErrNotLinked) {
		t.Errorf("second undo: %v, want ErrNotLinked", err)
	}
	acts := e.sink.actions()
	if !contains(acts, audit.ActionContactMerged) || !contains(acts, audit.ActionContactUnmerged) {
		t.Errorf("merge and undo not audited: %v", acts)
	}
}

func contains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func TestEmergencyGetsSafetyReplyAndEscalates(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"medical", "I have chest pain right now", "call 911"},
		{"crisis", "I want to die", "988"},
		{"spanish", "tengo dolor, chest pain", "llame al 911"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, nil)
			r, err := e.ib.Ingest(t.Context(), in(t, channels.WhatsApp, mustAddr(t, channels.AddrWhatsApp, "14155550138"), "wamid.E", tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if !r.Conversation.Emergency || r.Conversation.Queue != routing.QueueNursing || r.Conversation.Urgency != triage.UrgencyEmergency {
				t.Errorf("emergency not escalated: %+v", r.Conversation)
			}
			if r.SafetyReply == nil || r.SafetyReplyErr != nil {
				t.Fatalf("no safety reply: %v", r.SafetyReplyErr)
			}
			sent := e.wa.Sent()
			if len(sent) != 1 || !strings.Contains(sent[0].Text, tc.want) {
				t.Fatalf("safety reply sent = %+v, want one containing %q", sent, tc.want)
			}
			if !r.SafetyReply.Automated || r.SafetyReply.Status != channels.StateSent {
				t.Errorf("safety reply record = %+v", r.SafetyReply)
			}
			if !contains(e.eventTypes(), inbox.EventEmergency) {
				t.Errorf("no emergency event: %v", e.eventTypes())
			}
			// An automatic reply is not a person's first response.
			conv, _ := e.ib.Conversation(t.Context(), practice, r.Conversation.ID)
			if !conv.FirstResponseAt.IsZero() {
				t.Errorf("safety reply counted as first response")
			}
		})
	}
}

func TestEmergencyWithoutChannelStillEscalates(t *testing.T) {
	e := newEnv(t, func(c *inbox.Config) { c.Channels = nil })
	r, err := e.ib.Ingest(t.Context(), in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550139"), "SMx", "chest pain"))
	if err != nil {
		t.Fatalf("ingest must not fail when the safety reply cannot be sent: %v", err)
	}
	if !errors.Is(r.SafetyReplyErr, inbox.ErrNoRoute) || !r.Conversation.Emergency {
		t.Errorf("safety err = %v, emergency = %v", r.SafetyReplyErr, r.Conversation.Emergency)
	}
}

func TestUrgencyOnlyRisesWithinAConversation(t *testing.T) {
	e := newEnv(t, func(c *inbox.Config) { c.Safety.Disabled = true })
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550140")
	e.dir.Add(practice, from, "pat-1")
	r1, _ := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM1", "question about my bill"))
	if r1.Conversation.Queue != routing.QueueBilling {
		t.Fatalf("queue = %s", r1.Conversation.Queue)
	}
	r2, _ := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM2", "also chest pain"))
	if r2.Conversation.Queue != routing.QueueNursing || !r2.Conversation.Emergency {
		t.Fatalf("emergency did not re-route: %+v", r2.Conversation)
	}
	if !r2.Conversation.FirstResponseDue.Equal(start.Add(15 * time.Minute)) {
		t.Errorf("deadline = %v, want the emergency's", r2.Conversation.FirstResponseDue)
	}
	r3, _ := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM3", "and another bill"))
	if r3.Conversation.Queue != routing.QueueNursing || r3.Conversation.Urgency != triage.UrgencyEmergency {
		t.Errorf("a routine message lowered the conversation: %+v", r3.Conversation)
	}
}

func TestReplyAndOutOfOrderStatuses(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	from := mustAddr(t, channels.AddrWhatsApp, "14155550141")
	e.dir.Add(practice, from, "pat-2")
	r, _ := e.ib.Ingest(ctx, in(t, channels.WhatsApp, from, "wamid.1", "appointment please"))
	e.clock.Advance(10 * time.Minute)
	staff := inbox.Actor{ID: "staff-3", Role: "scheduler", Kind: "staff"}
	msg, err := e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Author: staff, Text: "Tuesday 10am works?"})
	if err != nil {
		t.Fatal(err)
	}
	sent := e.wa.Sent()
	if len(sent) != 1 || sent[0].To != from || sent[0].IdempotencyKey != msg.ID || sent[0].PracticeID != practice {
		t.Fatalf("sent = %+v", sent)
	}
	if msg.Status != channels.StateSent || msg.ProviderID == "" || msg.AuthorID != "staff-3" {
		t.Fatalf("reply record = %+v", msg)
	}
	conv, _ := e.ib.Conversation(ctx, practice, r.Conversation.ID)
	if !conv.FirstResponseAt.Equal(start.Add(10 * time.Minute)) {
		t.Errorf("FirstResponseAt = %v", conv.FirstResponseAt)
	}
	// read arrives before delivered; delivered must not move it back.
	for _, st := range []channels.DeliveryState{channels.StateRead, channels.StateDelivered, channels.StateSent} {
		if err := e.wa.EmitStatus(ctx, msg.ProviderID, st, ""); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := e.store.GetMessage(ctx, practice, msg.ID)
	if got.Status != channels.StateRead || len(got.StatusHistory) != 5 {
		t.Errorf("status = %s with %d history entries, want read with 5", got.Status, len(got.StatusHistory))
	}
	if err := e.ib.HandleStatus(ctx, channels.Status{PracticeID: practice, Channel: channels.WhatsApp, ProviderID: "wamid.unknown", State: channels.StateRead}); !errors.Is(err, inbox.ErrNotFound) {
		t.Errorf("status for unknown message: %v", err)
	}
	// Another practice cannot touch the message through its provider id.
	if err := e.ib.HandleStatus(ctx, channels.Status{PracticeID: "practice-2", Channel: channels.WhatsApp, ProviderID: msg.ProviderID, State: channels.StateFailed}); !errors.Is(err, inbox.ErrNotFound) {
		t.Errorf("cross-practice status: %v", err)
	}
}

func TestReplyFailuresAreRecorded(t *testing.T) {
	for _, tc := range []struct {
		name  string
		fault error
		is    error
		code  string
	}{
		{"rejected", channeltest.Rejected("21211"), channels.ErrRejected, "21211"},
		{"rate limited", channeltest.RateLimited(30 * time.Second), channels.ErrRateLimited, ""},
		{"server error", channeltest.ServerError(503), channels.ErrUnavailable, ""},
		{"timeout", channeltest.Timeout(), channels.ErrUnavailable, "timeout"},
		{"opted out", channeltest.OptedOut("21610"), channels.ErrOptedOut, "21610"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, nil)
			ctx := t.Context()
			from := mustAddr(t, channels.AddrPhone, "+14155550142")
			e.dir.Add(practice, from, "pat-3")
			r, _ := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM1", "hello"))
			e.sms.FailNext(1, tc.fault)
			msg, err := e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Text: "hi"})
			if !errors.Is(err, tc.is) {
				t.Fatalf("err = %v, want %v", err, tc.is)
			}
			if msg.Status != channels.StateFailed || msg.ErrorCode != tc.code {
				t.Errorf("failed reply record: status %s code %q", msg.Status, msg.ErrorCode)
			}
			stored, _ := e.store.GetMessage(ctx, practice, msg.ID)
			if stored.Status != channels.StateFailed {
				t.Errorf("stored status %s", stored.Status)
			}
			if acts := e.sink.events; acts[len(acts)-1].Outcome != audit.OutcomeFailure {
				t.Errorf("failed send audited as %s", acts[len(acts)-1].Outcome)
			}
		})
	}
}

func TestReplyErrors(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550143")
	e.dir.Add(practice, from, "pat-4")
	r, _ := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM1", "hello"))
	cases := []struct {
		name string
		p    inbox.ReplyParams
		want error
	}{
		{"empty", inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID}, channels.ErrEmptyText},
		{"missing conversation", inbox.ReplyParams{PracticeID: practice, ConversationID: "nope", Text: "x"}, inbox.ErrNotFound},
		{"other practice", inbox.ReplyParams{PracticeID: "practice-2", ConversationID: r.Conversation.ID, Text: "x"}, inbox.ErrNotFound},
		{"too long for sms", inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Text: strings.Repeat("a", 1601)}, channels.ErrTextTooLong},
		{"no address for channel", inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Text: "x", Channel: channels.Email}, inbox.ErrNoRoute},
		{"no such channel", inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Text: "x", Channel: channels.WebChat}, inbox.ErrNoRoute},
		{"invalid utf8", inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Text: "\xff"}, channels.ErrInvalidMessage},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := e.ib.Reply(ctx, tc.p); !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
	if n := len(e.sms.Sent()); n != 0 {
		t.Errorf("%d sent by failing replies", n)
	}
	// A reply on WhatsApp reaches the phone contact's WhatsApp id.
	if _, err := e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Text: "x", Channel: channels.WhatsApp}); err != nil {
		t.Fatal(err)
	}
	if got := e.wa.Sent()[0].To; got != (channels.Address{Kind: channels.AddrWhatsApp, Value: "14155550143"}) {
		t.Errorf("whatsapp address = %+v", got)
	}
	if _, err := e.ib.Close(ctx, practice, r.Conversation.ID, inbox.Actor{ID: "staff-1"}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Text: "x"}); !errors.Is(err, inbox.ErrClosed) {
		t.Errorf("reply to closed: %v", err)
	}
	// The patient's next message opens a new conversation.
	r2, _ := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM2", "one more thing"))
	if r2.Conversation.ID == r.Conversation.ID || !r2.Conversation.FirstResponseAt.IsZero() {
		t.Errorf("message after close: %+v", r2.Conversation)
	}
}

func TestIngestBadInput(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	good := in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550144"), "SMgood", "hello")
	if _, err := e.ib.Ingest(ctx, good); err != nil {
		t.Fatal(err)
	}
	mod := func(f func(*channels.Inbound)) channels.Inbound {
		m := good
		m.ProviderID = "SMbad"
		f(&m)
		return m
	}
	cases := []struct {
		name string
		m    channels.Inbound
		want error
	}{
		{"no practice", mod(func(m *channels.Inbound) { m.PracticeID = "" }), channels.ErrInvalidMessage},
		{"unknown channel", mod(func(m *channels.Inbound) { m.Channel = "fax" }), channels.ErrUnknownChannel},
		{"no sender", mod(func(m *channels.Inbound) { m.From = channels.Address{} }), channels.ErrInvalidMessage},
		{"wrong address kind", mod(func(m *channels.Inbound) { m.Channel = channels.Email }), channels.ErrInvalidAddress},
		{"no provider id", mod(func(m *channels.Inbound) { m.ProviderID = "" }), channels.ErrInvalidMessage},
		{"invalid utf8", mod(func(m *channels.Inbound) { m.Text = "ok \xc3\x28" }), channels.ErrInvalidMessage},
		{"oversized", mod(func(m *channels.Inbound) { m.Text = strings.Repeat("x", channels.MaxTextBytes+1) }), channels.ErrTextTooLong},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := e.ib.Ingest(ctx, tc.m); !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
	page, _ := e.ib.Conversations(ctx, practice, nil)
	if len(page.Conversations) != 1 || page.Conversations[0].MessageCount != 1 {
		t.Errorf("bad input changed what was stored: %+v", page.Conversations)
	}
}

func TestAuditFailureIsReported(t *testing.T) {
	e := newEnv(t, nil)
	e.sink.err = errors.New("disk full")
	_, err := e.ib.Ingest(t.Context(), in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550145"), "SM1", "hello"))
	if !errors.Is(err, inbox.ErrAudit) {
		t.Fatalf("err = %v, want ErrAudit", err)
	}
}

type stopInterceptor struct{}

func (stopInterceptor) Intercept(_ context.Context, in inbox.Intake) (inbox.Interception, error) {
	return inbox.Interception{Handled: strings.EqualFold(strings.TrimSpace(in.Inbound.Text), "stop") || strings.Contains(in.Inbound.Text, "C "), By: "test"}, nil
}

func TestInterceptorHandlesButNeverHidesEmergency(t *testing.T) {
	e := newEnv(t, func(c *inbox.Config) { c.Interceptors = []inbox.Interceptor{stopInterceptor{}} })
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550146")
	e.dir.Add(practice, from, "pat-5")
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM1", "STOP"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Message.HandledBy != "test" || !r.Conversation.FirstResponseDue.IsZero() {
		t.Errorf("handled message: by=%q due=%v", r.Message.HandledBy, r.Conversation.FirstResponseDue)
	}
	r2, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM2", "C but my dad has chest pain"))
	if err != nil {
		t.Fatal(err)
	}
	if !r2.Conversation.Emergency || r2.SafetyReply == nil {
		t.Errorf("an intercepted emergency was not escalated: %+v", r2.Conversation)
	}
}

func TestTenantsDoNotMix(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550147")
	a := in(t, channels.SMS, from, "SMsame", "about my bill")
	b := a
	b.PracticeID = "practice-2"
	ra, _ := e.ib.Ingest(ctx, a)
	rb, err := e.ib.Ingest(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if rb.Duplicate || rb.Contact.ID == ra.Contact.ID || rb.Conversation.ID == ra.Conversation.ID {
		t.Fatalf("practices share records: %+v", rb)
	}
	sub := e.ib.Subscribe("practice-2", 8)
	defer sub.Close()
	if _, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SMnext", "hi")); err != nil {
		t.Fatal(err)
	}
	select {
	case ev := <-sub.C:
		t.Errorf("practice-2 subscriber got practice-1 event %+v", ev)
	default:
	}
	if _, err := e.ib.Assign(ctx, "practice-2", ra.Conversation.ID, "staff-x", inbox.Actor{ID: "staff-x"}); !errors.Is(err, inbox.ErrNotFound) {
		t.Errorf("cross-practice assign: %v", err)
	}
	for _, ev := range e.sink.events {
		if ev.ConversationID == rb.Conversation.ID && ev.PracticeID != "practice-2" {
			t.Errorf("audit event of practice-2 labelled %s", ev.PracticeID)
		}
	}
}

func TestSubscriptionAndEvents(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	sub := e.ib.Subscribe(practice, 2)
	defer sub.Close()
	from := mustAddr(t, channels.AddrPhone, "+14155550148")
	e.dir.Add(practice, from, "pat-6")
	r, _ := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM1", "hello"))
	if _, err := e.ib.Assign(ctx, practice, r.Conversation.ID, "staff-9", inbox.Actor{ID: "staff-1"}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.ib.AddNote(ctx, practice, r.Conversation.ID, inbox.Actor{ID: "staff-1"}, "@staff-9 can you take this"); err != nil {
		t.Fatal(err)
	}
	got := []inbox.EventType{(<-sub.C).Type, (<-sub.C).Type}
	want := []inbox.EventType{inbox.EventMessageReceived, inbox.EventConversationAssigned}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("subscription events (-want +got):\n%s", diff)
	}
	if sub.Dropped() != 2 {
		t.Errorf("dropped = %d, want 2 (buffer of 2, four events)", sub.Dropped())
	}
	want = append(want, inbox.EventNoteAdded, inbox.EventMention)
	if diff := cmp.Diff(want, e.eventTypes()); diff != "" {
		t.Errorf("hook events (-want +got):\n%s", diff)
	}
	sub.Close()
	if _, ok := <-sub.C; ok {
		t.Error("channel open after Close")
	}
}

// TestNoPHIInLogsOrErrors plants canary PHI in every field a patient
// controls and drives ingest, reply and failure paths; none of it may reach
// a log line or an error string.
func TestNoPHIInLogsOrErrors(t *testing.T) {
	const (
		canaryName  = "Zebulon Quarrington"
		canarySSN   = "078-05-1120"
		canaryPhone = "+14155550199"
		canaryEmail = "zebulon.q@example.org"
	)
	canaries := []string{canaryName, canarySSN, "4155550199", canaryEmail, "zebulon"}
	e := newEnv(t, func(c *inbox.Config) { c.Classifier = nil })
	ctx := t.Context()
	var errs []error
	text := "my name is " + canaryName + ", ssn " + canarySSN + ", chest pain, email " + canaryEmail
	phone := mustAddr(t, channels.AddrPhone, canaryPhone)
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, phone, "SMcanary", text))
	errs = append(errs, err)
	_, err = e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Text: text})
	errs = append(errs, err)
	_, err = e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Text: text, ToUnverified: true})
	errs = append(errs, err)
	e.sms.FailNext(1, channeltest.Rejected("21211"))
	_, err = e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Text: text, ToUnverified: true})
	errs = append(errs, err)
	_, err = e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Text: text + strings.Repeat("!", 2000), ToUnverified: true})
	errs = append(errs, err)
	_, err = e.ib.Ingest(ctx, in(t, channels.SMS, phone, "SMbad", text+"\xff"))
	errs = append(errs, err)
	_, err = channels.ParsePhone(canaryPhone+"x", nil)
	errs = append(errs, err)
	_, err = channels.ParseEmail("Zebulon Quarrington <" + canaryEmail)
	errs = append(errs, err)
	e.sink.err = errors.New("sink down")
	_, err = e.ib.Ingest(ctx, in(t, channels.SMS, phone, "SMcanary2", text))
	errs = append(errs, err)

	if e.logs.Len() == 0 {
		t.Fatal("no logs captured: the test would prove nothing")
	}
	for _, entry := range e.logs.All() {
		line := entry.Message
		for k, v := range entry.ContextMap() {
			line += " " + k + "=" + stringify(v)
		}
		for _, c := range canaries {
			if strings.Contains(strings.ToLower(line), strings.ToLower(c)) {
				t.Errorf("log line leaks %q: %s", c, line)
			}
		}
	}
	nonNil := 0
	for _, err := range errs {
		if err == nil {
			continue
		}
		nonNil++
		for _, c := range canaries {
			if strings.Contains(strings.ToLower(err.Error()), strings.ToLower(c)) {
				t.Errorf("error leaks %q: %v", c, err)
			}
		}
	}
	if nonNil < 6 {
		t.Errorf("only %d error paths exercised", nonNil)
	}
}

func stringify(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case error:
		return x.Error()
	}
	return ""
}

func TestVerifyContactByNameAndBirthDate(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	staff := inbox.Actor{ID: "staff-1", Kind: "staff"}
	dob := time.Date(1984, 7, 9, 0, 0, 0, 0, time.UTC)
	e.dir.AddIdentity(practice, "pat-8", "Rosa  Delgado", dob)
	e.dir.AddIdentity(practice, "pat-9", "Rosa Delgado", dob.AddDate(1, 0, 0))
	r, _ := e.ib.Ingest(ctx, in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550150"), "SM1", "hi"))
	_, err := e.ib.VerifyContact(ctx, practice, r.Contact.ID, inbox.IdentityClaim{Name: "rosa delgado", DateOfBirth: dob.AddDate(0, 0, 1)}, staff)
	if !errors.Is(err, inbox.ErrNotFound) {
		t.Fatalf("wrong birth date: %v", err)
	}
	c, err := e.ib.VerifyContact(ctx, practice, r.Contact.ID, inbox.IdentityClaim{Name: "rosa delgado", DateOfBirth: dob}, staff)
	if err != nil || c.PatientID != "pat-8" || !c.Verified {
		t.Fatalf("verify = %+v, %v", c, err)
	}
	var outcomes []audit.Outcome
	for _, ev := range e.sink.events {
		if ev.Action == audit.ActionContactMerged {
			outcomes = append(outcomes, ev.Outcome)
		}
	}
	if diff := cmp.Diff([]audit.Outcome{audit.OutcomeFailure, audit.OutcomeSuccess}, outcomes); diff != "" {
		t.Errorf("verification audit (-want +got):\n%s", diff)
	}
	noVerify, _ := inbox.New(inbox.NewMemoryStore(), inbox.Config{})
	if _, err := noVerify.VerifyContact(ctx, practice, "c", inbox.IdentityClaim{}, staff); !errors.Is(err, inbox.ErrNotVerifiable) {
		t.Errorf("directory without verifier: %v", err)
	}
}
