package reminders

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/channels"
)

// Action is what a patient's reply to a reminder asks for.
type Action string

// The reply actions. Question and Unclear go to staff.
const (
	ActionConfirm    Action = "confirm"
	ActionReschedule Action = "reschedule"
	ActionCancel     Action = "cancel"
	ActionOptOut     Action = "opt-out"
	ActionHelp       Action = "help"
	ActionQuestion   Action = "question"
	ActionUnclear    Action = "unclear"
)

// Actions returns every action, in a fixed order.
func Actions() []Action {
	return []Action{ActionConfirm, ActionReschedule, ActionCancel, ActionOptOut, ActionHelp, ActionQuestion, ActionUnclear}
}

// The button payloads reminders send, and which ParseReply reads back.
const (
	PayloadConfirm    = "reminders:confirm"
	PayloadReschedule = "reminders:reschedule"
	PayloadCancel     = "reminders:cancel"
	// PayloadSlotPrefix + "N" picks the N-th offered slot.
	PayloadSlotPrefix = "reminders:slot:"
)

// Reply is a parsed reply.
type Reply struct {
	Action Action
	// Choice is the 1-based number of the offered slot the patient picked
	// (Action is then ActionReschedule); zero when none.
	Choice int
}

// ParseOptions tune ParseReply. A nil *ParseOptions is the zero value.
type ParseOptions struct {
	// Channel is where the reply came from: on SMS (and when unset) the
	// carrier opt-out words CANCEL, END and QUIT alone are opt-out, as the
	// carrier treats them; on other channels a bare "cancel" cancels.
	Channel channels.Kind
	// Choices is how many numbered slots the patient was offered; a reply
	// "1".."Choices" then picks one instead of meaning C / R / X.
	Choices int
}

// maxReplyBytes bounds the text ParseReply reads; a longer reply is a
// message for staff.
const maxReplyBytes = 640

// ParseReply reads a patient's reply to a reminder, in English or
// Spanish: a button payload, a reply code (C / R / X, 1 / 2 / 3), a word
// ("yes", "sí", "confirmo", "cancelar", "cambiar", 👍) or a short sentence,
// with negation ("no, I can't come" cancels; "not cancelling, see you
// then" confirms). The history a mail client quotes below a reply and a
// signature are not read (channels.StripQuoted). Opt-out is checked first and always wins, so that a
// STOP is never read as anything else; anything clinical, a question it
// cannot settle, or a mix of intents goes to staff as ActionQuestion or
// ActionUnclear. ParseReply never fails.
func ParseReply(text, payload string, opts *ParseOptions) Reply {
	var o ParseOptions
	if opts != nil {
		o = *opts
	}
	if r, ok := parsePayload(payload, o.Choices); ok {
		return r
	}
	ch := o.Channel
	if ch == "" {
		ch = channels.SMS
	}
	// An e-mail's reply quotes the reminder, "Reply STOP to opt out"
	// included: only what the patient wrote is read.
	if own := channels.StripQuoted(text); own != "" {
		text = own
	}
	switch kw, _ := channels.ParseKeyword(ch, text); kw {
	case channels.KeywordOptOut:
		return Reply{Action: ActionOptOut}
	case channels.KeywordHelp:
		return Reply{Action: ActionHelp}
	}
	if len(text) > maxReplyBytes {
		return Reply{Action: ActionQuestion}
	}
	n := normalize(text)
	if n.s == "" {
		return Reply{Action: ActionUnclear}
	}
	if isOptOut(n) {
		return Reply{Action: ActionOptOut}
	}
	if o.Choices > 0 {
		if c := choice(n); c >= 1 && c <= o.Choices {
			return Reply{Action: ActionReschedule, Choice: c}
		}
	}
	bare := stripPoliteness(n)
	if w, ok := repeated(n); ok {
		// "❌❌", "C C C": one code said again.
		if a, ok := codes[" "+w+" "]; ok {
			return reply(a, n)
		}
	}
	if a, ok := codes[n.s]; ok {
		return reply(a, n)
	}
	if a, ok := codes[bare]; ok {
		return reply(a, n)
	}
	if a, ok := codeClause(n); ok {
		return Reply{Action: a}
	}
	if a, ok := leadingCode(text); ok {
		return Reply{Action: a}
	}
	if bare == " no " || bare == " nope " || bare == " nah " {
		// "No thanks" to a reminder could mean anything: ask a person.
		return Reply{Action: ActionUnclear}
	}
	return Reply{Action: classify(n)}
}

// reply is a whole reply that is one code: its action, unless the patient
// asks it ("ok?", "C?"), which a person should answer.
func reply(a Action, n norm) Reply {
	if n.question {
		return Reply{Action: ActionUnclear}
	}
	return Reply{Action: a}
}

// repeated reports a reply that is one word said more than once.
func repeated(n norm) (string, bool) {
	if len(n.words) < 2 {
		return "", false
	}
	for _, w := range n.words[1:] {
		if w != n.words[0] {
			return "", false
		}
	}
	return n.words[0], true
}

// codeClause reads a reply code that is a clause of its own, at the start
// or the end of a longer reply, politeness aside: "R porfa, no puedo el
// martes", "r pls. any day next wk", "I thought about moving it but no,
// I'll keep it. C". Two different codes ("R, C") are unclear. Anything
// clinical in the reply sends it to staff, and an opt-out was checked
// before.
func codeClause(n norm) (Action, bool) {
	if len(n.words) < 2 || n.hasAny(clinicalPhrases) {
		return "", false
	}
	first := 1
	for first < len(n.words) && !n.clause[first] {
		first++
	}
	last := len(n.words) - 1
	for last > 0 && !n.clause[last] {
		last--
	}
	var head, tail Action
	if first < len(n.words) {
		head, _ = clauseCode(n.words[:first])
	}
	if a, ok := codeFor(n.words[:first]); ok && head == "" {
		// "X for Liam's. he's fine now": a code for one of the family;
		// another action in the rest ("C for Mia and Noah. Need to cancel
		// Ella's though") is a mix for staff.
		if first == len(n.words) {
			return a, true
		}
		if other := classify(n.from(first)); other != a && (other == ActionConfirm || other == ActionCancel || other == ActionReschedule) {
			return ActionQuestion, true
		}
		return a, true
	}
	if head == "" && len(n.words) > 2 && politeness[n.words[1]] {
		// "R plz mornings only": a code, a please, then the rest.
		head, _ = clauseCode(n.words[:2])
	}
	if last > 0 {
		tail, _ = clauseCode(n.words[last:])
	}
	switch {
	case head != "" && tail != "" && head != tail:
		return ActionUnclear, true
	case head != "":
		return head, true
	case tail != "":
		return tail, true
	}
	return "", false
}

// codeFor reports the action of a clause that is a letter code for
// someone: "X for Liam's", "C for Mia and Noah", "R para Sofía".
func codeFor(words []string) (Action, bool) {
	if len(words) < 3 || len(words) > 6 || words[1] != "for" && words[1] != "para" {
		return "", false
	}
	a, ok := clauseCode(words[:1])
	return a, ok
}

// clauseCode reports the action of a clause that is one letter code, with
// politeness words around it.
func clauseCode(words []string) (Action, bool) {
	var a Action
	for _, w := range words {
		var code Action
		switch w {
		case "c":
			code = ActionConfirm
		case "r":
			code = ActionReschedule
		case "x":
			code = ActionCancel
		default:
			if politeness[w] {
				continue
			}
			return "", false
		}
		if a != "" {
			return "", false
		}
		a = code
	}
	return a, a != ""
}

func parsePayload(p string, choices int) (Reply, bool) {
	switch {
	case p == PayloadConfirm:
		return Reply{Action: ActionConfirm}, true
	case p == PayloadReschedule:
		return Reply{Action: ActionReschedule}, true
	case p == PayloadCancel:
		return Reply{Action: ActionCancel}, true
	case strings.HasPrefix(p, PayloadSlotPrefix):
		c, err := strconv.Atoi(p[len(PayloadSlotPrefix):])
		if err == nil && c >= 1 && c <= choices {
			return Reply{Action: ActionReschedule, Choice: c}, true
		}
		// A stale or forged slot button: ask again.
		return Reply{Action: ActionReschedule}, true
	}
	return Reply{}, false
}

// leadingCode reads a reply code set apart at the start of a longer reply:
// "R - mornings work better", "C: see you then", "X, sorry". The code
// must be followed by punctuation, so that "X-ray results?" and "C is
// for..." are read as sentences.
func leadingCode(text string) (Action, bool) {
	t := strings.TrimSpace(text)
	if len(t) < 3 {
		return "", false
	}
	var a Action
	switch t[0] {
	case 'c', 'C':
		a = ActionConfirm
	case 'r', 'R':
		a = ActionReschedule
	case 'x', 'X':
		a = ActionCancel
	default:
		return "", false
	}
	rest := strings.TrimLeft(t[1:], " ")
	sep, _ := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune("-–—:,.!", sep) || t[1] != ' ' && strings.ContainsRune("-–—", sep) {
		return "", false // "X-ray": a dash glued to the code makes a word
	}
	if isOptOut(normalize(rest)) || normalize(rest).hasAny(clinicalPhrases) {
		return "", false
	}
	return a, true
}
