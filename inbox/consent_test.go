package inbox_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
)

func TestConsentKeywords(t *testing.T) {
	consent := channels.NewMemoryConsentStore()
	e := newEnv(t, func(c *inbox.Config) {
		c.Consent = inbox.ConsentConfig{Store: consent}
		// Sends go through the consent gate, as a vendor would wire it.
		for i, ch := range c.Channels {
			c.Channels[i] = channels.Chain(ch, channels.WithConsent(consent))
		}
	})
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550199")
	e.dir.Add(practice, from, "pat-9")

	if _, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM0", "question about my bill")); err != nil {
		t.Fatal(err)
	}
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM1", "Stop"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Message.HandledBy != "consent" || r.AutoReply == nil || r.AutoReplyErr != nil {
		t.Fatalf("STOP: handled=%q reply=%v err=%v", r.Message.HandledBy, r.AutoReply, r.AutoReplyErr)
	}
	if r.Conversation.Status != inbox.StatusOpen {
		t.Errorf("a keyword closed the patient's open conversation")
	}
	got, err := consent.Get(ctx, practice, channels.SMS, from)
	if err != nil || got.State != channels.ConsentOptedOut || got.Keyword != "STOP" {
		t.Fatalf("consent after STOP = %+v, %v", got, err)
	}
	if !slices.Contains(e.sink.actions(), audit.ActionConsentChanged) {
		t.Errorf("consent change not audited: %v", e.sink.actions())
	}

	// A staff reply to an opted-out address is refused and recorded.
	_, err = e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Author: inbox.Actor{ID: "staff-1"}, Text: "Your forms are ready"})
	if !errors.Is(err, channels.ErrOptedOut) {
		t.Fatalf("reply to opted-out patient: %v", err)
	}

	// HELP is answered even while opted out, and changes nothing.
	r, err = e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM2", "ayuda"))
	if err != nil || r.AutoReply == nil || r.AutoReplyErr != nil {
		t.Fatalf("HELP: %v %v %v", err, r.AutoReply, r.AutoReplyErr)
	}
	if r.AutoReply.Text != inbox.DefaultConsentReplies().Help["es"] {
		t.Errorf("Spanish keyword answered in another language: %q", r.AutoReply.Text)
	}

	// START opts back in.
	if _, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM3", "START")); err != nil {
		t.Fatal(err)
	}
	if got, _ := consent.Get(ctx, practice, channels.SMS, from); got.State != channels.ConsentOptedIn {
		t.Fatalf("after START: %+v", got)
	}
	if _, err := e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Author: inbox.Actor{ID: "staff-1"}, Text: "Welcome back"}); err != nil {
		t.Fatalf("reply after START: %v", err)
	}
}

func TestYesIsOrdinaryUnlessOptedOut(t *testing.T) {
	consent := channels.NewMemoryConsentStore()
	e := newEnv(t, func(c *inbox.Config) { c.Consent = inbox.ConsentConfig{Store: consent} })
	from := mustAddr(t, channels.AddrPhone, "+14155550198")
	r, err := e.ib.Ingest(t.Context(), in(t, channels.SMS, from, "SM1", "yes"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Message.HandledBy != "" || r.AutoReply != nil {
		t.Errorf("a plain yes was taken as START: %+v", r.Message)
	}
	// A keyword alone leaves nothing for staff: its conversation is
	// closed by frontdesk at once, and counts as contained.
	r, err = e.ib.Ingest(t.Context(), in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550196"), "SM2", "HELP"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Conversation.Status != inbox.StatusClosed || r.Conversation.ClosedBy != "frontdesk" || r.AutoReply == nil {
		t.Errorf("HELP alone: %+v", r.Conversation)
	}
	if _, err := consent.Get(t.Context(), practice, channels.SMS, from); !errors.Is(err, channels.ErrConsentNotFound) {
		t.Errorf("consent recorded for a plain yes: %v", err)
	}
}

func TestConsentIsPerPractice(t *testing.T) {
	consent := channels.NewMemoryConsentStore()
	e := newEnv(t, func(c *inbox.Config) { c.Consent = inbox.ConsentConfig{Store: consent} })
	from := mustAddr(t, channels.AddrPhone, "+14155550197")
	if _, err := e.ib.Ingest(t.Context(), in(t, channels.SMS, from, "SM1", "STOP")); err != nil {
		t.Fatal(err)
	}
	if _, err := consent.Get(t.Context(), "practice-2", channels.SMS, from); !errors.Is(err, channels.ErrConsentNotFound) {
		t.Errorf("one practice's STOP is visible to another: %v", err)
	}
}

func TestCarrierCancelOptsOutAndGoesToStaff(t *testing.T) {
	consent := channels.NewMemoryConsentStore()
	redirect := inbox.InterceptorFunc(func(_ context.Context, in inbox.Intake) (inbox.Interception, error) {
		// Stands for the reminders Responder, which knows of an open
		// reminder for this patient.
		return inbox.Interception{Queue: "scheduling", Note: "reminder ids: appt-1"}, nil
	})
	e := newEnv(t, func(c *inbox.Config) {
		c.Consent = inbox.ConsentConfig{Store: consent}
		c.Interceptors = []inbox.Interceptor{redirect}
	})
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, "+14155550195")
	e.dir.Add(practice, from, "pat-8")
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "SM1", "CANCEL"))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := consent.Get(ctx, practice, channels.SMS, from); got.State != channels.ConsentOptedOut {
		t.Errorf("CANCEL on SMS did not opt out: %+v", got)
	}
	if r.Message.HandledBy != "" || r.Conversation.Status != inbox.StatusOpen || r.Conversation.Queue != "scheduling" {
		t.Errorf("CANCEL was not left for staff in scheduling: handled=%q %+v", r.Message.HandledBy, r.Conversation)
	}
	if r.AutoReply == nil || r.AutoReplyErr != nil {
		t.Errorf("no opt-out confirmation: %v", r.AutoReplyErr)
	}
	page, err := e.ib.Messages(ctx, practice, r.Conversation.ID, inbox.Actor{ID: "staff-1"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	notes := 0
	for _, m := range page.Messages {
		if m.Direction == inbox.Note {
			notes++
		}
	}
	if notes != 2 {
		t.Errorf("want the consent note and the reminder note, got %d notes", notes)
	}
	// On WhatsApp, CANCEL is an ordinary word.
	wa := mustAddr(t, channels.AddrWhatsApp, "14155550194")
	r, err = e.ib.Ingest(ctx, in(t, channels.WhatsApp, wa, "wamid.1", "cancel"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := consent.Get(ctx, practice, channels.WhatsApp, wa); !errors.Is(err, channels.ErrConsentNotFound) || r.AutoReply != nil {
		t.Errorf("cancel on WhatsApp changed consent: %v", err)
	}
}
