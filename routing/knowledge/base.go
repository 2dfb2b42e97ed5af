package knowledge

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/frontdeskhq/frontdesk/triage"
)

// Base is the knowledge base of one or more practices. It is immutable
// and safe for concurrent use; to change entries, build a new Base.
type Base struct {
	cfg       Config
	practices map[string]*index
}

type index struct {
	entries  []Entry
	variants []variant
	idf      map[string]float64
	maxIDF   float64
}

type variant struct {
	entry  int
	toks   []string
	weight float64
}

// New checks the entries and indexes them by practice. Errors are
// *EntryError values, joined when several.
func New(entries []Entry, cfg Config) (*Base, error) {
	b := &Base{cfg: cfg.withDefaults(), practices: map[string]*index{}}
	var errs []error
	ids := map[[2]string]bool{}
	for _, e := range entries {
		if err := e.check(); err != nil {
			errs = append(errs, err)
			continue
		}
		k := [2]string{e.PracticeID, e.ID}
		if ids[k] {
			errs = append(errs, &EntryError{PracticeID: e.PracticeID, EntryID: e.ID, Detail: "listed twice"})
			continue
		}
		ids[k] = true
		ix := b.practices[e.PracticeID]
		if ix == nil {
			ix = &index{idf: map[string]float64{}}
			b.practices[e.PracticeID] = ix
		}
		ix.entries = append(ix.entries, e)
	}
	if len(errs) > 0 {
		return nil, errorsJoin(errs)
	}
	for _, ix := range b.practices {
		ix.build()
	}
	return b, nil
}

func (ix *index) build() {
	df := map[string]int{}
	for i, e := range ix.entries {
		for _, q := range e.Questions {
			v := variant{entry: i, toks: tokens(q)}
			for _, t := range v.toks {
				df[t]++
			}
			ix.variants = append(ix.variants, v)
		}
	}
	n := float64(len(ix.variants))
	ix.maxIDF = math.Log(1 + n)
	for t, c := range df {
		ix.idf[t] = math.Log(1 + n/float64(c))
	}
	for i := range ix.variants {
		ix.variants[i].weight = ix.weight(ix.variants[i].toks)
	}
}

func (ix *index) weight(toks []string) float64 {
	w := 0.0
	for _, t := range toks {
		if x, ok := ix.idf[t]; ok {
			w += x
		} else {
			w += ix.maxIDF
		}
	}
	return w
}

// Entries returns a practice's entries.
func (b *Base) Entries(practiceID string) []Entry {
	if ix := b.practices[practiceID]; ix != nil {
		return slices.Clone(ix.entries)
	}
	return nil
}

// Stale returns a practice's entries due for review by their owners.
func (b *Base) Stale(practiceID string) []Entry {
	now := b.cfg.Clock.Now()
	var out []Entry
	for _, e := range b.Entries(practiceID) {
		if e.Stale(now, b.cfg.StaleAfter) {
			out = append(out, e)
		}
	}
	return out
}

// Query is a patient's question with what triage found in it.
type Query struct {
	PracticeID string
	Text       string
	// Language picks the answer: "es" (or "es-*") for Spanish, English
	// otherwise.
	Language string
	Triage   triage.Result
}

// Reason says why a question was or was not answered automatically.
type Reason string

// The reasons.
const (
	ReasonAnswered      Reason = "answered"       // answer it automatically
	ReasonClinical      Reason = "clinical"       // clinical, urgent or red-flagged: a person answers
	ReasonNotAnswerable Reason = "not_answerable" // an intent the base never answers
	ReasonNoMatch       Reason = "no_match"       // nothing in the base is close
	ReasonLowConfidence Reason = "low_confidence" // a match, not close enough
	ReasonAmbiguous     Reason = "ambiguous"      // two entries match about as well
	ReasonStale         Reason = "stale"          // the matching entry is overdue for review
)

// Result is the knowledge base's verdict on one question.
type Result struct {
	// Automatic reports whether Answer may be sent to the patient without a
	// person, labelled as automatic (see Label).
	Automatic bool
	Reason    Reason
	// EntryID, Confidence and Answer describe the best match, also when it
	// is not automatic (staff may use it in a draft); they are empty for
	// clinical questions.
	EntryID    string
	Confidence float64
	Answer     string
	Stale      bool
}

// Answer matches q against the entries of q's practice. It answers
// automatically only admin, portal and billing questions triaged routine
// with no red flag, when the best entry is fresh, reaches
// Config.MinConfidence and leads the runner-up by Config.MinMargin.
// Everything else is for a person, with the reason. Errors (wrapping
// ErrInvalidInput) never quote the question.
func (b *Base) Answer(q Query) (Result, error) {
	if len(q.Text) > MaxQuestionBytes {
		return Result{}, fmt.Errorf("%w: question of %d bytes exceeds %d", ErrInvalidInput, len(q.Text), MaxQuestionBytes)
	}
	tr := q.Triage
	switch {
	case tr.Urgency != triage.UrgencyRoutine || len(tr.RedFlags) > 0 || tr.Intent == triage.IntentClinical ||
		tr.Intent == triage.IntentResults || tr.Intent == triage.IntentPrescriptionRefill:
		return Result{Reason: ReasonClinical}, nil
	case !Answerable(tr.Intent):
		return Result{Reason: ReasonNotAnswerable}, nil
	}
	ix := b.practices[q.PracticeID]
	qt := tokens(q.Text)
	if ix == nil || len(qt) == 0 {
		return Result{Reason: ReasonNoMatch}, nil
	}
	qw := ix.weight(qt)
	scores := make([]float64, len(ix.entries))
	for _, v := range ix.variants {
		common := 0.0
		for _, t := range qt {
			if slices.Contains(v.toks, t) {
				common += ix.idf[t]
			}
		}
		// The geometric mean of the share of the question matched and the
		// share of the variant matched (a weighted cosine).
		if s := common / math.Sqrt(qw*v.weight); s > scores[v.entry] {
			scores[v.entry] = s
		}
	}
	best, second := -1, 0.0
	for i, s := range scores {
		switch {
		case best < 0 || s > scores[best]:
			if best >= 0 {
				second = scores[best]
			}
			best = i
		case s > second:
			second = s
		}
	}
	if scores[best] == 0 {
		return Result{Reason: ReasonNoMatch}, nil
	}
	e := ix.entries[best]
	res := Result{EntryID: e.ID, Confidence: scores[best], Answer: e.Answers[lang(q.Language)],
		Stale: e.Stale(b.cfg.Clock.Now(), b.cfg.StaleAfter)}
	switch {
	case res.Confidence < b.cfg.MinConfidence:
		res.Reason = ReasonLowConfidence
	case res.Confidence-second < b.cfg.MinMargin:
		res.Reason = ReasonAmbiguous
	case res.Stale:
		res.Reason = ReasonStale
	default:
		res.Reason, res.Automatic = ReasonAnswered, true
	}
	return res, nil
}

// lang returns "es" for Spanish tags and "en" otherwise.
func lang(tag string) string {
	if strings.HasPrefix(strings.ToLower(tag), "es") {
		return "es"
	}
	return "en"
}
