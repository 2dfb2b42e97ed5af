package whatsapp

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"unicode/utf8"
)

// This file decodes the webhook envelope without reflection. It is a fast
// path only: it accepts a body when it is certain encoding/json would
// decode it without error into the same envelope, and otherwise answers
// errSlowPath, and parse decodes with encoding/json instead (which also
// words the error of a malformed body). So the two can never disagree:
// FuzzDecodeEnvelope checks that whatever the fast path accepts,
// encoding/json accepts too, with an equal result.
//
// What sends a body to the slow path: any syntax error; a value of the
// wrong JSON type for its field; a key that appears twice in one object,
// or that is not one of the object's fields but equals one of them under
// encoding/json's case folding (or is not plain ASCII, or is escaped);
// nesting deeper than maxDecodeDepth; a number encoding/json would refuse
// for its field.

// errSlowPath: the fast decoder leaves the body to encoding/json.
var errSlowPath = errors.New("whatsapp: body needs the general JSON decoder")

// maxDecodeDepth bounds nesting on the fast path (encoding/json allows
// far more; deeper bodies simply take the slow path).
const maxDecodeDepth = 64

// decoder reads one JSON document from b.
type decoder struct {
	b     []byte
	i     int
	depth int
}

// decodeEnvelope decodes body into env, or returns errSlowPath.
func decodeEnvelope(body []byte, env *envelope) error {
	d := decoder{b: body}
	d.space()
	if d.peek() != '{' {
		return errSlowPath // null, an array...: encoding/json decides
	}
	if err := d.envelope(env); err != nil {
		return err
	}
	d.space()
	if d.i != len(d.b) {
		return errSlowPath
	}
	return nil
}

func (d *decoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// peek returns the next byte, or 0 at the end.
func (d *decoder) peek() byte {
	if d.i < len(d.b) {
		return d.b[d.i]
	}
	return 0
}

// null consumes a null literal if one is next, and reports whether it did.
func (d *decoder) null() bool {
	if bytes.HasPrefix(d.b[d.i:], []byte("null")) {
		d.i += 4
		return true
	}
	return false
}

// object reads an object whose fields are names: fn is called with the
// index of each field found, positioned at its value, and must consume it.
// Unknown keys are skipped. A null object calls fn for nothing.
func (d *decoder) object(names []string, fn func(field int) error) error {
	d.space()
	if d.null() {
		return nil
	}
	if d.peek() != '{' {
		return errSlowPath
	}
	if d.depth++; d.depth > maxDecodeDepth {
		return errSlowPath
	}
	d.i++
	var seen uint64
	for first := true; ; first = false {
		d.space()
		if d.peek() == '}' && first {
			d.i++
			break
		}
		key, err := d.key()
		if err != nil {
			return err
		}
		d.space()
		if d.peek() != ':' {
			return errSlowPath
		}
		d.i++
		field := fieldIndex(names, key)
		switch {
		case field >= 0:
			if seen&(1<<field) != 0 {
				return errSlowPath // a repeated key: encoding/json merges
			}
			seen |= 1 << field
			if err := fn(field); err != nil {
				return err
			}
		case foldsToField(names, key):
			return errSlowPath
		default:
			if err := d.skip(); err != nil {
				return err
			}
		}
		d.space()
		switch d.peek() {
		case ',':
			d.i++
			continue
		case '}':
			d.i++
		default:
			return errSlowPath
		}
		break
	}
	d.depth--
	return nil
}

// key reads an object key: plain printable ASCII without escapes only.
func (d *decoder) key() ([]byte, error) {
	if d.peek() != '"' {
		return nil, errSlowPath
	}
	start := d.i + 1
	for j := start; j < len(d.b); j++ {
		switch c := d.b[j]; {
		case c == '"':
			d.i = j + 1
			return d.b[start:j], nil
		case c == '\\' || c < 0x20 || c >= utf8.RuneSelf:
			return nil, errSlowPath
		}
	}
	return nil, errSlowPath
}

func fieldIndex(names []string, key []byte) int {
	for i, n := range names {
		if n == string(key) {
			return i
		}
	}
	return -1
}

// foldsToField reports whether key, not itself a field, would still be
// matched to one by encoding/json, which compares keys case-insensitively.
// Keys are plain ASCII here, where folding is ASCII case folding, except
// that "k" and "s" also fold to the Kelvin sign and the long s, which ASCII
// keys cannot contain.
func foldsToField(names []string, key []byte) bool {
	for _, n := range names {
		if len(n) == len(key) && asciiEqualFold(n, key) {
			return true
		}
	}
	return false
}

func asciiEqualFold(a string, b []byte) bool {
	for i := range len(a) {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// array reads an array, calling fn positioned at each element; fn must
// consume it. It reports whether the value was null.
func (d *decoder) array(fn func() error) (null bool, err error) {
	d.space()
	if d.null() {
		return true, nil
	}
	if d.peek() != '[' {
		return false, errSlowPath
	}
	if d.depth++; d.depth > maxDecodeDepth {
		return false, errSlowPath
	}
	d.i++
	d.space()
	if d.peek() == ']' {
		d.i++
		d.depth--
		return false, nil
	}
	for {
		if err := fn(); err != nil {
			return false, err
		}
		d.space()
		switch d.peek() {
		case ',':
			d.i++
			continue
		case ']':
			d.i++
			d.depth--
			return false, nil
		}
		return false, errSlowPath
	}
}

// str reads a string into *s; null leaves *s as it is, as encoding/json
// does.
func (d *decoder) str(s *string) error {
	d.space()
	if d.null() {
		return nil
	}
	if d.peek() != '"' {
		return errSlowPath
	}
	start := d.i
	plain := true
	j := start + 1
	for ; j < len(d.b); j++ {
		c := d.b[j]
		if c == '"' {
			break
		}
		if c == '\\' {
			plain = false
			j++ // the escaped byte; validated by encoding/json below
			continue
		}
		if c < 0x20 {
			return errSlowPath
		}
		if c >= utf8.RuneSelf {
			plain = false
		}
	}
	if j >= len(d.b) {
		return errSlowPath
	}
	d.i = j + 1
	raw := d.b[start+1 : j]
	if plain || (bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw)) {
		*s = string(raw)
		return nil
	}
	// Escapes or invalid UTF-8: encoding/json's own unquoting, on this
	// string alone.
	if err := json.Unmarshal(d.b[start:d.i], s); err != nil {
		return errSlowPath
	}
	return nil
}

// number returns the next number literal, checked against the JSON
// grammar. It does not accept null; callers check for it first.
func (d *decoder) number() ([]byte, error) {
	start := d.i
	b := d.b
	i := d.i
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	default:
		return nil, errSlowPath
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return nil, errSlowPath
		}
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return nil, errSlowPath
		}
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	}
	d.i = i
	return b[start:i], nil
}

// integer reads a number into *n as encoding/json reads an int field.
func (d *decoder) integer(n *int) error {
	d.space()
	if d.null() {
		return nil
	}
	lit, err := d.number()
	if err != nil {
		return err
	}
	v, err := strconv.ParseInt(string(lit), 10, 0)
	if err != nil {
		return errSlowPath // a fraction, an exponent, out of range
	}
	*n = int(v)
	return nil
}

// float reads a number into *f as encoding/json reads a float64 field.
func (d *decoder) float(f *float64) error {
	d.space()
	if d.null() {
		return nil
	}
	lit, err := d.number()
	if err != nil {
		return err
	}
	v, err := strconv.ParseFloat(string(lit), 64)
	if err != nil {
		return errSlowPath
	}
	*f = v
	return nil
}

// skip consumes any one value, checking its syntax.
func (d *decoder) skip() error {
	d.space()
	switch c := d.peek(); {
	case c == '{':
		return d.object(nil, func(int) error { return errSlowPath })
	case c == '[':
		_, err := d.array(d.skip)
		return err
	case c == '"':
		return d.skipString()
	case c == '-' || (c >= '0' && c <= '9'):
		_, err := d.number()
		return err
	}
	for _, lit := range [...]string{"true", "false", "null"} {
		if bytes.HasPrefix(d.b[d.i:], []byte(lit)) {
			d.i += len(lit)
			return nil
		}
	}
	return errSlowPath
}

// skipString consumes a string, checking its escapes as JSON defines them.
func (d *decoder) skipString() error {
	b := d.b
	for j := d.i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			d.i = j + 1
			return nil
		case c < 0x20:
			return errSlowPath
		case c == '\\':
			j++
			if j >= len(b) {
				return errSlowPath
			}
			switch b[j] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if j+4 >= len(b) {
					return errSlowPath
				}
				for _, h := range b[j+1 : j+5] {
					if !isHex(h) {
						return errSlowPath
					}
				}
				j += 4
			default:
				return errSlowPath
			}
		}
	}
	return errSlowPath
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// Field names of each object of the envelope, in the order the decoders
// below switch on.
var (
	envelopeFields = []string{"object", "entry"}
	entryFields    = []string{"id", "changes"}
	changeFields   = []string{"field", "value"}
	valueFields    = []string{"metadata", "messages", "statuses", "errors"}
	metadataFields = []string{"display_phone_number", "phone_number_id"}
	messageFields  = []string{"from", "id", "timestamp", "type", "context", "text", "image", "audio", "video",
		"document", "sticker", "location", "contacts", "button", "interactive", "reaction", "errors"}
	idFields          = []string{"id"}
	bodyFields        = []string{"body"}
	mediaFields       = []string{"id", "mime_type", "caption", "filename"}
	locationFields    = []string{"latitude", "longitude", "name", "address"}
	buttonFields      = []string{"payload", "text"}
	interactiveFields = []string{"type", "button_reply", "list_reply"}
	replyFields       = []string{"id", "title"}
	reactionFields    = []string{"message_id", "emoji"}
	cardFields        = []string{"name", "phones"}
	cardNameFields    = []string{"formatted_name"}
	phoneFields       = []string{"phone"}
	statusFields      = []string{"id", "status", "timestamp", "errors"}
	apiErrorFields    = []string{"code", "title"}
)

// elems decodes a JSON array into *s, one element at a time by fn, as
// encoding/json decodes a slice: null leaves it nil, [] makes it empty.
func elems[T any](d *decoder, s *[]T, fn func(*T) error) error {
	null, err := d.array(func() error {
		*s = append(*s, *new(T))
		return fn(&(*s)[len(*s)-1])
	})
	if err == nil && !null && *s == nil {
		*s = []T{}
	}
	return err
}

// ptr decodes a JSON object into a new *p by fn; null leaves *p nil.
func ptr[T any](d *decoder, p **T, fn func(*T) error) error {
	d.space()
	if d.null() {
		return nil
	}
	if d.peek() != '{' {
		return errSlowPath
	}
	*p = new(T)
	return fn(*p)
}

func (d *decoder) envelope(env *envelope) error {
	return d.object(envelopeFields, func(f int) error {
		if f == 0 {
			return d.str(&env.Object)
		}
		return elems(d, &env.Entry, func(e *entry) error {
			return d.object(entryFields, func(f int) error {
				if f == 0 {
					return d.str(&e.ID)
				}
				return elems(d, &e.Changes, func(c *change) error {
					return d.object(changeFields, func(f int) error {
						if f == 0 {
							return d.str(&c.Field)
						}
						return d.value(&c.Value)
					})
				})
			})
		})
	})
}

func (d *decoder) value(v *value) error {
	return d.object(valueFields, func(f int) error {
		switch f {
		case 0:
			return d.object(metadataFields, func(f int) error {
				if f == 0 {
					return d.str(&v.Metadata.DisplayPhoneNumber)
				}
				return d.str(&v.Metadata.PhoneNumberID)
			})
		case 1:
			return elems(d, &v.Messages, d.message)
		case 2:
			return elems(d, &v.Statuses, d.status)
		}
		return elems(d, &v.Errors, d.apiError)
	})
}

func (d *decoder) message(m *message) error {
	return d.object(messageFields, func(f int) error {
		switch messageFields[f] {
		case "from":
			return d.str(&m.From)
		case "id":
			return d.str(&m.ID)
		case "timestamp":
			return d.str(&m.Timestamp)
		case "type":
			return d.str(&m.Type)
		case "context":
			return ptr(d, &m.Context, func(c *messageContext) error {
				return d.object(idFields, func(int) error { return d.str(&c.ID) })
			})
		case "text":
			return ptr(d, &m.Text, func(t *messageText) error {
				return d.object(bodyFields, func(int) error { return d.str(&t.Body) })
			})
		case "image":
			return ptr(d, &m.Image, d.media)
		case "audio":
			return ptr(d, &m.Audio, d.media)
		case "video":
			return ptr(d, &m.Video, d.media)
		case "document":
			return ptr(d, &m.Document, d.media)
		case "sticker":
			return ptr(d, &m.Sticker, d.media)
		case "location":
			return ptr(d, &m.Location, d.location)
		case "contacts":
			return elems(d, &m.Contacts, d.contactCard)
		case "button":
			return ptr(d, &m.Button, func(b *messageButton) error {
				return d.object(buttonFields, func(f int) error {
					if f == 0 {
						return d.str(&b.Payload)
					}
					return d.str(&b.Text)
				})
			})
		case "interactive":
			return ptr(d, &m.Interactive, d.interactive)
		case "reaction":
			return ptr(d, &m.Reaction, func(r *messageReaction) error {
				return d.object(reactionFields, func(f int) error {
					if f == 0 {
						return d.str(&r.MessageID)
					}
					return d.str(&r.Emoji)
				})
			})
		}
		return elems(d, &m.Errors, d.apiError)
	})
}

func (d *decoder) media(md *media) error {
	return d.object(mediaFields, func(f int) error {
		return d.str([...]*string{&md.ID, &md.MimeType, &md.Caption, &md.Filename}[f])
	})
}

func (d *decoder) location(l *messageLocation) error {
	return d.object(locationFields, func(f int) error {
		switch f {
		case 0:
			return d.float(&l.Latitude)
		case 1:
			return d.float(&l.Longitude)
		case 2:
			return d.str(&l.Name)
		}
		return d.str(&l.Address)
	})
}

func (d *decoder) interactive(it *messageInteractive) error {
	return d.object(interactiveFields, func(f int) error {
		switch f {
		case 0:
			return d.str(&it.Type)
		case 1:
			return ptr(d, &it.ButtonReply, d.reply)
		}
		return ptr(d, &it.ListReply, d.reply)
	})
}

func (d *decoder) reply(r *reply) error {
	return d.object(replyFields, func(f int) error {
		if f == 0 {
			return d.str(&r.ID)
		}
		return d.str(&r.Title)
	})
}

func (d *decoder) contactCard(c *contactCard) error {
	return d.object(cardFields, func(f int) error {
		if f == 0 {
			return d.object(cardNameFields, func(int) error { return d.str(&c.Name.FormattedName) })
		}
		return elems(d, &c.Phones, func(p *cardPhone) error {
			return d.object(phoneFields, func(int) error { return d.str(&p.Phone) })
		})
	})
}

func (d *decoder) status(s *status) error {
	return d.object(statusFields, func(f int) error {
		switch f {
		case 0:
			return d.str(&s.ID)
		case 1:
			return d.str(&s.Status)
		case 2:
			return d.str(&s.Timestamp)
		}
		return elems(d, &s.Errors, d.apiError)
	})
}

func (d *decoder) apiError(e *apiError) error {
	return d.object(apiErrorFields, func(f int) error {
		if f == 0 {
			return d.integer(&e.Code)
		}
		return d.str(&e.Title)
	})
}
