package audit

import (
	"context"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

// gate is a flush that records each batch's submissions; the first flush
// advances the clock by took (the time it takes) and waits until
// released.
type gate struct {
	clk     *clocktest.Fake
	took    time.Duration
	release chan struct{}
	started chan struct{}

	mu    sync.Mutex
	sizes []int
}

func newGate(took time.Duration) *gate {
	return &gate{clk: clocktest.NewFake(time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)), took: took, release: make(chan struct{}), started: make(chan struct{})}
}

func (g *gate) flush(_ context.Context, b *batch) error {
	g.mu.Lock()
	g.sizes = append(g.sizes, b.n)
	first := len(g.sizes) == 1
	g.mu.Unlock()
	if first {
		close(g.started)
		g.clk.Advance(g.took)
		<-g.release
	}
	return nil
}

func (g *gate) batches() []int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]int(nil), g.sizes...)
}

func submitOne(t *testing.T, c *committer) {
	if _, err := c.submit(context.Background(), func(b *batch) error { b.n++; return nil }); err != nil {
		t.Error(err)
	}
}

// waitJoined spins until the batch filling has n submissions.
func waitJoined(c *committer, n int) {
	for {
		c.mu.Lock()
		ok := c.cur != nil && c.cur.n == n
		c.mu.Unlock()
		if ok {
			return
		}
		runtime.Gosched()
	}
}

// twoBehindFirst runs first (a caller whose batch the gate holds), has
// two other callers join the next batch meanwhile, then releases the
// first batch; the returned group waits for the two.
func twoBehindFirst(t *testing.T, g *gate, c *committer, first func()) *sync.WaitGroup {
	go first()
	<-g.started
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() { submitOne(t, c) })
	}
	waitJoined(c, 2)
	close(g.release)
	return &wg
}

// firstBatchThenTwo runs one caller's batch, held while two other callers
// join the next, then releases it. When again is set, the first caller
// appends again once one of the two lingers (a timer on the clock);
// otherwise the clock is moved past the linger. It returns once all are
// written.
func firstBatchThenTwo(t *testing.T, g *gate, c *committer, again bool) {
	resubmit := make(chan struct{})
	done := make(chan struct{})
	wg := twoBehindFirst(t, g, c, func() {
		defer close(done)
		submitOne(t, c)
		if again {
			<-resubmit
			submitOne(t, c)
		}
	})
	// One of the two lingers, waiting for the first caller; a committer
	// that does not linger writes the two at once and sets no timer.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := g.clk.BlockUntil(ctx, 1); err != nil {
		t.Errorf("no linger: %v", err)
	}
	if again {
		close(resubmit)
	} else {
		g.clk.Advance(g.took)
	}
	wg.Wait()
	<-done
}

// TestLingerJoinsTheCallersOfTheLastBatch: the caller of a batch just
// written who appends again joins the next batch, with the callers who
// waited meanwhile, instead of the two groups alternating.
func TestLingerJoinsTheCallersOfTheLastBatch(t *testing.T) {
	for range 50 {
		g := newGate(time.Millisecond)
		c := newCommitter(g.flush, time.Second, g.clk)
		firstBatchThenTwo(t, g, c, true)
		if got := g.batches(); len(got) != 2 || got[0] != 1 || got[1] != 3 {
			t.Fatalf("batches of %v, want [1 3]", got)
		}
	}
}

// TestLingerEndsWhenTheFlushTimeHasPassed: a batch waits for callers who
// do not come back no longer than the last flush took.
func TestLingerEndsWhenTheFlushTimeHasPassed(t *testing.T) {
	g := newGate(time.Millisecond)
	c := newCommitter(g.flush, time.Second, g.clk)
	firstBatchThenTwo(t, g, c, false)
	if got := g.batches(); len(got) != 2 || got[1] != 2 {
		t.Fatalf("batches of %v, want [1 2]", got)
	}
}

// TestNoLingerWhenTheClockStandsStill: a flush that took no time on the
// clock (a fake clock in a vendor's tests) holds nothing, and neither does
// a committer without a delay.
func TestNoLingerWhenTheClockStandsStill(t *testing.T) {
	for _, tc := range []struct {
		took, delay time.Duration
	}{{0, time.Second}, {time.Millisecond, 0}} {
		g := newGate(tc.took)
		c := newCommitter(g.flush, tc.delay, g.clk)
		twoBehindFirst(t, g, c, func() { submitOne(t, c) }).Wait() // the two are written without the first caller
		if got := g.batches(); len(got) != 2 || got[1] != 2 {
			t.Fatalf("took %v, delay %v: batches of %v, want [1 2]", tc.took, tc.delay, got)
		}
		c.close(nil)
	}
}

// TestCloseEndsALinger: Close does not wait for the callers a batch
// lingers for.
func TestCloseEndsALinger(t *testing.T) {
	g := newGate(time.Millisecond)
	c := newCommitter(g.flush, time.Second, g.clk)
	wg := twoBehindFirst(t, g, c, func() { submitOne(t, c) })
	// One of the two lingers on the clock, waiting for the first caller.
	if err := g.clk.BlockUntil(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	if err := c.close(nil); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if got := g.batches(); len(got) != 2 || got[1] != 2 {
		t.Fatalf("batches of %v, want [1 2]", got)
	}
}

// TestSpinUntil: a caller behind a short flush sees its turn come by
// spinning, and gives up, to park, when it does not come.
func TestSpinUntil(t *testing.T) {
	closed := make(chan struct{})
	close(closed)
	if !spinUntil(closed) {
		t.Error("spinUntil(closed) = false")
	}
	if spinUntil(make(chan struct{})) {
		t.Error("spinUntil(open) = true")
	}
}

// TestWaitersBehindAShortOrALongFlush: whether the callers behind a
// flush spin (it took under spinBelow) or park (it did not), each gets
// its batch flushed once the running flush ends.
func TestWaitersBehindAShortOrALongFlush(t *testing.T) {
	for _, took := range []time.Duration{0, spinBelow, time.Second} {
		g := newGate(took)
		c := newCommitter(g.flush, 0, g.clk)
		c.took = took
		var wg sync.WaitGroup
		wg.Go(func() { submitOne(t, c) })
		<-g.started
		for range 3 {
			wg.Go(func() { submitOne(t, c) })
		}
		waitJoined(c, 3)
		close(g.release)
		wg.Wait()
		if got := g.batches(); len(got) != 2 || got[0] != 1 || got[1] != 3 {
			t.Errorf("took %v: batches %v, want [1 3]", took, got)
		}
	}
}
