package clocktest_test

import (
	"context"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/clock"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

var t0 = time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)

func TestFakeFiresTimersInOrder(t *testing.T) {
	f := clocktest.NewFake(t0)
	late := f.NewTimer(3 * time.Minute)
	early := f.NewTimer(time.Minute)
	stopped := f.NewTimer(2 * time.Minute)
	if !stopped.Stop() || stopped.Stop() {
		t.Fatal("Stop should report true once")
	}
	if f.Pending() != 2 {
		t.Fatalf("pending = %d", f.Pending())
	}
	f.Advance(90 * time.Second)
	select {
	case at := <-early.C():
		if !at.Equal(t0.Add(time.Minute)) {
			t.Errorf("early fired at %v", at)
		}
	default:
		t.Fatal("early timer did not fire")
	}
	select {
	case <-late.C():
		t.Fatal("late timer fired early")
	default:
	}
	f.Advance(time.Hour)
	if at := <-late.C(); !at.Equal(t0.Add(3 * time.Minute)) {
		t.Errorf("late fired at %v", at)
	}
	if !f.Now().Equal(t0.Add(90*time.Second + time.Hour)) {
		t.Errorf("now = %v", f.Now())
	}
	if f.Pending() != 0 {
		t.Errorf("pending = %d", f.Pending())
	}
}

func TestSleepWithFakeClock(t *testing.T) {
	f := clocktest.NewFake(t0)
	done := make(chan error)
	go func() { done <- clock.Sleep(t.Context(), f, time.Hour) }()
	if err := f.BlockUntil(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	f.Advance(time.Hour)
	if err := <-done; err != nil {
		t.Fatalf("Sleep = %v", err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	go func() { done <- clock.Sleep(ctx, f, time.Hour) }()
	if err := f.BlockUntil(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := <-done; err != context.Canceled {
		t.Fatalf("Sleep after cancel = %v", err)
	}
}

func TestZeroTimerFiresAtOnce(t *testing.T) {
	f := clocktest.NewFake(t0)
	select {
	case <-f.NewTimer(0).C():
	default:
		t.Fatal("zero timer did not fire")
	}
}
