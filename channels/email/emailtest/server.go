// Package emailtest provides a fake SMTP server for tests of code that
// sends e-mail: it speaks enough ESMTP for net/smtp (EHLO, STARTTLS with
// its own certificate or implicit TLS, AUTH PLAIN, MAIL, RCPT, DATA,
// RSET, NOOP, QUIT), records every accepted message, and fails on script
// with the replies real servers give (421, 451, 452, 535, 550, 554) or by
// hanging until the client gives up.
package emailtest

import (
	"bufio"
	"crypto/tls"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"strings"
	"sync"
	"testing"
)

// Stage is the point of an SMTP session where a fault strikes.
type Stage string

// The stages.
const (
	StageGreeting Stage = "greeting" // the 220 banner
	StageMail     Stage = "mail"     // MAIL FROM
	StageRcpt     Stage = "rcpt"     // RCPT TO
	StageData     Stage = "data"     // the reply after the message body
)

// Fault is a scripted failure: the reply Code and Text at a Stage, or,
// with Hang, no reply at all until the client closes the connection.
type Fault struct {
	Stage Stage
	Code  int
	Text  string
	Hang  bool
}

// Config configures a Server. The zero value is an open relay without
// TLS or authentication.
type Config struct {
	// TLS offers STARTTLS with a self-signed certificate for 127.0.0.1
	// and localhost; clients trust it through ClientTLSConfig.
	TLS bool
	// RequireTLS refuses MAIL before STARTTLS (530).
	RequireTLS bool
	// ImplicitTLS speaks TLS from the first byte (port 465 style) with
	// the same certificate; STARTTLS is then not offered.
	ImplicitTLS bool
	// Username and Password, when Username is set, are required through
	// AUTH PLAIN before MAIL (530 without, 535 when wrong).
	Username, Password string
}

// Message is one accepted message.
type Message struct {
	From string
	To   []string
	Data []byte
	// TLS reports whether it came over a STARTTLS-protected session.
	TLS bool
}

// Server is a fake SMTP server on 127.0.0.1. It is safe for concurrent
// use.
type Server struct {
	cfg    Config
	ln     net.Listener
	tlsCfg *tls.Config
	client *tls.Config

	mu       sync.Mutex
	messages []Message
	faults   []Fault
	conns    map[net.Conn]bool
	closed   bool
	hanging  chan Stage
	wg       sync.WaitGroup
}

// NewServer starts a server and stops it when tb's test ends.
func NewServer(tb testing.TB, cfg Config) *Server {
	tb.Helper()
	s, err := Start(cfg)
	if err != nil {
		tb.Fatalf("emailtest: %v", err)
	}
	tb.Cleanup(s.Close)
	return s
}

// Start starts a server; Close stops it.
func Start(cfg Config) (*Server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, ln: ln, conns: map[net.Conn]bool{}, hanging: make(chan Stage, 16)}
	if cfg.TLS || cfg.RequireTLS || cfg.ImplicitTLS {
		s.tlsCfg, s.client, err = selfSigned()
		if err != nil {
			ln.Close()
			return nil, err
		}
	}
	s.wg.Add(1)
	go s.accept()
	return s, nil
}

// Addr is the server's "host:port".
func (s *Server) Addr() string { return s.ln.Addr().String() }

// ClientTLSConfig is a client configuration that trusts the server's
// certificate; nil when TLS is off.
func (s *Server) ClientTLSConfig() *tls.Config {
	if s.client == nil {
		return nil
	}
	return s.client.Clone()
}

// Messages returns the accepted messages in order.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

// Fail queues faults; each strikes once, at the first session reaching
// its stage, in queue order.
func (s *Server) Fail(faults ...Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, faults...)
}

// Hanging receives the stage each time a Hang fault starts, so a test
// can cancel the client's context at the right moment without sleeping.
func (s *Server) Hanging() <-chan Stage { return s.hanging }

// Close stops the server and closes every connection.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	for c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	s.ln.Close()
	s.wg.Wait()
}

func (s *Server) accept() {
	defer s.wg.Done()
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			c.Close()
			return
		}
		s.conns[c] = true
		s.wg.Add(1)
		s.mu.Unlock()
		go func() {
			defer s.wg.Done()
			ss := &session{srv: s, conn: c}
			if s.cfg.ImplicitTLS {
				tc := tls.Server(c, s.tlsCfg)
				if tc.Handshake() != nil {
					return
				}
				ss.conn, ss.tls = tc, true
			}
			ss.run()
			s.mu.Lock()
			delete(s.conns, c)
			s.mu.Unlock()
			c.Close()
		}()
	}
}

// takeFault returns the first queued fault for stage.
func (s *Server) takeFault(stage Stage) (Fault, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if f.Stage == stage {
			s.faults = append(s.faults[:i], s.faults[i+1:]...)
			return f, true
		}
	}
	return Fault{}, false
}

type session struct {
	srv    *Server
	conn   net.Conn
	tp     *textproto.Conn
	tls    bool
	authed bool
	from   string
	to     []string
}

func (ss *session) reply(code int, text string) bool {
	return ss.tp.PrintfLine("%d %s", code, text) == nil
}

// fault applies a queued fault at stage; it reports whether one struck.
func (ss *session) fault(stage Stage) bool {
	f, ok := ss.srv.takeFault(stage)
	if !ok {
		return false
	}
	if f.Hang {
		select {
		case ss.srv.hanging <- stage:
		default:
		}
		io.Copy(io.Discard, ss.conn) // until the client hangs up
		return true
	}
	ss.reply(f.Code, f.Text)
	return true
}

func (ss *session) run() {
	ss.tp = textproto.NewConn(ss.conn)
	if ss.fault(StageGreeting) {
		return
	}
	ss.reply(220, "fake.frontdesk.test ESMTP emailtest")
	for {
		line, err := ss.tp.ReadLine()
		if err != nil {
			return
		}
		verb, arg, _ := strings.Cut(line, " ")
		switch strings.ToUpper(verb) {
		case "EHLO", "HELO":
			ss.ehlo()
		case "STARTTLS":
			if ss.srv.tlsCfg == nil || ss.tls {
				ss.reply(502, "5.5.1 STARTTLS not available")
				continue
			}
			ss.reply(220, "2.0.0 ready to start TLS")
			tc := tls.Server(ss.conn, ss.srv.tlsCfg)
			if err := tc.Handshake(); err != nil {
				return
			}
			ss.conn, ss.tls, ss.authed = tc, true, false
			ss.tp = textproto.NewConn(tc)
		case "AUTH":
			ss.auth(arg)
		case "MAIL":
			ss.mail(arg)
		case "RCPT":
			ss.rcpt(arg)
		case "DATA":
			if !ss.data() {
				return
			}
		case "RSET":
			ss.from, ss.to = "", nil
			ss.reply(250, "2.0.0 ok")
		case "NOOP":
			ss.reply(250, "2.0.0 ok")
		case "QUIT":
			ss.reply(221, "2.0.0 bye")
			return
		default:
			ss.reply(502, "5.5.2 command not recognized")
		}
	}
}

func (ss *session) ehlo() {
	lines := []string{"fake.frontdesk.test"}
	if ss.srv.tlsCfg != nil && !ss.tls {
		lines = append(lines, "STARTTLS")
	}
	if ss.srv.cfg.Username != "" {
		lines = append(lines, "AUTH PLAIN")
	}
	lines = append(lines, "8BITMIME")
	for i, l := range lines {
		sep := "-"
		if i == len(lines)-1 {
			sep = " "
		}
		ss.tp.PrintfLine("250%s%s", sep, l)
	}
}

func (ss *session) auth(arg string) {
	mech, initial, _ := strings.Cut(arg, " ")
	if !strings.EqualFold(mech, "PLAIN") || ss.srv.cfg.Username == "" {
		ss.reply(504, "5.5.4 mechanism not supported")
		return
	}
	if initial == "" {
		ss.reply(334, "")
		line, err := ss.tp.ReadLine()
		if err != nil {
			return
		}
		initial = line
	}
	raw, err := base64.StdEncoding.DecodeString(initial)
	parts := strings.Split(string(raw), "\x00")
	if err != nil || len(parts) != 3 || parts[1] != ss.srv.cfg.Username || parts[2] != ss.srv.cfg.Password {
		ss.reply(535, "5.7.8 authentication credentials invalid")
		return
	}
	ss.authed = true
	ss.reply(235, "2.7.0 authentication successful")
}

func (ss *session) mail(arg string) {
	switch {
	case ss.srv.cfg.RequireTLS && !ss.tls:
		ss.reply(530, "5.7.0 must issue a STARTTLS command first")
	case ss.srv.cfg.Username != "" && !ss.authed:
		ss.reply(530, "5.7.0 authentication required")
	case ss.fault(StageMail):
	default:
		ss.from, ss.to = addrArg(arg, "FROM:"), nil
		ss.reply(250, "2.1.0 sender ok")
	}
}

func (ss *session) rcpt(arg string) {
	switch {
	case ss.from == "" && !strings.Contains(strings.ToUpper(arg), "TO:"):
		ss.reply(501, "5.5.4 syntax error")
	case ss.fault(StageRcpt):
	default:
		ss.to = append(ss.to, addrArg(arg, "TO:"))
		ss.reply(250, "2.1.5 recipient ok")
	}
}

// data reads a message; it returns false when the session must end.
func (ss *session) data() bool {
	if len(ss.to) == 0 {
		ss.reply(503, "5.5.1 need RCPT first")
		return true
	}
	ss.reply(354, "end data with <CR><LF>.<CR><LF>")
	body, err := io.ReadAll(ss.tp.DotReader())
	if err != nil {
		return false
	}
	if ss.fault(StageData) {
		ss.from, ss.to = "", nil
		return true
	}
	ss.srv.mu.Lock()
	ss.srv.messages = append(ss.srv.messages, Message{From: ss.from, To: ss.to, Data: crlf(body), TLS: ss.tls})
	n := len(ss.srv.messages)
	ss.srv.mu.Unlock()
	ss.from, ss.to = "", nil
	ss.reply(250, fmt.Sprintf("2.0.0 ok queued as %d", n))
	return true
}

// crlf restores the CRLF line ends DotReader turned into LF.
func crlf(b []byte) []byte {
	var out strings.Builder
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	sc.Buffer(nil, len(b)+1)
	for sc.Scan() {
		out.WriteString(sc.Text())
		out.WriteString("\r\n")
	}
	return []byte(out.String())
}

// addrArg extracts the address of "FROM:<a@b> SIZE=1" or "TO:<a@b>".
func addrArg(arg, prefix string) string {
	if len(arg) >= len(prefix) && strings.EqualFold(arg[:len(prefix)], prefix) {
		arg = arg[len(prefix):]
	}
	arg = strings.TrimSpace(arg)
	if i := strings.IndexByte(arg, '>'); strings.HasPrefix(arg, "<") && i > 0 {
		return arg[1:i]
	}
	a, _, _ := strings.Cut(arg, " ")
	return a
}
