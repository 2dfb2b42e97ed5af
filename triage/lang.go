package triage

import "strings"

var (
	spanishWords = wordSet("de la que el en y los se del las un por con una su para es al lo como mas pero le ya porque esta estoy entre cuando muy sin sobre tambien hasta hay donde quien desde todo nos les ni mi yo otro otra nada mucho poco ella estar algo tu te cita hola gracias necesito quiero puedo tengo tiene favor buenos buenas dias tardes noches receta manana hoy ayer puede pueden quisiera mis hijo hija esposo esposa mama papa bebe dolor fiebre seguro cuanto cual donde cuando pero porfa soy son estan fue ser hace desde ahorita ahora medico doctora clinica pagar cuenta factura resultados analisis")
	englishWords = wordSet("the i you my to is and of for it in on can need want have please with this what do get be are was thanks thank hi hello your will not from at how when appointment im ive dont cant my he she his her we our they would could should there been had has just did does about pain doctor bill insurance results refill tomorrow today yesterday morning week help")
)

// detectLanguage tells English from Spanish by their commonest words. It
// returns "" when neither language shows.
func detectLanguage(toks []token, text string) string {
	es, en := 0, 0
	for _, t := range toks {
		if t.class&classSpanish != 0 {
			es++
		}
		if t.class&classEnglish != 0 {
			en++
		}
	}
	switch {
	case es > en:
		return "es"
	case en > es:
		return "en"
	case es == 0:
		if strings.ContainsAny(text, "ñ¿¡áéíóú") {
			return "es"
		}
		return ""
	}
	if strings.ContainsAny(text, "ñ¿¡áéíóú") {
		return "es"
	}
	return "en"
}
