package routing

import (
	"context"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/clock"
)

// Notifier receives SLA notices. The inbox implements it: it audits the
// notice, pages the supervisor, re-routes or raises the priority, and
// persists Notice.Stage. Implementations must be safe for concurrent use.
type Notifier interface {
	Notify(ctx context.Context, n Notice) error
}

// NotifierFunc adapts a function to a Notifier.
type NotifierFunc func(ctx context.Context, n Notice) error

// Notify calls f.
func (f NotifierFunc) Notify(ctx context.Context, n Notice) error { return f(ctx, n) }

// WatcherConfig tunes a Watcher. The zero value works.
type WatcherConfig struct {
	// Clock drives the watcher. Default clock.System().
	Clock clock.Clock
	// Logger logs notifier failures, with ids only. Default zap.NewNop().
	Logger *zap.Logger
}

// Watcher keeps SLA clocks of open conversations in memory and delivers
// their notices (warning, breach, escalation steps) when they come due on
// its clock. Each notice is delivered at most once: a Notifier error is
// logged and the watcher moves on. It is safe for concurrent use. On
// start-up the inbox re-tracks its open conversations with their persisted
// events and stages.
type Watcher struct {
	sla    *SLA
	notify Notifier
	clock  clock.Clock
	log    *zap.Logger
	wake   chan struct{}

	mu    sync.Mutex
	items map[watchKey]*Tracked
}

type watchKey struct{ practice, conversation string }

// NewWatcher returns a Watcher computing deadlines with sla and delivering
// notices to n.
func NewWatcher(sla *SLA, n Notifier, cfg WatcherConfig) *Watcher {
	log := cfg.Logger
	if log == nil {
		log = zap.NewNop()
	}
	return &Watcher{sla: sla, notify: n, clock: clock.OrSystem(cfg.Clock), log: log.Named("routing.watcher"),
		wake: make(chan struct{}, 1), items: map[watchKey]*Tracked{}}
}

// Track starts (or replaces) watching one conversation's clock.
func (w *Watcher) Track(tr Tracked) {
	tr.Events = append([]ClockEvent(nil), tr.Events...)
	w.mu.Lock()
	w.items[watchKey{tr.PracticeID, tr.ConversationID}] = &tr
	w.mu.Unlock()
	w.poke()
}

// Record adds an event to a conversation's clock. ClockStarted begins
// watching it (or restarts its clock with a fresh stage); ClockStopped ends
// watching it. Other events for a conversation not watched are ignored.
func (w *Watcher) Record(practiceID, conversationID string, ev ClockEvent) {
	k := watchKey{practiceID, conversationID}
	w.mu.Lock()
	tr, ok := w.items[k]
	switch {
	case ev.Kind == ClockStopped:
		delete(w.items, k)
	case ev.Kind == ClockStarted:
		w.items[k] = &Tracked{PracticeID: practiceID, ConversationID: conversationID, Events: []ClockEvent{ev}}
	case ok:
		tr.Events = append(tr.Events, ev)
	}
	w.mu.Unlock()
	w.poke()
}

// Forget stops watching a conversation.
func (w *Watcher) Forget(practiceID, conversationID string) {
	w.mu.Lock()
	delete(w.items, watchKey{practiceID, conversationID})
	w.mu.Unlock()
	w.poke()
}

// Tracked returns a copy of a watched conversation's clock, for persisting.
func (w *Watcher) Tracked(practiceID, conversationID string) (Tracked, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	tr, ok := w.items[watchKey{practiceID, conversationID}]
	if !ok {
		return Tracked{}, false
	}
	out := *tr
	out.Events = append([]ClockEvent(nil), tr.Events...)
	return out, true
}

func (w *Watcher) poke() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// Check delivers every notice due at the clock's current time and returns
// when the next one falls due (zero when none is pending). Run calls it;
// a vendor that prefers its own scheduler may call it instead.
func (w *Watcher) Check(ctx context.Context) time.Time {
	now := w.clock.Now()
	var due []Notice
	var next time.Time
	w.mu.Lock()
	for _, tr := range w.items {
		ns, stage, at := w.sla.Escalate(*tr, now)
		tr.Stage = stage
		due = append(due, ns...)
		if !at.IsZero() && (next.IsZero() || at.Before(next)) {
			next = at
		}
	}
	w.mu.Unlock()
	sortNotices(due)
	for _, n := range due {
		if err := w.notify.Notify(ctx, n); err != nil {
			w.log.Warn("sla notice not delivered", zap.String("practice_id", n.PracticeID),
				zap.String("conversation_id", n.ConversationID), zap.String("kind", string(n.Kind)), zap.Error(err))
		}
	}
	return next
}

// Run checks whenever a notice falls due or the watched set changes, until
// ctx ends; it then returns ctx.Err().
func (w *Watcher) Run(ctx context.Context) error {
	for {
		next := w.Check(ctx)
		var timer clock.Timer
		var fire <-chan time.Time
		if !next.IsZero() {
			timer = w.clock.NewTimer(next.Sub(w.clock.Now()))
			fire = timer.C()
		}
		select {
		case <-ctx.Done():
		case <-fire:
		case <-w.wake:
		}
		if timer != nil {
			timer.Stop()
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}
