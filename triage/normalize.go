package triage

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// token is one normalised word of a message with the byte span it came from
// in the original text.
type token struct {
	// norm is the word lowercased, accent-folded, with apostrophes dropped and
	// common abbreviations expanded.
	norm string
	// start and end are byte offsets into the original text.
	start, end int
	// clause is set when a clause boundary (comma, "but", a line break...)
	// lies between this token and the previous one.
	clause bool
	// sentence is set when a sentence boundary (. ! ? or a line break) lies
	// between this token and the previous one.
	sentence bool
	// frac is set on the digits after a decimal point: the 6 of "2.6".
	frac bool
	// paren is set on the words inside parentheses: "last year (used the
	// epipen, ER, all good)".
	paren bool
	// class says which word lists norm is in (see wordClasses); tokenize
	// sets it.
	class wordClass
	// hash is wordHash(norm), which tokenize sets: a term tests it against
	// its filter of exact words before it compares strings.
	hash uint64
}

// maxTokens bounds the words read from one message; the rest of a very long
// message is ignored, which keeps the cost of a message bounded.
const maxTokens = 1 << 16

// abbreviations expands patients' shorthand and frequent misspellings to the
// word the model and the red-flag rules know. Values may hold several words.
var abbreviations = map[string]string{
	// English
	"appt": "appointment", "appts": "appointment", "apt": "appointment", "appointement": "appointment",
	"appoinment": "appointment", "appointmnet": "appointment", "apointment": "appointment",
	"rx": "prescription", "rxs": "prescription", "perscription": "prescription", "prescripton": "prescription",
	"presciption": "prescription", "prescrption": "prescription", "refil": "refill", "refils": "refill", "refills": "refill",
	"tmrw": "tomorrow", "tmr": "tomorrow", "tmrrw": "tomorrow", "tomorow": "tomorrow", "tommorow": "tomorrow",
	"tommorrow": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
	"pls": "please", "plz": "please", "plez": "please", "pleas": "please", "thx": "thanks", "thnx": "thanks", "ty": "thanks",
	"dr": "doctor", "drs": "doctor", "doc": "doctor", "dra": "doctor",
	"u": "you", "ur": "your", "r": "are", "b4": "before", "2day": "today", "tonite": "tonight", "thru": "through",
	"bc": "because", "cuz": "because", "bcuz": "because", "coz": "because",
	"msg": "message", "info": "information", "med": "medication", "meds": "medication", "medicine": "medication",
	"medicines": "medication", "medications": "medication", "pharm": "pharmacy", "walgreen": "walgreens",
	"ekg": "ecg", "xray": "x ray", "xrays": "x ray", "ct": "ct scan", "labs": "lab", "bloodwork": "blood work",
	"bp": "blood pressure", "hrs": "hours", "hr": "hour", "mins": "minutes", "min": "minutes", "wk": "week", "wks": "weeks",
	"yr": "year", "yrs": "years", "mo": "month", "mos": "months", "pt": "patient", "ins": "insurance",
	"cant": "cant", "cannot": "cant", "can't": "cant", "wont": "wont", "dont": "dont", "didnt": "didnt", "doesnt": "doesnt",
	"isnt": "isnt", "havent": "havent", "im": "im", "ive": "ive", "pharmacyy": "pharmacy", "bil": "bill",
	"insurence": "insurance", "insurace": "insurance", "insuranse": "insurance", "resluts": "results", "reslts": "results",
	"resuts": "results", "bday": "birthday", "dob": "birthday", "fyi": "information",
	"asap": "soon", "rn": "now", "idk": "dont know", "ok": "okay", "kk": "okay", "yep": "yes", "yeah": "yes",
	"ya": "yes", "pw": "password", "passwd": "password", "acct": "account", "sched": "schedule", "resched": "reschedule",
	"reschedual": "reschedule", "reshedule": "reschedule", "rescedule": "reschedule", "cancle": "cancel", "cancell": "cancel",
	"cancelation": "cancellation", "conf": "confirm", "confirmed": "confirm", "canceled": "cancel", "cancelled": "cancel",
	// Spelled as said (found in probe92, written in the spelling of
	// people who write little): "chess pain", "bleech", "seesure".
	"chess": "chest", "bleech": "bleach", "seesure": "seizure", "seasure": "seizure", "seazure": "seizure",
	"headake": "headache", "hedache": "headache", "headach": "headache", "stif": "stiff", "minits": "minutes",
	"roomate": "roommate", "tooke": "took", "nummness": "numbness", "numbess": "numbness", "dizy": "dizzy",
	"stroak": "stroke", "diarea": "diarrhea", "brethe": "breathe", "breth": "breath", "unconshus": "unconscious",
	// probe183 (a text line's patients who spell by sound).
	"apointmen": "appointment", "appointmen": "appointment", "apoinment": "appointment", "apointmet": "appointment",
	"apointmens": "appointment", "perscripshun": "prescription", "prescripshun": "prescription",
	// Spanish
	"aora": "ahora", "ase": "hace", "beses": "veces", "bomitando": "vomitando", "bomito": "vomito", "bomitar": "vomitar",
	"q": "que", "k": "que", "ke": "que", "xq": "porque", "pq": "porque", "porq": "porque", "xk": "porque",
	"tb": "tambien", "tmb": "tambien", "tbn": "tambien", "xfa": "por favor", "porfa": "por favor", "porfis": "por favor",
	"xfavor": "por favor", "pf": "por favor", "msj": "mensaje", "mnn": "manana", "mñn": "manana", "d": "de",
	"toy": "estoy", "bn": "bien", "dl": "del", "medicamentos": "medicamento",
	"medicinas": "medicamento", "medicina": "medicamento", "pastillas": "pastilla",
	"sita": "cita", "sitas": "citas", "reseta": "receta", "resetas": "receta", "labratorio": "laboratorio",
}

// foldRune lowercases r and strips the accent of Latin letters, so that
// "Cita", "CITA" and "citá" read alike.
func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	if r < 0xc0 || r > 0x17f {
		return r
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return 'a'
	case 'ç', 'ć', 'č':
		return 'c'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'ī', 'į':
		return 'i'
	case 'ñ', 'ń', 'ň':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő':
		return 'o'
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű', 'ų':
		return 'u'
	case 'ý', 'ÿ':
		return 'y'
	}
	return r
}

// clauseWords end a clause: a negation before them does not reach past them.
var clauseWords = map[string]bool{
	"but": true, "pero": true, "however": true, "though": true, "although": true, "aunque": true,
	"sino": true, "also": true, "tambien": true, "and": false, "y": false, "plus": true, "ademas": true,
	"anyway": true, "btw": true,
}

// tokenize splits text into normalised tokens and corrects one-letter typos
// of known words (see speller).
func tokenize(text string) []token {
	var tz tokenizer
	return tz.tokenize(text)
}

// tokenizeRaw splits text into normalised tokens, without spelling
// correction.
func tokenizeRaw(text string) []token {
	var tz tokenizer
	return tz.tokenizeRaw(text)
}

// tokenizer holds the working memory of tokenize, so that a classifier
// can reuse it from message to message (see tokenizers). The tokens it
// returns live in that memory until the next call or release.
type tokenizer struct {
	toks  []token
	spans []span
}

// span locates a token's normalised word in the shared string.
type span struct{ a, b int }

// tokenizers recycles tokenizers between messages.
var tokenizers = sync.Pool{New: func() any { return new(tokenizer) }}

// maxPooledTokens bounds the token slice a pooled tokenizer keeps, so that
// one huge message does not pin its memory.
const maxPooledTokens = 1024

// release forgets the last message (no text stays reachable from the pool)
// and returns tz to tokenizers.
func (tz *tokenizer) release() {
	if cap(tz.toks) > maxPooledTokens {
		return
	}
	clear(tz.toks)
	tz.toks, tz.spans = tz.toks[:0], tz.spans[:0]
	tokenizers.Put(tz)
}

// tokenize is the package function tokenize in tz's memory.
func (tz *tokenizer) tokenize(text string) []token {
	toks := tz.tokenizeRaw(text)
	sp := defaultSpeller()
	var buf []byte
	for i := range toks {
		var w string
		w, buf = sp.correct(toks[i].norm, buf)
		// A capitalised word inside a sentence is a name as written:
		// "cancelo la cita de Mateo" is no "mareo".
		if w != toks[i].norm && !(i > 0 && !toks[i].sentence && titleCased(text[toks[i].start:toks[i].end])) {
			toks[i].norm = w
		}
	}
	readPerfect(toks, sp.isKey)
	for i := range toks {
		toks[i].class = wordClasses[toks[i].norm]
		toks[i].hash = wordHash(toks[i].norm)
	}
	return toks
}

// titleCased reports whether w is written as a name: a capital letter,
// then at least two letters, all small.
func titleCased(w string) bool {
	n := 0
	for i, r := range w {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case i > 0 && !unicode.IsLower(r):
			return false
		}
		n++
	}
	return n >= 3
}

// rawWord is what the tokenizer needs to know of a word as written: one
// lookup instead of one per list.
type rawWord struct {
	clause       bool   // in clauseWords, as true
	abbreviation bool   // in abbreviations,
	expansion    string // expanding to this
}

var rawWords = func() map[string]rawWord {
	m := make(map[string]rawWord, len(abbreviations)+len(clauseWords))
	for w, c := range clauseWords {
		r := m[w]
		r.clause = c
		m[w] = r
	}
	for w, e := range abbreviations {
		r := m[w]
		r.abbreviation, r.expansion = true, e
		m[w] = r
	}
	return m
}()

// wordClass is a set of the word lists a normalised word is in.
type wordClass uint8

const (
	classStop      wordClass = 1 << iota // stopwords
	classSmallTalk                       // smallTalkWords
	classSpanish                         // spanishWords
	classEnglish                         // englishWords
)

// wordClasses maps each word of those lists to its classes, so that a
// token is looked up once however many lists are asked about it.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	for _, l := range []struct {
		words map[string]bool
		class wordClass
	}{{stopwords, classStop}, {smallTalkWords, classSmallTalk}, {spanishWords, classSpanish}, {englishWords, classEnglish}} {
		for w, in := range l.words {
			if in {
				m[w] |= l.class
			}
		}
	}
	return m
}()

// tokenizeRaw splits text into normalised tokens. It never fails: invalid
// UTF-8 and symbols separate words, and at most maxTokens tokens are
// returned. All normalised words share one string, so a message costs few
// allocations.
func (tz *tokenizer) tokenizeRaw(text string) []token {
	if tz.toks == nil {
		tz.toks, tz.spans = make([]token, 0, 32), make([]span, 0, 32)
	}
	toks := tz.toks[:0]
	// norm holds the normalised words back to back; a token whose norm is
	// still empty after the loop takes norm[spans[i].a:spans[i].b].
	norm := make([]byte, 0, len(text)+8)
	spans := tz.spans[:0]
	clause, sentence, frac := false, false, false
	depth := 0 // of parentheses
	wordStart, normStart := -1, 0
	var enc [utf8.UTFMax]byte
	flush := func(end int) {
		if wordStart < 0 {
			return
		}
		w := norm[normStart:]
		start := wordStart
		wordStart = -1
		raw := rawWords[string(w)]
		if raw.clause {
			clause = true
		}
		exp, ok := raw.expansion, raw.abbreviation
		if !ok {
			if len(toks) < maxTokens {
				toks = append(toks, token{start: start, end: end, clause: clause || sentence, sentence: sentence, frac: frac, paren: depth > 0})
				spans = append(spans, span{normStart, len(norm)})
			}
			clause, sentence, frac = false, false, false
			return
		}
		norm = norm[:normStart]
		for {
			part, rest, more := strings.Cut(exp, " ")
			if len(toks) < maxTokens {
				toks = append(toks, token{norm: part, start: start, end: end, clause: clause || sentence, sentence: sentence, paren: depth > 0})
				spans = append(spans, span{})
			}
			clause, sentence, frac = false, false, false
			if !more {
				break
			}
			exp = rest
		}
	}
	for i := 0; i < len(text) && len(toks) < maxTokens; {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			flush(i)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if wordStart < 0 {
				wordStart, normStart = i, len(norm)
			}
			if f := foldRune(r); f < utf8.RuneSelf {
				norm = append(norm, byte(f))
			} else {
				n := utf8.EncodeRune(enc[:], f)
				norm = append(norm, enc[:n]...)
			}
		case (r == '\'' || r == '’') && wordStart >= 0:
			// can't -> cant; the apostrophe joins the word.
		default:
			flush(i)
			switch r {
			case '.':
				if i > 0 && i+1 < len(text) && isASCIIDigit(text[i-1]) && isASCIIDigit(text[i+1]) {
					frac = true
					break // "101.8": a decimal point, no sentence ends
				}
				if n := len(toks); n > 0 && toks[n-1].end == i && titles[strings.ToLower(text[toks[n-1].start:i])] {
					break // "Dr. Hale", "la Sra. Pérez": a title, no sentence ends
				}
				sentence = true
			case '!', '?', '\n', '¡', '¿', ';':
				sentence = true
			case ',':
				if i > 0 && i+1 < len(text) && isASCIIDigit(text[i-1]) && isASCIIDigit(text[i+1]) {
					break // "$1,840": a thousands separator, no clause ends
				}
				clause = true
			case ':', '(', ')', '"', '—', '–':
				clause = true
				if r == '(' {
					depth++
				} else if r == ')' && depth > 0 {
					depth--
				}

			default:
				if r > 0x2000 && !unicode.IsSpace(r) { // emoji and symbols
					clause = true
				}
				if w := emojiWord(r); w != "" && len(toks) < maxTokens {
					// Laughter is a word: "my chest hurts 😂 from
					// laughing" reads as "haha"; "my wrists: 🩸🩸" as
					// blood.
					toks = append(toks, token{norm: w, start: i, end: i + size, clause: true, sentence: sentence})
					spans = append(spans, span{})
					sentence, frac = false, false
				}
			}
		}
		i += size
	}
	flush(len(text))
	markPhoneNumbers(text, toks)
	all := string(norm)
	for i := range toks {
		if toks[i].norm == "" {
			toks[i].norm = all[spans[i].a:spans[i].b]
		}
	}
	tz.toks, tz.spans = toks, spans
	return toks
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// markPhoneNumbers reads the three groups of digits of a North American
// phone or fax number ("555-203-8841", "(360) 555.0814") as one word,
// "telnum", so that no rule reads them as a pressure, a dose or a count.
func markPhoneNumbers(text string, toks []token) {
	for i := 0; i+2 < len(toks); i++ {
		a, b, c := &toks[i], &toks[i+1], &toks[i+2]
		if a.end-a.start != 3 || b.end-b.start != 3 || c.end-c.start != 4 ||
			!isDigits(text[a.start:a.end]) || !isDigits(text[b.start:b.end]) || !isDigits(text[c.start:c.end]) ||
			!phoneSeparators[text[a.end:b.start]] || !phoneSeparators[text[b.end:c.start]] {
			continue
		}
		a.norm, b.norm, c.norm = "telnum", "telnum", "telnum"
		i += 2
	}
}

// phoneSeparators are what stands between the groups of a phone number.
var phoneSeparators = map[string]bool{"-": true, ".": true, ") ": true, ")": true, " - ": true}

// titles are the abbreviated titles before a name, whose full stop ends
// no sentence.
var titles = wordSet("dr dra drs mr mrs ms sr sra srta prof lic")

// emojiWord returns the word an emoji stands for in the rules: laughter,
// a drop of blood, a pill; "" for the others.
func emojiWord(r rune) string {
	switch {
	case laughEmoji(r):
		return "haha"
	case r == '\U0001FA78': // 🩸
		return "blood"
	case r == '\U0001F48A': // 💊
		return "pills"
	}
	return ""
}

// laughEmoji reports the emoji of laughter: tears of joy, rolling on the
// floor, grinning squinting, a cat's tears of joy.
func laughEmoji(r rune) bool {
	return r == '\U0001F602' || r == '\U0001F923' || r == '\U0001F606' || r == '\U0001F639' ||
		r == '\U0001F605' || r == '\U0001F643' // 😅 and 🙃, the nervous and the ironic laugh
}
