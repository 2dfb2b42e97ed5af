package webchat

import (
	"context"
	"strconv"
	"sync"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
)

// idSet is a bounded set of ids that forgets the oldest first.
type idSet struct {
	mu    sync.Mutex
	max   int
	ids   map[string]bool
	order []string
}

func newIDSet(max int) *idSet { return &idSet{max: max, ids: map[string]bool{}} }

// add reports whether id was new.
func (s *idSet) add(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ids[id] {
		return false
	}
	s.ids[id] = true
	s.order = append(s.order, id)
	if len(s.order) > s.max {
		delete(s.ids, s.order[0])
		s.order = s.order[1:]
	}
	return true
}

// providerID is the id Channel.Send returns for a session's event.
func providerID(sessionID string, eventID uint64) string {
	return sessionID + ":" + strconv.FormatUint(eventID, 10)
}

// reportDelivered tells Config.Status that staff events reached the
// widget. A failing status handler is logged, not fatal: the message did
// arrive.
func (h *Handler) reportDelivered(ctx context.Context, sess chatSession, evs []Event) {
	if h.cfg.Status == nil {
		return
	}
	now := h.clock.Now()
	for _, ev := range evs {
		if ev.Message.From != FromStaff {
			continue
		}
		id := providerID(sess.ID, ev.ID)
		if !h.reported.add(sess.PracticeID + "\x00" + id) {
			continue
		}
		err := h.cfg.Status.HandleStatus(ctx, channels.Status{
			PracticeID: sess.PracticeID, Channel: channels.WebChat, ProviderID: id,
			State: channels.StateDelivered, At: now,
		})
		if err != nil {
			h.log.Warn("delivered status not recorded", zap.String("practice_id", sess.PracticeID), zap.Uint64("event", ev.ID), zap.Error(err))
		}
	}
}
