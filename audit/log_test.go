package audit_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

func TestLogChainsAndCheckpoints(t *testing.T) {
	pub, _ := testKey(t, "main")
	l, sink, _ := newMemLog(t, 3)
	ctx := t.Context()
	for i := range 7 {
		if err := l.Append(ctx, event("p1", i)); err != nil {
			t.Fatal(err)
		}
	}
	cp, err := l.Checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	events := sink.Events()
	// 7 events, automatic checkpoints after events 3 and 6 (seqs 4 and 8),
	// then the requested one after event 7.
	var acts []audit.Action
	for i, e := range events {
		if e.Seq != uint64(i+1) {
			t.Errorf("event %d has seq %d", i, e.Seq)
		}
		acts = append(acts, e.Action)
	}
	r, c := audit.ActionMessageRead, audit.ActionCheckpoint
	if diff := cmp.Diff([]audit.Action{r, r, r, c, r, r, r, c, r, c}, acts); diff != "" {
		t.Errorf("actions (-want +got):\n%s", diff)
	}
	res, err := audit.Verify(events, audit.VerifyOptions{PublicKey: pub, Trusted: &cp, RequireSealed: true})
	if err != nil {
		t.Fatal(err)
	}
	want := audit.Result{First: 1, Count: 10, Head: l.Head(), Checkpoints: 3, LastCheckpoint: cp}
	if diff := cmp.Diff(want, res); diff != "" {
		t.Errorf("result (-want +got):\n%s", diff)
	}
	if cp.Count != 9 || cp.Head != events[8].Hash {
		t.Errorf("checkpoint covers %d/%s, want 9/%s", cp.Count, cp.Head, events[8].Hash)
	}
}

func TestLogStampsTimeAndLeavesCallerAlone(t *testing.T) {
	l, sink, clk := newMemLog(t, -1)
	clk.Advance(90 * time.Minute)
	in := []audit.Event{event("p1", 1), event("p1", 2)}
	in[0].Time = time.Time{}
	if err := l.Append(t.Context(), in...); err != nil {
		t.Fatal(err)
	}
	got := sink.Events()
	if !got[0].Time.Equal(clk.Now()) {
		t.Errorf("zero time stamped as %v, want the clock's %v", got[0].Time, clk.Now())
	}
	if !got[1].Time.Equal(in[1].Time) {
		t.Errorf("caller's time %v replaced by %v", in[1].Time, got[1].Time)
	}
	if in[0].Seq != 0 || in[0].Hash != "" || !in[0].Time.IsZero() {
		t.Errorf("caller's event modified: %+v", in[0])
	}
}

func TestLogRejects(t *testing.T) {
	l, sink, _ := newMemLog(t, -1)
	ctx := t.Context()
	cp := audit.Checkpoint{}.Event(t0)
	cp.PracticeID = "p1"
	for name, e := range map[string]audit.Event{
		"no practice": func() audit.Event { e := event("", 1); return e }(),
		"checkpoint":  cp,
		"free text": func() audit.Event {
			e := event("p1", 1)
			e.Detail["note"] = "Jane Doe called about her test results, call back 555-0101"
			return e
		}(),
	} {
		if err := l.Append(ctx, event("p1", 0), e); !errors.Is(err, audit.ErrInvalidEvent) {
			t.Errorf("%s: err = %v, want ErrInvalidEvent", name, err)
		}
	}
	if n := len(sink.Events()); n != 0 {
		t.Errorf("%d events recorded from rejected appends", n)
	}
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if err := l.Append(canceled, event("p1", 1)); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled append: %v", err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if err := l.Append(ctx, event("p1", 1)); !errors.Is(err, audit.ErrClosed) {
		t.Errorf("append after close: %v", err)
	}
	if err := l.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
}

func TestLogConcurrentAppendsKeepOneChain(t *testing.T) {
	pub, _ := testKey(t, "main")
	l, sink, _ := newMemLog(t, 50)
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			for i := range 100 {
				if err := l.Append(t.Context(), event("p1", g*1000+i), event("p2", g*1000+i)); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	events := sink.Events()
	res, err := audit.Verify(events, audit.VerifyOptions{PublicKey: pub, RequireSealed: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Count - res.Checkpoints; n != 16*100*2 {
		t.Errorf("%d events, want %d", n, 16*100*2)
	}
	// Each Append's two events stay adjacent.
	for i, e := range events {
		if e.PracticeID == "p1" && (i+1 >= len(events) || events[i+1].PracticeID != "p2") {
			t.Fatalf("event %d of an append was split from its pair", i)
		}
	}
}

// failingSink fails its next n Appends.
type failingSink struct {
	*audit.MemorySink
	mu   sync.Mutex
	fail int
}

func (s *failingSink) Append(ctx context.Context, events ...audit.Event) error {
	s.mu.Lock()
	fail := s.fail > 0
	s.fail--
	s.mu.Unlock()
	if fail {
		return errors.New("disk full")
	}
	return s.MemorySink.Append(ctx, events...)
}

func TestLogSinkFailureKeepsChain(t *testing.T) {
	sink := &failingSink{MemorySink: audit.NewMemorySink()}
	l, err := audit.NewLog(sink, audit.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	if err := l.Append(ctx, event("p1", 1)); err != nil {
		t.Fatal(err)
	}
	sink.fail = 1
	if err := l.Append(ctx, event("p1", 2)); err == nil {
		t.Fatal("append over a failing sink returned nil")
	}
	if err := l.Append(ctx, event("p1", 3)); err != nil {
		t.Fatal(err)
	}
	if _, err := audit.Verify(sink.Events(), audit.VerifyOptions{}); err != nil {
		t.Errorf("chain after a failed append: %v", err)
	}
	if h := l.Head(); h.Seq != 2 {
		t.Errorf("head seq %d, want 2", h.Seq)
	}
}

func TestLogCheckpointInterval(t *testing.T) {
	pub, priv := testKey(t, "main")
	clk := clocktest.NewFake(t0)
	sink := audit.NewMemorySink()
	l, err := audit.NewLog(sink, audit.Config{Clock: clk, SigningKey: priv, CheckpointEvery: -1, CheckpointInterval: 10 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	step := func(d time.Duration) {
		clk.Advance(d)
		if err := l.Append(ctx, event("p1", 1)); err != nil {
			t.Fatal(err)
		}
	}
	step(time.Minute)      // 1 min after start: no checkpoint
	step(9 * time.Minute)  // 10 min: checkpoint after this event
	step(5 * time.Minute)  // 5 min after that checkpoint: none
	step(10 * time.Minute) // checkpoint
	var acts []audit.Action
	for _, e := range sink.Events() {
		acts = append(acts, e.Action)
	}
	r, c := audit.ActionMessageRead, audit.ActionCheckpoint
	if diff := cmp.Diff([]audit.Action{r, r, c, r, r, c}, acts); diff != "" {
		t.Errorf("actions (-want +got):\n%s", diff)
	}
	if _, err := audit.Verify(sink.Events(), audit.VerifyOptions{PublicKey: pub, RequireSealed: true}); err != nil {
		t.Error(err)
	}
}

// panickySink panics on its first Append.
type panickySink struct {
	*audit.MemorySink
	once sync.Once
}

func (s *panickySink) Append(ctx context.Context, events ...audit.Event) error {
	s.once.Do(func() { panic("sink bug") })
	return s.MemorySink.Append(ctx, events...)
}

func TestLogSurvivesRecoveredSinkPanic(t *testing.T) {
	sink := &panickySink{MemorySink: audit.NewMemorySink()}
	l, err := audit.NewLog(sink, audit.Config{})
	if err != nil {
		t.Fatal(err)
	}
	func() {
		defer func() {
			if r := recover(); r == nil {
				t.Error("the sink's panic did not reach the caller")
			}
		}()
		_ = l.Append(t.Context(), event("p1", 1))
	}()
	// The Log is not wedged: the next Append goes through.
	if err := l.Append(t.Context(), event("p1", 2)); err != nil {
		t.Fatal(err)
	}
	if _, err := audit.Verify(sink.Events(), audit.VerifyOptions{}); err != nil {
		t.Error(err)
	}
}
