package triage_test

import (
	"context"
	"fmt"

	"github.com/frontdeskhq/frontdesk/triage"
	"github.com/frontdeskhq/frontdesk/triage/triagetest"
)

func Example() {
	c, err := triage.NewDefault(triage.Config{})
	if err != nil {
		panic(err)
	}
	text := "need to cancel tmrw, my dad has chest pain right now"
	res, err := c.Classify(context.Background(), text)
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Intent, res.Urgency, res.Language)
	for _, f := range res.RedFlags {
		fmt.Printf("%s %s %q\n", f.Kind, f.Urgency, text[f.Start:f.End])
	}
	// Output:
	// appointment.cancel emergency en
	// chest_pain emergency "chest pain"
}

func ExampleFindRedFlags() {
	for _, text := range []string{
		"no chest pain, just need a refill",
		"had chest pain last year, want my ECG results",
		"me duele mucho el pecho",
	} {
		fmt.Println(triage.MaxUrgency(triage.FindRedFlags(text)))
	}
	// Output:
	// routine
	// routine
	// emergency
}

// A plugged-in classifier (here a fake standing in for a language model)
// cannot lower an emergency the red-flag layer finds.
func ExampleGuard() {
	llm := triagetest.NewFake(triage.Result{Intent: triage.IntentBilling, Urgency: triage.UrgencyRoutine, Model: "llm"})
	c := triage.Guard(llm)
	res, _ := c.Classify(context.Background(), "about my bill... also i cant breathe")
	fmt.Println(res.Intent, res.Urgency, res.Model)
	// Output:
	// billing emergency llm+redflags/1
}
