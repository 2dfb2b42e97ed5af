package triage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
)

// corpusCounts are what naive Bayes learns from a corpus: its distinct
// features, and for each head how many documents of each class have each
// feature. The model's weights follow from them and nbParams (see
// trainNB), so the default model ships as the counts of its corpus
// (corpus/model.counts), which load in a few milliseconds, rather than
// being trained anew in every process.
type corpusCounts struct {
	keys            []uint64 // the features, by id
	intent, urgency *headCounts
}

// countCorpus counts the features of data for both heads.
func countCorpus(data []Labeled) (corpusCounts, error) {
	if len(data) == 0 {
		return corpusCounts{}, fmt.Errorf("%w: no training examples", ErrInvalidInput)
	}
	intents := Intents()
	in := &headCounts{classes: len(intents), labels: make([]int, len(data))}
	ur := &headCounts{classes: len(urgencies), labels: make([]int, len(data))}
	for i, l := range data {
		in.labels[i] = slices.Index(intents, l.Intent)
		ur.labels[i] = slices.Index(urgencies, l.Urgency)
		if in.labels[i] < 0 || ur.labels[i] < 0 {
			return corpusCounts{}, fmt.Errorf("%w: training example %d: intent or urgency outside the vocabulary", ErrInvalidInput, i+1)
		}
	}
	// The features of each example, on every CPU; each document's are its
	// own, so the result does not depend on the split.
	docs := make([][]uint64, len(data))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(data)/256))
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(data)/workers, (w+1)*len(data)/workers
		wg.Go(func() {
			// One arena for the worker's documents: some two features a
			// byte of text (a word, a word pair, character n-grams).
			n := 0
			for _, l := range data[lo:hi] {
				n += len(l.Text)
			}
			arena := make([]uint64, 0, 5*n/2)
			var tz tokenizer
			for i := lo; i < hi; i++ {
				start := len(arena)
				arena = features(arena, tz.tokenize(data[i].Text))
				docs[i] = arena[start:len(arena):len(arena)]
			}
		})
	}
	wg.Wait()
	return corpusCounts{keys: indexFeatures(docs, in, ur), intent: in, urgency: ur}, nil
}

// prune keeps the features at least minDocs documents have. Features
// seen once say little beyond their one example: the shipped model drops
// them, which halves it and loses nothing on held-out sets. Each class's
// total still counts every feature, as trained.
func (cc corpusCounts) prune(minDocs int) corpusCounts {
	out := corpusCounts{
		intent:  &headCounts{classes: cc.intent.classes, totals: cc.intent.totals},
		urgency: &headCounts{classes: cc.urgency.classes, totals: cc.urgency.totals},
	}
	ni, nu := cc.intent.classes, cc.urgency.classes
	for id, f := range cc.keys {
		row := cc.intent.counts[id*ni : (id+1)*ni]
		n := 0
		for _, c := range row {
			n += int(c)
		}
		if n < minDocs {
			continue
		}
		out.keys = append(out.keys, f)
		out.intent.counts = append(out.intent.counts, row...)
		out.urgency.counts = append(out.urgency.counts, cc.urgency.counts[id*nu:(id+1)*nu]...)
	}
	return out
}

// heads builds both heads from the counts.
func (cc corpusCounts) heads(name string) heads {
	table := newIDTable(cc.keys) // shared: the heads number features alike
	return heads{
		intent:  trainNB(table, cc.intent, intentNB),
		urgency: trainNB(table, cc.urgency, defaultNB),
		name:    name,
	}
}

// countsMagic starts an encoded corpusCounts; the digit is the format's
// version.
const countsMagic = "frontdesk-nb-counts-1\n"

// errBadCounts is the error of decoding counts that are not an encoding
// of this version.
var errBadCounts = errors.New("triage: malformed model counts")

// encode returns cc as little-endian binary: the magic, the number of
// features and of each head's classes, each head's totals, the features,
// then each head's counts.
func (cc corpusCounts) encode() []byte {
	b := []byte(countsMagic)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(cc.keys)))
	for _, h := range []*headCounts{cc.intent, cc.urgency} {
		b = binary.LittleEndian.AppendUint32(b, uint32(h.classes))
		for _, t := range h.totals {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(t))
		}
	}
	for _, f := range cc.keys {
		b = binary.LittleEndian.AppendUint64(b, f)
	}
	for _, h := range []*headCounts{cc.intent, cc.urgency} {
		for _, c := range h.counts {
			b = binary.LittleEndian.AppendUint16(b, c)
		}
	}
	return b
}

// decodeCounts decodes what encode wrote, for heads of the classes of
// this version (len(Intents()) and len(urgencies)).
func decodeCounts(b []byte) (corpusCounts, error) {
	r := countsReader{b: b}
	if string(r.next(len(countsMagic))) != countsMagic {
		return corpusCounts{}, errBadCounts
	}
	n := int(r.u32())
	cc := corpusCounts{intent: &headCounts{}, urgency: &headCounts{}}
	for _, hw := range []struct {
		h    *headCounts
		want int
	}{{cc.intent, len(Intents())}, {cc.urgency, len(urgencies)}} {
		hw.h.classes = int(r.u32())
		if hw.h.classes != hw.want {
			return corpusCounts{}, fmt.Errorf("%w: %d classes, want %d", errBadCounts, hw.h.classes, hw.want)
		}
		hw.h.totals = make([]float64, hw.h.classes)
		for c := range hw.h.totals {
			hw.h.totals[c] = math.Float64frombits(r.u64())
		}
	}
	if r.err || len(r.b) != n*(8+2*(cc.intent.classes+cc.urgency.classes)) {
		return corpusCounts{}, errBadCounts
	}
	cc.keys = make([]uint64, n)
	for i := range cc.keys {
		cc.keys[i] = r.u64()
	}
	for _, h := range []*headCounts{cc.intent, cc.urgency} {
		h.counts = make([]uint16, n*h.classes)
		for i := range h.counts {
			h.counts[i] = r.u16()
		}
	}
	return cc, nil
}

// countsReader reads little-endian values, noting a read past the end.
type countsReader struct {
	b   []byte
	err bool
}

func (r *countsReader) next(n int) []byte {
	if len(r.b) < n {
		r.err, r.b = true, nil
		return make([]byte, n)
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *countsReader) u16() uint16 { return binary.LittleEndian.Uint16(r.next(2)) }
func (r *countsReader) u32() uint32 { return binary.LittleEndian.Uint32(r.next(4)) }
func (r *countsReader) u64() uint64 { return binary.LittleEndian.Uint64(r.next(8)) }
