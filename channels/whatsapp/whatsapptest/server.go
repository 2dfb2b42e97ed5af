// Package whatsapptest fakes the WhatsApp Business Cloud API for tests: a
// Server that behaves like the Graph API's send and media endpoints
// (checking the bearer token, recording requests, failing on script with
// Meta's real error codes), and helpers that build and sign webhook
// deliveries the way Meta does. Vendors use it in their own CI.
package whatsapptest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"

	"github.com/frontdeskhq/frontdesk/internal/faultscript"
)

// Request is a send request the Server received.
type Request struct {
	// ID is the wamid the Server answered with; status deliveries for the
	// message carry it (see Delivery).
	ID string
	// PhoneNumberID is the business number the message was sent from.
	PhoneNumberID string
	// Message is the decoded JSON body.
	Message map[string]any
	// Raw is the body as sent.
	Raw []byte
}

// Type returns the message type ("text", "template", "interactive", ...).
func (r Request) Type() string { s, _ := r.Message["type"].(string); return s }

// To returns the recipient.
func (r Request) To() string { s, _ := r.Message["to"].(string); return s }

// Fault is a scripted failure: the HTTP status and Graph API error code the
// Server answers with.
type Fault = faultscript.Fault

// Meta's errors, as the Cloud API returns them.
var (
	// ReEngagement: the 24-hour window is closed (131047).
	ReEngagement = Fault{Status: http.StatusBadRequest, Code: 131047}
	// Throughput: the business number's rate limit (130429), with
	// Retry-After.
	Throughput = Fault{Status: http.StatusTooManyRequests, Code: 130429, RetryAfter: "2"}
	// Unavailable: a server error (131016, service unavailable).
	Unavailable = Fault{Status: http.StatusServiceUnavailable, Code: 131016}
	// InvalidParameter: a permanent rejection (100).
	InvalidParameter = Fault{Status: http.StatusBadRequest, Code: 100}
	// Timeout: the request hangs until the client gives up.
	Timeout = Fault{Hang: true}
)

// Server is a fake Graph API. It is safe for concurrent use.
type Server struct {
	*httptest.Server
	// Token is the access token the Server accepts.
	Token string

	mu     sync.Mutex
	sent   []Request
	script *faultscript.Script
	media  map[string]mediaFile
	seq    int
}

type mediaFile struct {
	contentType string
	data        []byte
}

// NewServer starts a Server accepting token. Close it when done, as with
// httptest.NewServer.
func NewServer(token string) *Server {
	s := &Server{Token: token, media: map[string]mediaFile{}, script: faultscript.New()}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// Close releases hanging requests and shuts the Server down.
func (s *Server) Close() {
	s.script.Close()
	s.Server.Close()
}

// FailNext makes the next n send or media requests fail with f.
func (s *Server) FailNext(n int, f Fault) { s.script.FailNext(n, f) }

// Sent returns the send requests accepted so far, oldest first.
func (s *Server) Sent() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.sent...)
}

// AddMedia makes media id downloadable with the given type and bytes.
func (s *Server) AddMedia(id, contentType string, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.media[id] = mediaFile{contentType: contentType, data: data}
}

func writeError(w http.ResponseWriter, status, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if code != 0 {
		fmt.Fprintf(w, `{"error":{"message":%q,"type":"OAuthException","code":%d,"error_data":{"messaging_product":"whatsapp","details":%q},"fbtrace_id":"Afake"}}`, msg, code, msg)
	}
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer "+s.Token {
		writeError(w, http.StatusUnauthorized, 190, "Invalid OAuth access token")
		return
	}
	if strings.HasPrefix(r.URL.Path, "/files/") {
		s.serveFile(w, r)
		return
	}
	if s.script.Serve(w, r, func(w http.ResponseWriter, status, code int) { writeError(w, status, code, "scripted fault") }) {
		return
	}
	// Paths: /{version}/{phone-number-id}/messages and /{version}/{media-id}.
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	switch {
	case r.Method == http.MethodPost && len(parts) == 3 && parts[2] == "messages":
		s.serveSend(w, r, parts[1])
	case r.Method == http.MethodGet && len(parts) == 2:
		s.serveMediaInfo(w, parts[1])
	default:
		writeError(w, http.StatusNotFound, 100, "Unknown path")
	}
}

func (s *Server) serveSend(w http.ResponseWriter, r *http.Request, numberID string) {
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	var msg map[string]any
	if err != nil || json.Unmarshal(raw, &msg) != nil || msg["messaging_product"] != "whatsapp" || msg["to"] == nil || msg["type"] == nil {
		writeError(w, http.StatusBadRequest, 100, "Invalid parameter")
		return
	}
	if code, why := validate(msg); code != 0 {
		writeError(w, http.StatusBadRequest, code, why)
		return
	}
	s.mu.Lock()
	s.seq++
	id := "wamid.fake" + strconv.Itoa(s.seq)
	s.sent = append(s.sent, Request{ID: id, PhoneNumberID: numberID, Message: msg, Raw: raw})
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"messaging_product":"whatsapp","contacts":[{"input":%q,"wa_id":%q}],"messages":[{"id":%q}]}`, msg["to"], msg["to"], id)
}

func (s *Server) serveMediaInfo(w http.ResponseWriter, id string) {
	s.mu.Lock()
	f, ok := s.media[id]
	s.mu.Unlock()
	if !ok {
		writeError(w, http.StatusBadRequest, 100, "Unsupported get request")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"messaging_product":"whatsapp","url":%q,"mime_type":%q,"sha256":"","file_size":%d,"id":%q}`,
		s.URL+"/files/"+id, f.contentType, len(f.data), id)
}

func (s *Server) serveFile(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	f, ok := s.media[strings.TrimPrefix(r.URL.Path, "/files/")]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", f.contentType)
	w.Write(f.data)
}
