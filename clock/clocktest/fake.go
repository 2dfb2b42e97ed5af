// Package clocktest provides a fake clock.Clock that tests move by hand.
package clocktest

import (
	"context"
	"sort"
	"sync"
	"time"

	"github.com/frontdeskhq/frontdesk/clock"
)

// Fake is a clock.Clock whose time only moves when a test calls Advance or
// Set. Timers that come due fire synchronously, in order of their due time,
// inside the call that moved the clock. Fake is safe for concurrent use.
type Fake struct {
	mu      sync.Mutex
	now     time.Time
	seq     int
	timers  []*fakeTimer
	changed chan struct{} // closed and replaced whenever the timer set changes
}

var _ clock.Clock = (*Fake)(nil)

// NewFake returns a Fake clock set to start.
func NewFake(start time.Time) *Fake {
	return &Fake{now: start, changed: make(chan struct{})}
}

// Now returns the fake's current time.
func (f *Fake) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

// NewTimer returns a timer that fires when the fake clock reaches now+d.
func (f *Fake) NewTimer(d time.Duration) clock.Timer {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	t := &fakeTimer{f: f, due: f.now.Add(d), seq: f.seq, c: make(chan time.Time, 1)}
	if d <= 0 {
		t.c <- f.now
		return t
	}
	f.timers = append(f.timers, t)
	f.notifyLocked()
	return t
}

// Advance moves the clock forward by d, firing every timer that comes due,
// in order of due time, each seeing the clock at its own due time.
func (f *Fake) Advance(d time.Duration) {
	f.mu.Lock()
	target := f.now.Add(d)
	f.mu.Unlock()
	f.Set(target)
}

// Set moves the clock to t, firing timers that come due on the way. Moving
// the clock backwards fires nothing.
func (f *Fake) Set(t time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for {
		next := f.nextDueLocked(t)
		if next == nil {
			break
		}
		f.now = next.due
		f.removeLocked(next)
		next.c <- next.due
	}
	f.now = t
}

// Pending returns the number of timers waiting to fire.
func (f *Fake) Pending() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.timers)
}

// BlockUntil waits until at least n timers are pending, so that a test can
// advance the clock only once the code under test is waiting on it. It
// returns ctx.Err() if ctx ends first.
func (f *Fake) BlockUntil(ctx context.Context, n int) error {
	for {
		f.mu.Lock()
		if len(f.timers) >= n {
			f.mu.Unlock()
			return nil
		}
		ch := f.changed
		f.mu.Unlock()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ch:
		}
	}
}

func (f *Fake) nextDueLocked(limit time.Time) *fakeTimer {
	if len(f.timers) == 0 {
		return nil
	}
	sort.Slice(f.timers, func(i, j int) bool {
		if f.timers[i].due.Equal(f.timers[j].due) {
			return f.timers[i].seq < f.timers[j].seq
		}
		return f.timers[i].due.Before(f.timers[j].due)
	})
	if f.timers[0].due.After(limit) {
		return nil
	}
	return f.timers[0]
}

func (f *Fake) removeLocked(t *fakeTimer) bool {
	for i, x := range f.timers {
		if x == t {
			f.timers = append(f.timers[:i], f.timers[i+1:]...)
			f.notifyLocked()
			return true
		}
	}
	return false
}

func (f *Fake) notifyLocked() {
	close(f.changed)
	f.changed = make(chan struct{})
}

type fakeTimer struct {
	f   *Fake
	due time.Time
	seq int
	c   chan time.Time
}

func (t *fakeTimer) C() <-chan time.Time { return t.c }

func (t *fakeTimer) Stop() bool {
	t.f.mu.Lock()
	defer t.f.mu.Unlock()
	return t.f.removeLocked(t)
}
