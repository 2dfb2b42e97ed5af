package whatsapp

import (
	"context"
	"sync"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
)

// WindowStore remembers when each patient last wrote to a practice on
// WhatsApp, which opens the 24-hour customer-service window. The Channel's
// webhook records every inbound message; Send reads it before a free-form
// message. Implementations must be safe for concurrent use.
type WindowStore interface {
	// LastInbound returns when the patient last wrote, or the zero time if
	// never.
	LastInbound(ctx context.Context, practiceID string, patient channels.Address) (time.Time, error)
	// RecordInbound notes a message from the patient sent at at. An older
	// time than the one stored is ignored.
	RecordInbound(ctx context.Context, practiceID string, patient channels.Address, at time.Time) error
}

// MemoryWindow is a WindowStore kept in memory, right for one process.
type MemoryWindow struct {
	mu   sync.RWMutex
	last map[string]time.Time
}

var _ WindowStore = (*MemoryWindow)(nil)

// NewMemoryWindow returns an empty MemoryWindow.
func NewMemoryWindow() *MemoryWindow { return &MemoryWindow{last: map[string]time.Time{}} }

func windowKey(practiceID string, a channels.Address) string {
	return practiceID + "\x00" + a.ContactKey()
}

// LastInbound implements WindowStore.
func (w *MemoryWindow) LastInbound(ctx context.Context, practiceID string, patient channels.Address) (time.Time, error) {
	if err := ctx.Err(); err != nil {
		return time.Time{}, err
	}
	w.mu.RLock()
	defer w.mu.RUnlock()
	return w.last[windowKey(practiceID, patient)], nil
}

// RecordInbound implements WindowStore.
func (w *MemoryWindow) RecordInbound(ctx context.Context, practiceID string, patient channels.Address, at time.Time) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	k := windowKey(practiceID, patient)
	if at.After(w.last[k]) {
		w.last[k] = at
	}
	return nil
}
