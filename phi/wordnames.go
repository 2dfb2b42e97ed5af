package phi

// This file holds the rules for given names that are also everyday words
// ("Will", "Hope", "Rose", "Faith"): the name lists and the repeat pass
// leave them out, since "I hope" and "will call" are no names. A
// capitalised such word counts when grammar says it is a person: it is
// the subject of a verb that a modal or a noun cannot take ("Will has a
// rash", "Hope needs her booster"), or the message named it already and
// it stands where a name stands ("Will can't drive").

// subjectVerbs follow a person who opens a clause: "Will has", "Rose is".
var subjectVerbs = setOf("is", "was", "has", "had", "needs", "needed", "gets", "got", "does", "did",
	"doesn't", "didn't", "isn't", "wasn't", "hasn't", "can't", "cannot", "won't", "can", "could",
	"couldn't", "should", "would", "wouldn't", "will", "keeps", "kept", "wants", "wanted", "says", "said",
	"feels", "felt", "started", "fell", "broke", "woke", "threw", "ate", "took", "seems", "looks",
	"also", "still", "just", "and", "tiene", "esta", "es", "fue", "necesita")

// modalNames are given names spelt like a modal verb: a verb form right
// after one, capitalised, names a person ("Will has a rash"; the modal
// would read "Will it have").
var modalNames = setOf("will")

// objectWords follow a verb whose subject is a person: "needs her
// booster", "broke his wrist".
var objectWords = setOf("her", "his", "him", "su", "sus")

// wordNameWord reports whether token i is a capitalised word that the
// name lists hold as a given name but that is also an everyday or stop
// word, typed in a text that has capitals.
func (s *scan) wordNameWord(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord || s.toks[i].shape != caseTitle || s.toks[i].lex&(bCommon|bFirst) == 0 ||
		s.caseless() {
		return false
	}
	lex := s.toks[i].lex
	if lex&(bMonth|bWeekday|bPatTitle|bClinTitle|bRelation|bPossessive|bNotPeople|bOrg|bClinical) != 0 {
		return false
	}
	return lex&bCommon != 0 || lex&bFirst != 0 && (lex&bStop != 0 || s.everyday(i))
}

// subjectName reports whether the word-name at token i opens a clause as
// its subject: a verb a person takes follows, and for a noun-like name
// ("Hope") an object after the verb ("needs her") or a name that the
// message gave already.
func (s *scan) subjectName(i int, known bool) bool {
	v := i + 1
	if v >= len(s.toks) || s.toks[v].kind != tWord || s.toks[v].shape != caseLower || s.toks[v].nl || !subjectVerbs[string(s.low(v))] {
		return false
	}
	if known {
		return true
	}
	if s.is(v, "and") || s.is(v, "also") || s.is(v, "still") || s.is(v, "just") {
		return false
	}
	if !s.sentenceStart(i) && !s.punct(i-1, ',') && !s.is(i-1, "and") && !s.is(i-1, "but") && !s.is(i-1, "so") {
		return false // "I saw Hope is" is too rare to read; "the Will was signed" is a document
	}
	if modalNames[string(s.low(i))] {
		return true // "Will has a rash": no modal takes "has"
	}
	return objectWords[string(s.low(v+1))] // "Hope needs her booster"
}

// wordNames records word-names that open a clause as its subject, then
// every other capitalised use of a word-name the message gave as a name
// ("my father Will Grant ... Will can't drive"). It runs after the word
// rules, so that names found by cues are known.
func (s *scan) wordNames() {
	if s.caseless() || len(s.cands) == 0 {
		return
	}
	var known [8]int
	found := known[:0]
	for _, sp := range s.spans {
		if sp.Kind != KindName || sp.Confidence < 0.75 {
			continue
		}
		if i := s.tokenAt(sp.Start); len(found) < cap(found) && s.wordNameWord(i) {
			found = append(found, i)
		}
	}
	n := len(s.spans)
	for _, i := range s.cands {
		if !s.subjectName(i, false) || !s.wordNameWord(i) || s.covered(s.toks[i].start, s.toks[i].end, n) {
			continue
		}
		if len(found) < cap(found) {
			found = append(found, i)
		}
		s.add(s.toks[i].start, s.toks[i].end, KindName, 0.8, "name.subject")
	}
	if len(found) == 0 {
		return
	}
	n = len(s.spans)
	for _, i := range s.cands {
		if !s.sameWordAs(i, found) || !s.wordNameWord(i) || s.covered(s.toks[i].start, s.toks[i].end, n) {
			continue
		}
		// Mid-sentence the capital says it; opening a sentence, a verb or
		// another name must follow ("Hope and Will both come in").
		if s.sentenceStart(i) && !s.subjectName(i, true) {
			continue
		}
		s.add(s.toks[i].start, s.toks[i].end, KindName, 0.75, "name.repeat")
	}
}

// monthGiven reports whether token i is a month's name used as a given
// name before a capitalised surname: "my mother June Harlow", "mi hija
// Abril Soto". A day or a year after it makes it a date.
func (s *scan) monthGiven(i int) bool {
	if i+1 >= len(s.toks) || s.caseless() || s.toks[i].shape != caseTitle || !s.has(i, bMonth) ||
		s.toks[i].end-s.toks[i].start < 3 || s.toks[i+1].nl || !s.titleWord(i+1) || s.has(i+1, bMonth|bWeekday|bOrdinal) {
		return false
	}
	ok, _ := s.nameWord(i + 1)
	return ok && !s.everyday(i+1) // "my wife May Day plans": an everyday word makes a phrase
}
