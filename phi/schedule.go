package phi

// dropClinicDates removes the dates of the practice's own calendar, told
// after a word of opening or closing in their sentence: "¿La clínica
// cierra el 25 de diciembre y el 1 de enero?", "are you open on July 3?",
// "¿Van a abrir el 16 de septiembre?". Such a date is no person's.
func (s *scan) dropClinicDates() {
	s.dropSpans(func(sp Span) bool { return sp.Kind == KindDate && s.scheduleBefore(s.tokenAt(sp.Start)) })
}

// scheduleBefore reports a word of opening or closing among the eight
// tokens before token i, in its sentence, with no person's word between.
func (s *scan) scheduleBefore(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		tk := s.toks[k]
		if tk.kind == tPunct && (s.punct(k, '.') || s.punct(k, '?') || s.punct(k, '!') || s.punct(k, ';')) || s.toks[k+1].nl {
			return false
		}
		if tk.kind == tWord && s.has(k, bPossessive|bRelation) {
			return false // "the ER closed his wound on 3/5/2026": a person's
		}
		if tk.kind == tWord && scheduleWords[string(s.low(k))] && !s.adjectiveUse(k) {
			return true
		}
	}
	return false
}

// adjectiveUse reports "open" or "close" at token k used of a thing, not
// of the practice's hours: "a close contact on 1/22/2025", "an open wound
// since 3/5". Told of hours, the word is followed by a time, a day, a
// preposition or nothing: "are you open on July 3?", "close early 12/24".
func (s *scan) adjectiveUse(k int) bool {
	if !s.is(k, "open") && !s.is(k, "close") {
		return false
	}
	n := k + 1
	return n < len(s.toks) && s.toks[n].kind == tWord && !s.toks[n].nl && !s.has(n, bMonth) && !hoursAfter[string(s.low(n))]
}

// hoursAfter are the words that follow "open" or "close" told of hours.
var hoursAfter = setOf("on", "at", "for", "in", "early", "earlier", "late", "later", "today", "tomorrow", "the", "that",
	"this", "these", "those", "over", "during", "until", "till", "by", "from", "before", "after", "around", "all", "next",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "and", "or", "up")

var scheduleWords = setOf("open", "opens", "opening", "closed", "close", "closes", "closing", "abre", "abren",
	"abrir", "abierto", "abierta", "abiertos", "cierra", "cierran", "cerrar", "cerrado", "cerrada", "cerrados")

// dropPetNames removes names given to animals: "The cat's name is
// Pickles", "El perro se llama Chato", "2 dogs (Rocky, Bella)": a word of
// a pet among the five tokens before the name and a naming between them,
// with no relation.
func (s *scan) dropPetNames() {
	s.dropSpans(func(sp Span) bool {
		return sp.Kind == KindName && (s.petBefore(s.tokenAt(sp.Start)) || s.petAfter(s.tokenAt(sp.End)))
	})
}

// petAfter reports a name said to be a pet just after it: "Steve is my
// dachshund", "Toby es nuestro perro". Token i is the one after the name.
func (s *scan) petAfter(i int) bool {
	if i+2 >= len(s.toks) || !(s.is(i, "is") || s.is(i, "es")) {
		return false
	}
	j := i + 1
	if s.is(j, "my") || s.is(j, "our") || s.is(j, "mi") || s.is(j, "nuestro") || s.is(j, "nuestra") || s.is(j, "the") || s.is(j, "el") || s.is(j, "la") {
		j++
	}
	return j < len(s.toks) && petWords[string(s.low(j))]
}

// petBefore reports a pet's word before token i with a naming between
// them ("name is", "se llama", "named", a parenthesis or a colon): "my dog
// walker Maria Lopez" is a person.
func (s *scan) petBefore(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	named := false
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if s.toks[k+1].nl || s.toks[k].kind == tPunct && (s.punct(k, '.') || s.punct(k, '?') || s.punct(k, '!')) {
			return false
		}
		if s.toks[k].kind != tWord {
			named = named || s.punct(k, '(') || s.punct(k, ':')
			continue
		}
		if s.has(k, bRelation) {
			return false
		}
		named = named || s.is(k, "name") || s.is(k, "named") || s.is(k, "llama") || s.is(k, "called") || s.is(k, "llamado") || s.is(k, "llamada")
		if petWords[string(s.low(k))] {
			// Named, or set right before the name: "our dog Gary", "mi
			// perro Toby", "a bunny named Clover".
			return named || k == i-1
		}
	}
	return false
}

var petWords = setOf("cat", "cats", "cat's", "dog", "dogs", "dog's", "pet", "pets", "puppy", "kitten", "parrot", "bird",
	"perro", "perra", "perros", "perrito", "perrita", "gato", "gata", "gatos", "gatito", "gatita", "mascota", "mascotas", "perico", "loro",
	// More animals kept at home or on a farm (messages46).
	"puppies", "kittens", "bunny", "rabbit", "conejo", "conejito", "pony", "horse", "caballo", "yegua", "hamster", "cockatiel",
	"cockatiels", "parakeet", "pajaro", "goat", "cabra", "dachshund", "poodle", "chihuahua", "terrier", "retriever", "tortuga", "turtle")
