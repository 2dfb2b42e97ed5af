package email

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/channels"
)

// TestParseTalonReplies checks reply extraction on genuine replies from
// twelve mail clients: each wrote "Hello" above its own quoting style.
// Unlike talon's golden files, frontdesk also strips the signature block
// and client footers (iPhone, Sparrow), so every expected reply is
// "Hello".
func TestParseTalonReplies(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(sharedData(t, "talon", "standard_replies"), "*.eml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Parse(raw, nil)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if m.Reply != "Hello" {
				t.Errorf("Reply = %q, want %q", m.Reply, "Hello")
			}
			if m.Automated != Human {
				t.Errorf("Automated = %q, want human", m.Automated)
			}
			if !strings.Contains(m.Text, "Hi") {
				t.Errorf("Text lost the quoted history: %q", m.Text)
			}
		})
	}
}

// TestStripQuotedTalonHTML checks HTML-only replies from nine clients:
// converted to text and stripped they must read "Hi. I am fine. Thanks,
// Alex" (compared without whitespace, as talon does).
func TestStripQuotedTalonHTML(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(sharedData(t, "talon", "html_replies"), "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := StripQuoted(HTMLToText(toUTF8("", raw)))
			if squeezed := strings.Join(strings.Fields(got), ""); squeezed != "Hi.Iamfine.Thanks,Alex" {
				t.Errorf("reply = %q", got)
			}
		})
	}
}

func TestParseThreading(t *testing.T) {
	m, err := Parse(readShared(t, "talon", "standard_replies", "apple_mail_2.eml"), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "CABzQGhkMXDxUt_tSVQcg=43aniUhtsVfCZVzu-PG0kwS_uzqMw@mail.gmail.com"
	if m.MessageID != "68001B29-8EA4-444C-A894-0537D2CA5208@tictail.com" {
		t.Errorf("MessageID = %q", m.MessageID)
	}
	if m.InReplyTo != want {
		t.Errorf("InReplyTo = %q", m.InReplyTo)
	}
	if diff := cmp.Diff([]string{want}, m.References); diff != "" {
		t.Errorf("References (-want +got):\n%s", diff)
	}
	if m.From.Value != "adam@tictail.com" || m.Date.IsZero() {
		t.Errorf("From = %v, Date = %v", m.From, m.Date)
	}
}

func TestParseSharedMIME(t *testing.T) {
	tests := []struct {
		file        []string
		subject     string
		text        string // substring of Text
		fromHTML    bool
		attachments int
		automated   Automation
		damaged     bool
		check       func(t *testing.T, m *Message)
	}{
		{file: []string{"enmime", "mail", "html-only-inline.raw"}, subject: "MIME test 1", text: "Test of HTML section", fromHTML: true, attachments: 1,
			check: func(t *testing.T, m *Message) {
				if a := m.Attachments[0]; a.ContentType != "image/png" || !a.Inline || a.ContentID == "" || len(a.Data) == 0 {
					t.Errorf("inline image = %+v", a)
				}
			}},
		{file: []string{"enmime", "mail", "html-mime-inline.raw"}, subject: "MIME test 1", text: "Test of text section", attachments: 1},
		{file: []string{"enmime", "mail", "mime-alternative.raw"}, subject: "Multipart Mixed", text: "Section one"},
		{file: []string{"enmime", "mail", "qp-utf8-header.raw"}, subject: "MIME UTF8 Test \u00a2 More Text", text: "Lorem ipsum"},
		{file: []string{"enmime", "mail", "quoted-printable.raw"}, subject: "Quoted Printable", text: "Lorem ipsum"},
		{file: []string{"enmime", "mail", "mime-signed.raw"}, subject: "Multipart Signed", text: "Section two"},
		{file: []string{"enmime", "mail", "attachment-only.raw"}, subject: "Test", attachments: 1},
		{file: []string{"enmime", "mail", "non-mime-html.raw"}, text: "This is a test mailing", fromHTML: true},
		{file: []string{"enmime", "mail", "multipart-wo-boundary.raw"}, text: "without boundary", damaged: true, automated: Bounce},
		{file: []string{"enmime", "low-quality", "unk-charset-part.raw"}, text: "A text section", attachments: 1},
		{file: []string{"enmime", "low-quality", "bad-final-boundary.raw"}, text: "A text section", attachments: 1, damaged: true},
		{file: []string{"enmime", "mail", "qp-utf8-header-no-break.raw"}, subject: "MIME UTF8 Test \u00a2 More Text", text: "Lorem ipsum", damaged: true},
		{file: []string{"php-mime-mail-parser", "m0011"}, subject: "Hello World !", text: "This is a text body", attachments: 1},
		{file: []string{"php-mime-mail-parser", "m0028"}, text: "plain text content", attachments: 10},
		{file: []string{"php-mime-mail-parser", "m0021"}, subject: "occurs when divided into an array, and the last e of the array! Путін хуйло!!!!!!"},
		{file: []string{"php-mime-mail-parser", "failure.eml"}, automated: Bounce, damaged: true}, // truncated upstream
		{file: []string{"php-mime-mail-parser", "issue84"}, subject: "Re: [PHP-DEV] [RFC] Remove PHP 4 Constructors", text: "+1 from me."},
		{file: []string{"php-mime-mail-parser", "issue230"}, check: func(t *testing.T, m *Message) {
			if !strings.ContainsFunc(m.Text, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) {
				t.Errorf("x-mac-cyrillic body not decoded")
			}
		}},
		{file: []string{"php-mime-mail-parser", "issue149"}, attachments: 1, check: func(t *testing.T, m *Message) {
			if !strings.ContainsFunc(m.Subject, func(r rune) bool { return unicode.Is(unicode.Hebrew, r) }) {
				t.Errorf("iso-8859-8-i subject not decoded: %q", m.Subject)
			}
		}},
		{file: []string{"php-mime-mail-parser", "m0018"}, text: "My traveling companions!", attachments: 2, check: func(t *testing.T, m *Message) {
			if !strings.ContainsFunc(m.Attachments[0].Filename, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) {
				t.Errorf("ks_c_5601-1987 file name not decoded: %q", m.Attachments[0].Filename)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.file, "/"), func(t *testing.T) {
			m, err := Parse(readShared(t, tt.file...), nil)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if tt.subject != "" && m.Subject != tt.subject {
				t.Errorf("Subject = %q, want %q", m.Subject, tt.subject)
			}
			if !strings.Contains(m.Text, tt.text) {
				t.Errorf("Text = %q, want it to contain %q", m.Text, tt.text)
			}
			if m.FromHTML != tt.fromHTML {
				t.Errorf("FromHTML = %v, want %v", m.FromHTML, tt.fromHTML)
			}
			if len(m.Attachments) != tt.attachments {
				t.Errorf("%d attachments, want %d", len(m.Attachments), tt.attachments)
			}
			if m.Automated != tt.automated {
				t.Errorf("Automated = %q, want %q", m.Automated, tt.automated)
			}
			if m.Damaged != tt.damaged {
				t.Errorf("Damaged = %v, want %v", m.Damaged, tt.damaged)
			}
			if tt.check != nil {
				tt.check(t, m)
			}
		})
	}
}

// TestParseEverySharedFile parses every shared message: each either
// parses or fails with a typed error, never panics.
func TestParseEverySharedFile(t *testing.T) {
	root := sharedData(t)
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, "LICENSE") || strings.HasSuffix(p, ".md") {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if _, err := Parse(raw, nil); err != nil && !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: untyped error %v", p, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		opts *ParseOptions
		want error
	}{
		{"empty", "", nil, ErrMalformed},
		{"no header block", "just some words\n", nil, ErrMalformed},
		{"no from", "Subject: hi\r\n\r\nbody\r\n", nil, ErrMalformed},
		{"from without domain dot", "From: bob@extern\r\n\r\nbody\r\n", nil, ErrMalformed},
		{"too large", "From: a@example.com\r\n\r\n" + strings.Repeat("x", 100), &ParseOptions{MaxBytes: 50}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.raw), tt.opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Reason == "" {
				t.Errorf("err %v is not a *ParseError with a reason", err)
			}
		})
	}
}

func TestParseBuiltMessages(t *testing.T) {
	raw := "From: =?UTF-8?Q?Jos=C3=A9_P=C3=A9rez?= <Jose.Perez@Example.com>\r\n" +
		"To: Clinic <front@clinic.example>, other@example.org\r\n" +
		"Cc: front@clinic.example\r\n" +
		"Subject: =?ISO-8859-1?Q?Cita_ma=F1ana?=\r\n" +
		"Message-ID: <abc@mail.example>\r\n" +
		"In-Reply-To: <out-1@clinic.example>\r\n" +
		"References: <out-0@clinic.example>\r\n <out-1@clinic.example>\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=outer\r\n\r\n" +
		"--outer\r\n" +
		"Content-Type: multipart/alternative; boundary=inner\r\n\r\n" +
		"--inner\r\n" +
		"Content-Type: text/plain; charset=iso-8859-1\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n\r\n" +
		"Necesito cambiar la cita de ma=F1ana.=\r\n Gracias\r\n\r\n" +
		"El lun, 3 abr 2023 a las 10:00, Cl=EDnica <front@clinic.example> escribi=F3:\r\n" +
		"> Le recordamos su cita.\r\n" +
		"--inner\r\n" +
		"Content-Type: text/html; charset=utf-8\r\n\r\n" +
		"<p>HTML version</p>\r\n" +
		"--inner--\r\n" +
		"--outer\r\n" +
		"Content-Type: image/jpeg; name=\"=?UTF-8?Q?tarjeta_seguro.jpg?=\"\r\n" +
		"Content-Disposition: attachment\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" +
		"/9j/4AAQ\r\nSkZJRg==\r\n" +
		"--outer--\r\n"
	m, err := Parse([]byte(raw), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := &Message{
		MessageID:  "abc@mail.example",
		InReplyTo:  "out-1@clinic.example",
		References: []string{"out-0@clinic.example", "out-1@clinic.example"},
		From:       mustEmail(t, "jose.perez@example.com"),
		To:         []channelsAddress{mustEmail(t, "front@clinic.example"), mustEmail(t, "other@example.org")},
		Subject:    "Cita mañana",
		Text:       "Necesito cambiar la cita de mañana. Gracias\n\nEl lun, 3 abr 2023 a las 10:00, Clínica <front@clinic.example> escribió:\n> Le recordamos su cita.",
		Reply:      "Necesito cambiar la cita de mañana. Gracias",
		Attachments: []Attachment{{
			ContentType: "image/jpeg", Filename: "tarjeta seguro.jpg",
			Data: []byte{0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F'},
		}},
	}
	if diff := cmp.Diff(want, m); diff != "" {
		t.Errorf("Parse (-want +got):\n%s", diff)
	}
}

// TestParseRFC2231 checks parameter continuations and charsets (RFC 2231)
// in attachment names and an 8-bit UTF-8 body without a charset label.
func TestParseRFC2231(t *testing.T) {
	raw := "From: pat@example.com\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\nAquí está mi tarjeta\r\n" +
		"--b\r\nContent-Type: application/pdf\r\n" +
		"Content-Disposition: attachment;\r\n filename*0*=utf-8''tarjeta%20de%20;\r\n filename*1*=seguro%C3%A9.pdf\r\n\r\n%PDF\r\n" +
		"--b--\r\n"
	m, err := Parse([]byte(raw), nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.Text != "Aquí está mi tarjeta" {
		t.Errorf("Text = %q", m.Text)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Filename != "tarjeta de seguroé.pdf" || m.Attachments[0].ContentType != "application/pdf" {
		t.Errorf("attachments = %+v", m.Attachments)
	}
}

func TestInboundClipsAndFlags(t *testing.T) {
	long := strings.Repeat("é", 40000) // 80,000 bytes
	m := &Message{MessageID: "x@y", From: mustEmail(t, "pat@example.com"), Text: long, Reply: long, Damaged: true}
	in := m.Inbound("p1")
	if err := in.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	if !strings.HasSuffix(in.Text, "[message truncated]") || in.RawType != "email/damaged" {
		t.Errorf("text ends %q, raw type %q", in.Text[len(in.Text)-30:], in.RawType)
	}
	empty := (&Message{MessageID: "x@y", From: mustEmail(t, "pat@example.com")}).Inbound("p1")
	if empty.Type != channels.TypeUnsupported || empty.RawType != "empty" {
		t.Errorf("empty message = %+v", empty)
	}
	media := (&Message{MessageID: "x@y", From: mustEmail(t, "pat@example.com"), Attachments: []Attachment{{ContentType: "image/png", Data: []byte("png")}}}).Inbound("p1")
	if media.Type != channels.TypeMedia || media.Media[0].ProviderRef != "x@y#1" || media.Media[0].Size != 3 {
		t.Errorf("attachment-only message = %+v", media)
	}
}
