package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
	"github.com/frontdeskhq/frontdesk/phi"
	"github.com/frontdeskhq/frontdesk/reminders"
)

// phiTexts are message-sized texts, most carrying PHI.
var phiTexts = []string{
	"Hi, this is Maria Lopez. I need to reschedule my appointment on March 3rd, can you call me at (410) 555-0199?",
	"My DOB is 04/13/1952 and my member id is ABC1234567. Please send the bill to 1200 Oak Tree Rd, Springfield, IL 62704.",
	"I have had a fever of 101 since yesterday and a bad cough. Should I come in or go to urgent care?",
	"Thanks,\nDeShawn Miller\ndeshawn.miller@example.com",
	"What time do you open on Saturday? Is there parking near the clinic?",
	"Dr. Patel said to come back in two weeks. Room 4, 10:30am. The copay was $40.",
}

// measurePHI: redaction (detect and tag) of message-sized texts.
func measurePHI(ctx context.Context, r *Report, s settings) error {
	red, err := phi.NewRedactor(phi.RedactorConfig{})
	if err != nil {
		return err
	}
	if _, err := red.Redact(ctx, phiTexts[0]); err != nil { // builds the lexicon
		return err
	}
	smp, err := load(ctx, s.duration, s.workersFor(cpuBound), func(ctx context.Context, w, i int) (int, error) {
		t := phiTexts[(w+i)%len(phiTexts)]
		if _, err := red.Redact(ctx, t); err != nil {
			return 0, err
		}
		return len(t), nil
	})
	if err != nil {
		return fmt.Errorf("phi: %w", err)
	}
	r.setSample("phi", "phi_msgs_per_s", "phi_allocs_per_msg", smp)
	r.set("phi_mb_per_s", float64(smp.bytes)/1e6/smp.elapsed.Seconds())
	return nil
}

// auditEvent is the event the inbox writes for a received message.
func auditEvent(w, i int) audit.Event {
	return audit.Event{
		PracticeID: practiceID, Actor: audit.Actor{ID: fmt.Sprintf("contact-%d", w), Kind: "patient"},
		Action: audit.ActionMessageReceived, Outcome: audit.OutcomeSuccess, ConversationID: fmt.Sprintf("conv-%d", w), MessageID: fmt.Sprintf("msg-%d-%d", w, i),
		Detail: map[string]string{"channel": "whatsapp", "queue": "front-desk", "urgency": "routine"},
	}
}

func measureAuditMemory(ctx context.Context, r *Report, s settings) error {
	_, priv := benchKey()
	log, err := audit.NewLog(audit.NewMemorySink(), audit.Config{SigningKey: priv})
	if err != nil {
		return err
	}
	defer log.Close()
	smp, err := load(ctx, s.duration, s.workersFor(cpuBound), func(ctx context.Context, w, i int) (int, error) {
		return 0, log.Append(ctx, auditEvent(w, i))
	})
	if err != nil {
		return fmt.Errorf("audit memory: %w", err)
	}
	r.setSample("audit_memory", "audit_memory_appends_per_s", "audit_memory_allocs_per_append", smp)
	return nil
}

// measureAuditFile: durable appends (write and fsync per group of
// concurrent appends) to a JSON Lines file, which is then verified.
func measureAuditFile(ctx context.Context, r *Report, s settings) error {
	dir, err := os.MkdirTemp(s.tmpDir, "frontdesk-bench-audit-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "audit.jsonl")
	pub, priv := benchKey()
	log, err := audit.OpenFileLog(path, audit.FileConfig{PublicKey: pub}, audit.Config{SigningKey: priv})
	if err != nil {
		return err
	}
	smp, err := load(ctx, s.duration, s.workersFor(durable), func(ctx context.Context, w, i int) (int, error) {
		return 0, log.Append(ctx, auditEvent(w, i))
	})
	if cerr := log.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("audit file: %w", err)
	}
	r.setSample("audit_file", "audit_file_appends_per_s", "audit_file_allocs_per_append", smp)
	res, err := audit.VerifyFile(path, audit.VerifyOptions{PublicKey: pub})
	r.Checks["audit_file_chain_verifies"] = err == nil && res.Count >= smp.ops
	return nil
}

// nopChannel accepts every send at once, so that dispatch measures
// frontdesk and its store, not a provider.
type nopChannel struct{}

func (nopChannel) Capabilities() channels.Capabilities {
	return channels.DefaultCapabilities(channels.SMS)
}
func (nopChannel) Send(context.Context, channels.Outbound) (channels.SendResult, error) {
	return channels.SendResult{ProviderID: "x", State: channels.StateSent}, nil
}

// reminderRound is how many appointments one dispatch round reminds.
const reminderRound = 5000

var reminderZone = mustZone("America/New_York")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return time.FixedZone(name, -5*3600)
	}
	return loc
}

// seedReminders books n appointments, one per patient, from 8
// goroutines, each with one reminder due at the returned time.
func seedReminders(ctx context.Context, store reminders.Store, pol reminders.Policy, round, n int) (due time.Time, err error) {
	now := time.Date(2026, 5, 1, 9, 0, 0, 0, reminderZone)
	start := time.Date(2026, 5, 5, 10, 0, 0, 0, reminderZone)
	errs := make(chan error, 8)
	for w := range 8 {
		go func() {
			for j := w; j < n; j += 8 {
				id := fmt.Sprintf("r%d-a%05d", round, j)
				a := reminders.Appointment{PracticeID: practiceID, ID: id, PatientID: "pat-" + id, ProviderID: "dr-1", Type: "checkup",
					Status: reminders.StatusBooked, Start: start, End: start.Add(30 * time.Minute), TimeZone: reminderZone.String(),
					Recipient: reminders.Recipient{Addresses: []channels.Address{{Kind: channels.AddrPhone, Value: fmt.Sprintf("+1555%07d", 2000000+j)}},
						Channels: []channels.Kind{channels.SMS}}}
				if _, err := reminders.Sync(ctx, store, pol, a, now); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		if e := <-errs; e != nil && err == nil {
			err = e
		}
	}
	return start.Add(-24 * time.Hour), err
}

// dispatchConfig shapes a reminders figure.
type dispatchConfig struct {
	// store returns the store of a round (a new one, or the same).
	store       func(round int) (reminders.Store, error)
	dispatchers int
	workers     int // sends at once per dispatcher; 0 the default
	batch       int
	round       int // reminders per round; 0 means reminderRound
}

// dispatchRounds books reminderRound appointments per round (not timed),
// then times the dispatchers' RunOnce, until d of dispatching has passed.
func dispatchRounds(ctx context.Context, d time.Duration, dc dispatchConfig) (sample, error) {
	pol := reminders.Policy{Offsets: []time.Duration{24 * time.Hour}, Practices: map[string]string{practiceID: "Sunrise Clinic"}}
	n := dc.round
	if n <= 0 {
		n = reminderRound
	}
	var total sample
	for round := 0; total.elapsed < d; round++ {
		store, err := dc.store(round)
		if err != nil {
			return total, err
		}
		due, err := seedReminders(ctx, store, pol, round, n)
		if err != nil {
			return total, fmt.Errorf("booking: %w", err)
		}
		var ds []*reminders.Dispatcher
		for i := range dc.dispatchers {
			disp, err := reminders.NewDispatcher(store, []channels.Channel{nopChannel{}}, reminders.DispatcherConfig{
				Clock: clocktest.NewFake(due), Policy: pol, Batch: dc.batch, Workers: dc.workers, Owner: fmt.Sprintf("bench-%d", i)})
			if err != nil {
				return total, err
			}
			ds = append(ds, disp)
		}
		smp, err := timed(func() (int, error) {
			stats := make([]reminders.DispatchStats, len(ds))
			errs := make([]error, len(ds))
			var wg sync.WaitGroup
			for i, disp := range ds {
				wg.Go(func() { stats[i], errs[i] = disp.RunOnce(ctx) })
			}
			wg.Wait()
			sent := 0
			for i := range ds {
				if errs[i] != nil {
					return sent, errs[i]
				}
				sent += stats[i].Sent
			}
			if sent != n {
				return sent, fmt.Errorf("sent %d of %d reminders", sent, n)
			}
			return sent, nil
		})
		if err != nil {
			return total, err
		}
		total.ops += smp.ops
		total.elapsed += smp.elapsed
		total.mallocs += smp.mallocs
		total.cpu += smp.cpu
	}
	return total, nil
}

// measureRemindersMemory: rounds of claim, gate, render, send and
// complete through the memory store, one dispatcher with its default of
// 8 sends at once unless -workers says otherwise.
func measureRemindersMemory(ctx context.Context, r *Report, s settings) error {
	smp, err := dispatchRounds(ctx, s.duration, dispatchConfig{dispatchers: 1, workers: s.workers, batch: 1000, round: s.round,
		store: func(int) (reminders.Store, error) { return reminders.NewMemoryStore(), nil }})
	if err != nil {
		return fmt.Errorf("reminders memory: %w", err)
	}
	r.setSample("reminders_memory", "reminders_memory_per_s", "reminders_memory_allocs_per_reminder", smp)
	return nil
}

// triageTexts are patient messages across intents and urgencies, one of
// them an emergency.
var triageTexts = append([]string{
	"I have chest pain and my left arm is numb",
	"my son has had a fever of 102 since last night and is not drinking",
	"Necesito cambiar mi cita del martes, por favor",
}, texts...)

// measureTriage: the default classifier (model and red-flag guard) on
// message-sized texts.
func measureTriage(ctx context.Context, r *Report, s settings) error {
	cl := s.classifier
	if cl == nil {
		return errors.New("no classifier")
	}
	smp, err := load(ctx, s.duration, s.workersFor(cpuBound), func(ctx context.Context, w, i int) (int, error) {
		t := triageTexts[(w+i)%len(triageTexts)]
		_, err := cl.Classify(ctx, t)
		return len(t), err
	})
	if err != nil {
		return fmt.Errorf("triage: %w", err)
	}
	r.setSample("triage", "triage_msgs_per_s", "triage_allocs_per_msg", smp)
	return nil
}
