package webchat

import (
	"context"
	"sync"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock"
)

// Author says who wrote a chat message.
type Author string

// The senders.
const (
	FromPatient Author = "patient"
	FromStaff   Author = "staff"
)

// Message is one chat message as the widget sees it.
type Message struct {
	From Author `json:"from"`
	Text string `json:"text"`
	// Buttons are reply choices offered with a staff message.
	Buttons []channels.Button `json:"buttons,omitempty"`
	// ClientID is the widget's id for a patient message, used to drop a
	// re-posted duplicate.
	ClientID string    `json:"client_id,omitempty"`
	At       time.Time `json:"at"`
}

// Event is a message in a session's stream. IDs increase by one within
// a session, starting at 1; they are the SSE event ids a reconnecting
// widget sends back as Last-Event-ID.
type Event struct {
	ID      uint64  `json:"id"`
	Message Message `json:"message"`
}

// Hub carries chat messages between the HTTP handler and Channel.Send:
// an append-only, bounded stream per (practice, session).
//
// MemoryHub serves one process. To run several replicas behind a load
// balancer, implement Hub on shared storage with notifications (Redis
// streams with XREAD BLOCK, Postgres LISTEN/NOTIFY over a table keyed by
// practice, session and id): Append must assign ids in order per session,
// and Wait must return once an event after the given id exists on any
// replica. Sticky sessions alone are not enough, because staff replies
// are sent from whichever replica runs the inbox.
type Hub interface {
	// Open registers a session, or extends a known one, until expires; a
	// hub may drop a session's events after that.
	Open(ctx context.Context, practiceID, sessionID string, expires time.Time) error
	// Append adds m to the session's stream and returns its event. A
	// patient message whose ClientID is already in the retained stream
	// is not added again; its existing event is returned with dup true.
	Append(ctx context.Context, practiceID, sessionID string, m Message, expires time.Time) (ev Event, dup bool, err error)
	// Since returns the retained events after id, oldest first, and
	// whether events after id were dropped for space or id is not one
	// this hub issued (the widget should then reload everything it is
	// given). A session the hub does not know has no events.
	Since(ctx context.Context, practiceID, sessionID string, after uint64) (evs []Event, gap bool, err error)
	// Wait returns nil once an event after id exists (or id is unknown to
	// the hub, see Since), or ctx's error.
	Wait(ctx context.Context, practiceID, sessionID string, after uint64) error
}

// MemoryHubConfig configures a MemoryHub. The zero value keeps 200
// events per session and 10,000 sessions.
type MemoryHubConfig struct {
	// Buffer is how many events a session retains. Default 200.
	Buffer int
	// MaxSessions bounds the sessions held; expired ones are dropped
	// first. Default 10,000.
	MaxSessions int
	// Clock tells which sessions have expired. Default the system clock.
	Clock clock.Clock
}

// MemoryHub is the in-process Hub. It is safe for concurrent use.
type MemoryHub struct {
	cfg MemoryHubConfig

	mu       sync.Mutex
	sessions map[hubKey]*stream
}

var _ Hub = (*MemoryHub)(nil)

type hubKey struct{ practice, session string }

type stream struct {
	events  []Event // the retained tail, oldest first
	next    uint64
	expires time.Time
	notify  chan struct{} // closed and replaced on every append
}

// NewMemoryHub returns an empty hub.
func NewMemoryHub(cfg MemoryHubConfig) *MemoryHub {
	if cfg.Buffer <= 0 {
		cfg.Buffer = 200
	}
	if cfg.MaxSessions <= 0 {
		cfg.MaxSessions = 10000
	}
	cfg.Clock = clock.OrSystem(cfg.Clock)
	return &MemoryHub{cfg: cfg, sessions: map[hubKey]*stream{}}
}

// streamLocked returns the session's stream, creating it (and making room
// by dropping expired sessions) when create is set.
func (h *MemoryHub) streamLocked(k hubKey, create bool, expires time.Time) (*stream, error) {
	s, ok := h.sessions[k]
	if ok || !create {
		if ok && expires.After(s.expires) {
			s.expires = expires
		}
		return s, nil
	}
	if len(h.sessions) >= h.cfg.MaxSessions {
		now := h.cfg.Clock.Now()
		for key, old := range h.sessions {
			if !old.expires.After(now) {
				delete(h.sessions, key)
				close(old.notify)
			}
		}
		if len(h.sessions) >= h.cfg.MaxSessions {
			return nil, ErrHubFull
		}
	}
	s = &stream{next: 1, expires: expires, notify: make(chan struct{})}
	h.sessions[k] = s
	return s, nil
}

// Open implements Hub.
func (h *MemoryHub) Open(_ context.Context, practiceID, sessionID string, expires time.Time) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := h.streamLocked(hubKey{practiceID, sessionID}, true, expires)
	return err
}

// Append implements Hub.
func (h *MemoryHub) Append(_ context.Context, practiceID, sessionID string, m Message, expires time.Time) (Event, bool, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	s, err := h.streamLocked(hubKey{practiceID, sessionID}, true, expires)
	if err != nil {
		return Event{}, false, err
	}
	if m.ClientID != "" {
		for _, ev := range s.events {
			if ev.Message.From == m.From && ev.Message.ClientID == m.ClientID {
				return ev, true, nil
			}
		}
	}
	ev := Event{ID: s.next, Message: m}
	s.next++
	s.events = append(s.events, ev)
	if over := len(s.events) - h.cfg.Buffer; over > 0 {
		s.events = append(s.events[:0:0], s.events[over:]...)
	}
	close(s.notify)
	s.notify = make(chan struct{})
	return ev, false, nil
}

// Since implements Hub.
func (h *MemoryHub) Since(_ context.Context, practiceID, sessionID string, after uint64) ([]Event, bool, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	s, _ := h.streamLocked(hubKey{practiceID, sessionID}, false, time.Time{})
	if s == nil {
		return nil, false, nil
	}
	if after >= s.next {
		// An id this stream never issued: a hub restarted since.
		return append([]Event(nil), s.events...), true, nil
	}
	if len(s.events) == 0 {
		return nil, false, nil
	}
	gap := after+1 < s.events[0].ID
	var out []Event
	for _, ev := range s.events {
		if ev.ID > after {
			out = append(out, ev)
		}
	}
	return out, gap, nil
}

// Wait implements Hub.
func (h *MemoryHub) Wait(ctx context.Context, practiceID, sessionID string, after uint64) error {
	h.mu.Lock()
	s, _ := h.streamLocked(hubKey{practiceID, sessionID}, false, time.Time{})
	if s == nil {
		h.mu.Unlock()
		return ErrUnknownSession
	}
	if s.next-1 != after {
		h.mu.Unlock()
		return nil
	}
	ch := s.notify
	h.mu.Unlock()
	select {
	case <-ch:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
