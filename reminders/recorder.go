package reminders

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/audit"
)

// recorder writes the results of a batch while its workers go on
// sending, in groups of at least half a batch (the rest when the batch is
// done), each in one CompleteBatch call when the Store has it: every
// write is a commit, and a commit waits for the database's disk, so few
// large groups go much further than many small ones. Final results are
// then audited in one Append per group.
type recorder struct {
	d *Dispatcher
	// ctx outlives the dispatcher's own: what was sent is recorded even
	// when RunOnce is being stopped, within a lease, after which the
	// record would be refused anyway.
	ctx    context.Context
	cancel context.CancelFunc

	// min is how many results start a write before the batch is done.
	min   int
	mu    sync.Mutex
	queue []result
	busy  bool
	done  sync.WaitGroup
	stats DispatchStats
	err   error
}

// result is one claimed reminder's outcome, waiting to be recorded.
type result struct {
	c   *Claimed
	out outcome
}

func (d *Dispatcher) newRecorder(ctx context.Context) *recorder {
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), d.cfg.Lease)
	return &recorder{d: d, ctx: rctx, cancel: cancel, min: max(1, d.cfg.Batch/2)}
}

// add queues a result, and starts a writer when none runs and enough
// results wait.
func (r *recorder) add(c *Claimed, out outcome) {
	r.mu.Lock()
	r.queue = append(r.queue, result{c: c, out: out})
	r.startLocked(r.min)
	r.mu.Unlock()
}

// startLocked starts a writer when none runs and at least n results
// wait. r.mu is held.
func (r *recorder) startLocked(n int) {
	if r.busy || len(r.queue) < n {
		return
	}
	r.busy = true
	r.done.Add(1)
	go r.write(n)
}

// write records the queue while at least n results wait.
func (r *recorder) write(n int) {
	defer r.done.Done()
	var batch []result
	for {
		r.mu.Lock()
		if len(r.queue) < n || len(r.queue) == 0 {
			r.busy = false
			r.mu.Unlock()
			return
		}
		batch, r.queue = r.queue, batch[:0]
		r.mu.Unlock()
		r.record(batch)
	}
}

// wait records what is left once the batch is done, and returns what was
// recorded and the first Store failure. No result may be added after.
func (r *recorder) wait() (DispatchStats, error) {
	r.done.Wait()
	r.mu.Lock()
	r.startLocked(1)
	r.mu.Unlock()
	r.done.Wait()
	r.cancel()
	return r.stats, r.err
}

func (r *recorder) record(batch []result) {
	d := r.d
	ps := make([]CompleteParams, len(batch))
	for i, x := range batch {
		p := x.out.p
		p.PracticeID, p.ID, p.Owner = x.c.Reminder.PracticeID, x.c.Reminder.ID, d.cfg.Owner
		if p.Attempts == 0 {
			p.Attempts = x.c.Reminder.Attempts
		}
		ps[i] = p
	}
	errs, err := d.complete(r.ctx, ps)
	var (
		st     DispatchStats
		events []audit.Event
		first  error
	)
	for i, x := range batch {
		e := err
		if e == nil {
			e = errs[i]
		}
		switch {
		case e == nil:
			x.out.result(&st)
			if ps[i].State.Final() && d.cfg.Audit != nil {
				events = append(events, d.auditEvent(x.c, ps[i]))
			}
		case errors.Is(e, ErrLeaseLost):
			d.log.Warn("lease lost", zap.String("practice_id", ps[i].PracticeID), zap.String("reminder_id", ps[i].ID))
			st.LeaseLost++
		case first == nil:
			if err != nil {
				first = fmt.Errorf("reminders: complete: %w", err)
			} else {
				first = fmt.Errorf("reminders: complete reminder %s: %w", ps[i].ID, e)
			}
		}
	}
	if len(events) > 0 {
		if err := d.cfg.Audit.Append(r.ctx, events...); err != nil {
			d.log.Error("audit append failed", zap.Int("events", len(events)), zap.Error(err))
		}
	}
	r.mu.Lock()
	r.stats.add(st)
	if r.err == nil {
		r.err = first
	}
	r.mu.Unlock()
}

// complete records results through the Store, in one call when it is a
// BatchCompleter.
func (d *Dispatcher) complete(ctx context.Context, ps []CompleteParams) ([]error, error) {
	if bc, ok := d.store.(BatchCompleter); ok {
		errs, err := bc.CompleteBatch(ctx, ps)
		if err == nil && len(errs) != len(ps) {
			err = fmt.Errorf("%w: CompleteBatch returned %d results for %d", ErrInvalid, len(errs), len(ps))
		}
		return errs, err
	}
	// One call per result, Workers at once, as the sends went.
	errs := make([]error, len(ps))
	var (
		wg   sync.WaitGroup
		next atomic.Int64
	)
	for range min(d.cfg.Workers, len(ps)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(ps); i = int(next.Add(1) - 1) {
				errs[i] = d.store.Complete(ctx, ps[i])
			}
		})
	}
	wg.Wait()
	return errs, nil
}
