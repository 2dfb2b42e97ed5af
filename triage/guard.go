package triage

import (
	"context"
	"errors"
	"fmt"
	"slices"
)

// RedFlagsVersion names the red-flag layer in Result.Model.
const RedFlagsVersion = "redflags/1"

// Guarded is a Classifier wrapped with the always-on red-flag layer. Build
// it with Guard or NewDefault.
//
// The red-flag layer runs on every message before the wrapped classifier.
// Its flags are added to the result, and the result's urgency is never
// below theirs: no classifier, default or plugged in, can lower an
// emergency the layer found. If the wrapped classifier fails or returns an
// intent or urgency outside the vocabulary, a message with red flags still
// gets a valid result (intent other, urgency of the flags) and no error,
// because losing an emergency to a classifier outage is the worst outcome;
// a message without red flags gets the classifier's error.
type Guarded struct {
	next     Classifier
	maxBytes int
	// model is the name of the wrapped Model and guarded that name with
	// the red-flag layer's, made once rather than on every message.
	model, guarded string
}

var _ Classifier = (*Guarded)(nil)

// Guard wraps next with the red-flag layer. A nil next classifies only by
// red flags: intent other, urgency of the flags.
func Guard(next Classifier) *Guarded {
	defaultDetector() // compile the rules now, not on the first message
	g := &Guarded{next: next, maxBytes: DefaultMaxBytes}
	if m, ok := next.(*Model); ok {
		g.maxBytes = m.cfg.MaxBytes
		g.model, g.guarded = m.name, m.name+"+"+RedFlagsVersion
	}
	return g
}

// NewDefault returns the classifier an inbox should use: the default
// statistical Model, trained per cfg, guarded by the red-flag layer.
func NewDefault(cfg Config) (*Guarded, error) {
	m, err := NewModel(cfg)
	if err != nil {
		return nil, err
	}
	return Guard(m), nil
}

// Classify implements Classifier.
func (g *Guarded) Classify(ctx context.Context, text string) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("triage: classify: %w", err)
	}
	if len(text) > g.maxBytes {
		// Too long for the model, but never too long to look for an
		// emergency: the red flags of the first maxBytes still count.
		flags, _ := defaultDetector().scan(tokenize(text[:g.maxBytes]))
		if MaxUrgency(flags).Rank() > 0 {
			return g.flagsOnly(tokenize(text[:g.maxBytes]), text[:g.maxBytes], flags), nil
		}
		return Result{}, fmt.Errorf("%w: text of %d bytes exceeds the limit of %d", ErrInvalidInput, len(text), g.maxBytes)
	}
	tz := tokenizers.Get().(*tokenizer)
	defer tz.release()
	toks := tz.tokenize(text)
	flags, suppressed := defaultDetector().scan(toks)
	var res Result
	var err error
	if m, ok := g.next.(*Model); ok {
		if err = m.check(ctx, text); err == nil {
			res = m.classify(toks, text, flags, suppressed)
		}
	} else if g.next != nil {
		res, err = g.next.Classify(ctx, text)
		if err == nil && (!res.Intent.Valid() || !res.Urgency.Valid()) {
			err = fmt.Errorf("%w: classifier returned a value outside the vocabulary", ErrInvalidResult)
		}
	} else {
		return g.flagsOnly(toks, text, flags), nil
	}
	if err != nil {
		if MaxUrgency(flags).Rank() > 0 && !errors.Is(err, context.Canceled) {
			return g.flagsOnly(toks, text, flags), nil
		}
		return Result{}, err
	}
	res = merge(res, flags, len(text))
	if res.Model == g.model && g.model != "" {
		res.Model = g.guarded
	} else {
		res.Model += "+" + RedFlagsVersion
	}
	return res, nil
}

// ErrInvalidResult is wrapped by Guarded when the classifier it guards
// returns an intent or urgency outside the vocabulary.
var ErrInvalidResult = errors.New("triage: classifier result outside the vocabulary")

func (g *Guarded) flagsOnly(toks []token, text string, flags []RedFlag) Result {
	return Result{Intent: IntentOther, Urgency: MaxUrgency(flags), RedFlags: flags,
		Language: detectLanguage(toks, text), Model: RedFlagsVersion}
}

// merge adds the red flags to res, after dropping any flag of the wrapped
// classifier whose span or urgency is invalid, and raises res's urgency to
// the highest flag. The caller names the red-flag layer in res.Model.
func merge(res Result, flags []RedFlag, textLen int) Result {
	kept := res.RedFlags[:0:0]
	for _, f := range res.RedFlags {
		if f.Urgency.Valid() && f.Start >= 0 && f.Start <= f.End && f.End <= textLen {
			kept = append(kept, f)
		}
	}
	res.RedFlags = append(kept, flags...)
	if len(res.RedFlags) == 0 {
		res.RedFlags = nil
	}
	slices.SortStableFunc(res.RedFlags, func(a, b RedFlag) int { return a.Start - b.Start })
	res.Urgency = Max(res.Urgency, MaxUrgency(flags))
	return res
}
