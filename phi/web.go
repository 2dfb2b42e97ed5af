package phi

import "strings"

// This file holds the rules for e-mail addresses and URLs.

func isLocalByte(c byte) bool {
	return isASCIILetter(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isHostByte(c byte) bool { return isASCIILetter(c) || isDigit(c) || c == '.' || c == '-' }

// roleMailboxes are local parts that name an office's shared mailbox,
// which identifies the organisation, not a person.
var roleMailboxes = setOf("frontdesk", "front.desk", "front-desk", "info", "billing", "referrals", "referral",
	"records", "medicalrecords", "medical.records", "appointments", "appts", "scheduling", "noreply", "no-reply",
	"donotreply", "do-not-reply", "reception", "recepcion", "contacto", "citas", "admin", "office", "support",
	"hr", "careers", "pharmacy", "farmacia", "lab", "laboratorio", "webmaster", "postmaster", "help")

// roleMailbox reports whether the local part of an e-mail address names
// an office's shared mailbox.
func roleMailbox(local string) bool {
	if len(local) > 16 {
		return false
	}
	var b [16]byte
	for k := 0; k < len(local); k++ {
		b[k] = local[k]
		if isASCIILetter(b[k]) {
			b[k] |= 0x20
		}
	}
	return roleMailboxes[string(b[:len(local)])]
}

// emails finds local@domain.tld around every '@'.
func (s *scan) emails() {
	t := s.text
	for off := 0; ; {
		at := strings.IndexByte(t[off:], '@')
		if at < 0 {
			return
		}
		at += off
		off = at + 1
		i := at
		for i > 0 && isLocalByte(t[i-1]) {
			i--
		}
		for i < at && t[i] == '.' {
			i++
		}
		j := at + 1
		for j < len(t) && isHostByte(t[j]) {
			j++
		}
		for j > at+1 && (t[j-1] == '.' || t[j-1] == '-') {
			j--
		}
		if i == at || !validHost(t[at+1:j]) {
			continue
		}
		if roleMailbox(t[i:at]) {
			off = j
			continue // "frontdesk@clinic.org": an office's mailbox, no person's
		}
		s.add(i, j, KindEmail, 0.95, "email")
		off = j
	}
}

// mailDisplayNames marks the display name before a personal address in
// angle brackets, as mail headers and signatures write it: "To: Anand
// Raman <araman@outlook.com>". Up to four capitalised words right before
// the bracket, none of them an organisation's word ("Bright Smiles
// Dental <office@...>" is an office, and its role mailbox no address).
func (s *scan) mailDisplayNames() {
	n := len(s.spans)
	for si := 0; si < n; si++ {
		sp := s.spans[si]
		if sp.Kind != KindEmail || sp.Start == 0 || s.text[sp.Start-1] != '<' || serviceMailbox(s.text[sp.Start:sp.End]) {
			continue
		}
		lt := s.tokenAt(sp.Start - 1)
		last := lt - 1
		if lt >= len(s.toks) || s.toks[lt].start != sp.Start-1 || last < 0 || s.toks[lt].nl {
			continue
		}
		first := last + 1
		for k := last; k >= 0 && k > last-4; k-- {
			tk := s.toks[k]
			if tk.kind != tWord || !s.capitalized(k) || s.has(k, bOrg|bFacility|bStop|bRelation) || k < last && s.toks[k+1].nl {
				break
			}
			first = k
		}
		if first > last {
			continue
		}
		s.add(s.toks[first].start, s.toks[last].end, KindName, 0.85, "name.mail")
	}
}

// serviceMailbox reports an address whose local part names a service
// rather than a person ("billing-noreply@", "appointments@"): its display
// name is an office's.
func serviceMailbox(addr string) bool {
	local := strings.ToLower(addr[:max(0, strings.IndexByte(addr, '@'))])
	for _, w := range serviceWords {
		if strings.Contains(local, w) {
			return true
		}
	}
	return false
}

var serviceWords = []string{"reply", "billing", "info", "office", "support", "admin", "team", "contact", "appointment",
	"scheduling", "records", "notification", "alerts", "facturacion", "citas", "service", "help", "portal", "frontdesk"}

// validHost reports whether h looks like a DNS name with a letter TLD.
func validHost(h string) bool {
	dot := strings.LastIndexByte(h, '.')
	if dot <= 0 || len(h)-dot-1 < 2 {
		return false
	}
	for i := dot + 1; i < len(h); i++ {
		if !isASCIILetter(h[i]) {
			return false
		}
	}
	return !strings.Contains(h, "..")
}

// commonTLDs are the top-level domains a bare host ("clinic.com") may end
// in to count as a URL without a scheme.
var commonTLDs = setOf("com", "org", "net", "edu", "gov", "io", "us", "es", "mx", "info", "health",
	"co", "me", "biz", "app", "ar", "cl", "pe", "uk", "ca")

// urls finds scheme URLs, www. hosts and bare hosts with a common TLD.
func (s *scan) urls() {
	t := s.text
	for i := 0; i < len(t); i++ {
		c := t[i] | 0x20
		if c != 'h' && c != 'w' && c != 'f' {
			continue
		}
		if i > 0 && (isASCIILetter(t[i-1]) || isDigit(t[i-1])) {
			continue
		}
		rest := t[i:]
		n := 0
		switch {
		case hasPrefixFold(rest, "https://"):
			n = 8
		case hasPrefixFold(rest, "http://"):
			n = 7
		case hasPrefixFold(rest, "ftp://"):
			n = 6
		case hasPrefixFold(rest, "www."):
			n = 4
		default:
			continue
		}
		j := i + n
		for j < len(t) && urlByte(t[j]) {
			j++
		}
		j = trimURLEnd(t, i+n, j)
		if j > i+n {
			s.add(i, j, KindURL, 0.9, "url")
			i = j
		}
	}
	// Bare hosts: word . tld, found on the tokens.
	for k := 0; k+2 < len(s.toks); k++ {
		if s.toks[k].kind != tWord || !s.punct(k+1, '.') || s.toks[k+2].kind != tWord ||
			s.toks[k+1].start != s.toks[k].end || s.toks[k+2].start != s.toks[k+1].end {
			continue
		}
		if !s.has(k+2, bTLD) || (k > 0 && (s.punct(k-1, '@') || s.punct(k-1, '.'))) {
			continue
		}
		end := s.toks[k+2].end
		if end < len(t) && (t[end] == '@' || isASCIILetter(t[end])) {
			continue
		}
		if end < len(t) && t[end] == '/' {
			j := end
			for j < len(t) && urlByte(t[j]) {
				j++
			}
			end = trimURLEnd(t, end, j)
		}
		s.add(s.toks[k].start, end, KindURL, 0.8, "url.host")
	}
}

func urlByte(c byte) bool {
	return c > ' ' && c < 0x7f && c != '<' && c != '>' && c != '"' && c != '\'' && c != '`'
}

// trimURLEnd drops trailing punctuation that ends a sentence, not the URL.
func trimURLEnd(t string, from, j int) int {
	for j > from && strings.IndexByte(".,;:!?)]}", t[j-1]) >= 0 {
		j--
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
