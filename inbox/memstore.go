package inbox

import (
	"context"
	"fmt"
	"sync"
)

// MemoryStore is a Store kept in memory, for tests, demos and vendors'
// fakes. It is safe for concurrent use and passes inboxtest.Run. Records are
// copied in and out, so callers never share memory with the store.
type MemoryStore struct {
	// mu guards the practices' conversations and messages, seq and
	// threading.
	mu        sync.RWMutex
	practices map[string]*memPractice
	seq       int64
	// threading is AppendMessage's working copy of a conversation; only
	// used under mu's write lock.
	threading Conversation

	// contacts has a lock of its own, so that finding a sender's contact
	// never waits for another message being threaded.
	contacts memContacts
}

// zeroConversation zeroes *c, so that a scratch record keeps nothing reachable.
func zeroConversation(c *Conversation) { *c = Conversation{} }

var _ Store = (*MemoryStore)(nil)

type memPractice struct {
	convs      map[string]*Conversation
	openBySubj map[string]string // subject -> id of the conversation not closed
	msgs       map[string]*memMessage
	msgByProv  provIndex           // channel and provider id -> id
	convMsgs   map[string][]string // conversation id -> message ids, in order
}

type memMessage struct {
	Message
	seq int64
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore {
	return &MemoryStore{practices: make(map[string]*memPractice)}
}

func (s *MemoryStore) practice(id string, create bool) *memPractice {
	p := s.practices[id]
	if p == nil && create {
		p = &memPractice{
			convs:      make(map[string]*Conversation),
			openBySubj: make(map[string]string),
			msgs:       make(map[string]*memMessage),
			msgByProv:  make(provIndex),
			convMsgs:   make(map[string][]string),
		}
		s.practices[id] = p
	}
	return p
}

func notFound(what, id string) error { return fmt.Errorf("%w: %s %q", ErrNotFound, what, id) }

// AppendMessage implements Store.
func (s *MemoryStore) AppendMessage(ctx context.Context, ap AppendParams) (AppendResult, error) {
	if err := ctx.Err(); err != nil {
		return AppendResult{}, err
	}
	m := ap.Message
	if m.PracticeID == "" || m.ID == "" || m.ContactID == "" || m.Direction == "" || m.CreatedAt.IsZero() {
		return AppendResult{}, fmt.Errorf("inbox: message needs practice id, id, contact id, direction and time")
	}
	if m.ConversationID == "" && (ap.Subject == "" || ap.NewConversationID == "") {
		return AppendResult{}, fmt.Errorf("inbox: message needs a conversation id, or a subject and a new conversation id")
	}
	// The store's copy is made before the lock, to keep the writers'
	// critical section short; only its conversation and sequence are set
	// under it.
	mm := &memMessage{Message: cloneMessage(m)}
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.practice(m.PracticeID, true)
	if m.ProviderID != "" {
		if id, ok := p.msgByProv.get(m.Channel, m.ProviderID); ok {
			old := p.msgs[id]
			return AppendResult{
				Message:      cloneMessage(old.Message),
				Conversation: p.convs[old.ConversationID].Clone(),
				Duplicate:    true,
			}, nil
		}
	}
	if _, ok := p.msgs[m.ID]; ok {
		return AppendResult{}, fmt.Errorf("%w: message id %q exists", ErrConflict, m.ID)
	}

	// The conversation being threaded: the store's one scratch record,
	// since the write lock is held throughout (Thread gets a pointer, which
	// would otherwise move a fresh record to the heap on every message).
	conv := &s.threading
	defer zeroConversation(conv)
	created := false
	switch {
	case m.ConversationID != "":
		c, ok := p.convs[m.ConversationID]
		if !ok {
			return AppendResult{}, notFound("conversation", m.ConversationID)
		}
		*conv = c.Clone()
	default:
		if id, ok := p.openBySubj[ap.Subject]; ok {
			*conv = p.convs[id].Clone()
		} else {
			if _, ok := p.convs[ap.NewConversationID]; ok {
				return AppendResult{}, fmt.Errorf("%w: conversation id %q exists", ErrConflict, ap.NewConversationID)
			}
			created = true
			*conv = Conversation{
				PracticeID: m.PracticeID,
				ID:         ap.NewConversationID,
				Subject:    ap.Subject,
				Status:     StatusOpen,
				CreatedAt:  m.CreatedAt,
				UpdatedAt:  m.CreatedAt,
			}
		}
	}
	if ap.Thread != nil {
		if err := ap.Thread(conv, created); err != nil {
			return AppendResult{}, err
		}
	}
	if conv.ID == "" || conv.PracticeID != m.PracticeID {
		return AppendResult{}, fmt.Errorf("inbox: thread may not change a conversation's practice or id")
	}
	if err := p.checkOpenSubject(*conv); err != nil {
		return AppendResult{}, err
	}
	m.ConversationID = conv.ID
	conv.MessageCount++
	if m.CreatedAt.After(conv.UpdatedAt) {
		conv.UpdatedAt = m.CreatedAt
	}
	s.seq++
	mm.ConversationID, mm.seq = conv.ID, s.seq
	p.msgs[m.ID] = mm
	if m.ProviderID != "" {
		p.msgByProv.put(m.Channel, m.ProviderID, m.ID)
	}
	p.convMsgs[conv.ID] = append(p.convMsgs[conv.ID], m.ID)
	p.putConv(*conv)
	// m holds the caller's own slices, never the store's copies.
	return AppendResult{Message: m, Conversation: *conv, Created: created}, nil
}

// checkOpenSubject refuses a conversation that would give its subject a
// second conversation that is not closed.
func (p *memPractice) checkOpenSubject(c Conversation) error {
	if c.Status == StatusClosed {
		return nil
	}
	if id, ok := p.openBySubj[c.Subject]; ok && id != c.ID {
		return fmt.Errorf("%w: subject already has an open conversation", ErrConflict)
	}
	return nil
}

func (p *memPractice) putConv(c Conversation) {
	old, ok := p.convs[c.ID]
	switch {
	case ok && old.Subject == c.Subject && c.Status != StatusClosed:
		// Still the subject's open conversation (the common case: a
		// message joins it); checkOpenSubject allowed it.
		if p.openBySubj[c.Subject] != c.ID {
			p.openBySubj[c.Subject] = c.ID
		}
	default:
		if ok && p.openBySubj[old.Subject] == c.ID {
			delete(p.openBySubj, old.Subject)
		}
		if c.Status != StatusClosed {
			p.openBySubj[c.Subject] = c.ID
		}
	}
	if ok {
		// In place: every reader copies under the lock, so no one holds
		// the record across this write.
		*old = c.Clone()
		return
	}
	nc := c.Clone() // declared here: only a new record moves to the heap
	p.convs[c.ID] = &nc
}
