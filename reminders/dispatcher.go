package reminders

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/google/uuid"
	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock"
)

// WindowSource tells when a patient last wrote on a channel, for
// WhatsApp's 24-hour window. The inbox knows; a vendor adapts it.
type WindowSource interface {
	LastInbound(ctx context.Context, practiceID string, ch channels.Kind, addr channels.Address) (time.Time, error)
}

// DispatcherConfig configures a Dispatcher. The zero value works: system
// clock, no logging, no audit, consent unknown (every patient may be
// reached until the channel says otherwise), WhatsApp always by template,
// the default Policy, batches of 256 with a 2-minute lease, a poll every
// 30 seconds, 8 sends at once, 6 attempts with back-off from 1 minute.
type DispatcherConfig struct {
	Clock   clock.Clock
	Logger  *zap.Logger
	Audit   audit.Sink
	Consent channels.ConsentStore
	Window  WindowSource
	Policy  Policy
	// Owner names this dispatcher in leases. Default a random UUID.
	Owner string
	// Batch is how many reminders one claim takes. Default 256.
	Batch int
	// Lease is how long a claim holds; a dispatcher that dies holding
	// reminders frees them when it runs out. It must exceed the longest
	// send. Default 2 minutes.
	Lease time.Duration
	// Poll is how long Run waits when nothing is due. Default 30s.
	Poll time.Duration
	// Workers is how many sends run at once. Default 8.
	Workers int
	// MaxAttempts caps send attempts of one reminder. Default 6.
	MaxAttempts int
	// Backoff is the wait before the first retry; it doubles each time, up
	// to 30 minutes, unless the provider said how long. Default 1 minute.
	Backoff time.Duration
}

// recentWindow is how far back the message limits look (a week, and a
// day of margin).
const recentWindow = 8 * 24 * time.Hour

// Dispatcher sends due reminders. Run several, in one process or many,
// against one Store: claims with leases make each reminder go once, and
// the idempotency key covers a crash after the provider accepted. Within
// one dispatcher a patient's reminders go in order, so the message limits
// see each other; two dispatchers holding two reminders of one patient at
// the same instant may both pass the limits (a rare excess of one
// message, never a duplicate).
type Dispatcher struct {
	store Store
	chans map[channels.Kind]channels.Channel
	cfg   DispatcherConfig
	texts textSet
	log   *zap.Logger
}

// DispatchStats counts what a RunOnce did.
type DispatchStats struct {
	Claimed, Sent, Deferred, Retried, Skipped, Failed, Voided, LeaseLost int
}

func (s *DispatchStats) add(o DispatchStats) {
	s.Claimed += o.Claimed
	s.Sent += o.Sent
	s.Deferred += o.Deferred
	s.Retried += o.Retried
	s.Skipped += o.Skipped
	s.Failed += o.Failed
	s.Voided += o.Voided
	s.LeaseLost += o.LeaseLost
}

// NewDispatcher returns a Dispatcher sending through chans, one per kind.
func NewDispatcher(store Store, chans []channels.Channel, cfg DispatcherConfig) (*Dispatcher, error) {
	if store == nil {
		return nil, fmt.Errorf("%w: nil store", ErrInvalid)
	}
	cfg.Clock = clock.OrSystem(cfg.Clock)
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	cfg.Policy = cfg.Policy.withDefaults()
	if cfg.Owner == "" {
		cfg.Owner = uuid.NewString()
	}
	if cfg.Batch <= 0 {
		cfg.Batch = 256
	}
	if cfg.Lease <= 0 {
		cfg.Lease = 2 * time.Minute
	}
	if cfg.Poll <= 0 {
		cfg.Poll = 30 * time.Second
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 8
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = 6
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = time.Minute
	}
	texts, err := compileTexts(cfg.Policy.Templates)
	if err != nil {
		return nil, err
	}
	d := &Dispatcher{store: store, chans: map[channels.Kind]channels.Channel{}, cfg: cfg, texts: texts,
		log: cfg.Logger.Named("reminders").With(zap.String("owner", cfg.Owner))}
	for _, ch := range chans {
		k := ch.Capabilities().Kind
		if !k.Valid() {
			return nil, fmt.Errorf("%w: channel kind %q", channels.ErrUnknownChannel, k)
		}
		d.chans[k] = ch
	}
	return d, nil
}

// Run sends due reminders until ctx ends, waiting Poll on the Clock
// whenever nothing is due. It returns ctx.Err().
func (d *Dispatcher) Run(ctx context.Context) error {
	for {
		if _, err := d.RunOnce(ctx); err != nil && ctx.Err() == nil {
			d.log.Error("dispatch failed", zap.Error(err))
		}
		if err := clock.Sleep(ctx, d.cfg.Clock, d.cfg.Poll); err != nil {
			return err
		}
	}
}

// RunOnce claims and sends every reminder due now, batch by batch, and
// returns what it did. It stops at the first Store error.
//
// While a full batch is being sent, the next one is claimed, so that the
// workers do not wait for the Store between batches. A patient of the
// next batch who also had a reminder in the current one has the recent
// sends read again once the current batch is recorded, so that the
// message limits still see every send before it. When RunOnce stops
// early, the claims it made ahead are given back at once.
func (d *Dispatcher) RunOnce(ctx context.Context) (DispatchStats, error) {
	var total DispatchStats
	claimed, err := d.claim(ctx)
	for {
		if err != nil {
			return total, fmt.Errorf("reminders: claim: %w", err)
		}
		total.Claimed += len(claimed)
		var ahead chan claimResult
		if len(claimed) == d.cfg.Batch {
			ahead = make(chan claimResult, 1)
			go func() {
				c, err := d.claim(ctx)
				ahead <- claimResult{c, err}
			}()
		}
		st, sendErr := d.sendBatch(ctx, claimed)
		total.add(st)
		if ahead == nil {
			return total, sendErr
		}
		next := <-ahead
		if sendErr != nil {
			d.release(ctx, next.claimed)
			return total, sendErr
		}
		rereadShared(claimed, next.claimed)
		claimed, err = next.claimed, next.err
	}
}

// claimResult is a claim made ahead.
type claimResult struct {
	claimed []Claimed
	err     error
}

// claim leases the next batch of due reminders.
func (d *Dispatcher) claim(ctx context.Context) ([]Claimed, error) {
	now := d.cfg.Clock.Now()
	return d.store.Claim(ctx, ClaimParams{Now: now, Owner: d.cfg.Owner, Lease: d.cfg.Lease, Limit: d.cfg.Batch,
		RecentSince: now.Add(-recentWindow)})
}

// rereadShared makes the reminders of next whose patient had a reminder
// in prev read the patient's recent sends from the Store again: the ones
// the claim returned predate prev's sends.
func rereadShared(prev, next []Claimed) {
	if len(next) == 0 {
		return
	}
	seen := make(map[[2]string]bool, len(prev))
	for i := range prev {
		seen[[2]string{prev[i].Reminder.PracticeID, prev[i].Reminder.PatientID}] = true
	}
	for i := range next {
		if seen[[2]string{next[i].Reminder.PracticeID, next[i].Reminder.PatientID}] {
			next[i].HasRecent, next[i].Recent = false, nil
		}
	}
}

// release gives claims back unsent, so that they are due again at once
// rather than when their lease runs out. A failure is only logged: the
// leases run out anyway.
func (d *Dispatcher) release(ctx context.Context, claimed []Claimed) {
	if len(claimed) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), d.cfg.Lease)
	defer cancel()
	ps := make([]CompleteParams, len(claimed))
	for i, c := range claimed {
		r := c.Reminder
		ps[i] = CompleteParams{PracticeID: r.PracticeID, ID: r.ID, Owner: d.cfg.Owner, State: StateScheduled, DueAt: r.DueAt,
			Attempts: r.Attempts, Reason: r.Reason}
	}
	if _, err := d.complete(ctx, ps); err != nil {
		d.log.Warn("giving back claims failed; their leases will run out", zap.Int("reminders", len(ps)), zap.Error(err))
	}
}

// sendBatch sends a batch on Workers goroutines and records the results
// as they come, in groups (see recorder). One patient's reminders go to
// one worker, in order, so that the message limits see the sends before
// them.
func (d *Dispatcher) sendBatch(ctx context.Context, batch []Claimed) (DispatchStats, error) {
	workers := min(d.cfg.Workers, len(batch))
	lanes := make([][]*Claimed, workers)
	hashes := make([]uint32, len(batch))
	perPatient := make(map[uint32]int, len(batch))
	for i := range batch {
		h := patientHash(batch[i].Reminder.PracticeID, batch[i].Reminder.PatientID)
		hashes[i] = h
		perPatient[h]++
	}
	for i := range batch {
		l := int(hashes[i] % uint32(workers))
		lanes[l] = append(lanes[l], &batch[i])
	}
	rec := d.newRecorder(ctx)
	var wg sync.WaitGroup
	for _, lane := range lanes {
		wg.Go(func() {
			var sends laneSends
			for _, c := range lane {
				if ctx.Err() != nil {
					return
				}
				shared := perPatient[patientHash(c.Reminder.PracticeID, c.Reminder.PatientID)] > 1
				out := d.decide(ctx, c, &sends, shared)
				if ctx.Err() != nil {
					// Killed mid-send: leave the claim to run out; the next
					// worker resends with the same idempotency key.
					return
				}
				rec.add(c, out)
			}
		})
	}
	wg.Wait()
	st, err := rec.wait()
	if err == nil {
		err = ctx.Err()
	}
	return st, err
}

// patientHash is FNV-1a of a patient's practice and id, to pick a lane.
func patientHash(practiceID, patientID string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(practiceID); i++ {
		h = (h ^ uint32(practiceID[i])) * 16777619
	}
	h = (h ^ 0) * 16777619
	for i := 0; i < len(patientID); i++ {
		h = (h ^ uint32(patientID[i])) * 16777619
	}
	return h
}

// laneSends keeps, within one worker's share of a batch, the recent sends
// of patients with several reminders in the batch: the Store's answer
// (from the claim, or read once) plus the sends made since, which the
// recorder may not have written yet.
type laneSends map[[2]string][]time.Time

// recent returns the sends the message limits must see for c. shared
// says that c's patient has other reminders in the batch.
func (l *laneSends) recent(ctx context.Context, d *Dispatcher, c *Claimed, now time.Time, shared bool) ([]time.Time, error) {
	k := [2]string{c.Reminder.PracticeID, c.Reminder.PatientID}
	if shared {
		if got, ok := (*l)[k]; ok {
			return got, nil
		}
	}
	recent := c.Recent
	if !c.HasRecent {
		var err error
		if recent, err = d.store.RecentSends(ctx, k[0], k[1], now.Add(-recentWindow)); err != nil {
			return nil, err
		}
	}
	if shared {
		if *l == nil {
			*l = laneSends{}
		}
		(*l)[k] = slices.Clip(recent)
	}
	return recent, nil
}

// sent adds a send of c's patient, when the patient has other reminders
// in the batch.
func (l *laneSends) sent(c *Claimed, at time.Time, shared bool) {
	if shared {
		k := [2]string{c.Reminder.PracticeID, c.Reminder.PatientID}
		(*l)[k] = append((*l)[k], at)
	}
}
