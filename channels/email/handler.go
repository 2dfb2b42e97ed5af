package email

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock"
)

// ErrUnknownRecipient: an inbound message is addressed to no practice.
var ErrUnknownRecipient = errors.New("email: no practice for recipient")

// PracticeResolver maps the address a patient wrote to onto the practice
// that owns it, or returns an error wrapping ErrUnknownRecipient.
type PracticeResolver interface {
	PracticeFor(ctx context.Context, to channels.Address) (practiceID string, err error)
}

// MediaSaver stores the bytes of an inbound attachment and returns the
// reference with StoreKey set. A vendor adapts its media store to it.
type MediaSaver interface {
	SaveMedia(ctx context.Context, practiceID string, ref channels.MediaRef, data []byte) (channels.MediaRef, error)
}

// HandlerConfig configures a Handler. Token and one of PracticeID or
// Practices are required; the rest have defaults.
type HandlerConfig struct {
	// Token is the shared secret the mail provider sends, as
	// "Authorization: Bearer <token>" or as the password of HTTP basic
	// auth (the form providers put in a webhook URL). Required.
	Token string
	// PracticeID is the practice of a single-tenant deployment, used when
	// Practices is nil.
	PracticeID string
	// Practices resolves the practice from the recipient addresses (To,
	// Cc, Delivered-To), tried in order.
	Practices PracticeResolver
	// Status receives the failed and delivered statuses read from
	// bounces. Nil drops them.
	Status channels.StatusHandler
	// Media stores attachment bytes. Nil keeps only the references
	// (type, name, size), and the bytes are not kept.
	Media MediaSaver
	// MaxBytes bounds the request body. Default 25 MiB.
	MaxBytes int64
	// Parse bounds the MIME walk; nil means defaults.
	Parse *ParseOptions
	// Clock stamps bounce statuses and messages without a Date header.
	// Default the system clock.
	Clock clock.Clock
	// Logger gets one line per request, with ids only. Default no-op.
	Logger *zap.Logger
}

// Handler is the inbound e-mail webhook: an http.Handler that takes a raw
// RFC 5322 message as the POST body (Content-Type message/rfc822,
// text/plain, application/octet-stream or none), or as the "email" field
// of SendGrid's Inbound Parse in raw mode, or the "body-mime" field of a
// Mailgun route forwarding to a URL ending in "mime" (multipart or
// urlencoded form posts).
//
// It answers 200 when the message was handed to the inbox (or was an
// auto-reply or bounce, which are not patient messages), 401 without the
// token, 405 for other methods, 413 over the size limit, 415 for other
// content types, 400 for mail without a usable sender, 404 when no
// practice owns the recipient, and 500 when the inbox or media store
// failed, so that the provider delivers again; the inbox dedupes by
// Message-ID.
type Handler struct {
	in  channels.InboundHandler
	cfg HandlerConfig
	log *zap.Logger
}

var _ http.Handler = (*Handler)(nil)

// NewHandler returns the webhook handler delivering to in.
func NewHandler(in channels.InboundHandler, cfg HandlerConfig) (*Handler, error) {
	switch {
	case in == nil:
		return nil, fmt.Errorf("%w: nil inbound handler", ErrConfig)
	case cfg.Token == "":
		return nil, fmt.Errorf("%w: missing webhook token", ErrConfig)
	case cfg.PracticeID == "" && cfg.Practices == nil:
		return nil, fmt.Errorf("%w: set PracticeID or Practices", ErrConfig)
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = 25 << 20
	}
	po := cfg.Parse.withDefaults()
	po.MaxBytes = int(cfg.MaxBytes)
	cfg.Parse = &po
	cfg.Clock = clock.OrSystem(cfg.Clock)
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	return &Handler{in: in, cfg: cfg, log: cfg.Logger.Named("email")}, nil
}

// ServeHTTP handles one webhook delivery; see Handler for the answers.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if !h.authorized(r) {
		h.log.Warn("webhook unauthorized")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	raw, status, err := h.readRaw(w, r)
	if err != nil {
		h.log.Warn("webhook request refused", zap.Int("status", status), zap.Error(err))
		http.Error(w, http.StatusText(status), status)
		return
	}
	status, outcome, err := h.handle(r.Context(), raw)
	if err != nil {
		h.log.Warn("inbound e-mail not accepted", zap.Int("status", status), zap.Error(err))
		http.Error(w, http.StatusText(status), status)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	io.WriteString(w, outcome+"\n")
}

// Form fields that carry the raw message in providers' form posts.
var rawFields = []string{
	"email",     // SendGrid Inbound Parse, "POST the raw, full MIME message"
	"body-mime", // Mailgun routes forwarding to a URL ending in "mime"
}

// errNoRawField: a form post without a raw-message field.
var errNoRawField = errors.New("email: form post has no raw message field")

// readRaw returns the raw message of the request: the body itself, or the
// raw-message field of a provider's form post.
func (h *Handler) readRaw(w http.ResponseWriter, r *http.Request) ([]byte, int, error) {
	body := http.MaxBytesReader(w, r.Body, h.cfg.MaxBytes)
	var tooBig *http.MaxBytesError
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mt {
	case "", "message/rfc822", "text/plain", "application/octet-stream":
		raw, err := io.ReadAll(body)
		switch {
		case errors.As(err, &tooBig):
			return nil, http.StatusRequestEntityTooLarge, &ParseError{Reason: "body over size limit", Err: ErrTooLarge}
		case err != nil:
			return nil, http.StatusBadRequest, fmt.Errorf("email: read body: %w", err)
		}
		return raw, http.StatusOK, nil
	case "multipart/form-data", "application/x-www-form-urlencoded":
		r.Body = body
		err := r.ParseMultipartForm(h.cfg.MaxBytes)
		if errors.Is(err, http.ErrNotMultipart) {
			err = r.ParseForm()
		}
		switch {
		case errors.As(err, &tooBig):
			return nil, http.StatusRequestEntityTooLarge, &ParseError{Reason: "body over size limit", Err: ErrTooLarge}
		case err != nil:
			return nil, http.StatusBadRequest, fmt.Errorf("email: read form: %w", malformed("unreadable form"))
		}
		if r.MultipartForm != nil {
			defer r.MultipartForm.RemoveAll()
		}
		for _, f := range rawFields {
			if v := r.PostFormValue(f); v != "" {
				return []byte(v), http.StatusOK, nil
			}
		}
		return nil, http.StatusBadRequest, errNoRawField
	}
	return nil, http.StatusUnsupportedMediaType, errors.New("email: content type not accepted")
}

// handle parses and delivers one message; it returns the HTTP status, a
// one-word outcome, and an error whose text carries no PHI.
func (h *Handler) handle(ctx context.Context, raw []byte) (int, string, error) {
	m, err := Parse(raw, h.cfg.Parse)
	switch {
	case errors.Is(err, ErrTooLarge):
		return http.StatusRequestEntityTooLarge, "", err
	case err != nil:
		return http.StatusBadRequest, "", err
	}
	practice, to, err := h.practice(ctx, m)
	if err != nil {
		if errors.Is(err, ErrUnknownRecipient) {
			return http.StatusNotFound, "", err
		}
		return http.StatusInternalServerError, "", err
	}
	fields := []zap.Field{zap.String("practice_id", practice), zap.String("message", Fingerprint(m.MessageID))}
	switch m.Automated {
	case Bounce:
		n := 0
		if h.cfg.Status != nil {
			for _, st := range m.Statuses(practice, h.cfg.Clock.Now()) {
				if err := h.cfg.Status.HandleStatus(ctx, st); err != nil {
					return http.StatusInternalServerError, "", fmt.Errorf("email: bounce status: %w", err)
				}
				n++
			}
		}
		h.log.Info("bounce received", append(fields, zap.Int("statuses", n))...)
		return http.StatusOK, "bounce", nil
	case AutoReply:
		h.log.Info("auto-reply ignored", fields...)
		return http.StatusOK, "ignored", nil
	}
	in := m.Inbound(practice)
	if !to.IsZero() {
		in.To = to
	}
	if in.SentAt.IsZero() {
		in.SentAt = h.cfg.Clock.Now() // no usable Date header
	}
	if h.cfg.Media != nil {
		for i := range in.Media {
			ref, err := h.cfg.Media.SaveMedia(ctx, practice, in.Media[i], m.Attachments[i].Data)
			if err != nil {
				return http.StatusInternalServerError, "", fmt.Errorf("email: save attachment %d: %w", i+1, err)
			}
			in.Media[i] = ref
		}
	}
	if err := h.in.HandleInbound(ctx, in); err != nil {
		return http.StatusInternalServerError, "", fmt.Errorf("email: inbound message %s: %w", Fingerprint(m.MessageID), err)
	}
	h.log.Info("inbound e-mail accepted", append(fields,
		zap.Int("attachments", len(in.Media)), zap.Bool("damaged", m.Damaged), zap.Bool("html", m.FromHTML))...)
	return http.StatusOK, "ok", nil
}

// practice resolves the practice and the practice address the message
// was sent to.
func (h *Handler) practice(ctx context.Context, m *Message) (string, channels.Address, error) {
	if h.cfg.Practices == nil {
		return h.cfg.PracticeID, channels.Address{}, nil
	}
	for _, to := range m.To {
		id, err := h.cfg.Practices.PracticeFor(ctx, to)
		if err == nil && id != "" {
			return id, to, nil
		}
		if err != nil && !errors.Is(err, ErrUnknownRecipient) {
			return "", channels.Address{}, fmt.Errorf("email: resolve practice: %w", err)
		}
	}
	return "", channels.Address{}, ErrUnknownRecipient
}

func (h *Handler) authorized(r *http.Request) bool {
	var got string
	if _, pass, ok := r.BasicAuth(); ok {
		got = pass
	} else if v, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		got = strings.TrimSpace(v)
	}
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(h.cfg.Token)) == 1
}

// Fingerprint returns a short, stable digest of an id (a Message-ID may
// embed an address) for logs and errors.
func Fingerprint(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:6])
}
