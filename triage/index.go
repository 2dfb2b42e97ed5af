package triage

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// patternIndex finds, for a word, the patterns whose first term may match
// it, so that a message is not tried against every pattern at every word.
type patternIndex struct {
	exact  map[string][]int
	prefix map[string][]int
	// fuzzy holds fuzzy first words and each of their one-deletion variants.
	fuzzy map[string][]int
	// always lists patterns that start with a number term, and
	// numBuckets[n] those of them whose first term's ranges hold n: a
	// number in a message is a candidate only for the patterns that may
	// start with it.
	always     []int
	numBuckets [][]int
	// back marks the patterns indexed by their second term: those that
	// open with a bare "no" or "ni" (a word of nearly every Spanish
	// message), found from the word after it (see backIndexed).
	back []bool
	// maxPrefix is the length of the longest key of prefix.
	maxPrefix int
	// The filters hold the keys of exact, prefix and fuzzy, so that most
	// of the map lookups a word would cost (one per prefix and one per
	// deletion variant) are answered "no" by a bit test.
	exactF, prefixF, fuzzyF keyFilter
	// filters holds each pattern's patFilter, by pattern id, and masks
	// the term filters they refer to.
	filters []patFilter
	masks   [][4]uint64
	// memo holds the sorted candidates of the words met (see
	// sortedCandidates), up to memoMax of them: messages repeat their
	// words ("the", "my", "dolor"), and a word's candidates never change.
	memo  sync.Map // string -> []int, read only
	memoN atomic.Int32
}

// pass reports whether pattern id may match a message of sig (see
// patFilter).
func (ix *patternIndex) pass(id int, sig *msgSig) bool { return ix.filters[id].pass(sig, ix.masks) }

// matchCandidate matches pattern id of pats (the patterns ix indexes), a
// candidate at word i: forward from i, or back from it for a pattern
// indexed by its second term (see backIndexed).
func (ix *patternIndex) matchCandidate(pats []pattern, toks []token, i, id int, sure bool) (start, end int, ok bool) {
	if ix.back[id] {
		return pats[id].matchBack(toks, i)
	}
	end, ok = pats[id].matchAt(toks, i, sure)
	return i, end, ok
}

// memoMax bounds the words patternIndex.memo keeps (a few MB at most).
const memoMax = 20000

// sortedCandidates returns the candidates of w (see candidates) sorted,
// without repeats, the sure one of a pattern first: remembered for a word
// met before, else built in scratch, which it returns for the next call.
// The result is read only.
func (ix *patternIndex) sortedCandidates(scratch []int, w string, buf []byte) (sorted, scratchOut []int, bufOut []byte) {
	if v, ok := ix.memo.Load(w); ok {
		return v.([]int), scratch, buf
	}
	c, buf := ix.candidates(scratch[:0], w, buf)
	slices.Sort(c)
	c = slices.Compact(c)
	if ix.memoN.Load() < memoMax {
		ix.memoN.Add(1)
		ix.memo.Store(strings.Clone(w), slices.Clone(c))
	}
	return c, c, buf
}

func newPatternIndex(ps []pattern, backIndex bool) *patternIndex {
	ix := &patternIndex{exact: map[string][]int{}, prefix: map[string][]int{}, fuzzy: map[string][]int{}, back: make([]bool, len(ps)),
		filters: make([]patFilter, len(ps))}
	for id, p := range ps {
		ix.filters[id], ix.masks = newPatFilter(&p, ix.masks)
		first := p.terms[0]
		if backIndex && backIndexed(p) {
			ix.back[id], first = true, p.terms[1]
		}
		for _, a := range first.alts {
			switch a.kind {
			case altExact:
				ix.exact[a.word] = appendOnce(ix.exact[a.word], id)
			case altPrefix:
				ix.prefix[a.word] = appendOnce(ix.prefix[a.word], id)
			case altFuzzy:
				ix.fuzzy[a.word] = appendOnce(ix.fuzzy[a.word], id)
				for i := range len(a.word) {
					d := a.word[:i] + a.word[i+1:]
					ix.fuzzy[d] = appendOnce(ix.fuzzy[d], id)
				}
			default:
				ix.always = appendOnce(ix.always, id)
			}
		}
	}
	ix.numBuckets = make([][]int, maxNumBucket+1)
	for _, id := range ix.always {
		for _, a := range ps[id].terms[0].alts {
			if a.kind != altNumRange {
				continue
			}
			for n := max(a.lo, 0); n <= min(a.hi, maxNumBucket); n++ {
				// ids come in order, so a repeat can only be the last one
				if b := ix.numBuckets[n]; len(b) == 0 || b[len(b)-1] != id {
					ix.numBuckets[n] = append(b, id)
				}
			}
		}
	}
	for k := range ix.exact {
		ix.exactF.add(wordHash(k))
	}
	for k := range ix.prefix {
		ix.prefixF.add(wordHash(k))
		ix.maxPrefix = max(ix.maxPrefix, len(k))
	}
	for k := range ix.fuzzy {
		ix.fuzzyF.add(wordHash(k))
	}
	return ix
}

func appendOnce(s []int, id int) []int {
	for _, x := range s {
		if x == id {
			return s
		}
	}
	return append(s, id)
}

// candidates appends to dst the patterns that may start at word w, each
// as a candidate (see cand): buf is scratch space; the result may hold
// duplicates.
func (ix *patternIndex) candidates(dst []int, w string, buf []byte) ([]int, []byte) {
	if len(w) > maxHashedWord {
		return ix.candidatesSlow(dst, w, buf)
	}
	var wh wordHashes
	wh.init(w)
	n := len(w)
	if ix.exactF.has(wh.prefix(n)) {
		dst = appendCands(dst, ix.exact[w], true)
	}
	for k := 1; k <= min(n, ix.maxPrefix); k++ {
		if ix.prefixF.has(wh.prefix(k)) {
			dst = appendCands(dst, ix.prefix[w[:k]], true)
		}
	}
	if n >= 4 {
		if ix.fuzzyF.has(wh.prefix(n)) {
			dst = appendCands(dst, ix.fuzzy[w], false)
		}
		for i := range n {
			if !ix.fuzzyF.has(wh.without(i)) {
				continue
			}
			buf = append(buf[:0], w[:i]...)
			buf = append(buf, w[i+1:]...)
			dst = appendCands(dst, ix.fuzzy[string(buf)], false)
		}
	}
	return ix.numberCands(dst, w), buf
}

// numberCands appends the candidates of a word that starts with a digit:
// the patterns whose first term's number ranges may hold it.
func (ix *patternIndex) numberCands(dst []int, w string) []int {
	if len(w) == 0 || w[0] < '0' || w[0] > '9' {
		return dst
	}
	switch v, ok := numberValue(w); {
	case !ok:
		return dst // no number term takes it
	case v >= 0 && v <= maxNumBucket:
		return appendCands(dst, ix.numBuckets[v], false)
	}
	return appendCands(dst, ix.always, false)
}

// maxNumBucket is the largest number numBuckets holds; a larger one is a
// candidate for every pattern that starts with a number term.
const maxNumBucket = 2100

// numberValue reads w as a number term does (see alt.matches): the value
// it compares with a range ("the 350s" and "in her 80s" read 350 and 80),
// and false when no range can take w.
func numberValue(w string) (int, bool) {
	if len(w) > 1 && w[len(w)-1] == 's' {
		w = w[:len(w)-1]
	}
	if len(w) > 6 || !isNumber(w) {
		return 0, false
	}
	v, _ := strconv.Atoi(w)
	return v, true
}

// A candidate is a pattern id shifted left by one, its low bit set when
// the pattern's first term must still be checked against the word (a
// fuzzy key or a number); clear, the word is one of the term's exact
// words or starts with one of its prefixes, so the first term matches.
// Candidates sort by pattern id, a sure one first.

// cand returns the pattern id of candidate c and whether its first term
// is known to match.
func cand(c int) (id int, sure bool) { return c >> 1, c&1 == 0 }

// appendCands appends the candidates of ids to dst.
func appendCands(dst, ids []int, sure bool) []int {
	bit := 1
	if sure {
		bit = 0
	}
	dst = slices.Grow(dst, len(ids))
	for _, id := range ids {
		dst = append(dst, id<<1|bit)
	}
	return dst
}

// candidatesSlow is candidates without the filters, for words too long to
// hash on the stack; it is also the reference the filtered path is tested
// against.
func (ix *patternIndex) candidatesSlow(dst []int, w string, buf []byte) ([]int, []byte) {
	dst = appendCands(dst, ix.exact[w], true)
	for k := 1; k <= len(w); k++ {
		dst = appendCands(dst, ix.prefix[w[:k]], true)
	}
	if len(w) >= 4 {
		dst = appendCands(dst, ix.fuzzy[w], false)
		for i := range len(w) {
			buf = append(buf[:0], w[:i]...)
			buf = append(buf, w[i+1:]...)
			dst = appendCands(dst, ix.fuzzy[string(buf)], false)
		}
	}
	return ix.numberCands(dst, w), buf
}

// keyFilter is a Bloom filter with one hash function over a set of words:
// a word whose bit is clear is certainly not in the set; a set bit may be
// another word's.
type keyFilter [filterBits / 64]uint64

// filterBits is the size of a keyFilter: 4 KiB, for a few thousand keys.
const filterBits = 1 << 15

func filterBit(h uint64) uint64 { return (h * 0x9e3779b97f4a7c15) >> (64 - 15) }

func (f *keyFilter) add(h uint64) {
	b := filterBit(h)
	f[b/64] |= 1 << (b % 64)
}

func (f *keyFilter) has(h uint64) bool {
	b := filterBit(h)
	return f[b/64]&(1<<(b%64)) != 0
}

// The word hash is the polynomial h(s) = s[0]·P^(n-1) + … + s[n-1] modulo
// 2^64, chosen because the hash of a prefix and of a word with one byte
// deleted follow from prefix and suffix hashes in constant time:
// h(a+b) = h(a)·P^len(b) + h(b).
const hashP = 0x100000001b3

// maxHashedWord is the longest word candidates hashes on the stack.
const maxHashedWord = 48

// wordHash returns h(w).
func wordHash(w string) uint64 {
	var h uint64
	for i := 0; i < len(w); i++ {
		h = h*hashP + uint64(w[i])
	}
	return h
}

// wordHashes holds, for one word w of at most maxHashedWord bytes, the
// hashes of its prefixes and suffixes and the powers of P.
type wordHashes struct {
	n   int
	pre [maxHashedWord + 1]uint64 // pre[i] = h(w[:i])
	suf [maxHashedWord + 1]uint64 // suf[i] = h(w[i:])
	pow [maxHashedWord + 1]uint64 // pow[i] = P^i
}

func (wh *wordHashes) init(w string) {
	n := len(w)
	wh.n = n
	wh.pow[0] = 1
	for i := 0; i < n; i++ {
		wh.pre[i+1] = wh.pre[i]*hashP + uint64(w[i])
		wh.pow[i+1] = wh.pow[i] * hashP
	}
	wh.suf[n] = 0
	for i := n - 1; i >= 0; i-- {
		wh.suf[i] = uint64(w[i])*wh.pow[n-1-i] + wh.suf[i+1]
	}
}

// prefix returns h(w[:k]).
func (wh *wordHashes) prefix(k int) uint64 { return wh.pre[k] }

// without returns h(w[:i] + w[i+1:]).
func (wh *wordHashes) without(i int) uint64 {
	return wh.pre[i]*wh.pow[wh.n-1-i] + wh.suf[i+1]
}

// backIndexed reports whether p opens with a bare negation ("no", "ni")
// close before a second term of ordinary words: such a pattern is a
// candidate where its second term's word stands, and its start is found
// back from there (see pattern.matchBack), instead of at every "no".
func backIndexed(p pattern) bool {
	if len(p.terms) < 2 {
		return false
	}
	for _, a := range p.terms[0].alts {
		if a.kind != altExact || !openingNegations[a.word] {
			return false
		}
	}
	t := p.terms[1]
	if t.cross || t.gap > 3 {
		return false
	}
	for _, a := range t.alts {
		if a.kind != altExact && a.kind != altPrefix || commonSecond[a.word] {
			return false
		}
	}
	return true
}

var (
	openingNegations = wordSet("no ni")
	// commonSecond are words too common to stand for a pattern.
	commonSecond = wordSet("me le se lo la el los las nos te les a the my his her de que y and en")
)
