package phi

import (
	"strings"

	"github.com/frontdeskhq/frontdesk/phi/names"
)

// chatSenders records the senders' names of a chat pasted into a message:
// a name after a message's time stamp, "[3/1/26, 8:12 PM] Tom: mom
// skipped her pills", "[09:14] Carmen: ¿le pusiste la insulina?", and a
// name that opens two lines or more as their sender beside another
// sender, "Beto: me duele mucho la cabeza / Yo: tómate algo / Beto: ya me
// tomé dos". A relation ("Mamá:", "Mom:"), the writer ("Yo:", "Me:"), an
// office and the labels of forms and mail headers ("Subject:", "Fecha:",
// "Note:") are no senders.
func (s *scan) chatSenders() {
	if len(s.toks) < 3 || !strings.Contains(s.text, ": ") {
		return
	}
	type label struct{ first, last int }
	var lines []label // the labels opening lines
	for i := range s.toks {
		last := s.senderLabel(i)
		if last < 0 {
			continue
		}
		if s.punct(i-1, ']') {
			// After a time stamp: "[2/3/26 21:10] Chuy:".
			if s.plausibleSender(i, last) {
				s.add(s.toks[i].start, s.toks[last].end, KindName, 0.85, "name.chat")
			}
			continue
		}
		if s.lineStart(i) {
			lines = append(lines, label{i, last})
		}
	}
	if len(lines) < 3 {
		return
	}
	count := make(map[string]int, len(lines))
	for _, l := range lines {
		count[s.labelKey(l.first, l.last)]++
	}
	if len(count) < 2 {
		return // one label repeated is a form's field, not a conversation
	}
	for _, l := range lines {
		if count[s.labelKey(l.first, l.last)] >= 2 && s.plausibleSender(l.first, l.last) {
			s.add(s.toks[l.first].start, s.toks[l.last].end, KindName, 0.8, "name.chat")
		}
	}
}

// senderLabel returns the last token of a run of one to three words
// written as titles at token i followed at once by a colon, or -1. (A
// word in capitals heads a note's section, "RESP:", "PMHX:".)
func (s *scan) senderLabel(i int) int {
	if s.toks[i].kind != tWord || s.toks[i].shape != caseTitle {
		return -1
	}
	for j := i; j < len(s.toks) && j < i+3; j++ {
		if j > i && (s.toks[j].kind != tWord || s.toks[j].shape != caseTitle || s.toks[j].nl) {
			return -1
		}
		if s.punct(j+1, ':') && (j+2 >= len(s.toks) || s.toks[j+2].space || s.toks[j+2].nl) {
			return j
		}
	}
	return -1
}

// plausibleSender reports whether tokens i..last may name a person: no
// relation, stop word, title, office, label or everyday word among them.
func (s *scan) plausibleSender(i, last int) bool {
	for k := i; k <= last; k++ {
		if s.has(k, bStop|bRelation|bKinCue|bOrg|bFacility|bClinTitle|bPatTitle|bMonth|bWeekday|bDateCue|bIDCue|
			bPhoneCue|bFaxCue|bAddressCue|bZipCue|bSSNCue|bSchool|bClinical) || chatNonSenders[string(s.low(k))] ||
			s.everyday(k) && s.nameClass(k)&(names.First|names.Last) == 0 {
			return false
		}
	}
	return true
}

// lineStart reports whether token i opens a line: after a line break, or
// after a slash standing alone between spaces, as a line break is often
// written when a message is flattened into one line.
func (s *scan) lineStart(i int) bool {
	return i == 0 || s.toks[i].nl || s.punct(i-1, '/') && s.toks[i-1].space && s.toks[i].space
}

// labelKey is the folded words of tokens i..last, to count a label's
// lines.
func (s *scan) labelKey(i, last int) string {
	return string(s.fold[s.toks[i].fs:s.toks[last].fe])
}

// chatNonSenders open lines of chats, forms and mail without naming a
// sender.
var chatNonSenders = setOf("yo", "me", "you", "tu", "usted", "nosotros", "we", "i",
	"from", "to", "cc", "bcc", "subject", "date", "sent", "re", "fw", "fwd", "de", "para", "asunto", "fecha",
	"enviado", "enviada", "reply", "respuesta", "mensaje", "message", "nota", "note", "notes", "notas",
	"paciente", "patient", "nombre", "name", "motivo", "reason", "comentarios", "comments", "q", "a", "p", "r")

// finalLineName records a name standing alone on the last line or as the
// last sentence of a message, as people sign without a closing word: "… in
// case the ER ever calls you. Marta Ferrer", "Carmen Arce de la Torre".
// ("¿Es seguro mandarlo por aquí? Ramiro Castañeda"), or with a phone
// number after it ("Gloria Soto 253-555-0156"). The line is two
// to five words, each capitalised but for a surname's particles, the
// first a listed given name (or a listed name that is also a Spanish
// word, "Marta", "Carmen") and no English word, none an office's or a
// closing's word.
func (s *scan) finalLineName() {
	n := len(s.toks)
	last := n - 1
	if last >= 0 && s.punct(last, '.') {
		last--
	}
	if p := s.phoneEndingAt(last); p > 0 {
		last = p - 1 // "No camina bien. Gloria Soto 253-555-0156"
		if s.punct(last, ',') || s.punct(last, '-') {
			last--
		}
	}
	first := last
	for first > 0 && !s.lineStart(first) && !s.punct(first-1, '.') && !s.punct(first-1, '!') && !s.punct(first-1, '?') {
		first--
	}
	if first < last && s.toks[first].kind == tPunct && (s.punct(first, '-') || strings.HasPrefix(s.text[s.toks[first].start:], "\u2014")) {
		first++ // a dash before the signature: "… an appointment. - Frank D.", "— Lucía Herrera"
	}
	if first <= 0 || last-first < 1 || last-first > 4 || s.covered(s.toks[first].start, s.toks[last].end, len(s.spans)) {
		return
	}
	for k := first; k <= last; k++ {
		tk := s.toks[k]
		if k == last && k > first && tk.kind == tWord && tk.shape == caseUpper && tk.end-tk.start == 1 && s.punct(k+1, '.') {
			continue // a surname's initial: "Esperance M."
		}
		if tk.kind != tWord || s.has(k, bOrg|bFacility|bStop|bSignOff|bRelation|bClinTitle|bPatTitle|bMonth|bWeekday) && !particles[string(s.low(k))] {
			return
		}
		if tk.shape != caseTitle && !(k > first && k < last && particles[string(s.low(k))]) {
			return
		}
	}
	ok, c := s.nameWord(first)
	if !ok || s.everyday(first) {
		return
	}
	if c&(names.First|names.Common) == 0 {
		// A given name not in the lists before a listed surname, alone
		// on the last line: "… their data. / Ty Brannigan".
		if last != first+1 || !s.lineStart(first) {
			return
		}
		if ok, c := s.nameWord(last); !ok || c&names.Last == 0 || s.everyday(last) {
			return
		}
	}
	s.add(s.toks[first].start, s.toks[last].end, KindName, 0.8, "name.final")
}

// phoneEndingAt returns the first token of a phone number found ending
// with token last, or -1.
func (s *scan) phoneEndingAt(last int) int {
	if last < 0 {
		return -1
	}
	for _, sp := range s.spans {
		if sp.Kind == KindPhone && sp.End == s.toks[last].end {
			return s.tokenAt(sp.Start)
		}
	}
	return -1
}

// particles join the parts of a surname: "Arce de la Torre", "van der Berg".
var particles = setOf("de", "la", "del", "las", "los", "van", "von", "der", "da", "dos", "das", "di", "du", "y")
