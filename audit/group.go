package audit

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"time"

	"github.com/frontdeskhq/frontdesk/clock"
)

// ErrClosed is returned by Append after Close.
var ErrClosed = errors.New("audit: closed")

// batch is the events that concurrent callers submitted while the previous
// batch was being flushed; one flush commits them all.
type batch struct {
	n      int // submissions a batch lingers for (Log.Ride's), see linger
	events []Event
	riders []*riderSlot  // Log: writes committed with the events (Log.Ride)
	data   []byte        // FileSink: encoded lines
	seal   bool          // Log: end the batch with a checkpoint
	cp     Checkpoint    // Log: the checkpoint written, when one was
	done   chan struct{} // closed once flushed; err is then final
	err    error
}

// committer implements group commit: callers add their events to the
// current batch; the first caller to find no flush running becomes the
// leader and flushes the batch, everyone in it waits for that one flush,
// and when it ends one caller of the next batch (which filled up in the
// meantime) takes the lead. Flushes never overlap, so they see batches in
// the order callers joined them.
type committer struct {
	flush func(ctx context.Context, b *batch) error

	mu     sync.Mutex
	cur    *batch // filling; nil when empty
	busy   bool   // a flush is running
	closed bool
	// turn is closed when the running flush ends; made by the first
	// caller that waits for it (most flushes have none), nil otherwise.
	turn chan struct{}

	// Lingering (see linger): at most delay (0: never) and never longer
	// than the last flush took, a leader waits for the callers of the
	// last batch to submit again.
	delay    time.Duration
	clock    clock.Clock
	last     int           // batch.n of the last batch flushed
	since    int           // batch.n added since it was
	released time.Time     // when its flush ended
	took     time.Duration // how long its flush took
	wake     chan struct{} // closed by the next submission while a leader lingers
}

// newCommitter returns a committer that flushes with flush and lingers at
// most delay (0: never), as clk tells time (nil: the system's).
func newCommitter(flush func(context.Context, *batch) error, delay time.Duration, clk clock.Clock) *committer {
	return &committer{flush: flush, delay: delay, clock: clock.OrSystem(clk)}
}

// submit adds to the current batch (add runs under the lock, in the order
// callers join, and may refuse with an error) and returns once that batch is
// flushed (with the flush's error) or ctx is done (with ctx.Err(), and the
// events may still be flushed later). A flush runs with the leader's
// context values but without its cancellation: once the events are taken
// they are written for everyone in the batch.
func (c *committer) submit(ctx context.Context, add func(*batch) error) (*batch, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil, ErrClosed
	}
	fresh := c.cur == nil
	if fresh {
		c.cur = &batch{done: make(chan struct{})}
	}
	b := c.cur
	before := b.n
	if err := add(b); err != nil {
		if fresh {
			c.cur = nil
		}
		c.mu.Unlock()
		return nil, err
	}
	if b.n > before {
		c.since += b.n - before
		if c.wake != nil {
			close(c.wake)
			c.wake = nil
		}
	}
	for {
		if isDone(b) {
			c.mu.Unlock()
			return b, b.err
		}
		if !c.busy { // b is c.cur: every batch taken before is done
			c.linger(ctx)
			c.lead(ctx, b)
			c.mu.Unlock()
			return b, b.err
		}
		turn := c.waitTurn()
		short := c.took < spinBelow
		c.mu.Unlock()
		if short && spinUntil(turn) {
			c.mu.Lock()
			continue
		}
		select {
		case <-b.done:
			return b, b.err
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-turn:
		}
		c.mu.Lock()
	}
}

// linger holds the flush of the current batch, while the callers of the
// last batch are expected back, so that they join this one: concurrent
// callers who each submit again as soon as their batch is flushed (the
// ingests of several webhooks, whose writes ride with the batch)
// otherwise split into two cohorts, one waiting for the flush while the
// other fills the next batch, and every batch carries half of them. Only
// the submissions an add counts in batch.n are waited for (Log.Ride's:
// a caller who appends only events has other work between its appends,
// which a held batch would only delay). It waits until as many have come
// since the last flush as that batch had, and at most c.delay and
// as long as that flush took (a sink that flushes in microseconds is
// hardly held), or until ctx ends or the committer closes. Called with mu
// held and no flush running; the batch stays current, and others join it
// while mu is released.
func (c *committer) linger(ctx context.Context) {
	if c.delay <= 0 || c.since >= c.last {
		return
	}
	deadline := c.released.Add(min(c.delay, c.took))
	c.busy = true // no other caller leads meanwhile
	defer func() { c.busy = false }()
	for c.since < c.last && !c.closed && ctx.Err() == nil {
		wait := deadline.Sub(c.clock.Now())
		if wait <= 0 {
			return
		}
		wake := make(chan struct{})
		c.wake = wake
		c.mu.Unlock()
		t := c.clock.NewTimer(wait)
		select {
		case <-wake:
		case <-t.C():
		case <-ctx.Done():
		}
		t.Stop()
		c.mu.Lock()
		if c.wake == wake {
			c.wake = nil
		}
	}
}

// ErrSinkPanicked is the error of every caller in a batch whose flush
// panicked; the panic itself goes on in the caller that led the flush.
var ErrSinkPanicked = errors.New("audit: sink panicked")

// lead flushes b, the current batch. It is called and returns with mu held
// (but leaves it unlocked when flush panics).
// A panic in flush fails the batch and frees the committer before it goes
// on, so that a recovered panic (as net/http recovers handlers) does not
// leave every later Append waiting.
func (c *committer) lead(ctx context.Context, b *batch) {
	c.busy = true
	c.cur = nil
	c.mu.Unlock()
	if ctx.Done() != nil {
		ctx = context.WithoutCancel(ctx)
	}
	done := false
	defer func() {
		if !done {
			b.err = ErrSinkPanicked
			close(b.done)
			c.mu.Lock()
			c.release()
			c.mu.Unlock()
		}
	}()
	start := c.clock.Now()
	b.err = c.flush(ctx, b)
	done = true
	close(b.done)
	c.mu.Lock()
	c.last, c.since, c.released = b.n, 0, c.clock.Now()
	c.took = c.released.Sub(start)
	c.release()
}

// waitTurn returns the channel closed when the running flush ends; mu is
// held and a flush is running.
func (c *committer) waitTurn() chan struct{} {
	if c.turn == nil {
		c.turn = make(chan struct{})
	}
	return c.turn
}

// release ends a flush; mu is held.
func (c *committer) release() {
	c.busy = false
	if c.turn != nil {
		close(c.turn)
		c.turn = nil
	}
}

// close refuses new submissions and flushes what was already submitted
// (including events of callers that stopped waiting). final, when set,
// runs under the lock once nothing is left and may return one last batch.
func (c *committer) close(final func() *batch) error {
	// No deferred Unlock: lead leaves mu unlocked when a flush panics.
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	if c.wake != nil { // a lingering leader flushes at once
		close(c.wake)
		c.wake = nil
	}
	var firstErr error
	for {
		switch {
		case c.busy:
			turn := c.waitTurn()
			c.mu.Unlock()
			<-turn
			c.mu.Lock()
		case c.cur != nil:
			b := c.cur
			c.lead(context.Background(), b)
			if b.err != nil && firstErr == nil {
				firstErr = b.err
			}
		default:
			if final != nil {
				if b := final(); b != nil {
					c.cur = b
					final = nil
					continue
				}
			}
			c.mu.Unlock()
			return firstErr
		}
	}
}

func isDone(b *batch) bool {
	select {
	case <-b.done:
		return true
	default:
		return false
	}
}

// spinBelow is the flush time under which a caller waiting for its turn
// spins before it parks (see spinUntil): below it, as over a MemorySink,
// the flush ends sooner than a parked goroutine is woken.
const spinBelow = 20 * time.Microsecond

// spinUntil yields the processor, a bounded number of times, until turn
// is closed, and reports whether it was. A caller behind a short flush
// that parks instead waits to be woken, with its processor idle meanwhile
// (tens of microseconds on a virtual machine), several times longer than
// the flush it waited for; the bound keeps a flush slower than its
// predecessor from costing much.
func spinUntil(turn chan struct{}) bool {
	for range 64 {
		select {
		case <-turn:
			return true
		default:
		}
		runtime.Gosched()
	}
	return false
}
