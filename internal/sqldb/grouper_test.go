package sqldb

import (
	"sync"
	"sync/atomic"
	"testing"
)

func TestGrouperFlushesEverythingInBoundedGroups(t *testing.T) {
	var running, peak atomic.Int32
	var mu sync.Mutex
	var flushed sync.WaitGroup
	flushed.Add(800)
	seen := map[int]int{}
	g := &Grouper[int]{Max: 5, Flushers: 2, Flush: func(group []int) {
		n := running.Add(1)
		defer running.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		if len(group) == 0 || len(group) > 5 {
			t.Errorf("group of %d", len(group))
		}
		mu.Lock()
		for _, v := range group {
			seen[v]++
			flushed.Done()
		}
		mu.Unlock()
	}}
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for i := range 100 {
				g.Submit(w*100 + i)
			}
		})
	}
	wg.Wait()
	flushed.Wait()
	mu.Lock()
	defer mu.Unlock()
	if len(seen) != 800 {
		t.Fatalf("%d values flushed, want 800", len(seen))
	}
	for v, n := range seen {
		if n != 1 {
			t.Fatalf("value %d flushed %d times", v, n)
		}
	}
	if peak.Load() > 2 {
		t.Errorf("%d flushes ran at once, want at most 2", peak.Load())
	}
}
