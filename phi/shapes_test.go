package phi_test

import (
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectAgeShapes covers ages glued to "yo" before a parenthesis or a
// possessive, a half after the unit, and an age in years stated after a
// name with "is".
func TestDetectAgeShapes(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"glued yo in parentheses", "my daughter Priya (a 6yo) fell off her bike", []want{{"6yo", phi.KindAge}}},
		{"glued yo possessive", "the 9yo's inhaler ran out", []want{{"9yo", phi.KindAge}}},
		{"months and a half", "el niño tiene 7 meses y medio y no duerme", []want{{"7 meses y medio", phi.KindAge}}},
		{"years and a half", "she is 2 years and a half now", []want{{"2 years and a half", phi.KindAge}}},
		{"years after a name with is", "My grandson Kipchoge is 6 years and has a cough", []want{{"6", phi.KindAge}}},
		{"years after a relation with is", "my daughter is 15 years and still wets the bed", []want{{"15", phi.KindAge}}},
	})
	noPHI(t, d,
		"I have had this cough for 3 years and it is worse at night",
		"the pain is 6 out of 10 and it is 2 weeks since the fall",
		"yo tengo dolor desde hace 3 meses y medio",
	)
}

// TestDetectNamesAfterLabels covers names after an addressee label, a
// stressed pronoun set apart by commas, bare initials after a cue, Luo
// surnames spelt with a closing apostrophe, and a signature after a
// two-word Spanish sign-off that goes on to a labelled phone.
func TestDetectNamesAfterLabels(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"attn colon", "Send the letter to my employer, Attn: Dana Whitlock, HR", []want{{"Dana Whitlock", phi.KindName}}},
		{"attn in capitals", "records request ATTN: Ruben Okpara please", []want{{"Ruben Okpara", phi.KindName}}},
		{"stressed pronoun", "Si pasa algo, llámenme a mí, Teresa, al 555 0101.", []want{{"Teresa", phi.KindName}}},
		{"initials after this is", "This is T.K. from the noon slot, please call back", []want{{"T.K.", phi.KindName}}},
		{"initials after a relation", "my son D.J. has a rash on his arm", []want{{"D.J.", phi.KindName}}},
		{"luo surname", "Hello, my name is Akinyi Oking'. I need a refill", []want{{"Akinyi Oking'", phi.KindName}}},
		{"luo surname curly", "I am Odhiambo Oching’, calling for my wife", []want{{"Odhiambo Oching’", phi.KindName}}},
		{"saludos cordiales", "Saludos cordiales, Yaritza Quenguan Tisoy - Tel. (305) 555-0199", []want{{"Yaritza Quenguan Tisoy", phi.KindName}}},
	})
	// The apostrophe goes with the name; a quoted word keeps its quotes out.
	spans, err := d.Detect(t.Context(), "my name is Akinyi Oking'. thanks")
	if err != nil {
		t.Fatal(err)
	}
	if len(spans) != 1 || !strings.HasSuffix("my name is Akinyi Oking'. thanks"[:spans[0].End], "'") {
		t.Errorf("Luo apostrophe not kept: %v", spans)
	}
	noPHI(t, d,
		"This is U.S. policy, not ours",
		"It's P.M. already and nobody called",
		"Attention: all patients must wear masks",
		"Our new Sr. Software Engineer starts Monday",
		"She works as Sr. Project Manager at the plant",
		"me tomé la Ella anoche, ¿funciona todavía?",
		"I took the Julie pill too late",
	)
	// A quoted word keeps its closing quote out of any span.
	quoted := "I said 'Ming' to him"
	if spans, err := d.Detect(t.Context(), quoted); err != nil {
		t.Fatal(err)
	} else {
		for _, sp := range spans {
			if strings.HasSuffix(quoted[sp.Start:sp.End], "'") {
				t.Errorf("quote taken into a span: %s", show(quoted, spans))
			}
		}
	}
	// A firm after a job title is no person.
	noSpanOfKind(t, d, phi.KindName, "firm taken as a name",
		"Kind regards, Office Manager, Lindqvist Engineering, 2nd floor",
		"my supervisor, Okonjo Logistics, needs the note")
}

// TestDetectLabelledNumbers covers identifiers after any noun and "no." or
// "#" when digits join letters by dashes, hospital and clinic numbers,
// prescription, statement and Spanish claim numbers.
func TestDetectLabelledNumbers(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"docket number", "Docket no. 2023-CV-00412 is the court case", []want{{"2023-CV-00412", phi.KindID}}},
		{"ticket hash", "Ticket # 4471209-AB was opened", []want{{"4471209-AB", phi.KindID}}},
		{"hospital number", "he was at the infirmary, hospital no. R5512093", []want{{"R5512093", phi.KindMRN}}},
		{"clinic number", "her clinic number A-55102 is on the card", []want{{"A-55102", phi.KindMRN}}},
		{"rx number", "please refill Rx #4410983-07 for me", []want{{"4410983-07", phi.KindID}}},
		{"statement number", "statement number 55120934-C shows a charge", []want{{"55120934-C", phi.KindAccount}}},
		{"spanish claim", "el número de reclamación es RX-20019377", []want{{"RX-20019377", phi.KindAccount}}},
	})
	noPHI(t, d,
		"I was in hospital no. 3 for a week",
		"Rx 20 mg daily and my rx is lisinopril",
		"Page no. 12 and room # 402 are wrong",
		"the statement says I owe 250.00",
		"CK #2 was 353 and trending down",
		"Order # 77-KD is late",
	)
}

// TestDetectShortYearsAndLastOccasions covers a two-digit birth year after
// a day and month, a month/day after "my last ... was", zero-padded
// month/day dates, and a year of tenure that is no date.
func TestDetectShortYearsAndLastOccasions(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"dob short year", "Hi, DOB 3 Mar 79, I need a refill", []want{{"3 Mar 79", phi.KindDate}}},
		{"born short year", "he was born 12 Oct 64 in a village", []want{{"12 Oct 64", phi.KindDate}}},
		{"last was", "my last pap was 3/4 I think", []want{{"3/4", phi.KindDate}}},
		{"ultima fue", "la última regla fue 2/5 creo", []want{{"2/5", phi.KindDate}}},
		{"zero padded", "the shot was given 03/05 at the pharmacy", []want{{"03/05", phi.KindDate}}},
	})
	noPHI(t, d,
		"strength is 4/5 in the left arm",
		"my last pain score was 4/5",
		"I have been a patient here since 2016.",
		"soy paciente desde 2012 y nunca tuve problemas",
	)
}

// TestDetectHomeFirstAndPostalDistricts covers home-first addresses with
// towns opened by an everyday word, saint parishes and roads placed by a
// preposition, a city's postal district after a street, and the postcode
// and post town after a P.O. box.
func TestDetectHomeFirstAndPostalDistricts(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"lot with parish", "Mama lives at Lot 22 Bushy Park District, Old Road, St. Thomas. Call me",
			[]want{{"Lot 22 Bushy Park District, Old Road, St. Thomas", phi.KindAddress}}},
		{"house off a road", "We are at House No. 9, Githurai, off Kamiti Road, Nairobi County. Thanks",
			[]want{{"House No. 9, Githurai, off Kamiti Road, Nairobi County", phi.KindAddress}}},
		{"postal district", "I live at 4 Pearse Street, Dublin 2. Thanks", []want{{"4 Pearse Street, Dublin 2", phi.KindAddress}}},
		{"po box with postcode and town", "Post it to P.O. Box 80-40100, Kisumu or call me",
			[]want{{"P.O. Box 80-40100, Kisumu", phi.KindAddress}}},
		{"po box with town", "Send it to PO Box 1234, Eldoret. Thanks", []want{{"PO Box 1234, Eldoret", phi.KindAddress}}},
	})
	// A decimal after a town is no postal district.
	text := "I live at 45 Main Street, Springfield 3.5 miles out"
	spans, err := d.Detect(t.Context(), text)
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range spans {
		if sp.Kind == phi.KindAddress && strings.Contains(text[sp.Start:sp.End], "3") {
			t.Errorf("decimal taken as a postal district: %s", show(text, spans))
		}
	}
	noPHI(t, d,
		"Plot twist: the lab lost my sample",
		"we need 5 more forms, off the record",
	)
}

// TestDetectFormsAndLetters covers what the requests for forms and
// letters of messages26.txt found missing, in other words: alien
// registration numbers, a juror's participant number, an underwriter's
// reference, the last four of a social security number told with
// "termina en", a name in the possessive before a family word (also an
// everyday word, or opening its sentence) or before an owned thing with a
// word between, and a name whose cue took its possessive along.
func TestDetectFormsAndLetters(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"alien number in groups", "for the I-130 packet, my A-number is A-097-551-302", []want{{"A-097-551-302", phi.KindID}}},
		{"alien number glued", "número de extranjero A087441239, para la carta", []want{{"A087441239", phi.KindID}}},
		{"participant number", "I got a summons, participant # 4410-2287, can you excuse me?", []want{{"4410-2287", phi.KindID}}},
		{"underwriter ref", "the insurer's ref LX-40-11872 is on the questionnaire", []want{{"LX-40-11872", phi.KindID}}},
		{"ssn termina en", "la forma pide mi seguro social, termina en 3318", []want{{"3318", phi.KindSSN}}},
		{"everyday given name before dad", "This is Marcus, Hope's dad, about her sports form", []want{{"Marcus", phi.KindName}, {"Hope", phi.KindName}}},
		{"full name opening, grandmother", "Skyler Benton's grandmother has custody now.", []want{{"Skyler Benton", phi.KindName}}},
		{"owned thing after a word", "the daycare says Mila's vaccine form is out of date", []want{{"Mila", phi.KindName}}},
		{"cue without the possessive", "I talked with Dorian Pike's mother yesterday", []want{{"Dorian Pike", phi.KindName}}},
	})
	noPHI(t, d,
		"Walmart's manager signed the work note",
		"the school's immunization form is attached",
		"A1c was 7.2 and my B12 is fine",
		"see ref 12 in the handout",
		"Mother's Day is Sunday, are you open?",
	)
}

// TestDetectPharmacyTalk covers what the pharmacy messages of
// messages27.txt found missing, in other words: a street address whose
// "St." is followed by a capitalised word, an address in parentheses, a
// name after a Spanish title in lower case, a pharmacy's rewards number
// and a police report's number.
func TestDetectPharmacyTalk(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"St. then a capital", "your order is at 1290 N Maple St. Bring your ID", []want{{"1290 N Maple St", phi.KindAddress}}},
		{"address in parentheses", "mándenla a su casa (4417 S 12th St, Tacoma 98405) por favor", []want{{"4417 S 12th St", phi.KindAddress}, {"98405", phi.KindZIP}}},
		{"señor in lower case", "recojo la receta del señor Anselmo Vidaurre mañana", []want{{"Anselmo Vidaurre", phi.KindName}}},
		{"doña in lower case", "la insulina es para doña Remedios", []want{{"Remedios", phi.KindName}}},
		{"rewards number", "my CVS rewards # is 6610 2284 1973 if you need it", []want{{"6610 2284 1973", phi.KindAccount}}},
		{"police report", "bottles were stolen, police report # 25-700412", []want{{"25-700412", phi.KindID}}},
	})
	noPHI(t, d,
		"gracias señor Dios por la salud",
		"took 2 Tylenol. Feeling better",
		"the lab report 12 pages long",
	)
}

// TestDateInParenthesesKeepsThem: a date in parentheses is detected
// without them, a phone in parentheses with them.
func TestDateInParenthesesKeepsThem(t *testing.T) {
	d := newDetector(t)
	for text, want := range map[string]string{
		"su fecha de nacimiento (04/11/1947) y": "04/11/1947",
		"call me (253-555-0188) after 5":        "(253-555-0188)",
	} {
		spans, err := d.Detect(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(spans) != 1 || text[spans[0].Start:spans[0].End] != want {
			t.Errorf("Detect(%q) = %s, want the span %q", text, show(text, spans), want)
		}
	}
}

// TestDetectSocialServices covers what the social-services messages of
// messages28.txt found missing, in other words: an alien number whose
// digits look like a phone, a benefits card in groups of four with no
// card checksum, an officer's name, a caseworker named after her role, a
// court's cause number and a job order.
func TestDetectSocialServices(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"alien number like a phone", "su número A A-304-552-781 va en la carta", []want{{"A-304-552-781", phi.KindID}}},
		{"EBT in fours", "my EBT card is 6012 4477 2093 5518 if you need it", []want{{"6012 4477 2093 5518", phi.KindAccount}}},
		{"officer", "his parole officer is Officer Lindgren, she needs the letter", []want{{"Lindgren", phi.KindName}}},
		{"caseworker by role", "my caseworker Talia will drop off the release form", []want{{"Talia", phi.KindName}}},
		{"cause number", "the hearing is under cause no. 24-2-01183-7 next week", []want{{"24-2-01183-7", phi.KindID}}},
		{"job order", "interpreter request, Job # SPN-40721, Thursday 9am", []want{{"SPN-40721", phi.KindID}}},
	})
	noPHI(t, d,
		"the social worker said the shelter is full",
		"our job is hard because 2 nurses quit",
	)
}

// TestDetectIdentityChecks covers what the identity checks of
// messages29.txt found missing, in other words: the last four of a social
// security number told with no word for it, a user name of letters alone
// after its label, and a name signed after a question.
func TestDetectIdentityChecks(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"last four alone", "DOB 02/17/1969, last four is 8841, can you talk to me now?", []want{{"8841", phi.KindSSN}}},
		{"últimos cuatro", "mi fecha es 3/5/1990 y mis últimos cuatro son 2207", []want{{"2207", phi.KindSSN}}},
		{"plain user name", "somebody changed my password, username kvanderhoek", []want{{"kvanderhoek", phi.KindID}}},
		{"name after a question", "¿Me pueden llamar hoy? Graciela Montoya", []want{{"Graciela Montoya", phi.KindName}}},
	})
	noPHI(t, d,
		"the last 4 months 2020 were hard on us",
		"my username is the same as before",
	)
	noSpanOfKind(t, d, phi.KindSSN, "a card's last four", "visa card, last four 5521")
}

// TestDetectEquipmentOrders covers what the equipment orders of
// messages30.txt found missing, in other words: a case number in Spanish
// and an insurer's authorization.
func TestDetectEquipmentOrders(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"número de caso", "la aseguradora dice número de caso MX-2025-04417 para la silla", []want{{"MX-2025-04417", phi.KindID}}},
		{"auth", "Aetna auth P7781-22094 covers the hospital bed through June", []want{{"P7781-22094", phi.KindID}}},
	})
	noPHI(t, d,
		"en ese caso tomo 2 pastillas",
		"do you need an auth for the walker?",
	)
}

// TestDetectFamilyHistory covers what the family histories of
// messages31.txt found missing, in other words: years of birth and death
// after "b.", "d.", "born", "died", ages at a diagnosis or a death ("ca
// at 48", "died at 52 of", "dx 61", "a los 78"), and diseases named after
// people read as names.
func TestDetectFamilyHistory(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"b. and d. years", "Grandfather: Otto Brandt, b. 1922, d. 1997, colon ca", []want{{"1922", phi.KindDate}, {"1997", phi.KindDate}}},
		{"died in year", "my aunt Hilde died in 2011 of ovarian cancer", []want{{"2011", phi.KindDate}}},
		{"ca at age", "sister had breast ca at 41 and is doing well", []want{{"41", phi.KindAge}}},
		{"died at age of", "our father died at 57 of a stroke", []want{{"57", phi.KindAge}}},
		{"dx age", "paternal uncle prostate ca dx 63", []want{{"63", phi.KindAge}}},
		{"a los", "mi abuelo tuvo un infarto a los 66", []want{{"66", phi.KindAge}}},
	})
	noPHI(t, d,
		"please call me at 5 pm about the form",
		"tiene Huntington, ¿debería hacerme la prueba?",
	)
}

// TestDetectOutsideRecords covers what the records requests of
// messages32.txt found missing, in other words: an order's number in
// Spanish.
func TestDetectOutsideRecords(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"número de orden", "el laboratorio dice que el número de orden es LB-204471", []want{{"LB-204471", phi.KindID}}},
	})
	noPHI(t, d, "los atienden en orden de llegada")
}

// TestDetectWorkplaceTesting covers what the occupational health messages
// of messages33.txt found missing, in other words: a drug test donor's and
// a specimen's numbers, a custody form's, an employee number written
// "emp #".
func TestDetectWorkplaceTesting(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"donor id", "my donor ID on the paperwork was DT-660193", []want{{"DT-660193", phi.KindID}}},
		{"donante", "su número de donante: R-402871", []want{{"R-402871", phi.KindID}}},
		{"specimen", "specimen number 0071542286 came back dilute", []want{{"0071542286", phi.KindID}}},
		{"ccf", "CCF # 5529104 was attached to the email", []want{{"5529104", phi.KindID}}},
		{"emp", "HR says my emp # is 48813", []want{{"48813", phi.KindID}}},
	})
	noPHI(t, d, "the specimen cup was leaking", "she is an organ donor")
}

// TestDetectImmunizationRecords covers what the immunization and public
// health messages of messages34.txt found, in other words: a date after
// "close contact on" (read as the practice closing), a name after "la
// mamá de" or "the father of", two ages told together, a name signed
// before a phone number, and a form letter's "Dear Parent", which is
// nobody's name.
func TestDetectImmunizationRecords(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"close contact", "your son was a close contact on 3/14/2025 at practice", []want{{"3/14/2025", phi.KindDate}}},
		{"la mamá de", "hola, soy la mamá de Valentina Cruz y necesito su cartilla", []want{{"Valentina Cruz", phi.KindName}}},
		{"the father of", "I'm the father of Valentina, she needs her shots", []want{{"Valentina", phi.KindName}}},
		{"tienen y años", "mis hijos tienen 4 y 9 años y vamos a viajar", []want{{"4", phi.KindAge}, {"9 años", phi.KindAge}}},
		{"we're and", "My husband and I are retired. We're 71 and 74, do we need the shingles shot?", []want{{"71", phi.KindAge}, {"74", phi.KindAge}}},
		{"kids are and", "the kids are 6 and 11 and both need boosters", []want{{"6", phi.KindAge}, {"11", phi.KindAge}}},
		{"signed with a phone", "Puede venir a la casa? Rosa Paredes 253-555-0177", []want{{"Rosa Paredes", phi.KindName}, {"253-555-0177", phi.KindPhone}}},
	})
	noPHI(t, d,
		"are you open on July 3?",
		"Dear Parent/Guardian, flu shots are here",
		"take 5 and 8 mg at night",
		"we were 5 and 10 minutes late",
		"the mother of all colds",
	)
}

// TestCountriesAreNoPHI checks that a country, like a state, is no
// identifier, while a town named with it is.
func TestCountriesAreNoPHI(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"town, country", "he lives in Accra, Ghana with his aunt", []want{{"Accra", phi.KindAddress}}},
	})
	noPHI(t, d, "I'm going to Ghana next month for work", "she lives in Brazil now", "vamos a Honduras en diciembre")
}

// TestDetectLegalMatters covers what the legal messages of messages35.txt
// (proxies, guardianship, custody, subpoenas, immigration letters) found,
// in other words: an alien number written with a space after its A, a
// court's case number after "No.", a name before "stepmom", and the state
// of Washington and a records custodian, which are nobody's names.
func TestDetectLegalMatters(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"A space", "para la corte, mi número A es A 087-412-556", []want{{"A 087-412-556", phi.KindID}}},
		{"case number", "Re: In re the Marriage of Ortiz, No. 23-3-00418-7, custody records", []want{{"23-3-00418-7", phi.KindID}}},
		{"stepdad", "this is Kayden's stepdad, can I pick up his records?", []want{{"Kayden", phi.KindName}}},
	})
	noPHI(t, d,
		"can a teenager consent to counseling in Washington?",
		"Dear Records Custodian: please see the attached request",
		"the No. 2 pencil and the No. 10 envelope",
	)
}

// TestDetectDischarges covers what the hospital discharges and transitions
// of messages36.txt found, in other words: two dates joined by a dash or
// an en dash, an age in parentheses after a relation, a Spanish date with
// a time after it, a name before the cue of its date of birth, a name
// after a lower-case "don", and Medicare, which is nobody's name.
func TestDetectDischarges(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"en dash range", "stay was 3/14/25–3/18/25 at the rehab", []want{{"3/14/25", phi.KindDate}, {"3/18/25", phi.KindDate}}},
		{"hyphen range", "billed for 11/2/24-11/5/24", []want{{"11/2/24", phi.KindDate}, {"11/5/24", phi.KindDate}}},
		{"age in parentheses", "my grandpa (81 years old) and grandma (79) are both home now", []want{{"81 years old", phi.KindAge}, {"79", phi.KindAge}}},
		{"date then time", "cita con cardiología: 22 de mayo 10:30", []want{{"22 de mayo", phi.KindDate}}},
		{"name before DOB", "discharge meds for Walter Brandt (DOB 2/9/41)", []want{{"Walter Brandt", phi.KindName}, {"2/9/41", phi.KindDate}}},
		{"don", "ayer hablé con don Ramiro sobre su alta", []want{{"don Ramiro", phi.KindName}}},
	})
	noPHI(t, d, "is the Medicare card enough?", "the kids (3) all have colds", "we close for lunch, pages 10–12 of the packet")
}

// TestDetectCommunityWorkers covers what the messages of community health
// workers, interpreters and volunteers in messages37.txt found, in other
// words: ages in a household's list split by semicolons, a name that is
// also a word before its age in parentheses, "de 4 añitos", and the
// Spanish pronoun "Ella" and a form's name after "DOB", which are neither
// a name nor a date.
func TestDetectCommunityWorkers(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"semicolons", "Household: husband Omar Haddad, 44; son Yusuf, 9", []want{{"Omar Haddad", phi.KindName}, {"44", phi.KindAge}, {"Yusuf", phi.KindName}, {"9", phi.KindAge}}},
		{"name (age)", "necesitan vacunas: Esperanza (6 años) y Mateo (4 años)", []want{{"Esperanza", phi.KindName}, {"6 años", phi.KindAge}, {"Mateo", phi.KindName}, {"4 años", phi.KindAge}}},
		{"de añitos", "la nieta de 3 añitos tiene fiebre", []want{{"3 añitos", phi.KindAge}}},
		{"form after DOB", "DOB on his I-94 is 03/15/1962", []want{{"03/15/1962", phi.KindDate}}},
	})
	noPHI(t, d, "Ella no habla inglés, ¿me pueden mandar la carta en español?")
}

// TestDetectYoungPeople covers what the messages young people wrote
// themselves in messages38.txt found, in other words: a social network's
// handle with its "@" (a dot inside it, the sentence's after it), and a
// word shouted in capitals after "my mom", which is no name.
func TestDetectYoungPeople(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"handle with a dot", "or dm me, my insta is @jay.rivera_07 lol", []want{{"@jay.rivera_07", phi.KindID}}},
		{"handle then a full stop", "add me on snap @kaylee22.", []want{{"@kaylee22", phi.KindID}}},
	})
	noPHI(t, d,
		"my dad CANNOT find out about this appointment",
		"email the office @ noon if you can",
		"can we meet @5pm",
	)
}

// TestDetectMilitaryFamilies covers what the messages of service members,
// veterans and their families in messages39.txt found, in other words: a
// name printed surname first in capitals, as a referral or a card prints
// it, is one span; a signature after a dash.
func TestDetectMilitaryFamilies(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"surname first", "Sponsor: RAMIREZ, DANIEL J / DoD ID on file", []want{{"RAMIREZ, DANIEL J", phi.KindName}}},
		{"dash signature", "Can you fax the referral today? — Lucía Herrera", []want{{"Lucía Herrera", phi.KindName}}},
	})
}

// TestDetectIslandMoves covers what the messages of families from Puerto
// Rico, the Dominican Republic and Cuba in messages41.txt found, in other
// words: a town after a Spanish verb of moving, arriving or staying and
// "a" or "para".
func TestDetectIslandMoves(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"llega a", "mi tío llega a Tacoma el viernes", []want{{"Tacoma", phi.KindAddress}}},
		{"me mudé para", "el mes pasado me mudé para Federal Way", []want{{"Federal Way", phi.KindAddress}}},
		{"estaba en", "estaba en Hialeah con mi prima", []want{{"Hialeah", phi.KindAddress}}},
	})
	noPHI(t, d, "¿atienden a menores sin papás?", "voy a la farmacia para comprar las pastillas")
}
