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
// being trained anew in every process. The heads share one numbering of
// the features, so a message's features are looked up once for all three.
type corpusCounts struct {
	keys                   []uint64 // the features, by id
	intent, urgency, alarm *headCounts
}

// alarmClasses is the class order of the alarm head: not an emergency, an
// emergency.
const alarmClasses = 2

// countCorpus counts the features of data for every head, and those of
// alarmOnly for the alarm head alone: examples the alarm learns emergencies
// from whose mix of urgencies the other heads should not learn (see
// diskCorpus).
func countCorpus(data, alarmOnly []Labeled) (corpusCounts, error) {
	if len(data) == 0 {
		return corpusCounts{}, fmt.Errorf("%w: no training examples", ErrInvalidInput)
	}
	all := append(data[:len(data):len(data)], alarmOnly...)
	intents := Intents()
	in := &headCounts{classes: len(intents), labels: make([]int, len(all))}
	ur := &headCounts{classes: len(urgencies), labels: make([]int, len(all))}
	al := &headCounts{classes: alarmClasses, labels: make([]int, len(all))}
	for i, l := range all {
		in.labels[i] = slices.Index(intents, l.Intent)
		ur.labels[i] = slices.Index(urgencies, l.Urgency)
		if in.labels[i] < 0 || ur.labels[i] < 0 {
			return corpusCounts{}, fmt.Errorf("%w: training example %d: intent or urgency outside the vocabulary", ErrInvalidInput, i+1)
		}
		if l.Urgency == UrgencyEmergency {
			al.labels[i] = 1
		}
		if i >= len(data) {
			in.labels[i], ur.labels[i] = -1, -1
		}
	}
	// The features of each example, on every CPU; each document's are its
	// own, so the result does not depend on the split.
	docs := make([][]uint64, len(all))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(all)/256))
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(all)/workers, (w+1)*len(all)/workers
		wg.Go(func() {
			// One arena for the worker's documents: some two features a
			// byte of text (a word, a word pair, character n-grams).
			n := 0
			for _, l := range all[lo:hi] {
				n += len(l.Text)
			}
			arena := make([]uint64, 0, 5*n/2)
			var tz tokenizer
			for i := lo; i < hi; i++ {
				start := len(arena)
				arena = features(arena, tz.tokenize(all[i].Text))
				docs[i] = arena[start:len(arena):len(arena)]
			}
		})
	}
	wg.Wait()
	return corpusCounts{keys: indexFeatures(docs, in, ur, al), intent: in, urgency: ur, alarm: al}, nil
}

// encodedHeads lists the heads' counts in the order they are encoded.
func (cc corpusCounts) encodedHeads() []*headCounts {
	return []*headCounts{cc.intent, cc.urgency, cc.alarm}
}

// prune keeps the features at least minDocs documents have: for the
// intent and urgency heads, at least minDocs of the documents they learn
// from, numbered first; for the alarm head, which learns from every
// document, at least minDocs of all. Features seen once say little beyond
// their one example: the shipped model drops them, which halves it and
// loses nothing on held-out sets. Each class's total still counts every
// feature, as trained.
func (cc corpusCounts) prune(minDocs int) corpusCounts {
	out := corpusCounts{
		intent:  &headCounts{classes: cc.intent.classes, totals: cc.intent.totals},
		urgency: &headCounts{classes: cc.urgency.classes, totals: cc.urgency.totals},
		alarm:   &headCounts{classes: cc.alarm.classes, totals: cc.alarm.totals},
	}
	general := func(id int) bool { return id < cc.intent.rows() && docsOf(cc.intent.row(id)) >= minDocs }
	for id, f := range cc.keys {
		if general(id) {
			out.keys = append(out.keys, f)
			out.intent.counts = append(out.intent.counts, cc.intent.row(id)...)
			out.urgency.counts = append(out.urgency.counts, cc.urgency.row(id)...)
			out.alarm.counts = append(out.alarm.counts, cc.alarm.row(id)...)
		}
	}
	// Then the features the alarm head alone keeps.
	for id, f := range cc.keys {
		if !general(id) && docsOf(cc.alarm.row(id)) >= minDocs {
			out.keys = append(out.keys, f)
			out.alarm.counts = append(out.alarm.counts, cc.alarm.row(id)...)
		}
	}
	return out
}

// docsOf returns how many documents a feature's row counts.
func docsOf(row []uint16) int {
	n := 0
	for _, c := range row {
		n += int(c)
	}
	return n
}

// model builds the three heads from the counts.
func (cc corpusCounts) model(name string) heads {
	table := newIDTable(cc.keys) // shared: the heads number features alike
	return heads{
		intent:  trainNB(table, cc.intent, intentNB),
		urgency: trainNB(table, cc.urgency, defaultNB),
		alarm:   trainNB(table, cc.alarm, alarmNB),
		name:    name,
	}
}

// countsMagic starts an encoded corpusCounts; the digit is the format's
// version.
const countsMagic = "frontdesk-nb-counts-2\n"

// errBadCounts is the error of decoding counts that are not an encoding
// of this version.
var errBadCounts = errors.New("triage: malformed model counts")

// encode returns cc as little-endian binary: the magic, the number of
// features, each head's number of classes, of features it has counts of
// and its totals, the features, then each head's counts.
func (cc corpusCounts) encode() []byte {
	b := []byte(countsMagic)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(cc.keys)))
	for _, h := range cc.encodedHeads() {
		b = binary.LittleEndian.AppendUint32(b, uint32(h.classes))
		b = binary.LittleEndian.AppendUint32(b, uint32(h.rows()))
		for _, t := range h.totals {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(t))
		}
	}
	for _, f := range cc.keys {
		b = binary.LittleEndian.AppendUint64(b, f)
	}
	for _, h := range cc.encodedHeads() {
		for _, c := range h.counts {
			b = binary.LittleEndian.AppendUint16(b, c)
		}
	}
	return b
}

// decodeCounts decodes what encode wrote, for heads of the classes of
// this version (len(Intents()), len(urgencies) and alarmClasses).
func decodeCounts(b []byte) (corpusCounts, error) {
	r := countsReader{b: b}
	if string(r.next(len(countsMagic))) != countsMagic {
		return corpusCounts{}, errBadCounts
	}
	n := int(r.u32())
	cc := corpusCounts{intent: &headCounts{}, urgency: &headCounts{}, alarm: &headCounts{}}
	want := []int{len(Intents()), len(urgencies), alarmClasses}
	rows := make([]int, len(want))
	size := 8 * n
	for i, h := range cc.encodedHeads() {
		h.classes, rows[i] = int(r.u32()), int(r.u32())
		if h.classes != want[i] || rows[i] > n {
			return corpusCounts{}, fmt.Errorf("%w: head %d: %d classes of %d features, want %d classes of at most %d", errBadCounts, i, h.classes, rows[i], want[i], n)
		}
		h.totals = make([]float64, h.classes)
		for c := range h.totals {
			h.totals[c] = math.Float64frombits(r.u64())
		}
		size += 2 * h.classes * rows[i]
	}
	if r.err || len(r.b) != size {
		return corpusCounts{}, errBadCounts
	}
	cc.keys = make([]uint64, n)
	for i := range cc.keys {
		cc.keys[i] = r.u64()
	}
	for i, h := range cc.encodedHeads() {
		h.counts = make([]uint16, rows[i]*h.classes)
		for j := range h.counts {
			h.counts[j] = r.u16()
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
