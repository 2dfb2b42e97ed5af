package inbox

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

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
	mu  sync.RWMutex
	m   map[string]string // practice + "\x00" + contact key -> patient id
	ids map[string][]identity
}

var (
	_ Directory        = (*MapDirectory)(nil)
	_ IdentityVerifier = (*MapDirectory)(nil)
)

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

// IdentityClaim is what a contact says about who they are, for a
// verification step: a name and a date of birth, as the patient wrote them.
// It is PHI: never log it.
type IdentityClaim struct {
	Name        string
	DateOfBirth time.Time
}

// IdentityVerifier is an optional interface of a Directory: it confirms
// that a claim matches exactly one of the practice's patients, returning
// ErrNotFound (wrapped) when it matches none or more than one. An Inbox
// whose Directory implements it offers VerifyContact.
type IdentityVerifier interface {
	VerifyIdentity(ctx context.Context, practiceID string, claim IdentityClaim) (patientID string, err error)
}

// ErrNotVerifiable: the Directory cannot verify identities (it does not
// implement IdentityVerifier).
var ErrNotVerifiable = errors.New("inbox: directory cannot verify identities")

// AddIdentity records a patient's name and date of birth for
// VerifyIdentity. Names match case-insensitively, ignoring extra spaces.
func (d *MapDirectory) AddIdentity(practiceID, patientID, name string, dob time.Time) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.ids == nil {
		d.ids = make(map[string][]identity)
	}
	d.ids[practiceID] = append(d.ids[practiceID], identity{patientID: patientID, name: normName(name), dob: dob})
}

// VerifyIdentity implements IdentityVerifier: exactly one patient of the
// practice must have the claimed name and date of birth.
func (d *MapDirectory) VerifyIdentity(ctx context.Context, practiceID string, c IdentityClaim) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	d.mu.RLock()
	defer d.mu.RUnlock()
	match := ""
	for _, id := range d.ids[practiceID] {
		if id.name == normName(c.Name) && sameDay(id.dob, c.DateOfBirth) {
			if match != "" && match != id.patientID {
				return "", fmt.Errorf("%w: identity claim matches more than one patient", ErrNotFound)
			}
			match = id.patientID
		}
	}
	if match == "" {
		return "", fmt.Errorf("%w: identity claim matches no patient", ErrNotFound)
	}
	return match, nil
}

type identity struct {
	patientID, name string
	dob             time.Time
}

func normName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}
