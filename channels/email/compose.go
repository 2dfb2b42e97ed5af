package email

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
	"time"

	"github.com/google/uuid"
)

// draft is everything that goes into one outbound message.
type draft struct {
	From, FromName string
	To             string
	Subject        string
	Text           string
	MessageID      string
	InReplyTo      string
	References     []string
	Date           time.Time
	Files          []file
}

type file struct {
	ContentType, Filename string
	Data                  []byte
}

// messageID returns the Message-ID (without brackets) for a send: derived
// from the practice and idempotency key, so that every retry of one
// message carries the same id and receiving systems that dedupe by id see
// one message; random when there is no key.
func messageID(practiceID, key, domain string) string {
	if key == "" {
		return uuid.NewString() + "@" + domain
	}
	sum := sha256.Sum256([]byte(practiceID + "\x00" + key))
	return hex.EncodeToString(sum[:16]) + "@" + domain
}

// oneLine removes the line breaks that would let a value inject headers.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\r' || r == '\n' }), " ")
}

// encodeWord encodes s as RFC 2047 words when it is not plain ASCII.
func encodeWord(s string) string { return mime.QEncoding.Encode("utf-8", oneLine(s)) }

// idList writes ids as a folded list of bracketed message ids.
func idList(ids []string) string {
	var b strings.Builder
	for i, id := range ids {
		if i > 0 {
			b.WriteString("\r\n ")
		}
		b.WriteString("<" + id + ">")
	}
	return b.String()
}

// render writes the RFC 5322 message: headers, then a quoted-printable
// UTF-8 text/plain body, or a multipart/mixed with the text and base64
// attachments.
func (d draft) render() []byte {
	var b bytes.Buffer
	h := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	h("From", (&mail.Address{Name: oneLine(d.FromName), Address: d.From}).String())
	h("To", (&mail.Address{Address: d.To}).String())
	h("Subject", encodeWord(d.Subject))
	h("Date", d.Date.Format(time.RFC1123Z))
	h("Message-ID", "<"+d.MessageID+">")
	if d.InReplyTo != "" {
		h("In-Reply-To", "<"+d.InReplyTo+">")
	}
	if len(d.References) > 0 {
		h("References", idList(d.References))
	}
	h("MIME-Version", "1.0")
	if len(d.Files) == 0 {
		h("Content-Type", "text/plain; charset=utf-8")
		h("Content-Transfer-Encoding", "quoted-printable")
		b.WriteString("\r\n")
		writeQP(&b, d.Text)
		return b.Bytes()
	}
	mw := multipart.NewWriter(&b)
	h("Content-Type", mime.FormatMediaType("multipart/mixed", map[string]string{"boundary": mw.Boundary()}))
	b.WriteString("\r\n")
	tw, _ := mw.CreatePart(textproto.MIMEHeader{
		"Content-Type":              {"text/plain; charset=utf-8"},
		"Content-Transfer-Encoding": {"quoted-printable"},
	})
	writeQP(tw, d.Text)
	for _, f := range d.Files {
		ct := f.ContentType
		if ct == "" {
			ct = "application/octet-stream"
		}
		disp := "attachment"
		if f.Filename != "" {
			disp = mime.FormatMediaType("attachment", map[string]string{"filename": oneLine(f.Filename)})
		}
		pw, _ := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {ct},
			"Content-Disposition":       {disp},
			"Content-Transfer-Encoding": {"base64"},
		})
		writeBase64(pw, f.Data)
	}
	mw.Close()
	return b.Bytes()
}

type writer interface{ Write([]byte) (int, error) }

func writeQP(w writer, text string) {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\n", "\r\n")
	qw := quotedprintable.NewWriter(w)
	qw.Write([]byte(text))
	qw.Close()
	w.Write([]byte("\r\n"))
}

func writeBase64(w writer, data []byte) {
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 76 {
		w.Write([]byte(enc[:76] + "\r\n"))
		enc = enc[76:]
	}
	w.Write([]byte(enc + "\r\n"))
}
