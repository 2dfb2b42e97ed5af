package email

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzComposeRoundTrip renders messages and parses them back: subject,
// text, ids and threading survive, and no input adds a header.
func FuzzComposeRoundTrip(f *testing.F) {
	f.Add("Re: Cita mañana", "Hola,\nsu cita es mañana.\n\n-- \nClínica", "ref-1@x.example")
	f.Add("Hello\r\nBcc: evil@example.com", "line\r\n.\r\nafter a lone dot", "a@b")
	f.Add(strings.Repeat("ü", 120), strings.Repeat("long line ", 200), "")
	f.Fuzz(func(t *testing.T, subject, text, ref string) {
		if !utf8.ValidString(subject) || !utf8.ValidString(text) {
			return
		}
		d := draft{
			From: "front@clinic.example", FromName: "Clinic", To: "pat@example.com",
			Subject: clip(oneLine(subject), 200), Text: text,
			MessageID: messageID("p1", "k", "clinic.example"),
			Date:      time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
		}
		if validID(ref) {
			d.InReplyTo, d.References = ref, []string{ref}
		}
		raw := d.render()
		m, err := Parse(raw, nil)
		if err != nil {
			t.Fatalf("rendered message does not parse: %v\n%s", err, raw)
		}
		if m.MessageID != d.MessageID || m.InReplyTo != d.InReplyTo || !m.Date.Equal(d.Date) {
			t.Fatalf("ids or date changed: %q %q %v", m.MessageID, m.InReplyTo, m.Date)
		}
		if want := strings.TrimSpace(d.Subject); m.Subject != want {
			t.Fatalf("subject %q, want %q", m.Subject, want)
		}
		wantText := strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
		if strings.ContainsRune(text, '\r') {
			return // lone CRs are not representable in a text/plain line
		}
		if m.Text != wantText {
			t.Fatalf("text %q, want %q", m.Text, wantText)
		}
	})
}

func TestMessageIDStablePerKey(t *testing.T) {
	a := messageID("p1", "k1", "clinic.example")
	if a != messageID("p1", "k1", "clinic.example") || a == messageID("p2", "k1", "clinic.example") || !validID(a) {
		t.Errorf("message ids not stable per practice and key: %q", a)
	}
	if messageID("p1", "", "clinic.example") == messageID("p1", "", "clinic.example") {
		t.Errorf("keyless ids repeat")
	}
}
