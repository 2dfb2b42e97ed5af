package inbox_test

import (
	"fmt"

	"github.com/google/go-cmp/cmp"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/triage"
)

func TestKPIs(t *testing.T) {
	e := newEnv(t, nil)
	ctx := t.Context()
	staff := inbox.Actor{ID: "sam", Kind: "staff"}
	reply := func(convID string) {
		t.Helper()
		if _, err := e.ib.Reply(ctx, inbox.ReplyParams{PracticeID: practice, ConversationID: convID, Author: staff, Text: "On it"}); err != nil {
			t.Fatal(err)
		}
	}
	// Patient 1: billing question answered in 10 minutes, closed, then
	// writes again two days later (a recontact).
	p1 := mustAddr(t, channels.AddrPhone, "+14155550130")
	e.dir.Add(practice, p1, "pat-1")
	r, err := e.ib.Ingest(ctx, in(t, channels.SMS, p1, "SM1", "question about my bill"))
	if err != nil {
		t.Fatal(err)
	}
	first := r.Conversation.ID
	e.clock.Advance(10 * time.Minute)
	reply(first)
	if _, err := e.ib.Assign(ctx, practice, first, "sam", staff); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(time.Hour)
	if _, err := e.ib.Close(ctx, practice, first, staff); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(48 * time.Hour)
	if _, err := e.ib.Ingest(ctx, in(t, channels.WhatsApp, mustAddr(t, channels.AddrWhatsApp, "14155550130"), "wamid.2", "the bill is still wrong")); err != nil {
		t.Fatal(err)
	}
	// Patient 2: an appointment request nobody answers for 30 hours: the
	// 24-hour routine deadline is missed.
	p2 := mustAddr(t, channels.AddrPhone, "+14155550131")
	e.dir.Add(practice, p2, "pat-2")
	r2, err := e.ib.Ingest(ctx, in(t, channels.SMS, p2, "SM3", "need an appointment"))
	if err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(30 * time.Hour)
	reply(r2.Conversation.ID)

	rep, err := e.ib.KPIs(ctx, practice, inbox.KPIParams{})
	if err != nil {
		t.Fatal(err)
	}
	tot := rep.Total
	if tot.Conversations != 3 || tot.Answered != 2 || tot.Closed != 1 || tot.Recontacts != 1 || tot.RecontactRate != 1 {
		t.Errorf("totals: %+v", tot)
	}
	if tot.FirstResponseMedian != 10*time.Minute || tot.FirstResponseP90 != 30*time.Hour {
		t.Errorf("first response median %v p90 %v", tot.FirstResponseMedian, tot.FirstResponseP90)
	}
	// Missed: patient 2's late answer and the recontact, still unanswered
	// 30 hours on.
	if tot.SLAMet != 1 || tot.SLAMissed != 2 || tot.SLAAttainment != 1.0/3 {
		t.Errorf("SLA: %+v", tot)
	}
	if tot.ResolutionMedian != 70*time.Minute {
		t.Errorf("resolution %v", tot.ResolutionMedian)
	}
	if rep.ByQueue["billing"].Conversations != 2 || rep.ByQueue["scheduling"].Conversations != 1 {
		t.Errorf("by queue: %+v", rep.ByQueue)
	}
	if rep.ByAgent["sam"].Conversations != 1 {
		t.Errorf("by agent: %+v", rep.ByAgent)
	}
	if rep.ByChannel[channels.SMS] != 2 || rep.ByChannel[channels.WhatsApp] != 1 || rep.ByIntent[triage.IntentBilling] != 2 {
		t.Errorf("volume: %v %v", rep.ByChannel, rep.ByIntent)
	}
	// start is a Monday 15:00 UTC: hour of week 24+15.
	if rep.ByHourOfWeek[24+15] != 1 {
		t.Errorf("hour of week: %v", rep.ByHourOfWeek[24+15])
	}
	if rep.MeetsRecontactGoal {
		t.Errorf("a 100%% recontact rate meets the 10%% goal")
	}
	// A store without Scanner is read page by page, to the same result.
	paged, err := inbox.New(struct{ inbox.Store }{e.store}, inbox.Config{Clock: e.clock})
	if err != nil {
		t.Fatal(err)
	}
	rep2, err := paged.KPIs(ctx, practice, inbox.KPIParams{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rep, rep2); diff != "" {
		t.Errorf("paged KPIs differ from scanned (-scan +paged):\n%s", diff)
	}
	// The range excludes conversations opened outside it; another practice
	// sees nothing.
	rep, err = e.ib.KPIs(ctx, practice, inbox.KPIParams{From: start.Add(time.Hour)})
	if err != nil || rep.Total.Conversations != 2 {
		t.Errorf("ranged: %d %v", rep.Total.Conversations, err)
	}
	rep, err = e.ib.KPIs(ctx, "practice-2", inbox.KPIParams{})
	if err != nil || rep.Total.Conversations != 0 || len(rep.ByChannel) != 0 {
		t.Errorf("other practice: %+v %v", rep.Total, err)
	}
}

// BenchmarkKPIs measures KPI computation over a memory store of 1,000,000
// messages in 100,000 conversations.
func BenchmarkKPIs(b *testing.B) {
	store := inbox.NewMemoryStore()
	ctx := b.Context()
	at := start
	for c := range 100_000 {
		conv := fmt.Sprintf("c%d", c)
		for m := range 10 {
			_, err := store.AppendMessage(ctx, inbox.AppendParams{
				Message: inbox.Message{PracticeID: practice, ID: fmt.Sprintf("%s-m%d", conv, m), ContactID: conv, Direction: inbox.Inbound,
					Channel: channels.SMS, Type: channels.TypeText, CreatedAt: at, Triage: &triage.Result{Intent: triage.IntentBilling}},
				Subject: "patient:" + conv, NewConversationID: conv,
				Thread: func(c *inbox.Conversation, created bool) error {
					if created {
						c.Queue, c.CreatedAt, c.FirstResponseDue = "billing", at, at.Add(time.Hour)
					}
					return nil
				},
			})
			if err != nil {
				b.Fatal(err)
			}
			at = at.Add(time.Second)
		}
	}
	ib, err := inbox.New(store, inbox.Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := ib.KPIs(ctx, practice, inbox.KPIParams{}); err != nil {
			b.Fatal(err)
		}
	}
}
