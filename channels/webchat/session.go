package webchat

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
)

// sessionResponse answers POST /session.
type sessionResponse struct {
	SessionID string    `json:"session_id"`
	Token     string    `json:"token"`
	ExpiresAt time.Time `json:"expires_at"`
}

func (h *Handler) createSession(w http.ResponseWriter, r *http.Request) {
	now := h.clock.Now()
	sess, err := h.session(r)
	switch {
	case err == nil:
		// Renewal keeps the session, and so the patient's thread.
	case r.Header.Get("Authorization") != "" && !errors.Is(err, ErrExpiredToken):
		writeError(w, http.StatusUnauthorized, "invalid_token")
		return
	default:
		practice := h.practiceFor(r)
		if practice == "" {
			writeError(w, http.StatusForbidden, "origin_not_allowed")
			return
		}
		sess = chatSession{ID: newSessionID(), PracticeID: practice}
	}
	sess.ExpiresAt = now.Add(h.cfg.SessionTTL).Truncate(time.Second)
	if err := h.cfg.Hub.Open(r.Context(), sess.PracticeID, sess.ID, sess.ExpiresAt); err != nil {
		h.log.Warn("session not opened", zap.String("practice_id", sess.PracticeID), zap.Error(err))
		writeError(w, http.StatusServiceUnavailable, "unavailable")
		return
	}
	h.log.Info("session issued", zap.String("practice_id", sess.PracticeID), zap.String("session", fingerprint(sess.ID)))
	writeJSON(w, http.StatusOK, sessionResponse{SessionID: sess.ID, Token: h.sign.Sign(sess), ExpiresAt: sess.ExpiresAt})
}

// newSessionID returns 128 random bits, base64url: valid as a channels
// web-chat address and meaningless to anyone reading a log.
func newSessionID() string {
	var b [16]byte
	rand.Read(b[:])
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// postRequest is the body of POST /messages.
type postRequest struct {
	// Text is what the patient typed.
	Text string `json:"text"`
	// Payload is the id of a reply button the patient chose.
	Payload string `json:"payload,omitempty"`
	// ClientID is the widget's id for this message; a retried POST with
	// the same id is stored once.
	ClientID string `json:"client_id,omitempty"`
}

// errBadRequest marks a request body decodeMessage refused.
var errBadRequest = errors.New("webchat: bad request")

// decodeMessage reads and checks a POST /messages body.
func decodeMessage(r io.Reader, maxText int) (postRequest, error) {
	var req postRequest
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return postRequest{}, tooBig
		}
		return postRequest{}, fmt.Errorf("%w: body is not a message object", errBadRequest)
	}
	if dec.More() {
		return postRequest{}, fmt.Errorf("%w: trailing data", errBadRequest)
	}
	req.Text = strings.TrimSpace(req.Text)
	switch {
	case req.Text == "" && req.Payload == "":
		return postRequest{}, fmt.Errorf("%w: %w", errBadRequest, channels.ErrEmptyText)
	case len(req.Text) > maxText:
		return postRequest{}, fmt.Errorf("%w: %d bytes, limit %d", channels.ErrTextTooLong, len(req.Text), maxText)
	case !utf8.ValidString(req.Text):
		return postRequest{}, fmt.Errorf("%w: text is not UTF-8", errBadRequest)
	case len(req.Payload) > 256 || !token68(req.Payload):
		return postRequest{}, fmt.Errorf("%w: bad payload", errBadRequest)
	case len(req.ClientID) > 64 || !token68(req.ClientID):
		return postRequest{}, fmt.Errorf("%w: bad client id", errBadRequest)
	}
	return req, nil
}

// token68 reports whether s holds only letters, digits and "-._~:".
func token68(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~:", c) >= 0) {
			return false
		}
	}
	return true
}

// postResponse answers POST /messages.
type postResponse struct {
	EventID uint64 `json:"event_id"`
}

func (h *Handler) postMessage(w http.ResponseWriter, r *http.Request) {
	sess, err := h.session(r)
	if err != nil {
		h.refuseToken(w, err)
		return
	}
	if ok, wait := h.allow(sess); !ok {
		w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
		h.log.Info("rate limited", zap.String("practice_id", sess.PracticeID), zap.String("session", fingerprint(sess.ID)))
		writeError(w, http.StatusTooManyRequests, "rate_limited")
		return
	}
	if mt := r.Header.Get("Content-Type"); mt != "" && !strings.HasPrefix(mt, "application/json") {
		writeError(w, http.StatusUnsupportedMediaType, "unsupported_media_type")
		return
	}
	req, err := decodeMessage(http.MaxBytesReader(w, r.Body, h.cfg.MaxBodyBytes), h.cfg.MaxTextBytes)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig) || errors.Is(err, channels.ErrTextTooLong):
		writeError(w, http.StatusRequestEntityTooLarge, "too_large")
		return
	case err != nil:
		writeError(w, http.StatusBadRequest, "bad_request")
		return
	}
	now := h.clock.Now()
	clientID := req.ClientID
	if clientID == "" {
		clientID = "srv-" + newSessionID()
	}
	in := channels.Inbound{
		PracticeID: sess.PracticeID,
		Channel:    channels.WebChat,
		From:       channels.Address{Kind: channels.AddrWebChat, Value: sess.ID},
		ProviderID: sess.ID + ":" + clientID,
		Type:       channels.TypeText,
		RawType:    "text",
		Text:       req.Text,
		SentAt:     now,
	}
	if req.Payload != "" {
		in.Type, in.RawType, in.Payload = channels.TypeButton, "button", req.Payload
	}
	// The inbox first (it dedupes by provider id), then the stream, so a
	// failure here is retried by the widget without losing the message.
	if err := h.in.HandleInbound(r.Context(), in); err != nil {
		h.log.Warn("inbound chat message not accepted", zap.String("practice_id", sess.PracticeID), zap.String("session", fingerprint(sess.ID)), zap.Error(err))
		writeError(w, http.StatusServiceUnavailable, "unavailable")
		return
	}
	ev, dup, err := h.cfg.Hub.Append(r.Context(), sess.PracticeID, sess.ID,
		Message{From: FromPatient, Text: req.Text, ClientID: clientID, At: now}, sess.ExpiresAt)
	if err != nil {
		h.log.Warn("chat message not streamed", zap.String("practice_id", sess.PracticeID), zap.String("session", fingerprint(sess.ID)), zap.Error(err))
		writeError(w, http.StatusServiceUnavailable, "unavailable")
		return
	}
	h.log.Info("chat message received", zap.String("practice_id", sess.PracticeID), zap.String("session", fingerprint(sess.ID)),
		zap.Uint64("event", ev.ID), zap.Bool("duplicate", dup))
	writeJSON(w, http.StatusOK, postResponse{EventID: ev.ID})
}

func (h *Handler) refuseToken(w http.ResponseWriter, err error) {
	code := "invalid_token"
	if errors.Is(err, ErrExpiredToken) {
		code = "expired_token"
	}
	h.log.Info("token refused", zap.String("reason", code))
	writeError(w, http.StatusUnauthorized, code)
}
