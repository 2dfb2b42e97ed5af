package webchat

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"go.uber.org/zap"
	"golang.org/x/time/rate"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock"
)

// Config configures a Handler. Secret and a practice (PracticeID, or
// Origins naming one per origin) are required; every other field has the
// default its comment names.
type Config struct {
	// Secret signs session tokens (HMAC-SHA256); at least 32 bytes.
	// Rotating it ends every session.
	Secret []byte
	// PracticeID is the practice sessions belong to when Origins does not
	// name one (single-tenant deployments, or requests without Origin).
	PracticeID string
	// Origins are the browser origins ("https://clinic.example") allowed
	// to use the widget, each mapped to its practice id ("" meaning
	// PracticeID). Empty allows only same-origin pages. Requests without
	// an Origin header (not from a browser page) are allowed: the token,
	// not the origin, is what authenticates.
	Origins map[string]string
	// SessionTTL is how long a token is valid; POST /session with a valid
	// token renews it. Default 24h.
	SessionTTL time.Duration
	// MaxBodyBytes bounds a POST body. Default 16 KiB.
	MaxBodyBytes int64
	// MaxTextBytes bounds a patient message. Default the web-chat
	// channel's MaxTextLen (8 KiB).
	MaxTextBytes int
	// MessagesPerMinute and Burst rate-limit each session's posts.
	// Defaults 20 and 5.
	MessagesPerMinute float64
	Burst             int
	// KeepAlive is the interval of SSE comment lines that keep proxies
	// from closing an idle stream. Default 25s.
	KeepAlive time.Duration
	// LongPoll is how long GET /history?wait=1 waits for news. Default 25s.
	LongPoll time.Duration
	// Status, when set, receives a delivered status for each staff message
	// the first time this process writes it to the widget (SSE or
	// history), with the ProviderID Channel.Send returned.
	Status channels.StatusHandler
	// Hub carries messages between the handler and the Channel. Default
	// a MemoryHub (one process; see Hub for scale-out).
	Hub Hub
	// Clock drives expiry, rate limits and timers. Default system clock.
	Clock clock.Clock
	// Logger gets one line per event, with ids only. Default no-op.
	Logger *zap.Logger
}

// Handler is the server side of the web-chat widget, an http.Handler
// serving, relative to where it is mounted:
//
//	POST /session   create a session, or renew the one whose token is sent
//	POST /messages  the patient sends a message (Bearer token)
//	GET  /events    Server-Sent Events stream of the session (token in the
//	                Authorization header or ?token=, since EventSource
//	                cannot set headers); resumes after Last-Event-ID
//	GET  /history   the session's retained events as JSON; ?after=N,
//	                &wait=1 long-polls for clients without SSE
//	GET  /widget.js the embeddable widget
//
// Mount it with http.StripPrefix:
//
//	mux.Handle("/webchat/", http.StripPrefix("/webchat", h))
type Handler struct {
	in    channels.InboundHandler
	cfg   Config
	sign  signer
	log   *zap.Logger
	mux   *http.ServeMux
	clock clock.Clock

	mu     sync.Mutex
	limits map[hubKey]*rate.Limiter

	reported *idSet // staff events already reported delivered
}

var _ http.Handler = (*Handler)(nil)

// New returns a Handler that passes patient messages to in.
func New(in channels.InboundHandler, cfg Config) (*Handler, error) {
	switch {
	case in == nil:
		return nil, fmt.Errorf("%w: nil inbound handler", ErrConfig)
	case len(cfg.Secret) < 32:
		return nil, fmt.Errorf("%w: secret must have at least 32 bytes", ErrConfig)
	}
	for origin, practice := range cfg.Origins {
		if u, err := url.Parse(origin); err != nil || u.Scheme == "" || u.Host == "" || u.Path != "" {
			return nil, fmt.Errorf("%w: origin must be scheme://host[:port]", ErrConfig)
		}
		if practice == "" && cfg.PracticeID == "" {
			return nil, fmt.Errorf("%w: origin without practice and no PracticeID", ErrConfig)
		}
	}
	if cfg.PracticeID == "" && len(cfg.Origins) == 0 {
		return nil, fmt.Errorf("%w: set PracticeID or Origins", ErrConfig)
	}
	if cfg.SessionTTL <= 0 {
		cfg.SessionTTL = 24 * time.Hour
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = 16 << 10
	}
	if cfg.MaxTextBytes <= 0 {
		cfg.MaxTextBytes = channels.DefaultCapabilities(channels.WebChat).MaxTextLen
	}
	if cfg.MessagesPerMinute <= 0 {
		cfg.MessagesPerMinute = 20
	}
	if cfg.Burst <= 0 {
		cfg.Burst = 5
	}
	if cfg.KeepAlive <= 0 {
		cfg.KeepAlive = 25 * time.Second
	}
	if cfg.LongPoll <= 0 {
		cfg.LongPoll = 25 * time.Second
	}
	cfg.Clock = clock.OrSystem(cfg.Clock)
	if cfg.Hub == nil {
		cfg.Hub = NewMemoryHub(MemoryHubConfig{Clock: cfg.Clock})
	}
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	h := &Handler{
		in: in, cfg: cfg, sign: signer{secret: cfg.Secret}, clock: cfg.Clock,
		log: cfg.Logger.Named("webchat"), limits: map[hubKey]*rate.Limiter{},
		reported: newIDSet(10000),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /session", h.createSession)
	mux.HandleFunc("POST /messages", h.postMessage)
	mux.HandleFunc("GET /events", h.events)
	mux.HandleFunc("GET /history", h.history)
	mux.HandleFunc("GET /widget.js", serveWidget)
	h.mux = mux
	return h, nil
}

// Channel returns the channels.Channel that delivers staff replies to
// this handler's sessions.
func (h *Handler) Channel() *Channel { return newChannel(h.cfg.Hub, h.cfg.Clock, h.cfg.SessionTTL) }

// ServeHTTP checks the request's origin (answering CORS preflights) and
// routes it; see Handler for the routes.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if origin != "" {
		if !h.originAllowed(r, origin) {
			h.log.Warn("origin refused")
			writeError(w, http.StatusForbidden, "origin_not_allowed")
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Add("Vary", "Origin")
	}
	if r.Method == http.MethodOptions {
		w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
		w.Header().Set("Access-Control-Allow-Headers", "Authorization, Content-Type, Last-Event-ID")
		w.Header().Set("Access-Control-Max-Age", "600")
		w.WriteHeader(http.StatusNoContent)
		return
	}
	h.mux.ServeHTTP(w, r)
}

func (h *Handler) originAllowed(r *http.Request, origin string) bool {
	if len(h.cfg.Origins) == 0 {
		u, err := url.Parse(origin)
		return err == nil && u.Host == r.Host
	}
	_, ok := h.cfg.Origins[origin]
	return ok
}

// practiceFor returns the practice a new session from r belongs to.
func (h *Handler) practiceFor(r *http.Request) string {
	if p := h.cfg.Origins[r.Header.Get("Origin")]; p != "" {
		return p
	}
	return h.cfg.PracticeID
}

// session authenticates r by its token: the Authorization header, or the
// token query parameter for EventSource.
func (h *Handler) session(r *http.Request) (chatSession, error) {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		tok = r.URL.Query().Get("token")
	}
	if tok == "" {
		return chatSession{}, fmt.Errorf("%w: missing", ErrInvalidToken)
	}
	sess, err := h.sign.Verify(strings.TrimSpace(tok), h.clock.Now())
	if err != nil {
		return chatSession{}, err
	}
	// A token of one practice is no good on another practice's site.
	if o := r.Header.Get("Origin"); o != "" {
		if p, ok := h.cfg.Origins[o]; ok && p != "" && p != sess.PracticeID {
			return chatSession{}, fmt.Errorf("%w: practice mismatch", ErrInvalidToken)
		}
	}
	return sess, nil
}

// allow takes a rate-limit slot of the session's limiter.
func (h *Handler) allow(sess chatSession) (bool, time.Duration) {
	now := h.clock.Now()
	h.mu.Lock()
	defer h.mu.Unlock()
	k := hubKey{sess.PracticeID, sess.ID}
	l, ok := h.limits[k]
	if !ok {
		if len(h.limits) >= 10000 {
			// Drop limiters that have refilled: they hold no state worth
			// keeping.
			for key, old := range h.limits {
				if old.TokensAt(now) >= float64(h.cfg.Burst) {
					delete(h.limits, key)
				}
			}
		}
		l = rate.NewLimiter(rate.Limit(h.cfg.MessagesPerMinute/60), h.cfg.Burst)
		h.limits[k] = l
	}
	r := l.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

type errorBody struct {
	Error string `json:"error"`
}

// writeError answers with a JSON error code; codes are fixed strings,
// never input.
func writeError(w http.ResponseWriter, status int, code string) {
	writeJSON(w, status, errorBody{Error: code})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
