package twilio

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"net"
	"net/url"
	"sort"
	"strings"
)

// SignatureHeader is the header carrying a webhook's signature.
const SignatureHeader = "X-Twilio-Signature"

// Sign returns the X-Twilio-Signature of a request to fullURL with the POST
// params: base64 of the HMAC-SHA1, under authToken, of the URL followed by
// every parameter name and value, sorted by name (values of a repeated name
// sorted too).
func Sign(authToken, fullURL string, params url.Values) string {
	mac := hmac.New(sha1.New, []byte(authToken))
	mac.Write([]byte(fullURL))
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		vs := append([]string(nil), params[k]...)
		sort.Strings(vs)
		for _, v := range vs {
			mac.Write([]byte(k))
			mac.Write([]byte(v))
		}
	}
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// ValidateSignature reports whether signature is Twilio's signature of a
// request to fullURL with params. Because Twilio may sign a URL with or
// without its port, it accepts the URL as given, without its port, and
// with the scheme's default port. The comparison is constant-time.
func ValidateSignature(authToken, fullURL string, params url.Values, signature string) bool {
	if authToken == "" || signature == "" {
		return false
	}
	ok := false
	for _, u := range urlVariants(fullURL) {
		// Every variant is checked, so the time taken does not depend on
		// which one matched.
		if subtle.ConstantTimeCompare([]byte(Sign(authToken, u, params)), []byte(signature)) == 1 {
			ok = true
		}
	}
	return ok
}

// ValidateBody validates a request with a JSON body: the signature covers
// fullURL only, and its bodySHA256 query parameter must be the hex SHA-256
// of body.
func ValidateBody(authToken, fullURL string, body []byte, signature string) bool {
	u, err := url.Parse(fullURL)
	if err != nil {
		return false
	}
	want, err := hex.DecodeString(u.Query().Get("bodySHA256"))
	sum := sha256.Sum256(body)
	if err != nil || !hmac.Equal(want, sum[:]) {
		return false
	}
	return ValidateSignature(authToken, fullURL, nil, signature)
}

// urlVariants returns fullURL as given, without a port, and with the
// scheme's default port.
func urlVariants(fullURL string) []string {
	u, err := url.Parse(fullURL)
	if err != nil || u.Host == "" {
		return []string{fullURL}
	}
	host := u.Hostname()
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	out := []string{fullURL}
	noPort := *u
	noPort.Host = host
	if s := noPort.String(); s != fullURL {
		out = append(out, s)
	}
	def := map[string]string{"https": "443", "http": "80"}[u.Scheme]
	if def != "" && u.Port() == "" {
		withPort := *u
		withPort.Host = net.JoinHostPort(u.Hostname(), def)
		out = append(out, withPort.String())
	}
	return out
}
