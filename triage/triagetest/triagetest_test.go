package triagetest_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/triage"
	"github.com/frontdeskhq/frontdesk/triage/triagetest"
)

func TestFake(t *testing.T) {
	boom := errors.New("boom")
	f := triagetest.NewFake(triage.Result{}).
		On("BILL", triage.Result{Intent: triage.IntentBilling}).
		OnFunc(func(s string) bool { return strings.HasPrefix(s, "rx") }, triage.Result{Intent: triage.IntentPrescriptionRefill, Urgency: triage.UrgencyUrgent}).
		FailWhen(func(s string) bool { return s == "fail" }, boom)

	tests := []struct {
		text    string
		intent  triage.Intent
		urgency triage.Urgency
		err     error
	}{
		{"my bill is wrong", triage.IntentBilling, triage.UrgencyRoutine, nil},
		{"rx please", triage.IntentPrescriptionRefill, triage.UrgencyUrgent, nil},
		{"hello", triage.IntentOther, triage.UrgencyRoutine, nil},
		{"fail", "", "", boom},
	}
	for _, tt := range tests {
		res, err := f.Classify(t.Context(), tt.text)
		if !errors.Is(err, tt.err) {
			t.Errorf("%q: error %v, want %v", tt.text, err, tt.err)
			continue
		}
		if err == nil && (res.Intent != tt.intent || res.Urgency != tt.urgency || res.Model != triagetest.FakeModel || res.Confidence != 1) {
			t.Errorf("%q: got %+v", tt.text, res)
		}
	}
	if got := f.Calls(); len(got) != 4 || got[0] != "my bill is wrong" {
		t.Errorf("Calls() = %q", got)
	}
}

func TestFakeFailNext(t *testing.T) {
	boom := errors.New("boom")
	f := triagetest.NewFake(triage.Result{}).FailNext(2, boom)
	for i, want := range []error{boom, boom, nil} {
		if _, err := f.Classify(t.Context(), "x"); !errors.Is(err, want) {
			t.Errorf("call %d: got %v, want %v", i, err, want)
		}
	}
}

func TestFakeConformance(t *testing.T) {
	triagetest.Run(t, func(t *testing.T) triage.Classifier { return triagetest.NewFake(triage.Result{}) }, triagetest.Features{})
}

func TestEvaluate(t *testing.T) {
	f := triagetest.NewFake(triage.Result{Intent: triage.IntentAdmin}).
		On("bill", triage.Result{Intent: triage.IntentBilling}).
		On("breathe", triage.Result{Intent: triage.IntentClinical, Urgency: triage.UrgencyEmergency})
	data := []triage.Labeled{
		{Text: "my bill", Intent: triage.IntentBilling, Urgency: triage.UrgencyRoutine, Lang: "en"},
		{Text: "bill again", Intent: triage.IntentBilling, Urgency: triage.UrgencyRoutine, Lang: "en"},
		{Text: "cant breathe", Intent: triage.IntentClinical, Urgency: triage.UrgencyEmergency, Lang: "en"},
		{Text: "hours?", Intent: triage.IntentAdmin, Urgency: triage.UrgencyRoutine, Lang: "es"},
		{Text: "refill", Intent: triage.IntentPrescriptionRefill, Urgency: triage.UrgencyUrgent, Lang: "es"},
	}
	rep, err := triagetest.Evaluate(t.Context(), f, data)
	if err != nil {
		t.Fatal(err)
	}
	if rep.N != 5 || rep.Accuracy != 0.8 {
		t.Errorf("N=%d accuracy=%v, want 5, 0.8", rep.N, rep.Accuracy)
	}
	admin := rep.Intent[triage.IntentAdmin]
	if admin.Precision != 0.5 || admin.Recall != 1 || admin.Support != 1 {
		t.Errorf("admin: %+v", admin)
	}
	if r := rep.Intent[triage.IntentPrescriptionRefill]; r.Recall != 0 || r.Support != 1 {
		t.Errorf("refill: %+v", r)
	}
	// Macro-F1 over billing 1, clinical 1, admin 2/3, refill 0.
	if want := (1 + 1 + 2.0/3 + 0) / 4; fmt.Sprintf("%.6f", rep.MacroF1) != fmt.Sprintf("%.6f", want) {
		t.Errorf("macro-F1 %v, want %v", rep.MacroF1, want)
	}
	if e := rep.Urgency[triage.UrgencyEmergency]; e.Recall != 1 || e.Precision != 1 {
		t.Errorf("emergency: %+v", e)
	}
	if u := rep.Urgency[triage.UrgencyUrgent]; u.Recall != 0 || u.Support != 1 {
		t.Errorf("urgent: %+v", u)
	}
	if rep.Confusion[triage.IntentPrescriptionRefill][triage.IntentAdmin] != 1 || len(rep.Misses) != 1 {
		t.Errorf("confusion %v misses %v", rep.Confusion, rep.Misses)
	}
	if langs := triagetest.ByLanguage(data); len(langs["en"]) != 3 || len(langs["es"]) != 2 {
		t.Errorf("ByLanguage: %v", langs)
	}
}

func TestEvaluateCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err := triagetest.Evaluate(ctx, triagetest.NewFake(triage.Result{}), []triage.Labeled{{Text: "x", Intent: triage.IntentOther, Urgency: triage.UrgencyRoutine}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func ExampleFake() {
	f := triagetest.NewFake(triage.Result{Intent: triage.IntentOther}).
		On("cancel", triage.Result{Intent: triage.IntentAppointmentCancel})
	res, _ := f.Classify(context.Background(), "Please CANCEL my visit")
	fmt.Println(res.Intent, res.Urgency, len(f.Calls()))
	// Output: appointment.cancel routine 1
}
