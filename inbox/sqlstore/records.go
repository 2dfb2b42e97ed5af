package sqlstore

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
	"github.com/frontdeskhq/frontdesk/triage"
)

// micros stores a time as microseconds since the Unix epoch; the zero time
// is NULL.
func micros(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixMicro()
}

// timeCol scans what micros stored.
type timeCol struct{ t *time.Time }

func (c timeCol) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*c.t = time.Time{}
	case int64:
		*c.t = time.UnixMicro(v).UTC()
	default:
		return fmt.Errorf("sqlstore: time column holds %T", src)
	}
	return nil
}

// jsonText encodes v as JSON text; an empty value is "".
func jsonText(v any, empty bool) (string, error) {
	if empty {
		return "", nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("sqlstore: encode %T: %w", v, err)
	}
	return string(b), nil
}

func fromJSON(s string, v any) error {
	if s == "" {
		return nil
	}
	if err := json.Unmarshal([]byte(s), v); err != nil {
		return fmt.Errorf("sqlstore: decode %T: %w", v, err)
	}
	return nil
}

const contactCols = "practice_id, id, key, addresses, patient_id, verified, link, created_at, sealed"

// sealedContact is what a sealed row's addresses column holds.
type sealedContact struct {
	Key       string             `json:"key"`
	Addresses []channels.Address `json:"addresses,omitempty"`
}

func (cr *crypter) scanContact(r sqldb.Row) (inbox.Contact, error) {
	var c inbox.Contact
	var addrs, link string
	var sealed bool
	if err := r.Scan(&c.PracticeID, &c.ID, &c.Key, &addrs, &c.PatientID, &c.Verified, &link, timeCol{&c.CreatedAt}, &sealed); err != nil {
		return inbox.Contact{}, err
	}
	if sealed {
		clear, err := cr.open(true, c.PracticeID, "contacts", c.ID, "addresses", addrs)
		if err != nil {
			return inbox.Contact{}, err
		}
		var sc sealedContact
		if err := fromJSON(clear, &sc); err != nil {
			return inbox.Contact{}, err
		}
		c.Key, c.Addresses = sc.Key, sc.Addresses
	} else if err := fromJSON(addrs, &c.Addresses); err != nil {
		return inbox.Contact{}, err
	}
	if link != "" {
		c.Link = new(inbox.Link)
		if err := fromJSON(link, c.Link); err != nil {
			return inbox.Contact{}, err
		}
	}
	return c, nil
}

// contactArgs are the values of contactCols.
func (cr *crypter) contactArgs(c inbox.Contact) ([]any, error) {
	link, err := jsonText(c.Link, c.Link == nil)
	if err != nil {
		return nil, err
	}
	var addrs string
	if cr.on() {
		clear, err := jsonText(sealedContact{Key: c.Key, Addresses: c.Addresses}, false)
		if err != nil {
			return nil, err
		}
		if addrs, err = cr.seal(c.PracticeID, "contacts", c.ID, "addresses", clear); err != nil {
			return nil, err
		}
	} else if addrs, err = jsonText(c.Addresses, len(c.Addresses) == 0); err != nil {
		return nil, err
	}
	return []any{c.PracticeID, c.ID, cr.contactKey(c.PracticeID, c.Key), addrs, c.PatientID, c.Verified, link,
		micros(c.CreatedAt), cr.on()}, nil
}

const convCols = "practice_id, id, subject, patient_id, contact_id, status, channel, queue, assignee, priority, " +
	"urgency, intent, emergency, first_response_due, first_response_at, message_count, created_at, updated_at, closed_at, ext"

func scanConv(r sqldb.Row) (inbox.Conversation, error) {
	var c inbox.Conversation
	var status, channel, urgency, intent, ext string
	err := r.Scan(&c.PracticeID, &c.ID, &c.Subject, &c.PatientID, &c.ContactID, &status, &channel, &c.Queue, &c.Assignee,
		&c.Priority, &urgency, &intent, &c.Emergency, timeCol{&c.FirstResponseDue}, timeCol{&c.FirstResponseAt},
		&c.MessageCount, timeCol{&c.CreatedAt}, timeCol{&c.UpdatedAt}, timeCol{&c.ClosedAt}, &ext)
	if err != nil {
		return inbox.Conversation{}, err
	}
	c.Status, c.Channel = inbox.ConversationStatus(status), channels.Kind(channel)
	c.Urgency, c.Intent = triage.Urgency(urgency), triage.Intent(intent)
	if err := convExt.decode(ext, &c); err != nil {
		return inbox.Conversation{}, err
	}
	return c, nil
}

// convArgs are the values of convCols.
func convArgs(c inbox.Conversation) ([]any, error) {
	ext, err := convExt.encode(&c)
	if err != nil {
		return nil, err
	}
	return []any{c.PracticeID, c.ID, c.Subject, c.PatientID, c.ContactID, string(c.Status), string(c.Channel), c.Queue,
		c.Assignee, c.Priority, string(c.Urgency), string(c.Intent), c.Emergency, micros(c.FirstResponseDue),
		micros(c.FirstResponseAt), c.MessageCount, micros(c.CreatedAt), micros(c.UpdatedAt), micros(c.ClosedAt), ext}, nil
}

const msgCols = "practice_id, id, conversation_id, contact_id, direction, channel, provider_id, type, raw_type, text, " +
	"subject, payload, media, in_reply_to, author_id, automated, status, status_history, error_code, triage, " +
	"handled_by, created_at, sent_at, ext, sealed"

// scanMsg scans msgCols followed by the extra destinations.
func (cr *crypter) scanMsg(r sqldb.Row, extra ...any) (inbox.Message, error) {
	var m inbox.Message
	var dir, channel, typ, status, media, history, tri, ext string
	var sealed bool
	dest := []any{&m.PracticeID, &m.ID, &m.ConversationID, &m.ContactID, &dir, &channel, &m.ProviderID, &typ,
		&m.RawType, &m.Text, &m.Subject, &m.Payload, &media, &m.InReplyTo, &m.AuthorID, &m.Automated, &status,
		&history, &m.ErrorCode, &tri, &m.HandledBy, timeCol{&m.CreatedAt}, timeCol{&m.SentAt}, &ext, &sealed}
	if err := r.Scan(append(dest, extra...)...); err != nil {
		return inbox.Message{}, err
	}
	if sealed {
		for _, f := range []struct {
			col string
			v   *string
		}{{"text", &m.Text}, {"subject", &m.Subject}, {"payload", &m.Payload}, {"media", &media}, {"triage", &tri}, {"ext", &ext}} {
			clear, err := cr.open(true, m.PracticeID, "messages", m.ID, f.col, *f.v)
			if err != nil {
				return inbox.Message{}, err
			}
			*f.v = clear
		}
	}
	m.Direction, m.Channel, m.Type, m.Status = inbox.Direction(dir), channels.Kind(channel),
		channels.MessageType(typ), channels.DeliveryState(status)
	if err := fromJSON(media, &m.Media); err != nil {
		return inbox.Message{}, err
	}
	if err := fromJSON(history, &m.StatusHistory); err != nil {
		return inbox.Message{}, err
	}
	if tri != "" {
		m.Triage = new(triage.Result)
		if err := fromJSON(tri, m.Triage); err != nil {
			return inbox.Message{}, err
		}
	}
	if err := msgExt.decode(ext, &m); err != nil {
		return inbox.Message{}, err
	}
	return m, nil
}

// msgArgs are the values of msgCols.
func (cr *crypter) msgArgs(m inbox.Message) ([]any, error) {
	media, err := jsonText(m.Media, len(m.Media) == 0)
	if err != nil {
		return nil, err
	}
	history, err := jsonText(m.StatusHistory, len(m.StatusHistory) == 0)
	if err != nil {
		return nil, err
	}
	tri, err := jsonText(m.Triage, m.Triage == nil)
	if err != nil {
		return nil, err
	}
	ext, err := msgExt.encode(&m)
	if err != nil {
		return nil, err
	}
	text, subject, payload := m.Text, m.Subject, m.Payload
	if cr.on() {
		for _, f := range []struct {
			col string
			v   *string
		}{{"text", &text}, {"subject", &subject}, {"payload", &payload}, {"media", &media}, {"triage", &tri}, {"ext", &ext}} {
			if *f.v, err = cr.seal(m.PracticeID, "messages", m.ID, f.col, *f.v); err != nil {
				return nil, err
			}
		}
	}
	return []any{m.PracticeID, m.ID, m.ConversationID, m.ContactID, string(m.Direction), string(m.Channel),
		m.ProviderID, string(m.Type), m.RawType, text, subject, payload, media, m.InReplyTo, m.AuthorID,
		m.Automated, string(m.Status), history, m.ErrorCode, tri, m.HandledBy, micros(m.CreatedAt), micros(m.SentAt),
		ext, cr.on()}, nil
}

// placeholders returns "$from, $from+1, ..." for n values.
func placeholders(from, n int) string {
	b := make([]byte, 0, n*4)
	for i := range n {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = fmt.Appendf(b, "$%d", from+i)
	}
	return string(b)
}

// numCols is the number of columns in cols.
func numCols(cols string) int { return len(splitCols(cols)) }

// setList returns "a = $from, b = $from+1, ..." for the columns of cols.
func setList(cols string, from int) string {
	var b []byte
	for i, c := range splitCols(cols) {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = fmt.Appendf(b, "%s = $%d", c, from+i)
	}
	return string(b)
}

func splitCols(cols string) []string {
	out := strings.Split(cols, ",")
	for i := range out {
		out[i] = strings.TrimSpace(out[i])
	}
	return out
}
