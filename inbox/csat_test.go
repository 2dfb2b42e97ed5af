package inbox_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// answeredAndClosed opens a conversation for a new patient, answers and
// closes it.
func answeredAndClosed(t *testing.T, e *env, phone string, reply bool) (channels.Address, inbox.Conversation) {
	t.Helper()
	ctx := t.Context()
	from := mustAddr(t, channels.AddrPhone, phone)
	e.dir.Add(practice, from, "pat-"+phone)
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "open-"+phone, "can I move my appointment"))
	if err != nil {
		t.Fatal(err)
	}
	staff := inbox.Actor{ID: "fd-1", Kind: "staff"}
	if reply {
		if _, err := e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: r.Conversation.ID, Author: staff, Text: "Done, see you Friday."}); err != nil {
			t.Fatal(err)
		}
	}
	c, err := e.ib.Close(ctx, practice, r.Conversation.ID, staff)
	if err != nil {
		t.Fatal(err)
	}
	return from, c
}

func lastSent(f interface{ Sent() []channels.Outbound }) string {
	s := f.Sent()
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1].Text
}

func TestCSATSurveyAfterCloseAndScore(t *testing.T) {
	e := newEnv(t, func(c *inbox.Config) { c.CSAT = inbox.CSATConfig{Enabled: true} })
	ctx := t.Context()
	from, c := answeredAndClosed(t, e, "+14155550190", true)
	if c.CSATSentAt.IsZero() || !strings.Contains(lastSent(e.sms), "1 (poor) to 5") {
		t.Fatalf("no survey after close: sent %q", lastSent(e.sms))
	}
	e.clock.Advance(time.Hour)
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, from, "score-1", " 5! "))
	if err != nil {
		t.Fatal(err)
	}
	if r.Conversation.ID != c.ID || r.Conversation.Status != inbox.StatusClosed || r.Message.HandledBy != inbox.CSATHandledBy ||
		r.Message.ConversationID != c.ID || r.AutoReply == nil {
		t.Fatalf("score not filed with the rated conversation: %+v / %+v", r.Conversation, r.Message)
	}
	got, _ := e.ib.Conversation(ctx, practice, c.ID)
	if got.CSATScore != 5 || !got.CSATAt.Equal(e.clock.Now()) {
		t.Errorf("score = %d at %v", got.CSATScore, got.CSATAt)
	}
	// A second number is not a second score: it is a new message.
	r, _ = e.ib.Ingest(ctx, in(t, channels.SMS, from, "score-2", "4"))
	if r.Conversation.ID == c.ID || r.Message.HandledBy != "" {
		t.Errorf("second score recorded: %+v", r.Message)
	}
	rep, _ := e.ib.KPIs(ctx, practice, inbox.KPIParams{})
	if rep.Total.CSATSurveys != 1 || rep.Total.CSATResponses != 1 || rep.Total.CSATAverage != 5 || rep.Total.Recontacts != 1 {
		t.Errorf("KPIs: %+v", rep.Total)
	}
}

func TestCSATScoreOutsideWindowIsAMessage(t *testing.T) {
	e := newEnv(t, func(c *inbox.Config) { c.CSAT = inbox.CSATConfig{Enabled: true, Window: time.Hour} })
	from, c := answeredAndClosed(t, e, "+14155550191", true)
	e.clock.Advance(2 * time.Hour)
	r, _ := e.ib.Ingest(t.Context(), in(t, channels.SMS, from, "late", "3"))
	if r.Conversation.ID == c.ID || r.Message.HandledBy != "" {
		t.Errorf("late score recorded")
	}
}

func TestCSATOnlyAfterAPersonAnswered(t *testing.T) {
	e := newEnv(t, func(c *inbox.Config) { c.CSAT = inbox.CSATConfig{Enabled: true} })
	_, c := answeredAndClosed(t, e, "+14155550192", false)
	if !c.CSATSentAt.IsZero() || len(e.sms.Sent()) != 0 {
		t.Errorf("survey for an unanswered conversation")
	}
	// With the survey off, nothing is sent either.
	e2 := newEnv(t, nil)
	_, c = answeredAndClosed(t, e2, "+14155550193", true)
	if !c.CSATSentAt.IsZero() || len(e2.sms.Sent()) != 1 {
		t.Errorf("survey sent with CSAT off")
	}
}

func TestParseCSAT(t *testing.T) {
	for text, want := range map[string]int{"1": 1, "5": 5, " 3. ": 3, "4!": 4, "0": 0, "6": 0, "55": 0, "five": 0, "": 0, "5 stars": 0} {
		got, ok := inbox.ParseCSAT(text)
		if got != want || ok != (want != 0) {
			t.Errorf("ParseCSAT(%q) = %d, %v; want %d", text, got, ok, want)
		}
	}
}

func FuzzParseCSAT(f *testing.F) {
	for _, s := range []string{"5", " 1.", "10", "é", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := inbox.ParseCSAT(s)
		if ok != (n >= 1 && n <= 5) || (ok && !strings.Contains(s, fmt.Sprint(n))) {
			t.Errorf("ParseCSAT(%q) = %d, %v", s, n, ok)
		}
	})
}

func TestQASampleAndReview(t *testing.T) {
	e := newEnv(t, func(c *inbox.Config) { c.QA = inbox.QAConfig{Share: 0.5, Scorecard: []string{"accurate", "courteous"}} })
	ctx := t.Context()
	sampled := 0
	var first inbox.Conversation
	const n = 120
	for i := range n {
		e.clock.Advance(time.Minute)
		_, c := answeredAndClosed(t, e, fmt.Sprintf("+1415555%04d", 2000+i), true)
		if c.QA.Sampled {
			if sampled == 0 {
				first = c
			}
			sampled++
		}
	}
	if sampled < n/4 || sampled > 3*n/4 {
		t.Fatalf("sampled %d of %d at share 0.5", sampled, n)
	}
	pending, err := e.ib.QAPending(ctx, practice)
	if err != nil || len(pending) != sampled || pending[0].ID != first.ID {
		t.Fatalf("pending = %d (%v), want %d, oldest first", len(pending), err, sampled)
	}
	// The draw is stable: reopen and close again, same answer.
	if _, err := e.ib.Reopen(ctx, practice, first.ID, inbox.Actor{ID: "fd-1"}); err != nil {
		t.Fatal(err)
	}
	if c, _ := e.ib.Close(ctx, practice, first.ID, inbox.Actor{ID: "fd-1"}); !c.QA.Sampled {
		t.Error("a re-close dropped the conversation from the sample")
	}

	reviewer := inbox.Actor{ID: "sup-1", Role: "supervisor", Kind: "staff"}
	if _, err := e.ib.ReviewQA(ctx, practice, first.ID, inbox.QAScore{Reviewer: reviewer, Criteria: map[string]bool{"accurate": true}}); !errors.Is(err, inbox.ErrInvalidReview) {
		t.Errorf("incomplete scorecard: err = %v", err)
	}
	if _, err := e.ib.ReviewQA(ctx, practice, first.ID, inbox.QAScore{Reviewer: reviewer,
		Criteria: map[string]bool{"accurate": true, "courteous": true, "made_up": true}}); !errors.Is(err, inbox.ErrInvalidReview) {
		t.Errorf("unknown criterion: err = %v", err)
	}
	full := map[string]bool{"accurate": true, "courteous": false}
	for i, c := range pending[:2] {
		if _, err := e.ib.ReviewQA(ctx, practice, c.ID, inbox.QAScore{Reviewer: reviewer, Criteria: full, Accurate: i == 0}); err != nil {
			t.Fatal(err)
		}
	}
	var notSampled string
	page, _ := e.ib.Conversations(ctx, practice, nil)
	for _, c := range page.Conversations {
		if !c.QA.Sampled {
			notSampled = c.ID
		}
	}
	if _, err := e.ib.ReviewQA(ctx, practice, notSampled, inbox.QAScore{Reviewer: reviewer, Criteria: full}); !errors.Is(err, inbox.ErrNotSampled) {
		t.Errorf("review outside the sample: err = %v", err)
	}
	rep, _ := e.ib.KPIs(ctx, practice, inbox.KPIParams{})
	if rep.Total.QASampled != sampled || rep.Total.QAReviewed != 2 || rep.Total.QAAccuracyRate != 0.5 {
		t.Errorf("QA KPIs: sampled=%d reviewed=%d accuracy=%v", rep.Total.QASampled, rep.Total.QAReviewed, rep.Total.QAAccuracyRate)
	}
	reviews := 0
	for _, ev := range e.sink.find(audit.ActionPHIViewed) {
		if ev.Detail["purpose"] == "qa_review" && ev.Actor.ID == reviewer.ID {
			reviews++
		}
	}
	if reviews != 2 {
		t.Errorf("qa reviews audited = %d, want 2", reviews)
	}
}
