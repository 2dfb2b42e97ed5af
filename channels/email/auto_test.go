package email

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/channels"

	"github.com/frontdeskhq/frontdesk/internal/shareddata"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		name, header string
		want         Automation
	}{
		{"person", "Subject: Re: appointment\r\n", Human},
		{"auto-submitted no", "Auto-Submitted: no\r\nSubject: hi\r\n", Human},
		{"rfc 3834", "Auto-Submitted: auto-replied\r\nSubject: Re: appointment\r\n", AutoReply},
		{"x-autoreply", "X-Autoreply: yes\r\nSubject: hi\r\n", AutoReply},
		{"precedence bulk", "Precedence: bulk\r\nSubject: newsletter\r\n", AutoReply},
		{"outlook oof", "X-Auto-Response-Suppress: All\r\nSubject: Automatic reply: Appointment\r\n", AutoReply},
		{"spanish subject", "Subject: Respuesta automática: Cita\r\n", AutoReply},
		{"out of office", "Subject: Out of Office: reminder\r\n", AutoReply},
		{"mailer daemon", "From: MAILER-DAEMON@mx.example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n", Bounce},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := tt.header
			if !strings.Contains(raw, "From:") {
				raw = "From: pat@example.com\r\n" + raw
			}
			m, err := Parse([]byte(raw+"\r\nbody\r\n"), nil)
			if err != nil {
				t.Fatal(err)
			}
			if m.Automated != tt.want {
				t.Errorf("Automated = %q, want %q", m.Automated, tt.want)
			}
		})
	}
}

// dsn is a delivery status notification as Postfix writes it, about the
// message <out-7@clinic.example>.
const dsn = "From: MAILER-DAEMON@mx.clinic.example (Mail Delivery System)\r\n" +
	"To: front@clinic.example\r\n" +
	"Subject: Undelivered Mail Returned to Sender\r\n" +
	"Auto-Submitted: auto-replied\r\n" +
	"MIME-Version: 1.0\r\n" +
	"Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n" +
	"--B\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n" +
	"--B\r\nContent-Type: message/delivery-status\r\n\r\n" +
	"Reporting-MTA: dns; mx.clinic.example\r\n\r\n" +
	"Final-Recipient: rfc822; jane.roe@example.com\r\nOriginal-Recipient: rfc822;jane.roe@example.com\r\n" +
	"Action: failed\r\nStatus: 5.1.1 (mailbox jane.roe@example.com unknown)\r\n" +
	"Diagnostic-Code: smtp; 550 5.1.1 <jane.roe@example.com>: Recipient address rejected\r\n\r\n" +
	"Final-Recipient: rfc822; other@example.com\r\nAction: delayed\r\nStatus: 4.4.1\r\n\r\n" +
	"--B\r\nContent-Type: text/rfc822-headers\r\n\r\n" +
	"From: front@clinic.example\r\nTo: jane.roe@example.com\r\nMessage-ID: <out-7@clinic.example>\r\nSubject: Your appointment\r\n" +
	"--B--\r\n"

func TestBounceStatuses(t *testing.T) {
	m, err := Parse([]byte(dsn), nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.Automated != Bounce {
		t.Fatalf("Automated = %q, want bounce", m.Automated)
	}
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	want := []channels.Status{{
		PracticeID: "p1", Channel: channels.Email, ProviderID: "out-7@clinic.example",
		State: channels.StateFailed, ErrorCode: "5.1.1", At: at,
	}}
	if diff := cmp.Diff(want, m.Statuses("p1", at)); diff != "" {
		t.Errorf("Statuses (-want +got):\n%s", diff)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(dsn))
	f.Add([]byte("From: a@example.com\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nhi\r\n--x--\r\n"))
	f.Add([]byte("From: =?utf-8?b?w6k=?= <a@example.com>\r\nSubject: =?iso-8859-1?q?caf=e9?=\r\n\r\nx"))
	for _, name := range []string{"gmail.eml", "iphone.eml", "android.eml"} {
		if b, err := os.ReadFile(filepath.Join(sharedDataOrEmpty(f), "talon", "standard_replies", name)); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := Parse(raw, &ParseOptions{MaxParts: 50})
		if err != nil {
			return
		}
		if m.From.IsZero() || m.MessageID == "" || !validID(m.MessageID) {
			t.Fatalf("parsed message without sender or id")
		}
		in := m.Inbound("p1")
		if err := in.Validate(); err != nil {
			t.Fatalf("Inbound does not validate: %v", err)
		}
	})
}

// sharedDataOrEmpty is sharedData for seed corpora, which must not skip.
func sharedDataOrEmpty(f *testing.F) string {
	p, ok := shareddata.Path("email")
	if !ok {
		return ""
	}
	return p
}

func BenchmarkParse(b *testing.B) {
	for _, file := range [][]string{
		{"talon", "standard_replies", "gmail.eml"},
		{"enmime", "mail", "html-mime-inline.raw"},
		{"php-mime-mail-parser", "m0028"},
	} {
		raw := readShared(b, file...)
		b.Run(file[len(file)-1], func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				if _, err := Parse(raw, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
