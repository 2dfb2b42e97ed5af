package twilio

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/channels"
)

// Send implements channels.Channel through the Messages API: From the
// practice's number (or its messaging service), with m.Text as Body, each
// media https URL as a MediaUrl, and Config.StatusCallbackURL as
// StatusCallback. SMS has no templates or buttons: an Outbound with either
// fails with channels.ErrInvalidMessage (check Capabilities first). Text
// longer than Config.MaxSegments segments or MaxBodyChars characters fails
// with channels.ErrTextTooLong before any provider call.
//
// Provider errors are classified as *channels.SendError: 21610 (the
// recipient replied STOP) as ErrOptedOut, 429 and 20429 as ErrRateLimited
// with the Retry-After Twilio gave, 5xx as ErrUnavailable, other errors
// (21211 invalid number, 21614 not a mobile number...) as ErrRejected.
func (c *Channel) Send(ctx context.Context, m channels.Outbound) (channels.SendResult, error) {
	if err := m.Validate(); err != nil {
		return channels.SendResult{}, err
	}
	if m.Channel != channels.SMS {
		return channels.SendResult{}, fmt.Errorf("twilio: send: %w: %q", channels.ErrUnknownChannel, m.Channel)
	}
	num, ok := c.byPractice[m.PracticeID]
	if !ok {
		return channels.SendResult{}, fmt.Errorf("twilio: send: %w: no number for practice %s", channels.ErrUnknownChannel, m.PracticeID)
	}
	form, err := c.sendForm(m, num)
	if err != nil {
		return channels.SendResult{}, err
	}
	endpoint := c.cfg.BaseURL + "/2010-04-01/Accounts/" + url.PathEscape(c.cfg.AccountSID) + "/Messages.json"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return channels.SendResult{}, fmt.Errorf("twilio: send: build request: %w", err)
	}
	req.SetBasicAuth(c.cfg.AccountSID, c.cfg.AuthToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err := c.cfg.HTTPClient.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return channels.SendResult{}, fmt.Errorf("twilio: send: %w", ctx.Err())
		}
		return channels.SendResult{}, &channels.SendError{Channel: channels.SMS, Code: "network", Err: channels.ErrUnavailable}
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if resp.StatusCode/100 != 2 {
		return channels.SendResult{}, c.classify(resp, raw)
	}
	var msg struct {
		SID    string `json:"sid"`
		Status string `json:"status"`
	}
	if err := json.Unmarshal(raw, &msg); err != nil || msg.SID == "" {
		return channels.SendResult{}, &channels.SendError{Channel: channels.SMS, Code: "bad_response", HTTPStatus: resp.StatusCode, Err: channels.ErrUnavailable}
	}
	state, ok := statusStates[msg.Status]
	if !ok {
		state = channels.StateQueued
	}
	return channels.SendResult{ProviderID: msg.SID, State: state, At: c.cfg.Clock.Now()}, nil
}

// maxResponse bounds how much of a Messages API answer is read.
const maxResponse = 64 << 10

func invalid(format string, args ...any) error {
	return fmt.Errorf("twilio: send: %w: "+format, append([]any{channels.ErrInvalidMessage}, args...)...)
}

// sendForm builds the Messages API form. Its errors never quote the
// message.
func (c *Channel) sendForm(m channels.Outbound, num Number) (url.Values, error) {
	if m.Template != nil || len(m.Buttons) > 0 {
		return nil, invalid("sms carries neither templates nor buttons")
	}
	if m.To.Kind != channels.AddrPhone {
		return nil, fmt.Errorf("twilio: send: %w: recipient is a %s address", channels.ErrInvalidAddress, m.To.Kind)
	}
	if n := utf8.RuneCountInString(m.Text); n > MaxBodyChars {
		return nil, fmt.Errorf("twilio: send: %w: %d characters, limit %d", channels.ErrTextTooLong, n, MaxBodyChars)
	}
	if n, enc := Segments(m.Text); n > c.cfg.MaxSegments {
		return nil, fmt.Errorf("twilio: send: %w: %d %s segments, limit %d", channels.ErrTextTooLong, n, enc, c.cfg.MaxSegments)
	}
	if len(m.Media) > MaxMedia {
		return nil, invalid("%d media, limit %d", len(m.Media), MaxMedia)
	}
	form := url.Values{"To": {m.To.Value}}
	switch {
	case num.MessagingServiceSID != "":
		form.Set("MessagingServiceSid", num.MessagingServiceSID)
	case m.From.Kind == channels.AddrPhone && c.byPhone[m.From.Value] == m.PracticeID:
		form.Set("From", m.From.Value)
	default:
		form.Set("From", num.Phone)
	}
	if m.Text != "" {
		form.Set("Body", m.Text)
	}
	for _, md := range m.Media {
		if !strings.HasPrefix(md.ProviderRef, "https://") {
			return nil, invalid("media must be an https URL")
		}
		form.Add("MediaUrl", md.ProviderRef)
	}
	if c.cfg.StatusCallbackURL != "" {
		form.Set("StatusCallback", c.cfg.StatusCallbackURL)
	}
	return form, nil
}

// Twilio error codes frontdesk branches on.
const (
	codeUnsubscribed = 21610
	codeTooMany      = 20429
	codeQueueFull    = 14107
)

func (c *Channel) classify(resp *http.Response, raw []byte) error {
	var body struct {
		Code int `json:"code"`
	}
	_ = json.Unmarshal(raw, &body)
	se := &channels.SendError{Channel: channels.SMS, HTTPStatus: resp.StatusCode}
	if body.Code != 0 {
		se.Code = strconv.Itoa(body.Code)
	}
	switch {
	case body.Code == codeUnsubscribed:
		se.Err = channels.ErrOptedOut
	case resp.StatusCode == http.StatusTooManyRequests || body.Code == codeTooMany || body.Code == codeQueueFull:
		se.Err = channels.ErrRateLimited
		se.RetryAfter = channels.ParseRetryAfter(resp.Header.Get("Retry-After"), c.cfg.Clock.Now())
	case resp.StatusCode >= 500:
		se.Err = channels.ErrUnavailable
		se.RetryAfter = channels.ParseRetryAfter(resp.Header.Get("Retry-After"), c.cfg.Clock.Now())
	default:
		se.Err = channels.ErrRejected
	}
	return se
}
