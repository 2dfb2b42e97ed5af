package whatsapptest

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"time"

	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
)

// NewWebhookRequest returns a POST of body to target, signed with appSecret
// as Meta signs deliveries, for use with httptest.NewRecorder.
func NewWebhookRequest(appSecret, target string, body []byte) *http.Request {
	r := httptest.NewRequest(http.MethodPost, target, bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set(whatsapp.SignatureHeader, whatsapp.Sign(appSecret, body))
	return r
}

// Deliver POSTs a signed body to a running webhook at url, as Meta would,
// and returns the response status code.
func Deliver(ctx context.Context, client *http.Client, url, appSecret string, body []byte) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(whatsapp.SignatureHeader, whatsapp.Sign(appSecret, body))
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// Message is one inbound message for a test delivery.
type Message struct {
	From string // the patient's WhatsApp id (digits)
	ID   string
	At   time.Time
	// Text makes a text message; ButtonID and ButtonTitle an interactive
	// button reply.
	Text        string
	ButtonID    string
	ButtonTitle string
}

// Status is one status update for a test delivery.
type Status struct {
	ID        string // the wamid the send returned
	Status    string // sent, delivered, read or failed
	At        time.Time
	ErrorCode int // for failed
}

// Delivery builds a webhook body for phoneNumberID holding msgs and
// statuses, in Meta's entry/changes/value envelope.
func Delivery(phoneNumberID string, msgs []Message, statuses []Status) []byte {
	type obj = map[string]any
	var ms, ss []obj
	for _, m := range msgs {
		o := obj{"from": m.From, "id": m.ID, "timestamp": strconv.FormatInt(m.At.Unix(), 10)}
		if m.ButtonID != "" {
			o["type"] = "interactive"
			o["interactive"] = obj{"type": "button_reply", "button_reply": obj{"id": m.ButtonID, "title": m.ButtonTitle}}
		} else {
			o["type"] = "text"
			o["text"] = obj{"body": m.Text}
		}
		ms = append(ms, o)
	}
	for _, s := range statuses {
		o := obj{"id": s.ID, "status": s.Status, "timestamp": strconv.FormatInt(s.At.Unix(), 10), "recipient_id": "0"}
		if s.ErrorCode != 0 {
			o["errors"] = []obj{{"code": s.ErrorCode, "title": "error"}}
		}
		ss = append(ss, o)
	}
	value := obj{"messaging_product": "whatsapp", "metadata": obj{"display_phone_number": "15550000000", "phone_number_id": phoneNumberID}}
	if ms != nil {
		value["messages"] = ms
	}
	if ss != nil {
		value["statuses"] = ss
	}
	body, _ := json.Marshal(obj{"object": "whatsapp_business_account", "entry": []obj{{"id": "0", "changes": []obj{{"field": "messages", "value": value}}}}})
	return body
}
