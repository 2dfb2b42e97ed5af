package knowledge

import (
	"strings"
	"unicode"
)

// Label returns the patient-facing text of an automatic answer in lang:
// the answer marked as automatic, followed by the "did that answer it?"
// question.
func Label(answer, language string) string {
	if lang(language) == "es" {
		return "Respuesta automática: " + answer + "\n\n¿Respondió esto a su pregunta? Responda SÍ o NO. " +
			"Si no, una persona de nuestro equipo le ayudará."
	}
	return "Automatic answer: " + answer + "\n\nDid that answer your question? Reply YES or NO. " +
		"If not, a member of our team will help you."
}

// FollowUp is a patient's reply to "did that answer it?".
type FollowUp int

// The follow-up replies.
const (
	// FollowUpUnclear is anything else: treat it as a new message.
	FollowUpUnclear FollowUp = iota
	// FollowUpYes closes the question as contained.
	FollowUpYes
	// FollowUpNo escalates to a person.
	FollowUpNo
)

// String returns "unclear", "yes" or "no".
func (f FollowUp) String() string {
	switch f {
	case FollowUpYes:
		return "yes"
	case FollowUpNo:
		return "no"
	}
	return "unclear"
}

var (
	yesWords = map[string]bool{"yes": true, "y": true, "yeah": true, "yep": true, "yup": true, "si": true,
		"ok": true, "okay": true, "thanks": true, "thank": true, "gracias": true, "perfect": true, "perfecto": true,
		"claro": true, "correct": true, "correcto": true, "sure": true, "great": true}
	noWords = map[string]bool{"no": true, "n": true, "nope": true, "nah": true, "not": true, "nada": true}
)

// ParseFollowUp reads a short reply to the follow-up question in English or
// Spanish. Replies longer than a few words, or with both a yes and a no,
// are unclear: they are treated as a new message.
func ParseFollowUp(text string) FollowUp {
	words := strings.FieldsFunc(fold.Replace(strings.ToLower(text)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 || len(words) > 4 {
		return FollowUpUnclear
	}
	var yes, no bool
	for _, w := range words {
		yes = yes || yesWords[w]
		no = no || noWords[w]
	}
	switch {
	case no && !yes, no && words[0] == "no" && len(words) <= 2: // "no thanks", "no gracias"
		return FollowUpNo
	case yes && !no:
		return FollowUpYes
	}
	return FollowUpUnclear
}
