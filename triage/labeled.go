package triage

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Labeled is one labeled message, as stored in JSON Lines:
//
//	{"text": "...", "intent": "billing", "urgency": "routine", "lang": "en"}
type Labeled struct {
	Text    string  `json:"text"`
	Intent  Intent  `json:"intent"`
	Urgency Urgency `json:"urgency"`
	// Lang is the language, "en" or "es"; it may be empty.
	Lang string `json:"lang,omitempty"`
}

// LineError reports a malformed line of labeled JSON Lines. It wraps
// ErrInvalidInput. Its message names the line, never its content, which may
// hold PHI.
type LineError struct {
	// Line is the 1-based number of the bad line.
	Line int
	// Err says what is wrong with it.
	Err error
}

// Error names the line and the fault.
func (e *LineError) Error() string {
	return fmt.Sprintf("triage: labeled data line %d: %v", e.Line, e.Err)
}

// Unwrap returns ErrInvalidInput and the cause.
func (e *LineError) Unwrap() []error { return []error{ErrInvalidInput, e.Err} }

// maxLineBytes bounds one line of labeled data.
const maxLineBytes = 1 << 20

// ReadLabeled reads labeled JSON Lines from r. Blank lines are skipped,
// fields other than text, intent, urgency and lang are ignored, and lang is
// lowercased. A line that is not a JSON object, lacks text, or holds an
// intent or urgency outside the vocabulary stops the read with a *LineError
// naming it.
func ReadLabeled(r io.Reader) ([]Labeled, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLineBytes)
	var out []Labeled
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var l Labeled
		if err := json.Unmarshal(b, &l); err != nil {
			return nil, &LineError{Line: line, Err: lineSyntax(b)}
		}
		switch {
		case l.Text == "":
			return nil, &LineError{Line: line, Err: errors.New("missing text")}
		case !l.Intent.Valid():
			return nil, &LineError{Line: line, Err: errors.New("intent outside the vocabulary")}
		case !l.Urgency.Valid():
			return nil, &LineError{Line: line, Err: errors.New("urgency outside the vocabulary")}
		}
		l.Lang = strings.ToLower(strings.TrimSpace(l.Lang))
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, &LineError{Line: line + 1, Err: err}
	}
	return out, nil
}

// lineSyntax says what is wrong with a line json.Unmarshal refused: an
// object followed by more, or no labeled object at all.
func lineSyntax(b []byte) error {
	var l Labeled
	dec := json.NewDecoder(bytes.NewReader(b))
	if dec.Decode(&l) == nil && dec.More() {
		return errors.New("trailing data after the object")
	}
	return errors.New("not a labeled JSON object")
}
