package audit

import (
	"context"
	"errors"
	"sync"
)

// ErrClosed is returned by Append after Close.
var ErrClosed = errors.New("audit: closed")

// batch is the events that concurrent callers submitted while the previous
// batch was being flushed; one flush commits them all.
type batch struct {
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
}

func newCommitter(flush func(context.Context, *batch) error) *committer {
	return &committer{flush: flush}
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
	if err := add(b); err != nil {
		if fresh {
			c.cur = nil
		}
		c.mu.Unlock()
		return nil, err
	}
	for {
		if isDone(b) {
			c.mu.Unlock()
			return b, b.err
		}
		if !c.busy { // b is c.cur: every batch taken before is done
			c.lead(ctx, b)
			c.mu.Unlock()
			return b, b.err
		}
		turn := c.waitTurn()
		c.mu.Unlock()
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
	b.err = c.flush(ctx, b)
	done = true
	close(b.done)
	c.mu.Lock()
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
