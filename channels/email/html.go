package email

import (
	"html"
	"strings"
)

// HTMLToText renders an HTML mail body as plain text: tags are dropped,
// block elements and <br> become line breaks, list items get "- ",
// <blockquote> content is prefixed with "> " (so that StripQuoted can
// remove quoted history from HTML-only replies), <script>, <style> and
// <head> are skipped, and entities are decoded. It is a renderer for
// reading, not a sanitiser, and never fails.
func HTMLToText(s string) string {
	var r htmlRenderer
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			r.text(s)
			break
		}
		if lt > 0 {
			r.text(s[:lt])
		}
		s = s[lt:]
		if strings.HasPrefix(s, "<!--") {
			end := strings.Index(s, "-->")
			if end < 0 {
				break
			}
			s = s[end+3:]
			continue
		}
		gt := tagEnd(s)
		if gt < 0 {
			r.text(s) // a lone '<' is text
			break
		}
		r.tag(s[1:gt])
		s = s[gt+1:]
		if r.skip != "" {
			// Jump to the closing tag of a raw-text element.
			end := indexFold(s, "</"+r.skip)
			if end < 0 {
				break
			}
			s = s[end:]
			r.skip = ""
		}
	}
	return r.result()
}

// tagEnd returns the index of the '>' closing the tag starting at s[0],
// honouring quoted attribute values, or -1.
func tagEnd(s string) int {
	var quote byte
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i
		}
	}
	return -1
}

// indexFold finds sub, an ASCII string starting with "</", in s, ignoring
// case.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			return -1
		}
		i += j
		if i+len(sub) <= len(s) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
		i += 2
	}
	return -1
}

type htmlRenderer struct {
	lines []string
	cur   strings.Builder
	depth int // blockquote nesting
	pre   int
	skip  string
	space bool // a collapsed space is pending
}

func (r *htmlRenderer) text(s string) {
	s = html.UnescapeString(s)
	if r.pre > 0 {
		for i, line := range strings.Split(s, "\n") {
			if i > 0 {
				r.newline()
			}
			r.cur.WriteString(line)
		}
		return
	}
	for _, c := range s {
		switch {
		case isHTMLSpace(c):
			r.space = true
		default:
			if r.space && r.cur.Len() > 0 {
				r.cur.WriteByte(' ')
			}
			r.space = false
			if c == '\u00a0' {
				c = ' '
			}
			r.cur.WriteRune(c)
		}
	}
}

func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

func (r *htmlRenderer) newline() {
	prefix := strings.Repeat("> ", r.depth)
	r.lines = append(r.lines, prefix+strings.TrimRight(r.cur.String(), " "))
	r.cur.Reset()
	r.space = false
}

// block ends the current line unless it is empty.
func (r *htmlRenderer) block() {
	if strings.TrimSpace(r.cur.String()) != "" {
		r.newline()
	} else {
		r.cur.Reset()
		r.space = false
	}
}

func (r *htmlRenderer) tag(t string) {
	closing := strings.HasPrefix(t, "/")
	t = strings.TrimPrefix(t, "/")
	name := t
	if i := strings.IndexFunc(t, func(c rune) bool { return isHTMLSpace(c) || c == '/' }); i >= 0 {
		name = t[:i]
	}
	name = strings.ToLower(name)
	switch name {
	case "script", "style", "head", "title":
		if !closing {
			r.skip = name
		}
	case "br":
		r.newline()
	case "p", "div", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "center", "section", "article", "header", "footer":
		r.block()
		if name == "p" && closing {
			r.lines = append(r.lines, strings.Repeat("> ", r.depth))
		}
	case "li":
		r.block()
		if !closing {
			r.cur.WriteString("- ")
		}
	case "td", "th":
		if !closing && r.cur.Len() > 0 {
			r.cur.WriteByte(' ')
		}
	case "blockquote":
		r.block()
		if closing {
			r.depth = max(r.depth-1, 0)
		} else {
			r.depth++
		}
	case "pre":
		r.block()
		if closing {
			r.pre = max(r.pre-1, 0)
		} else {
			r.pre++
		}
	}
}

func (r *htmlRenderer) result() string {
	r.block()
	// Collapse runs of blank lines to one and trim the ends.
	var out []string
	blank := true
	for _, l := range r.lines {
		isBlank := strings.TrimSpace(strings.TrimLeft(l, "> ")) == ""
		if isBlank {
			if blank {
				continue
			}
			l = strings.TrimRight(l, " ")
		}
		out = append(out, l)
		blank = isBlank
	}
	for len(out) > 0 && strings.TrimSpace(strings.TrimLeft(out[len(out)-1], "> ")) == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}
