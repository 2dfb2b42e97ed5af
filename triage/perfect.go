package triage

import "strings"

// The Spanish perfect. Spain (and many writers elsewhere) tell what just
// happened with haber and a participle, "se ha comido las pastillas", "me
// he caído", "ha dejado de sudar", where Latin America mostly writes the
// preterite the rules know, "se comió", "me caí", "dejó de sudar". The
// tokenizer reads a participle after a present form of haber as that
// preterite (the first person after "he", the third otherwise), but only
// where a rule uses the preterite: a participle the rules already know
// as such ("mareado", "tomado") keeps its reading when they do not know
// its preterite.

// perfectPerson maps the present forms of haber that make the perfect
// to the person of the preterite read for it: 1 for "he", 3 otherwise.
var perfectPerson = map[string]int{"he": 1, "has": 3, "ha": 3, "hemos": 3, "habeis": 3, "han": 3}

// irregularPreterite gives the first and third person preterite of the
// participles whose preterite does not follow from their ending. The
// perfects of being, having, going and saying ("siempre ha sido así",
// "no ha dicho nada de") are left as written: they tell a state or a
// report more often than an event; so is "vuelto", whose "no ha vuelto
// a pasar" the readings of signs gone by know as written.
var irregularPreterite = map[string][2]string{
	"hecho": {"hice", "hizo"}, "puesto": {"puse", "puso"}, "visto": {"vi", "vio"},
	"vuelto": {}, "devuelto": {"devolvi", "devolvio"}, "roto": {"rompi", "rompio"},
	"muerto": {"mori", "murio"}, "abierto": {"abri", "abrio"}, "escrito": {"escribi", "escribio"},
	"estado": {}, "sido": {}, "ido": {}, "dicho": {}, "tenido": {}, // left as written
	"dado": {"di", "dio"}, "podido": {"pude", "pudo"}, "caido": {"cai", "cayo"}, "traido": {"traje", "trajo"},
	"leido": {"lei", "leyo"}, "oido": {"oi", "oyo"}, "dormido": {"dormi", "durmio"}, "sentido": {"senti", "sintio"},
	"pedido": {"pedi", "pidio"}, "seguido": {"segui", "siguio"}, "venido": {"vine", "vino"}, "querido": {"quise", "quiso"},
}

// preteriteOf returns the preterite of participle p in person (1 or 3),
// or "" when p is no participle or is left as written.
func preteriteOf(p string, person int) string {
	if f, ok := irregularPreterite[p]; ok {
		if person == 1 {
			return f[0]
		}
		return f[1]
	}
	if len(p) < 5 {
		return ""
	}
	stem, ending := p[:len(p)-3], p[len(p)-3:]
	switch {
	case ending == "ado" && person == 1:
		return stem + "e"
	case ending == "ado":
		return stem + "o"
	case ending == "ido" && person == 1:
		return stem + "i"
	case ending == "ido":
		return stem + "io"
	}
	return ""
}

// readPerfect rewrites, in toks, each participle after a present form of
// haber as its preterite when known reports that the rules use the
// preterite and not the participle.
func readPerfect(toks []token, known func(string) bool) {
	for i := 1; i < len(toks); i++ {
		person, ok := perfectPerson[toks[i-1].norm]
		if !ok || toks[i].clause || !strings.HasSuffix(toks[i].norm, "o") {
			continue
		}
		if known(toks[i].norm) {
			continue
		}
		if q := preteriteOf(toks[i].norm, person); q != "" && known(q) {
			toks[i].norm = q
		}
	}
}
