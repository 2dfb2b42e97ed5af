package phi

import (
	"strings"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// handles records the identifiers people give for their online accounts
// and devices that no number rule reads: an app's order after "order #",
// a user name after its label, "my username is tdawson_77", "mi usuario: mari.villalobos", "fitbit user id
// 9TKX4B"; and an IPv6 address, "Nuevo inicio de sesión desde
// 2601:601:9f80:3a10:5d2e:1c4b:8a07:e3f2".
func (s *scan) handles() {
	s.ipv6()
	s.entryCodes()
	s.atHandles()
	for i := range s.toks {
		if s.toks[i].lex&bTrigger == 0 {
			continue // every label below is a trigger word
		}
		if (s.is(i, "order") || s.is(i, "orden")) && s.punct(i+1, '#') && i+2 < len(s.toks) && s.hasDigit(i+2) {
			// "order #4881730-2291" in a pharmacy's app ("Order
			// 987-65-4320 shipped", without its sign, is left alone).
			start := s.toks[i+2].start
			end := s.valueEnd(start, func(c byte) bool { return handleByte(c) || c == '/' }, "._-/")
			if countDigits(s.text[start:end]) >= 5 && !s.covered(start, end, len(s.spans)) {
				s.add(start, end, KindID, 0.85, "id.order") // "Order # 77-KD" is too short to be sure
			}
			continue
		}
		if s.toks[i].kind != tWord || !handleCues[string(s.low(i))] {
			continue
		}
		j := i + 1
		for n := 0; n < 4 && j < len(s.toks) && (s.toks[j].kind == tWord && handleFillers[string(s.low(j))] || s.punct(j, ':') ||
			// the service's name: "usuario de Clarity es", "username on MyChart is"
			s.toks[j].shape != caseLower && s.toks[j].kind == tWord && (s.is(j-1, "de") || s.is(j-1, "on") || s.is(j-1, "for") || s.is(j-1, "en"))); n++ {
			j++
		}
		if j >= len(s.toks) || s.toks[j].nl {
			continue
		}
		start := s.toks[j].start
		end := s.valueEnd(start, handleByte, "._-")
		if v := s.text[start:end]; end-start >= 4 && end-start <= 40 && (strings.ContainsAny(v, "0123456789._") || s.plainHandle(j, start, end)) &&
			!s.covered(start, end, len(s.spans)) {
			s.add(start, end, KindID, 0.85, "id.handle")
		}
	}
}

// plainHandle reports a user name of letters alone, token j from start
// to end: one word in lower case of five letters or more that is no word
// of the lexicons ("username dmarchetti"; not "my username is the same").
func (s *scan) plainHandle(j, start, end int) bool {
	if end-start < 5 || s.toks[j].shape != caseLower || s.toks[j].end != end {
		return false
	}
	w := s.low(j)
	return names.LookupBytes(w)&(names.Word|names.Common) == 0 && s.lexicon()[string(w)] == 0
}

// handleCues label a user name; handleFillers may stand between the label
// and the name.
var (
	handleCues    = setOf("username", "usuario", "login", "userid", "handle", "gamertag")
	handleFillers = setOf("is", "es", "id", "de", "name", "was", "era", "mi", "my", "el", "the", "on", "for", "en")
)

// handleByte reports a byte of a user name: letters, digits, '.', '_', '-'.
func handleByte(c byte) bool {
	return isASCIILetter(c) || isDigit(c) || c == '.' || c == '_' || c == '-'
}

// ipv6 records IPv6 addresses: five or more groups of one to four hex
// digits joined by colons, or fewer around a "::", with a letter a-f or a
// group of three digits or more somewhere (so that times, "10:30:45", and
// MAC-like pairs are left alone).
func (s *scan) ipv6() {
	t := s.text
	if strings.Count(t, ":") < 2 {
		return
	}
	for i := 0; i < len(t); i++ {
		if !isHex(t[i]) || i > 0 && (isHex(t[i-1]) || t[i-1] == ':') {
			continue
		}
		j, groups, long, letter, double := i, 0, false, false, false
		for j < len(t) {
			k := j
			for k < len(t) && k-j < 5 && isHex(t[k]) {
				if !isDigit(t[k]) {
					letter = true
				}
				k++
			}
			if k-j == 0 || k-j > 4 {
				break
			}
			groups++
			long = long || k-j >= 3
			j = k
			if j+1 < len(t) && t[j] == ':' && t[j+1] == ':' {
				double = true
				j += 2
				continue
			}
			if j+1 < len(t) && t[j] == ':' && isHex(t[j+1]) {
				j++
				continue
			}
			break
		}
		if (groups >= 5 || double && groups >= 3) && (letter || long) && !(j < len(t) && isHex(t[j])) {
			s.add(i, j, KindIP, 0.85, "ip.v6")
			i = j
		}
	}
}

func isHex(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }

// countDigits counts the ASCII digits of v.
func countDigits(v string) int {
	n := 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			n++
		}
	}
	return n
}

// entryCodes records the codes that open a patient's door or gate, told to
// a visiting nurse: "Gate code is #4471", "front entry code is *2318#",
// "lockbox on the door handle, code 1-9-6-2", "el portón tiene candado,
// código 3309", "marque #0312 en el intercomunicador". A code must follow
// a word of a door, a gate or a lockbox in its sentence ("CPT code 99213",
// "promo code" are none).
func (s *scan) entryCodes() {
	for i := range s.toks {
		if s.toks[i].lex&bTrigger == 0 || s.toks[i].kind != tWord || !codeWords[string(s.low(i))] && !(s.is(i, "marque") || s.is(i, "dial") || s.is(i, "press")) {
			continue
		}
		if !s.doorBefore(i) {
			continue
		}
		j := i + 1
		for n := 0; n < 5 && j < len(s.toks) && (s.toks[j].kind == tWord && codeFillers[string(s.low(j))] || s.punct(j, ':')); n++ {
			j++
		}
		if j >= len(s.toks) || s.toks[j].nl {
			continue
		}
		start := s.toks[j].start
		end := s.valueEnd(start, func(c byte) bool { return isDigit(c) || c == '#' || c == '*' || c == '-' }, "-")
		if countDigits(s.text[start:end]) >= 3 && !s.covered(start, end, len(s.spans)) {
			s.add(start, end, KindID, 0.85, "id.entry")
		}
	}
}

// doorBefore reports a word of a door, a gate or a lockbox among the eight
// tokens before token i, or just after it ("marque #0312 en el
// intercomunicador").
func (s *scan) doorBefore(i int) bool {
	for k := i; k >= 0 && k >= i-8; k-- {
		if s.toks[k].kind == tWord && doorWords[string(s.low(k))] {
			return true
		}
		if k < i && (s.punct(k, '.') || s.punct(k, '?') || s.punct(k, '!')) {
			break
		}
	}
	for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
		if s.toks[k].kind == tWord && doorWords[string(s.low(k))] {
			return true
		}
	}
	return false
}

var (
	codeWords   = setOf("code", "codigo", "pin", "passcode", "combo", "combination", "combinacion", "clave")
	codeFillers = setOf("is", "es", "de", "la", "el", "del", "puerta", "porton", "door", "gate", "the", "to", "for", "was", "number", "numero")
	doorWords   = setOf("gate", "door", "entry", "entrance", "lockbox", "keypad", "garage", "building", "buzzer", "intercom",
		"porton", "puerta", "cerca", "entrada", "edificio", "intercomunicador", "candado", "reja", "cochera", "alarm", "alarma")
)

// valueEnd returns the end of the run of bytes in, from start, without the
// trailing bytes of trim ("tdawson_77." ends before its full stop).
func (s *scan) valueEnd(start int, in func(byte) bool, trim string) int {
	end := start
	for end < len(s.text) && in(s.text[end]) {
		end++
	}
	return start + len(strings.TrimRight(s.text[start:end], trim))
}

// atHandles records a social network's handle written with its "@": "my
// snap is @marcus.tdub", "ig @maria_lopez22". Not an e-mail's "@" (a word
// runs into it), not "@ St. Joseph" (a space after it), not a time or a
// rate ("@5pm", "@ 20/5").
func (s *scan) atHandles() {
	t := s.text
	for i := 0; i+2 < len(t); i++ {
		if t[i] != '@' || i > 0 && (handleByte(t[i-1]) || t[i-1] == '.') || !handleByte(t[i+1]) || t[i+1] == '.' {
			continue
		}
		end := i + 1
		for end < len(t) && (handleByte(t[end]) && t[end] != '.' || t[end] == '.' && end+1 < len(t) && handleByte(t[end+1]) && t[end+1] != '.') {
			end++ // a dot inside, not the sentence's: "@marcus.tdub", "@maria_lopez22."
		}
		h := t[i+1 : end]
		if len(h) < 3 || len(h) > 30 || countDigits(h) == len(h) || isClockHandle(h) || s.covered(i, end, len(s.spans)) ||
			!s.socialCueBefore(i) {
			continue // notes write "@" for "at": "lasix @20mg", "@rest"
		}
		s.add(i, end, KindID, 0.8, "id.handle")
		i = end
	}
}

// isClockHandle reports "5pm", "10am", "1030am": a time after "@".
func isClockHandle(h string) bool {
	l := strings.ToLower(h)
	if !strings.HasSuffix(l, "am") && !strings.HasSuffix(l, "pm") {
		return false
	}
	return countDigits(l) == len(l)-2
}

// socialCueBefore reports a social network or a word of accounts among the
// five words before offset off, on its line: "my snap is", "ig:", "dm me".
func (s *scan) socialCueBefore(off int) bool {
	k := s.tokenAt(off) - 1
	for n := 0; n < 5 && k >= 0; n, k = n+1, k-1 {
		if s.toks[k+1].nl {
			return false
		}
		if s.toks[k].kind == tWord && socialCues[string(s.low(k))] {
			return true
		}
	}
	return false
}

var socialCues = setOf("ig", "insta", "instagram", "snap", "snapchat", "sc", "tiktok", "twitter", "handle", "dm", "follow",
	"username", "user", "usuario", "discord", "telegram", "threads", "fb", "facebook", "venmo", "cashapp", "zelle", "me")
