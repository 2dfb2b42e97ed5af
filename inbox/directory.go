package inbox

import (
	"context"
	"sync"

	"github.com/frontdeskhq/frontdesk/channels"
)

// Directory is the vendor's patient index: it maps an address to one of the
// vendor's patients. LookupPatient returns ErrNotFound (wrapped) for an
// address it does not know; the sender then becomes a provisional,
// unverified contact.
type Directory interface {
	LookupPatient(ctx context.Context, practiceID string, addr channels.Address) (patientID string, err error)
}

// MapDirectory is a Directory kept in memory, for demos and tests. It is
// safe for concurrent use.
type MapDirectory struct {
	mu sync.RWMutex
	m  map[string]string // practice + "\x00" + contact key -> patient id
}

var _ Directory = (*MapDirectory)(nil)

// NewMapDirectory returns an empty MapDirectory.
func NewMapDirectory() *MapDirectory { return &MapDirectory{m: make(map[string]string)} }

// Add records that addr belongs to patientID in the practice. Phone and
// WhatsApp addresses of one number are the same entry.
func (d *MapDirectory) Add(practiceID string, addr channels.Address, patientID string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.m[practiceID+"\x00"+addr.ContactKey()] = patientID
}

// LookupPatient implements Directory.
func (d *MapDirectory) LookupPatient(ctx context.Context, practiceID string, addr channels.Address) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	d.mu.RLock()
	defer d.mu.RUnlock()
	if id, ok := d.m[practiceID+"\x00"+addr.ContactKey()]; ok {
		return id, nil
	}
	return "", ErrNotFound
}

// noDirectory knows nobody: every sender is a provisional contact.
type noDirectory struct{}

func (noDirectory) LookupPatient(context.Context, string, channels.Address) (string, error) {
	return "", ErrNotFound
}
