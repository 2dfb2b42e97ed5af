package twilio

import (
	"context"
	"encoding/xml"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
)

// EmptyTwiML is the TwiML answer that tells Twilio to send nothing back.
const EmptyTwiML = `<?xml version="1.0" encoding="UTF-8"?><Response></Response>`

// SMSWebhook returns the http.Handler for the number's "a message comes
// in" webhook (mounted at POST /webhooks/twilio/sms in examples/clinic).
//
// It checks X-Twilio-Signature against the public URL (401 when missing,
// 403 when wrong, 413 above MaxBodyBytes, 415 for a non-form body), maps
// Body, From, To, MessageSid and the MMS media (NumMedia, MediaUrlN,
// MediaContentTypeN) to a channels.Inbound, records STOP / START keywords
// in Config.Consent when set, and passes the message to in. It answers
// with empty TwiML (or the HELP text) only after that succeeded, and with
// 500 otherwise, so that a retry can deliver it again; a handler error
// wrapping channels.ErrInvalidMessage, ErrInvalidAddress, ErrUnknownChannel
// or ErrTextTooLong is logged and acknowledged instead, since a retry
// would fail the same way. Messages from a sender that is not a phone number, or to
// a number not in Config.Numbers, are logged by sid and acknowledged.
func (c *Channel) SMSWebhook(in channels.InboundHandler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		form, ok := c.verified(w, r)
		if !ok {
			return
		}
		reply, err := c.receive(r.Context(), form, in)
		if err != nil && permanent(err) {
			c.log.Error("inbound message refused by handler; not retried", zap.String("provider_id", messageSID(form)), zap.Error(err))
			reply, err = "", nil
		}
		if err != nil {
			c.log.Error("inbound handler failed", zap.String("provider_id", messageSID(form)), zap.Error(err))
			http.Error(w, "temporary failure", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/xml; charset=utf-8")
		io.WriteString(w, twiml(reply))
	})
}

// StatusWebhook returns the http.Handler for status callbacks (mounted at
// POST /webhooks/twilio/status in examples/clinic): it checks the
// signature as SMSWebhook does, maps MessageStatus (queued, sending, sent,
// delivered, undelivered, failed, read) and ErrorCode to a
// channels.Status, and passes it to st, answering 204 on success and 500
// when st failed. A nil st acknowledges callbacks without passing them on.
func (c *Channel) StatusWebhook(st channels.StatusHandler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		form, ok := c.verified(w, r)
		if !ok {
			return
		}
		s, from, service, err := parseStatus(form, c.cfg.Clock.Now())
		if err != nil {
			c.log.Warn("status callback skipped", zap.String("provider_id", messageSID(form)), zap.Error(err))
			w.WriteHeader(http.StatusNoContent)
			return
		}
		practice, ok := c.byPhone[from]
		if !ok {
			practice, ok = c.byService[service]
		}
		if !ok {
			c.log.Warn("status callback for an unknown number", zap.String("provider_id", s.ProviderID))
			w.WriteHeader(http.StatusNoContent)
			return
		}
		s.PracticeID = practice
		if st == nil {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if err := st.HandleStatus(r.Context(), s); err != nil {
			if permanent(err) {
				c.log.Error("status callback refused by handler; not retried", zap.String("provider_id", s.ProviderID), zap.Error(err))
			} else {
				c.log.Error("status handler failed", zap.String("provider_id", s.ProviderID), zap.Error(err))
				http.Error(w, "temporary failure", http.StatusInternalServerError)
				return
			}
		}
		w.WriteHeader(http.StatusNoContent)
	})
}

// verified reads and authenticates a webhook, answering the request itself
// when it fails.
func (c *Channel) verified(w http.ResponseWriter, r *http.Request) (url.Values, bool) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return nil, false
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/x-www-form-urlencoded" {
		http.Error(w, "unsupported media type", http.StatusUnsupportedMediaType)
		return nil, false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, c.cfg.MaxBodyBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			c.log.Warn("webhook body too large", zap.Int64("limit", mbe.Limit))
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return nil, false
		}
		http.Error(w, "bad request", http.StatusBadRequest)
		return nil, false
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return nil, false
	}
	sig := r.Header.Get(SignatureHeader)
	if sig == "" || c.cfg.AuthToken == "" {
		c.log.Warn("webhook signature missing")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return nil, false
	}
	if !ValidateSignature(c.cfg.AuthToken, c.publicURL(r), form, sig) {
		if c.cfg.PublicURL == "" {
			c.log.Warn("webhook signature invalid; behind a proxy, set Config.PublicURL to the URL Twilio calls")
		} else {
			c.log.Warn("webhook signature invalid")
		}
		http.Error(w, "forbidden", http.StatusForbidden)
		return nil, false
	}
	return form, true
}

// publicURL is the URL Twilio called: Config.PublicURL with the request's
// path and query, or, without PublicURL, the URL rebuilt from the request.
func (c *Channel) publicURL(r *http.Request) string {
	if c.cfg.PublicURL != "" {
		return c.cfg.PublicURL + r.URL.RequestURI()
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host + r.URL.RequestURI()
}

// receive handles a verified inbound message and returns the reply text,
// if any.
func (c *Channel) receive(ctx context.Context, form url.Values, h channels.InboundHandler) (string, error) {
	m, err := parseInbound(form, c.cfg.Clock.Now())
	if err != nil {
		c.log.Warn("inbound message skipped", zap.String("provider_id", m.ProviderID), zap.Error(err))
		return "", nil
	}
	practice, ok := c.byPhone[m.To.Value]
	if m.To.Kind == channels.AddrWhatsApp {
		practice, ok = c.byPhone["+"+m.To.Value]
	}
	if !ok {
		c.log.Warn("inbound message to an unknown number", zap.String("provider_id", m.ProviderID))
		return "", nil
	}
	m.PracticeID = practice
	if err := m.Validate(); err != nil {
		c.log.Warn("inbound message skipped", zap.String("provider_id", m.ProviderID), zap.Error(err))
		return "", nil
	}
	kw, word := channels.ParseKeyword(m.Channel, m.Text)
	if err := c.recordConsent(ctx, m, kw, word); err != nil {
		return "", err
	}
	if h == nil {
		return "", errors.New("twilio: no inbound handler")
	}
	if err := h.HandleInbound(ctx, m); err != nil {
		return "", err
	}
	if kw == channels.KeywordHelp {
		return c.cfg.HelpText, nil
	}
	return "", nil
}

// recordConsent applies an opt-out or opt-in keyword to Config.Consent.
// SMS opt-outs are recorded as the carrier's ("carrier"): on US SMS the
// carrier and Twilio stop delivery whatever frontdesk does. An opt-in word counts
// only when the patient is opted out; otherwise it is an ordinary reply.
func (c *Channel) recordConsent(ctx context.Context, m channels.Inbound, kw channels.Keyword, word string) error {
	if c.cfg.Consent == nil || (kw != channels.KeywordOptOut && kw != channels.KeywordOptIn) {
		return nil
	}
	rec := channels.Consent{PracticeID: m.PracticeID, Channel: m.Channel, Address: m.From, Keyword: word, ChangedAt: m.SentAt}
	if kw == channels.KeywordOptOut {
		rec.State, rec.Source = channels.ConsentOptedOut, "keyword"
		if m.Channel == channels.SMS {
			rec.Source = "carrier"
		}
	} else {
		cur, err := c.cfg.Consent.Get(ctx, m.PracticeID, m.Channel, m.From)
		switch {
		case errors.Is(err, channels.ErrConsentNotFound):
			return nil
		case err != nil:
			return err
		case cur.State != channels.ConsentOptedOut:
			return nil
		}
		rec.State, rec.Source = channels.ConsentOptedIn, "keyword"
	}
	_, err := c.cfg.Consent.Set(ctx, rec)
	if err == nil {
		c.log.Info("consent keyword recorded", zap.String("provider_id", m.ProviderID), zap.String("keyword", kw.String()))
	}
	return err
}

// twiml renders the reply to an inbound message: empty, or one Message.
func twiml(reply string) string {
	if reply == "" {
		return EmptyTwiML
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><Response><Message>`)
	xml.EscapeText(&b, []byte(reply))
	b.WriteString(`</Message></Response>`)
	return b.String()
}

// permanent reports whether a handler error says the message itself is
// unacceptable, so that a redelivery would fail the same way.
func permanent(err error) bool {
	return errors.Is(err, channels.ErrInvalidMessage) || errors.Is(err, channels.ErrInvalidAddress) ||
		errors.Is(err, channels.ErrUnknownChannel) || errors.Is(err, channels.ErrTextTooLong)
}
