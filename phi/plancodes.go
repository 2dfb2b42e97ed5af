package phi

// This file holds the numbers that name a plan, a product or a batch
// rather than a person: a pharmacy benefit's BIN and PCN on an insurance
// card (the same for every member of the plan), a provider's NPI, a
// vaccine's or sensor's lot and that lot's expiry date.

// planCodes are the labels of such numbers, folded.
var planCodes = setOf("bin", "rxbin", "pcn", "rxpcn", "iin", "npi", "lot", "lote")

// planCodeBefore reports whether the number at offset start is the value
// of a plan-code label: "RxBIN: 610014", "NPI is 1457382916", "Sensor lot
// 5227391".
func (s *scan) planCodeBefore(start int) bool {
	k := s.tokenAt(start) - 1
	for n := 0; n < 2 && k >= 0 && (s.punct(k, ':') || s.punct(k, '#') || s.is(k, "is") || s.is(k, "es") || s.is(k, "number")); n++ {
		k--
	}
	return k >= 0 && s.toks[k].kind == tWord && planCodes[string(s.low(k))]
}

// lotExpiry reports whether the date span sp is the expiry of a lot named
// just before it: "Lot# 3K7P2, exp 06/30/2027", "sensor lot 5227391,
// expires 2027-01-31". A card's or licence's expiry is a person's date
// and stays.
func (s *scan) lotExpiry(sp Span) bool {
	b := sp.Start
	for b > 0 && (s.text[b-1] == ' ' || s.text[b-1] == ':' || s.text[b-1] == '.') {
		b--
	}
	if b < 3 || !expiryEnd(s.text[b-3:b]) {
		return false // a cheap test of the text before looking at tokens
	}
	k := s.tokenAt(sp.Start) - 1
	if s.punct(k, ':') || s.punct(k, '.') {
		k--
	}
	if !(s.is(k, "exp") || s.is(k, "expires") || s.is(k, "expiry") || s.is(k, "expiration") || s.is(k, "vence") ||
		s.is(k, "caducidad") || s.is(k, "cad")) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if s.toks[j].nl || s.punct(j, '.') && s.toks[j].space {
			return false
		}
		if s.is(j, "lot") || s.is(j, "lote") {
			return true
		}
	}
	return false
}

// expiryEnd reports whether the three letters w end one of the expiry
// words lotExpiry reads: "exp", "expires", "expiry", "expiration",
// "vence", "caducidad", "cad".
func expiryEnd(w string) bool {
	var b [3]byte
	for k := range 3 {
		b[k] = w[k] | 0x20
	}
	switch string(b[:]) {
	case "exp", "res", "iry", "ion", "nce", "dad", "cad":
		return true
	}
	return false
}
