package inbox_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
)

func TestTransferIsAWarmHandoff(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550120")
	e.dir.Add(practice, from, "pat-1")
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM1", "question about my bill"))
	if err != nil {
		t.Fatal(err)
	}
	nurse := inbox.Actor{ID: "amy", Role: "billing", Kind: "staff"}
	c, err := e.ib.Transfer(ctx, inbox.TransferParams{PracticeID: practice, ConversationID: r.Conversation.ID,
		Queue: "nursing", Assignee: "nina", Note: "Patient also asks about a rash, see above @nina", By: nurse})
	if err != nil {
		t.Fatal(err)
	}
	if c.Queue != "nursing" || c.Assignee != "nina" || c.Escalations != 1 {
		t.Errorf("after transfer: %+v", c)
	}
	page, err := e.ib.Messages(ctx, practice, c.ID, nurse, nil)
	if err != nil {
		t.Fatal(err)
	}
	last := page.Messages[len(page.Messages)-1]
	if last.Direction != inbox.Note || !slices.Equal(last.Mentions, []string{"nina"}) {
		t.Errorf("handoff note: %+v", last)
	}
	if !slices.Contains(e.sink.actions(), audit.ActionConversationTransferred) {
		t.Errorf("transfer not audited")
	}
	if !slices.Contains(e.eventTypes(), inbox.EventMention) || !slices.Contains(e.eventTypes(), inbox.EventConversationTransferred) {
		t.Errorf("events: %v", e.eventTypes())
	}
	if _, err := e.ib.Transfer(ctx, inbox.TransferParams{PracticeID: practice, ConversationID: c.ID, Queue: "billing", By: nurse}); !errors.Is(err, channels.ErrEmptyText) {
		t.Errorf("transfer without a note: %v", err)
	}
	if _, err := e.ib.Transfer(ctx, inbox.TransferParams{PracticeID: "other", ConversationID: c.ID, Queue: "billing", Note: "x", By: nurse}); !errors.Is(err, inbox.ErrNotFound) {
		t.Errorf("transfer across practices: %v", err)
	}
}

func TestSnoozeWakesOnTimeOrOnPatientMessage(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	staff := inbox.Actor{ID: "sam", Kind: "staff"}
	from := mustAddr(t, channels.AddrPhone, "+14155550121")
	e.dir.Add(practice, from, "pat-2")
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM1", "need an appointment"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.ib.Snooze(ctx, practice, r.Conversation.ID, start.Add(-time.Minute), staff); !errors.Is(err, channels.ErrInvalidMessage) {
		t.Errorf("snooze into the past: %v", err)
	}
	c, err := e.ib.Snooze(ctx, practice, r.Conversation.ID, start.Add(2*time.Hour), staff)
	if err != nil || c.Status != inbox.StatusSnoozed {
		t.Fatalf("snooze: %+v %v", c, err)
	}
	if n, err := e.ib.WakeSnoozed(ctx, practice); err != nil || n != 0 {
		t.Fatalf("woke %d early (%v)", n, err)
	}
	e.clock.Advance(2 * time.Hour)
	if n, err := e.ib.WakeSnoozed(ctx, practice); err != nil || n != 1 {
		t.Fatalf("woke %d on time (%v)", n, err)
	}
	if c, _ := e.ib.Conversation(ctx, practice, c.ID); c.Status != inbox.StatusOpen || !c.SnoozedUntil.IsZero() {
		t.Errorf("after wake: %+v", c)
	}
	// Snoozed again, a message from the patient brings it back at once.
	if _, err := e.ib.Snooze(ctx, practice, c.ID, e.clock.Now().Add(24*time.Hour), staff); err != nil {
		t.Fatal(err)
	}
	r, err = e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM2", "hello?"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Conversation.ID != c.ID || r.Conversation.Status != inbox.StatusOpen {
		t.Errorf("patient message did not wake the snoozed thread: %+v", r.Conversation)
	}
}

func TestCloseReopenAndRecontactLink(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	staff := inbox.Actor{ID: "sam", Kind: "staff"}
	from := mustAddr(t, channels.AddrPhone, "+14155550122")
	e.dir.Add(practice, from, "pat-3")
	r1, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM1", "need an appointment"))
	if err != nil {
		t.Fatal(err)
	}
	closed, err := e.ib.Close(ctx, practice, r1.Conversation.ID, staff)
	if err != nil || closed.ClosedBy != "sam" {
		t.Fatalf("close: %+v %v", closed, err)
	}
	c, err := e.ib.Reopen(ctx, practice, closed.ID, staff)
	if err != nil || c.Status != inbox.StatusOpen || !c.ClosedAt.IsZero() {
		t.Fatalf("reopen: %+v %v", c, err)
	}
	if _, err := e.ib.Close(ctx, practice, c.ID, staff); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(time.Hour)
	r2, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM2", "one more thing"))
	if err != nil {
		t.Fatal(err)
	}
	if r2.Conversation.ID == c.ID || r2.Conversation.PreviousID != c.ID {
		t.Errorf("recontact: new=%s previous=%q, want a new conversation linked to %s", r2.Conversation.ID, r2.Conversation.PreviousID, c.ID)
	}
	// The old one cannot reopen beside the new open one.
	if _, err := e.ib.Reopen(ctx, practice, c.ID, staff); !errors.Is(err, inbox.ErrConflict) {
		t.Errorf("reopen beside an open conversation: %v", err)
	}
}

func TestMentions(t *testing.T) {
	cases := map[string][]string{
		"@nina please call back":          {"nina"},
		"cc @dr.lee, @nina and @nina.":    {"dr.lee", "nina"},
		"email me at someone@example.com": nil,
		"(@sam) ok":                       {"sam"},
		"@":                               nil,
	}
	for text, want := range cases {
		if got := inbox.Mentions(text); !cmp.Equal(got, want) {
			t.Errorf("Mentions(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestDeliverReachesSubscribersNotHooks(t *testing.T) {
	e := newEnv(t, nil)
	sub := e.ib.Subscribe(practice, 4)
	defer sub.Close()
	other := e.ib.Subscribe("practice-2", 4)
	defer other.Close()
	e.ib.Deliver(inbox.Event{Type: inbox.EventMessageReceived, PracticeID: practice, ConversationID: "c-remote"})
	if ev := <-sub.C; ev.ConversationID != "c-remote" {
		t.Errorf("delivered %+v", ev)
	}
	if len(e.eventTypes()) != 0 {
		t.Errorf("hooks ran for a remote event: %v", e.eventTypes())
	}
	select {
	case ev := <-other.C:
		t.Errorf("another practice got %+v", ev)
	default:
	}
}

func TestUnassignIsAuditedThroughTheRealLog(t *testing.T) {
	sink := audit.NewMemorySink()
	e := newEnv(t, func(c *inbox.Config) { c.Audit = sink })
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550123")
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM1", "hello"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.ib.Assign(ctx, practice, r.Conversation.ID, "", inbox.Actor{ID: "sam"}); err != nil {
		t.Fatalf("unassign refused by the audit sink: %v", err)
	}
	if _, err := e.ib.Transfer(ctx, inbox.TransferParams{PracticeID: practice, ConversationID: r.Conversation.ID,
		Queue: "billing", Note: "billing question", By: inbox.Actor{ID: "sam"}}); err != nil {
		t.Fatalf("transfer to a queue refused by the audit sink: %v", err)
	}
}
