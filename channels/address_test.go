package channels_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/channels"
)

func TestParseAddress(t *testing.T) {
	uk := &channels.ParseOptions{DefaultCountryCode: "44"}
	cases := []struct {
		name string
		kind channels.AddressKind
		raw  string
		opts *channels.ParseOptions
		want string // normalised value; empty means an error is expected
	}{
		{"e164", channels.AddrPhone, "+14155550100", nil, "+14155550100"},
		{"us punctuation", channels.AddrPhone, "(415) 555-0100", nil, "+14155550100"},
		{"us dots", channels.AddrPhone, "415.555.0100", nil, "+14155550100"},
		{"us leading 1", channels.AddrPhone, "1 415 555 0100", nil, "+14155550100"},
		{"tel uri", channels.AddrPhone, "tel:+1-415-555-0100", nil, "+14155550100"},
		{"international 00", channels.AddrPhone, "0034 612 345 678", nil, "+34612345678"},
		{"mexico", channels.AddrPhone, "+52 55 1234 5678", nil, "+525512345678"},
		{"uk national", channels.AddrPhone, "020 7946 0000", uk, "+442079460000"},
		{"nbsp", channels.AddrPhone, "415\u00a0555\u00a00100", nil, "+14155550100"},
		{"too short", channels.AddrPhone, "555-0100", nil, ""},
		{"too long", channels.AddrPhone, "+1234567890123456", nil, ""},
		{"letters", channels.AddrPhone, "415-555-CALL", nil, ""},
		{"plus in middle", channels.AddrPhone, "415+5550100", nil, ""},
		{"nanp bad area code", channels.AddrPhone, "+1 115 555 0100", nil, ""},
		{"nanp bad exchange", channels.AddrPhone, "+1 415 055 0100", nil, ""},
		{"nanp wrong length", channels.AddrPhone, "+1 415 555 01000", nil, ""},
		{"empty phone", channels.AddrPhone, "  ", nil, ""},
		{"whatsapp id", channels.AddrWhatsApp, "14155550100", nil, "14155550100"},
		{"whatsapp twilio form", channels.AddrWhatsApp, "whatsapp:+14155550100", nil, "14155550100"},
		{"whatsapp garbage", channels.AddrWhatsApp, "abc", nil, ""},
		{"email", channels.AddrEmail, "Ana.Perez@Example.COM", nil, "ana.perez@example.com"},
		{"email display name", channels.AddrEmail, "Ana Pérez <ana@example.com>", nil, "ana@example.com"},
		{"email no domain dot", channels.AddrEmail, "ana@example", nil, ""},
		{"email no at", channels.AddrEmail, "ana.example.com", nil, ""},
		{"email empty", channels.AddrEmail, "", nil, ""},
		{"webchat", channels.AddrWebChat, "sess_01HZX-9.a", nil, "sess_01HZX-9.a"},
		{"webchat spaces", channels.AddrWebChat, "a b", nil, ""},
		{"webchat empty", channels.AddrWebChat, "", nil, ""},
		{"webchat long", channels.AddrWebChat, strings.Repeat("a", 129), nil, ""},
		{"unknown kind", "fax", "+14155550100", nil, ""},
		{"invalid utf8", channels.AddrEmail, "a\xff@example.com", nil, ""},
		{"oversized", channels.AddrEmail, strings.Repeat("a", 400) + "@example.com", nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := channels.ParseAddress(tc.kind, tc.raw, tc.opts)
			if tc.want == "" {
				if !errors.Is(err, channels.ErrInvalidAddress) {
					t.Fatalf("ParseAddress = %+v, %v; want ErrInvalidAddress", got, err)
				}
				var ae *channels.AddressError
				if !errors.As(err, &ae) || ae.Kind != tc.kind {
					t.Errorf("error %v is not an *AddressError of kind %s", err, tc.kind)
				}
				if tc.raw != "" && strings.TrimSpace(tc.raw) != "" && strings.Contains(err.Error(), tc.raw) {
					t.Errorf("error quotes the address: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseAddress: %v", err)
			}
			if got.Kind != tc.kind || got.Value != tc.want {
				t.Errorf("got %+v, want %s:%s", got, tc.kind, tc.want)
			}
		})
	}
}

func TestContactKeyJoinsPhoneAndWhatsApp(t *testing.T) {
	sms, _ := channels.ParsePhone("(415) 555-0100", nil)
	wa, _ := channels.ParseAddress(channels.AddrWhatsApp, "14155550100", nil)
	if sms.ContactKey() != wa.ContactKey() {
		t.Errorf("keys differ: %s vs %s", sms.ContactKey(), wa.ContactKey())
	}
	email, _ := channels.ParseEmail("x@example.com")
	if email.ContactKey() == sms.ContactKey() {
		t.Error("email shares a key with a phone")
	}
}

func FuzzParseAddress(f *testing.F) {
	for _, s := range []string{"+14155550100", "(415) 555-0100", "0034612345678", "ana@example.com", "A <a@b.co>", "whatsapp:+1415", "sess-1", "\xff", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		for _, kind := range []channels.AddressKind{channels.AddrPhone, channels.AddrWhatsApp, channels.AddrEmail, channels.AddrWebChat} {
			a, err := channels.ParseAddress(kind, raw, nil)
			if err != nil {
				if !errors.Is(err, channels.ErrInvalidAddress) {
					t.Fatalf("%s: untyped error %v", kind, err)
				}
				continue
			}
			if a.Kind != kind || a.Value == "" || !utf8.ValidString(a.Value) {
				t.Fatalf("%s: bad address %+v", kind, a)
			}
			// Normalisation is idempotent.
			b, err := channels.ParseAddress(kind, a.Value, nil)
			if err != nil || b != a {
				t.Fatalf("%s: reparse of %q = %+v, %v", kind, a.Value, b, err)
			}
		}
	})
}
