package triage

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// candidatesSame checks that the filtered candidates of w are exactly the
// unfiltered ones, for both indexes the package builds.
func candidatesSame(t *testing.T, w string) {
	t.Helper()
	for name, ix := range map[string]*patternIndex{"redflags": defaultDetector().ix, "cues": defaultCues().ix} {
		got, _ := ix.candidates(nil, w, nil)
		want, _ := ix.candidatesSlow(nil, w, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("%s: candidates(%q) = %v, want %v", name, w, got, want)
		}
	}
}

func TestCandidatesMatchUnfiltered(t *testing.T) {
	words := []string{"", "a", "chest", "pecho", "pehco", "chestt", "breathing", "brething", "suicide", "suicid",
		"appointment", "appoinment", "reschedule", "reschdule", "insurence", "12", "103", "dolor", "sangrando",
		"cancel", "cancer", "portal", "mychart", "x", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"}
	for _, ix := range []*patternIndex{defaultDetector().ix, defaultCues().ix} {
		for k := range ix.exact {
			words = append(words, k, k+"s", k[1:])
		}
		for k := range ix.prefix {
			words = append(words, k, k+"ing")
		}
		for k := range ix.fuzzy {
			words = append(words, k, "x"+k, k+"x")
		}
	}
	for _, w := range words {
		candidatesSame(t, w)
	}
}

// TestPatFilterSound: a message that a pattern's patFilter turns away
// lacks a word for one of the pattern's later terms, so the pattern
// cannot match it, for every pattern of both indexes, over messages of
// the labelled sets; and a filter turns away most of the messages (a
// pattern of one term has none), more than mayMatchIn alone would.
func TestPatFilterSound(t *testing.T) {
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no labelled sets: %v", err)
	}
	var texts []string
	for _, f := range files[:min(len(files), 40)] {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(raw), "\n") {
			if i%7 == 0 && line != "" {
				texts = append(texts, line) // the JSON line: its words are the text's
			}
		}
	}
	for name, set := range map[string]struct {
		ix   *patternIndex
		pats []pattern
	}{"redflags": {defaultDetector().ix, defaultDetector().pats}, "cues": {defaultCues().ix, defaultCues().pats}} {
		turned, tried, mayNot := 0, 0, 0
		for _, text := range texts {
			toks := tokenize(text)
			sig := signature(toks)
			for pid := range set.pats {
				if set.ix.filters[pid].kind == patAll {
					continue
				}
				tried++
				if !set.pats[pid].mayMatchIn(&sig) {
					mayNot++
				}
				if set.ix.pass(pid, &sig) {
					continue
				}
				turned++
				if !lacksTerm(set.pats[pid], toks) {
					t.Fatalf("%s: the filter of %q turns away %q, which holds a word of each of its terms", name, set.pats[pid].src, text)
				}
			}
		}
		if turned < tried/2 || turned < mayNot {
			t.Errorf("%s: the filters turn away %d of %d (message, pattern) pairs, mayMatchIn %d; want most, and more", name, turned, tried, mayNot)
		}
		t.Logf("%s: the filters turn away %d of %d (message, pattern) pairs, mayMatchIn %d", name, turned, tried, mayNot)
	}
}

// lacksTerm reports whether a term of p after its first matches no
// token of toks.
func lacksTerm(p pattern, toks []token) bool {
	for j := 1; j < len(p.terms); j++ {
		found := false
		for i := range toks {
			if p.terms[j].matchesToken(&toks[i]) {
				found = true
				break
			}
		}
		if !found {
			return true
		}
	}
	return false
}

// TestNumberCandidatesSound: a number is a candidate for every pattern
// whose first term takes it (the number buckets leave out only patterns
// that cannot start there).
func TestNumberCandidatesSound(t *testing.T) {
	words := []string{"0", "7", "38", "100", "101", "350s", "80s", "1500", "2100", "2101", "99999", "1234567", "38.5", "1,500", "007", "12th", "3x"}
	for n := 0; n <= 2200; n += 7 {
		words = append(words, strconv.Itoa(n))
	}
	d := defaultDetector()
	for _, w := range words {
		got, _ := d.ix.candidates(nil, w, nil)
		in := map[int]bool{}
		for _, c := range got {
			id, _ := cand(c)
			in[id] = true
		}
		for _, id := range d.ix.always {
			if d.pats[id].terms[0].matches(w) && !in[id] {
				t.Errorf("candidates(%q) lacks pattern %q, whose first term takes it", w, d.pats[id].src)
			}
		}
	}
}

func TestWordHashesCompose(t *testing.T) {
	w := "sangrando"
	var wh wordHashes
	wh.init(w)
	for k := range len(w) + 1 {
		if wh.prefix(k) != wordHash(w[:k]) {
			t.Fatalf("prefix %d", k)
		}
	}
	for i := range len(w) {
		if wh.without(i) != wordHash(w[:i]+w[i+1:]) {
			t.Fatalf("without %d", i)
		}
	}
}

func FuzzCandidates(f *testing.F) {
	for _, s := range []string{"chest", "pehco", "appoinment", "103", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		candidatesSame(t, w)
	})
}

// TestClassifyConcurrentPooled: classifiers share pooled tokenizers and
// scratch; concurrent calls must give exactly the sequential results (run
// with -race).
func TestClassifyConcurrentPooled(t *testing.T) {
	c, err := NewDefault(Config{})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"my dad has chest pain right now", "can i get a refill of my inhaler", "thanks!",
		"necesito cambiar mi cita del jueves", "", "why was i charged twice", strings.Repeat("fever and rash ", 200)}
	want := make([]Result, len(texts))
	for i, s := range texts {
		if want[i], err = c.Classify(t.Context(), s); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range 50 {
				i := (g + k) % len(texts)
				got, err := c.Classify(t.Context(), texts[i])
				if err != nil || !reflect.DeepEqual(got, want[i]) {
					t.Errorf("text %d: got %+v, %v; want %+v", i, got, err, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestPatternPhraseInsideAlternatives: a phrase slipped into a list of
// alternatives is refused, since it would make the whole list need the
// phrase's last word; an explicit gap says the sequence is meant.
func TestPatternPhraseInsideAlternatives(t *testing.T) {
	for _, tc := range []struct {
		src string
		ok  bool
	}{
		{"pain|really hurts", false},
		{"numb*|weak*|no siento", false},
		{"pain|hurt ~0 bad", true},
		{"heart% attack|attak", true},
		{"no ~1 siento|siente ~2 brazo", true},
	} {
		_, err := compilePattern(tc.src)
		if (err == nil) != tc.ok {
			t.Errorf("compilePattern(%q) error %v, want ok %v", tc.src, err, tc.ok)
		}
	}
}

// TestTermStartFilter checks that a term's first-byte filter never turns
// away a word one of its alternatives matches, over every term the
// package compiles and words built from their alternatives.
func TestTermStartFilter(t *testing.T) {
	var terms []*term
	d := defaultDetector()
	for _, ps := range [][]pattern{d.pats, defaultCues().pats} {
		for i := range ps {
			for k := range ps[i].terms {
				terms = append(terms, &ps[i].terms[k])
			}
		}
	}
	for i := range d.rules {
		r := &d.rules[i]
		for _, x := range []*term{r.notBefore, r.notAfter, r.notNext, r.idiom, r.mild} {
			if x != nil {
				terms = append(terms, x)
			}
		}
	}
	// Each term meets the words of its own alternatives and a sample of
	// everyone else's.
	variants := func(w string) []string { return []string{w, w + "s", "x" + w, w[1:]} }
	var all []string
	for _, tm := range terms {
		for _, a := range tm.alts {
			if a.word != "" {
				all = append(all, variants(a.word)...)
			}
		}
	}
	slices.Sort(all)
	all = slices.Compact(all)
	sample := []string{"", "0", "05", "1", "7s", "38s", "103", "250", "x"}
	for i := 0; i < len(all); i += 37 {
		sample = append(sample, all[i])
	}
	checked := 0
	for _, tm := range terms {
		words := slices.Clone(sample)
		for _, a := range tm.alts {
			if a.word != "" {
				words = append(words, variants(a.word)...)
			}
		}
		for _, w := range words {
			want := slices.ContainsFunc(tm.alts, func(a alt) bool { return a.matches(w) })
			if got := tm.matches(w); got != want {
				t.Fatalf("term %v: matches(%q) = %v, want %v", tm.alts, w, got, want)
			}
			if want {
				checked++
			}
		}
	}
	if checked < len(terms) {
		t.Fatalf("only %d matching pairs for %d terms: the word list misses most terms", checked, len(terms))
	}
}

// TestSignatureNeverHidesAMatch checks that a pattern that matches a
// message always passes the message-signature test that decides whether
// it is tried (see pattern.mayMatchIn), over two labelled sets' messages
// and every pattern the index offers at each of their words.
func TestSignatureNeverHidesAMatch(t *testing.T) {
	var texts []string
	for _, name := range []string{"testdata/probe79.jsonl", "testdata/probe82.jsonl"} {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		data, err := ReadLabeled(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range data {
			texts = append(texts, l.Text)
		}
	}
	matched := 0
	for _, set := range []struct {
		pats []pattern
		ix   *patternIndex
	}{{defaultDetector().pats, defaultDetector().ix}, {defaultCues().pats, defaultCues().ix}} {
		for _, text := range texts {
			toks := tokenize(text)
			sig := signature(toks)
			for i := range toks {
				cands, _ := set.ix.candidates(nil, toks[i].norm, nil)
				for _, c := range cands {
					pid, sure := cand(c)
					if _, ok := set.pats[pid].matchAt(toks, i, sure); !ok {
						continue
					}
					matched++
					if !set.pats[pid].mayMatchIn(&sig) {
						t.Fatalf("pattern %q matches %q but its signature test says it cannot", set.pats[pid].src, text)
					}
				}
			}
		}
	}
	if matched < 100 {
		t.Fatalf("only %d matches: the test sees too little", matched)
	}
}

// TestBackIndexSameFlags: a pattern that opens with "no" or "ni" is found
// from the word after it (backIndexed), so it is judged when the scan
// reaches that word rather than the "no": a milder sign read first may
// then stay beside it. Over every labelled message the graver reading must
// be the plain index's: the same most urgent flag.
func TestBackIndexSameFlags(t *testing.T) {
	d := defaultDetector()
	plain := *d
	plain.ix = newPatternIndex(d.pats, false)
	files, err := filepath.Glob("testdata/probe*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatal("no labelled sets", err)
	}
	n := 0
	for _, f := range files {
		for _, row := range readLabeledInternal(t, f) {
			toks := tokenize(row.Text)
			got, _ := d.scan(toks)
			want, _ := plain.scan(toks)
			if MaxUrgency(got) != MaxUrgency(want) {
				t.Errorf("%s: %q: back-indexed %+v, plain %+v", f, row.Text, got, want)
			}
			n++
		}
	}
	t.Logf("%d messages compared", n)
}

func readLabeledInternal(t *testing.T, path string) []Labeled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, err := ReadLabeled(f)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestSortedCandidatesRemembered: a word's remembered candidates are those
// candidates gives, sorted and without repeats, the first time and after,
// and the memo stops growing at memoMax.
func TestSortedCandidatesRemembered(t *testing.T) {
	ix := newPatternIndex(defaultDetector().pats, true)
	var scratch []int
	for _, w := range strings.Fields("the chest pain dolor pecho no respira pastillas overdose xyzzy 911 breathing tonight") {
		want, _ := ix.candidates(nil, w, nil)
		slices.Sort(want)
		want = slices.Compact(want)
		for range 2 { // built, then remembered
			var got []int
			got, scratch, _ = ix.sortedCandidates(scratch, w, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("%q: got %v, want %v", w, got, want)
			}
		}
	}
	for i := range memoMax + 10 {
		_, scratch, _ = ix.sortedCandidates(scratch, "w"+strconv.Itoa(i), nil)
	}
	if n := ix.memoN.Load(); n > memoMax+2 {
		t.Errorf("memo grew to %d words, bound %d", n, memoMax)
	}
}
