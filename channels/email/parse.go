package email

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"net/textproto"
	"strings"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
)

// Message is a parsed inbound e-mail.
type Message struct {
	// MessageID is the Message-ID without angle brackets. A message
	// without one gets "sha256-<digest>@frontdesk.invalid", a digest of
	// the raw bytes, so that a redelivery is still recognised.
	MessageID string
	// InReplyTo is the first In-Reply-To id, without angle brackets.
	InReplyTo string
	// References are the References ids, oldest first, without brackets.
	References []string
	// From is the sender's normalised address.
	From channels.Address
	// To lists the To, Cc and Delivered-To addresses that parsed, in
	// header order, without duplicates.
	To []channels.Address
	// Subject is the decoded subject.
	Subject string
	// Date is the Date header; zero when absent or unreadable.
	Date time.Time
	// Text is the whole decoded body: the text/plain alternative, or the
	// HTML one converted to text when there is no plain text.
	Text string
	// FromHTML reports that Text was derived from HTML.
	FromHTML bool
	// Reply is Text without quoted history and signature: what the patient
	// wrote this time (see StripQuoted).
	Reply string
	// Attachments are the non-body parts, decoded.
	Attachments []Attachment
	// Automated says whether an auto-responder or mail system sent the
	// message rather than a person; see Automation.
	Automated Automation
	// Reports are the per-recipient results of a delivery status
	// notification (Automated == Bounce).
	Reports []DeliveryReport
	// Damaged reports that part of the MIME structure was broken and
	// skipped; what could be read is still here.
	Damaged bool
}

// Attachment is one decoded non-body MIME part.
type Attachment struct {
	ContentType string
	Filename    string
	// ContentID is the Content-ID without brackets, for inline parts.
	ContentID string
	Inline    bool
	Data      []byte
}

// ParseOptions bound the work Parse does. The zero value uses the
// defaults named on each field.
type ParseOptions struct {
	// MaxBytes is the largest raw message accepted. Default 25 MiB.
	MaxBytes int
	// MaxParts is the most MIME parts walked. Default 200.
	MaxParts int
	// MaxDepth is the deepest multipart nesting walked. Default 12.
	MaxDepth int
}

func (o *ParseOptions) withDefaults() ParseOptions {
	var r ParseOptions
	if o != nil {
		r = *o
	}
	if r.MaxBytes <= 0 {
		r.MaxBytes = 25 << 20
	}
	if r.MaxParts <= 0 {
		r.MaxParts = 200
	}
	if r.MaxDepth <= 0 {
		r.MaxDepth = 12
	}
	return r
}

// Parse parses a raw RFC 5322 message. It is lenient where real mail is
// sloppy (bad charsets, broken boundaries, undecodable parts are kept as
// far as they decode and flagged Damaged) and strict only where it must
// be: a message with an unreadable header block or no usable From
// address fails with a *ParseError wrapping ErrMalformed, and one over
// opts.MaxBytes with ErrTooLarge. opts may be nil.
func Parse(raw []byte, opts *ParseOptions) (*Message, error) {
	o := opts.withDefaults()
	if len(raw) > o.MaxBytes {
		return nil, &ParseError{Reason: "over size limit", Err: ErrTooLarge}
	}
	mm, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		if fixed := repairHeader(raw); fixed != nil {
			mm, err = mail.ReadMessage(bytes.NewReader(fixed))
		}
		if err != nil {
			return nil, malformed("unreadable header block")
		}
	}
	h := mm.Header
	m := &Message{
		MessageID:  firstID(h.Get("Message-Id")),
		InReplyTo:  firstID(h.Get("In-Reply-To")),
		References: msgIDs(h.Get("References")),
		Subject:    decodeHeader(h.Get("Subject")),
	}
	if m.MessageID == "" {
		sum := sha256.Sum256(raw)
		m.MessageID = "sha256-" + hex.EncodeToString(sum[:16]) + "@frontdesk.invalid"
	}
	if d, err := h.Date(); err == nil {
		m.Date = d
	}
	from, ok := parseFrom(h)
	if !ok {
		return nil, malformed("no usable From address")
	}
	m.From = from
	m.To = recipients(h)

	body, _ := io.ReadAll(mm.Body)
	w := walker{opts: o}
	w.walk(textproto.MIMEHeader(h), body, 0)
	m.Damaged = w.damaged
	m.Attachments = w.attachments
	switch {
	case w.plain.Len() > 0:
		m.Text = w.plain.String()
	case w.html.Len() > 0:
		m.Text, m.FromHTML = w.html.String(), true
	}
	m.Text = strings.TrimSpace(strings.ReplaceAll(m.Text, "\r\n", "\n"))
	m.Reply = StripQuoted(m.Text)
	m.Automated = classify(h, w.report)
	if len(w.dsn) > 0 {
		m.Reports = parseDSN(w.dsn, w.origHeaders, m.InReplyTo)
	}
	return m, nil
}

// parseFrom returns the sender. It prefers the decoded From header and
// falls back to the angle-bracketed address in it, then to Sender.
func parseFrom(h mail.Header) (channels.Address, bool) {
	for _, key := range []string{"From", "Sender", "Reply-To"} {
		v := h.Get(key)
		if v == "" {
			continue
		}
		p := mail.AddressParser{WordDecoder: wordDecoder}
		if list, err := p.ParseList(v); err == nil && len(list) > 0 {
			if a, err := channels.ParseEmail(list[0].Address); err == nil {
				return a, true
			}
		}
		if i, j := strings.LastIndexByte(v, '<'), strings.LastIndexByte(v, '>'); i >= 0 && j > i {
			if a, err := channels.ParseEmail(v[i+1 : j]); err == nil {
				return a, true
			}
		}
		for _, f := range strings.Fields(v) {
			if a, err := channels.ParseEmail(strings.Trim(f, "<>,;\"'")); err == nil {
				return a, true
			}
		}
	}
	return channels.Address{}, false
}

func recipients(h mail.Header) []channels.Address {
	var out []channels.Address
	seen := map[string]bool{}
	p := mail.AddressParser{WordDecoder: wordDecoder}
	for _, key := range []string{"To", "Cc", "Delivered-To", "X-Original-To"} {
		for _, v := range h[textproto.CanonicalMIMEHeaderKey(key)] {
			list, err := p.ParseList(v)
			if err != nil {
				continue
			}
			for _, a := range list {
				addr, err := channels.ParseEmail(a.Address)
				if err != nil || seen[addr.Value] {
					continue
				}
				seen[addr.Value] = true
				out = append(out, addr)
			}
		}
	}
	return out
}

// msgIDs returns the message ids in a Message-ID, In-Reply-To or
// References value, without brackets. Ids written without brackets (an
// RFC 822 habit) are taken as whitespace-separated tokens.
func msgIDs(v string) []string {
	var out []string
	for {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(v[i:], '>')
		if j < 0 {
			break
		}
		if id := strings.TrimSpace(v[i+1 : i+j]); validID(id) {
			out = append(out, id)
		}
		v = v[i+j+1:]
	}
	if out == nil {
		for _, f := range strings.Fields(v) {
			if validID(f) && strings.Contains(f, "@") {
				out = append(out, f)
			}
		}
	}
	return out
}

func firstID(v string) string {
	if ids := msgIDs(v); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

// validID reports whether id can be written back between angle brackets
// in a header: printable ASCII without spaces or brackets, at most 250
// bytes.
func validID(id string) bool {
	if id == "" || len(id) > 250 {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; c <= ' ' || c >= 0x7f || c == '<' || c == '>' {
			return false
		}
	}
	return true
}

// walker collects the body text and attachments of a MIME tree.
type walker struct {
	opts        ParseOptions
	parts       int
	damaged     bool
	plain, html strings.Builder
	attachments []Attachment
	report      bool   // a multipart/report was seen
	dsn         []byte // the message/delivery-status part
	origHeaders []byte // text/rfc822-headers or the returned message
}

func (w *walker) walk(h textproto.MIMEHeader, body []byte, depth int) {
	w.parts++
	if w.parts > w.opts.MaxParts || depth > w.opts.MaxDepth {
		w.damaged = true
		return
	}
	mediatype, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil && mediatype == "" {
		mediatype, params = "text/plain", map[string]string{}
		if h.Get("Content-Type") != "" {
			w.damaged = true
		}
	}
	if strings.HasPrefix(mediatype, "multipart/") {
		w.walkMultipart(mediatype, params, body, depth)
		return
	}
	data := decodeTransfer(h.Get("Content-Transfer-Encoding"), body)
	disp, dparams, _ := mime.ParseMediaType(h.Get("Content-Disposition"))
	filename := decodeHeader(dparams["filename"])
	if filename == "" {
		filename = decodeHeader(params["name"])
	}
	switch {
	case mediatype == "message/delivery-status" || mediatype == "message/global-delivery-status":
		w.dsn = data
		return
	case mediatype == "text/rfc822-headers" || mediatype == "message/rfc822" && w.report:
		w.origHeaders = data
		if mediatype == "text/rfc822-headers" {
			return
		}
	case mediatype == "application/pgp-signature" || mediatype == "application/pkcs7-signature":
		return // a signature says nothing to the care team
	}
	isText := mediatype == "text/plain" || mediatype == "text/html"
	if isText && disp != "attachment" && filename == "" {
		text := toUTF8(params["charset"], data)
		if mediatype == "text/plain" {
			appendBlock(&w.plain, text)
		} else {
			appendBlock(&w.html, HTMLToText(text))
		}
		return
	}
	w.attachments = append(w.attachments, Attachment{
		ContentType: mediatype,
		Filename:    filename,
		ContentID:   firstID(h.Get("Content-Id")),
		Inline:      disp == "inline",
		Data:        data,
	})
}

func (w *walker) walkMultipart(mediatype string, params map[string]string, body []byte, depth int) {
	boundary := params["boundary"]
	if boundary == "" {
		// A multipart without a boundary cannot be split; keep it as text
		// so that nothing the patient wrote is lost.
		w.damaged = true
		appendBlock(&w.plain, toUTF8(params["charset"], body))
		return
	}
	if mediatype == "multipart/report" {
		w.report = true
	}
	type child struct {
		h    textproto.MIMEHeader
		body []byte
	}
	var children []child
	r := multipart.NewReader(bytes.NewReader(body), boundary)
	for {
		p, err := r.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			w.damaged = true
			break
		}
		b, err := io.ReadAll(p)
		if err != nil {
			w.damaged = true
		}
		children = append(children, child{p.Header, b})
		if len(children) > w.opts.MaxParts {
			w.damaged = true
			break
		}
	}
	if len(children) == 0 && len(bytes.TrimSpace(body)) > 0 {
		w.damaged = true
		appendBlock(&w.plain, toUTF8("", body))
		return
	}
	if mediatype != "multipart/alternative" {
		for _, c := range children {
			w.walk(c.h, c.body, depth+1)
		}
		return
	}
	// multipart/alternative: take the text of the first alternative that
	// has plain text, else of the first with HTML; keep every
	// alternative's attachments (inline photos live in the HTML branch).
	subs := make([]*walker, len(children))
	for i, c := range children {
		sub := &walker{opts: w.opts, parts: w.parts}
		sub.walk(c.h, c.body, depth+1)
		w.parts = sub.parts
		w.damaged = w.damaged || sub.damaged
		w.attachments = append(w.attachments, sub.attachments...)
		subs[i] = sub
	}
	for _, sub := range subs {
		if sub.plain.Len() > 0 {
			appendBlock(&w.plain, sub.plain.String())
			return
		}
	}
	for _, sub := range subs {
		if sub.html.Len() > 0 {
			appendBlock(&w.html, sub.html.String())
			return
		}
	}
}

func appendBlock(b *strings.Builder, s string) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
	if s == "" {
		return
	}
	if b.Len() > 0 {
		b.WriteString("\n\n")
	}
	b.WriteString(s)
}
