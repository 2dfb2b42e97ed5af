package audit

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// ErrInvalidEvent is returned (wrapped) for an event that breaks one of the
// rules of Event.Validate. The error names the field, never its value.
var ErrInvalidEvent = errors.New("audit: invalid event")

// Limits on the fields of an Event; see Event.Validate.
const (
	// MaxIDLen is the longest id (practice, actor, patient, contact,
	// conversation, message, request) or source address, in bytes.
	MaxIDLen = 128
	// MaxDetailEntries is how many entries Detail may hold.
	MaxDetailEntries = 16
	// MaxDetailKeyLen is the longest Detail key, in bytes.
	MaxDetailKeyLen = 32
	// MaxDetailValueLen is the longest Detail value, in bytes.
	MaxDetailValueLen = 128
	// MaxDetailValueSpaces is how many spaces a Detail value may hold, so
	// that "identity verification" passes and a sentence does not.
	MaxDetailValueSpaces = 3
)

var knownActions = map[Action]bool{
	ActionMessageReceived: true, ActionMessageSent: true, ActionMessageRead: true,
	ActionConversationAssigned: true, ActionConversationTransferred: true, ActionConversationClosed: true,
	ActionContactMerged: true, ActionContactUnmerged: true, ActionPHIViewed: true, ActionPHIExported: true,
	ActionConsentChanged: true, ActionReminderSent: true, ActionReminderReplied: true,
	ActionAppointmentUpdated: true, ActionLogin: true, ActionAccessDenied: true, ActionCheckpoint: true,
}

// Valid reports whether a is one of the Action constants.
func (a Action) Valid() bool { return knownActions[a] }

// Valid reports whether o is one of the Outcome constants.
func (o Outcome) Valid() bool {
	return o == OutcomeSuccess || o == OutcomeFailure || o == OutcomeDenied
}

// Validate reports whether e may be recorded. Every sink in this package
// and Log call it; the error wraps ErrInvalidEvent and names the field.
//
// The rules: PracticeID is set (except on ActionCheckpoint events, which
// belong to the log, not to a practice); Time is set and its year lies in
// 0000-9999; Actor.ID is set; Action and Outcome are among the constants;
// ids are at most MaxIDLen bytes of UTF-8 without control characters.
//
// Detail is for short codes and ids (a queue name, a channel kind, a
// count, a reason code), never message text or other PHI: at most
// MaxDetailEntries entries; keys of 1-MaxDetailKeyLen bytes from
// [a-z0-9_]; values of 1-MaxDetailValueLen bytes from [A-Za-z0-9._:/#+=-]
// and space, with at most MaxDetailValueSpaces spaces, no capital letters
// when there is a space (so "identity verification" passes and a name such
// as "Jane Q. Patient" does not), and not made only of digits and
// separators with 7 or more digits (a phone number, SSN or record number
// belongs in an id field, if anywhere). The rule keeps out sentences,
// names, e-mail addresses, phone numbers and free text; it is a shape
// check, not a PHI detector, so callers still must put only ids and codes
// there. Checkpoint events, which Log writes, may hold long numbers.
func (e *Event) Validate() error {
	if e.PracticeID == "" && e.Action != ActionCheckpoint {
		return invalid("practice_id", "missing")
	}
	if e.Time.IsZero() {
		return invalid("time", "missing")
	}
	if y := e.Time.UTC().Year(); y < 0 || y > 9999 {
		return invalid("time", "year out of range")
	}
	if e.Actor.ID == "" {
		return invalid("actor.id", "missing")
	}
	if !e.Action.Valid() {
		return invalid("action", "unknown")
	}
	if !e.Outcome.Valid() {
		return invalid("outcome", "unknown")
	}
	for _, f := range [...]struct{ name, v string }{
		{"practice_id", e.PracticeID}, {"actor.id", e.Actor.ID}, {"actor.role", e.Actor.Role},
		{"actor.kind", e.Actor.Kind}, {"patient_id", e.PatientID}, {"contact_id", e.ContactID},
		{"conversation_id", e.ConversationID}, {"message_id", e.MessageID},
		{"request_id", e.RequestID}, {"source_addr", e.SourceAddr}, {"prev_hash", e.PrevHash}, {"hash", e.Hash},
	} {
		if err := checkID(f.name, f.v); err != nil {
			return err
		}
	}
	if len(e.Detail) > MaxDetailEntries {
		return invalid("detail", "too many entries")
	}
	for k, v := range e.Detail {
		if !detailKeyOK(k) {
			return invalid("detail", "bad key")
		}
		if !detailValueOK(v, e.Action == ActionCheckpoint) {
			return invalid("detail."+k, "not a short code or id")
		}
	}
	return nil
}

func invalid(field, why string) error {
	return fmt.Errorf("%w: %s %s", ErrInvalidEvent, field, why)
}

func checkID(name, v string) error {
	if len(v) > MaxIDLen {
		return invalid(name, "too long")
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; c < 0x20 || c == 0x7f {
			return invalid(name, "has control characters")
		} else if c >= utf8.RuneSelf {
			if !utf8.ValidString(v[i:]) {
				return invalid(name, "not UTF-8")
			}
			for _, r := range v[i:] {
				if r >= 0x80 && r < 0xa0 { // C1 controls
					return invalid(name, "has control characters")
				}
			}
			return nil
		}
	}
	return nil
}

func detailKeyOK(k string) bool {
	if k == "" || len(k) > MaxDetailKeyLen {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// detailValueOK checks one Detail value; numbers allows long numbers (a
// checkpoint's count and signature).
func detailValueOK(v string, numbers bool) bool {
	if v == "" || len(v) > MaxDetailValueLen {
		return false
	}
	spaces, upper, digits, others := 0, false, 0, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'A' && c <= 'Z':
			upper, others = true, true
		case c >= 'a' && c <= 'z':
			others = true
		case c == '_' || c == ':' || c == '/' || c == '#' || c == '=':
			others = true
		case c == '.' || c == '+' || c == '-': // separators in numbers too
		case c == ' ':
			spaces++
			if spaces > MaxDetailValueSpaces {
				return false
			}
		default:
			return false
		}
	}
	if spaces > 0 && upper {
		return false
	}
	return numbers || others || digits < 7
}
