package triage

// Readings of a sign that a paper names (the twenty-fifth session's
// sets): a report asked to be explained, a referral, a form or a reminder
// that "says" it, paperwork that is for it, a diagnosis someone gave, and
// affairs put in order with a lawyer.

// diagnosisGiven reports a sign named as what someone said it was: "they
// said it was a miscarriage and to get my hcg rechecked" (fresh399), "me
// dijeron que fue un infarto". A diagnosis of an event seen to.
func diagnosisGiven(toks []token, s int) bool {
	k := s - 1
	if k >= 0 && (toks[k].norm == "a" || toks[k].norm == "an" || toks[k].norm == "un" || toks[k].norm == "una") {
		k--
	}
	if k < 2 || !(toks[k].norm == "was" || toks[k].norm == "fue" || toks[k].norm == "era") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && !toks[j+1].clause; j-- {
		if diagnosedBy[toks[j].norm] {
			return true
		}
	}
	return false
}

var diagnosedBy = wordSet("said told dijeron dijo confirmed confirmaron diagnosed")

// reportExplained reports a sign a report says, in a message asking what
// it means: "Could someone explain my ultrasound report? It says 'small
// subchorionic hemorrhage' and I've been googling" (fresh404), "el
// resultado dice … ¿qué significa?". A finding read, not a sign felt.
func reportExplained(toks []token, s int) bool {
	return saysBefore(toks, s, 5) >= 0 && anyWordOf(toks, reportWords) && anyWordOf(toks, explainWords)
}

// saysBefore returns the nearest "says" (or "dice", "shows" …) among the
// n words before the sign at s, in its sentence, or -1.
func saysBefore(toks []token, s, n int) int {
	for k := s - 1; k >= 0 && k >= s-n && !toks[k+1].sentence; k-- {
		if reportSays[toks[k].norm] {
			return k
		}
	}
	return -1
}

var (
	reportSays   = wordSet("says said dice decia decía reads shows muestra indica")
	reportWords  = wordSet("report reports result results ultrasound scan mri ct xray informe reporte resultado resultados ecografia ultrasonido resonancia tomografia radiografia")
	explainWords = wordSet("explain explica explicar explicarme mean means meaning significa googling googled")
)

// affairsWords and estatePlanning: affairs put in order with a lawyer or a
// notary are an estate planned, not a farewell (fresh410).
var (
	affairsWords   = wordSet("affairs asuntos")
	estatePlanning = wordSet("lawyer lawyers attorney abogado abogada notary notario notaria estate testamento")
)

// documentSays reports a sign a paper names, "says" just before it: "my
// cardiology referral says 'chest pain, r/o CAD' on it. That's from the ER
// visit in January, I'm totally fine now" (fresh420), "el recordatorio
// dice …". Not when a later word says it is back ("… and it came back
// again").
func documentSays(toks []token, s int) bool {
	says := saysBefore(toks, s, 4)
	if says < 1 || !(documentWords[toks[says-1].norm] || says > 1 && documentWords[toks[says-2].norm]) {
		return false
	}
	return !anyWord(toks, s, len(toks)-1, backAgainWords)
}

var (
	documentWords  = wordSet("referral form letter reminder recordatorio summary avs order orden chart referencia carta formulario handout paper papel instructions instrucciones") // (not a label: "Label says sodium hydroxide drain cleaner" names what was drunk, probe149; not a note, which may be a farewell)
	backAgainWords = wordSet("again back volvio regreso otra")
)

// paperworkFor reports a sign named as what paperwork is for: "Disability
// paperwork for my stroke" (fresh425), "el formulario para mi infarto".
func paperworkFor(toks []token, s int) bool {
	k := s - 1
	if k >= 0 && determiners[toks[k].norm] {
		k--
	}
	if k < 1 || toks[k].norm != "for" && toks[k].norm != "para" && toks[k].norm != "de" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && !toks[j+1].clause; j-- {
		if paperWords[toks[j].norm] {
			return true
		}
	}
	return false
}

var paperWords = wordSet("paperwork papeleo form forms formulario formularios disability discapacidad claim application solicitud")
