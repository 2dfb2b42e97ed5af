package email_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/email"
	"github.com/frontdeskhq/frontdesk/channels/email/emailtest"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

var t0 = time.Date(2026, 3, 4, 15, 30, 0, 0, time.UTC)

func addr(tb testing.TB, s string) channels.Address {
	tb.Helper()
	a, err := channels.ParseEmail(s)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// newChannel returns a channel sending to srv over STARTTLS with auth.
func newChannel(tb testing.TB, srv *emailtest.Server, cfg email.SMTPConfig, chCfg email.ChannelConfig) *email.Channel {
	tb.Helper()
	cfg.Addr = srv.Addr()
	if cfg.TLSConfig == nil {
		cfg.TLSConfig = srv.ClientTLSConfig()
	}
	s, err := email.NewSMTP(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	if chCfg.From.IsZero() {
		chCfg.From = addr(tb, "front@clinic.example")
	}
	ch, err := email.NewChannel(s, chCfg)
	if err != nil {
		tb.Fatal(err)
	}
	return ch
}

func outbound(tb testing.TB, key string) channels.Outbound {
	return channels.Outbound{
		PracticeID: "p1", Channel: channels.Email, To: addr(tb, "jane.roe@example.com"),
		Text: "Hola Jane,\nsu cita es mañana a las 9:00.", Subject: "Re: Cita mañana",
		InReplyTo: "abc@mail.example", References: []string{"first@mail.example", "abc@mail.example"},
		IdempotencyKey: key,
	}
}

func TestSMTPSendsThreadedMessage(t *testing.T) {
	srv := emailtest.NewServer(t, emailtest.Config{TLS: true, RequireTLS: true, Username: "u", Password: "pw"})
	clk := clocktest.NewFake(t0)
	ch := newChannel(t, srv, email.SMTPConfig{Username: "u", Password: "pw"},
		email.ChannelConfig{FromName: "Clínica Sol", Clock: clk})

	res, err := ch.Send(t.Context(), outbound(t, "msg-1"))
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	if res.State != channels.StateSent || !res.At.Equal(t0) || !strings.HasSuffix(res.ProviderID, "@clinic.example") {
		t.Errorf("result = %+v", res)
	}
	msgs := srv.Messages()
	if len(msgs) != 1 {
		t.Fatalf("%d messages, want 1", len(msgs))
	}
	got := msgs[0]
	if !got.TLS || got.From != "front@clinic.example" || !cmp.Equal(got.To, []string{"jane.roe@example.com"}) {
		t.Errorf("envelope = %+v", got)
	}
	m, err := email.Parse(got.Data, nil)
	if err != nil {
		t.Fatalf("sent message does not parse: %v", err)
	}
	want := struct {
		ID, InReplyTo, Subject, Text string
		Refs                         []string
		Date                         time.Time
	}{res.ProviderID, "abc@mail.example", "Re: Cita mañana", "Hola Jane,\nsu cita es mañana a las 9:00.",
		[]string{"first@mail.example", "abc@mail.example"}, t0}
	gotv := want
	gotv.ID, gotv.InReplyTo, gotv.Subject, gotv.Text, gotv.Refs, gotv.Date = m.MessageID, m.InReplyTo, m.Subject, m.Text, m.References, m.Date.UTC()
	if diff := cmp.Diff(want, gotv); diff != "" {
		t.Errorf("sent message (-want +got):\n%s", diff)
	}
	for _, h := range []string{"MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "From: =?utf-8?q?Cl=C3=ADnica_Sol?= <front@clinic.example>"} {
		if !strings.Contains(string(got.Data), h+"\r\n") {
			t.Errorf("missing header line %q", h)
		}
	}
}

func TestSMTPImplicitTLS(t *testing.T) {
	srv := emailtest.NewServer(t, emailtest.Config{ImplicitTLS: true, Username: "u", Password: "pw"})
	ch := newChannel(t, srv, email.SMTPConfig{TLS: email.ImplicitTLS, Username: "u", Password: "pw"}, email.ChannelConfig{})
	if _, err := ch.Send(t.Context(), outbound(t, "k")); err != nil {
		t.Fatalf("Send: %v", err)
	}
	if msgs := srv.Messages(); len(msgs) != 1 || !msgs[0].TLS {
		t.Errorf("messages = %+v", msgs)
	}
}

func TestChannelIdempotencyKey(t *testing.T) {
	srv := emailtest.NewServer(t, emailtest.Config{})
	ch := newChannel(t, srv, email.SMTPConfig{TLS: email.NoTLS}, email.ChannelConfig{Clock: clocktest.NewFake(t0)})
	first, err := ch.Send(t.Context(), outbound(t, "k1"))
	if err != nil {
		t.Fatal(err)
	}
	again, err := ch.Send(t.Context(), outbound(t, "k1"))
	if err != nil {
		t.Fatal(err)
	}
	other, err := ch.Send(t.Context(), outbound(t, "k2"))
	if err != nil {
		t.Fatal(err)
	}
	if first != again || other.ProviderID == first.ProviderID {
		t.Errorf("first %v, again %v, other %v", first, again, other)
	}
	if n := len(srv.Messages()); n != 2 {
		t.Errorf("%d messages sent, want 2", n)
	}
}

func TestSMTPFaults(t *testing.T) {
	const canary = "jane.roe@example.com"
	tests := []struct {
		name      string
		server    emailtest.Config
		cfg       email.SMTPConfig
		fault     emailtest.Fault
		wantErr   error
		wantCode  string
		retryable bool
	}{
		{"421 at greeting", emailtest.Config{}, email.SMTPConfig{TLS: email.NoTLS},
			emailtest.Fault{Stage: emailtest.StageGreeting, Code: 421, Text: "4.3.2 service not available"}, channels.ErrUnavailable, "421 4.3.2", true},
		{"451 at rcpt", emailtest.Config{}, email.SMTPConfig{TLS: email.NoTLS},
			emailtest.Fault{Stage: emailtest.StageRcpt, Code: 451, Text: "4.7.1 greylisted <" + canary + ">"}, channels.ErrUnavailable, "451 4.7.1", true},
		{"452 at mail", emailtest.Config{}, email.SMTPConfig{TLS: email.NoTLS},
			emailtest.Fault{Stage: emailtest.StageMail, Code: 452, Text: "4.3.1 insufficient storage"}, channels.ErrUnavailable, "452 4.3.1", true},
		{"550 unknown mailbox", emailtest.Config{}, email.SMTPConfig{TLS: email.NoTLS},
			emailtest.Fault{Stage: emailtest.StageRcpt, Code: 550, Text: "5.1.1 <" + canary + ">: Recipient address rejected"}, channels.ErrRejected, "550 5.1.1", false},
		{"554 after data", emailtest.Config{}, email.SMTPConfig{TLS: email.NoTLS},
			emailtest.Fault{Stage: emailtest.StageData, Code: 554, Text: "5.7.1 message rejected as spam"}, channels.ErrRejected, "554 5.7.1", false},
		{"wrong password", emailtest.Config{TLS: true, Username: "u", Password: "pw"}, email.SMTPConfig{Username: "u", Password: "nope"},
			emailtest.Fault{}, channels.ErrRejected, "535 5.7.8", false},
		{"server requires tls", emailtest.Config{TLS: true, RequireTLS: true}, email.SMTPConfig{TLS: email.NoTLS},
			emailtest.Fault{}, channels.ErrRejected, "530 5.7.0", false},
		{"auth required, none sent", emailtest.Config{TLS: true, Username: "u", Password: "pw"}, email.SMTPConfig{},
			emailtest.Fault{}, channels.ErrRejected, "530 5.7.0", false},
		{"no starttls offered", emailtest.Config{}, email.SMTPConfig{},
			emailtest.Fault{}, channels.ErrRejected, "starttls_unavailable", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := emailtest.NewServer(t, tt.server)
			if tt.fault.Stage != "" {
				srv.Fail(tt.fault)
			}
			core, logs := observer.New(zap.DebugLevel)
			ch := newChannel(t, srv, tt.cfg, email.ChannelConfig{Logger: zap.New(core)})
			_, err := ch.Send(t.Context(), outbound(t, "k"))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			var se *channels.SendError
			if !errors.As(err, &se) || se.Code != tt.wantCode || se.Retryable() != tt.retryable {
				t.Errorf("err = %#v, want code %q retryable %v", err, tt.wantCode, tt.retryable)
			}
			assertNoPHI(t, err.Error(), logs, canary, "Jane", "mañana")
			if n := len(srv.Messages()); n != 0 {
				t.Errorf("%d messages accepted, want 0", n)
			}
		})
	}
}

func TestSMTPUntrustedCertificate(t *testing.T) {
	srv := emailtest.NewServer(t, emailtest.Config{TLS: true})
	ch := newChannel(t, srv, email.SMTPConfig{TLSConfig: &tls0}, email.ChannelConfig{})
	_, err := ch.Send(t.Context(), outbound(t, "k"))
	var se *channels.SendError
	if !errors.As(err, &se) || se.Code != "tls_certificate" || se.Retryable() {
		t.Fatalf("err = %v, want a permanent tls_certificate error", err)
	}
}

func TestSMTPHangEndsWithContext(t *testing.T) {
	srv := emailtest.NewServer(t, emailtest.Config{})
	srv.Fail(emailtest.Fault{Stage: emailtest.StageData, Hang: true})
	ch := newChannel(t, srv, email.SMTPConfig{TLS: email.NoTLS}, email.ChannelConfig{})
	ctx, cancel := context.WithCancel(t.Context())
	go func() {
		<-srv.Hanging()
		cancel()
	}()
	_, err := ch.Send(ctx, outbound(t, "k"))
	var se *channels.SendError
	if !errors.As(err, &se) || !errors.Is(err, channels.ErrUnavailable) || se.Code != "timeout" {
		t.Fatalf("err = %v, want a retryable timeout", err)
	}
}

// TestRetryMiddlewareResendsAfter4xx runs the channel behind
// channels.WithRetry: a greylisting 451 is retried after the back-off and
// the message goes out once.
func TestRetryMiddlewareResendsAfter4xx(t *testing.T) {
	srv := emailtest.NewServer(t, emailtest.Config{})
	srv.Fail(emailtest.Fault{Stage: emailtest.StageRcpt, Code: 451, Text: "4.7.1 try again later"})
	clk := clocktest.NewFake(t0)
	ch := channels.Chain(newChannel(t, srv, email.SMTPConfig{TLS: email.NoTLS}, email.ChannelConfig{Clock: clk}),
		channels.WithRetry(channels.RetryConfig{Clock: clk, BaseDelay: time.Second, Jitter: func(d time.Duration) time.Duration { return d }}))
	done := make(chan error, 1)
	go func() {
		_, err := ch.Send(t.Context(), outbound(t, "k"))
		done <- err
	}()
	if err := clk.BlockUntil(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	clk.Advance(time.Second)
	if err := <-done; err != nil {
		t.Fatalf("Send: %v", err)
	}
	if n := len(srv.Messages()); n != 1 {
		t.Errorf("%d messages, want 1", n)
	}
}

func TestChannelRefusesWhatEmailCannotCarry(t *testing.T) {
	srv := emailtest.NewServer(t, emailtest.Config{})
	ch := newChannel(t, srv, email.SMTPConfig{TLS: email.NoTLS}, email.ChannelConfig{})
	base := outbound(t, "k")
	tests := []struct {
		name   string
		modify func(*channels.Outbound)
		want   error
	}{
		{"template", func(m *channels.Outbound) { m.Template = &channels.Template{Name: "reminder"} }, channels.ErrInvalidMessage},
		{"buttons", func(m *channels.Outbound) { m.Buttons = []channels.Button{{ID: "c", Title: "Confirm"}} }, channels.ErrInvalidMessage},
		{"sms recipient", func(m *channels.Outbound) { m.To = channels.Address{Kind: channels.AddrPhone, Value: "+15551234567"} }, channels.ErrInvalidMessage},
		{"wrong channel", func(m *channels.Outbound) { m.Channel = channels.SMS }, channels.ErrUnknownChannel},
		{"header injection in reply id", func(m *channels.Outbound) { m.InReplyTo = "a@b>\r\nBcc: x@y.z" }, channels.ErrInvalidMessage},
		{"media without opener", func(m *channels.Outbound) { m.Media = []channels.MediaRef{{StoreKey: "k"}} }, channels.ErrRejected},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := base
			tt.modify(&m)
			if _, err := ch.Send(t.Context(), m); !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("%d messages sent, want 0", n)
	}
}

func TestSubjectHeaderInjection(t *testing.T) {
	srv := emailtest.NewServer(t, emailtest.Config{})
	ch := newChannel(t, srv, email.SMTPConfig{TLS: email.NoTLS}, email.ChannelConfig{})
	m := outbound(t, "k")
	m.Subject = "Hello\r\nBcc: evil@example.com"
	if _, err := ch.Send(t.Context(), m); err != nil {
		t.Fatal(err)
	}
	data := string(srv.Messages()[0].Data)
	if strings.Contains(data, "\r\nBcc:") {
		t.Errorf("subject injected a header:\n%s", data)
	}
}

func assertNoPHI(t *testing.T, errText string, logs *observer.ObservedLogs, canaries ...string) {
	t.Helper()
	var all strings.Builder
	all.WriteString(errText)
	for _, e := range logs.All() {
		all.WriteString(e.Message)
		for k, v := range e.ContextMap() {
			all.WriteString(k)
			all.WriteString(toString(v))
		}
	}
	for _, c := range canaries {
		if strings.Contains(strings.ToLower(all.String()), strings.ToLower(c)) {
			t.Errorf("PHI canary %q leaked into errors or logs", c)
		}
	}
}
