package sqlstore

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"

	"github.com/frontdeskhq/frontdesk/inbox"
)

// extFields keeps the fields of a record type T that have no column of
// their own in the record's ext column, as a JSON object of the non-zero
// ones keyed by field name. A field added to the model later is therefore
// stored without a migration; columns stay authoritative for the fields
// they hold, which ext never carries.
type extFields[T any] struct {
	idx []int // indices of the exported fields without a column
}

// newExtFields lists T's exported fields not named in columns. It panics
// when a name in columns is not a field of T, so that a rename in the model
// fails at start-up rather than silently moving a field into ext.
func newExtFields[T any](columns ...string) extFields[T] {
	t := reflect.TypeFor[T]()
	for _, c := range columns {
		if _, ok := t.FieldByName(c); !ok {
			panic(fmt.Sprintf("sqlstore: %s has no field %s", t, c))
		}
	}
	var e extFields[T]
	for i := range t.NumField() {
		f := t.Field(i)
		if f.IsExported() && !slices.Contains(columns, f.Name) {
			e.idx = append(e.idx, i)
		}
	}
	return e
}

// encode returns the JSON object of v's non-zero ext fields, or "" when
// all are zero.
func (e extFields[T]) encode(v *T) (string, error) {
	rv := reflect.ValueOf(v).Elem()
	var m map[string]any
	for _, i := range e.idx {
		f := rv.Field(i)
		if f.IsZero() {
			continue
		}
		if m == nil {
			m = make(map[string]any, len(e.idx))
		}
		m[rv.Type().Field(i).Name] = f.Interface()
	}
	if m == nil {
		return "", nil
	}
	b, err := json.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("sqlstore: encode extra fields of %T: %w", v, err)
	}
	return string(b), nil
}

// decode sets v's ext fields from s, what encode returned; keys of fields
// that have columns (or no longer exist) are ignored.
func (e extFields[T]) decode(s string, v *T) error {
	if s == "" {
		return nil
	}
	var x T
	if err := json.Unmarshal([]byte(s), &x); err != nil {
		return fmt.Errorf("sqlstore: decode extra fields of %T: %w", v, err)
	}
	dst, src := reflect.ValueOf(v).Elem(), reflect.ValueOf(&x).Elem()
	for _, i := range e.idx {
		dst.Field(i).Set(src.Field(i))
	}
	return nil
}

var (
	convExt = newExtFields[inbox.Conversation]("PracticeID", "ID", "Subject", "PatientID", "ContactID", "Status",
		"Channel", "Queue", "Assignee", "Priority", "Urgency", "Intent", "Emergency", "FirstResponseDue",
		"FirstResponseAt", "MessageCount", "CreatedAt", "UpdatedAt", "ClosedAt")
	msgExt = newExtFields[inbox.Message]("PracticeID", "ID", "ConversationID", "ContactID", "Direction", "Channel",
		"ProviderID", "Type", "RawType", "Text", "Subject", "Payload", "Media", "InReplyTo", "AuthorID", "Automated",
		"Status", "StatusHistory", "ErrorCode", "Triage", "HandledBy", "CreatedAt", "SentAt")
)
