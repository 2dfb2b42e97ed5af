package twilio

import "unicode/utf16"

// Encoding is how an SMS body is carried.
type Encoding string

// The SMS encodings.
const (
	// GSM7 is the GSM 03.38 default alphabet: 160 characters in one
	// segment, 153 per segment of a longer message.
	GSM7 Encoding = "GSM-7"
	// UCS2 is used as soon as one character is outside GSM-7 (an emoji, a
	// Chinese character, "ç"...): 70 UTF-16 units in one segment, 67 per
	// segment of a longer message.
	UCS2 Encoding = "UCS-2"
)

const (
	gsmBasic    = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
	gsmExtended = "^{}\\[~]|€\f"
)

var gsmCost = func() map[rune]int {
	m := map[rune]int{}
	for _, r := range gsmBasic {
		m[r] = 1
	}
	for _, r := range gsmExtended {
		m[r] = 2 // an escape and the character
	}
	return m
}()

// Segments returns how many SMS segments text takes and in which
// encoding, as carriers count them. Empty text takes none.
func Segments(text string) (int, Encoding) {
	septets, gsm := 0, true
	for _, r := range text {
		cost, ok := gsmCost[r]
		if !ok {
			gsm = false
			break
		}
		septets += cost
	}
	if gsm {
		return count(septets, 160, 153), GSM7
	}
	return count(len(utf16.Encode([]rune(text))), 70, 67), UCS2
}

func count(units, single, multi int) int {
	switch {
	case units == 0:
		return 0
	case units <= single:
		return 1
	}
	return (units + multi - 1) / multi
}
