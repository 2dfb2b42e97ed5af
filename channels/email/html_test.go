package email

import (
	"testing"
	"unicode/utf8"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "<p>Hello</p><p>World</p>", "Hello\n\nWorld"},
		{"br and entities", "Fish &amp; chips<br>Caf&eacute;&nbsp;ok", "Fish & chips\nCafé ok"},
		{"inline tags keep spaces", "I <b>really</b> need <i>help</i>", "I really need help"},
		{"skips style and script", "<head><style>p{x:1}</style></head><script>alert(1)</script>Hi", "Hi"},
		{"blockquote quoted", "New<blockquote>Old<br>older</blockquote>", "New\n> Old\n> older"},
		{"list", "<ul><li>one</li><li>two</li></ul>", "- one\n- two"},
		{"pre keeps lines", "<pre>a\n  b</pre>", "a\n  b"},
		{"comment", "a<!-- hidden -->b", "ab"},
		{"lone lt", "1 < 2", "1 < 2"},
		{"quoted gt in attribute", `<a title="a>b">link</a>`, "link"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLToText(tt.in); got != tt.want {
				t.Errorf("HTMLToText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzHTMLToText(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<blockquote><blockquote>x</blockquote>", "<script>", "<!--", "<a b='>'>", "&amp;&#x41;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := HTMLToText(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from valid input")
		}
	})
}
