package triage

// patternIndex finds, for a word, the patterns whose first term may match
// it, so that a message is not tried against every pattern at every word.
type patternIndex struct {
	exact  map[string][]int
	prefix map[string][]int
	// fuzzy holds fuzzy first words and each of their one-deletion variants.
	fuzzy map[string][]int
	// always lists patterns that start with a number term.
	always []int
}

func newPatternIndex(ps []pattern) *patternIndex {
	ix := &patternIndex{exact: map[string][]int{}, prefix: map[string][]int{}, fuzzy: map[string][]int{}}
	for id, p := range ps {
		for _, a := range p.terms[0].alts {
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

// candidates appends to dst the ids of patterns that may start at word w.
// buf is scratch space; the result may hold duplicates.
func (ix *patternIndex) candidates(dst []int, w string, buf []byte) ([]int, []byte) {
	dst = append(dst, ix.exact[w]...)
	for k := 1; k <= len(w); k++ {
		dst = append(dst, ix.prefix[w[:k]]...)
	}
	if len(w) >= 4 {
		dst = append(dst, ix.fuzzy[w]...)
		for i := range len(w) {
			buf = append(buf[:0], w[:i]...)
			buf = append(buf, w[i+1:]...)
			dst = append(dst, ix.fuzzy[string(buf)]...)
		}
	}
	if len(w) > 0 && w[0] >= '0' && w[0] <= '9' {
		dst = append(dst, ix.always...)
	}
	return dst, buf
}
