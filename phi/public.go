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
	for _, sp := range s.spans {
		switch {
		case (sp.Kind == KindPhone || sp.Kind == KindFax) && s.practiceLineAfter(sp.End):
			continue
		case sp.Kind == KindName && sp.Start > 0 && s.onScreen(s.tokenAt(sp.Start), s.tokenAt(sp.End)):
			continue
		case sp.Kind == KindAddress && sp.Rule == "address.place" && s.chainStore(sp):
			continue
		}
		out = append(out, sp)
	}
	s.spans = out
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
