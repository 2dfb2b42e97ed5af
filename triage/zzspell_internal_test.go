package triage

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

func TestZZSpell(t *testing.T) {
	if os.Getenv("ZZSPELL") == "" {
		t.Skip()
	}
	sp := defaultSpeller()
	docs := map[string]int{}
	var files []string
	for _, g := range []string{"corpus/independent/*.jsonl", "testdata/*.jsonl", "/work/notes/train/*.jsonl", "/work/notes/fresh*/*.jsonl"} {
		fs, _ := filepath.Glob(g)
		files = append(files, fs...)
	}
	for _, f := range files {
		fh, _ := os.Open(f)
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			seen := map[string]bool{}
			for _, tk := range tokenizeRaw(sc.Text()) {
				if !seen[tk.norm] {
					seen[tk.norm] = true
					docs[tk.norm]++
				}
			}
		}
		fh.Close()
	}
	type kv struct {
		w, c string
		n    int
	}
	var out []kv
	for w, n := range docs {
		if n < 2 {
			continue
		}
		c, _ := sp.correct(w, nil)
		if c != w {
			out = append(out, kv{w, c, n})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].n > out[j].n })
	for _, x := range out {
		fmt.Printf("%s -> %s (%d)\n", x.w, x.c, x.n)
	}
}
