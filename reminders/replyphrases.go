package reminders

import "strings"

// The words and phrases of replies, and how a sentence is settled into
// an Action (classify).

// codes are whole replies with one meaning, padded like norm.s.
var codes = buildCodes(map[Action][]string{
	ActionConfirm: {"c", "cc", "1", "y", "yes", "confrim", "comfirm", "confim", "cofirm", "confirme", "yep", "yeah", "yea", "yup", "si", "sii", "ok", "okay", "k", "confirm",
		"confirmed", "confirmo", "confirmado", "confirmada", "confirmar", "sure", "claro", "vale", "listo", "perfecto",
		"ok ok", "si si", "ok gracias", "ok thanks", "ok thank you", "yes please", "si gracias", "yes thanks",
		"yes thank you", "correcto", "de acuerdo", "of course", "por supuesto", "c gracias", "c thanks", "asistire", "bet", "fosho", "dale", "simon", "de una", "cool",
		// a code dictated to a phone: "C" heard as "see"
		"see"},
	ActionReschedule: {"r", "are", "2", "reschedule", "change", "cambiar", "cambio", "reprogramar", "mover", "move", "posponer", "postpone"},
	ActionCancel:     {"x", "ex", "3", "cancelar", "cancela", "cancelo", "cancel", "cancelled", "canceled", "anular", "cancela por favor", "x gracias"},
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
	"ya no manden", "no manden mensajes", "no manden mas", "no envien mensajes", "no envien mas",
	"delete this number", "delete my number", "delete the number", "erase my number", "erase this number",
	"lose my number", "lose this number", "remove the number",
)

// optOutRemovals are the Spanish "take me off your list" ("sáquenme de la
// lista", "bórrenme de su base"): a removal verb and a list, as "sáquenme
// de dudas" asks a question.
var optOutRemovals = func() phrases {
	var ps []string
	for _, v := range strings.Fields("saquenme sacame sacarme saqueme quitenme quitame quitarme quiteme borrenme borrame borrarme borreme eliminenme eliminame eliminarme elimineme") {
		for _, o := range []string{"de la lista", "de su lista", "de sus listas", "de la base", "de su base", "de los mensajes", "de sus mensajes", "del sistema", "de sus contactos"} {
			ps = append(ps, v+" "+o)
		}
	}
	return padded(ps...)
}()

// stopAlone are the words that, as a clause of their own ("STOP.",
// "stop please", "baja ya"), opt out wherever the clause stands, and
// stopWith the words such a clause may add.
var (
	stopAlone = map[string]bool{"stop": true, "alto": true, "baja": true, "unsubscribe": true}
	stopWith  = map[string]bool{"please": true, "pls": true, "plz": true, "now": true, "it": true, "already": true,
		"ya": true, "porfa": true, "all": true}
)

// isOptOut reports an opt-out: one of optOutPhrases, or STOP (or its
// Spanish words) opening or closing a short reply ("stop please",
// "please STOP!!").
func isOptOut(n norm) bool {
	if n.hasAny(optOutPhrases) || n.hasAny(optOutRemovals) {
		return true
	}
	start := 0
	for i := 1; i <= len(n.words); i++ {
		// A clause that is STOP alone, or with "please": "WHY DO YOU
		// KEEP MESSAGING ME. STOP. I moved".
		if i < len(n.words) && !n.clause[i] {
			continue
		}
		c := n.words[start:i]
		start = i
		switch {
		case len(c) == 1 && stopAlone[c[0]],
			len(c) == 2 && (stopAlone[c[0]] && stopWith[c[1]] || stopWith[c[0]] && stopAlone[c[1]]):
			return true
		}
	}
	for i, w := range n.words {
		// "unsubcribe", "unsuscribe me": the word misspelt.
		if strings.HasPrefix(w, "unsub") || strings.HasPrefix(w, "unsus") || strings.HasPrefix(w, "desuscri") {
			return true
		}
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
	"medication", "medicine", "meds", "pills", "pill", "dose", "prescription", "refill", "pregnant", "fast", "fasting",
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
	"unable to keep", "not be able to keep", "no me sera posible", "no me es posible acudir", "no podre acudir",
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
	"nueva fecha", "nuevo horario", "nueva cita", "another date", "new appointment", "otra cita",
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
	"no need new", "need no new", "no new date", "no deseamos una nueva", "no queremos una nueva", "no necesitamos una nueva",
	"no necesito una nueva", "no quiero una nueva", "sin nueva fecha", "no deseamos otra", "no deseamos una",
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
	"vamos", "ahi vamos", "alli vamos", "llegamos", "alli llegamos", "ahi llegamos",
	"works", "bringing her", "bringing him", "bring her", "bring him", "will bring", "la lleva", "lo lleva",
	"la llevo", "lo llevo", "la va a llevar", "lo va a llevar", "la traigo", "lo traigo", "la trae", "lo trae",
)

// askPhrases mark a question written without a question mark.
var askPhrases = padded("llamar", "llamarme", "llamen", "call me", "una duda", "tengo duda", "spelled", "spelling",
	"mal escrito", "my name is", "fix it", "corregir", "un error", "a mistake", "mistake", "queria saber", "quiero saber",
	"quisiera saber", "queria preguntar", "quiero preguntar", "una pregunta", "tengo una pregunta", "wondering",
	"wanted to ask", "want to ask", "quick question", "a question", "can you tell me", "could you tell me",
	"do you accept", "do you take", "aceptan", "me pueden decir",
	// "Yes we'll come. Also can I bring my toddler": a question to answer
	// besides the confirmation.
	"can i bring", "can we bring", "could i bring", "is it ok if", "is it okay if", "puedo llevar", "puedo traer",
	"podemos llevar", "podemos traer", "se puede llevar", "se puede traer")

// busyPhrases say the patient cannot answer now, which is no cancel.
var busyPhrases = padded("no puedo hablar", "cant talk", "cannot talk", "no puedo contestar", "estoy manejando",
	"im driving now", "driving right now", "in a meeting", "en una reunion")

// corrections say the reminder got something wrong: staff check it
// ("¿la cita no es el jueves? a mí me dijeron jueves").
var corrections = padded("me dijeron", "i was told", "they told me", "i thought it was", "pense que", "no era",
	"wrong date", "wrong time", "wrong day", "wrong doctor", "fecha equivocada", "hora equivocada", "hay un error",
	"tenia la cita", "la cambiaron", "i had it with", "was with dr", "era con",
	// Told otherwise, or the wrong person: "the front desk told my son it
	// was Wed", "no es mi cita, debe ser de mi hija".
	"told my", "told us", "told him", "told her", "le dijeron", "nos dijeron", "which is it", "cual es",
	"not my appointment", "isnt my appointment", "not mine", "no es mi cita", "no es mia", "debe ser de",
	"must be for", "se llama igual", "same name",
	"did you move", "have you moved", "se cambiaron de", "se mudaron", "wrong building", "which building",
	"which office", "que oficina")

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
	"whats r", "whats c", "whats x", "what is r", "what is c", "what is x", "que es r", "que es c", "que es x",
	"que es la r", "que es la c", "que es la x", "que significa r", "que significa c", "que significa x",
	"how did you get my number", "get my number", "sign up", "signed up", "signing up", "como consiguieron mi numero",
	"sacaron mi numero", "is this automated", "is this a bot", "es automatico", "un robot", "real person",
	"una persona", "am i talking to", "how to answer", "how to reply", "como contestar", "como responder",
	"text back", "dont remember making", "didnt make an", "didnt book", "no recuerdo haber", "no hice ninguna cita",
	"wrong number", "numero equivocado", "confused", "confundido", "confundida", "which clinic", "que clinica",
	"spam", "scam", "real message", "is this real", "legit", "estafa", "es real",
	"what it means", "what this means", "letters mean", "que significan las letras",
	"is this from", "es de parte de", "what do i type", "que pongo", "que escribo",
)

// codeHelp asks how to answer with the codes, words that the rest of a
// reply would read otherwise ("WHAT DO I PUSH": not "push it back").
var codeHelp = padded("what do i push", "what do i press", "what do i hit", "que aprieto", "que presiono",
	"que le pongo", "what do the letters", "what letter", "supposed to do with", "what am i supposed to do",
	"no se que hacer con")

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
	case n.hasAny(codeHelp):
		return ActionHelp
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
