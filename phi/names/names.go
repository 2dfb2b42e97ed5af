// Package names holds the word lists the phi detector uses (person names,
// everyday English words, US towns), built from public sources and
// embedded in the binary.
//
// The lists are lowercase and accent-free (fold a word with Fold before a
// lookup). They come from the 1990 US Census frequent first and last names
// and the US Social Security Administration baby-name counts for 1930 to
// 2024, both works of the US government and in the public domain; gen.py
// rebuilds them and names the packages they were read from. Names that are
// also ordinary English or Spanish words ("will", "rosa", "baker") are kept
// apart as Common: they are names only next to another name or after a cue.
// Word marks everyday English words (the common levels of SCOWL), so
// that rules can tell "transferred to Kernan" from "went to sleep" in
// notes written all in capitals or all in lower case. IsPlace knows the
// names of US towns and cities (the GeoNames gazetteer, CC BY 4.0, see
// SOURCES.md), so that rules can tell "his son in Elkhart" from "in
// pain".
package names

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed first.txt
var firstTxt string

//go:embed last.txt
var lastTxt string

//go:embed common.txt
var commonTxt string

//go:embed words.txt
var wordsTxt string

//go:embed places.txt
var placesTxt string

// Class says what a folded word is in the lists.
type Class uint8

// The classes, combinable as bits.
const (
	// First is a given name that is not an ordinary word.
	First Class = 1 << iota
	// Last is a surname that is not an ordinary word.
	Last
	// Common is a name that is also an ordinary English or Spanish word.
	Common
	// Word is an everyday English word, name or not. Lookup reports it;
	// Each does not (see IsWord).
	Word
)

var table = sync.OnceValue(func() map[string]Class {
	m := make(map[string]Class, 24000)
	add := func(txt string, c Class) {
		for line := range strings.Lines(txt) {
			if w := strings.TrimSpace(line); w != "" {
				m[w] |= c
			}
		}
	}
	add(firstTxt, First)
	add(lastTxt, Last)
	add(commonTxt, Common)
	return m
})

// words is kept apart from the name table, so that the detector's hot
// per-token lookup stays small.
var words = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, 40000)
	for line := range strings.Lines(wordsTxt) {
		if w := strings.TrimSpace(line); w != "" {
			m[w] = struct{}{}
		}
	}
	return m
})

// IsWord reports whether a folded word is an everyday English word; it
// does not allocate.
func IsWord(folded []byte) bool {
	_, ok := words()[string(folded)]
	return ok
}

// Lookup returns the classes of a folded word (see Fold), zero when the
// word is in no list.
func Lookup(folded string) Class {
	c := table()[folded]
	if IsWord([]byte(folded)) {
		c |= Word
	}
	return c
}

// LookupBytes is Lookup for a folded word held in a byte slice; it does
// not allocate.
func LookupBytes(folded []byte) Class {
	c := table()[string(folded)]
	if IsWord(folded) {
		c |= Word
	}
	return c
}

// Len returns the number of distinct names in the lists.
func Len() int { return len(table()) }

// Fold appends to dst the lowercase, accent-free form of word, the form
// the lists use, and returns the extended slice. Letters outside Latin-1
// and Latin Extended-A are kept as they are, lowercased.
func Fold(dst []byte, word string) []byte {
	for _, r := range word {
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		default:
			if f, ok := foldRune(r); ok {
				dst = append(dst, f)
			} else {
				dst = append(dst, strings.ToLower(string(r))...)
			}
		}
	}
	return dst
}

// foldRune maps an accented Latin letter to its base ASCII letter.
func foldRune(r rune) (byte, bool) {
	const from = "ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖòóôõöÙÚÛÜùúûüÑñÇçÝýÿ"
	const to = "aaaaaaaaaaaaeeeeeeeeiiiiiiiioooooooooouuuuuuuunnccyyy"
	i := 0
	for _, f := range from {
		if f == r {
			return to[i], true
		}
		i++
	}
	return 0, false
}

// Each calls fn for every name of the lists with its classes (everyday
// words are not visited).
func Each(fn func(folded string, c Class)) {
	for w, c := range table() {
		fn(w, c)
	}
}

// places holds the town names, one or more folded words joined by one
// space.
var places = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, 13000)
	for line := range strings.Lines(placesTxt) {
		if w := strings.TrimSpace(line); w != "" {
			m[w] = struct{}{}
		}
	}
	return m
})

// placeStarts holds the first word of every town name.
var placeStarts = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, 9000)
	for p := range places() {
		if i := strings.IndexByte(p, ' '); i >= 0 {
			p = p[:i]
		}
		m[p] = struct{}{}
	}
	return m
})

// Load builds the lists now, rather than at their first lookup: the
// detector calls it when it is created, so that no message pays for it.
// It is safe to call more than once and from several goroutines.
func Load() {
	table()
	words()
	placeStarts()
}

// IsPlaceStart reports whether a folded word begins the name of a town
// (IsPlace for the whole name). It does not allocate.
func IsPlaceStart(folded []byte) bool {
	_, ok := placeStarts()[string(folded)]
	return ok
}

// IsPlace reports whether folded words joined by one space ("towson",
// "bel air", "guadalajara") name a town or city of the United States,
// Puerto Rico, Mexico, Central America or the north of South America. It
// does not allocate. A name says nothing of its use: "Hope" and "Union"
// are towns too, so callers ask for context.
func IsPlace(folded []byte) bool {
	_, ok := places()[string(folded)]
	return ok
}
