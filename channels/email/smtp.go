package email

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/smtp"
	"net/textproto"
	"regexp"
	"strconv"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
)

// Envelope is the SMTP envelope of one message: the bounce address and
// the recipients.
type Envelope struct {
	From string
	To   []string
}

// Sender submits a rendered message. SMTP is the real one; tests may use
// their own. SendMail must return an error that says whether a retry can
// succeed: a *channels.SendError, as SMTP's does.
type Sender interface {
	SendMail(ctx context.Context, env Envelope, msg []byte) error
}

// TLSMode is how an SMTP connection is protected.
type TLSMode int

// The TLS modes.
const (
	// StartTLS upgrades a plain connection (port 587) and refuses to send
	// when the server does not offer STARTTLS. The default.
	StartTLS TLSMode = iota
	// ImplicitTLS connects with TLS from the start (port 465).
	ImplicitTLS
	// NoTLS sends in clear: only for a relay on the same host or a test
	// server. Credentials are refused over it except to localhost.
	NoTLS
)

// SMTPConfig configures SMTP. Addr is required.
type SMTPConfig struct {
	// Addr is the submission server, "host:port".
	Addr string
	// Username and Password authenticate with AUTH PLAIN when Username is
	// set.
	Username, Password string
	// TLS is the protection mode; default StartTLS.
	TLS TLSMode
	// TLSConfig is used for the handshake; ServerName defaults to the host
	// of Addr. Default: system roots.
	TLSConfig *tls.Config
	// LocalName is the name sent with EHLO. Default "localhost".
	LocalName string
	// Timeout bounds one SendMail, connection included. Default 30s.
	Timeout time.Duration
}

// SMTP submits mail to one SMTP server, one connection per message. It
// is safe for concurrent use.
type SMTP struct {
	cfg  SMTPConfig
	host string
}

var _ Sender = (*SMTP)(nil)

// NewSMTP returns an SMTP sender.
func NewSMTP(cfg SMTPConfig) (*SMTP, error) {
	host, _, err := net.SplitHostPort(cfg.Addr)
	if err != nil || host == "" {
		return nil, fmt.Errorf("%w: smtp address must be host:port", ErrConfig)
	}
	if cfg.TLS == NoTLS && cfg.Username != "" && host != "localhost" && host != "127.0.0.1" && host != "::1" {
		return nil, fmt.Errorf("%w: smtp credentials need TLS except to localhost", ErrConfig)
	}
	if cfg.TLSConfig == nil {
		cfg.TLSConfig = &tls.Config{}
	}
	cfg.TLSConfig = cfg.TLSConfig.Clone()
	if cfg.TLSConfig.ServerName == "" {
		cfg.TLSConfig.ServerName = host
	}
	if cfg.LocalName == "" {
		cfg.LocalName = "localhost"
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	return &SMTP{cfg: cfg, host: host}, nil
}

// errNoStartTLS: the server does not offer STARTTLS and the mode needs it.
var errNoStartTLS = errors.New("email: server does not offer STARTTLS")

// SendMail submits msg. Failures are *channels.SendError values: SMTP 4xx
// replies, timeouts and network errors wrap channels.ErrUnavailable
// (retry), 5xx replies, authentication and TLS failures wrap
// channels.ErrRejected. Codes carry the reply code and enhanced status
// ("550 5.1.1"), never the server's text, which often quotes addresses.
func (s *SMTP) SendMail(ctx context.Context, env Envelope, msg []byte) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	if err := s.send(ctx, env, msg); err != nil {
		return classifySMTP(ctx, err)
	}
	return nil
}

func (s *SMTP) send(ctx context.Context, env Envelope, msg []byte) error {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", s.cfg.Addr)
	if err != nil {
		return err
	}
	// Closing the connection is how a cancelled ctx interrupts a blocked
	// read or write.
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	defer conn.Close()
	if s.cfg.TLS == ImplicitTLS {
		tc := tls.Client(conn, s.cfg.TLSConfig)
		if err := tc.HandshakeContext(ctx); err != nil {
			return err
		}
		conn = tc
	}
	c, err := smtp.NewClient(conn, s.host)
	if err != nil {
		return err
	}
	if err := c.Hello(s.cfg.LocalName); err != nil {
		return err
	}
	if s.cfg.TLS == StartTLS {
		if ok, _ := c.Extension("STARTTLS"); !ok {
			return errNoStartTLS
		}
		if err := c.StartTLS(s.cfg.TLSConfig); err != nil {
			return err
		}
	}
	if s.cfg.Username != "" {
		if err := c.Auth(smtp.PlainAuth("", s.cfg.Username, s.cfg.Password, s.host)); err != nil {
			return err
		}
	}
	if err := c.Mail(env.From); err != nil {
		return err
	}
	for _, to := range env.To {
		if err := c.Rcpt(to); err != nil {
			return err
		}
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(msg); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	// The message is accepted once DATA is; a failing QUIT changes nothing.
	_ = c.Quit()
	return nil
}

var enhancedRE = regexp.MustCompile(`^[245]\.\d{1,3}\.\d{1,3}\b`)

// classifySMTP turns a send failure into a *channels.SendError without
// any of the server's free text.
func classifySMTP(ctx context.Context, err error) error {
	se := &channels.SendError{Channel: channels.Email}
	var te *textproto.Error
	var certErr *tls.CertificateVerificationError
	switch {
	case errors.As(err, &te):
		se.Code = strconv.Itoa(te.Code)
		if ext := enhancedRE.FindString(te.Msg); ext != "" {
			se.Code += " " + ext
		}
		if te.Code >= 400 && te.Code < 500 {
			se.Err = channels.ErrUnavailable
		} else {
			se.Err = channels.ErrRejected
		}
	case errors.Is(err, errNoStartTLS):
		se.Code, se.Err = "starttls_unavailable", channels.ErrRejected
	case errors.As(err, &certErr):
		se.Code, se.Err = "tls_certificate", channels.ErrRejected
	case ctx.Err() != nil:
		se.Code, se.Err = "timeout", channels.ErrUnavailable
	default:
		var ne net.Error
		switch {
		case errors.As(err, &ne) && ne.Timeout():
			se.Code, se.Err = "timeout", channels.ErrUnavailable
		case errors.As(err, &ne), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, net.ErrClosed):
			se.Code, se.Err = "network", channels.ErrUnavailable
		default:
			// The server does not speak what we need (no AUTH, a broken
			// reply): trying again will not help.
			se.Code, se.Err = "protocol", channels.ErrRejected
		}
	}
	return se
}
