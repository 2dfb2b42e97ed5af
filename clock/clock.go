// Package clock is the one source of time for frontdesk.
//
// Library code never calls time.Now, time.Sleep or time.After directly: it
// takes a Clock, so that tests of reminders, SLA timers, retry back-off and
// the WhatsApp 24-hour window advance time by hand instead of sleeping. The
// real clock is System; the fake that tests drive lives in package clocktest.
package clock

import (
	"context"
	"time"
)

// Clock tells the time and makes timers.
//
// Implementations must be safe for concurrent use.
type Clock interface {
	// Now returns the current time.
	Now() time.Time
	// NewTimer returns a Timer that fires once, after d has passed on this
	// clock. A d of zero or less fires at once.
	NewTimer(d time.Duration) Timer
}

// Timer is a one-shot timer made by a Clock.
type Timer interface {
	// C returns the channel on which the firing time is delivered.
	C() <-chan time.Time
	// Stop prevents the timer from firing. It reports whether the call
	// stopped the timer, false if it had already fired or been stopped.
	Stop() bool
}

// System returns the Clock backed by the operating system's time.
func System() Clock { return systemClock{} }

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

func (systemClock) NewTimer(d time.Duration) Timer { return systemTimer{time.NewTimer(d)} }

type systemTimer struct{ t *time.Timer }

func (t systemTimer) C() <-chan time.Time { return t.t.C }
func (t systemTimer) Stop() bool          { return t.t.Stop() }

// Sleep waits until d has passed on c or ctx is done, whichever is first. It
// returns ctx.Err() when the context ended the wait and nil otherwise.
func Sleep(ctx context.Context, c Clock, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := c.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C():
		return nil
	}
}

// OrSystem returns c, or the system clock when c is nil. Config structs use it
// so that their zero value works.
func OrSystem(c Clock) Clock {
	if c == nil {
		return System()
	}
	return c
}
