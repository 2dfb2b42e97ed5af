package channels

import (
	"regexp"
	"strings"
	"unicode"
)

// StripQuoted returns the new text of a reply: text without the quoted
// history and signature that mail clients append. It removes
//
//   - lines quoted with ">" (wherever they are, so inline answers between
//     quoted questions survive) and the attribution line before them
//     ("On Mon, ... wrote:", "El ... escribió:", "Le ... a écrit :",
//     "Am ... schrieb:", also wrapped over up to three lines);
//   - everything from a forwarded-history separator ("-----Original
//     Message-----", "----- Mensaje original -----") or an Outlook header
//     block ("From: / Sent: / To: / Subject:", "De: / Enviado: / Para:")
//     to the end;
//   - everything from a signature delimiter ("-- ") to the end, and
//     trailing "Sent from my iPhone"-style client footers.
//
// Text that is nothing but quotation yields "". StripQuoted never fails;
// it takes "\n", "\r\n" or "\r" line ends and returns "\n" ones.
func StripQuoted(text string) string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(text, "\n")
	lines = cutHistory(lines, quoteFollows(lines))
	lines = dropQuotes(lines, quoteFollows(lines))
	lines = cutSignature(lines)
	return strings.TrimSpace(strings.Join(trimRight(lines), "\n"))
}

var (
	separatorRE = regexp.MustCompile(`(?i)^\s*[-_=*]{2,}\s*(original message|mensaje original|message d'origine|ursprüngliche nachricht|forwarded message|mensaje reenviado)\s*[-_=*]{2,}\s*$`)
	// headerFromRE opens an Outlook-style header block of the quoted
	// message; headerRestRE are the fields that must follow it.
	headerFromRE  = regexp.MustCompile(`(?i)^\s*\*?(from|de|von|van|от)\s*:`)
	headerFieldRE = regexp.MustCompile(`(?i)^\s*\*?(from|de|von|van|от|sent|date|enviado|fecha|gesendet|datum|envoyé|отправлено|дата|to|para|an|à|кому|subject|asunto|objet|betreff|тема|cc)\s*:\*?\s*\S`)
	// attributionEndRE ends an attribution line; attributionStartRE
	// begins one.
	attributionEndRE   = regexp.MustCompile(`(?i)(wrote|escribió|escribio|a écrit|schrieb|scritto|escreveu|написал|написала|skrev|schreef)\s*:\s*$`)
	attributionStartRE = regexp.MustCompile(`(?i)^\s*(on|el|le|am|il|em|op|den|\d)`)
	// looseAttributionRE is an attribution without a verb ("26.06.2014,
	// 14:41, "Name" <addr>:"), recognised only right above a quote.
	looseAttributionRE = regexp.MustCompile(`(@|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}).*:\s*$`)
	footerRE           = regexp.MustCompile(`(?i)^\s*(sent from my|sent from (yahoo|outlook|mail for)|enviado desde mi|get outlook for|envoyé de mon|von meinem .* gesendet)`)
)

// cutHistory drops everything from the first forwarded-history separator,
// Outlook header block or unquoted-history attribution on.
func cutHistory(lines []string, quoted []bool) []string {
	for i, l := range lines {
		switch {
		case separatorRE.MatchString(l):
			return lines[:i]
		case headerBlockAt(lines, i):
			end := i
			// Drop a rule line ("____") put above the header block.
			for end > 0 && (strings.Trim(lines[end-1], "_-* \t") == "" && strings.TrimSpace(lines[end-1]) != "") {
				end--
			}
			return lines[:end]
		}
		if start, ok := attributionAt(lines, i); ok && !quoted[i] {
			// An attribution followed by unquoted history (a top-posting
			// client that does not prefix ">").
			if attributionStartRE.MatchString(lines[start]) {
				return lines[:start]
			}
		}
	}
	return lines
}

// headerBlockAt reports whether a quoted message's header block starts at
// lines[i]: three header fields ("From:", "Sent:", "To:", "Subject:" and
// their translations) within six lines, one of them the sender.
func headerBlockAt(lines []string, i int) bool {
	if !headerFieldRE.MatchString(lines[i]) {
		return false
	}
	fields, from := 0, false
	for j := i; j < len(lines) && j <= i+5; j++ {
		if headerFieldRE.MatchString(lines[j]) {
			fields++
			from = from || headerFromRE.MatchString(lines[j])
		}
	}
	return fields >= 3 && from
}

// attributionAt reports whether lines[i] ends an attribution and returns
// the line it starts on (it may be wrapped over up to three lines).
func attributionAt(lines []string, i int) (start int, ok bool) {
	if !attributionEndRE.MatchString(lines[i]) || isQuoted(lines[i]) {
		return 0, false
	}
	start = i
	for start > i-2 && start > 0 && !attributionStartRE.MatchString(lines[start]) &&
		strings.TrimSpace(lines[start-1]) != "" && !isQuoted(lines[start-1]) {
		start--
	}
	if len(strings.Join(lines[start:i+1], " ")) > 400 {
		return 0, false
	}
	return start, true
}

// quoteFollows reports, for each line, whether the first non-blank line
// after it is quoted.
func quoteFollows(lines []string) []bool {
	out := make([]bool, len(lines))
	next := false
	for i := len(lines) - 1; i >= 0; i-- {
		out[i] = next
		if strings.TrimSpace(lines[i]) != "" {
			next = isQuoted(lines[i])
		}
	}
	return out
}

func isQuoted(l string) bool { return strings.HasPrefix(strings.TrimLeft(l, " \t"), ">") }

// dropQuotes removes quoted lines and the attribution lines that
// introduce them.
func dropQuotes(lines []string, quoted []bool) []string {
	drop := make([]bool, len(lines))
	for i, l := range lines {
		if isQuoted(l) {
			drop[i] = true
			continue
		}
		if !quoted[i] {
			continue
		}
		if start, ok := attributionAt(lines, i); ok {
			for j := start; j <= i; j++ {
				drop[j] = true
			}
		} else if looseAttributionRE.MatchString(l) && len(l) < 200 {
			drop[i] = true
		}
	}
	out := lines[:0:0]
	for i, l := range lines {
		if !drop[i] {
			out = append(out, l)
		}
	}
	return out
}

// cutSignature drops a signature: the lines after a delimiter ("-- " or
// "--") when at most maxSignatureLines non-blank lines follow it, then
// trailing client footers, again until nothing changes. A "--" that a
// patient used to separate parts of a longer message is kept, and
// stripping twice changes nothing.
func cutSignature(lines []string) []string {
	for {
		n := len(lines)
		lines = trimRight(lines)
		for len(lines) > 0 && footerRE.MatchString(lines[len(lines)-1]) {
			lines = trimRight(lines[:len(lines)-1])
		}
		for i := len(lines) - 1; i >= 0; i-- {
			if isSigDelimiter(lines[i]) {
				if nonBlank(lines[i+1:]) <= maxSignatureLines {
					lines = lines[:i]
				}
				break
			}
		}
		if len(lines) == n {
			return trimRight(lines)
		}
	}
}

// maxSignatureLines is the most non-blank lines a signature has.
const maxSignatureLines = 8

// nonBlank counts the lines that hold more than white space.
func nonBlank(lines []string) int {
	n := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// isSigDelimiter reports a signature delimiter line, "-- " or "--".
func isSigDelimiter(l string) bool {
	l = strings.TrimRight(l, "\t")
	return l == "-- " || l == "--"
}

// trimRight drops trailing blank lines and the trailing white space of
// each line (any Unicode space, as the final TrimSpace does, so that a
// second pass finds nothing new: "--\f" is a delimiter either way).
func trimRight(lines []string) []string {
	for i := range lines {
		lines[i] = strings.TrimRightFunc(lines[i], unicode.IsSpace)
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
