package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/clock"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/triage"
	"go.uber.org/zap"
)

// The simulated deployment: one practice behind one WhatsApp number.
const (
	practiceID    = "bench-practice"
	phoneNumberID = "100200300"
	appSecret     = "bench-app-secret-not-a-real-one"
	// senders is how many patients write; messages from one sender thread
	// into the same conversation.
	senders = 1000
)

// texts are patient messages, none an emergency, so that every message
// takes the same path through the inbox.
var texts = []string{
	"Hi, I need to reschedule my appointment next week, is Thursday afternoon possible?",
	"Can I get a refill of my blood pressure medicine? I take 20 mg every morning.",
	"What time do you open on Saturday? Is there parking near the clinic?",
	"I got a bill for my last visit and I think my insurance should have covered it.",
	"Thanks, see you tomorrow!",
	"Could the doctor send me the lab results from last month?",
}

// quotedTexts are texts as JSON strings, ready to splice into a body.
var quotedTexts = func() []string {
	q := make([]string, len(texts))
	for i, t := range texts {
		b, _ := json.Marshal(t)
		q[i] = string(b)
	}
	return q
}()

// benchKey is the audit signing key of a run; its seed is fixed so that
// runs are comparable, and it signs nothing outside the bench.
func benchKey() (ed25519.PublicKey, ed25519.PrivateKey) {
	seed := sha256.Sum256([]byte("frontdesk bench audit key"))
	priv := ed25519.NewKeyFromSeed(seed[:])
	return priv.Public().(ed25519.PublicKey), priv
}

// pipeline is frontdesk as a vendor wires it for inbound WhatsApp: the
// signed webhook, then the inbox (dedupe, triage, route, store, audit).
type pipeline struct {
	inbox   *inbox.Inbox
	channel *whatsapp.Channel
	handler http.Handler
}

// pipelineConfig says what the pipeline is built on.
type pipelineConfig struct {
	Store inbox.Store
	Audit audit.Sink
	// Classifier triages each message; measurements pass the default
	// classifier (triage.NewDefault).
	Classifier triage.Classifier
	Clock      clock.Clock
	// Logger receives the adapter's and the inbox's logs (ids only);
	// nil discards them.
	Logger *zap.Logger
}

func newPipeline(cfg pipelineConfig) (*pipeline, error) {
	ib, err := inbox.New(cfg.Store, inbox.Config{Clock: cfg.Clock, Audit: cfg.Audit, Classifier: cfg.Classifier, Logger: cfg.Logger})
	if err != nil {
		return nil, err
	}
	wa, err := whatsapp.New(whatsapp.Config{AppSecret: appSecret, Clock: cfg.Clock, Logger: cfg.Logger,
		Numbers: []whatsapp.Number{{PhoneNumberID: phoneNumberID, PracticeID: practiceID}}})
	if err != nil {
		return nil, err
	}
	return &pipeline{inbox: ib, channel: wa, handler: wa.Webhook(ib, ib)}, nil
}

// senderPhone returns the WhatsApp id (digits) of sender n.
func senderPhone(n int) string { return senderPhones[n%senders] }

// senderPhones are the senders' WhatsApp ids, made once so that the
// simulated provider costs the figures little.
var senderPhones = func() []string {
	p := make([]string, senders)
	for n := range p {
		p[n] = "1555" + fmt.Sprintf("%07d", 2000000+n)
	}
	return p
}()

// signer signs bodies as Meta does (the value whatsapp.Sign returns),
// reusing keyed HMAC states: it is the simulated provider's cost, which
// the CPU per message includes, so it is kept small.
type signer struct{ macs sync.Pool }

func newSigner(secret string) *signer {
	s := &signer{}
	s.macs.New = func() any { return hmac.New(sha256.New, []byte(secret)) }
	return s
}

// sign returns the X-Hub-Signature-256 value of body.
func (s *signer) sign(body []byte) string {
	mac := s.macs.Get().(hash.Hash)
	defer s.macs.Put(mac)
	mac.Reset()
	mac.Write(body)
	var sum [sha256.Size]byte
	var out [len("sha256=") + 2*sha256.Size]byte
	copy(out[:], "sha256=")
	hex.Encode(out[len("sha256="):], mac.Sum(sum[:0]))
	return string(out[:])
}

// provider signs the simulated deliveries with the app secret.
var provider = newSigner(appSecret)

// messageID returns a unique provider id for worker w's i-th message of
// run r.
func messageID(r string, w, i int) string {
	return "wamid." + r + "." + strconv.Itoa(w) + "." + strconv.Itoa(i)
}

// appendDelivery appends the webhook body Meta sends for one text message.
func appendDelivery(b []byte, from, id string, at time.Time, text int) []byte {
	b = append(b, `{"object":"whatsapp_business_account","entry":[{"id":"0","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550000000","phone_number_id":"`...)
	b = append(b, phoneNumberID...)
	b = append(b, `"},"messages":[{"from":"`...)
	b = append(b, from...)
	b = append(b, `","id":"`...)
	b = append(b, id...)
	b = append(b, `","timestamp":"`...)
	b = strconv.AppendInt(b, at.Unix(), 10)
	b = append(b, `","type":"text","text":{"body":`...)
	b = append(b, quotedTexts[text%len(quotedTexts)]...)
	b = append(b, `}}]}}]}]}`...)
	return b
}

// appendStatus appends the webhook body of one status callback.
func appendStatus(b []byte, id, status string, at time.Time) []byte {
	b = append(b, `{"object":"whatsapp_business_account","entry":[{"id":"0","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550000000","phone_number_id":"`...)
	b = append(b, phoneNumberID...)
	b = append(b, `"},"statuses":[{"id":"`...)
	b = append(b, id...)
	b = append(b, `","status":"`...)
	b = append(b, status...)
	b = append(b, `","timestamp":"`...)
	b = strconv.AppendInt(b, at.Unix(), 10)
	b = append(b, `","recipient_id":"0"}]}}]}]}`...)
	return b
}

// discardWriter is a ResponseWriter that keeps only the status code.
type discardWriter struct {
	h    http.Header
	code int
}

func (d *discardWriter) Header() http.Header {
	if d.h == nil {
		d.h = http.Header{}
	}
	return d.h
}
func (d *discardWriter) Write(p []byte) (int, error) {
	if d.code == 0 {
		d.code = http.StatusOK
	}
	return len(p), nil
}
func (d *discardWriter) WriteHeader(code int) {
	if d.code == 0 {
		d.code = code
	}
}

// serve passes one signed body to the webhook handler in process and
// returns the status code it answered.
func (p *pipeline) serve(ctx context.Context, body []byte, signature string) (int, error) {
	return new(poster).send(ctx, p, body, signature)
}

// poster is one caller's request to the webhook handler, built once and
// then given each new body and signature: the handler keeps nothing of a
// request once it has answered, and what net/http spends on a request is
// the webhook figure's, not the pipeline's. Building a request per message
// (parsing its URL, a header map) cost the simulated provider about a
// sixth of the pipeline's allocations.
type poster struct {
	ctx  context.Context
	req  *http.Request
	body bytes.Reader
	sig  []string
	w    discardWriter
}

// send passes body, signed with signature, to p's handler and returns the
// status code it answered.
func (d *poster) send(ctx context.Context, p *pipeline, body []byte, signature string) (int, error) {
	if d.req == nil || d.ctx != ctx {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, "/webhooks/whatsapp", &d.body)
		if err != nil {
			return 0, err
		}
		// Built empty, the request was given http.NoBody: the reader is
		// its body from now on, whatever it holds.
		req.Body, req.GetBody = io.NopCloser(&d.body), nil
		req.Header.Set("Content-Type", "application/json")
		d.sig = []string{""}
		req.Header[whatsapp.SignatureHeader] = d.sig
		d.ctx, d.req = ctx, req
	}
	d.body.Reset(body)
	d.req.ContentLength = int64(len(body))
	d.sig[0] = signature
	d.w = discardWriter{h: d.w.h}
	clear(d.w.h)
	p.handler.ServeHTTP(&d.w, d.req)
	if d.w.code == 0 {
		d.w.code = http.StatusOK
	}
	return d.w.code, nil
}
