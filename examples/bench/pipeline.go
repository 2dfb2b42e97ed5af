package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
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
func senderPhone(n int) string { return "1555" + fmt.Sprintf("%07d", 2000000+n%senders) }

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
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "/webhooks/whatsapp", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(whatsapp.SignatureHeader, signature)
	w := &discardWriter{}
	p.handler.ServeHTTP(w, req)
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.code, nil
}
