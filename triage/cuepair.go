package triage

import (
	"cmp"
	"fmt"
	"slices"
)

// A cuePair is two kinds of cue that make a sign together: a rule with
// pairs matches where a cue of a and a cue of b stand within pairGap
// words of each other, in either order, as the patterns "x ~~25 y" and
// "y ~~25 x" of every x in a and y in b would (see eitherOrder). Each cue
// is compiled once and sought once per message, so a pair of lists of
// sixty and eighty cues costs about a hundred and forty patterns, not
// nine thousand.
type cuePair struct{ a, b []string }

// pairOf returns the cue pair of the cues a and b.
func pairOf(a []string, b ...string) cuePair { return cuePair{a: a, b: b} }

// pairGap is the most words between the two cues of a pair.
const pairGap = 25

// compiledPair is a cue pair of rule ri: posA[id] and posB[id] are the
// places of cue id in each side's list, -1 for a cue not in it.
type compiledPair struct {
	ri         int
	posA, posB []int32
}

// cueMatch is a cue found in a message: its id and the tokens it spans.
type cueMatch struct{ id, start, end int }

// pairMatch is two cues found together for rule ri: cueA and cueB in the
// order they stand, start..end the tokens of both.
type pairMatch struct {
	ri, start, end int
	cueA, cueB     cueMatch
}

// cuePairs holds the detector's cues and pairs.
type cuePairs struct {
	cues  []pattern
	ix    *patternIndex
	pairs []compiledPair
}

// compilePairs compiles the pairs of rules, each distinct cue once.
func compilePairs(rules []rule) (*cuePairs, error) {
	cp := &cuePairs{}
	ids := map[string]int{}
	compile := func(srcs []string) ([]int, error) {
		out := make([]int, 0, len(srcs))
		for _, src := range srcs {
			i, ok := ids[src]
			if !ok {
				p, err := compilePattern(src)
				if err != nil {
					return nil, err
				}
				i = len(cp.cues)
				ids[src] = i
				cp.cues = append(cp.cues, p)
			}
			out = append(out, i)
		}
		return out, nil
	}
	type sides struct {
		ri   int
		a, b []int
	}
	var all []sides
	for ri, r := range rules {
		for _, pr := range r.pairs {
			a, err := compile(pr.a)
			if err != nil {
				return nil, fmt.Errorf("triage: rule %s: cue: %w", r.kind, err)
			}
			b, err := compile(pr.b)
			if err != nil {
				return nil, fmt.Errorf("triage: rule %s: cue: %w", r.kind, err)
			}
			all = append(all, sides{ri, a, b})
		}
	}
	// The places, now that every cue is numbered.
	place := func(ids []int) []int32 {
		pos := make([]int32, len(cp.cues))
		for i := range pos {
			pos[i] = -1
		}
		for k, id := range ids {
			if pos[id] < 0 {
				pos[id] = int32(k)
			}
		}
		return pos
	}
	for _, s := range all {
		cp.pairs = append(cp.pairs, compiledPair{ri: s.ri, posA: place(s.a), posB: place(s.b)})
	}
	cp.ix = newPatternIndex(cp.cues, true)
	return cp, nil
}

// find appends to found the cues that stand in toks, at most one per cue
// and start (the first ending), ordered by start.
func (cp *cuePairs) find(found []cueMatch, toks []token, sig *msgSig) []cueMatch {
	cands := make([]int, 0, 64)
	buf := make([]byte, 0, maxHashedWord)
	for i := range toks {
		var sorted []int
		sorted, cands, buf = cp.ix.sortedCandidates(cands, toks[i].norm, buf)
		last := -1
		for _, c := range sorted {
			id, sure := cand(c)
			if id == last || !cp.ix.pass(id, sig) || !cp.cues[id].mayMatchIn(sig) {
				continue
			}
			last = id
			start, end, ok := cp.ix.matchCandidate(cp.cues, toks, i, id, sure)
			if ok && !slices.ContainsFunc(found, func(m cueMatch) bool { return m.id == id && m.start == start }) {
				found = append(found, cueMatch{id: id, start: start, end: end})
			}
		}
	}
	slices.SortStableFunc(found, func(a, b cueMatch) int { return cmp.Compare(a.start, b.start) })
	return found
}

// matches returns the pairs the cues found make, by start, then in the
// order eitherOrder's patterns would be tried at that start: by pair, by
// the first side's cue, by the second side's, the first side's cue
// first, then the second's.
func (cp *cuePairs) matches(found []cueMatch) []pairMatch {
	if len(found) < 2 {
		return nil
	}
	type keyed struct {
		m                 pairMatch
		pair, pa, pb, dir int32
	}
	var out []keyed
	for pi, p := range cp.pairs {
		for _, x := range found {
			pa := p.posA[x.id]
			if pa < 0 {
				continue
			}
			for _, y := range found {
				pb := p.posB[y.id]
				if pb < 0 {
					continue
				}
				// Either in order, with at most pairGap words between.
				if x.end < y.start && y.start <= x.end+1+pairGap {
					out = append(out, keyed{pairMatch{p.ri, x.start, y.end, x, y}, int32(pi), pa, pb, 0})
				}
				if y.end < x.start && x.start <= y.end+1+pairGap {
					out = append(out, keyed{pairMatch{p.ri, y.start, x.end, y, x}, int32(pi), pa, pb, 1})
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(a.m.start, b.m.start), cmp.Compare(a.pair, b.pair), cmp.Compare(a.pa, b.pa), cmp.Compare(a.pb, b.pb), cmp.Compare(a.dir, b.dir))
	})
	ms := make([]pairMatch, 0, len(out))
	for _, k := range out {
		if !slices.Contains(ms, k.m) {
			ms = append(ms, k.m)
		}
	}
	return ms
}
