package channels

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"
)

// AddressKind says what kind of identifier an Address holds.
type AddressKind string

// The address kinds.
const (
	AddrPhone    AddressKind = "phone"    // E.164, for SMS: "+15551234567"
	AddrWhatsApp AddressKind = "whatsapp" // a WhatsApp id: E.164 digits without "+"
	AddrEmail    AddressKind = "email"    // lower-cased addr-spec: "pat@example.com"
	AddrWebChat  AddressKind = "webchat"  // a web-chat session or visitor id
)

// Address is a normalised patient or practice address. Build one with
// ParseAddress or the Parse functions so that it is always normalised; two
// Addresses of the same identifier compare equal.
type Address struct {
	Kind  AddressKind `json:"kind"`
	Value string      `json:"value"`
}

// IsZero reports whether a is the zero Address.
func (a Address) IsZero() bool { return a.Value == "" }

// String returns "kind:value". It is PHI: never log it.
func (a Address) String() string { return string(a.Kind) + ":" + a.Value }

// ContactKey returns the key under which the inbox keeps one contact per
// person: a phone number and the WhatsApp id of the same number share the
// key "tel:+15551234567", so that a patient writing on WhatsApp and then by
// SMS lands in one thread.
func (a Address) ContactKey() string {
	switch a.Kind {
	case AddrPhone:
		return "tel:" + a.Value
	case AddrWhatsApp:
		return "tel:+" + a.Value
	case AddrEmail:
		return "mailto:" + a.Value
	}
	return string(a.Kind) + ":" + a.Value
}

// AddressKindFor returns the address kind a channel uses for patients.
func AddressKindFor(k Kind) (AddressKind, error) {
	switch k {
	case SMS:
		return AddrPhone, nil
	case WhatsApp:
		return AddrWhatsApp, nil
	case Email:
		return AddrEmail, nil
	case WebChat:
		return AddrWebChat, nil
	}
	return "", fmt.Errorf("%w: channel %q", ErrUnknownChannel, k)
}

// AddressError describes why an address was refused. It never holds the
// address itself, which is PHI. It wraps ErrInvalidAddress.
type AddressError struct {
	Kind   AddressKind
	Reason string
}

// Error names the kind of address and why it was refused.
func (e *AddressError) Error() string {
	return fmt.Sprintf("channels: invalid %s address: %s", e.Kind, e.Reason)
}

// Unwrap returns ErrInvalidAddress.
func (e *AddressError) Unwrap() error { return ErrInvalidAddress }

// ParseOptions tune address parsing. The zero value assumes the North
// American numbering plan for numbers written without a country code.
type ParseOptions struct {
	// DefaultCountryCode is the calling code (digits, no "+") given to
	// national numbers written without one. Default "1".
	DefaultCountryCode string
}

func (o *ParseOptions) countryCode() string {
	if o == nil || o.DefaultCountryCode == "" {
		return "1"
	}
	return o.DefaultCountryCode
}

// maxAddressBytes bounds every raw address.
const maxAddressBytes = 320

// ParseAddress parses and normalises raw as an address of the given kind.
// opts may be nil.
func ParseAddress(kind AddressKind, raw string, opts *ParseOptions) (Address, error) {
	if len(raw) > maxAddressBytes {
		return Address{}, &AddressError{Kind: kind, Reason: "too long"}
	}
	if !utf8.ValidString(raw) {
		return Address{}, &AddressError{Kind: kind, Reason: "not valid UTF-8"}
	}
	switch kind {
	case AddrPhone:
		e164, err := normalizePhone(raw, opts.countryCode())
		if err != nil {
			return Address{}, &AddressError{Kind: kind, Reason: err.Error()}
		}
		return Address{Kind: AddrPhone, Value: e164}, nil
	case AddrWhatsApp:
		// WhatsApp ids are the full international number without "+"; some
		// integrations prefix "whatsapp:" (Twilio) or "+".
		s := strings.TrimSpace(raw)
		s = strings.TrimPrefix(strings.TrimPrefix(s, "whatsapp:"), "wa:")
		var e164 string
		var err error
		if strings.HasPrefix(s, "+") {
			e164, err = normalizePhone(s, opts.countryCode())
		} else {
			// As if s were written with a leading "+".
			e164, err = phoneDigits(s, true, opts.countryCode())
		}
		if err != nil {
			return Address{}, &AddressError{Kind: kind, Reason: err.Error()}
		}
		return Address{Kind: AddrWhatsApp, Value: e164[1:]}, nil
	case AddrEmail:
		v, err := normalizeEmail(raw)
		if err != nil {
			return Address{}, &AddressError{Kind: kind, Reason: err.Error()}
		}
		return Address{Kind: AddrEmail, Value: v}, nil
	case AddrWebChat:
		s := strings.TrimSpace(raw)
		if s == "" {
			return Address{}, &AddressError{Kind: kind, Reason: "empty"}
		}
		if len(s) > 128 {
			return Address{}, &AddressError{Kind: kind, Reason: "session id longer than 128 bytes"}
		}
		for _, r := range s {
			if !(r == '-' || r == '_' || r == '.' || r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
				return Address{}, &AddressError{Kind: kind, Reason: "session id may hold only ASCII letters, digits, '-', '_' and '.'"}
			}
		}
		return Address{Kind: AddrWebChat, Value: s}, nil
	}
	return Address{}, &AddressError{Kind: kind, Reason: "unknown address kind"}
}

// ParsePhone is ParseAddress(AddrPhone, raw, opts).
func ParsePhone(raw string, opts *ParseOptions) (Address, error) {
	return ParseAddress(AddrPhone, raw, opts)
}

// ParseEmail is ParseAddress(AddrEmail, raw, nil).
func ParseEmail(raw string) (Address, error) { return ParseAddress(AddrEmail, raw, nil) }

// normalizePhone turns a written phone number into E.164. It accepts the
// usual punctuation (spaces, dots, dashes, parentheses), a leading "+" or
// international "00" prefix, and national numbers, which get countryCode.
// The reasons it returns never quote the number.
func normalizePhone(raw, countryCode string) (string, error) {
	s := strings.TrimSpace(raw)
	s = strings.TrimPrefix(s, "tel:")
	if s == "" {
		return "", fmt.Errorf("empty")
	}
	return phoneDigits(s, false, countryCode)
}

// The reasons phoneDigits refuses a number: fixed, so that refusing one
// (a business's own display number may be fictitious) allocates nothing.
var (
	errPhoneChar       = errors.New("unexpected character in phone number")
	errPhoneLength     = errors.New("phone number must have 8 to 15 digits with country code")
	errPhoneCountry    = errors.New("country code cannot start with 0")
	errPhoneNANPLength = errors.New("north american number must have 10 digits after the country code")
	errPhoneNANPDigit  = errors.New("north american area code and exchange cannot start with 0 or 1")
)

// phoneDigits is normalizePhone after the trimming: s's digits in E.164,
// plus marking s as international (as if it began with "+", which it then
// must not). It allocates only the result.
func phoneDigits(s string, plus bool, countryCode string) (string, error) {
	var arr [24]byte
	// out is "+", then the country code when s is national, then s's digits.
	out := append(arr[:0], '+')
	leadingPlus := !plus
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			out = append(out, byte(r))
		case r == '+' && i == 0 && leadingPlus:
			plus = true
		case r == ' ' || r == '-' || r == '.' || r == '(' || r == ')' || r == '\u00a0':
		default:
			return "", errPhoneChar
		}
	}
	d := out[1:]
	switch {
	case plus:
	case len(d) >= 2 && d[0] == '0' && d[1] == '0':
		out = append(out[:1], d[2:]...)
	case countryCode == "1" && len(d) == 11 && d[0] == '1':
		// "1 555 ..." written without "+", as North Americans do.
	default:
		if len(d) > 0 && d[0] == '0' {
			d = d[1:]
		}
		var tmp [24]byte
		national := append(tmp[:0], d...)
		out = append(append(out[:1], countryCode...), national...)
	}
	d = out[1:]
	if len(d) < 8 || len(d) > 15 {
		return "", errPhoneLength
	}
	if d[0] == '0' {
		return "", errPhoneCountry
	}
	if d[0] == '1' {
		// North American numbering plan: 1 + NPA (2-9xx) + NXX (2-9xx) + 4.
		if len(d) != 11 {
			return "", errPhoneNANPLength
		}
		if d[1] < '2' || d[4] < '2' {
			return "", errPhoneNANPDigit
		}
	}
	return string(out), nil
}

// normalizeEmail returns the lower-cased addr-spec of raw, which may be a
// bare address or a "Name <addr>" form.
func normalizeEmail(raw string) (string, error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return "", fmt.Errorf("empty")
	}
	a, err := mail.ParseAddress(s)
	if err != nil {
		return "", fmt.Errorf("not an RFC 5322 address")
	}
	at := strings.LastIndexByte(a.Address, '@')
	if at <= 0 || at == len(a.Address)-1 {
		return "", fmt.Errorf("missing local part or domain")
	}
	domain := a.Address[at+1:]
	if !strings.Contains(domain, ".") && domain != "localhost" {
		return "", fmt.Errorf("domain has no dot")
	}
	// Local parts are case-sensitive in theory and case-insensitive at
	// every mailbox provider in practice; one patient, one contact.
	return strings.ToLower(a.Address), nil
}
