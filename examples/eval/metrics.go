package main

import "math"

// prf holds precision, recall and F1 for one class, with its support (the
// number of gold items of the class).
type prf struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`
}

// counts accumulates true positives, false positives and false negatives.
type counts struct{ TP, FP, FN int }

// score turns counts into precision, recall and F1. An empty denominator
// scores 1 when there was nothing to find or claim, so a class absent from
// both gold and prediction does not drag a macro average down.
func (c counts) score() prf {
	p := ratio(c.TP, c.TP+c.FP)
	r := ratio(c.TP, c.TP+c.FN)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return prf{Precision: round(p), Recall: round(r), F1: round(f), Support: c.TP + c.FN}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// round keeps four decimals, enough for a report and stable in JSON.
func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }
