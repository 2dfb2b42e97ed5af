package audit

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
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
	e, _, err := r.next(false)
	return e, err
}

// hashState says what parsing found out about an event's hash.
type hashState int

const (
	hashUnchecked hashState = iota
	hashGood
	hashBad
)

// next is Next, also checking the hash against the line when check is set.
func (r *Reader) next(check bool) (Event, hashState, error) {
	line, err := r.br.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) {
		r.line++
		return Event{}, hashUnchecked, &VerifyError{Position: r.line, Reason: ErrMalformed, Msg: "line too long"}
	}
	if err == io.EOF {
		if len(line) == 0 {
			return Event{}, hashUnchecked, io.EOF
		}
		r.line++
		return Event{}, hashUnchecked, &VerifyError{Position: r.line, Reason: ErrTruncated, Msg: "last line has no newline (torn write)"}
	}
	if err != nil {
		return Event{}, hashUnchecked, fmt.Errorf("audit: read: %w", err)
	}
	r.line++
	r.off += int64(len(line))
	var e Event
	hs := hashUnchecked
	var hsp *hashState
	if check {
		hsp = &hs
	}
	r.buf, err = parseLine(line[:len(line)-1], &e, r.buf, hsp)
	if err != nil {
		var ve *VerifyError
		if errors.As(err, &ve) {
			ve.Position = r.line
		}
		return Event{}, hashUnchecked, err
	}
	return e, hs, nil
}

// ParseLine parses one line of a JSON Lines audit log (without its
// newline) into an event. It fails with a *VerifyError wrapping
// ErrMalformed when the line is not an event, or ErrChanged when it is
// not in canonical form.
func ParseLine(line []byte) (Event, error) {
	var e Event
	_, err := parseLine(line, &e, nil, nil)
	return e, err
}

// parseLine parses line into e, checks that it is in canonical form and,
// when hashed is not nil, whether its hash matches its content (setting
// *hashed). scratch is reused between calls.
func parseLine(line []byte, e *Event, scratch []byte, hashed *hashState) ([]byte, error) {
	p := newLineParser(line)
	if !p.event(e) {
		return scratch, &VerifyError{Reason: ErrMalformed, Msg: p.msg}
	}
	scratch, at := appendEvent(scratch[:0], e, true)
	if !bytes.Equal(scratch, line) {
		return scratch, &VerifyError{Seq: e.Seq, Reason: ErrChanged, Msg: "line is not in canonical form"}
	}
	if hashed == nil || len(e.Hash) != 2*sha256.Size {
		return scratch, nil
	}
	// The hash covers the line without its hash member.
	h := sha256.New()
	h.Write(line[:at])
	h.Write(line[at+len(`,"hash":""`)+len(e.Hash):])
	var sum [sha256.Size]byte
	var hx [2 * sha256.Size]byte
	hex.Encode(hx[:], h.Sum(sum[:0]))
	*hashed = hashGood
	if string(hx[:]) != e.Hash {
		*hashed = hashBad
	}
	return scratch, nil
}
