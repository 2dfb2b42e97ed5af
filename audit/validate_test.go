package audit_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/audit"
)

// Canary PHI: none of it may be accepted into Detail or show up in an
// error string.
var canaries = []string{"Jane Q. Patient", "+1 (555) 010-4477", "078-05-1120", "jane.patient@example.com", "I have chest pain since this morning"}

func TestValidateDetail(t *testing.T) {
	ok := map[string]string{
		"channel": "whatsapp", "queue": "front-desk", "urgency": "urgent",
		"step": "identity verification", "count": "12", "assignee": "0190a3b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b",
		"reason": "opted_out", "code": "HL7:ADT^A08"[:6],
	}
	e := event("p1", 1)
	e.Detail = ok
	if err := e.Validate(); err != nil {
		t.Errorf("ids and codes refused: %v", err)
	}
	for _, c := range canaries {
		e := event("p1", 1)
		e.Detail = map[string]string{"note": c}
		err := e.Validate()
		if !errors.Is(err, audit.ErrInvalidEvent) {
			t.Errorf("detail %q accepted", c)
			continue
		}
		if strings.Contains(err.Error(), c) {
			t.Errorf("error %q repeats the value", err)
		}
	}
	bad := map[string]func(e *audit.Event){
		"bad key":          func(e *audit.Event) { e.Detail = map[string]string{"Patient Name": "x"} },
		"empty value":      func(e *audit.Event) { e.Detail = map[string]string{"queue": ""} },
		"too many entries": func(e *audit.Event) { e.Detail = manyEntries(audit.MaxDetailEntries + 1) },
		"long id":          func(e *audit.Event) { e.PatientID = strings.Repeat("a", audit.MaxIDLen+1) },
		"invalid utf-8":    func(e *audit.Event) { e.ConversationID = "c\xff" },
		"C1 control":       func(e *audit.Event) { e.MessageID = "m\u0085" },
		"year 10000":       func(e *audit.Event) { e.Time = e.Time.AddDate(8000, 0, 0) },
		"unknown outcome":  func(e *audit.Event) { e.Outcome = "ok" },
	}
	for name, mutate := range bad {
		e := event("p1", 1)
		mutate(&e)
		if err := e.Validate(); !errors.Is(err, audit.ErrInvalidEvent) {
			t.Errorf("%s: Validate = %v, want ErrInvalidEvent", name, err)
		}
	}
	cp := audit.Checkpoint{Count: 1, Head: strings.Repeat("ab", 32), KeyID: "0123456789abcdef", Signature: make([]byte, 64)}.Event(t0)
	if err := cp.Validate(); err != nil {
		t.Errorf("checkpoint event refused: %v", err)
	}
}

func manyEntries(n int) map[string]string {
	m := make(map[string]string, n)
	for i := range n {
		m[string(rune('a'+i))] = "x"
	}
	return m
}
