package inbox_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/phi"
)

const clinicalReply = "Your lab results show low potassium; please take the potassium supplement twice a day."

func phiEnv(t *testing.T, cfg phi.PolicyConfig) (*env, *channeltest.Fake) {
	t.Helper()
	pol, err := phi.NewPolicy(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var web *channeltest.Fake
	e := newEnv(t, func(c *inbox.Config) {
		web = channeltest.New(channeltest.Config{Kind: channels.WebChat, Clock: c.Clock})
		c.Channels = append(c.Channels, web)
		c.Policy = inbox.PHIPolicy(pol)
	})
	return e, web
}

func TestPHIPolicyBlocksClinicalDetailOnLowTiers(t *testing.T) {
	e, _ := phiEnv(t, phi.PolicyConfig{})
	ctx := t.Context()
	for _, tc := range []struct {
		ch   channels.Kind
		from channels.Address
		fake *channeltest.Fake
	}{
		{channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550190"), e.sms},
		{channels.WhatsApp, mustAddr(t, channels.AddrWhatsApp, "14155550191"), e.wa},
	} {
		e.dir.Add(practice, tc.from, "pat-"+string(tc.ch))
		r, err := e.ib.Ingest(ctx, in(t, tc.ch, tc.from, "id-"+string(tc.ch), "are my results back?"))
		if err != nil {
			t.Fatal(err)
		}
		_, err = e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID,
			Author: inbox.Actor{ID: "nurse-1", Kind: "staff"}, Text: clinicalReply})
		var be *phi.BlockedError
		if !errors.Is(err, phi.ErrBlocked) || !errors.As(err, &be) {
			t.Fatalf("%s: clinical reply err = %v, want *phi.BlockedError", tc.ch, err)
		}
		if strings.Contains(err.Error(), "potassium") {
			t.Errorf("%s: error quotes the message: %v", tc.ch, err)
		}
		if n := len(tc.fake.Sent()); n != 0 {
			t.Errorf("%s: %d messages sent despite the block", tc.ch, n)
		}
		// A reply without clinical detail goes through.
		if _, err := e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID,
			Author: inbox.Actor{ID: "nurse-1", Kind: "staff"}, Text: "Please log in to the portal to read our answer."}); err != nil {
			t.Errorf("%s: plain reply: %v", tc.ch, err)
		}
	}
}

func TestPHIPolicyAllowsClinicalDetailOnWebChat(t *testing.T) {
	e, web := phiEnv(t, phi.PolicyConfig{})
	ctx := t.Context()
	from := mustAddr(t, channels.AddrWebChat, "visitor-1")
	e.dir.Add(practice, from, "pat-web")
	r, err := e.ib.Ingest(ctx, in(t, channels.WebChat, from, "wc-1", "are my results back?"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID,
		Author: inbox.Actor{ID: "nurse-1", Kind: "staff"}, Text: clinicalReply}); err != nil {
		t.Fatalf("web chat clinical reply: %v", err)
	}
	if sent := web.Sent(); len(sent) != 1 || sent[0].Text != clinicalReply {
		t.Errorf("web chat sent %+v", sent)
	}
}

func TestPHIPolicySecureNoticeReplacesTextAndSubject(t *testing.T) {
	const notice = "You have a new secure message. Open https://portal.example.com to read it."
	e, _ := phiEnv(t, phi.PolicyConfig{SecureNotice: notice})
	ctx := t.Context()
	from := mustAddr(t, channels.AddrEmail, "pat@example.com")
	e.dir.Add(practice, from, "pat-mail")
	msg := in(t, channels.Email, from, "m1@example.com", "are my results back?")
	msg.Subject = "potassium lab results"
	r, err := e.ib.Ingest(ctx, msg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID,
		Author: inbox.Actor{ID: "nurse-1", Kind: "staff"}, Text: clinicalReply}); err != nil {
		t.Fatal(err)
	}
	sent := e.email.Sent()
	if len(sent) != 1 || sent[0].Text != notice || sent[0].Subject != inbox.SecureSubject {
		t.Errorf("sent = %+v, want the secure notice and subject", sent)
	}
}

func TestEmailReplyThreadsOnLastInboundEmail(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	from := mustAddr(t, channels.AddrEmail, "pat@example.com")
	e.dir.Add(practice, from, "pat-mail")
	first := in(t, channels.Email, from, "a1@mail.example", "hello")
	first.Subject = "Parking"
	r, err := e.ib.Ingest(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	second := in(t, channels.Email, from, "a2@mail.example", "also")
	second.Subject, second.InReplyTo = "RE: re: Parking", "a1@mail.example"
	second.References = []string{"a0@mail.example", "a1@mail.example"}
	if _, err := e.ib.Ingest(ctx, second); err != nil {
		t.Fatal(err)
	}
	m, err := e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID,
		Author: inbox.Actor{ID: "fd-1", Kind: "staff"}, Text: "Parking is free."})
	if err != nil {
		t.Fatal(err)
	}
	sent := e.email.Sent()
	if len(sent) != 1 {
		t.Fatalf("sent %d e-mails", len(sent))
	}
	got := sent[0]
	if got.InReplyTo != "a2@mail.example" || got.Subject != "Re: Parking" ||
		strings.Join(got.References, " ") != "a0@mail.example a1@mail.example" {
		t.Errorf("threading: in-reply-to=%q subject=%q references=%v", got.InReplyTo, got.Subject, got.References)
	}
	if m.Subject != "Re: Parking" || m.InReplyTo != "a2@mail.example" {
		t.Errorf("stored reply: subject=%q in-reply-to=%q", m.Subject, m.InReplyTo)
	}
}

func TestReplySubject(t *testing.T) {
	for in, want := range map[string]string{
		"Parking": "Re: Parking", "Re: Parking": "Re: Parking", "RE:re:  Parking ": "Re: Parking",
		"": "Re: your message", "Fwd: form": "Re: Fwd: form", "Reminder": "Re: Reminder",
	} {
		if got := inbox.ReplySubject(in); got != want {
			t.Errorf("ReplySubject(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPHIPolicyNeverHoldsBackSafetyAndAfterHoursNotices(t *testing.T) {
	e, _ := phiEnv(t, phi.PolicyConfig{})
	ib, err := inbox.New(e.store, inbox.Config{Clock: e.clock, Classifier: keywordClassifier{}, Router: officeRouter(t),
		Channels: []channels.Channel{e.sms}, Policy: inbox.PHIPolicy(nil)})
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	e.clock.Advance(4 * time.Hour) // closed
	r, err := ib.Ingest(ctx, in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550195"), "n1", "hello"))
	if err != nil || r.AfterHoursReply == nil {
		t.Errorf("after-hours reply (it names the crisis line) held back: %v / %v", err, r.AfterHoursReplyErr)
	}
	r, err = ib.Ingest(ctx, in(t, channels.SMS, mustAddr(t, channels.AddrPhone, "+14155550196"), "n2", "I want to die"))
	if err != nil || r.SafetyReply == nil || !strings.Contains(r.SafetyReply.Text, "988") {
		t.Errorf("crisis reply held back: %v / %v", err, r.SafetyReplyErr)
	}
}
