package triagetest

import (
	"context"
	"fmt"
	"slices"

	"github.com/frontdeskhq/frontdesk/triage"
)

// PRF is precision, recall and F1 of one class, with its support (the
// number of gold items of the class). A class neither expected nor
// predicted scores 1, so it does not drag a macro average down.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`
}

// Counts accumulates true positives, false positives and false negatives of
// one class.
type Counts struct{ TP, FP, FN int }

// PRF scores c.
func (c Counts) PRF() PRF {
	p, r := ratio(c.TP, c.TP+c.FP), ratio(c.TP, c.TP+c.FN)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{Precision: p, Recall: r, F1: f, Support: c.TP + c.FN}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Report is the result of evaluating a classifier on labeled messages.
type Report struct {
	// N is the number of messages.
	N int
	// Accuracy is the share of messages whose intent was right.
	Accuracy float64
	// MacroF1 is the mean intent F1 over the intents present in the gold
	// labels or the predictions.
	MacroF1 float64
	// Intent and Urgency score each class.
	Intent  map[triage.Intent]PRF
	Urgency map[triage.Urgency]PRF
	// Confusion counts gold intent -> predicted intent.
	Confusion map[triage.Intent]map[triage.Intent]int
	// UrgencyConfusion counts gold urgency -> predicted urgency.
	UrgencyConfusion map[triage.Urgency]map[triage.Urgency]int
	// Misses lists the messages (by index in the input) whose intent or
	// urgency was wrong, for inspection.
	Misses []Miss
	// Errors counts messages the classifier returned an error for; they
	// count as intent other, routine.
	Errors int
}

// Miss is one wrongly classified message.
type Miss struct {
	Index int
	Gold  triage.Labeled
	Got   triage.Result
}

// Evaluate classifies every message of data with c and scores the results.
// It stops early, with the context's error, when ctx ends.
func Evaluate(ctx context.Context, c triage.Classifier, data []triage.Labeled) (*Report, error) {
	ic := map[triage.Intent]*Counts{}
	uc := map[triage.Urgency]*Counts{}
	rep := &Report{N: len(data), Confusion: map[triage.Intent]map[triage.Intent]int{},
		UrgencyConfusion: map[triage.Urgency]map[triage.Urgency]int{}}
	get := func(m map[triage.Intent]*Counts, k triage.Intent) *Counts {
		if m[k] == nil {
			m[k] = &Counts{}
		}
		return m[k]
	}
	getU := func(k triage.Urgency) *Counts {
		if uc[k] == nil {
			uc[k] = &Counts{}
		}
		return uc[k]
	}
	for _, u := range []triage.Urgency{triage.UrgencyEmergency, triage.UrgencyUrgent, triage.UrgencyRoutine} {
		getU(u)
	}
	correct := 0
	for i, l := range data {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("triagetest: evaluate: %w", err)
		}
		got, err := c.Classify(ctx, l.Text)
		if err != nil {
			rep.Errors++
			got = triage.Result{Intent: triage.IntentOther, Urgency: triage.UrgencyRoutine}
		}
		if rep.Confusion[l.Intent] == nil {
			rep.Confusion[l.Intent] = map[triage.Intent]int{}
		}
		rep.Confusion[l.Intent][got.Intent]++
		if rep.UrgencyConfusion[l.Urgency] == nil {
			rep.UrgencyConfusion[l.Urgency] = map[triage.Urgency]int{}
		}
		rep.UrgencyConfusion[l.Urgency][got.Urgency]++
		if got.Intent == l.Intent {
			correct++
			get(ic, l.Intent).TP++
		} else {
			get(ic, l.Intent).FN++
			get(ic, got.Intent).FP++
		}
		if got.Urgency == l.Urgency {
			getU(l.Urgency).TP++
		} else {
			getU(l.Urgency).FN++
			getU(got.Urgency).FP++
		}
		if got.Intent != l.Intent || got.Urgency != l.Urgency {
			rep.Misses = append(rep.Misses, Miss{Index: i, Gold: l, Got: got})
		}
	}
	rep.Accuracy = ratio(correct, len(data))
	rep.Intent = map[triage.Intent]PRF{}
	keys := make([]triage.Intent, 0, len(ic))
	for k := range ic {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	sum := 0.0
	for _, k := range keys {
		p := ic[k].PRF()
		rep.Intent[k] = p
		sum += p.F1
	}
	if len(keys) > 0 {
		rep.MacroF1 = sum / float64(len(keys))
	}
	rep.Urgency = map[triage.Urgency]PRF{}
	for k, c := range uc {
		rep.Urgency[k] = c.PRF()
	}
	return rep, nil
}

// ByLanguage splits data by its Lang field ("" for unlabeled).
func ByLanguage(data []triage.Labeled) map[string][]triage.Labeled {
	out := map[string][]triage.Labeled{}
	for _, l := range data {
		out[l.Lang] = append(out[l.Lang], l)
	}
	return out
}
