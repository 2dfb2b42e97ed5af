package reminders

import (
	"strconv"
	"strings"
	"unicode"
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
// then" confirms). Opt-out is checked first and always wins, so that a
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

// norm is a reply folded to lower case ASCII words separated by single
// spaces, with a question mark kept as a flag.
type norm struct {
	s        string // " word word " with padding, for phrase matching
	words    []string
	question bool
	// clause[i] reports clause punctuation (, . ; : ! ?) right before
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
		case r == ',' || r == '.' || r == ';' || r == ':' || r == '!' || r == '¡':
			b.WriteString(" | ")
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

// codes are whole replies with one meaning, padded like norm.s.
var codes = buildCodes(map[Action][]string{
	ActionConfirm: {"c", "cc", "1", "y", "yes", "confrim", "comfirm", "confim", "cofirm", "confirme", "yep", "yeah", "yea", "ya", "yup", "si", "sii", "ok", "okay", "k", "confirm",
		"confirmed", "confirmo", "confirmado", "confirmada", "confirmar", "sure", "claro", "vale", "listo", "perfecto",
		"ok ok", "si si", "ok gracias", "ok thanks", "ok thank you", "yes please", "si gracias", "yes thanks",
		"yes thank you", "correcto", "de acuerdo", "of course", "por supuesto", "c gracias", "c thanks", "asistire", "bet", "fosho", "dale", "simon", "de una", "cool"},
	ActionReschedule: {"r", "2", "reschedule", "change", "cambiar", "cambio", "reprogramar", "mover", "move", "posponer", "postpone"},
	ActionCancel:     {"x", "3", "cancelar", "cancela", "cancelo", "cancel", "cancelled", "canceled", "anular", "cancela por favor", "x gracias"},
})

func buildCodes(m map[Action][]string) map[string]Action {
	out := map[string]Action{}
	for a, ws := range m {
		for _, w := range ws {
			out[" "+w+" "] = a
		}
	}
	return out
}

var optOutPhrases = padded(
	"stop texting", "stop messaging", "stop sending", "stop contacting", "stop the texts", "stop the messages",
	"stop these", "stop all", "unsubscribe", "opt out", "optout", "remove me", "take me off", "do not text",
	"dont text", "dont message", "dont send me", "no more texts", "no more messages", "no more reminders",
	"dejen de enviar", "dejen de mandar", "dejen de escribir", "deja de enviar", "deja de mandar",
	"no me envien", "no me manden", "no me escriban", "no quiero recibir", "no mas mensajes", "darme de baja",
	"dar de baja", "de baja", "no mas recordatorios",
	"dont want these", "dont want any more", "dont want texts", "dont want messages", "no longer wish", "no quiero mas mensajes", "no quiero mensajes",
	"basta de mensajes", "basta de textos", "basta de recordatorios", "basta ya de mensajes",
	"cancel subscription", "cancel my subscription", "cancelar suscripcion", "cancelar mi suscripcion", "cancelar la suscripcion",
	"end subscription", "desuscribir", "desuscribirme", "ya no me manden", "ya no me envien",
	"opt me out", "opt us out", "unsubscribe me", "remove my number", "remove my email", "no more emails",
	"stop emailing", "dont email", "no mas correos", "no me manden correos", "no me envien correos",
	"number off", "off your list", "remove this number", "quitar mi numero", "quiten mi numero", "saquen mi numero",
	"borren mi numero", "eliminen mi numero",
)

// isOptOut reports an opt-out: one of optOutPhrases, or STOP (or its
// Spanish words) opening or closing a short reply ("stop please",
// "please STOP!!").
func isOptOut(n norm) bool {
	if n.hasAny(optOutPhrases) {
		return true
	}
	for i, w := range n.words {
		// "opt me out", "opt my number out"
		if w == "opt" {
			for _, next := range n.words[i+1 : min(i+4, len(n.words))] {
				if next == "out" {
					return true
				}
			}
		}
	}
	for i := 0; i+2 < len(n.words); i++ {
		// "dejen de enviarme", "deja de mandarnos", "dejar de escribirme"
		if stopVerbs[n.words[i]] && n.words[i+1] == "de" {
			for _, stem := range []string{"envi", "mand", "escrib", "text", "molest"} {
				if strings.HasPrefix(n.words[i+2], stem) {
					return true
				}
			}
		}
	}
	if len(n.words) == 1 && (n.words[0] == "para" || n.words[0] == "detener") {
		return true // "PARA" alone: Spanish for stop
	}
	if len(n.words) > 6 {
		return false
	}
	first, last := n.words[0], n.words[len(n.words)-1]
	for _, w := range []string{"stop", "alto", "baja", "parar", "unsubscribe"} {
		if first == w || last == w {
			return true
		}
	}
	return false
}

// stopVerbs are forms of "dejar" that, before "de" and a verb of
// sending, ask to stop: "dejen de mandarme", "les agradecería que dejaran
// de enviarme".
var stopVerbs = map[string]bool{"dejen": true, "deja": true, "dejar": true, "dejan": true, "dejaran": true,
	"dejara": true, "dejasen": true, "dejes": true, "deje": true, "dejaras": true}

// clinical words send a reply to staff whatever else it says: nothing
// clinical is answered automatically.
var clinicalPhrases = padded(
	"pain", "hurt", "hurts", "fever", "bleeding", "blood", "vomit", "vomiting", "sick", "dizzy", "rash",
	"medication", "medicine", "meds", "pills", "dose", "prescription", "refill", "pregnant", "fast", "fasting",
	"eat before", "results", "symptoms", "cough", "coughing", "infection", "allergic", "breathing", "chest",
	"emergency", "er", "hospital", "worse", "swelling", "insurance", "copay", "bill", "referral",
	"dolor", "duele", "fiebre", "sangrado", "sangre", "vomito", "vomitos", "enfermo", "enferma", "mareado",
	"mareada", "medicamento", "medicina", "pastillas", "receta", "embarazada", "ayuno", "ayunas", "comer antes",
	"resultados", "sintomas", "tos", "infeccion", "alergia", "respirar", "pecho", "emergencia", "urgencias",
	"peor", "hinchazon", "seguro medico", "factura",
	"medicaid", "medicare", "aseguranza", "el seguro", "mi seguro", "de seguro",
)

var cancelPhrases = padded(
	"cancel", "cancelar", "cancela", "cancelo", "cancelen", "cancelarla", "cancelarlo", "cancela mi", "anular",
	"cant come", "cant make it", "cant make", "cannot come", "cannot make it", "cant go", "cannot attend",
	"cant attend", "cant be there", "cannot be there", "wont be there", "wont make it", "wont be able",
	"will not be able", "will not make it", "not able to come", "not able to make it", "not going to be able",
	"not gonna be able", "unable to come",
	"unable to attend", "unable to make it", "not coming", "not going to make it", "not gonna make it",
	"no longer need", "dont need the appointment", "dont need it", "wont be coming", "cant do it",
	"no puedo ir", "no puedo asistir", "no puedo llegar", "no voy a poder", "no podre", "no podremos",
	"no voy a ir", "no voy a asistir", "no asistire", "no ire", "no vamos a ir", "no iremos",
	"no estare", "no podre asistir", "no puedo", "no voy", "no vamos", "ya no necesito", "no la necesito", "no lo necesito",
	"no podemos", "no me es posible", "me es imposible", "imposible ir", "have to cancel", "need to cancel",
	"no need to come", "dont need to come", "no longer need to come", "no need for the appointment",
	"ya no hace falta", "no hace falta que vaya", "no hace falta ir", "no es necesario ir", "no necesito ir",
)

var negatedCancel = padded(
	"not cancel", "not cancelling", "not canceling", "dont cancel", "do not cancel", "no cancel", "no need to cancel",
	"wont cancel", "not going to cancel", "never mind cancel", "no cancelo", "no cancelar", "no quiero cancelar",
	"no cancelen", "no voy a cancelar", "no la cancelen", "no lo cancelen", "no cancele",
)

var reschedulePhrases = padded(
	"reschedule", "rescheduling", "re schedule", "change", "move", "moving", "postpone", "push", "another time",
	"another day", "different time", "different day", "other time", "other day", "another date", "instead",
	"earlier", "later time", "later date", "later in the", "next week", "new time", "new date", "cambiar", "cambio", "cambiarla", "cambiarlo",
	"reprogramar", "reprogramarla", "mover", "moverla", "posponer", "otro dia", "otra hora", "otra fecha",
	"otro horario", "en vez", "mas tarde", "mas temprano", "la proxima semana", "en lugar",
	"sooner", "earliest", "other times", "other options", "available times", "otra cita", "adelantar", "atrasar", "aplazar", "otro momento",
	"another slot", "other slot", "different slot", "new slot", "another appointment", "next wk", "anything in the afternoon",
	"anything in the morning", "anything in the evening", "anything later", "anything earlier", "anything else available",
	"something in the afternoon", "something in the morning", "otro turno",
	"otra hora", "algo en la", "algun otro", "alguna otra",
	"anything after", "anything before", "something after", "something before", "algo despues", "algo antes",
	"otra semana", "another week", "a week later", "push it", "push back", "mas adelante",
	"can we make it", "could we make it", "week after", "next available", "next opening", "la siguiente semana",
	"more late", "more early", "come later", "come earlier", "come in later", "later that day", "later the same day",
	"later same day",
)

// eager phrases say "no" or "can't" only to say the patient is coming:
// "can't wait!", "no, no voy a faltar", "no puedo esperar a verla".
var eager = padded("cant wait", "can not wait", "no puedo esperar", "no veo la hora", "no voy a faltar", "no faltare",
	"no falto", "wouldnt miss", "would not miss", "no me lo pierdo")

// negatedReschedule phrases turn down another appointment: "no necesito
// otra cita", "don't need another one".
var negatedReschedule = padded(
	"dont need another", "dont want another", "no need for another", "no new appointment", "no necesito otra",
	"no quiero otra", "no necesito otro", "no quiero otro", "sin reprogramar",
)

var confirmPhrases = padded(
	"yes", "yeah", "yep", "yup", "confirm", "confirmed", "confirming", "ill be there", "i will be there",
	"will be there", "be there", "see you", "see ya", "coming", "ill come", "i will come", "will come",
	"attend", "sounds good", "ok", "okay", "sure", "of course", "perfect", "great", "no problem", "no worries",
	"works for me", "count me in", "looking forward", "absolutely", "definitely", "thanks", "thank you",
	"confirmo", "confirmado", "confirmada", "confirmar", "confirmamos", "alli estare", "ahi estare",
	"alli estaremos", "ahi estaremos", "estare", "estaremos", "nos vemos", "asistire", "asistiremos", "voy",
	"iremos", "ire", "claro", "perfecto", "de acuerdo", "vale", "listo", "gracias", "no hay problema", "por supuesto",
	"will do", "cuenten conmigo", "ahi voy a estar", "alli voy a estar", "asisto", "voy a ir",
	"see u", "cu there", "keep it", "keep the appointment", "keep my appointment", "la mantengo", "mantener la cita",
	"for sure", "fosho", "dale", "de una", "sale pues", "ahi nos vemos",
	"works", "bringing her", "bringing him", "bring her", "bring him", "will bring", "la lleva", "lo lleva",
	"la llevo", "lo llevo", "la va a llevar", "lo va a llevar", "la traigo", "lo traigo", "la trae", "lo trae",
)

// askPhrases mark a question written without a question mark.
var askPhrases = padded("llamar", "llamarme", "llamen", "call me", "una duda", "tengo duda", "spelled", "spelling",
	"mal escrito", "my name is", "fix it", "corregir", "un error", "a mistake", "mistake", "queria saber", "quiero saber",
	"quisiera saber", "queria preguntar", "quiero preguntar", "una pregunta", "tengo una pregunta", "wondering",
	"wanted to ask", "want to ask", "quick question", "a question", "can you tell me", "could you tell me",
	"do you accept", "do you take", "aceptan", "me pueden decir")

// busyPhrases say the patient cannot answer now, which is no cancel.
var busyPhrases = padded("no puedo hablar", "cant talk", "cannot talk", "no puedo contestar", "estoy manejando",
	"im driving now", "driving right now", "in a meeting", "en una reunion")

// corrections say the reminder got something wrong: staff check it
// ("¿la cita no es el jueves? a mí me dijeron jueves").
var corrections = padded("me dijeron", "i was told", "they told me", "i thought it was", "pense que", "no era",
	"wrong date", "wrong time", "wrong day", "wrong doctor", "fecha equivocada", "hora equivocada", "hay un error",
	"tenia la cita", "la cambiaron", "i had it with", "was with dr", "era con")

// latePhrases say the patient is running late: a question for staff,
// unless the reply also confirms ("yes, but 5 min late").
var latePhrases = padded("running late", "running behind", "min late", "mins late", "minutes late", "be late",
	"vamos tarde", "voy tarde", "llego tarde", "llegamos tarde", "llegar tarde", "min tarde", "minutos tarde",
	"vamos atrasados", "voy atrasada", "voy atrasado")

// hedges make a reply unclear unless it also cancels or moves.
var hedges = padded("not sure", "maybe", "might", "let you know", "try to", "ill try", "trying to", "intentar",
	"intentare", "tratar de", "tratare de", "a ver si", "no se", "tal vez", "quizas", "a lo mejor", "no estoy seguro", "no estoy segura")

// politeness words are dropped around a reply code: "R please", "X gracias".
var politeness = map[string]bool{"please": true, "pls": true, "plz": true, "thanks": true, "thank": true, "you": true,
	"thx": true, "ty": true, "por": true, "favor": true, "gracias": true, "porfa": true, "porfis": true, "xfa": true, "xfavor": true, "plis": true}

// stripPoliteness returns n's padded text without politeness words.
func stripPoliteness(n norm) string {
	var kept []string
	for _, w := range n.words {
		if !politeness[w] {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 || len(kept) == len(n.words) {
		return ""
	}
	return " " + strings.Join(kept, " ") + " "
}

// preferWords ask for another day without a question mark: "para el
// lunes mejor", "friday would be better".
var preferWords = padded("better", "prefer", "rather", "mejor", "prefiero", "preferiria")

var dayWords = padded(
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow",
	"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "manana",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "mondays", "tuesdays", "wednesdays", "thursdays",
	"fridays", "saturdays", "sundays", "afternoon", "morning", "evening", "tarde", "temprano",
)

var helpPhrases = padded(
	"who is this", "what is this", "who are you", "quien es", "quien habla", "que es esto", "help", "ayuda",
	"whats this", "whos this", "who is texting", "quien me escribe",
	"what do i reply", "what should i reply", "what do i answer", "how do i reply", "how do i answer",
	"que tengo que responder", "que respondo", "que debo responder", "como respondo", "como contesto", "que contesto",
	"how does this work", "how this works", "what do i do", "what am i supposed to", "reply with a", "como funciona",
	"no entiendo", "que tengo que contestar", "que debo contestar", "que significa", "what does this mean",
	"what does r", "what does c", "what does x", "do i just reply", "do i just send",
	"how did you get my number", "get my number", "sign up", "signed up", "signing up", "como consiguieron mi numero",
	"sacaron mi numero", "is this automated", "is this a bot", "es automatico", "un robot", "real person",
	"una persona", "am i talking to", "how to answer", "how to reply", "como contestar", "como responder",
	"text back", "dont remember making", "didnt make an", "didnt book", "no recuerdo haber", "no hice ninguna cita",
	"wrong number", "numero equivocado", "confused", "confundido", "confundida", "which clinic", "que clinica",
	"spam", "scam", "real message", "is this real", "legit", "estafa", "es real",
)

// classify settles a sentence. Order matters: clinical content goes to
// staff; negated cancels are confirms; cancels are checked before
// confirms because "can't be there" contains "be there"; a wish to move
// wins over a cancel ("cancel and rebook").
func classify(n norm) Action {
	if n.hasAny(clinicalPhrases) {
		return ActionQuestion
	}
	negCancel := n.hasAny(negatedCancel) || n.negatedStem(cancelStems) || n.hasAny(eager)
	negResched := n.negatedStem(rescheduleStems) || n.hasAny(negatedReschedule)
	cancel := !negCancel && (n.hasAny(cancelPhrases) || n.hasStem(cancelStems))
	resched := !negResched && (n.hasAny(reschedulePhrases) || n.hasStem(rescheduleStems) ||
		(n.question || n.hasAny(preferWords)) && n.hasAny(dayWords))
	// Unaccented "si" is also Spanish "if" ("quería saber si aceptan..."):
	// it confirms only as the reply's first word.
	yes := n.hasAny(confirmPhrases) || n.hasStem(confirmStems) || (len(n.words) > 0 && n.words[0] == "si")
	confirm := negCancel || (!cancel && yes)
	asks := n.question || n.hasAny(askPhrases) || len(n.words) > 0 && askWords[n.words[0]]
	switch {
	case n.hasAny(busyPhrases):
		return ActionUnclear // "ahorita no puedo hablar": not an answer yet
	case len(n.words) == 1 && n.question && !n.hasAny(helpPhrases) && n.words[0] != "who" && n.words[0] != "quien":
		return ActionUnclear // "lunes?": asking, or saying? A person reads it.
	case n.hasAny(corrections):
		return ActionQuestion
	case n.hasAny(latePhrases) && (n.question || !yes):
		return ActionQuestion // "running 10 min late": staff decide
	case resched:
		return ActionReschedule
	case cancel:
		return ActionCancel
	case n.hasAny(helpPhrases), len(n.words) == 1 && (n.words[0] == "who" || n.words[0] == "quien"):
		return ActionHelp
	case asks && len(n.words) > 1:
		return ActionQuestion
	case n.hasAny(hedges), n.question, trailingBut(n):
		return ActionUnclear
	case confirm && (negCancel || !negatedConfirm(n)):
		return ActionConfirm
	case confirm:
		return ActionCancel
	}
	return ActionUnclear
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
var askWords = map[string]bool{"where": true, "when": true, "what": true, "which": true, "how": true, "why": true,
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
