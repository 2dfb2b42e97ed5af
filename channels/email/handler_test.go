package email_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/channels/email"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"

	"github.com/frontdeskhq/frontdesk/internal/shareddata"
)

// recorder is an inbox stand-in that records what the handler delivers.
type practices map[string]string

func (p practices) PracticeFor(_ context.Context, to channels.Address) (string, error) {
	if id, ok := p[to.Value]; ok {
		return id, nil
	}
	return "", email.ErrUnknownRecipient
}

type memMedia struct{ saved [][]byte }

func (m *memMedia) SaveMedia(_ context.Context, practiceID string, ref channels.MediaRef, data []byte) (channels.MediaRef, error) {
	m.saved = append(m.saved, data)
	ref.StoreKey = practiceID + "/media-" + string(rune('0'+len(m.saved)))
	return ref, nil
}

const token = "s3cret-token"

func newHandler(t *testing.T, rec *channeltest.Recorder, cfg email.HandlerConfig) (*email.Handler, *observer.ObservedLogs) {
	t.Helper()
	core, logs := observer.New(zap.DebugLevel)
	cfg.Token = token
	if cfg.PracticeID == "" && cfg.Practices == nil {
		cfg.PracticeID = "p1"
	}
	cfg.Status = rec
	cfg.Logger = zap.New(core)
	cfg.Clock = clocktest.NewFake(t0)
	h, err := email.NewHandler(rec, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return h, logs
}

func post(h http.Handler, body []byte, mutate func(*http.Request)) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/webhooks/email", bytes.NewReader(body))
	req.Header.Set("Content-Type", "message/rfc822")
	req.Header.Set("Authorization", "Bearer "+token)
	if mutate != nil {
		mutate(req)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// shared reads ../shared/data/email/<parts...>, or skips.
func shared(tb testing.TB, parts ...string) []byte {
	tb.Helper()
	b, err := os.ReadFile(shareddata.Dir(tb, append([]string{"email"}, parts...)...))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// canaryMail is a patient e-mail full of PHI canaries.
const canaryMail = "From: Zelda Quixote <zelda.quixote@example.com>\r\n" +
	"To: front@clinic.example\r\n" +
	"Subject: SSN 078-05-1120 and my rash\r\n" +
	"Message-ID: <canary-1@example.com>\r\n" +
	"\r\n" +
	"My name is Zelda Quixote, call me at 555-867-5309. SSN 078-05-1120.\r\n"

var canaries = []string{"Zelda", "Quixote", "zelda.quixote", "555-867-5309", "078-05-1120", "rash"}

func TestHandlerDeliversReply(t *testing.T) {
	rec := &channeltest.Recorder{}
	h, _ := newHandler(t, rec, email.HandlerConfig{})
	w := post(h, shared(t, "talon", "standard_replies", "apple_mail_2.eml"), nil)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	if len(rec.In) != 1 {
		t.Fatalf("%d inbound, want 1", len(rec.In))
	}
	in := rec.In[0]
	if in.Text != "Hello" || in.Channel != channels.Email || in.PracticeID != "p1" || in.From.Value != "adam@tictail.com" ||
		in.ProviderID != "68001B29-8EA4-444C-A894-0537D2CA5208@tictail.com" || in.InReplyTo == "" || len(in.References) != 1 || in.Subject != "Re: Hello there" {
		t.Errorf("inbound = %+v", in)
	}
}

func TestHandlerAuthAndRequestChecks(t *testing.T) {
	valid := []byte(canaryMail)
	tests := []struct {
		name   string
		body   []byte
		mutate func(*http.Request)
		want   int
	}{
		{"missing token", valid, func(r *http.Request) { r.Header.Del("Authorization") }, http.StatusUnauthorized},
		{"forged token", valid, func(r *http.Request) { r.Header.Set("Authorization", "Bearer guess") }, http.StatusUnauthorized},
		{"basic auth ok", valid, func(r *http.Request) { r.Header.Del("Authorization"); r.SetBasicAuth("mailgun", token) }, http.StatusOK},
		{"basic auth wrong", valid, func(r *http.Request) { r.Header.Del("Authorization"); r.SetBasicAuth("mailgun", "x") }, http.StatusUnauthorized},
		{"get", valid, func(r *http.Request) { r.Method = http.MethodGet }, http.StatusMethodNotAllowed},
		{"json body", valid, func(r *http.Request) { r.Header.Set("Content-Type", "application/json") }, http.StatusUnsupportedMediaType},
		{"too large", append(valid, bytes.Repeat([]byte("x"), 2<<10)...), nil, http.StatusRequestEntityTooLarge},
		{"garbage", []byte("\x00\x01 not mail"), nil, http.StatusBadRequest},
		{"no sender", []byte("Subject: hi\r\n\r\nbody\r\n"), nil, http.StatusBadRequest},
		{"no sender, PHI in it", []byte("From: Zelda Quixote\r\nSubject: SSN 078-05-1120\r\n\r\ncall 555-867-5309\r\n"), nil, http.StatusBadRequest},
		{"broken header, PHI in it", []byte(" Zelda Quixote 078-05-1120\r\n"), nil, http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &channeltest.Recorder{}
			h, logs := newHandler(t, rec, email.HandlerConfig{MaxBytes: 1 << 10})
			w := post(h, tt.body, tt.mutate)
			if w.Code != tt.want {
				t.Fatalf("status %d, want %d", w.Code, tt.want)
			}
			if tt.want != http.StatusOK && len(rec.In) != 0 {
				t.Errorf("a refused request stored %d messages", len(rec.In))
			}
			assertNoPHI(t, w.Body.String(), logs, canaries...)
		})
	}
}

func TestHandlerAutomatedMail(t *testing.T) {
	rec := &channeltest.Recorder{}
	h, _ := newHandler(t, rec, email.HandlerConfig{})
	ooo := "From: pat@example.com\r\nAuto-Submitted: auto-replied\r\nSubject: Out of office\r\n\r\nI am away.\r\n"
	if w := post(h, []byte(ooo), nil); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "ignored") {
		t.Fatalf("auto-reply: %d %q", w.Code, w.Body)
	}
	if w := post(h, []byte(bounceMail), nil); w.Code != http.StatusOK {
		t.Fatalf("bounce: %d", w.Code)
	}
	if len(rec.In) != 0 {
		t.Errorf("automated mail reached the inbox: %+v", rec.In)
	}
	if len(rec.St) != 1 || rec.St[0].State != channels.StateFailed || rec.St[0].ProviderID != "out-9@clinic.example" ||
		rec.St[0].ErrorCode != "5.1.1" || !rec.St[0].At.Equal(t0) {
		t.Errorf("statuses = %+v", rec.St)
	}
}

const bounceMail = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\n" +
	"To: front@clinic.example\r\n" +
	"Subject: Delivery Status Notification (Failure)\r\n" +
	"Content-Type: multipart/report; report-type=delivery-status; boundary=b1\r\n\r\n" +
	"--b1\r\nContent-Type: text/plain\r\n\r\nAddress not found\r\n" +
	"--b1\r\nContent-Type: message/delivery-status\r\n\r\n" +
	"Reporting-MTA: dns; googlemail.com\r\n\r\n" +
	"Final-Recipient: rfc822; zelda.quixote@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n" +
	"--b1\r\nContent-Type: message/rfc822\r\n\r\n" +
	"Message-ID: <out-9@clinic.example>\r\nFrom: front@clinic.example\r\nTo: zelda.quixote@example.com\r\nSubject: x\r\n\r\nbody\r\n" +
	"--b1--\r\n"

func TestHandlerTenancyAndMedia(t *testing.T) {
	rec := &channeltest.Recorder{}
	media := &memMedia{}
	h, _ := newHandler(t, rec, email.HandlerConfig{
		Practices: practices{"front@sunny.example": "sunny", "hola@luna.example": "luna"},
		Media:     media,
	})
	mail := "From: pat@example.com\r\nTo: Luna <hola@luna.example>\r\nMessage-ID: <m1@example.com>\r\n" +
		"Content-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\nContent-Type: text/plain\r\n\r\nphoto attached\r\n" +
		"--z\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=rash.png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--z--\r\n"
	if w := post(h, []byte(mail), nil); w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	in := rec.In[0]
	if in.PracticeID != "luna" || in.To.Value != "hola@luna.example" || !in.SentAt.Equal(t0) || len(in.Media) != 1 || in.Media[0].StoreKey != "luna/media-1" || in.Media[0].ContentType != "image/png" ||
		in.Media[0].Size != 8 || !bytes.Equal(media.saved[0], []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("inbound = %+v", in)
	}
	stranger := strings.Replace(mail, "hola@luna.example", "nobody@else.example", 1)
	if w := post(h, []byte(stranger), nil); w.Code != http.StatusNotFound {
		t.Errorf("unknown recipient: status %d, want 404", w.Code)
	}
}

func TestHandlerInboxFailureAsksForRedelivery(t *testing.T) {
	rec := &channeltest.Recorder{Err: errors.New("inbox: store unavailable")}
	h, logs := newHandler(t, rec, email.HandlerConfig{})
	if w := post(h, []byte(canaryMail), nil); w.Code != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500", w.Code)
	}
	if logs.FilterMessage("inbound e-mail not accepted").Len() != 1 {
		t.Errorf("failure not logged")
	}
	assertNoPHI(t, "", logs, canaries...)
}

func TestHandlerLogsNoPHI(t *testing.T) {
	rec := &channeltest.Recorder{}
	h, logs := newHandler(t, rec, email.HandlerConfig{})
	w := post(h, []byte(canaryMail), nil)
	if w.Code != http.StatusOK || len(rec.In) != 1 {
		t.Fatalf("status %d, %d inbound", w.Code, len(rec.In))
	}
	if logs.Len() == 0 {
		t.Fatal("nothing logged; the canary check would prove nothing")
	}
	body, _ := io.ReadAll(w.Body)
	assertNoPHI(t, string(body), logs, canaries...)
}

func TestNewHandlerConfigErrors(t *testing.T) {
	rec := &channeltest.Recorder{}
	for name, cfg := range map[string]email.HandlerConfig{
		"no token":    {PracticeID: "p1"},
		"no practice": {Token: "t"},
	} {
		if _, err := email.NewHandler(rec, cfg); !errors.Is(err, email.ErrConfig) {
			t.Errorf("%s: err = %v, want ErrConfig", name, err)
		}
	}
}

func TestHandlerProviderFormPosts(t *testing.T) {
	raw := shared(t, "talon", "standard_replies", "gmail.eml")
	sendgrid := func() (string, []byte) {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		mw.WriteField("envelope", `{"to":["front@clinic.example"],"from":"xxx@gmail.com"}`)
		mw.WriteField("email", string(raw))
		mw.Close()
		return mw.FormDataContentType(), b.Bytes()
	}
	mailgun := func() (string, []byte) {
		return "application/x-www-form-urlencoded", []byte(url.Values{"recipient": {"front@clinic.example"}, "body-mime": {string(raw)}}.Encode())
	}
	noField := func() (string, []byte) {
		return "application/x-www-form-urlencoded", []byte("text=hello")
	}
	tests := []struct {
		name string
		form func() (string, []byte)
		want int
	}{
		{"sendgrid raw", sendgrid, http.StatusOK},
		{"mailgun mime", mailgun, http.StatusOK},
		{"form without raw message", noField, http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &channeltest.Recorder{}
			h, _ := newHandler(t, rec, email.HandlerConfig{})
			ct, body := tt.form()
			w := post(h, body, func(r *http.Request) { r.Header.Set("Content-Type", ct) })
			if w.Code != tt.want {
				t.Fatalf("status %d, want %d", w.Code, tt.want)
			}
			if tt.want == http.StatusOK && (len(rec.In) != 1 || rec.In[0].Text != "Hello") {
				t.Errorf("inbound = %+v", rec.In)
			}
		})
	}
}
