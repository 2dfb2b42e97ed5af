package inbox

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/frontdeskhq/frontdesk/channels"
)

// The MemoryStore's messages.

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

// cloneMessage returns m with its slices and triage copied.
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
