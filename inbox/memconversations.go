package inbox

import (
	"context"
	"encoding/base64"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The MemoryStore's conversations, their lists and cursors, and Scan.

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
