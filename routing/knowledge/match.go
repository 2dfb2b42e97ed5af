package knowledge

import (
	"strings"
	"unicode"
)

// stopwords are English and Spanish words that say nothing about what a
// question is about. Accents are folded before lookup.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a an the and or but if of to in on at for from by with about as is are was were be been am
		do does did i me my you your we our us it its this that these those there here what when where
		how who which can could would should will please hi hello hey thanks thank just get got have has
		any some so not no yes ok okay im dont
		el la los las un una unos unas y o pero si de del al en con por para sobre es son era fue ser
		estoy esta estan yo me mi mis tu su sus usted ustedes nosotros nuestro nuestra que cuando donde
		como quien cual puede puedo podria hola gracias favor lo le les se hay tiene tengo tienen ya
		muy mas este esto eso esa ese`) {
		m[w] = true
	}
	return m
}()

// fold maps accented Latin letters to their base letter.
var fold = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ü", "u", "ñ", "n",
	"à", "a", "è", "e", "ì", "i", "ò", "o", "ù", "u")

// tokens returns the distinct content words of s: lower-cased, accents
// folded, stop words dropped and a plural "s" stripped.
func tokens(s string) []string {
	s = fold.Replace(strings.ToLower(s))
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if stopwords[w] {
			continue
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
