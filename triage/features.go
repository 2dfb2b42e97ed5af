package triage

// Feature groups. The group is mixed into a feature's hash, and each group
// has its own weight in the model (see modelParams).
const (
	groupWord uint64 = iota + 1
	groupBigram
	groupChar
	numGroups = 4
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * fnvPrime
}

// featureGroup returns the group a feature hash belongs to.
func featureGroup(f uint64) uint64 { return f >> 62 }

func withGroup(h, g uint64) uint64 { return h&(1<<62-1) | g<<62 }

// stopwords carry no intent on their own; they are kept in bigrams only.
var stopwords = wordSet("a an the i im my me to of for and or is it its in on at be do can could would please hi hello hey you your we our this that with so just el la los las un una de del y o en mi me te se que por para es lo le al su hola")

// features appends the hashed features of toks to dst: each content word,
// each pair of neighbouring words, and the character 3- and 4-grams of each
// word (which let "appoinment" and "appointment" share most of their
// evidence). Duplicates are kept; the model counts each once.
func features(dst []uint64, toks []token) []uint64 {
	prev := uint64(fnvOffset)
	for i, t := range toks {
		w := t.norm
		wh := hashBytes(fnvOffset, w)
		if t.class&classStop == 0 {
			dst = append(dst, withGroup(wh, groupWord))
		}
		if i > 0 && !t.sentence {
			dst = append(dst, withGroup(hashBytes(prev*fnvPrime, w), groupBigram))
		}
		prev = wh
		if len(w) < 3 || isNumber(w) {
			continue
		}
		// Character n-grams of "^" + w + "$".
		n := len(w) + 2
		at := func(i int) byte {
			switch i {
			case 0:
				return '^'
			case n - 1:
				return '$'
			}
			return w[i-1]
		}
		for size := 3; size <= 4; size++ {
			for s := 0; s+size <= n; s++ {
				h := uint64(fnvOffset) ^ uint64(size)
				for k := s; k < s+size; k++ {
					h = hashByte(h, at(k))
				}
				dst = append(dst, withGroup(h, groupChar))
			}
		}
	}
	return dst
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
