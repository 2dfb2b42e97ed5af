package inbox

import (
	"context"
	"fmt"
	"sync"
)

// The MemoryStore's contacts, under a lock of their own: no store method
// reads or writes contacts together with conversations or messages.

type memContacts struct {
	mu        sync.RWMutex
	practices map[string]*memPracticeContacts
}

type memPracticeContacts struct {
	byID  map[string]*Contact
	byKey map[string]string // key -> id
}

func (cs *memContacts) practice(id string, create bool) *memPracticeContacts {
	p := cs.practices[id]
	if p == nil && create {
		if cs.practices == nil {
			cs.practices = make(map[string]*memPracticeContacts)
		}
		p = &memPracticeContacts{byID: make(map[string]*Contact), byKey: make(map[string]string)}
		cs.practices[id] = p
	}
	return p
}

// PutContact implements Store.
func (s *MemoryStore) PutContact(ctx context.Context, c Contact) (Contact, bool, error) {
	if err := ctx.Err(); err != nil {
		return Contact{}, false, err
	}
	if c.PracticeID == "" || c.ID == "" || c.Key == "" {
		return Contact{}, false, fmt.Errorf("inbox: contact needs practice id, id and key")
	}
	s.contacts.mu.Lock()
	defer s.contacts.mu.Unlock()
	p := s.contacts.practice(c.PracticeID, true)
	if id, ok := p.byKey[c.Key]; ok {
		return p.byID[id].Clone(), false, nil
	}
	if _, ok := p.byID[c.ID]; ok {
		return Contact{}, false, fmt.Errorf("%w: contact id %q exists", ErrConflict, c.ID)
	}
	cc := c.Clone()
	p.byID[c.ID] = &cc
	p.byKey[c.Key] = c.ID
	return cc.Clone(), true, nil
}

// GetContact implements Store.
func (s *MemoryStore) GetContact(ctx context.Context, practiceID, id string) (Contact, error) {
	if err := ctx.Err(); err != nil {
		return Contact{}, err
	}
	s.contacts.mu.RLock()
	defer s.contacts.mu.RUnlock()
	if p := s.contacts.practice(practiceID, false); p != nil {
		if c, ok := p.byID[id]; ok {
			return c.Clone(), nil
		}
	}
	return Contact{}, notFound("contact", id)
}

// FindContact implements Store.
func (s *MemoryStore) FindContact(ctx context.Context, practiceID, key string) (Contact, error) {
	if err := ctx.Err(); err != nil {
		return Contact{}, err
	}
	s.contacts.mu.RLock()
	defer s.contacts.mu.RUnlock()
	if p := s.contacts.practice(practiceID, false); p != nil {
		if id, ok := p.byKey[key]; ok {
			return p.byID[id].Clone(), nil
		}
	}
	return Contact{}, fmt.Errorf("%w: contact by key", ErrNotFound)
}

// UpdateContact implements Store.
func (s *MemoryStore) UpdateContact(ctx context.Context, practiceID, id string, fn func(*Contact) error) (Contact, error) {
	if err := ctx.Err(); err != nil {
		return Contact{}, err
	}
	s.contacts.mu.Lock()
	defer s.contacts.mu.Unlock()
	p := s.contacts.practice(practiceID, false)
	if p == nil || p.byID[id] == nil {
		return Contact{}, notFound("contact", id)
	}
	c := p.byID[id].Clone()
	if err := fn(&c); err != nil {
		return Contact{}, err
	}
	old := p.byID[id]
	if c.PracticeID != old.PracticeID || c.ID != old.ID || c.Key != old.Key {
		return Contact{}, fmt.Errorf("inbox: update may not change a contact's practice, id or key")
	}
	p.byID[id] = &c
	return c.Clone(), nil
}
