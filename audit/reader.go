package audit

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// MaxLineLen is the longest line a Reader accepts, in bytes; Validate's
// limits keep real events far below it.
const MaxLineLen = 64 << 10

// Reader reads events from a JSON Lines audit log, one per line, each in
// canonical form (see the package documentation).
type Reader struct {
	br   *bufio.Reader
	line int
	off  int64
	buf  []byte
}

// NewReader returns a Reader of r.
func NewReader(r io.Reader) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10)}
}

// Line returns the 1-based number of the line Next read last.
func (r *Reader) Line() int { return r.line }

// Offset returns the byte offset just past the last complete line Next
// read (whether or not it parsed).
func (r *Reader) Offset() int64 { return r.off }

// Next returns the next event, or io.EOF after the last line. A line that
// is not an event is a *VerifyError with ErrMalformed; one that parses but
// is not in canonical form, ErrChanged; a last line without its newline
// (torn by a crash during a write), ErrTruncated. Other errors come from
// the underlying reader.
func (r *Reader) Next() (Event, error) {
	line, err := r.br.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) {
		r.line++
		return Event{}, &VerifyError{Position: r.line, Reason: ErrMalformed, Msg: "line too long"}
	}
	if err == io.EOF {
		if len(line) == 0 {
			return Event{}, io.EOF
		}
		r.line++
		return Event{}, &VerifyError{Position: r.line, Reason: ErrTruncated, Msg: "last line has no newline (torn write)"}
	}
	if err != nil {
		return Event{}, fmt.Errorf("audit: read: %w", err)
	}
	r.line++
	r.off += int64(len(line))
	var e Event
	r.buf, err = parseLine(line[:len(line)-1], &e, r.buf)
	if err != nil {
		var ve *VerifyError
		if errors.As(err, &ve) {
			ve.Position = r.line
		}
		return Event{}, err
	}
	return e, nil
}

// ParseLine parses one line of a JSON Lines audit log (without its
// newline) into an event. It fails with a *VerifyError wrapping
// ErrMalformed when the line is not an event, or ErrChanged when it is
// not in canonical form.
func ParseLine(line []byte) (Event, error) {
	var e Event
	_, err := parseLine(line, &e, nil)
	return e, err
}

func parseLine(line []byte, e *Event, scratch []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(e); err != nil {
		return scratch, &VerifyError{Reason: ErrMalformed, Err: err}
	}
	if dec.More() {
		return scratch, &VerifyError{Reason: ErrMalformed, Msg: "data after the event"}
	}
	scratch = appendEvent(scratch[:0], e, true)
	if !bytes.Equal(scratch, line) {
		return scratch, &VerifyError{Seq: e.Seq, Reason: ErrChanged, Msg: "line is not in canonical form"}
	}
	return scratch, nil
}
