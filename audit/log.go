package audit

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/frontdeskhq/frontdesk/clock"
)

// ErrNoKey is returned by Log.Checkpoint when the Log has no signing key.
var ErrNoKey = errors.New("audit: no signing key")

// DefaultCheckpointEvery is how many events a Log writes between automatic
// checkpoints when Config.CheckpointEvery is zero.
const DefaultCheckpointEvery = 1024

// Config configures a Log. The zero value works: system clock, no
// checkpoints, a new chain.
type Config struct {
	// Clock stamps events whose Time is zero, and checkpoints, and times
	// GroupDelay. Default clock.System().
	Clock clock.Clock
	// SigningKey signs checkpoints. Nil writes no checkpoints.
	SigningKey ed25519.PrivateKey
	// CheckpointEvery is how many events may follow a checkpoint before the
	// Log writes the next one, at the end of the batch that reaches it.
	// Zero means DefaultCheckpointEvery; negative means checkpoints only on
	// demand (Log.Checkpoint) and at Close.
	CheckpointEvery int
	// CheckpointInterval, when positive, also ends a batch with a
	// checkpoint once this long has passed on the clock since the last
	// one (or since NewLog), so that a quiet log is still sealed now and
	// then: events after the last checkpoint can be cut off unnoticed
	// unless a trusted checkpoint says otherwise. Zero or negative: off.
	CheckpointInterval time.Duration
	// Resume is the head of an existing chain that the Log continues, such
	// as FileSink.Head of a reopened file. The zero value starts a new
	// chain at Seq 1. A sink that is a HeadReader (such as the SQL audit
	// sink of inbox/sqlstore) is asked for its head instead, before the
	// first batch, unless it stores nothing.
	Resume Head
	// GroupDelay is how long at most a batch waits, before it is written,
	// for the callers who rode the batch before (see Ride) to come back
	// with their next write (see Log): zero
	// means DefaultGroupDelay, negative never waits. A batch never waits
	// longer than the sink took to write the one before, so a fast sink
	// is hardly held. Timed by Clock: a clock that stands still (a fake
	// in tests) never holds a batch, unless it is advanced meanwhile.
	GroupDelay time.Duration
}

// DefaultGroupDelay is Config.GroupDelay when zero: about the time a few
// concurrent ingests take to come back with their next message, so that
// they share one commit.
const DefaultGroupDelay = 300 * time.Microsecond

// Log chains events and hands them to a Sink: it stamps each event's Seq,
// PrevHash and Hash (and Time from the clock when zero), and writes signed
// checkpoints into the chain. Log is itself a Sink, so the inbox and other
// emitters take it where they take any Sink.
//
// Log is safe for concurrent use. Concurrent Appends are grouped: while one
// batch is being written, the next fills, and is then stamped and handed
// to the sink in one Append call. When a batch with riders (see Ride) is
// written, the next waits a little (Config.GroupDelay) for those riders'
// callers to come back with their next write, as concurrent ingests do,
// so that they share one commit instead of splitting into two cohorts
// that alternate. So the sink sees events in chain order,
// and a sink that makes a call durable at once (such as FileSink's fsync)
// pays that cost once per batch. When Append returns nil, the sink's
// Append for the batch has returned nil. When the sink fails, the chain
// head does not move, every caller in the batch gets the error, and the
// next batch reuses the Seqs.
//
// Over a RiderSink (such as the AuditSink of inbox/sqlstore), Ride also
// commits another store's write in the transaction of the next batch,
// with the events that record it: see Ride.
type Log struct {
	sink     Sink
	clock    clock.Clock
	key      ed25519.PrivateKey
	every    int
	interval time.Duration
	c        *committer

	// Only the flush (serialised by the committer) writes these.
	since  int       // events since the last checkpoint
	lastCP time.Time // when the last checkpoint was written
	// heads is the sink as a HeadReader, if it is one; reread: the next
	// flush asks it for the head first (before the first batch, and after
	// a failed one).
	heads  HeadReader
	reread bool
	mu     sync.Mutex
	head   Head
}

var _ Sink = (*Log)(nil)

// NewLog returns a Log that writes to sink.
func NewLog(sink Sink, cfg Config) (*Log, error) {
	if sink == nil {
		return nil, errors.New("audit: nil sink")
	}
	if cfg.SigningKey != nil && len(cfg.SigningKey) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("audit: signing key has %d bytes, want %d", len(cfg.SigningKey), ed25519.PrivateKeySize)
	}
	if (cfg.Resume.Seq == 0) != (cfg.Resume.Hash == "") {
		return nil, errors.New("audit: resume head needs both seq and hash")
	}
	l := &Log{sink: sink, clock: clock.OrSystem(cfg.Clock), key: cfg.SigningKey, every: cfg.CheckpointEvery,
		interval: cfg.CheckpointInterval, head: cfg.Resume}
	l.lastCP = l.clock.Now()
	if l.every == 0 {
		l.every = DefaultCheckpointEvery
	}
	// A sink that knows its head is asked for it before the first batch:
	// a Log opened over a stored chain continues it.
	l.heads, l.reread = sink.(HeadReader)
	delay := cfg.GroupDelay
	if delay == 0 {
		delay = DefaultGroupDelay
	}
	l.c = newCommitter(l.flush, delay, l.clock)
	return l, nil
}

// Append validates, stamps and records events, in order and contiguous in
// the chain. Events with a zero Time get the clock's time; Seq, PrevHash
// and Hash are overwritten; ActionCheckpoint events are refused (only the
// Log writes them). The caller's slice is not modified. When ctx ends while
// the call waits for its batch, Append returns ctx.Err() and the events may
// still be recorded, by the next batch or at Close.
func (l *Log) Append(ctx context.Context, events ...Event) error {
	if len(events) == 0 {
		return ctx.Err()
	}
	now := l.clock.Now()
	for i := range events {
		e := &events[i]
		if e.Action == ActionCheckpoint {
			return invalid("action", "reserved for the log")
		}
		if e.Time.IsZero() {
			c := *e
			c.Time = now
			e = &c
		}
		if err := e.Validate(); err != nil {
			return err
		}
	}
	_, err := l.c.submit(ctx, func(b *batch) error {
		start := len(b.events)
		b.events = append(b.events, events...)
		for i := start; i < len(b.events); i++ {
			if b.events[i].Time.IsZero() {
				b.events[i].Time = now
			}
		}
		return nil
	})
	return err
}

// Checkpoint writes a signed checkpoint of the chain as it stands after
// every event appended before the call, and returns it. Keep it somewhere
// the log's writer cannot change (another system, a ticket, an e-mail) and
// pass it to Verify to detect truncation and rewriting of the events it
// covers.
func (l *Log) Checkpoint(ctx context.Context) (Checkpoint, error) {
	if l.key == nil {
		return Checkpoint{}, ErrNoKey
	}
	b, err := l.c.submit(ctx, func(b *batch) error { b.seal = true; return nil })
	if err != nil {
		return Checkpoint{}, err
	}
	return b.cp, nil
}

// Head returns the chain's head: the last event the sink accepted.
func (l *Log) Head() Head {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.head
}

// Close writes what callers already submitted, then a final checkpoint when
// the Log has a key and events followed the last one, then closes the sink.
// Append after Close returns ErrClosed; a second Close returns nil.
func (l *Log) Close() error {
	first := false
	err := l.c.close(func() *batch {
		first = true
		if l.key == nil || l.since == 0 {
			return nil
		}
		return &batch{seal: true, done: make(chan struct{})}
	})
	if !first {
		return nil // closed before
	}
	return errors.Join(err, l.sink.Close())
}

// OpenFileLog opens the audit file at path (see OpenFile) and returns a Log
// that continues its chain: cfg.Resume is set to the file's head. Closing
// the Log closes the file.
func OpenFileLog(path string, fcfg FileConfig, cfg Config) (*Log, error) {
	sink, err := OpenFile(path, fcfg)
	if err != nil {
		return nil, err
	}
	cfg.Resume = sink.Head()
	l, err := NewLog(sink, cfg)
	if err != nil {
		sink.Close()
		return nil, err
	}
	return l, nil
}

// flush stamps a batch and writes it; the committer never runs two at once.
func (l *Log) flush(ctx context.Context, b *batch) (err error) {
	if l.heads != nil {
		if l.reread {
			if err := l.readHead(ctx); err != nil {
				return err
			}
		}
		defer func() { l.reread = err != nil }()
	}
	if len(b.riders) > 0 {
		return l.flushRiders(ctx, b)
	}
	out, next := l.chain(b, b.events)
	if len(out) == 0 {
		return nil
	}
	if err := l.appendTo(ctx, out); err != nil {
		return err
	}
	l.keep(next)
	return nil
}

// A HeadReader is a Sink that can read back the head of the chain it
// stores. A Log over a HeadReader reads the head before its first batch,
// so that a Log opened over a stored chain continues it (Config.Resume
// is then only a fallback for an empty store), and again after a failed
// batch: a failure whose outcome is unknown (a connection lost while the
// sink's commit was under way) may have stored the batch after all, and
// the chain must then go on after it rather than fork, two events
// claiming one Seq.
type HeadReader interface {
	// ReadHead returns the head of the chain as stored: the Seq and Hash
	// of the last event. A sink that stores nothing returns the zero
	// Head, and the Log then keeps its own (such as Config.Resume).
	ReadHead(ctx context.Context) (Head, error)
}

// readHead moves the Log's head to the one its sink has stored.
func (l *Log) readHead(ctx context.Context) error {
	h, err := l.heads.ReadHead(ctx)
	if err != nil {
		return err
	}
	if h != (Head{}) {
		l.mu.Lock()
		if h.Seq > l.head.Seq {
			l.since += int(h.Seq - l.head.Seq)
		}
		l.head = h
		l.mu.Unlock()
	}
	return nil
}

// chainState is the Log's chain after a batch: kept (Log.keep) once the
// sink has stored the batch.
type chainState struct {
	head   Head
	since  int       // events since the last checkpoint
	lastCP time.Time // when the last checkpoint was written
}

// chain stamps events (in place) after the Log's head, ends them with a
// checkpoint when b asks for one or one is due, and returns what to write
// and the chain's state once it is written.
func (l *Log) chain(b *batch, events []Event) ([]Event, chainState) {
	next := chainState{head: l.Head(), since: l.since + len(events), lastCP: l.lastCP}
	out := events
	for i := range out {
		stamp(&out[i], &next.head)
	}
	if l.key != nil {
		now := l.clock.Now()
		due := l.every > 0 && next.since >= l.every ||
			l.interval > 0 && next.since > 0 && !now.Before(l.lastCP.Add(l.interval))
		if b.seal || due {
			cp := SignCheckpoint(l.key, next.head)
			ev := cp.Event(now)
			stamp(&ev, &next.head)
			out = append(out, ev)
			b.cp, next.since, next.lastCP = cp, 0, now
		}
	}
	return out, next
}

// keep moves the Log to the chain state of a batch the sink stored.
func (l *Log) keep(next chainState) {
	l.since, l.lastCP = next.since, next.lastCP
	l.mu.Lock()
	l.head = next.head
	l.mu.Unlock()
}

// stamp chains e after head and moves head to e.
func stamp(e *Event, head *Head) {
	e.Seq = head.Seq + 1
	e.PrevHash = head.Hash
	e.Hash = ComputeHash(e)
	*head = Head{Seq: e.Seq, Hash: e.Hash}
}

// appendTo hands a stamped batch to the sink. The Log validated every
// event already, so its own MemorySink (exactly that type, not a wrapper)
// skips validating again.
func (l *Log) appendTo(ctx context.Context, events []Event) error {
	if ms, ok := l.sink.(*MemorySink); ok {
		return ms.appendValidated(ctx, events)
	}
	return l.sink.Append(ctx, events...)
}
