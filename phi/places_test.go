package phi_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectPlacesByShape covers the place rules that need no verb, only
// a preposition and the shape of the name: hospital acronyms, wards with
// their number, named facilities, saints, universities, possessive houses
// and towns of the gazetteer.
func TestDetectPlacesByShape(t *testing.T) {
	d := newDetector(t)
	tests := []detectCase{
		{"hospital acronym", "She was sent to MGH for a second opinion.", []want{{"MGH", phi.KindAddress}}},
		{"medical center acronym", "consult from the BVMC team this afternoon", []want{{"BVMC", phi.KindAddress}}},
		{"acronym in capitals", "PT KNOWS HE IS IN TRH AND THE DATE", []want{{"TRH", phi.KindAddress}}},
		{"acronym with its unit", "found down at home -> TRH EW today", []want{{"TRH EW", phi.KindAddress}}},
		{"university acronym", "My daughter had her surgery at UCSF last year", []want{{"UCSF", phi.KindAddress}}},
		{"ward with number", "Pt intubated on Halverston 6 for resp failure", []want{{"Halverston 6", phi.KindAddress}}},
		{"ward glued", "plan: transfer to halverston2 when bed available", []want{{"halverston2", phi.KindAddress}}},
		{"ward after label", "PLAN: HALVERSTON 2 WHEN BED AVAIL.", []want{{"HALVERSTON 2", phi.KindAddress}}},
		{"ward in spanish", "la pasaron al Pabellon 3 anoche", []want{{"Pabellon 3", phi.KindAddress}}},
		{"facility after at", "FAMILY REPORTS THAT AT GRACE MEMORIAL HER SKIN BROKE DOWN", []want{{"GRACE MEMORIAL", phi.KindAddress}}},
		{"facility lower case end", "She follows with Kessling hospital for her heart.", []want{{"Kessling hospital", phi.KindAddress}}},
		{"campus", "called out to a bed on mardell campus tonight", []want{{"mardell campus", phi.KindAddress}}},
		{"saint", "Was accepted by St. Brigid but cannot leave until Monday", []want{{"St. Brigid", phi.KindAddress}}},
		{"saint hospital in capitals", "PT FOUND UNRESPONSIVE IN ST MARY HOSPITAL. TRANSFERRED HERE", []want{{"ST MARY HOSPITAL", phi.KindAddress}}},
		{"university of state", "received from university of maryland hospital, intubated", []want{{"university of maryland", phi.KindAddress}}},
		{"u of state", "PRESENTED TO U OF MD MED CENTER ON ARRIVAL", []want{{"U OF MD MED CENTER", phi.KindAddress}}},
		{"possessive house", "when asked where he was he said at jonah fields's house, then slept", []want{{"jonah fields", phi.KindAddress}}},
		{"town after relative", "Social: Son from Elkhart called last night.", []want{{"Elkhart", phi.KindAddress}}},
		{"town in capitals", "PHONE CALL WITH PT'S SON IN ELKHART, PLAN MADE", []want{{"ELKHART", phi.KindAddress}}},
		{"town of two words", "Husband just started a new job in Palm Bay and she moved too", []want{{"Palm Bay", phi.KindAddress}}},
		{"everyday town words with a cue", "daughter returned to palm springs today", []want{{"palm springs", phi.KindAddress}}},
		{"town in a message", "I moved to Tupelo last month, please update my chart", []want{{"Tupelo", phi.KindAddress}}},
		{"city initials", "her proxy lives in DC.", []want{{"DC", phi.KindAddress}}},
		{"region", "FAMILY ARRIVED AT 2 AM FROM THE NORTH SHORE- DAUGHTER AND SON", []want{{"NORTH SHORE", phi.KindAddress}}},
		{"region in a message", "We just moved to the North Side, is there a closer clinic?", []want{{"North Side", phi.KindAddress}}},
		{"state hospital", "Pt admitted from MD Hospital at 1900. Was transferred here", []want{{"MD Hospital", phi.KindAddress}}},
		{"eponym town with its quote", "DAUGHTER (\"FROM MIAMI\") AND SON IN TO VISIT", []want{{"MIAMI", phi.KindAddress}}},
		{"spanish town after birth", "Mi hija nació el 3 de marzo en Guadalajara.", []want{{"Guadalajara", phi.KindAddress}}},
		{"spanish origin", "hola, soy de Oaxaca y necesito una cita", []want{{"Oaxaca", phi.KindAddress}}},
		{"spanish town lower case", "mi familia vive en tijuana.", []want{{"tijuana", phi.KindAddress}}},
	}
	runDetectCases(t, d, tests)
}

// TestDetectPlacesByShapeLeaveCareWords checks the same rules against the
// abbreviations, doses, settings and phrases of care notes and messages.
func TestDetectPlacesByShapeLeaveCareWords(t *testing.T) {
	d := newDetector(t)
	noPHI(t, d,
		"OOB to CH with assist of 2, NGT to LCS draining bile",
		"foley to gd, ogt to lws, ct to sxn with no air leak",
		"pt remains on Lopressor 25 bid and Lasix 20 iv",
		"started on NPH insulin and vanco 1 gm q12h",
		"on mech vent, PS 10/5, weaning to CPAP",
		"she is in poor health and on present medical regime",
		"to get hospital records, call the front desk",
		"transferred to the outside hospital for dialysis",
		"KEEP FAMILY AWARE OF PROGRESS/PLAN OF CARE",
		"SON AND DAUGHTER VISITING IN EARLY EVENING",
		"arrived on 3 gtts of Nitro, BP 150/70",
		"went to Target and then to the pharmacy",
		"I was in pain all night, can I come in?",
		"pt alert, orientedx3, CABGx4 in the past",
		"Can I pick up my refill at 3pm on Main St?",
		"Estoy en camino, llego en 10 minutos",
		"estoy en camino pero voy a llegar tarde como quince minutos",
		"El trámite está en Progreso, gracias",
		"la receta de Victoria es para el lunes",
		"turned to the left side, then to the lower end of the bed",
		"pain on the north side of the incision",
	)
}

// TestDetectKinInNotes covers names of family and visitors in care notes.
func TestDetectKinInNotes(t *testing.T) {
	d := newDetector(t)
	tests := []detectCase{
		{"relation glued by a hyphen", "SOCIAL:DAUGHTER-TANISHA CALLED, UPDATED ON PLAN", []want{{"TANISHA", phi.KindName}}},
		{"spanish relation glued", "Contacto: hija-Marisol, llamar en la tarde", []want{{"Marisol", phi.KindName}}},
		{"visitor before verb", "vss overnight. social: tom visited during the evening.", []want{{"tom", phi.KindName}}},
		{"caller after and", "wife updated, and ernesto called early this am for update.", []want{{"ernesto", phi.KindName}}},
		{"family name", "COMFORT MEASURES. KEEP CASTELLANO FAMILY AWARE OF PLAN OF CARE.", []want{{"CASTELLANO", phi.KindName}}},
		{"significant other", "pt was visited by significant other danny, updated on condition", []want{{"danny", phi.KindName}}},
		{"lower-case title", "7a-7p\nmrs novak is a nice woman admitted last night with a GIB.", []want{{"novak", phi.KindName}}},
		{"MS and surname in capitals", "HE HAS BEEN MAKING MS LOMBARDI HEALTH CARE DECISIONS", []want{{"LOMBARDI", phi.KindName}}},
		{"unlisted name after relative", "hypotension overnight. communication with husband radovan.", []want{{"radovan", phi.KindName}}},
		{"contact line", "Very devoted family. Tavita Oyelowo cell# 410-322-1419", []want{{"Tavita Oyelowo", phi.KindName}}},
		{"proxy", "Her health care proxy, Marlene Oduya, will call back", []want{{"Marlene Oduya", phi.KindName}}},
		{"capitalised surname in a lower-case note", "npn 11p-7a: Gerry Masci arrived in micu at 11pm for treatment of sepsis", []want{{"Gerry Masci", phi.KindName}}},
	}
	runDetectCases(t, d, tests)
	noPHI(t, d,
		"son-in-law visited today, family aware of plan",
		"the bill called for two payments, the will was signed",
		"husband visisted. wife agress that he is comfortable.",
		"Mr. and Mrs. are fine; MS intact, MS: alert",
		"the Smith-Lemli syndrome family history was negative",
	)
}

// TestDetectClinicalDates covers dates written after clinical events,
// lists of years, decades and years said in orientation checks.
func TestDetectClinicalDates(t *testing.T) {
	d := newDetector(t)
	tests := []detectCase{
		{"after extubation", "STABLE S/P EXTUBATION 3/8. DIURESED WELL.", []want{{"3/8", phi.KindDate}}},
		{"accident then in", "SP MV ACCIDENT 12/7 IN WHICH SHE FRACTURED A TIBIA", []want{{"12/7", phi.KindDate}}},
		{"event nearer than the vent", "wean from vent and extubate 3/11. Continue support.", []want{{"3/11", phi.KindDate}}},
		{"last culture", "If spikes again will need cx, last cx 3/23 in am.", []want{{"3/23", phi.KindDate}}},
		{"list of years", "S/P CABG 1957, 1971 ENDOCARDITIS", []want{{"1957", phi.KindDate}, {"1971", phi.KindDate}}},
		{"two-digit years after in", "PMHX CVA in 94 and 00 affected (R) side.", []want{{"94", phi.KindDate}, {"00", phi.KindDate}}},
		{"event year two words back", "CAD W CABG X5 99'. COPD ON HOME O2", []want{{"99", phi.KindDate}}},
		{"decade", "POSSIBLE MI IN 1980S AFTER OPEN CHOLE", []want{{"1980S", phi.KindDate}}},
		{"it is", "Orientation: knows it is 2020, not sure of month", []want{{"2020", phi.KindDate}}},
		{"saying", "then corrected self by saying 1999.", []want{{"1999", phi.KindDate}}},
		{"two days together", "HAD TREATMENTS 10/03/10/04 AND DUE FOR XRT AGAIN", []want{{"10/03/10/04", phi.KindDate}}},
		{"spanish event", "tuvo un accidente 12/7 en la carretera", []want{{"12/7", phi.KindDate}}},
		{"date cue nearer than a pain word", "DEVELOPED CP ON 10/23. BROUGHT IN BY EMS", []want{{"10/23", phi.KindDate}}},
	}
	runDetectCases(t, d, tests)
	noPHI(t, d,
		"pain 3/10 after extubation, cx 1/3 bottles positive",
		"CPAP 5/5 then extubated, tolerating 2/4 of meals",
		"given 2 units, 1500 and 2000 ml over the shift",
		"psv 10/5 of peep and 30% fio2",
		"c/o 5/10 midsternal CP, ECG done",
		"CP 4/10 resolved with one SL NTG",
		"he had 3/10 incisional pain at noon",
		"me duele 6/10 la espalda",
	)
}

// noPHI fails for each text in which d finds anything.
func noPHI(t *testing.T, d phi.Detector, texts ...string) {
	t.Helper()
	for _, text := range texts {
		spans, err := d.Detect(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(spans) != 0 {
			t.Errorf("%q: want no PHI, got %s", text, show(text, spans))
		}
	}
}

// TestDetectMessageForms covers forms of patient messages: a plus-one
// phone with its area code in parentheses, a weekday before a numeric
// date, a P.O. box with its town, and names that introduce or sign a
// message.
func TestDetectMessageForms(t *testing.T) {
	d := newDetector(t)
	tests := []detectCase{
		{"plus one and parentheses", "Text me at +1 (614) 555-0166 instead of email.", []want{{"+1 (614) 555-0166", phi.KindPhone}}},
		{"weekday before numeric date", "I need to cancel Tuesday 6/17.", []want{{"Tuesday 6/17", phi.KindDate}}},
		{"short weekday before numeric date", "can I move my appt to Fri 9/5?", []want{{"Fri 9/5", phi.KindDate}}},
		{"account with a letter first", "Her account # is A-55102-88.", []want{{"A-55102-88", phi.KindAccount}}},
		{"age with its unit glued", "Patient is 45yo, otherwise healthy.", []want{{"45yo", phi.KindAge}}},
		{"surname particles", "Ana and Luis de la Cruz are my kids.", []want{{"Luis de la Cruz", phi.KindName}}},
		{"dutch particles", "Forms for Anna van der Berg are ready", []want{{"Anna van der Berg", phi.KindName}}},
		{"initial and surname", "This is J. Whitfield returning your call.", []want{{"J. Whitfield", phi.KindName}}},
		{"irish surname", "KEVIN O'LEARY\n221 PARK AVE\nNEW YORK, NY 10003", []want{{"KEVIN O'LEARY", phi.KindName}}},
		{"newborn", "Re: Baby Boy Henderson, born 11/30/2025.", []want{{"Baby Boy Henderson", phi.KindName}}},
		{"spanish weekday before numeric date", "no puedo ir el martes 6/17, lo siento", []want{{"martes 6/17", phi.KindDate}}},
		{"po box with town", "Mail it to P.O. Box 2231, Grove City, OH 43123 please.", []want{{"P.O. Box 2231, Grove City, OH 43123", phi.KindAddress}}},
		{"signature small word", "Can I pick up my prescription tomorrow? Thanks - Will", []want{{"Will", phi.KindName}}},
		{"introduction lower case", "hi its dmitri again, any news on my MRI?", []want{{"dmitri", phi.KindName}}},
		{"spanish introduction", "hola soy yaretzi, necesito mi receta", []want{{"yaretzi", phi.KindName}}},
		{"name here", "Olu here, confirming Thursday at 2:30.", []want{{"Olu", phi.KindName}}},
		{"possessive before a relation", "I'm Maya's mom. She has an ear infection again.", []want{{"Maya", phi.KindName}}},
		{"unlisted possessive", "this is about Kwabenya's son, he needs a form", []want{{"Kwabenya", phi.KindName}}},
		{"kin title", "Grandma Ruth is staying with us for a while", []want{{"Grandma Ruth", phi.KindName}}},
		{"spanish kin title", "La Tía Carmen lo va a traer mañana", []want{{"Tía Carmen", phi.KindName}}},
		{"school", "The school is Indian Springs Elementary if you need to fax the form.", []want{{"Indian Springs Elementary", phi.KindAddress}}},
		{"high school", "She goes to Hilliard Davidson High School", []want{{"Hilliard Davidson High School", phi.KindAddress}}},
	}
	runDetectCases(t, d, tests)
	noPHI(t, d,
		"Thanks - will do, see you then",
		"the group supports its songwriters, composers and publishers",
		"its metoprolol again, can you refill it?",
		"anesthesia called STAT. Pt reintubated.",
		"Parking here, is that ok?",
		"SAT 94% ON 2L NC, Sun 15 min walk",
		"sating 98% on 2L. Contd rales, N/V. Droperidol not needed",
		"Take vitamin D. Please call if worse",
		"f/u tomorrow, C/O'ing of pain; the baby boy is fine",
		"Thanks, Best regards",
		"my mom's husband drove me, and the doctor's nurse called",
		"My son's High School needs a sports physical form",
		"We met after Sunday School at the Church",
		"my grandma is staying with us",
		"We Are Going Out Of Town For Christmas",
	)
}

// TestDetectBareStreets covers house numbers on a street written without
// its suffix, kept only with a ZIP code after them or a word of living
// before, and ages given after a name in parentheses.
func TestDetectBareStreets(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"with zip", "I live in Fairbank at 2200 Broadway, 94612", []want{{"2200 Broadway, 94612", phi.KindAddress}}},
		{"after moved to", "We moved to 9 Lakeview Terrace last week", []want{{"9 Lakeview Terrace", phi.KindAddress}}},
		{"after living at", "she is living at 41 Kingsway now.", []want{{"41 Kingsway", phi.KindAddress}}},
		{"spanish", "ahora vivo en 12 Reforma", []want{{"12 Reforma", phi.KindAddress}}},
		{"age after name in parentheses", "Grandma (Ruth Oyelaran, 93) needs a ride", []want{{"Ruth Oyelaran", phi.KindName}, {"93", phi.KindAge}}},
		{"age with its words", "he is 7 years old and has a fever", []want{{"7 years old", phi.KindAge}}},
		{"label with its id", "patient number MRN-553201, calling about my MRI", []want{{"MRN-553201", phi.KindMRN}}},
		{"account label", "on account ACCT 99-10342, I already paid", []want{{"ACCT 99-10342", phi.KindAccount}}},
		{"age with unit in parentheses", "My daughter Sofia (3 yrs) has an ear infection again.", []want{{"Sofia", phi.KindName}, {"3 yrs", phi.KindAge}}},
		{"colombian street", "Mi abuela vive en Carrera 15 #93-47, Apto 502, Bogotá, su teléfono es", []want{{"Carrera 15 #93-47, Apto 502, Bogotá", phi.KindAddress}}},
		{"age with words in parentheses", "my son Tyler (7 years old) has a fever", []want{{"7 years old", phi.KindAge}}},
		{"street named for a date", "vivo en Calle 5 de Mayo 214, Col. Centro, cp 06000", []want{{"Calle 5 de Mayo 214, Col. Centro", phi.KindAddress}}},
		{"age in spanish", "mi mamá Rosa de 78 años necesita cita", []want{{"78 años", phi.KindAge}}},
		{"relation is age", "My daughter is 16 and needs a sports physical", []want{{"16", phi.KindAge}}},
		{"ssn outside issued range after cue", "mi número de seguro social es 987-65-4320", []want{{"987-65-4320", phi.KindSSN}}},
	})
	noPHI(t, d,
		"Take 2 Tylenol, then call us.",
		"we switched to 2 Advil at night",
		"I will be there at 3 Friday.",
		"Room 204 at 3pm works.",
		"the pills are 500 mg, de 2 años de garantía no",
		"Order 987-65-4320 shipped",
	)
}

// TestHouseWithCurlyApostrophe: phones type "’s"; the span must end on a
// character boundary and redaction must work.
func TestHouseWithCurlyApostrophe(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"curly", "we were going to Ana’s place after", []want{{"Ana", phi.KindAddress}}},
		{"straight", "we were going to Ana's place after", []want{{"Ana", phi.KindAddress}}},
	})
	r, err := phi.NewRedactor(phi.RedactorConfig{Detector: d})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Redact(t.Context(), "going to Ana’s place"); err != nil {
		t.Errorf("Redact: %v", err)
	}
}
