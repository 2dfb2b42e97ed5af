package triage

import (
	"math"
	"runtime"
	"slices"
	"sync"
)

// nbParams are the knobs of the naive Bayes model. They were chosen by
// cross-validation on the training corpus alone (never on held-out data).
type nbParams struct {
	alpha float64            // additive smoothing
	scale [numGroups]float64 // weight of each feature group in the score
	temp  float64            // softmax temperature that calibrates confidence
}

var defaultNB = nbParams{
	alpha: 0.1,
	scale: [numGroups]float64{groupWord: 1, groupBigram: 0.6, groupChar: 0.25},
	temp:  0.2,
}

// naiveBayes is a multinomial naive Bayes classifier over hashed features,
// each feature counted at most once per document.
type naiveBayes struct {
	classes int
	index   map[uint64]int32
	// weights[f*classes+c] is the scaled log-likelihood of feature f in class c.
	weights []float32
	params  nbParams
}

// indexFeatures numbers the distinct features of docs and returns the
// index, each feature by id, and each document as the ids of its distinct
// features.
func indexFeatures(docs [][]uint64) (map[uint64]int32, []uint64, [][]int32) {
	// Some twelve new features a document in a corpus of thousands; a map
	// sized for far more costs more to clear than it saves.
	index := make(map[uint64]int32, len(docs)*12)
	var keys []uint64
	var last []int32 // by id: 1 + the last document that had the feature
	ids := make([][]int32, len(docs))
	for d, feats := range docs {
		row := make([]int32, 0, len(feats))
		for _, f := range feats {
			id, ok := index[f]
			if !ok {
				id = int32(len(keys))
				index[f] = id
				keys = append(keys, f)
				last = append(last, 0)
			}
			if last[id] != int32(d+1) {
				last[id] = int32(d + 1)
				row = append(row, id)
			}
		}
		ids[d] = row
	}
	return index, keys, ids
}

// trainNB fits a model on documents given as feature ids of index (whose
// features by id are keys), with labels in [0, classes). Several models
// may share one index.
func trainNB(index map[uint64]int32, keys []uint64, docs [][]int32, labels []int, classes int, p nbParams) *naiveBayes {
	m := &naiveBayes{classes: classes, index: index, params: p}
	counts := make([]uint16, len(keys)*classes)
	totals := make([]float64, classes)
	for d, ids := range docs {
		c := labels[d]
		for _, id := range ids {
			if counts[int(id)*classes+c] < math.MaxUint16 {
				counts[int(id)*classes+c]++
			}
			totals[c]++
		}
	}
	v := float64(len(keys))
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
	workers := max(1, min(runtime.GOMAXPROCS(0), len(keys)/4096))
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(keys)/workers, (w+1)*len(keys)/workers
		wg.Go(func() {
			for id := lo; id < hi; id++ {
				g := p.scale[featureGroup(keys[id])]
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

// lookup sorts feats and appends to ids the id of each distinct feature
// the model knows, in feature order. Models trained on one index (the two
// heads of a Model) share the ids, so a message is looked up once.
func (m *naiveBayes) lookup(ids []int32, feats []uint64) []int32 {
	slices.Sort(feats)
	var last uint64
	for i, f := range feats {
		if i > 0 && f == last {
			continue
		}
		last = f
		if id, ok := m.index[f]; ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// scores writes the raw class scores of the feature ids (from lookup)
// into dst (len classes).
func (m *naiveBayes) scores(ids []int32, dst []float64) {
	clear(dst)
	for _, id := range ids {
		row := m.weights[int(id)*m.classes : int(id+1)*m.classes]
		for c, w := range row {
			dst[c] += float64(w)
		}
	}
}

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
