package phi

// This file holds rules that drop detections of things that are no
// patient's identifier: the practice's own line ("555-0100 (your main
// line)"), a public figure seen on a screen ("I saw Tom Hanks talking
// about it on TV"), a store of a retail chain ("do I go to Walgreens?").

// retailChains are pharmacy and grocery chains with hundreds of stores:
// going to one names no place of the person's.
var retailChains = setOf("walgreens", "cvs", "walmart", "costco", "kroger", "safeway", "publix", "meijer",
	"albertsons", "heb", "wegmans", "boots", "superdrug", "soriana", "oxxo", "chedraui", "sanborns")

// practiceLineWords follow "your" or "the" to call a number the practice's
// own: "(your main line)", "your office number", "the front desk".
var practiceLineWords = setOf("main", "office", "front", "clinic", "clinic's", "office's", "practice",
	"reception", "scheduling", "appointment", "appointments", "billing", "consultorio", "clinica")

// screens are where a public figure is seen or heard.
var screens = setOf("tv", "television", "tele", "youtube", "tiktok", "instagram", "news",
	"radio", "podcast", "commercial", "ad", "netflix", "facebook", "noticias", "comercial")

// seeingVerbs open a mention of someone seen or heard on a screen.
var seeingVerbs = setOf("saw", "seen", "watched", "watching", "heard", "vi", "vio", "escuche")

// dropPublic removes spans of the practice's own phone line, of a person
// seen on a screen, and of a retail chain read as a place.
func (s *scan) dropPublic() {
	out := s.spans[:0]
	for x, sp := range s.spans {
		if s.public(sp) {
			continue
		}
		if len(out) < x {
			out = append(out, sp) // spans are moved only after the first one dropped
		} else {
			out = out[:x+1]
		}
	}
	s.spans = out
}

// public reports whether the span sp is the practice's own line, a
// person seen on a screen or a retail chain read as a place.
func (s *scan) public(sp Span) bool {
	switch sp.Kind {
	case KindPhone, KindFax:
		return s.practiceLineAfter(sp.End) || s.practiceLineBefore(sp.Start) || s.orgNameBefore(sp.Start)
	case KindName:
		if s.seeingBefore(sp.Start) && s.onScreen(s.tokenAt(sp.Start), s.tokenAt(sp.End)) {
			return true
		}
		i := s.tokenAt(sp.Start)
		return s.orgHeadedName(i, sp) || s.streetAfterNumber(i) || s.firmPartner(i, sp) || s.regionAlone(i, sp) || s.ellaPronoun(i, sp)
	case KindAddress:
		return sp.Rule == "address.place" && s.chainStore(sp) || sp.Rule == "address.street" && s.orgAddress(sp.Start)
	case KindDate:
		return s.lotExpiry(sp)
	}
	return false
}

// practiceLineAfter reports whether the words right after offset end call
// the number the practice's own: "(your main line)", "- your office".
func (s *scan) practiceLineAfter(end int) bool {
	k := s.tokenAt(end)
	if s.punct(k, '(') || s.punct(k, '-') || s.punct(k, ',') {
		k++
	}
	if !(s.is(k, "your") || s.is(k, "the") || s.is(k, "su") || s.is(k, "el") || s.is(k, "la")) {
		return false
	}
	return practiceLineWords[string(s.low(k+1))] && !s.toks[k].nl
}

// practiceLineBefore reports whether the words right before offset start
// call the number the practice's own: "your main line 555-0100", "your
// front desk number: 555-0100", "su consultorio, 555-0100".
func (s *scan) practiceLineBefore(start int) bool {
	k := s.tokenAt(start) - 1
	for n := 0; k >= 1 && n < 6; n, k = n+1, k-1 {
		if s.toks[k].nl {
			return false
		}
		if n < 4 && (s.is(k-1, "your") || s.is(k-1, "su") || s.is(k-1, "tu")) && practiceLineWords[string(s.low(k))] {
			return true
		}
		if s.orgLine(k) {
			return true
		}
		if s.toks[k].kind == tNum {
			return false
		}
	}
	return false
}

// orgLine reports whether token k names an organisation's own line rather
// than a person's: "main line", "the clinic main fax", "HR fax", "your fax"
// (said to the practice). "Their fax" stays: it may be a new doctor's, and
// earlier sets mark it.
func (s *scan) orgLine(k int) bool {
	switch {
	case s.is(k, "line") || s.is(k, "number"):
		return s.is(k-1, "main")
	case s.is(k, "fax"):
		return s.is(k-1, "main") || s.is(k-1, "your") || s.is(k-1, "hr") ||
			s.is(k-1, "office") || s.is(k-1, "department") || s.is(k-1, "dept") || s.is(k-1, "su")
	}
	return false
}

// orgNameBefore reports whether a phone at offset start follows the name
// of an organisation and a comma, as in a letterhead or a form's
// physician line: "Riverbend Family Medicine, (503) 555-0100", "Greenway
// Pharmacy, 503-555-0111".
func (s *scan) orgNameBefore(start int) bool {
	k := s.tokenAt(start) - 1
	if !s.punct(k, ',') {
		return false
	}
	k--
	return k >= 1 && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle && s.has(k, bOrg|bFacility|bCareUnit) &&
		s.toks[k-1].kind == tWord && s.capitalized(k-1) && !s.toks[k].nl
}

// orgHeadedName reports whether the name span sp, at token i, opens with, or follows
// right after, a capitalised word that names a kind of organisation:
// "Farmacia Greenway", "Clinic Rivera" are businesses, not people; nor is
// a branch after a dash ("Greenway Pharmacy - Hawthorne"), one word that
// is no given name.
func (s *scan) orgHeadedName(i int, sp Span) bool {
	if i < len(s.toks) && s.toks[i].end < sp.End && s.has(i, bOrg|bFacility) {
		return true
	}
	p := i - 1 // "Farmacia Greenway" read as the name "Greenway"
	if s.punct(p, '-') && s.toks[p].space && !s.toks[p].nl && s.has(p-1, bOrg|bFacility) && s.capitalized(p-1) && !s.has(p-1, bRelation) &&
		s.toks[i].end == sp.End && !s.has(i, bFirst) {
		return true // a branch: "Greenway Pharmacy - Hawthorne"
	}
	return p >= 0 && s.toks[p].kind == tWord && s.capitalized(p) && s.has(p, bOrg|bFacility) && !s.has(p, bRelation) && s.toks[p].end+1 == sp.Start &&
		!s.toks[i].nl
}

// firmPartner reports whether the one-word name span sp, at token i, closes a firm
// named "X & Y" after "of", "at", "from" or "with" whose X is no name
// found: "my attorney Mitchell Graves of Graves & Liu".
func (s *scan) firmPartner(i int, sp Span) bool {
	if i < 3 || i >= len(s.toks) || s.toks[i].end != sp.End || !s.punct(i-1, '&') || !s.capitalized(i-2) ||
		!(s.is(i-3, "of") || s.is(i-3, "at") || s.is(i-3, "from") || s.is(i-3, "with") || s.is(i-3, "de")) {
		return false
	}
	x := s.toks[i-2]
	for _, o := range s.spans {
		if o.Kind == KindName && o.Start < x.end && x.start < o.End {
			return false
		}
	}
	return true
}

// streetAfterNumber reports whether the name at token i follows a
// house number and a compass point: "1200 NE Broadway", "45 W Hawthorne".
func (s *scan) streetAfterNumber(i int) bool {
	k := i - 1
	if k < 1 || s.toks[k].kind != tWord || s.toks[k-1].kind != tNum {
		return false
	}
	switch string(s.low(k)) {
	case "n", "s", "e", "w", "ne", "nw", "se", "sw":
		return true
	}
	return false
}

// orgAddress reports whether the street address at offset start is an
// organisation's: right after its name and a comma, as in a letterhead
// ("Referral from Lakeside Cardiology, 800 Harbor Blvd"), or after "the
// lab at", "the pharmacy on".
func (s *scan) orgAddress(start int) bool {
	k := s.tokenAt(start) - 1
	if s.punct(k, ',') {
		k--
		return k >= 1 && s.toks[k].kind == tWord && s.toks[k].shape == caseTitle && s.capitalized(k-1) &&
			(s.has(k, bOrg|bFacility|bCareUnit) || s.facilityEndsAt(s.toks[k].end))
	}
	return (s.is(k, "at") || s.is(k, "on")) && s.has(k-1, bOrg|bFacility|bCareUnit) && s.is(k-2, "the")
}

// facilityEndsAt reports whether a span naming a place of care or business
// ("Summit Orthopedics") ends at offset end.
func (s *scan) facilityEndsAt(end int) bool {
	for _, o := range s.spans {
		if o.End == end && (o.Rule == "address.place" || o.Rule == "address.facility") {
			return true
		}
	}
	return false
}

// onScreen reports whether the name at tokens i..e-1 follows a verb of
// seeing and is followed, in the same sentence, by a screen: "I saw Tom
// Hanks talking about diabetes on TV".
func (s *scan) onScreen(i, e int) bool {
	if i < 1 || !seeingVerbs[string(s.low(i-1))] {
		return false
	}
	for k := e; k < len(s.toks) && k < e+10; k++ {
		tk := s.toks[k]
		if tk.nl || tk.kind == tPunct && (s.text[tk.start] == '.' || s.text[tk.start] == '?' || s.text[tk.start] == '!') {
			return false
		}
		if tk.kind == tWord && screens[string(s.low(k))] && (s.is(k-1, "on") || s.is(k-1, "the") || s.is(k-1, "en") || s.is(k-1, "in")) {
			return true
		}
	}
	return false
}

// chainStore reports whether the place span sp is one word naming a
// retail chain.
func (s *scan) chainStore(sp Span) bool {
	i := s.tokenAt(sp.Start)
	return i < len(s.toks) && s.toks[i].end == sp.End && retailChains[string(s.low(i))]
}

// seeingBefore reports, reading the text alone, whether a verb of seeing
// or hearing ends one space before offset start: a cheap test before
// onScreen looks at tokens.
func (s *scan) seeingBefore(start int) bool {
	if start < 3 || s.text[start-1] != ' ' {
		return false
	}
	b := start - 1
	for b > 0 && isASCIILetter(s.text[b-1]) {
		b--
	}
	if start-1-b < 2 || start-1-b > 8 {
		return false
	}
	var low [8]byte
	for k := b; k < start-1; k++ {
		low[k-b] = s.text[k] | 0x20
	}
	return seeingVerbs[string(low[:start-1-b])]
}

// regionAlone reports a name span that is a state or a country alone,
// found only by the lists of names: "in Washington", "State of
// Washington v. …", "the Washington form". A title or a cue before it
// ("Mr. Washington") found it by other rules and keeps it.
func (s *scan) regionAlone(i int, sp Span) bool {
	return sp.Rule == "name.list" && i < len(s.toks) && s.toks[i].end == sp.End && s.has(i, bRegion)
}

// ellaPronoun reports "Ella" opening a Spanish sentence as its pronoun,
// "she", not the given name: "Ella no lee bien en inglés", "Ella es mi
// hija". A lower-case word of Spanish after it says so.
func (s *scan) ellaPronoun(i int, sp Span) bool {
	if sp.Rule != "name.list" || i+1 >= len(s.toks) || s.toks[i].end != sp.End || !s.is(i, "ella") {
		return false
	}
	n := s.toks[i+1]
	return n.kind == tWord && n.shape == caseLower && ellaVerbs[string(s.low(i+1))]
}

var ellaVerbs = setOf("no", "es", "esta", "tiene", "va", "dice", "se", "me", "le", "lo", "la", "quiere", "necesita", "puede",
	"vive", "habla", "lee", "sabe", "ya", "tambien", "y", "era", "fue", "estaba", "tenia", "toma", "trabaja", "sigue", "anda")
