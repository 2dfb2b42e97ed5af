package triagetest

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/frontdeskhq/frontdesk/triage"
)

// FakeModel is the Model name a Fake puts in the results it returns when
// the scripted result names none.
const FakeModel = "triagetest-fake"

// Fake is a scriptable triage.Classifier for tests: it answers from rules
// (a substring or a predicate mapped to a result), fails on demand, and
// records every text it was asked about. It is safe for concurrent use.
type Fake struct {
	mu       sync.Mutex
	rules    []fakeRule
	def      triage.Result
	failNext []error
	failWhen []failRule
	calls    []string
}

type fakeRule struct {
	match func(string) bool
	res   triage.Result
}

type failRule struct {
	match func(string) bool
	err   error
}

var _ triage.Classifier = (*Fake)(nil)

// NewFake returns a Fake that answers def to any text no rule matches. A
// zero def means intent other, routine.
func NewFake(def triage.Result) *Fake {
	return &Fake{def: fill(def)}
}

// fill completes a scripted result: intent other, urgency routine,
// confidence 1 and the fake's model name where they are empty.
func fill(r triage.Result) triage.Result {
	if r.Intent == "" {
		r.Intent = triage.IntentOther
	}
	if r.Urgency == "" {
		r.Urgency = triage.UrgencyRoutine
	}
	if r.Confidence == 0 {
		r.Confidence = 1
	}
	if r.Model == "" {
		r.Model = FakeModel
	}
	return r
}

// On makes the fake answer r to any text containing substr (ignoring case).
// Rules are tried in the order they were added. It returns f for chaining.
func (f *Fake) On(substr string, r triage.Result) *Fake {
	sub := strings.ToLower(substr)
	return f.OnFunc(func(text string) bool { return strings.Contains(strings.ToLower(text), sub) }, r)
}

// OnFunc makes the fake answer r to any text for which match is true.
func (f *Fake) OnFunc(match func(text string) bool, r triage.Result) *Fake {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rules = append(f.rules, fakeRule{match: match, res: fill(r)})
	return f
}

// FailNext makes the next n calls fail with err.
func (f *Fake) FailNext(n int, err error) *Fake {
	f.mu.Lock()
	defer f.mu.Unlock()
	for range n {
		f.failNext = append(f.failNext, err)
	}
	return f
}

// FailWhen makes every call whose text matches fail with err.
func (f *Fake) FailWhen(match func(text string) bool, err error) *Fake {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failWhen = append(f.failWhen, failRule{match: match, err: err})
	return f
}

// Calls returns the texts classified so far, in order.
func (f *Fake) Calls() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.calls...)
}

// Classify implements triage.Classifier. It records text, then fails if a
// failure is due (FailNext first, then FailWhen) or ctx has ended, else
// answers from the first matching rule or the default.
func (f *Fake) Classify(ctx context.Context, text string) (triage.Result, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, text)
	if len(f.failNext) > 0 {
		err := f.failNext[0]
		f.failNext = f.failNext[1:]
		return triage.Result{}, err
	}
	for _, w := range f.failWhen {
		if w.match(text) {
			return triage.Result{}, w.err
		}
	}
	if err := ctx.Err(); err != nil {
		return triage.Result{}, fmt.Errorf("triagetest: fake: %w", err)
	}
	for _, r := range f.rules {
		if r.match(text) {
			return clone(r.res), nil
		}
	}
	return clone(f.def), nil
}

func clone(r triage.Result) triage.Result {
	r.RunnersUp = append([]triage.Scored(nil), r.RunnersUp...)
	r.RedFlags = append([]triage.RedFlag(nil), r.RedFlags...)
	if len(r.RunnersUp) == 0 {
		r.RunnersUp = nil
	}
	if len(r.RedFlags) == 0 {
		r.RedFlags = nil
	}
	return r
}
