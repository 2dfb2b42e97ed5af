package twiliotest

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"

	"github.com/frontdeskhq/frontdesk/channels/twilio"
)

func sign(authToken, fullURL string, params url.Values) string {
	return twilio.Sign(authToken, fullURL, params)
}

// NewWebhookRequest returns a POST of params to fullURL signed with
// authToken over fullURL, for use with httptest.NewRecorder. Give the
// adapter the scheme and host of fullURL as Config.PublicURL.
func NewWebhookRequest(authToken, fullURL string, params url.Values) *http.Request {
	r := httptest.NewRequest(http.MethodPost, fullURL, strings.NewReader(params.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set(twilio.SignatureHeader, sign(authToken, fullURL, params))
	return r
}

// InboundParams builds the form of an inbound SMS (or, with media URLs, an
// MMS) as Twilio posts it.
func InboundParams(accountSID, sid, from, to, body string, media ...Media) url.Values {
	v := url.Values{
		"MessageSid": {sid}, "SmsMessageSid": {sid}, "SmsSid": {sid}, "AccountSid": {accountSID},
		"From": {from}, "To": {to}, "Body": {body}, "NumMedia": {strconv.Itoa(len(media))},
		"NumSegments": {"1"}, "SmsStatus": {"received"}, "ApiVersion": {"2010-04-01"},
	}
	for i, m := range media {
		v.Set("MediaUrl"+strconv.Itoa(i), m.URL)
		v.Set("MediaContentType"+strconv.Itoa(i), m.ContentType)
	}
	return v
}

// Media is one MMS attachment of an inbound message.
type Media struct {
	URL, ContentType string
}

// StatusParams builds the form of a status callback. errorCode may be
// empty.
func StatusParams(accountSID, sid, from, to, status, errorCode string) url.Values {
	v := url.Values{
		"MessageSid": {sid}, "SmsSid": {sid}, "AccountSid": {accountSID}, "From": {from}, "To": {to},
		"MessageStatus": {status}, "SmsStatus": {status}, "ApiVersion": {"2010-04-01"},
	}
	if errorCode != "" {
		v.Set("ErrorCode", errorCode)
	}
	return v
}
