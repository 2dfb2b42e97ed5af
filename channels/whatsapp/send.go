package whatsapp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/channels"
)

// Interactive reply-button limits of the Cloud API.
const (
	MaxButtons         = 3
	MaxButtonTitleRune = 20
	MaxButtonIDBytes   = 256
)

// Send implements channels.Channel. It sends m as, in order of precedence,
// a template (m.Template), interactive reply buttons (m.Buttons, with
// m.Text as the body), a media message (one m.Media item, by media id or by
// https link in ProviderRef, with m.Text as caption) or a text message.
//
// A free-form message to a patient whose 24-hour window is closed (per
// Config.Window) is never attempted: it is replaced by
// Config.FallbackTemplate when set, and otherwise fails with a
// *channels.SendError wrapping channels.ErrOutsideWindow. Provider errors
// are classified: 131047 (re-engagement) as ErrOutsideWindow, 429, 130429,
// 131056 and other throttling codes as ErrRateLimited with the Retry-After
// the API gave, 5xx and transient codes as ErrUnavailable, the rest as
// ErrRejected.
func (c *Channel) Send(ctx context.Context, m channels.Outbound) (channels.SendResult, error) {
	if err := m.Validate(); err != nil {
		return channels.SendResult{}, err
	}
	if m.Channel != channels.WhatsApp {
		return channels.SendResult{}, fmt.Errorf("whatsapp: send: %w: %q", channels.ErrUnknownChannel, m.Channel)
	}
	numberID, ok := c.byPractice[m.PracticeID]
	if !ok {
		return channels.SendResult{}, fmt.Errorf("whatsapp: send: %w: no business number for practice %s", channels.ErrUnknownChannel, m.PracticeID)
	}
	to, err := recipient(m.To)
	if err != nil {
		return channels.SendResult{}, err
	}
	if m.Template == nil {
		open, err := c.windowOpen(ctx, m)
		if err != nil {
			return channels.SendResult{}, err
		}
		if !open {
			if c.cfg.FallbackTemplate == nil {
				return channels.SendResult{}, &channels.SendError{Channel: channels.WhatsApp, Code: "window_closed", Err: channels.ErrOutsideWindow}
			}
			m = channels.Outbound{PracticeID: m.PracticeID, Channel: m.Channel, To: m.To, Template: c.cfg.FallbackTemplate, IdempotencyKey: m.IdempotencyKey}
		}
	}
	payload, err := buildMessage(to, m)
	if err != nil {
		return channels.SendResult{}, err
	}
	body, err := json.Marshal(payload)
	if err != nil {
		return channels.SendResult{}, fmt.Errorf("whatsapp: send: encode: %w", err)
	}
	var resp sendResponse
	if err := c.call(ctx, http.MethodPost, c.endpoint(numberID+"/messages"), body, &resp); err != nil {
		return channels.SendResult{}, err
	}
	if len(resp.Messages) == 0 || resp.Messages[0].ID == "" {
		return channels.SendResult{}, &channels.SendError{Channel: channels.WhatsApp, Code: "no_message_id", HTTPStatus: http.StatusOK, Err: channels.ErrUnavailable}
	}
	return channels.SendResult{ProviderID: resp.Messages[0].ID, State: channels.StateQueued, At: c.cfg.Clock.Now()}, nil
}

// windowOpen reports whether the patient wrote within the service window,
// by the same rule the send gate applies.
func (c *Channel) windowOpen(ctx context.Context, m channels.Outbound) (bool, error) {
	last, err := c.cfg.Window.LastInbound(ctx, m.PracticeID, m.To)
	if err != nil {
		return false, fmt.Errorf("whatsapp: send: window lookup: %w", err)
	}
	d := channels.Gate(channels.GateInput{Now: c.cfg.Clock.Now(), Channel: channels.WhatsApp, LastInbound: last},
		channels.GatePolicy{ServiceWindow: c.cfg.ServiceWindow})
	return d.Verdict != channels.NeedsTemplate, nil
}

// recipient returns the wire form of a patient address: international
// digits without "+".
func recipient(a channels.Address) (string, error) {
	switch a.Kind {
	case channels.AddrWhatsApp:
		return a.Value, nil
	case channels.AddrPhone:
		return strings.TrimPrefix(a.Value, "+"), nil
	}
	return "", fmt.Errorf("whatsapp: send: %w: recipient is a %s address", channels.ErrInvalidAddress, a.Kind)
}

type sendResponse struct {
	Messages []struct {
		ID string `json:"id"`
	} `json:"messages"`
}

// wire types of the send API.
type (
	outMessage struct {
		MessagingProduct string       `json:"messaging_product"`
		RecipientType    string       `json:"recipient_type"`
		To               string       `json:"to"`
		Type             string       `json:"type"`
		Context          *outContext  `json:"context,omitempty"`
		Text             *outText     `json:"text,omitempty"`
		Template         *outTemplate `json:"template,omitempty"`
		Interactive      *outInteract `json:"interactive,omitempty"`
		Image            *outMedia    `json:"image,omitempty"`
		Audio            *outMedia    `json:"audio,omitempty"`
		Video            *outMedia    `json:"video,omitempty"`
		Document         *outMedia    `json:"document,omitempty"`
	}
	outContext struct {
		MessageID string `json:"message_id"`
	}
	outText struct {
		Body       string `json:"body"`
		PreviewURL bool   `json:"preview_url"`
	}
	outTemplate struct {
		Name       string         `json:"name"`
		Language   outLanguage    `json:"language"`
		Components []outComponent `json:"components,omitempty"`
	}
	outLanguage struct {
		Code string `json:"code"`
	}
	outComponent struct {
		Type       string     `json:"type"`
		Parameters []outParam `json:"parameters"`
	}
	outParam struct {
		Type string `json:"type"`
		Text string `json:"text"`
	}
	outInteract struct {
		Type   string    `json:"type"`
		Body   outBody   `json:"body"`
		Action outAction `json:"action"`
	}
	outBody struct {
		Text string `json:"text"`
	}
	outAction struct {
		Buttons []outButton `json:"buttons"`
	}
	outButton struct {
		Type  string   `json:"type"`
		Reply outReply `json:"reply"`
	}
	outReply struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	outMedia struct {
		ID       string `json:"id,omitempty"`
		Link     string `json:"link,omitempty"`
		Caption  string `json:"caption,omitempty"`
		Filename string `json:"filename,omitempty"`
	}
)

func invalid(format string, args ...any) error {
	return fmt.Errorf("whatsapp: send: %w: "+format, append([]any{channels.ErrInvalidMessage}, args...)...)
}

// buildMessage turns an Outbound into the send API's JSON. Its errors
// never quote the message.
func buildMessage(to string, m channels.Outbound) (outMessage, error) {
	out := outMessage{MessagingProduct: "whatsapp", RecipientType: "individual", To: to}
	if m.InReplyTo != "" {
		out.Context = &outContext{MessageID: m.InReplyTo}
	}
	if n := utf8.RuneCountInString(m.Text); n > MaxTextChars {
		return out, fmt.Errorf("whatsapp: send: %w: %d characters, limit %d", channels.ErrTextTooLong, n, MaxTextChars)
	}
	switch {
	case m.Template != nil:
		t := m.Template
		if t.Name == "" || t.Language == "" {
			return out, invalid("template needs a name and a language")
		}
		out.Type = "template"
		out.Template = &outTemplate{Name: t.Name, Language: outLanguage{Code: t.Language}}
		if len(t.Params) > 0 {
			comp := outComponent{Type: "body"}
			for _, p := range t.Params {
				comp.Parameters = append(comp.Parameters, outParam{Type: "text", Text: p})
			}
			out.Template.Components = []outComponent{comp}
		}
	case len(m.Buttons) > 0:
		if len(m.Buttons) > MaxButtons {
			return out, invalid("%d buttons, limit %d", len(m.Buttons), MaxButtons)
		}
		if m.Text == "" {
			return out, invalid("buttons need a body text")
		}
		it := &outInteract{Type: "button", Body: outBody{Text: m.Text}}
		for _, b := range m.Buttons {
			if b.ID == "" || len(b.ID) > MaxButtonIDBytes || b.Title == "" || utf8.RuneCountInString(b.Title) > MaxButtonTitleRune {
				return out, invalid("button needs an id up to %d bytes and a title up to %d characters", MaxButtonIDBytes, MaxButtonTitleRune)
			}
			it.Action.Buttons = append(it.Action.Buttons, outButton{Type: "reply", Reply: outReply{ID: b.ID, Title: b.Title}})
		}
		out.Type, out.Interactive = "interactive", it
	case len(m.Media) > 0:
		if len(m.Media) > 1 {
			return out, invalid("one media item per message, got %d", len(m.Media))
		}
		return mediaMessage(out, m.Media[0], m.Text)
	default:
		out.Type, out.Text = "text", &outText{Body: m.Text}
	}
	return out, nil
}

func mediaMessage(out outMessage, ref channels.MediaRef, caption string) (outMessage, error) {
	md := &outMedia{Caption: caption}
	switch {
	case strings.HasPrefix(ref.ProviderRef, "https://"):
		md.Link = ref.ProviderRef
	case ref.ProviderRef != "" && !strings.Contains(ref.ProviderRef, "://"):
		md.ID = ref.ProviderRef
	default:
		return out, invalid("media needs a media id or an https link")
	}
	switch kind, _, _ := strings.Cut(ref.ContentType, "/"); kind {
	case "image":
		out.Type, out.Image = "image", md
	case "video":
		out.Type, out.Video = "video", md
	case "audio":
		if caption != "" {
			return out, invalid("audio takes no caption")
		}
		out.Type, out.Audio = "audio", md
	default:
		md.Filename = ref.Filename
		out.Type, out.Document = "document", md
	}
	return out, nil
}

// maxErrorBody bounds how much of an error response is read.
const maxErrorBody = 64 << 10

// graphError is the Graph API's error body.
type graphError struct {
	Error struct {
		Code      int    `json:"code"`
		Subcode   int    `json:"error_subcode"`
		FBTraceID string `json:"fbtrace_id"`
	} `json:"error"`
}

// call sends one authorised request and decodes a JSON answer into out. It
// returns a *channels.SendError for every provider failure.
func (c *Channel) call(ctx context.Context, method, url string, body []byte, out any) error {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return fmt.Errorf("whatsapp: build request: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+c.cfg.AccessToken)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.cfg.HTTPClient.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("whatsapp: request: %w", ctx.Err())
		}
		// The client's error quotes the URL only, which holds no PHI, but
		// is left out so that error strings stay predictable.
		return &channels.SendError{Channel: channels.WhatsApp, Code: "network", Err: channels.ErrUnavailable}
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		raw, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
		return c.classify(resp, raw)
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxErrorBody)).Decode(out); err != nil {
		return &channels.SendError{Channel: channels.WhatsApp, Code: "bad_response", HTTPStatus: resp.StatusCode, Err: channels.ErrUnavailable}
	}
	return nil
}

// Error codes of the Cloud API that frontdesk branches on.
var (
	rateCodes        = map[int]bool{4: true, 80007: true, 130429: true, 131048: true, 131056: true}
	transientCodes   = map[int]bool{1: true, 2: true, 131000: true, 131016: true, 133004: true}
	outsideWindowErr = 131047
	optedOutErr      = 131050 // the patient stopped marketing messages
)

func (c *Channel) classify(resp *http.Response, raw []byte) error {
	var ge graphError
	_ = json.Unmarshal(raw, &ge)
	code := ge.Error.Code
	se := &channels.SendError{Channel: channels.WhatsApp, HTTPStatus: resp.StatusCode}
	if code != 0 {
		se.Code = strconv.Itoa(code)
	}
	switch {
	case code == outsideWindowErr:
		se.Err = channels.ErrOutsideWindow
	case code == optedOutErr:
		se.Err = channels.ErrOptedOut
	case resp.StatusCode == http.StatusTooManyRequests || rateCodes[code]:
		se.Err = channels.ErrRateLimited
		se.RetryAfter = channels.ParseRetryAfter(resp.Header.Get("Retry-After"), c.cfg.Clock.Now())
	case resp.StatusCode >= 500 || transientCodes[code]:
		se.Err = channels.ErrUnavailable
		se.RetryAfter = channels.ParseRetryAfter(resp.Header.Get("Retry-After"), c.cfg.Clock.Now())
	default:
		se.Err = channels.ErrRejected
	}
	return se
}
