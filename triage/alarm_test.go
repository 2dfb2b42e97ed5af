package triage_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
)

// TestAlarmRaisesWhatNoRuleReads runs emergencies written for this test,
// in none of the labelled sets, told without the words the rules know.
// Each must be an emergency; where the rules alone find no sign, the
// alarm head must have raised it, with the whole text as its evidence.
func TestAlarmRaisesWhatNoRuleReads(t *testing.T) {
	c := newDefault(t)
	alarmOnly := 0
	for _, text := range []string{
		"my grandmother keeps trying to say something but only nonsense comes out and her coffee cup slipped out of her right hand twice in the last ten minutes",
		"the guy my sister lives with just texted me a picture of her asleep with a knife on the pillow next to her and wrote 'your turn next'",
		"my brother hasn't come out of the garage since this morning, the door is taped from inside and I can hear the engine",
	} {
		res, err := c.Classify(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Urgency != triage.UrgencyEmergency {
			t.Errorf("%q: %s, want emergency", text, res.Urgency)
			continue
		}
		if len(triage.FindRedFlags(text)) > 0 {
			continue // the rules read it now
		}
		alarmOnly++
		want := triage.RedFlag{Kind: triage.AlarmKind, Start: 0, End: len(text), Urgency: triage.UrgencyEmergency}
		if len(res.RedFlags) != 1 || res.RedFlags[0] != want {
			t.Errorf("%q: red flags %+v, want only %+v", text, res.RedFlags, want)
		}
	}
	if alarmOnly == 0 {
		t.Error("the rules read every example now: give this test emergencies they miss")
	}
}

// TestAlarmLeavesTheRulesJudgment checks that the alarm raises nothing the
// rules read and judged (a hospice patient's expected signs of dying, a
// sign denied or long past), nor ordinary messages in alarming words.
func TestAlarmLeavesTheRulesJudgment(t *testing.T) {
	c := newDefault(t)
	for _, tc := range []struct {
		text string
		want triage.Urgency
	}{
		{"there's a gurgly rattling sound when mom breathes now. she's hospice, dnr. she doesn't look distressed but it sounds like she's choking", triage.UrgencyUrgent},
		{"no chest pain, no trouble breathing, just need my lisinopril refilled", triage.UrgencyRoutine},
		{"had a stroke in 2019, doing well, need a form for my disability parking", triage.UrgencyRoutine},
		{"I got stung by a bee on the hand, it's a bit swollen and itchy but nothing else", triage.UrgencyUrgent},
		{"my son needs his sports physical form signed, he had a concussion last year but he's been cleared", triage.UrgencyRoutine},
		{"the bill says I owe $340 for the ER visit in March but insurance should have covered it", triage.UrgencyRoutine},
		{"my grandfather passed away last week, please remove him from your reminder list", triage.UrgencyRoutine},
	} {
		res, err := c.Classify(t.Context(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range res.RedFlags {
			if f.Kind == triage.AlarmKind {
				t.Errorf("%q: alarm raised", tc.text)
			}
		}
		if res.Urgency.Rank() > tc.want.Rank() {
			t.Errorf("%q: %s, want at most %s", tc.text, res.Urgency, tc.want)
		}
	}
}

// TestAlarmIsTheShippedCorpus checks that a model trained on a vendor's own
// examples has no alarm head: too few emergencies to be sure of one.
func TestAlarmIsTheShippedCorpus(t *testing.T) {
	training := []triage.Labeled{
		{Text: "book me in for a checkup next week", Intent: triage.IntentAppointmentBook, Urgency: triage.UrgencyRoutine},
		{Text: "what do I owe on my bill", Intent: triage.IntentBilling, Urgency: triage.UrgencyRoutine},
		{Text: "the garage door is taped and the engine is running", Intent: triage.IntentClinical, Urgency: triage.UrgencyEmergency},
		{Text: "my brother is in the garage with the engine on", Intent: triage.IntentClinical, Urgency: triage.UrgencyEmergency},
	}
	c, err := triage.NewDefault(triage.Config{Training: training})
	if err != nil {
		t.Fatal(err)
	}
	text := "my brother hasn't come out of the garage since this morning, the door is taped from inside and I can hear the engine"
	res, err := c.Classify(t.Context(), text)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.RedFlags {
		if f.Kind == triage.AlarmKind {
			t.Errorf("a model trained on %d examples raised the alarm: %+v", len(training), res)
		}
	}
}

// A message no rule reads, which the alarm head is sure reads as an
// emergency: its red flag's evidence is the whole text.
func ExampleAlarmKind() {
	c, err := triage.NewDefault(triage.Config{})
	if err != nil {
		panic(err)
	}
	text := "my brother hasn't come out of the garage since this morning, the door is taped from inside and I can hear the engine"
	fmt.Println(len(triage.FindRedFlags(text)))
	res, err := c.Classify(context.Background(), text)
	if err != nil {
		panic(err)
	}
	f := res.RedFlags[0]
	fmt.Println(res.Urgency, f.Kind, f.Start == 0 && f.End == len(text))
	// Output:
	// 0
	// emergency reads_as_emergency true
}
