package whatsapp

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"hash"
	"io"
	"mime"
	"net/http"
	"strings"
	"sync"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
)

// SignatureHeader is the header carrying a webhook body's signature.
const SignatureHeader = "X-Hub-Signature-256"

// Signature errors, returned by VerifySignature.
var (
	// ErrSignatureMissing: the request carries no usable signature header.
	ErrSignatureMissing = errors.New("whatsapp: webhook signature missing")
	// ErrSignatureInvalid: the signature does not match the body.
	ErrSignatureInvalid = errors.New("whatsapp: webhook signature invalid")
)

// Sign returns the X-Hub-Signature-256 value of body under appSecret:
// "sha256=" and the hex HMAC-SHA256.
func Sign(appSecret string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(appSecret))
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// VerifySignature checks header, the X-Hub-Signature-256 value, against
// the raw body in constant time. An empty appSecret verifies nothing.
func VerifySignature(appSecret string, body []byte, header string) error {
	if appSecret == "" {
		return ErrSignatureMissing
	}
	return verifyWith(hmac.New(sha256.New, []byte(appSecret)), body, header)
}

// verifyWith checks header against body with mac, a fresh or reset
// HMAC-SHA256 keyed with the app secret.
func verifyWith(mac hash.Hash, body []byte, header string) error {
	hexSig, ok := strings.CutPrefix(header, "sha256=")
	if !ok {
		return ErrSignatureMissing
	}
	var got [sha256.Size]byte
	if len(hexSig) != 2*sha256.Size || !decodeHex(got[:], hexSig) {
		return ErrSignatureInvalid
	}
	mac.Write(body)
	var sum [sha256.Size]byte
	if !hmac.Equal(got[:], mac.Sum(sum[:0])) {
		return ErrSignatureInvalid
	}
	return nil
}

// decodeHex decodes hex digits of either case from src into dst, which
// is half as long, and reports whether src was hex throughout. It reads
// the header string in place, where encoding/hex would need it copied to
// a []byte first: one allocation less on every webhook.
func decodeHex(dst []byte, src string) bool {
	for i := range dst {
		hi, ok1 := fromHex(src[2*i])
		lo, ok2 := fromHex(src[2*i+1])
		if !ok1 || !ok2 {
			return false
		}
		dst[i] = hi<<4 | lo
	}
	return true
}

func fromHex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// verifier checks webhook signatures under one app secret, reusing HMAC
// states keyed once instead of keying one per delivery.
type verifier struct {
	secret string
	macs   sync.Pool
}

func newVerifier(secret string) *verifier {
	v := &verifier{secret: secret}
	v.macs.New = func() any { return hmac.New(sha256.New, []byte(secret)) }
	return v
}

// verify is VerifySignature under the verifier's secret.
func (v *verifier) verify(body []byte, header string) error {
	if v.secret == "" {
		return ErrSignatureMissing
	}
	mac := v.macs.Get().(hash.Hash)
	defer v.macs.Put(mac)
	mac.Reset()
	return verifyWith(mac, body, header)
}

// maxChallengeBytes bounds the hub.challenge echoed on verification.
const maxChallengeBytes = 256

// Webhook returns the http.Handler to mount for the app's webhook URL,
// for both methods:
//
//   - GET answers Meta's verification request: with hub.mode "subscribe"
//     and the configured verify token it echoes hub.challenge, otherwise
//     403.
//   - POST checks X-Hub-Signature-256 over the raw body (401 when missing,
//     403 when wrong, 413 above MaxBodyBytes, 415 for a non-JSON body),
//     parses every message and status of the delivery and passes them to in
//     and st. It answers 200 only when every handler call succeeded, and
//     500 otherwise so that Meta delivers again; handlers dedupe on the
//     provider message id. A nil st acknowledges statuses without passing
//     them on. A handler error wrapping channels.ErrInvalidMessage,
//     ErrInvalidAddress, ErrUnknownChannel or ErrTextTooLong is logged and
//     acknowledged, since a redelivery would fail the same way.
//
// Messages whose sender is not a phone number, and deliveries for a
// business number not in Config.Numbers, are logged (by id) and
// acknowledged: redelivering them could never succeed.
func (c *Channel) Webhook(in channels.InboundHandler, st channels.StatusHandler) http.Handler {
	return &webhook{c: c, in: in, st: st}
}

type webhook struct {
	c  *Channel
	in channels.InboundHandler
	st channels.StatusHandler
}

func (h *webhook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		h.verify(w, r)
	case http.MethodPost:
		h.receive(w, r)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func (h *webhook) verify(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	token, challenge := q.Get("hub.verify_token"), q.Get("hub.challenge")
	want := h.c.cfg.VerifyToken
	if q.Get("hub.mode") != "subscribe" || want == "" || challenge == "" || len(challenge) > maxChallengeBytes ||
		subtle.ConstantTimeCompare([]byte(token), []byte(want)) != 1 {
		h.c.log.Warn("webhook verification refused")
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	io.WriteString(w, challenge)
}

func (h *webhook) receive(w http.ResponseWriter, r *http.Request) {
	log := h.c.log
	// The exact value Meta sends needs no parsing (which allocates).
	if ct := r.Header.Get("Content-Type"); ct != "" && ct != "application/json" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			http.Error(w, "unsupported media type", http.StatusUnsupportedMediaType)
			return
		}
	}
	buf := bodyBuffers.Get().(*bytes.Buffer)
	defer putBodyBuffer(buf)
	buf.Reset()
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, h.c.cfg.MaxBodyBytes))
	body := buf.Bytes()
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			log.Warn("webhook body too large", zap.Int64("limit", mbe.Limit))
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := h.c.verifier.verify(body, r.Header.Get(SignatureHeader)); err != nil {
		code := http.StatusForbidden
		if errors.Is(err, ErrSignatureMissing) {
			code = http.StatusUnauthorized
		}
		log.Warn("webhook signature refused", zap.Error(err))
		http.Error(w, http.StatusText(code), code)
		return
	}
	d, err := parse(body)
	if err != nil {
		log.Warn("webhook body refused", zap.Error(err))
		http.Error(w, "malformed body", http.StatusBadRequest)
		return
	}
	for _, code := range d.errorCodes {
		log.Warn("webhook reports an error", zap.Int("code", code))
	}
	for _, e := range d.events {
		err := h.dispatch(r, e)
		switch {
		case err == nil:
		case permanent(err):
			// Redelivery could never cure it: acknowledge, and say so.
			log.Error("webhook event refused by handler; not retried", zap.String("provider_id", e.providerID()), zap.Error(err))
		default:
			log.Error("webhook handler failed; asking for redelivery", zap.String("provider_id", e.providerID()), zap.Error(err))
			http.Error(w, "temporary failure", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// bodyBuffers recycles webhook bodies: nothing parsed from a body shares
// its memory (strings are copied out), so a buffer is free again once the
// request is answered.
var bodyBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBody bounds the buffers kept for reuse, so that one large
// delivery does not pin its memory.
const maxPooledBody = 64 << 10

func putBodyBuffer(b *bytes.Buffer) {
	if b.Cap() <= maxPooledBody {
		b.Reset()
		bodyBuffers.Put(b)
	}
}

// dispatch passes one event to its handler. It returns an error only for
// failures a redelivery may cure.
func (h *webhook) dispatch(r *http.Request, e event) error {
	ctx := r.Context()
	log := h.c.log
	id := e.providerID()
	if e.skip != "" {
		log.Warn("webhook event skipped", zap.String("provider_id", id), zap.String("reason", e.skip))
		return nil
	}
	practice, ok := h.c.byNumber[e.phoneNumberID]
	if !ok {
		log.Warn("webhook for an unknown business number", zap.String("phone_number_id", e.phoneNumberID), zap.String("provider_id", id))
		return nil
	}
	if e.st != nil {
		if h.st == nil {
			return nil
		}
		e.st.PracticeID = practice
		if err := e.st.Validate(); err != nil {
			log.Warn("webhook status skipped", zap.String("provider_id", id), zap.Error(err))
			return nil
		}
		return h.st.HandleStatus(ctx, *e.st)
	}
	if h.in == nil {
		return errors.New("whatsapp: no inbound handler")
	}
	e.in.PracticeID = practice
	if err := e.in.Validate(); err != nil {
		log.Warn("webhook message skipped", zap.String("provider_id", id), zap.Error(err))
		return nil
	}
	if err := h.in.HandleInbound(ctx, *e.in); err != nil {
		return err
	}
	at := e.in.SentAt
	if at.IsZero() {
		at = h.c.cfg.Clock.Now()
	}
	return h.c.cfg.Window.RecordInbound(ctx, practice, e.in.From, at)
}

// providerID returns the provider id of the event's message or status.
func (e event) providerID() string {
	if e.in != nil {
		return e.in.ProviderID
	}
	return e.st.ProviderID
}

// permanent reports whether a handler error says the event itself is
// unacceptable, so that a redelivery would fail the same way.
func permanent(err error) bool {
	return errors.Is(err, channels.ErrInvalidMessage) || errors.Is(err, channels.ErrInvalidAddress) ||
		errors.Is(err, channels.ErrUnknownChannel) || errors.Is(err, channels.ErrTextTooLong)
}
