package triage

import (
	"math"
	"runtime"
	"slices"
	"sync"
)

// nbParams are the knobs of the naive Bayes model, chosen by
// cross-validation (never on held-out data).
type nbParams struct {
	alpha float64            // additive smoothing
	scale [numGroups]float64 // weight of each feature group in the score
	temp  float64            // softmax temperature that calibrates confidence
}

// defaultNB are the urgency head's, chosen on the curated corpus alone.
var defaultNB = nbParams{
	alpha: 0.1,
	scale: [numGroups]float64{groupWord: 1, groupBigram: 0.6, groupChar: 0.25},
	temp:  0.2,
}

// intentNB are the intent head's, chosen by leaving out each independent
// set of the corpus in turn (macro-F1 0.877 with defaultNB's, 0.908 with
// these): word pairs count three times words once writers other than the
// rules' own are in the corpus, and the flatter softmax (temp, chosen
// likewise) leaves text the model cannot place to other as before.
var intentNB = nbParams{
	alpha: 0.03,
	scale: [numGroups]float64{groupWord: 1, groupBigram: 3, groupChar: 0.25},
	temp:  0.07,
}

// alarmNB are the alarm head's, chosen by cross-validation by set (each
// tenth of the labelled sets left out in turn): with word pairs weighing
// more and character n-grams less than defaultNB's, the emergencies it
// is sure of at a given rate of false ones on inbox messages (0.3%) rose
// from 0.835 to 0.880 of those of the sets written to test the rules, and
// its false emergencies among their look-alikes fell from 0.65% to 0.51%.
var alarmNB = nbParams{
	alpha: 0.03,
	scale: [numGroups]float64{groupWord: 1, groupBigram: 1.5, groupChar: 0.1},
	temp:  0.2,
}

// naiveBayes is a multinomial naive Bayes classifier over hashed features,
// each feature counted at most once per document.
type naiveBayes struct {
	classes int
	// table numbers the features the model knows (keys by id); the heads
	// of a Model share one.
	table *idTable
	// rows is how many features this head knows: those with the ids below
	// it (see headCounts). The others move none of its classes.
	rows int
	// weights[f*classes+c] is the scaled log-likelihood of feature f in class c.
	weights []float32
	params  nbParams
}

// headCounts are, for one head, the class of each training document and,
// once counted (indexFeatures), how many documents of each class have each
// feature, and how many features in all each class's documents have. A
// head may learn from the first documents only, the others labelled -1:
// its rows are then those of the features its documents have, which are
// numbered first, and a feature only the others have is not the head's.
type headCounts struct {
	classes int
	labels  []int     // by document; -1 for a document the head does not learn from
	counts  []uint16  // by feature id * classes + class, for the head's features
	totals  []float64 // by class
}

// rows returns how many features the head has counts of.
func (h *headCounts) rows() int { return len(h.counts) / h.classes }

// row returns the head's counts of feature id.
func (h *headCounts) row(id int) []uint16 { return h.counts[id*h.classes : (id+1)*h.classes] }

// indexFeatures numbers the distinct features of docs, counts them for
// each head (each feature at most once a document), and returns each
// feature by id. A head's documents (label 0 or more) must come before
// those it does not learn from.
func indexFeatures(docs [][]uint64, heads ...*headCounts) []uint64 {
	var t idTable
	var last []int32 // by id: 1 + the last document that had the feature
	for _, h := range heads {
		h.totals = make([]float64, h.classes)
	}
	for d, feats := range docs {
		for _, f := range feats {
			id, fresh := t.id(f)
			if fresh {
				last = append(last, 0)
				for _, h := range heads {
					if h.labels[d] >= 0 {
						h.counts = append(h.counts, zeroCounts[:h.classes]...)
					}
				}
			}
			if last[id] == int32(d+1) {
				continue
			}
			last[id] = int32(d + 1)
			for _, h := range heads {
				c := h.labels[d]
				if c < 0 {
					continue
				}
				if n := &h.counts[int(id)*h.classes+c]; *n < math.MaxUint16 {
					*n++
				}
				h.totals[c]++
			}
		}
	}
	return t.keys
}

// zeroCounts are a new feature's counts.
var zeroCounts [32]uint16

// idTable numbers features in the order they are first seen: an
// open-addressing hash table, several times faster than a map for the
// hundreds of thousands of lookups of training (the features are hashes
// already).
type idTable struct {
	slots []int32 // 1 + the id of the feature in the slot, 0 when free
	keys  []uint64
}

// id returns f's id, and whether f is new.
func (t *idTable) id(f uint64) (int32, bool) {
	if 2*(len(t.keys)+1) > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for i := f & mask; ; i = (i + 1) & mask {
		switch s := t.slots[i]; {
		case s == 0:
			id := int32(len(t.keys))
			t.slots[i] = id + 1
			t.keys = append(t.keys, f)
			return id, true
		case t.keys[s-1] == f:
			return s - 1, false
		}
	}
}

// find returns f's id, if the table holds f. It only reads the table, so
// any number of goroutines may call it at once.
func (t *idTable) find(f uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := f & mask; ; i = (i + 1) & mask {
		switch s := t.slots[i]; {
		case s == 0:
			return 0, false
		case t.keys[s-1] == f:
			return s - 1, true
		}
	}
}

// newIDTable returns the idTable of keys, numbered in order.
func newIDTable(keys []uint64) *idTable {
	t := &idTable{}
	for _, f := range keys {
		t.id(f)
	}
	return t
}

// id returns the id of feature f, if the model knows it.
func (m *naiveBayes) id(f uint64) (int32, bool) { return m.table.find(f) }

// grow doubles the table and places every key again.
func (t *idTable) grow() {
	t.slots = make([]int32, max(1<<16, 2*len(t.slots)))
	mask := uint64(len(t.slots) - 1)
	for id, f := range t.keys {
		i := f & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = int32(id) + 1
	}
}

// trainNB fits a model on the counts of one head over table, which
// numbers its features (the head's own first). Several models may share
// one table.
func trainNB(table *idTable, h *headCounts, p nbParams) *naiveBayes {
	classes, counts, totals, rows := h.classes, h.counts, h.totals, h.rows()
	m := &naiveBayes{classes: classes, table: table, rows: rows, params: p}
	v := float64(rows)
	// log(count + alpha) for small counts, to spare a logarithm per weight.
	var logc [64]float64
	for i := range logc {
		logc[i] = math.Log(float64(i) + p.alpha)
	}
	den := make([]float64, classes)
	for c := range classes {
		den[c] = math.Log(totals[c] + p.alpha*v)
	}
	m.weights = make([]float32, len(counts))
	// Each feature's row is its own: the rows are filled on every CPU.
	workers := max(1, min(runtime.GOMAXPROCS(0), rows/4096))
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*rows/workers, (w+1)*rows/workers
		wg.Go(func() {
			for id := lo; id < hi; id++ {
				g := p.scale[featureGroup(table.keys[id])]
				row := m.weights[id*classes : (id+1)*classes]
				var mean float64
				for c := range classes {
					n := counts[id*classes+c]
					l := 0.0
					if int(n) < len(logc) {
						l = logc[n]
					} else {
						l = math.Log(float64(n) + p.alpha)
					}
					w := g * (l - den[c])
					row[c] = float32(w)
					mean += w
				}
				// Centre the row so that a feature only moves classes
				// relative to one another.
				mean /= float64(classes)
				for c := range row {
					row[c] -= float32(mean)
				}
			}
		})
	}
	wg.Wait()
	return m
}

// lookup appends to ids the id of each distinct feature of feats the
// model knows, in the order the features first occur. Models trained on
// one index (the two heads of a Model) share the ids, so a message is
// looked up once. feats may be reordered.
func (m *naiveBayes) lookup(ids []int32, feats []uint64) []int32 {
	if len(feats) > maxSetFeatures {
		// A long text: sorting is cheaper than a set this large.
		slices.Sort(feats)
		feats = slices.Compact(feats)
		for _, f := range feats {
			if id, ok := m.id(f); ok {
				ids = append(ids, id)
			}
		}
		return ids
	}
	var seen featureSet
	for _, f := range feats {
		if seen.add(f) {
			if id, ok := m.id(f); ok {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// maxSetFeatures is the most features lookup dedupes in a featureSet,
// half its slots.
const maxSetFeatures = len(featureSet{}.slots) / 2

// featureSet is an open-addressing set of feature hashes, on the stack.
// The hash 0 is kept apart, since an empty slot holds 0.
type featureSet struct {
	slots [1 << featureSetBits]uint64
	zero  bool
}

const featureSetBits = 10

// add adds f and reports whether it was new.
func (s *featureSet) add(f uint64) bool {
	if f == 0 {
		added := !s.zero
		s.zero = true
		return added
	}
	const mask = len(featureSet{}.slots) - 1
	for i := int((f * 0x9e3779b97f4a7c15) >> (64 - featureSetBits)); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case 0:
			s.slots[i] = f
			return true
		case f:
			return false
		}
	}
}

// scores writes the raw class scores of the feature ids (from lookup)
// into dst (len classes). The ids of features the head does not know (of
// the table it shares) count for nothing.
func (m *naiveBayes) scores(ids []int32, dst []float64) {
	clear(dst)
	n := m.classes
	if n == numIntents {
		// The intent head: rows of a constant length, added without
		// bounds checks (the same sums, in the same order).
		acc := (*[numIntents]float64)(dst)
		for _, id := range ids {
			if int(id) >= m.rows {
				continue
			}
			row := (*[numIntents]float32)(m.weights[int(id)*numIntents:])
			for c := range acc {
				acc[c] += float64(row[c])
			}
		}
		return
	}
	if n == 2 {
		// The alarm head: two classes, summed in registers.
		var a, b float64
		for _, id := range ids {
			if int(id) >= m.rows {
				continue
			}
			row := (*[2]float32)(m.weights[2*int(id):])
			a += float64(row[0])
			b += float64(row[1])
		}
		dst[0], dst[1] = a, b
		return
	}
	dst = dst[:n] // one bounds check here, none in the loop
	for _, id := range ids {
		if int(id) >= m.rows {
			continue
		}
		row := m.weights[int(id)*n : int(id)*n+n]
		row = row[:len(dst)]
		for c := range dst {
			dst[c] += float64(row[c])
		}
	}
}

// numIntents is the number of intents today, len(Intents()): the intent
// head's row length, which scores reads without bounds checks.
const numIntents = 15

// softmax turns scores into probabilities in place, scaled by t.
func softmax(x []float64, t float64) {
	hi := math.Inf(-1)
	for _, v := range x {
		hi = max(hi, v)
	}
	var sum float64
	for i, v := range x {
		x[i] = math.Exp((v - hi) * t)
		sum += x[i]
	}
	for i := range x {
		x[i] /= sum
	}
}
