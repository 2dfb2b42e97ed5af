package twilio

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
)

// errMalformed: a webhook's form parameters are not a Twilio message.
var errMalformed = errors.New("twilio: malformed webhook")

const whatsappPrefix = "whatsapp:"

// address parses a Twilio address: an E.164 number, or "whatsapp:" and a
// number for the WhatsApp channel.
func address(raw string) (channels.Kind, channels.Address, error) {
	if rest, ok := strings.CutPrefix(raw, whatsappPrefix); ok {
		a, err := channels.ParseAddress(channels.AddrWhatsApp, rest, nil)
		return channels.WhatsApp, a, err
	}
	a, err := channels.ParsePhone(raw, nil)
	return channels.SMS, a, err
}

// messageSID returns the message's sid under its current or legacy name.
func messageSID(form url.Values) string {
	for _, k := range []string{"MessageSid", "SmsMessageSid", "SmsSid"} {
		if v := form.Get(k); v != "" {
			return v
		}
	}
	return ""
}

// parseInbound maps an inbound message webhook. The practice is left to
// the caller, which resolves it from To. Errors never quote the form.
func parseInbound(form url.Values, now time.Time) (channels.Inbound, error) {
	in := channels.Inbound{ProviderID: messageSID(form), SentAt: now, RawType: form.Get("MessageType")}
	if in.ProviderID == "" {
		return in, fmt.Errorf("%w: no MessageSid", errMalformed)
	}
	kind, from, err := address(form.Get("From"))
	if err != nil {
		return in, fmt.Errorf("%w: sender: %w", errMalformed, err)
	}
	_, to, err := address(form.Get("To"))
	if err != nil {
		return in, fmt.Errorf("%w: recipient: %w", errMalformed, err)
	}
	in.Channel, in.From, in.To = kind, from, to
	in.Text = form.Get("Body")
	n, err := strconv.Atoi(form.Get("NumMedia"))
	if form.Get("NumMedia") == "" {
		n, err = 0, nil
	}
	if err != nil || n < 0 || n > MaxMedia {
		return in, fmt.Errorf("%w: NumMedia out of range", errMalformed)
	}
	for i := range n {
		u := form.Get("MediaUrl" + strconv.Itoa(i))
		if u == "" {
			continue
		}
		in.Media = append(in.Media, channels.MediaRef{ContentType: form.Get("MediaContentType" + strconv.Itoa(i)), ProviderRef: u})
	}
	lat, latErr := strconv.ParseFloat(form.Get("Latitude"), 64)
	lon, lonErr := strconv.ParseFloat(form.Get("Longitude"), 64)
	switch {
	case len(in.Media) > 0:
		in.Type = channels.TypeMedia
	case latErr == nil && lonErr == nil:
		in.Type = channels.TypeLocation
		in.Location = &channels.Location{Latitude: lat, Longitude: lon, Name: form.Get("Label"), Address: form.Get("Address")}
	case form.Get("ButtonPayload") != "":
		in.Type, in.Payload = channels.TypeButton, form.Get("ButtonPayload")
		if t := form.Get("ButtonText"); t != "" {
			in.Text = t
		}
	case in.Text != "":
		in.Type = channels.TypeText
	default:
		in.Type = channels.TypeUnsupported
		if in.RawType == "" {
			in.RawType = "empty"
		}
	}
	if in.RawType == "" {
		in.RawType = string(in.Type)
	}
	return in, nil
}

var statusStates = map[string]channels.DeliveryState{
	"accepted":    channels.StateQueued,
	"scheduled":   channels.StateQueued,
	"queued":      channels.StateQueued,
	"sending":     channels.StateSending,
	"sent":        channels.StateSent,
	"delivered":   channels.StateDelivered,
	"read":        channels.StateRead,
	"undelivered": channels.StateUndelivered,
	"failed":      channels.StateFailed,
	"canceled":    channels.StateFailed,
}

// parseStatus maps a status callback. It also returns the practice's
// sending number or messaging service, to resolve the practice.
func parseStatus(form url.Values, now time.Time) (st channels.Status, from, service string, err error) {
	st = channels.Status{ProviderID: messageSID(form), ErrorCode: form.Get("ErrorCode"), At: now}
	if st.ProviderID == "" {
		return st, "", "", fmt.Errorf("%w: no MessageSid", errMalformed)
	}
	raw := form.Get("MessageStatus")
	if raw == "" {
		raw = form.Get("SmsStatus")
	}
	state, ok := statusStates[raw]
	if !ok {
		return st, "", "", fmt.Errorf("%w: unknown MessageStatus", errMalformed)
	}
	st.State = state
	kind, addr, aerr := address(form.Get("From"))
	st.Channel = kind
	if aerr == nil {
		from = addr.Value
		if kind == channels.WhatsApp {
			from = "+" + addr.Value
		}
	}
	return st, from, form.Get("MessagingServiceSid"), nil
}
