package webchat

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"go.uber.org/zap"
)

// fingerprint is a short digest of a session id for logs: the id is the
// patient's web-chat address.
func fingerprint(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:6])
}

// parseEventID reads a Last-Event-ID or ?after= value; empty is 0.
func parseEventID(s string) (uint64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if len(s) > 20 {
		return 0, fmt.Errorf("%w: event id too long", errBadRequest)
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: event id is not a number", errBadRequest)
	}
	return n, nil
}

// events serves the session's Server-Sent Events stream: "message"
// events with ids, a "reset" event when the stream cannot resume where
// the client left off (reload the history), comment lines as keep-alive,
// and an "expired" event when the token runs out.
func (h *Handler) events(w http.ResponseWriter, r *http.Request) {
	sess, err := h.session(r)
	if err != nil {
		h.refuseToken(w, err)
		return
	}
	lastID := r.Header.Get("Last-Event-ID")
	if lastID == "" {
		lastID = r.URL.Query().Get("last_event_id")
	}
	after, err := parseEventID(lastID)
	if err != nil {
		writeError(w, http.StatusBadRequest, "bad_request")
		return
	}
	ctx := r.Context()
	if err := h.cfg.Hub.Open(ctx, sess.PracticeID, sess.ID, sess.ExpiresAt); err != nil {
		writeError(w, http.StatusServiceUnavailable, "unavailable")
		return
	}
	rc := http.NewResponseController(w)
	// A stream outlives the server's WriteTimeout by design; lift it for
	// this response (servers that cannot say so keep theirs).
	_ = rc.SetWriteDeadline(time.Time{})
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Accel-Buffering", "no") // nginx: do not buffer
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "retry: 3000\n\n")
	if rc.Flush() != nil {
		return
	}
	expiry := h.clock.NewTimer(sess.ExpiresAt.Sub(h.clock.Now()))
	defer expiry.Stop()
	log := h.log.With(zap.String("practice_id", sess.PracticeID), zap.String("session", fingerprint(sess.ID)))
	log.Info("stream opened", zap.Uint64("after", after))
	for {
		evs, gap, err := h.cfg.Hub.Since(ctx, sess.PracticeID, sess.ID, after)
		if err != nil {
			log.Warn("stream read failed", zap.Error(err))
			return
		}
		if gap {
			fmt.Fprint(w, "event: reset\ndata: {}\n\n")
			after = 0 // resume from what the hub has
		}
		for _, ev := range evs {
			b, _ := json.Marshal(ev)
			fmt.Fprintf(w, "id: %d\nevent: message\ndata: %s\n\n", ev.ID, b)
			after = ev.ID
		}
		if rc.Flush() != nil {
			return
		}
		h.reportDelivered(ctx, sess, evs)
		switch err := h.wait(ctx, sess, after, h.cfg.KeepAlive, expiry.C()); {
		case errors.Is(err, errKeepAlive):
			fmt.Fprint(w, ": keep-alive\n\n")
		case errors.Is(err, ErrExpiredToken):
			fmt.Fprint(w, "event: expired\ndata: {}\n\n")
			rc.Flush()
			return
		case err != nil:
			log.Info("stream closed")
			return
		}
	}
}

var errKeepAlive = errors.New("webchat: keep-alive due")

// wait waits for an event after id, for interval (errKeepAlive), for
// expired to fire (ErrExpiredToken) or for the end of ctx, whichever
// comes first.
func (h *Handler) wait(ctx context.Context, sess chatSession, after uint64, interval time.Duration, expired <-chan time.Time) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- h.cfg.Hub.Wait(ctx, sess.PracticeID, sess.ID, after) }()
	tick := h.clock.NewTimer(interval)
	defer tick.Stop()
	select {
	case err := <-done:
		return err
	case <-tick.C():
		return errKeepAlive
	case <-expired:
		return ErrExpiredToken
	}
}

// historyResponse answers GET /history.
type historyResponse struct {
	Events []Event `json:"events"`
	// Reset says the client's after id could not be resumed from: replace
	// what it shows with Events.
	Reset bool `json:"reset"`
}

// history returns the retained events after ?after=N; with ?wait=1 and
// nothing new it long-polls up to Config.LongPoll.
func (h *Handler) history(w http.ResponseWriter, r *http.Request) {
	sess, err := h.session(r)
	if err != nil {
		h.refuseToken(w, err)
		return
	}
	q := r.URL.Query()
	after, err := parseEventID(q.Get("after"))
	if err != nil {
		writeError(w, http.StatusBadRequest, "bad_request")
		return
	}
	ctx := r.Context()
	evs, gap, err := h.cfg.Hub.Since(ctx, sess.PracticeID, sess.ID, after)
	if err == nil && len(evs) == 0 && !gap && q.Get("wait") == "1" {
		if err = h.cfg.Hub.Open(ctx, sess.PracticeID, sess.ID, sess.ExpiresAt); err == nil {
			switch werr := h.wait(ctx, sess, after, h.cfg.LongPoll, nil); {
			case werr == nil || errors.Is(werr, errKeepAlive):
				evs, gap, err = h.cfg.Hub.Since(ctx, sess.PracticeID, sess.ID, after)
			default:
				err = werr
			}
		}
	}
	if err != nil {
		if ctx.Err() == nil {
			h.log.Warn("history read failed", zap.String("practice_id", sess.PracticeID), zap.Error(err))
			writeError(w, http.StatusServiceUnavailable, "unavailable")
		}
		return
	}
	if evs == nil {
		evs = []Event{}
	}
	writeJSON(w, http.StatusOK, historyResponse{Events: evs, Reset: gap})
	h.reportDelivered(ctx, sess, evs)
}
