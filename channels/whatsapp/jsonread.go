package whatsapp

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// The JSON reading primitives of the fast decoder (see decode.go): each
// consumes one value from the decoder's position, checking it as strictly
// as encoding/json would, and answers errSlowPath for anything it cannot
// decode exactly as encoding/json does.

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

// repeated returns raw as a string, without allocating for the values
// nearly every delivery repeats.
func repeated(raw []byte) string {
	switch string(raw) { // compared without a conversion
	case "whatsapp_business_account":
		return "whatsapp_business_account"
	case "messages":
		return "messages"
	case "whatsapp":
		return "whatsapp"
	case "text":
		return "text"
	case "sent":
		return "sent"
	case "delivered":
		return "delivered"
	case "read":
		return "read"
	}
	return string(raw)
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
		*s = repeated(raw)
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
