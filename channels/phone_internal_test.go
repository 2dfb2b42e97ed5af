package channels

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// referencePhone is normalizePhone as it was before phoneDigits, kept to
// prove the allocation-free version answers every input the same.
func referencePhone(raw, countryCode string) (string, error) {
	s := strings.TrimSpace(raw)
	s = strings.TrimPrefix(s, "tel:")
	if s == "" {
		return "", fmt.Errorf("empty")
	}
	var digits strings.Builder
	plus := false
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits.WriteRune(r)
		case r == '+' && i == 0:
			plus = true
		case r == ' ' || r == '-' || r == '.' || r == '(' || r == ')' || r == '\u00a0':
		default:
			return "", fmt.Errorf("unexpected character in phone number")
		}
	}
	d := digits.String()
	switch {
	case plus:
	case strings.HasPrefix(d, "00"):
		d = d[2:]
	case countryCode == "1" && len(d) == 11 && d[0] == '1':
	default:
		d = countryCode + strings.TrimPrefix(d, "0")
	}
	if len(d) < 8 || len(d) > 15 {
		return "", fmt.Errorf("phone number must have 8 to 15 digits with country code")
	}
	if d[0] == '0' {
		return "", fmt.Errorf("country code cannot start with 0")
	}
	if d[0] == '1' {
		if len(d) != 11 {
			return "", fmt.Errorf("north american number must have 10 digits after the country code")
		}
		if d[1] < '2' || d[4] < '2' {
			return "", fmt.Errorf("north american area code and exchange cannot start with 0 or 1")
		}
	}
	return "+" + d, nil
}

// referenceWhatsApp is the WhatsApp branch of ParseAddress as it was.
func referenceWhatsApp(raw, countryCode string) (string, error) {
	s := strings.TrimSpace(raw)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "whatsapp:"), "wa:")
	if !strings.HasPrefix(s, "+") {
		s = "+" + s
	}
	e164, err := referencePhone(s, countryCode)
	if err != nil {
		return "", err
	}
	return e164[1:], nil
}

func checkPhoneSame(t *testing.T, raw string) {
	t.Helper()
	for _, cc := range []string{"1", "44", "52", ""} {
		want, werr := referencePhone(raw, cc)
		got, gerr := normalizePhone(raw, cc)
		if got != want || fmt.Sprint(gerr) != fmt.Sprint(werr) {
			t.Fatalf("normalizePhone(%q, %q) = %q, %v; want %q, %v", raw, cc, got, gerr, want, werr)
		}
		if !utf8.ValidString(raw) || len(raw) > maxAddressBytes {
			continue // refused by ParseAddress before any phone rule
		}
		opts := &ParseOptions{DefaultCountryCode: cc}
		want, werr = referenceWhatsApp(raw, opts.countryCode())
		a, gerr := ParseAddress(AddrWhatsApp, raw, opts)
		if werr != nil {
			if gerr == nil || !strings.Contains(gerr.Error(), werr.Error()) {
				t.Fatalf("ParseAddress(whatsapp, %q) = %v, %v; want error %v", raw, a, gerr, werr)
			}
			continue
		}
		if gerr != nil || a.Value != want {
			t.Fatalf("ParseAddress(whatsapp, %q) = %v, %v; want %q", raw, a, gerr, want)
		}
	}
}

var phoneSeeds = []string{"", " ", "+", "tel:", "tel:+15552345678", "15552345678", "+1 (555) 234-5678", "0044 20 7946 0958",
	"020 7946 0958", "5552345678", "+44 20 7946 0958", "whatsapp:+15552345678", "wa:15552345678", "whatsapp: 15552345678",
	"1+5552345678", "++15552345678", "+tel:1555", "15551234567", "+0123456789", "1234567", "1234567890123456789",
	"12345678901234567890123456789012345", "١٢٣", "+52 1 55 1234 5678", "\u00a015552345678"}

func TestPhoneDigitsMatchesReference(t *testing.T) {
	for _, s := range phoneSeeds {
		checkPhoneSame(t, s)
	}
}

func FuzzPhoneDigits(f *testing.F) {
	for _, s := range phoneSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		checkPhoneSame(t, raw)
	})
}
