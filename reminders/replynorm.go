package reminders

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// How a reply is normalised and searched: folded words, padded phrases,
// word stems and the negations that govern them.

// norm is a reply folded to lower case ASCII words separated by single
// spaces, with a question mark kept as a flag.
type norm struct {
	s        string // " word word " with padding, for phrase matching
	words    []string
	question bool
	// clause[i] reports clause punctuation (, . ; : ! ? or a line break) right before
	// words[i].
	clause []bool
}

// phrases is a list of words or phrases, kept padded with spaces so that
// they match whole words of a norm without building strings per call.
type phrases []string

// padded returns ps ready for hasAny.
func padded(ps ...string) phrases {
	out := make(phrases, len(ps))
	for i, p := range ps {
		out[i] = " " + p + " "
	}
	return out
}

// hasAny reports whether n contains one of ps as whole words.
func (n norm) hasAny(ps phrases) bool {
	for _, p := range ps {
		if strings.Contains(n.s, p) {
			return true
		}
	}
	return false
}

// fold maps accented Latin letters to ASCII, so "sí", "podré" and
// "mañana" match "si", "podre" and "manana".
var fold = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ü", "u", "ñ", "n",
	"’", "'", "‘", "'", "👍", " ok ", "👌", " ok ", "✅", " ok ", "✔", " ok ", "🙏", " ", "👎", " no ", "❌", " x ")

func normalize(text string) norm {
	t := fold.Replace(strings.ToLower(text))
	var b strings.Builder
	q := false
	for _, r := range t {
		switch {
		case r == '?' || r == '¿':
			q = true
			b.WriteString(" | ")
		case r == ',' || r == '.' || r == ';' || r == ':' || r == '!' || r == '¡' || r == '\n':
			b.WriteString(" | ") // a line break ends a clause too: "C\n\nAtentamente,\nJosé"

		case r == '\'':
			// "can't" -> "cant", "I'll" -> "ill"
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		case unicode.IsLetter(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	fields := strings.Fields(b.String())
	words := fields[:0]
	var clause []bool
	brk := false
	for _, f := range fields {
		if f == "|" {
			brk = true
			continue
		}
		words = append(words, squeeze(f))
		clause = append(clause, brk)
		brk = false
	}
	if len(words) == 0 {
		return norm{question: q}
	}
	return norm{s: " " + strings.Join(words, " ") + " ", words: words, question: q, clause: clause}
}

// squeeze shortens a letter said three times or more to one: "siii",
// "yesss", "okkk", "noooo".
func squeeze(w string) string {
	if len(w) < 3 {
		return w
	}
	out := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		j := i
		for j < len(w) && w[j] == c {
			j++
		}
		if c < utf8.RuneSelf && (c < '0' || c > '9') && j-i >= 3 {
			out = append(out, c)
		} else {
			out = append(out, w[i:j]...)
		}
		i = j - 1
	}
	return string(out)
}

// cancelStems and rescheduleStems open words that cancel or move in any
// inflection or common misspelling: "cancelling", "cancle", "rescheduel",
// "reshedule", "reprogramemos".
var (
	confirmStems    = []string{"confirm", "confrim", "comfirm", "confim", "cofirm", "conferm"}
	cancelStems     = []string{"cancel", "cancle", "cancell", "anul"}
	rescheduleStems = []string{"resch", "reshed", "reeschedul", "reprogram", "cambiar"}
)

// hasStem reports whether a word of n opens with one of stems.
func (n norm) hasStem(stems []string) bool {
	for _, w := range n.words {
		if hasPrefixAny(w, stems) {
			return true
		}
	}
	return false
}

// negatedStem reports a word opening with one of stems that a negation
// governs: "won't be cancelling", "no need to reschedule", "don't want to
// cancel", "no hace falta cambiar". Only helper words, in the same
// clause, may stand between the negation and the verb, so that "I can't
// come, cancel please" and "I can't, reschedule" keep their verb; a bare "no" before the verb ("no, reschedule please") answers
// the reminder and does not negate it.
func (n norm) negatedStem(stems []string) bool {
	for i, w := range n.words {
		if !hasPrefixAny(w, stems) {
			continue
		}
		j := i - 1
		for j >= 0 && i-j <= 4 && !n.clause[j+1] && negationHelpers[n.words[j]] {
			j--
		}
		if j < 0 || n.clause[j+1] {
			continue // the clause starts before any negation
		}
		if v := n.words[j]; negations[v] || v == "no" && j+1 < i && noGoverns[n.words[j+1]] {
			return true
		}
	}
	return false
}

// noGoverns are the words after which a bare "no" negates the verb that
// follows ("no need to reschedule", "no queremos reprogramar"), where a
// "no" alone answers the reminder instead ("no, reschedule please").
var noGoverns = map[string]bool{"need": true, "hace": true, "es": true, "queremos": true, "quiero": true,
	"necesito": true, "necesitamos": true, "vamos": true, "voy": true, "hay": true}

// negationHelpers may stand between a negation and the verb it governs:
// "won't BE cancelling", "don't WANT TO cancel", "no NEED TO reschedule",
// "no HACE FALTA cambiar".
var negationHelpers = map[string]bool{"be": true, "to": true, "want": true, "wanna": true, "need": true,
	"going": true, "gonna": true, "have": true, "the": true, "my": true, "it": true, "hace": true, "falta": true,
	"es": true, "necesario": true, "quiero": true, "voy": true, "a": true, "la": true, "mi": true,
	"queremos": true, "necesito": true, "necesitamos": true, "vamos": true, "hay": true, "que": true}

func hasPrefixAny(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// askWords open a question written without a question mark: "where do I
// park", "cuando es la cita".
var askWords = map[string]bool{"where": true, "when": true, "what": true, "which": true, "how": true, "why": true, "do": true, "does": true, "should": true,
	"whats": true, "wheres": true, "donde": true, "cuando": true, "cual": true, "cuanto": true, "porque": true}

// trailingBut reports a reply that stops at "but" ("ok but", "sí
// pero..."): the patient has more to say, so a person should read it.
// "yes but I'll be 5 min late" still confirms.
func trailingBut(n norm) bool {
	last := n.words[len(n.words)-1]
	return last == "but" || last == "pero"
}

var negations = map[string]bool{"not": true, "cant": true, "cannot": true, "wont": true, "dont": true, "never": true, "nunca": true, "tampoco": true}

// negatedConfirm reports a confirm word with a negation just before it
// ("not coming", "no estaré"), which the cancel phrases did not catch.
func negatedConfirm(n norm) bool {
	for i, w := range n.words {
		if !negations[w] {
			continue
		}
		for j := i + 1; j < len(n.words) && j <= i+3; j++ {
			switch n.words[j] {
			case "coming", "come", "attend", "confirm", "make", "be", "go", "estare", "ire", "voy", "asistire":
				return true
			}
		}
	}
	return false
}

// choice reads a slot pick: "2", "#2", "option 2", "the second one",
// "la 2", "opción dos". It returns 0 for anything else.
func choice(n norm) int {
	got := 0
	for _, w := range n.words {
		v, isNum := choiceWords[w]
		switch {
		case isNum && got == 0:
			got = v
		case w == "one" && got != 0, choiceFiller[w]:
		case isNum && v == got:
		default:
			return 0
		}
	}
	return got
}

var choiceWords = map[string]int{"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "one": 1, "two": 2, "three": 3,
	"first": 1, "second": 2, "third": 3, "uno": 1, "una": 1, "dos": 2, "tres": 3, "primera": 1, "primero": 1,
	"segunda": 2, "segundo": 2, "tercera": 3, "tercero": 3, "1st": 1, "2nd": 2, "3rd": 3}

var choiceFiller = map[string]bool{"option": true, "opcion": true, "number": true, "numero": true,
	"the": true, "la": true, "el": true, "please": true, "por": true, "favor": true, "pls": true, "slot": true,
	"i": true, "ill": true, "take": true, "quiero": true, "prefiero": true, "want": true, "thanks": true,
	"gracias": true, "like": true, "would": true, "id": true}

// from returns the words of n from word i on, as a norm of their own.
func (n norm) from(i int) norm {
	return norm{words: n.words[i:], s: " " + strings.Join(n.words[i:], " ") + " ", clause: n.clause[i:], question: n.question}
}
