package audit

import (
	"bytes"
	"strconv"
	"time"
	"unsafe"
)

// lineParser reads one line in the grammar of the canonical encoding:
// a JSON object whose members come in ascending key order, with string
// escapes limited to \" \\ and \u00xx. Anything else is malformed. Whether
// the line is exactly canonical is checked afterwards by re-encoding.
type lineParser struct {
	b   []byte
	s   string // b as one string: unescaped values are its substrings
	i   int
	msg string // first problem
}

func newLineParser(line []byte) lineParser {
	return lineParser{b: line, s: string(line)}
}

func (p *lineParser) fail(msg string) bool {
	if p.msg == "" {
		p.msg = msg
	}
	return false
}

func (p *lineParser) eat(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

func (p *lineParser) expect(c byte) bool {
	if !p.eat(c) {
		return p.fail("expected '" + string(c) + "' at byte " + strconv.Itoa(p.i))
	}
	return true
}

// rawString reads a string and returns its decoded bytes. When it has no
// escapes they are the line's bytes from at; otherwise at is -1.
func (p *lineParser) rawString() (b []byte, at int, ok bool) {
	if !p.expect('"') {
		return nil, -1, false
	}
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			s := p.b[start:p.i]
			p.i++
			return s, start, true
		case c == '\\':
			b, ok := p.escapedString(start)
			return b, -1, ok
		case c < 0x20:
			return nil, -1, p.fail("control character in string")
		}
		p.i++
	}
	return nil, -1, p.fail("unterminated string")
}

func (p *lineParser) escapedString(start int) ([]byte, bool) {
	out := append([]byte(nil), p.b[start:p.i]...)
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			return out, true
		case c < 0x20:
			return nil, p.fail("control character in string")
		case c != '\\':
			out = append(out, c)
			p.i++
			continue
		}
		if p.i+1 >= len(p.b) {
			break
		}
		switch e := p.b[p.i+1]; e {
		case '"', '\\':
			out = append(out, e)
			p.i += 2
		case 'u':
			if p.i+6 > len(p.b) || p.b[p.i+2] != '0' || p.b[p.i+3] != '0' {
				return nil, p.fail("escape other than \\u00xx")
			}
			v, err := strconv.ParseUint(string(p.b[p.i+4:p.i+6]), 16, 8)
			if err != nil || v >= 0x20 {
				return nil, p.fail("escape other than \\u00xx for a control character")
			}
			out = append(out, byte(v))
			p.i += 6
		default:
			return nil, p.fail("escape other than \\\" \\\\ \\u00xx")
		}
	}
	return nil, p.fail("unterminated string")
}

// str reads a string; without escapes it is a substring of the line,
// which saves a copy.
func (p *lineParser) str() (string, bool) {
	b, at, ok := p.rawString()
	return p.sub(b, at), ok
}

func (p *lineParser) sub(b []byte, at int) string {
	if at >= 0 {
		return p.s[at : at+len(b)]
	}
	return string(b)
}

// members calls member for each member of an object, checking that keys
// ascend; member reports false to stop.
func (p *lineParser) members(member func(key []byte, at int) bool) bool {
	if !p.expect('{') {
		return false
	}
	if p.eat('}') {
		return true
	}
	var last []byte
	for {
		k, at, ok := p.rawString()
		if !ok || !p.expect(':') {
			return false
		}
		if last != nil && bytes.Compare(k, last) <= 0 {
			return p.fail("keys out of order or repeated")
		}
		last = k
		if !member(k, at) {
			return false
		}
		if p.eat('}') {
			return true
		}
		if !p.expect(',') {
			return false
		}
	}
}

func (p *lineParser) event(e *Event) bool {
	ok := p.members(func(k []byte, _ int) bool {
		var ok bool
		switch unsafeString(k) {
		case "action":
			var s string
			s, ok = p.str()
			e.Action = Action(s)
		case "actor":
			ok = p.actor(&e.Actor)
		case "contact_id":
			e.ContactID, ok = p.str()
		case "conversation_id":
			e.ConversationID, ok = p.str()
		case "detail":
			ok = p.detail(e)
		case "hash":
			e.Hash, ok = p.str()
		case "message_id":
			e.MessageID, ok = p.str()
		case "outcome":
			var s string
			s, ok = p.str()
			e.Outcome = Outcome(s)
		case "patient_id":
			e.PatientID, ok = p.str()
		case "practice_id":
			e.PracticeID, ok = p.str()
		case "prev_hash":
			e.PrevHash, ok = p.str()
		case "request_id":
			e.RequestID, ok = p.str()
		case "seq":
			ok = p.seq(&e.Seq)
		case "source_addr":
			e.SourceAddr, ok = p.str()
		case "time":
			ok = p.time(&e.Time)
		default:
			return p.fail("unknown member")
		}
		return ok
	})
	if ok && p.i != len(p.b) {
		return p.fail("data after the event")
	}
	return ok
}

func (p *lineParser) actor(a *Actor) bool {
	return p.members(func(k []byte, _ int) bool {
		var ok bool
		switch unsafeString(k) {
		case "id":
			a.ID, ok = p.str()
		case "kind":
			a.Kind, ok = p.str()
		case "role":
			a.Role, ok = p.str()
		default:
			return p.fail("unknown actor member")
		}
		return ok
	})
}

func (p *lineParser) detail(e *Event) bool {
	e.Detail = make(map[string]string, 4)
	return p.members(func(k []byte, at int) bool {
		v, ok := p.str()
		e.Detail[p.sub(k, at)] = v
		return ok
	})
}

func (p *lineParser) seq(n *uint64) bool {
	start := p.i
	for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
		p.i++
	}
	v, err := strconv.ParseUint(unsafeString(p.b[start:p.i]), 10, 64)
	if err != nil {
		return p.fail("bad seq")
	}
	*n = v
	return true
}

func (p *lineParser) time(t *time.Time) bool {
	s, ok := p.str()
	if !ok {
		return false
	}
	v, err := time.Parse(timeLayout, s)
	if err != nil {
		return p.fail("bad time")
	}
	*t = v.UTC()
	return true
}

// unsafeString views b as a string for lookups and parsing that do not
// keep it.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }
