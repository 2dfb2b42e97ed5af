// Package twiliotest fakes Twilio Programmable Messaging for tests: a
// Server that behaves like the Messages API (checking basic auth,
// recording messages, failing on script with Twilio's real error codes,
// serving MMS media) and sends signed status callbacks, plus helpers that
// build and sign inbound webhooks the way Twilio does. Vendors use it in
// their own CI.
package twiliotest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/internal/faultscript"
)

// Message is a message the Server accepted.
type Message struct {
	SID            string
	To             string
	From           string
	ServiceSID     string
	Body           string
	MediaURLs      []string
	StatusCallback string
	// Form is the request's form, as sent.
	Form url.Values
}

// Fault is a scripted failure: the HTTP status and Twilio error code the
// Server answers with.
type Fault = faultscript.Fault

// Twilio's errors, as the Messages API returns them.
var (
	// Unsubscribed: the recipient replied STOP (21610).
	Unsubscribed = Fault{Status: http.StatusBadRequest, Code: 21610}
	// InvalidTo: the To number is not valid (21211).
	InvalidTo = Fault{Status: http.StatusBadRequest, Code: 21211}
	// TooManyRequests: the account's concurrency limit (20429), with
	// Retry-After.
	TooManyRequests = Fault{Status: http.StatusTooManyRequests, Code: 20429, RetryAfter: "1"}
	// ServerError: a 500 from Twilio.
	ServerError = Fault{Status: http.StatusInternalServerError, Code: 20500}
	// Timeout: the request hangs until the client gives up.
	Timeout = Fault{Hang: true}
)

// Server is a fake Twilio REST API. It is safe for concurrent use.
type Server struct {
	*httptest.Server
	// AccountSID and AuthToken are the credentials the Server accepts and
	// signs callbacks with.
	AccountSID, AuthToken string

	mu     sync.Mutex
	sent   []Message
	script *faultscript.Script
	media  map[string]mediaFile
	seq    int
}

type mediaFile struct {
	contentType string
	data        []byte
}

// NewServer starts a Server for the account. Close it when done, as with
// httptest.NewServer.
func NewServer(accountSID, authToken string) *Server {
	s := &Server{AccountSID: accountSID, AuthToken: authToken, media: map[string]mediaFile{}, script: faultscript.New()}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// Close releases hanging requests and shuts the Server down.
func (s *Server) Close() {
	s.script.Close()
	s.Server.Close()
}

// FailNext makes the next n requests fail with f.
func (s *Server) FailNext(n int, f Fault) { s.script.FailNext(n, f) }

// Sent returns the messages accepted so far, oldest first.
func (s *Server) Sent() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.sent...)
}

// AddMedia stores an MMS attachment and returns its MediaUrl, as an
// inbound webhook would carry it.
func (s *Server) AddMedia(contentType string, data []byte) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	path := fmt.Sprintf("/2010-04-01/Accounts/%s/Messages/MM%032d/Media/ME%032d", s.AccountSID, s.seq, s.seq)
	s.media[path] = mediaFile{contentType: contentType, data: data}
	return s.URL + path
}

func writeError(w http.ResponseWriter, status, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if code != 0 {
		fmt.Fprintf(w, `{"code":%d,"message":%q,"more_info":"https://www.twilio.com/docs/errors/%d","status":%d}`, code, msg, code, status)
	}
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok || user != s.AccountSID || pass != s.AuthToken {
		writeError(w, http.StatusUnauthorized, 20003, "Authenticate")
		return
	}
	if s.script.Serve(w, r, func(w http.ResponseWriter, status, code int) { writeError(w, status, code, "scripted fault") }) {
		return
	}
	switch {
	case r.Method == http.MethodPost && r.URL.Path == "/2010-04-01/Accounts/"+s.AccountSID+"/Messages.json":
		s.serveSend(w, r)
	case r.Method == http.MethodGet:
		s.mu.Lock()
		f, ok := s.media[r.URL.Path]
		s.mu.Unlock()
		if !ok {
			writeError(w, http.StatusNotFound, 20404, "The requested resource was not found")
			return
		}
		w.Header().Set("Content-Type", f.contentType)
		w.Write(f.data)
	default:
		writeError(w, http.StatusNotFound, 20404, "The requested resource was not found")
	}
}

func (s *Server) serveSend(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		writeError(w, http.StatusBadRequest, 21602, "Message body is required")
		return
	}
	f := r.PostForm
	m := Message{To: f.Get("To"), From: f.Get("From"), ServiceSID: f.Get("MessagingServiceSid"), Body: f.Get("Body"),
		MediaURLs: f["MediaUrl"], StatusCallback: f.Get("StatusCallback"), Form: f}
	switch {
	case m.To == "":
		writeError(w, http.StatusBadRequest, 21604, "A 'To' phone number is required")
		return
	case m.From == "" && m.ServiceSID == "":
		writeError(w, http.StatusBadRequest, 21603, "A 'From' phone number is required")
		return
	case m.Body == "" && len(m.MediaURLs) == 0:
		writeError(w, http.StatusBadRequest, 21602, "Message body is required")
		return
	case !e164(strings.TrimPrefix(m.To, "whatsapp:")):
		writeError(w, http.StatusBadRequest, 21211, "Invalid 'To' Phone Number")
		return
	case m.ServiceSID == "" && !e164(strings.TrimPrefix(m.From, "whatsapp:")):
		writeError(w, http.StatusBadRequest, 21212, "Invalid 'From' Phone Number")
		return
	case utf8.RuneCountInString(m.Body) > 1600:
		writeError(w, http.StatusBadRequest, 21617, "The concatenated message body exceeds the 1600 character limit")
		return
	case len(m.MediaURLs) > 10:
		writeError(w, http.StatusBadRequest, 21623, "Number of media files exceeds allowed limit")
		return
	}
	s.mu.Lock()
	s.seq++
	m.SID = fmt.Sprintf("SM%032d", s.seq)
	s.sent = append(s.sent, m)
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]any{
		"sid": m.SID, "account_sid": s.AccountSID, "to": m.To, "from": m.From, "status": "queued",
		"num_segments": "1", "num_media": fmt.Sprint(len(m.MediaURLs)), "api_version": "2010-04-01",
	})
}

// SendStatus posts a signed status callback for m to its StatusCallback
// URL, as Twilio does, and returns the response status. Call it several
// times to replay duplicates or send states out of order.
func (s *Server) SendStatus(ctx context.Context, client *http.Client, m Message, status, errorCode string) (int, error) {
	if m.StatusCallback == "" {
		return 0, fmt.Errorf("twiliotest: message %s has no StatusCallback", m.SID)
	}
	params := StatusParams(s.AccountSID, m.SID, m.From, m.To, status, errorCode)
	return Post(ctx, client, m.StatusCallback, s.AuthToken, params)
}

// Post sends params as a form POST to url signed with authToken, as
// Twilio calls webhooks, and returns the response status.
func Post(ctx context.Context, client *http.Client, url, authToken string, params url.Values) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(params.Encode()))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Twilio-Signature", sign(authToken, url, params))
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

// e164 reports whether s is "+" and 8 to 15 digits, not starting with 0.
func e164(s string) bool {
	d, ok := strings.CutPrefix(s, "+")
	if !ok || len(d) < 8 || len(d) > 15 || d[0] == '0' {
		return false
	}
	return strings.Trim(d, "0123456789") == ""
}
