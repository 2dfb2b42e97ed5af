package hl7

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Errors of the parser. Every error wraps ErrMalformed or ErrNotSIU.
var (
	// ErrMalformed: the bytes are not an HL7 v2 message this parser can
	// read (no MSH header, bad delimiters, missing required fields).
	ErrMalformed = errors.New("hl7: malformed message")
	// ErrNotSIU: a well-formed message of another type (MSH-9 is not SIU),
	// or an SIU trigger event this package does not map.
	ErrNotSIU = errors.New("hl7: not a supported SIU message")
)

// MaxMessageBytes bounds the input Parse accepts.
const MaxMessageBytes = 1 << 20

// Delimiters are a message's encoding characters, from MSH-1 and MSH-2.
type Delimiters struct {
	Field, Component, Repetition, Escape, Subcomponent byte
}

// Segment is one segment: its name and raw (still escaped) fields,
// numbered as HL7 numbers them (Fields[1] is field 1; for MSH, field 1 is
// the field separator itself).
type Segment struct {
	Name   string
	Fields []string
}

// Message is a parsed HL7 v2 message.
type Message struct {
	Delims   Delimiters
	Segments []Segment
}

// Parse splits an HL7 v2 message into segments and fields. It accepts
// CR, LF or CRLF between segments and MLLP framing bytes around the
// message, and takes the delimiters from the MSH segment.
func Parse(data []byte) (*Message, error) {
	if len(data) > MaxMessageBytes {
		return nil, fmt.Errorf("%w: longer than %d bytes", ErrMalformed, MaxMessageBytes)
	}
	data = bytes.Trim(data, "\x0b\x1c\r\n \t")
	if len(data) < 8 || string(data[:3]) != "MSH" {
		return nil, fmt.Errorf("%w: no MSH segment at the start", ErrMalformed)
	}
	d := Delimiters{Field: data[3]}
	enc := data[4:]
	end := bytes.IndexByte(enc, d.Field)
	if end < 1 || end > 5 {
		return nil, fmt.Errorf("%w: bad encoding characters", ErrMalformed)
	}
	enc = enc[:end]
	d.Component = enc[0]
	d.Repetition, d.Escape, d.Subcomponent = at(enc, 1), at(enc, 2), at(enc, 3)
	seen := map[byte]bool{}
	for _, c := range []byte{d.Field, d.Component, d.Repetition, d.Escape, d.Subcomponent} {
		if c == 0 {
			continue
		}
		if seen[c] || c == '\r' || c == '\n' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') {
			return nil, fmt.Errorf("%w: bad encoding characters", ErrMalformed)
		}
		seen[c] = true
	}
	m := &Message{Delims: d}
	for _, line := range strings.FieldsFunc(string(data), func(r rune) bool { return r == '\r' || r == '\n' }) {
		if line == "" {
			continue
		}
		parts := strings.Split(line, string(d.Field))
		name := parts[0]
		if len(name) != 3 {
			return nil, fmt.Errorf("%w: segment name of %d bytes", ErrMalformed, len(name))
		}
		var fields []string
		if name == "MSH" {
			// MSH-1 is the separator; MSH-2 the encoding characters.
			fields = append([]string{"MSH", string(d.Field)}, parts[1:]...)
		} else {
			fields = parts
		}
		m.Segments = append(m.Segments, Segment{Name: name, Fields: fields})
	}
	return m, nil
}

func at(b []byte, i int) byte {
	if i < len(b) {
		return b[i]
	}
	return 0
}

// Segment returns the first segment with the given name.
func (m *Message) Segment(name string) (Segment, bool) {
	for _, s := range m.Segments {
		if s.Name == name {
			return s, true
		}
	}
	return Segment{}, false
}

// Field returns field i of s, raw; "" when absent.
func (s Segment) Field(i int) string {
	if i < 1 || i >= len(s.Fields) {
		return ""
	}
	return s.Fields[i]
}

// Component returns component c (1-based) of the first repetition of
// field i, unescaped.
func (m *Message) Component(s Segment, i, c int) string {
	f := s.Field(i)
	if m.Delims.Repetition != 0 {
		f, _, _ = strings.Cut(f, string(m.Delims.Repetition))
	}
	parts := strings.Split(f, string(m.Delims.Component))
	if c < 1 || c > len(parts) {
		return ""
	}
	sub := parts[c-1]
	if m.Delims.Subcomponent != 0 {
		sub, _, _ = strings.Cut(sub, string(m.Delims.Subcomponent))
	}
	return m.Unescape(sub)
}

// Unescape resolves HL7 escape sequences: \F\ \S\ \T\ \R\ \E\ to the
// delimiters, \Xhh..\ to bytes, \.br\ to a line break; other sequences
// are dropped. A lone escape character is kept.
func (m *Message) Unescape(s string) string {
	e := m.Delims.Escape
	if e == 0 || strings.IndexByte(s, e) < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != e {
			b.WriteByte(s[i])
			continue
		}
		j := strings.IndexByte(s[i+1:], e)
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		seq := s[i+1 : i+1+j]
		i += j + 1
		switch {
		case seq == "F":
			b.WriteByte(m.Delims.Field)
		case seq == "S":
			b.WriteByte(m.Delims.Component)
		case seq == "T":
			b.WriteByte(m.Delims.Subcomponent)
		case seq == "R":
			b.WriteByte(m.Delims.Repetition)
		case seq == "E":
			b.WriteByte(e)
		case seq == ".br":
			b.WriteByte('\n')
		case strings.HasPrefix(seq, "X") && len(seq)%2 == 1:
			for k := 1; k+1 < len(seq); k += 2 {
				if v, err := strconv.ParseUint(seq[k:k+2], 16, 8); err == nil {
					b.WriteByte(byte(v))
				}
			}
		}
	}
	return b.String()
}
