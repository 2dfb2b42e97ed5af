package phi_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectSchemeIDs covers identifiers after the name of a national or
// insurance scheme, values written in spaced groups, letters heading a
// value, and cues such as "referral" or "contrato" that take only a value
// beyond doubt.
func TestDetectSchemeIDs(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"scheme acronym then no", "my SSS no. 34-1234567-8 is attached", []want{{"34-1234567-8", phi.KindID}}},
		{"camel case scheme then number", "our MediShield number is 7730-11920 ok", []want{{"7730-11920", phi.KindID}}},
		{"medicare in spaced groups", "her Medicare # 4417 20953 2 thanks", []want{{"4417 20953 2", phi.KindAccount}}},
		{"aadhar spaced", "son's aadhar is 7712 0098 3341 pls update", []want{{"7712 0098 3341", phi.KindID}}},
		{"letters heading a passport", "Passport no. KR 7730129 expires soon", []want{{"KR 7730129", phi.KindID}}},
		{"feminine afiliada with insurer", "mi madre está afiliada a OSDE 40-55123987-02", []want{{"40-55123987-02", phi.KindAccount}}},
		{"contract number", "el contrato es MAP20019384 de la aseguradora", []want{{"MAP20019384", phi.KindAccount}}},
		{"referral number", "the referral number is RF-448120 from ortho", []want{{"RF-448120", phi.KindID}}},
		{"health card in spanish", "mi tarjeta sanitaria es GMLP510302987014", []want{{"GMLP510302987014", phi.KindID}}},
		{"serial in groups", "the serial on the back reads 8812 4K7 2290", []want{{"8812 4K7 2290", phi.KindID}}},
		{"indian mobile after mob", "Mob: 91234 56780, anytime", []want{{"91234 56780", phi.KindPhone}}},
		{"birthday short cue", "his bday is 11/2 btw", []want{{"11/2", phi.KindDate}}},
		{"acronym with letters and digits", "my NHI is KLM4821 if you need it", []want{{"KLM4821", phi.KindID}}},
		{"acronym with a long run", "su NUSS es 28/7654321/90, gracias", []want{{"28/7654321/90", phi.KindID}}},
		{"acronym with dotted thousands", "RG 23.456.789-0 da paciente", []want{{"23.456.789-0", phi.KindID}}},
		{"acronym with dashed groups", "OHIP: 9876-543-210 expires soon", []want{{"9876-543-210", phi.KindID}}},
		{"hospital id in india", "UHID: 2023/118/4471 for my father", []want{{"2023/118/4471", phi.KindMRN}}},
		{"tax id after tin", "my TIN is 221-883-104-000", []want{{"221-883-104-000", phi.KindID}}},
	})
	noPHI(t, d,
		"Room no. 12 is on the left",
		"I have a referral to cardiology next week",
		"COVID no 2 doses yet",
		"the contract with my employer ends in May",
		"pagué con tarjeta 50 pesos",
		"I take 2 tabs, 500 mg each",
		"Suite no. 210, second floor",
		"the tin of formula was $25",
		"ABP 100-140, HR 70-90 overnight",
		"vent on AC 500x12/.50/5, PEEP 5",
		"MAP 65 and CVP 12 after fluids",
		"PLT 250 and WBC 12.5 today",
	)
}

// TestDetectRegionalAddresses covers addresses written from the home
// outwards, a unit before the house number, British street words, a
// street without its suffix told by its suite and state, rural routes,
// and the ends of Latin American street addresses.
func TestDetectRegionalAddresses(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"british close", "she is at 7 Willow Close, Market Harborough LE16 9AB now",
			[]want{{"7 Willow Close, Market Harborough", phi.KindAddress}, {"LE16 9AB", phi.KindZIP}}},
		{"flat before the number", "post it to Flat 4B, 22 Rosebery Gardens, Glasgow.",
			[]want{{"Flat 4B, 22 Rosebery Gardens, Glasgow", phi.KindAddress}}},
		{"indian home first", "send to House No. 14, Lake View Colony, Kondapur, Pune 411014 thanks",
			[]want{{"House No. 14, Lake View Colony, Kondapur, Pune", phi.KindAddress}, {"411014", phi.KindZIP}}},
		{"philippine block and lot", "we live at Blk 12 Lot 3, Villa Verde Subd., Brgy. San Isidro, Antipolo, Rizal.",
			[]want{{"Blk 12 Lot 3, Villa Verde Subd., Brgy. San Isidro, Antipolo, Rizal", phi.KindAddress}}},
		{"street without suffix and a suite", "our office: 200 E Wacker, Suite 1400, Chicago, IL 60601",
			[]want{{"200 E Wacker, Suite 1400, Chicago, IL 60601", phi.KindAddress}}},
		{"compass then unit", "I'm at 88 Peachtree St NE Unit 5, Atlanta, GA now",
			[]want{{"88 Peachtree St NE Unit 5, Atlanta, GA", phi.KindAddress}}},
		{"rural route", "mail it to Rural Route 3, Box 77, Elkins, WV 26241 thx",
			[]want{{"Rural Route 3, Box 77, Elkins, WV 26241", phi.KindAddress}}},
		{"highway contract route", "send the bill to HC 61 Box 9, Taos, NM", []want{{"HC 61 Box 9, Taos, NM", phi.KindAddress}}},
		{"australian unit", "we are in Unit 6, 18 Marine Parade, Southport QLD 4215 from May",
			[]want{{"Unit 6, 18 Marine Parade, Southport QLD", phi.KindAddress}, {"4215", phi.KindZIP}}},
		{"british flat without a street word", "Flat 1, 40 Kingsway, Swansea SA1 5JQ",
			[]want{{"Flat 1, 40 Kingsway, Swansea", phi.KindAddress}, {"SA1 5JQ", phi.KindZIP}}},
		{"suite before the number", "bill to Suite 210, 55 Water St, Portland, ME 04101",
			[]want{{"Suite 210, 55 Water St, Portland, ME 04101", phi.KindAddress}}},
		{"unit before a spanish street", "mi dirección nueva: Depto. 7C, Av. Santa Fe 2100, Palermo, gracias",
			[]want{{"Depto. 7C, Av. Santa Fe 2100, Palermo", phi.KindAddress}}},
		{"venezuelan house first", "vivimos en Casa 8, Calle Las Acacias, Urb. La Floresta, Maracay.",
			[]want{{"Casa 8, Calle Las Acacias, Urb. La Floresta, Maracay", phi.KindAddress}}},
		{"indian with an ordinal cross and a dash", "Flat No. 9, Lakshmi Towers, 3rd Cross, Jayanagar, Bengaluru - 560011.",
			[]want{{"Flat No. 9, Lakshmi Towers, 3rd Cross, Jayanagar, Bengaluru", phi.KindAddress}, {"560011", phi.KindZIP}}},
		{"uruguayan bulevar", "vivo en Bvar. España 2233 apto 4, Montevideo", []want{{"Bvar. España 2233 apto 4, Montevideo", phi.KindAddress}}},
		{"peruvian jiron", "estoy en Jr. Ayacucho 310, Miraflores, llámeme", []want{{"Jr. Ayacucho 310, Miraflores", phi.KindAddress}}},
		{"colombian way with a side", "vivo en Carrera 50 Norte # 12-40, Bello", []want{{"Carrera 50 Norte # 12-40, Bello", phi.KindAddress}}},
		{"mexican orientation and dotted state", "Calle Hidalgo 310 Ote., Col. Obispado, Saltillo, Coah. o en Av. Juárez 45 Nte., Centro, Mexicali, B.C.",
			[]want{{"Av. Juárez 45 Nte., Centro, Mexicali, B.C.", phi.KindAddress}}},
	})
	noPHI(t, d,
		"Is the X-ray in Suite 210, Building B, or upstairs?",
		"Room 4, 2nd floor, next to the lab",
		"I take 2 tabs, Lot 5 of the vaccine was recalled",
		"the copay was $45, Suite 300 takes cards",
		"Dr. Kim said Flat 2 is fine for the rash",
		"she is in Unit 4, Ward B, Level 2",
		"Suite 3, North Wing, Main Campus",
		"Door 3, Level 2, Main Building",
	)
}

// TestNoKindInClinicTalk checks texts where other PHI may be found but not
// the kind that a new rule would wrongly report.
func TestNoKindInClinicTalk(t *testing.T) {
	d := newDetector(t)
	for _, tc := range []struct {
		text string
		kind phi.Kind
	}{
		{"Lot 44512, Exp 06/2026, Moderna", phi.KindAddress},
		{"Ben is 2 weeks on antibiotics", phi.KindAge},
		{"Maria is 3 weeks postpartum and tired", phi.KindAge},
		{"Referral sent by Dr. Kim on 3/4, ref 22", phi.KindID},
	} {
		notKind(t, d, tc.text, tc.kind)
	}
}

// TestDetectDayWordsAndHolidays covers days written in words, a Spanish
// month abbreviation between dashes, and the dates that are not a
// patient's: a public holiday asked about, a month alone typed in lower
// case.
func TestDetectDayWordsAndHolidays(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"english ordinal after the month", "can we move it to October twenty-first in the morning?", []want{{"October twenty-first", phi.KindDate}}},
		{"ordinal before of", "she was seen on the second of June by the nurse", []want{{"second of June", phi.KindDate}}},
		{"spanish day word", "mi papá nació el dos de agosto de 1950", []want{{"dos de agosto de 1950", phi.KindDate}}},
		{"dashed spanish abbreviation", "ingresó el 03-Dic-2023 por neumonía", []want{{"03-Dic-2023", phi.KindDate}}},
		{"dashed english abbreviation", "discharged 21/Oct/2024 from the ward", []want{{"21/Oct/2024", phi.KindDate}}},
		{"appointment on a holiday date", "my appointment is December 25 at 3", []want{{"December 25", phi.KindDate}}},
	})
	noPHI(t, d,
		"Are you open on December 26 or is it a holiday?",
		"¿abren el 16 de septiembre? es feriado",
		"We hope to visit in july when school ends.",
		"I may first call the pharmacy",
		"first of all, thanks for the help",
		"it started 3 days ago",
		"Take 5 mg on the third day",
	)
}

// TestDetectLooseAges covers ages stated without their unit in Spanish,
// ages to come, rounded ages and a child's age in months.
func TestDetectLooseAges(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"bare spanish age", "mi abuelo tiene 91 y no camina bien", []want{{"91", phi.KindAge}}},
		{"rounded age", "mi suegra tiene 80 y tantos, vive sola", []want{{"80 y tantos", phi.KindAge}}},
		{"birthday soon", "la nena cumple 3 el sábado, necesita vacunas?", []want{{"3", phi.KindAge}}},
		{"age to come", "my husband will be 67 next month, does medicare cover it", []want{{"67", phi.KindAge}}},
		{"age to come with a month", "She'll be 12 in August and needs her shots", []want{{"12", phi.KindAge}}},
		{"child in months", "our son Mateo is 9 months and still not crawling", []want{{"9 months", phi.KindAge}}},
	})
	noPHI(t, d,
		"tiene 39 de fiebre desde ayer",
		"el niño tiene 38, ya le di paracetamol por la fiebre",
		"tengo 2 preguntas sobre la receta",
		"I'll be 10 minutes late",
		"it will be 30 in cash?",
		"She is 6 months pregnant and nauseous",
		"It is 3 months since my last visit",
		"the wait is 2 weeks",
		"Dr. Kim said 5 mg at 8 pm",
	)
}

// TestDetectJoinersAndClosingNames covers Catalan and Portuguese joiners between
// surnames, a family named after "the", a name closing the message after
// an exclamation, a given name told by how someone is keeping, and what
// stays no name: holiday greetings, a pronoun after a listed name.
func TestDetectJoinersAndClosingNames(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"catalan i", "Em dic Núria, de part de Marc Vidal i Soler, DNI 38211456M", []want{{"Marc Vidal i Soler", phi.KindName}}},
		{"portuguese e", "Meu nome é Ana Costa e Silva, preciso de uma consulta", []want{{"Ana Costa e Silva", phi.KindName}}},
		{"unlisted family", "Happy holidays from the Wojcikowski family to all of you", []want{{"Wojcikowski", phi.KindName}}},
		{"name ending the text", "nos vemos el martes, mil gracias! Chelo", []want{{"Chelo", phi.KindName}}},
		{"given name and how she keeps", "just so you know that maddie is doing much better today", []want{{"maddie", phi.KindName}}},
	})
	noPHI(t, d,
		"Merry Christmas and a happy new year to the whole team!",
		"Feliz Navidad a todos en la clínica",
		"my son is feeling better, thanks",
		"the pt's family called overnight",
		"tell Dr. Kim that it is doing fine",
		"Feeling better now, gracias! Saludos",
		"see you Monday, thanks! Abrazos",
	)
	spans, err := d.Detect(t.Context(), "mi prima Rocío, ella tiene asma")
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range spans {
		if sp.Kind == phi.KindName && sp.Start >= len("mi prima Rocío, ") {
			t.Errorf("a pronoun after a name read as a name: %s", show("mi prima Rocío, ella tiene asma", spans))
		}
	}
}
