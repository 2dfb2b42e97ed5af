package whatsapp

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
)

// errMalformed: a webhook body is not a WhatsApp Business Account
// notification.
var errMalformed = errors.New("whatsapp: malformed webhook body")

// The webhook envelope, as Meta posts it: entries of changes, each change a
// value for one business number holding messages and statuses. Unknown
// fields are ignored.
type envelope struct {
	Object string  `json:"object"`
	Entry  []entry `json:"entry"`
}

type entry struct {
	ID      string   `json:"id"`
	Changes []change `json:"changes"`
}

type change struct {
	Field string `json:"field"`
	Value value  `json:"value"`
}

type value struct {
	Metadata struct {
		DisplayPhoneNumber string `json:"display_phone_number"`
		PhoneNumberID      string `json:"phone_number_id"`
	} `json:"metadata"`
	Messages []message  `json:"messages"`
	Statuses []status   `json:"statuses"`
	Errors   []apiError `json:"errors"`
}

type message struct {
	From        string              `json:"from"`
	ID          string              `json:"id"`
	Timestamp   string              `json:"timestamp"`
	Type        string              `json:"type"`
	Context     *messageContext     `json:"context"`
	Text        *messageText        `json:"text"`
	Image       *media              `json:"image"`
	Audio       *media              `json:"audio"`
	Video       *media              `json:"video"`
	Document    *media              `json:"document"`
	Sticker     *media              `json:"sticker"`
	Location    *messageLocation    `json:"location"`
	Contacts    []contactCard       `json:"contacts"`
	Button      *messageButton      `json:"button"`
	Interactive *messageInteractive `json:"interactive"`
	Reaction    *messageReaction    `json:"reaction"`
	Errors      []apiError          `json:"errors"`
}

type messageContext struct {
	ID string `json:"id"`
}

type messageText struct {
	Body string `json:"body"`
}

type messageLocation struct {
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
	Name      string  `json:"name"`
	Address   string  `json:"address"`
}

type messageButton struct {
	Payload string `json:"payload"`
	Text    string `json:"text"`
}

type messageInteractive struct {
	Type        string `json:"type"`
	ButtonReply *reply `json:"button_reply"`
	ListReply   *reply `json:"list_reply"`
}

type messageReaction struct {
	MessageID string `json:"message_id"`
	Emoji     string `json:"emoji"`
}

type media struct {
	ID       string `json:"id"`
	MimeType string `json:"mime_type"`
	Caption  string `json:"caption"`
	Filename string `json:"filename"`
}

type reply struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

type contactCard struct {
	Name struct {
		FormattedName string `json:"formatted_name"`
	} `json:"name"`
	Phones []cardPhone `json:"phones"`
}

type cardPhone struct {
	Phone string `json:"phone"`
}

type status struct {
	ID        string     `json:"id"`
	Status    string     `json:"status"`
	Timestamp string     `json:"timestamp"`
	Errors    []apiError `json:"errors"`
}

type apiError struct {
	Code  int    `json:"code"`
	Title string `json:"title"`
}

// event is one message or status of a delivery, before the practice is
// resolved. Exactly one of in and st is set.
type event struct {
	phoneNumberID string
	in            *channels.Inbound
	st            *channels.Status
	// skip says why the event cannot be passed on (a provider id for logs
	// stays in in/st); empty when it can.
	skip string
}

// delivery is a parsed webhook body.
type delivery struct {
	events []event
	// ignored counts changes of fields other than "messages".
	ignored int
	// errorCodes are value-level errors Meta reported.
	errorCodes []int
}

// parse decodes a webhook body. It fails only when the body is not a
// WhatsApp Business Account notification at all; messages it cannot map
// become TypeUnsupported or events with a skip reason, never a panic.
func parse(body []byte) (delivery, error) {
	var env envelope
	if err := decodeEnvelope(body, &env); err != nil {
		// The general decoder, for bodies the fast path leaves to it; it
		// also words the error of a malformed one.
		env = envelope{}
		if err := json.Unmarshal(body, &env); err != nil {
			return delivery{}, fmt.Errorf("%w: %s", errMalformed, jsonErrorKind(err))
		}
	}
	if env.Object != "whatsapp_business_account" {
		return delivery{}, fmt.Errorf("%w: object is not whatsapp_business_account", errMalformed)
	}
	var d delivery
	for _, e := range env.Entry {
		for _, ch := range e.Changes {
			if ch.Field != "messages" {
				d.ignored++
				continue
			}
			v := ch.Value
			for _, ae := range v.Errors {
				d.errorCodes = append(d.errorCodes, ae.Code)
			}
			to, _ := channels.ParseAddress(channels.AddrWhatsApp, v.Metadata.DisplayPhoneNumber, nil)
			for _, m := range v.Messages {
				in, skip := inbound(m, to)
				d.events = append(d.events, event{phoneNumberID: v.Metadata.PhoneNumberID, in: &in, skip: skip})
			}
			for _, s := range v.Statuses {
				st, skip := statusOf(s)
				d.events = append(d.events, event{phoneNumberID: v.Metadata.PhoneNumberID, st: &st, skip: skip})
			}
		}
	}
	return d, nil
}

// jsonErrorKind names a JSON error without quoting the input.
func jsonErrorKind(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return "syntax error at offset " + strconv.FormatInt(se.Offset, 10)
	case errors.As(err, &te):
		return "wrong type for field " + te.Field
	case strings.Contains(err.Error(), "unexpected end"):
		return "truncated JSON"
	}
	return "invalid JSON"
}

func unixTime(s string) time.Time {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return time.Time{}
	}
	return time.Unix(n, 0).UTC()
}

// inbound maps one message. Types frontdesk has no field for are kept as
// TypeUnsupported with RawType set.
func inbound(m message, to channels.Address) (channels.Inbound, string) {
	in := channels.Inbound{
		Channel:    channels.WhatsApp,
		To:         to,
		ProviderID: m.ID,
		RawType:    m.Type,
		SentAt:     unixTime(m.Timestamp),
		Type:       channels.TypeUnsupported,
	}
	if m.Context != nil {
		in.InReplyTo = m.Context.ID
	}
	from, err := channels.ParseAddress(channels.AddrWhatsApp, m.From, nil)
	if err != nil {
		return in, "sender is not a phone number"
	}
	in.From = from
	if m.ID == "" {
		return in, "message without id"
	}
	switch m.Type {
	case "text":
		if m.Text != nil {
			in.Type, in.Text = channels.TypeText, m.Text.Body
		}
	case "image", "audio", "video", "document", "sticker":
		if md := mediaOf(m); md != nil && md.ID != "" {
			in.Type, in.Text = channels.TypeMedia, md.Caption
			in.Media = []channels.MediaRef{{ContentType: md.MimeType, ProviderRef: md.ID, Filename: md.Filename}}
		}
	case "location":
		if l := m.Location; l != nil {
			in.Type = channels.TypeLocation
			in.Location = &channels.Location{Latitude: l.Latitude, Longitude: l.Longitude, Name: l.Name, Address: l.Address}
		}
	case "contacts":
		if len(m.Contacts) > 0 {
			in.Type, in.Text = channels.TypeContacts, contactsText(m.Contacts)
		}
	case "button":
		if b := m.Button; b != nil {
			in.Type, in.Payload, in.Text = channels.TypeButton, b.Payload, b.Text
		}
	case "interactive":
		if it := m.Interactive; it != nil {
			in.RawType = "interactive." + it.Type
			r := it.ButtonReply
			if r == nil {
				r = it.ListReply
			}
			if r != nil {
				in.Type, in.Payload, in.Text = channels.TypeButton, r.ID, r.Title
			}
		}
	case "reaction":
		// Kept, as unsupported, so that staff see the patient reacted.
		if r := m.Reaction; r != nil {
			in.Text, in.InReplyTo = r.Emoji, r.MessageID
		}
	}
	if in.Type == channels.TypeUnsupported && in.RawType == "" {
		in.RawType = "unknown"
	}
	return in, ""
}

func mediaOf(m message) *media {
	switch m.Type {
	case "image":
		return m.Image
	case "audio":
		return m.Audio
	case "video":
		return m.Video
	case "document":
		return m.Document
	case "sticker":
		return m.Sticker
	}
	return nil
}

// contactsText renders shared contact cards as lines of "name: phones".
func contactsText(cards []contactCard) string {
	var b strings.Builder
	for i, c := range cards {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(c.Name.FormattedName)
		for j, p := range c.Phones {
			if j == 0 {
				b.WriteString(": ")
			} else {
				b.WriteString(", ")
			}
			b.WriteString(p.Phone)
		}
	}
	return b.String()
}

var statusStates = map[string]channels.DeliveryState{
	"sent":      channels.StateSent,
	"delivered": channels.StateDelivered,
	"read":      channels.StateRead,
	"played":    channels.StateRead, // a voice message listened to
	"failed":    channels.StateFailed,
}

func statusOf(s status) (channels.Status, string) {
	st := channels.Status{Channel: channels.WhatsApp, ProviderID: s.ID, At: unixTime(s.Timestamp)}
	state, ok := statusStates[s.Status]
	if !ok {
		return st, "unknown status"
	}
	st.State = state
	if len(s.Errors) > 0 {
		st.ErrorCode = strconv.Itoa(s.Errors[0].Code)
	}
	if s.ID == "" {
		return st, "status without message id"
	}
	return st, ""
}
