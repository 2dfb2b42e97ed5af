package inbox_test

import (
	"strings"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/routing/knowledge"
	"github.com/frontdeskhq/frontdesk/triage"
)

const payAnswer = "Pay online at the portal or call billing."

func knowledgeBase(t *testing.T) *knowledge.Base {
	t.Helper()
	b, err := knowledge.New([]knowledge.Entry{
		{ID: "payment", PracticeID: practice, Intent: triage.IntentBilling, Owner: "s3", LastReviewed: start.AddDate(0, -1, 0),
			Questions: []string{"How can I pay my bill?", "Can I pay my bill online?"},
			Answers:   map[string]string{"en": payAnswer, "es": "Pague en línea en el portal o llame a facturación."}},
	}, knowledge.Config{Clock: clocktest.NewFake(start)})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func kbEnv(t *testing.T) *env {
	t.Helper()
	b := knowledgeBase(t)
	return newEnv(t, func(c *inbox.Config) {
		c.Interceptors = []inbox.Interceptor{inbox.KnowledgeInterceptor(b, inbox.KnowledgeConfig{})}
		d, err := knowledge.NewTemplateDrafter(b, nil)
		if err != nil {
			t.Fatal(err)
		}
		c.Drafter = d
	})
}

// askBill sends the billing FAQ from a new patient and checks the
// automatic answer.
func askBill(t *testing.T, e *env, phone string) (channels.Address, inbox.Conversation) {
	t.Helper()
	from := mustAddr(t, channels.AddrPhone, phone)
	e.dir.Add(practice, from, "pat-"+phone)
	r, err := e.ib.Ingest(t.Context(), in(t, channels.SMS, from, "q-"+phone, "how can I pay my bill online?"))
	if err != nil {
		t.Fatal(err)
	}
	if r.AutoReply == nil || !strings.HasPrefix(r.AutoReply.Text, "Automatic answer: "+payAnswer) ||
		!strings.Contains(r.AutoReply.Text, "Did that answer your question?") {
		t.Fatalf("automatic answer = %+v (%v)", r.AutoReply, r.AutoReplyErr)
	}
	c := r.Conversation
	if r.Message.HandledBy != knowledge.HandledBy || c.Status != inbox.StatusSnoozed || c.AwaitingReply != knowledge.HandledBy {
		t.Fatalf("after the automatic answer: handled=%q status=%s awaiting=%q", r.Message.HandledBy, c.Status, c.AwaitingReply)
	}
	if len(c.SLAEvents) != 0 || c.Assignee != "" {
		t.Errorf("an automatically answered question has a clock or an assignee: %+v", c)
	}
	return from, c
}

func TestKnowledgeFollowUpYesClosesContained(t *testing.T) {
	e := kbEnv(t)
	ctx := t.Context()
	from, c := askBill(t, e, "+14155550180")
	e.clock.Advance(time.Minute)
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "yes-1", "yes thanks"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Conversation.ID != c.ID || r.Conversation.Status != inbox.StatusClosed || r.Conversation.ClosedBy != "frontdesk" {
		t.Errorf("after yes: %+v", r.Conversation)
	}
	if r.AutoReply == nil || !strings.Contains(r.AutoReply.Text, "Glad") {
		t.Errorf("no thanks after yes: %+v", r.AutoReply)
	}
	rep, _ := e.ib.KPIs(ctx, practice, inbox.KPIParams{})
	if rep.Total.Conversations != 1 || rep.Total.Contained != 1 || rep.Total.Recontacts != 0 {
		t.Errorf("KPIs: %+v", rep.Total)
	}
}

func TestKnowledgeFollowUpNoGoesToStaff(t *testing.T) {
	e := kbEnv(t)
	from, c := askBill(t, e, "+14155550181")
	e.clock.Advance(time.Minute)
	r, err := e.ib.Ingest(t.Context(), in(t, channels.SMS, from, "no-1", "no"))
	if err != nil {
		t.Fatal(err)
	}
	got := r.Conversation
	if got.ID != c.ID || got.Status != inbox.StatusOpen || got.AwaitingReply != "" || got.Queue != routing.QueueBilling ||
		got.SLAState() != routing.ClockRunning || r.Message.HandledBy != "" || r.AutoReply != nil {
		t.Errorf("after no: %+v (handled %q)", got, r.Message.HandledBy)
	}
}

func TestKnowledgeNoFollowUpClosesContained(t *testing.T) {
	e := kbEnv(t)
	_, c := askBill(t, e, "+14155550182")
	e.clock.Advance(25 * time.Hour)
	n, err := e.ib.WakeSnoozed(t.Context(), practice)
	if err != nil || n != 0 {
		t.Fatalf("wake = %d, %v; want nothing woken", n, err)
	}
	got, _ := e.ib.Conversation(t.Context(), practice, c.ID)
	if got.Status != inbox.StatusClosed || got.ClosedBy != "frontdesk" || got.AwaitingReply != "" {
		t.Errorf("unanswered follow-up: %+v", got)
	}
}

func TestKnowledgeLeavesClinicalAndWorkedConversations(t *testing.T) {
	e := kbEnv(t)
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550183")
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "c1", "I need an appointment"))
	if err != nil || r.Message.HandledBy != "" {
		t.Fatalf("non-FAQ question handled: %q %v", r.Message.HandledBy, err)
	}
	// The patient asks the FAQ inside a conversation a person works: the
	// person answers.
	r, _ = e.ib.Ingest(ctx, in(t, channels.SMS, from, "c2", "how can I pay my bill online?"))
	if r.Message.HandledBy != "" || r.AutoReply != nil {
		t.Errorf("answered automatically inside an open conversation")
	}
	// An emergency that mentions the bill is never answered from the base.
	r, _ = e.ib.Ingest(ctx, in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550184"), "c3", "chest pain, also how can I pay my bill"))
	if r.Message.HandledBy != "" || r.AutoReply != nil || r.Conversation.Status != inbox.StatusOpen {
		t.Errorf("emergency handled by the knowledge base: %+v", r.Conversation)
	}
}

func TestDraftIsSuggestedNeverSent(t *testing.T) {
	e := kbEnv(t)
	ctx := t.Context()
	from, c := askBill(t, e, "+14155550185")
	e.ib.Ingest(ctx, in(t, channels.SMS, from, "no-2", "no"))
	sent := len(e.sms.Sent())
	d, err := e.ib.Staff(billingClerk).Draft(ctx, practice, c.ID, map[string]string{"agent": "Bea"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "Bea") || d.Language != "en" {
		t.Errorf("draft = %+v", d)
	}
	if len(e.sms.Sent()) != sent {
		t.Error("a draft was sent")
	}
}
