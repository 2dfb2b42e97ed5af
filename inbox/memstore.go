package inbox

import (
	"cmp"
	"context"
	"encoding/base64"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
)

// MemoryStore is a Store kept in memory, for tests, demos and vendors'
// fakes. It is safe for concurrent use and passes inboxtest.Run. Records are
// copied in and out, so callers never share memory with the store.
type MemoryStore struct {
	mu        sync.RWMutex
	practices map[string]*memPractice
	seq       int64
	// threading is AppendMessage's working copy of a conversation; only
	// used under mu's write lock.
	threading Conversation
}

// zeroConversation zeroes *c, so that a scratch record keeps nothing reachable.
func zeroConversation(c *Conversation) { *c = Conversation{} }

var _ Store = (*MemoryStore)(nil)

type memPractice struct {
	contacts     map[string]*Contact // by id
	contactByKey map[string]string   // key -> id
	convs        map[string]*Conversation
	openBySubj   map[string]string // subject -> id of the conversation not closed
	msgs         map[string]*memMessage
	msgByProv    provIndex           // channel and provider id -> id
	convMsgs     map[string][]string // conversation id -> message ids, in order
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
			contacts:     make(map[string]*Contact),
			contactByKey: make(map[string]string),
			convs:        make(map[string]*Conversation),
			openBySubj:   make(map[string]string),
			msgs:         make(map[string]*memMessage),
			msgByProv:    make(provIndex),
			convMsgs:     make(map[string][]string),
		}
		s.practices[id] = p
	}
	return p
}

func notFound(what, id string) error { return fmt.Errorf("%w: %s %q", ErrNotFound, what, id) }

// PutContact implements Store.
func (s *MemoryStore) PutContact(ctx context.Context, c Contact) (Contact, bool, error) {
	if err := ctx.Err(); err != nil {
		return Contact{}, false, err
	}
	if c.PracticeID == "" || c.ID == "" || c.Key == "" {
		return Contact{}, false, fmt.Errorf("inbox: contact needs practice id, id and key")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.practice(c.PracticeID, true)
	if id, ok := p.contactByKey[c.Key]; ok {
		return p.contacts[id].Clone(), false, nil
	}
	if _, ok := p.contacts[c.ID]; ok {
		return Contact{}, false, fmt.Errorf("%w: contact id %q exists", ErrConflict, c.ID)
	}
	cc := c.Clone()
	p.contacts[c.ID] = &cc
	p.contactByKey[c.Key] = c.ID
	return cc.Clone(), true, nil
}

// GetContact implements Store.
func (s *MemoryStore) GetContact(ctx context.Context, practiceID, id string) (Contact, error) {
	if err := ctx.Err(); err != nil {
		return Contact{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if p := s.practice(practiceID, false); p != nil {
		if c, ok := p.contacts[id]; ok {
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
	s.mu.RLock()
	defer s.mu.RUnlock()
	if p := s.practice(practiceID, false); p != nil {
		if id, ok := p.contactByKey[key]; ok {
			return p.contacts[id].Clone(), nil
		}
	}
	return Contact{}, fmt.Errorf("%w: contact by key", ErrNotFound)
}

// UpdateContact implements Store.
func (s *MemoryStore) UpdateContact(ctx context.Context, practiceID, id string, fn func(*Contact) error) (Contact, error) {
	if err := ctx.Err(); err != nil {
		return Contact{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.practice(practiceID, false)
	if p == nil || p.contacts[id] == nil {
		return Contact{}, notFound("contact", id)
	}
	c := p.contacts[id].Clone()
	if err := fn(&c); err != nil {
		return Contact{}, err
	}
	old := p.contacts[id]
	if c.PracticeID != old.PracticeID || c.ID != old.ID || c.Key != old.Key {
		return Contact{}, fmt.Errorf("inbox: update may not change a contact's practice, id or key")
	}
	p.contacts[id] = &c
	return c.Clone(), nil
}

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

// GetMessage implements Store.
func (s *MemoryStore) GetMessage(ctx context.Context, practiceID, id string) (Message, error) {
	if err := ctx.Err(); err != nil {
		return Message{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if p := s.practice(practiceID, false); p != nil {
		if m, ok := p.msgs[id]; ok {
			return cloneMessage(m.Message), nil
		}
	}
	return Message{}, notFound("message", id)
}

// FindMessage implements Store.
func (s *MemoryStore) FindMessage(ctx context.Context, practiceID string, ch channels.Kind, providerID string) (Message, error) {
	if err := ctx.Err(); err != nil {
		return Message{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if p := s.practice(practiceID, false); p != nil && providerID != "" {
		if id, ok := p.msgByProv.get(ch, providerID); ok {
			return cloneMessage(p.msgs[id].Message), nil
		}
	}
	return Message{}, fmt.Errorf("%w: message by provider id", ErrNotFound)
}

// UpdateMessage implements Store.
func (s *MemoryStore) UpdateMessage(ctx context.Context, practiceID, id string, fn func(*Message) error) (Message, error) {
	if err := ctx.Err(); err != nil {
		return Message{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.practice(practiceID, false)
	if p == nil || p.msgs[id] == nil {
		return Message{}, notFound("message", id)
	}
	old := p.msgs[id]
	m := cloneMessage(old.Message)
	if err := fn(&m); err != nil {
		return Message{}, err
	}
	if m.PracticeID != old.PracticeID || m.ID != old.ID || m.ConversationID != old.ConversationID {
		return Message{}, fmt.Errorf("inbox: update may not change a message's practice, id or conversation")
	}
	if m.ProviderID != old.ProviderID || m.Channel != old.Channel {
		if m.ProviderID != "" {
			if other, ok := p.msgByProv.get(m.Channel, m.ProviderID); ok && other != id {
				return Message{}, fmt.Errorf("%w: provider id already stored", ErrConflict)
			}
		}
		if old.ProviderID != "" {
			p.msgByProv.del(old.Channel, old.ProviderID)
		}
		if m.ProviderID != "" {
			p.msgByProv.put(m.Channel, m.ProviderID, id)
		}
	}
	p.msgs[id] = &memMessage{Message: cloneMessage(m), seq: old.seq}
	return m, nil
}

// ListMessages implements Store.
func (s *MemoryStore) ListMessages(ctx context.Context, practiceID, conversationID string, lp *ListMessagesParams) (MessagePage, error) {
	if err := ctx.Err(); err != nil {
		return MessagePage{}, err
	}
	if lp == nil {
		lp = &ListMessagesParams{}
	}
	var after *memMessage
	if lp.Cursor != "" {
		t, seq, err := decodeCursor(lp.Cursor)
		if err != nil {
			return MessagePage{}, err
		}
		n, err := strconv.ParseInt(seq, 10, 64)
		if err != nil {
			return MessagePage{}, fmt.Errorf("%w: bad sequence", ErrInvalidCursor)
		}
		after = &memMessage{Message: Message{CreatedAt: t}, seq: n}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	p := s.practice(practiceID, false)
	if p == nil || p.convs[conversationID] == nil {
		return MessagePage{}, notFound("conversation", conversationID)
	}
	all := make([]*memMessage, 0, len(p.convMsgs[conversationID]))
	for _, id := range p.convMsgs[conversationID] {
		all = append(all, p.msgs[id])
	}
	slices.SortFunc(all, compareMessages)
	limit := PageLimit(lp.Limit)
	var page MessagePage
	for _, m := range all {
		if after != nil && compareMessages(m, after) <= 0 {
			continue
		}
		if len(page.Messages) == limit {
			last := page.Messages[len(page.Messages)-1]
			page.Next = encodeCursor(last.CreatedAt, strconv.FormatInt(p.msgs[last.ID].seq, 10))
			break
		}
		page.Messages = append(page.Messages, cloneMessage(m.Message))
	}
	return page, nil
}

func compareMessages(a, b *memMessage) int {
	if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
		return c
	}
	return cmp.Compare(a.seq, b.seq)
}

// MoveMessages implements Store.
func (s *MemoryStore) MoveMessages(ctx context.Context, practiceID string, mp MoveParams) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.practice(practiceID, false)
	if p == nil || p.convs[mp.From] == nil {
		return 0, notFound("conversation", mp.From)
	}
	if p.convs[mp.To] == nil {
		return 0, notFound("conversation", mp.To)
	}
	if mp.From == mp.To {
		return 0, nil
	}
	var keep []string
	moved := 0
	for _, id := range p.convMsgs[mp.From] {
		m := p.msgs[id]
		if mp.ContactID != "" && m.ContactID != mp.ContactID {
			keep = append(keep, id)
			continue
		}
		m.ConversationID = mp.To
		p.convMsgs[mp.To] = append(p.convMsgs[mp.To], id)
		moved++
	}
	p.convMsgs[mp.From] = keep
	for _, cid := range []string{mp.From, mp.To} {
		c := *p.convs[cid]
		c.MessageCount = len(p.convMsgs[cid])
		for _, id := range p.convMsgs[cid] {
			if t := p.msgs[id].CreatedAt; t.After(c.UpdatedAt) {
				c.UpdatedAt = t
			}
		}
		p.putConv(c)
	}
	return moved, nil
}

// GetConversation implements Store.
func (s *MemoryStore) GetConversation(ctx context.Context, practiceID, id string) (Conversation, error) {
	if err := ctx.Err(); err != nil {
		return Conversation{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if p := s.practice(practiceID, false); p != nil {
		if c, ok := p.convs[id]; ok {
			return c.Clone(), nil
		}
	}
	return Conversation{}, notFound("conversation", id)
}

// FindOpenConversation implements Store.
func (s *MemoryStore) FindOpenConversation(ctx context.Context, practiceID, subject string) (Conversation, error) {
	if err := ctx.Err(); err != nil {
		return Conversation{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if p := s.practice(practiceID, false); p != nil {
		if id, ok := p.openBySubj[subject]; ok {
			return p.convs[id].Clone(), nil
		}
	}
	return Conversation{}, fmt.Errorf("%w: open conversation for subject", ErrNotFound)
}

// UpdateConversation implements Store.
func (s *MemoryStore) UpdateConversation(ctx context.Context, practiceID, id string, fn func(*Conversation) error) (Conversation, error) {
	if err := ctx.Err(); err != nil {
		return Conversation{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.practice(practiceID, false)
	if p == nil || p.convs[id] == nil {
		return Conversation{}, notFound("conversation", id)
	}
	c := p.convs[id].Clone()
	if err := fn(&c); err != nil {
		return Conversation{}, err
	}
	if c.PracticeID != practiceID || c.ID != id {
		return Conversation{}, fmt.Errorf("inbox: update may not change a conversation's practice or id")
	}
	if err := p.checkOpenSubject(c); err != nil {
		return Conversation{}, err
	}
	p.putConv(c)
	return c, nil
}

// ListConversations implements Store.
func (s *MemoryStore) ListConversations(ctx context.Context, practiceID string, lp *ListConversationsParams) (ConversationPage, error) {
	if err := ctx.Err(); err != nil {
		return ConversationPage{}, err
	}
	if lp == nil {
		lp = &ListConversationsParams{}
	}
	var after *Conversation
	if lp.Cursor != "" {
		t, id, err := decodeCursor(lp.Cursor)
		if err != nil {
			return ConversationPage{}, err
		}
		after = &Conversation{UpdatedAt: t, ID: id}
	}
	s.mu.RLock()
	p := s.practice(practiceID, false)
	var all []Conversation
	if p != nil {
		for _, c := range p.convs {
			if (lp.Queue == "" || c.Queue == lp.Queue) &&
				(lp.Status == "" || c.Status == lp.Status) &&
				(lp.PatientID == "" || c.PatientID == lp.PatientID) &&
				(lp.Assignee == "" || c.Assignee == lp.Assignee) {
				all = append(all, c.Clone())
			}
		}
	}
	s.mu.RUnlock()
	slices.SortFunc(all, compareConversations)
	limit := PageLimit(lp.Limit)
	var page ConversationPage
	for _, c := range all {
		if after != nil && compareConversations(c, *after) <= 0 {
			continue
		}
		if len(page.Conversations) == limit {
			last := page.Conversations[limit-1]
			page.Next = encodeCursor(last.UpdatedAt, last.ID)
			break
		}
		page.Conversations = append(page.Conversations, c)
	}
	return page, nil
}

// compareConversations orders most recent activity first.
func compareConversations(a, b Conversation) int {
	if c := b.UpdatedAt.Compare(a.UpdatedAt); c != 0 {
		return c
	}
	return strings.Compare(b.ID, a.ID)
}

// encodeCursor and decodeCursor make opaque page cursors of a time and a
// tie-breaking key.
func encodeCursor(t time.Time, key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatInt(t.UnixNano(), 10) + "|" + key))
}

func decodeCursor(s string) (time.Time, string, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return time.Time{}, "", fmt.Errorf("%w: not base64", ErrInvalidCursor)
	}
	ts, key, ok := strings.Cut(string(b), "|")
	if !ok {
		return time.Time{}, "", fmt.Errorf("%w: malformed", ErrInvalidCursor)
	}
	n, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return time.Time{}, "", fmt.Errorf("%w: bad time", ErrInvalidCursor)
	}
	return time.Unix(0, n), key, nil
}

func cloneMessage(m Message) Message {
	m.Media = slices.Clone(m.Media)
	m.References = slices.Clone(m.References)
	m.StatusHistory = slices.Clone(m.StatusHistory)
	if m.Triage != nil {
		t := *m.Triage
		t.RunnersUp = slices.Clone(t.RunnersUp)
		t.RedFlags = slices.Clone(t.RedFlags)
		m.Triage = &t
	}
	return m
}

var _ Scanner = (*MemoryStore)(nil)

// Scan implements Scanner. It holds the store's read lock throughout, so
// writers wait until it returns.
func (s *MemoryStore) Scan(ctx context.Context, practiceID string, conv func(*Conversation) error, msg func(*Message) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	p := s.practice(practiceID, false)
	if p == nil {
		return ctx.Err()
	}
	n := 0
	for _, c := range p.convs {
		if n++; n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if conv != nil {
			if err := conv(c); err != nil {
				return err
			}
		}
		if msg == nil {
			continue
		}
		for _, id := range p.convMsgs[c.ID] {
			if err := msg(&p.msgs[id].Message); err != nil {
				return err
			}
		}
	}
	return nil
}
