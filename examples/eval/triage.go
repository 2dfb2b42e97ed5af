package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/frontdeskhq/frontdesk/triage"
	"github.com/frontdeskhq/frontdesk/triage/triagetest"
)

// triageReport is the JSON printed by -task triage -json.
type triageReport struct {
	Task      string                    `json:"task"`
	N         int                       `json:"n"`
	Accuracy  float64                   `json:"accuracy"`
	MacroF1   float64                   `json:"macro_f1"`
	Intent    map[string]prf            `json:"intent"`
	Urgency   map[string]prf            `json:"urgency"`
	Confusion map[string]map[string]int `json:"confusion"`
	MsgsPerS  float64                   `json:"msgs_per_s"`
	// P99Millis is the 99th percentile of one classification's latency.
	P99Millis float64 `json:"p99_ms"`
	// LoadMillis is how long building the default classifier took.
	LoadMillis float64 `json:"load_ms"`
	// Languages holds the same figures per language ("en", "es").
	Languages map[string]languageReport `json:"languages,omitempty"`
}

// languageReport is the part of a triage report for one language.
type languageReport struct {
	N        int            `json:"n"`
	Accuracy float64        `json:"accuracy"`
	MacroF1  float64        `json:"macro_f1"`
	Intent   map[string]prf `json:"intent"`
	Urgency  map[string]prf `json:"urgency"`
}

// runTriage evaluates the default triage classifier on labeled JSON Lines.
func runTriage(o options, w io.Writer) error {
	f, err := os.Open(o.Data)
	if err != nil {
		return err
	}
	defer f.Close()
	data, err := triage.ReadLabeled(f)
	if err != nil {
		return fmt.Errorf("%s: %w", o.Data, err)
	}
	loadStart := time.Now()
	c, err := triage.NewDefault(triage.Config{})
	if err != nil {
		return err
	}
	load := time.Since(loadStart)
	ctx := context.Background()
	rep, err := triagetest.Evaluate(ctx, c, data)
	if err != nil {
		return err
	}
	out := triageReport{Task: "triage", N: rep.N, Accuracy: round(rep.Accuracy), MacroF1: round(rep.MacroF1),
		Intent: intentPRF(rep), Urgency: urgencyPRF(rep), Confusion: map[string]map[string]int{},
		Languages: map[string]languageReport{}}
	perS, err := throughput(func() (int, error) {
		for _, l := range data {
			if _, err := c.Classify(ctx, l.Text); err != nil {
				return 0, err
			}
		}
		return len(data), nil
	})
	if err != nil {
		return err
	}
	out.MsgsPerS = float64(int64(perS))
	out.LoadMillis = round(float64(load.Microseconds()) / 1000)
	out.P99Millis = round(p99(ctx, c, data))
	for g, row := range rep.Confusion {
		out.Confusion[string(g)] = map[string]int{}
		for p, n := range row {
			out.Confusion[string(g)][string(p)] = n
		}
	}
	for lang, part := range triagetest.ByLanguage(data) {
		if lang == "" {
			continue
		}
		lr, err := triagetest.Evaluate(ctx, c, part)
		if err != nil {
			return err
		}
		out.Languages[lang] = languageReport{N: lr.N, Accuracy: round(lr.Accuracy), MacroF1: round(lr.MacroF1),
			Intent: intentPRF(lr), Urgency: urgencyPRF(lr)}
	}
	if o.JSON {
		enc := json.NewEncoder(w)
		return enc.Encode(out)
	}
	return printTriage(w, out, rep)
}

// p99 returns the 99th percentile latency of classifying each message once,
// in milliseconds.
func p99(ctx context.Context, c triage.Classifier, data []triage.Labeled) float64 {
	if len(data) == 0 {
		return 0
	}
	lat := make([]time.Duration, 0, len(data))
	for _, l := range data {
		start := time.Now()
		_, _ = c.Classify(ctx, l.Text)
		lat = append(lat, time.Since(start))
	}
	slices.Sort(lat)
	return float64(lat[(len(lat)*99)/100].Microseconds()) / 1000
}

func intentPRF(r *triagetest.Report) map[string]prf {
	m := map[string]prf{}
	for k, v := range r.Intent {
		m[string(k)] = toPRF(v)
	}
	return m
}

func urgencyPRF(r *triagetest.Report) map[string]prf {
	m := map[string]prf{}
	for k, v := range r.Urgency {
		m[string(k)] = toPRF(v)
	}
	return m
}

func toPRF(v triagetest.PRF) prf {
	return prf{Precision: round(v.Precision), Recall: round(v.Recall), F1: round(v.F1), Support: v.Support}
}

// printTriage writes the readable table.
func printTriage(w io.Writer, out triageReport, rep *triagetest.Report) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "triage: %d messages, accuracy %.4f, macro-F1 %.4f, %.0f msgs/s, p99 %.3f ms, model load %.1f ms\n\n",
		out.N, out.Accuracy, out.MacroF1, out.MsgsPerS, out.P99Millis, out.LoadMillis)
	fmt.Fprintln(tw, "intent\tprecision\trecall\tf1\tsupport")
	keys := make([]string, 0, len(out.Intent))
	for k := range out.Intent {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		p := out.Intent[k]
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%d\n", k, p.Precision, p.Recall, p.F1, p.Support)
	}
	fmt.Fprintln(tw, "\nurgency\tprecision\trecall\tf1\tsupport")
	for _, k := range []string{"emergency", "urgent", "routine"} {
		p := out.Urgency[k]
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%d\n", k, p.Precision, p.Recall, p.F1, p.Support)
	}
	langs := make([]string, 0, len(out.Languages))
	for k := range out.Languages {
		langs = append(langs, k)
	}
	slices.Sort(langs)
	if len(langs) > 0 {
		fmt.Fprintln(tw, "\nlanguage\tn\taccuracy\tmacro-F1\temergency recall\temergency precision\turgent recall")
	}
	for _, k := range langs {
		l := out.Languages[k]
		fmt.Fprintf(tw, "%s\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\n", k, l.N, l.Accuracy, l.MacroF1,
			l.Urgency["emergency"].Recall, l.Urgency["emergency"].Precision, l.Urgency["urgent"].Recall)
	}
	if len(rep.Misses) > 0 {
		fmt.Fprintf(tw, "\n%d messages with a wrong intent or urgency (gold -> got), line numbers are 1-based data order:\n", len(rep.Misses))
		for _, m := range rep.Misses {
			fmt.Fprintf(tw, "#%d\t%s/%s -> %s/%s\n", m.Index+1, m.Gold.Intent, m.Gold.Urgency, m.Got.Intent, m.Got.Urgency)
		}
	}
	return tw.Flush()
}
