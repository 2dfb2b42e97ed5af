package email

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/quotedprintable"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// decodeTransfer undoes a Content-Transfer-Encoding. Broken input is
// decoded as far as it goes rather than dropped: a patient's text before a
// corrupt byte is still the patient's text. Unknown encodings are passed
// through as they are.
func decodeTransfer(cte string, body []byte) []byte {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "base64":
		return decodeBase64(body)
	case "quoted-printable":
		out, _ := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(body)))
		return out
	}
	return body
}

// decodeBase64 decodes base64 leniently: characters outside the alphabet
// (line breaks, padding, junk) are skipped and a dangling final character
// is dropped, so a damaged attachment decodes as far as its data goes.
func decodeBase64(body []byte) []byte {
	clean := make([]byte, 0, len(body))
	for _, b := range body {
		if b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '+' || b == '/' {
			clean = append(clean, b)
		}
	}
	if len(clean)%4 == 1 {
		clean = clean[:len(clean)-1]
	}
	out := make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))
	n, _ := base64.RawStdEncoding.Decode(out, clean)
	return out[:n]
}

// lookupCharset returns the decoder for a MIME charset label, using the
// WHATWG index (which also knows legacy aliases such as ks_c_5601-1987 and
// x-mac-cyrillic). It returns nil for UTF-8, ASCII and unknown labels.
func lookupCharset(label string) encoding.Encoding {
	label = strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	switch label {
	case "", "utf-8", "utf8", "us-ascii", "ascii", "7bit", "8bit":
		return nil
	}
	if e, err := htmlindex.Get(label); err == nil {
		return e
	}
	return nil
}

// toUTF8 converts text in charset to UTF-8. Text labelled UTF-8 or ASCII
// (or unlabelled, or with an unknown label) that is not valid UTF-8 is
// read as Windows-1252, the usual truth behind such labels in real mail.
func toUTF8(charset string, b []byte) string {
	if enc := lookupCharset(charset); enc != nil {
		if out, err := enc.NewDecoder().Bytes(b); err == nil {
			return strings.ToValidUTF8(string(out), "\uFFFD")
		}
	}
	if utf8.Valid(b) {
		return string(b)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

// wordDecoder decodes RFC 2047 encoded words in any charset the WHATWG
// index knows.
var wordDecoder = &mime.WordDecoder{
	CharsetReader: func(charset string, input io.Reader) (io.Reader, error) {
		if enc := lookupCharset(charset); enc != nil {
			return enc.NewDecoder().Reader(input), nil
		}
		return input, nil
	},
}

// decodeHeader decodes encoded words in a header value. A value that does
// not decode is returned as it was, made valid UTF-8.
func decodeHeader(v string) string {
	out, err := wordDecoder.DecodeHeader(v)
	if err != nil {
		out = v
	}
	if !utf8.ValidString(out) {
		out = toUTF8("", []byte(out))
	}
	return strings.TrimSpace(out)
}
