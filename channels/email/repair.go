package email

import (
	"bytes"
)

// repairHeader rewrites a header block that net/mail refuses into one it
// reads, the way tolerant mail readers do: leading blank or space-only
// lines are dropped, a stray line inside the header block (a fold that
// lost its indentation) becomes a continuation line, and a header block
// that runs straight into the body without the blank separator line gets
// one. It returns nil when there is nothing to repair.
func repairHeader(raw []byte) []byte {
	lines := bytes.SplitAfter(raw, []byte("\n"))
	i := 0
	for i < len(lines) && len(bytes.TrimSpace(lines[i])) == 0 && len(lines[i]) > 0 {
		i++
	}
	lines = lines[i:]
	var out bytes.Buffer
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		trimmed := bytes.TrimRight(l, "\r\n")
		switch {
		case len(trimmed) == 0:
			// The separator: copy the rest unchanged.
			for _, rest := range lines[i:] {
				out.Write(rest)
			}
			return out.Bytes()
		case isFieldLine(trimmed) || (i > 0 && (trimmed[0] == ' ' || trimmed[0] == '\t')):
			out.Write(l)
		case fieldFollows(lines[i+1:]):
			out.WriteByte(' ')
			out.Write(l)
		default:
			// The body starts here without a separator.
			out.WriteString("\r\n")
			for _, rest := range lines[i:] {
				out.Write(rest)
			}
			return out.Bytes()
		}
	}
	return out.Bytes()
}

// isFieldLine reports whether l starts with a header field name and colon.
func isFieldLine(l []byte) bool {
	colon := bytes.IndexByte(l, ':')
	if colon <= 0 {
		return false
	}
	for _, c := range l[:colon] {
		if c <= ' ' || c >= 0x7f {
			return false
		}
	}
	return true
}

// fieldFollows reports whether a field line comes before the end of the
// header block.
func fieldFollows(lines [][]byte) bool {
	for _, l := range lines {
		t := bytes.TrimRight(l, "\r\n")
		if len(t) == 0 {
			return false
		}
		if isFieldLine(t) {
			return true
		}
	}
	return false
}
