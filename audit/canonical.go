package audit

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"time"
)

// timeLayout is Go's RFC3339Nano: fractional seconds without trailing
// zeros, and no fraction at all for whole seconds. Times are converted to
// UTC first, so the zone is always "Z".
const timeLayout = time.RFC3339Nano

// AppendCanonical appends the canonical encoding of e to dst and returns
// the extended buffer. The encoding excludes e.Hash: it is what Hash is
// computed over. See the package documentation for the exact format.
func AppendCanonical(dst []byte, e *Event) []byte {
	b, _ := appendEvent(dst, e, false)
	return b
}

// AppendLine appends e as one line of a JSON Lines audit file: the
// canonical encoding with the "hash" member included, then '\n'.
func AppendLine(dst []byte, e *Event) []byte {
	dst, _ = appendEvent(dst, e, true)
	return append(dst, '\n')
}

// ComputeHash returns the lowercase hex SHA-256 of e's canonical encoding.
// It does not read or change e.Hash.
func ComputeHash(e *Event) string {
	var buf [1024]byte
	return hashOf(AppendCanonical(buf[:0], e))
}

// hashMatches reports whether e.Hash is the hash of e, without allocating.
func hashMatches(e *Event) bool {
	if len(e.Hash) != 2*sha256.Size {
		return false
	}
	var buf [1024]byte
	sum := sha256.Sum256(AppendCanonical(buf[:0], e))
	var hx [2 * sha256.Size]byte
	hex.Encode(hx[:], sum[:])
	return string(hx[:]) == e.Hash
}

func hashOf(canonical []byte) string {
	sum := sha256.Sum256(canonical)
	var hx [2 * sha256.Size]byte
	hex.Encode(hx[:], sum[:])
	return string(hx[:]) // one allocation, where hex.EncodeToString makes two
}

// appendEvent writes the members in ascending byte order of their keys:
// action, actor, contact_id, conversation_id, detail, hash, message_id,
// outcome, patient_id, practice_id, prev_hash, request_id, seq,
// source_addr, time. It also returns the offset in b at which the hash
// member starts (or would start).
func appendEvent(b []byte, e *Event, withHash bool) ([]byte, int) {
	b = append(b, `{"action":`...)
	b = appendString(b, string(e.Action))
	b = append(b, `,"actor":{`...)
	first := true
	for _, m := range [...]struct{ k, v string }{{"id", e.Actor.ID}, {"kind", e.Actor.Kind}, {"role", e.Actor.Role}} {
		if m.v == "" {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = appendString(b, m.k)
		b = append(b, ':')
		b = appendString(b, m.v)
	}
	b = append(b, '}')
	b = appendMember(b, "contact_id", e.ContactID)
	b = appendMember(b, "conversation_id", e.ConversationID)
	if len(e.Detail) > 0 {
		b = append(b, `,"detail":{`...)
		var arr [MaxDetailEntries]string
		keys := arr[:0]
		for k := range e.Detail {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, k)
			b = append(b, ':')
			b = appendString(b, e.Detail[k])
		}
		b = append(b, '}')
	}
	hashAt := len(b)
	if withHash {
		b = appendMember(b, "hash", e.Hash)
	}
	b = appendMember(b, "message_id", e.MessageID)
	b = appendMember(b, "outcome", string(e.Outcome))
	b = appendMember(b, "patient_id", e.PatientID)
	b = appendMember(b, "practice_id", e.PracticeID)
	b = appendMember(b, "prev_hash", e.PrevHash)
	b = appendMember(b, "request_id", e.RequestID)
	if e.Seq != 0 {
		b = append(b, `,"seq":`...)
		b = strconv.AppendUint(b, e.Seq, 10)
	}
	b = appendMember(b, "source_addr", e.SourceAddr)
	b = append(b, `,"time":"`...)
	b = e.Time.UTC().AppendFormat(b, timeLayout)
	b = append(b, `"}`...)
	return b, hashAt
}

func appendMember(b []byte, key, val string) []byte {
	if val == "" {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return appendString(b, val)
}

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string: '"' and '\\' are escaped with a
// backslash, bytes below 0x20 as \u00xx with lowercase hex, and every other
// byte is copied as is (s is valid UTF-8, which Validate guarantees).
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
