package phi_test

import (
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// untouched checks that no span of d over text overlaps piece.
func untouched(t *testing.T, d phi.Detector, text, piece string) {
	t.Helper()
	i := strings.Index(text, piece)
	if i < 0 {
		t.Fatalf("bad test: %q not in %q", piece, text)
	}
	spans, err := d.Detect(t.Context(), text)
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range spans {
		if sp.Start < i+len(piece) && i < sp.End {
			t.Errorf("%q: want %q unmarked, got %s", text, piece, show(text, spans))
			return
		}
	}
}

// TestDetectCardLabels covers values after the labels of insurance cards,
// lab slips and work forms, and the plan's own codes (BIN, PCN), a
// provider's NPI and lot numbers, which name no person.
func TestDetectCardLabels(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"pharmacy group", "Member ID: QTR55012 | RxGRP: HX2207 | RxBIN: 017010",
			[]want{{"HX2207", phi.KindAccount}}},
		{"spanish group and member", "Núm. de miembro: AZP-44120987 | Grupo: B-77201",
			[]want{{"AZP-44120987", phi.KindAccount}, {"B-77201", phi.KindAccount}}},
		{"value after a table bar", "Policy # | MXQ-5512078-02 | Plan | Silver",
			[]want{{"MXQ-5512078-02", phi.KindAccount}}},
		{"lab accession", "Collected 3/3 | Accession: QP771204K | HbA1c 6.1%",
			[]want{{"QP771204K", phi.KindID}}},
		{"lab folio", "Folio: QM-2025-009911 | Colesterol 180 mg/dL",
			[]want{{"QM-2025-009911", phi.KindID}}},
		{"medicare mbi", "MEDICARE MBI: 5TR2-WQ8-HN41 SECONDARY: AARP",
			[]want{{"5TR2-WQ8-HN41", phi.KindID}}},
		{"device serial opening with a digit", "pump SN: 4KD7PX91R stopped alarming",
			[]want{{"4KD7PX91R", phi.KindID}}},
		{"employee number", "the form says employee no. 88213 at the warehouse",
			[]want{{"88213", phi.KindID}}},
		{"numero sign", "trabajador, empleada n.º 30718 de la planta",
			[]want{{"30718", phi.KindID}}},
		// Home devices named for what they are, and an activation code
		// sent in a letter (messages42).
		{"blood pressure monitor", "mi tensiómetro nuevo es el QRB-MT2210-40917, ¿lo ven?",
			[]want{{"QRB-MT2210-40917", phi.KindID}}},
		{"device in spanish", "número del aparato TXL-3304-8812, ya no manda nada",
			[]want{{"TXL-3304-8812", phi.KindID}}},
		{"activation code in a letter", "the activation code in the letter (9PW4-HT7K-2MZC) is rejected",
			[]want{{"9PW4-HT7K-2MZC", phi.KindID}}},
		{"record number in parentheses", "MRN (8812047) on the wristband",
			[]want{{"8812047", phi.KindMRN}}},
		// Twins' record numbers in a list, a records portal's access code,
		// a newborn's age in days (messages43).
		{"record numbers listed", "the twins' MRNs are TG-5520318 and TG-5520319 at the NICU",
			[]want{{"TG-5520318", phi.KindMRN}, {"TG-5520319", phi.KindMRN}}},
		{"access code", "the share link needs access code 4RT8-KW2M to open",
			[]want{{"4RT8-KW2M", phi.KindID}}},
		{"newborn's days", "mi bebé Lucía tiene 12 días y no hace popó",
			[]want{{"12 días", phi.KindAge}}},
	})
	for _, tc := range []struct{ text, piece string }{
		{"RxBIN: 004682 | RxPCN: CN | Group: 44120", "004682"},
		{"BIN 610097 PCN 9999", "610097"},
		{"the clinic NPI is 1730294856 for the claim", "1730294856"},
		{"Shingrix Lot# 7XK22, exp 09/30/2027, right arm", "09/30/2027"},
		{"sensor lot 8830127, expires 2027-05-31, works fine", "8830127"},
		{"sensor lot 8830127, expires 2027-05-31, works fine", "2027-05-31"},
		{"the rate was 40-80ML/HR overnight per the SN: 40-80ML/HR", "40-80ML/HR"},
		// A program's error code and a billing remark's are no person's.
		{"login locked (ref 0x80049F) after three tries", "0x80049F"},
		{"Plan paid $0.00 Remark code N130 / what is this", "N130"},
		// A pregnancy's weeks told by the writer are no age; a record
		// number and a birth date after "and" stay what they are.
		{"en la eco salió que tengo 9 semanas", "9 semanas"},
		{"MRN 553201 and DOB 01/02/2020 for the chart", "DOB"},
		// Animals' names: set right before by the animal, or said to be a
		// pet just after (messages46).
		{"our dog Biscuit nipped my son on the hand", "Biscuit"},
		{"mi perro Toby se comió una pastilla mía", "Toby"},
		{"Steve is my dachshund and he ate my ibuprofen", "Steve"},
	} {
		untouched(t, d, tc.text, tc.piece)
	}
	// A personal card's expiry stays a date.
	runDetectCases(t, d, []detectCase{
		{"licence expiry", "my driver license D4410273, exp 02/14/2030, ok?", []want{{"02/14/2030", phi.KindDate}}},
	})
}

// TestDetectFormNames covers names after form and card labels: capitals,
// SURNAME, GIVEN with two names each and a closing initial, an
// abbreviated surname, and a card holder's label.
func TestDetectFormNames(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"surname first with initial", "Lab report / Patient: QUINTANA, MIRIAM T DOB: 02/02/1977",
			[]want{{"QUINTANA, MIRIAM T", phi.KindName}}},
		{"two surnames two given", "ASEGURADO: PEÑA ROBLES, JUAN CARLOS | Vigencia: 2026",
			[]want{{"PEÑA ROBLES, JUAN CARLOS", phi.KindName}}},
		{"short given name in capitals", "Paciente: ORTIZ, EVA | Edad: 50",
			[]want{{"ORTIZ, EVA", phi.KindName}}},
		{"capitals up to the next label", "PATIENT NAME: WALTER BRIGGS SEX: M DOB: 01/05/1950",
			[]want{{"WALTER BRIGGS", phi.KindName}}},
		{"abbreviated surname", "la orden a nombre de PEDRO L. ya salió",
			[]want{{"PEDRO L.", phi.KindName}}},
		{"subscriber label", "Subscriber: Helena Marsh | Relationship: Self",
			[]want{{"Helena Marsh", phi.KindName}}},
		{"signed after a dash", "Please call back after 5. - Rosario",
			[]want{{"Rosario", phi.KindName}}},
		{"staff after a clinic and a dash", "Sent from Oak Clinic - Maria Lopez",
			[]want{{"Maria Lopez", phi.KindName}}},
	})
	for _, tc := range []struct{ text, piece string }{
		{"Can Dr. Kowalczyk call me back?", "Kowalczyk"},
		{"See you Monday. - Front Desk", "Front Desk"},
		{"pickup at 900 SE Hawthorne today", "Hawthorne"},
		{"Mensaje de Farmacia Guadalupe: su pedido está listo", "Guadalupe"},
		{"my lawyer Ann Price of Price & Kendall wants records", "Kendall"},
		{"Preferred: Corner Pharmacy - Belmont | PCP: Dr. Yu", "Belmont"},
	} {
		untouched(t, d, tc.text, tc.piece)
	}
}

// TestDetectFormAges covers ages in form fields, "N-month-old" and ages
// told in an unpunctuated voice message.
func TestDetectFormAges(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"age label in capitals", "SEX: M  AGE: 58  MRN: 4471", []want{{"58", phi.KindAge}}},
		{"spanish age label", "Alumno: Leo | Edad: 11 | Grado: 5", []want{{"11", phi.KindAge}}},
		{"años in short hand", "Edad: 37 a | Sexo: F", []want{{"37 a", phi.KindAge}}},
		{"month-old", "our 5-month-old is teething", []want{{"5-month-old", phi.KindAge}}},
		{"week-old", "a 3-week-old with jaundice", []want{{"3-week-old", phi.KindAge}}},
		{"spoken age before a new clause", "my son he's twelve his school needs the form", []want{{"twelve", phi.KindAge}}},
	})
	for _, tc := range []struct{ text, piece string }{
		{"Grade: 4 | Room: 12", "4"},
		{"she's two minutes away", "two"},
	} {
		untouched(t, d, tc.text, tc.piece)
	}
}

// TestDetectSpokenForms covers a phone told in words opening "five oh"
// and a written date whose year is told in words.
func TestDetectSpokenForms(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"phone opening with oh", "call me at two oh six five five five oh one nine eight thanks",
			[]want{{"two oh six five five five oh one nine eight", phi.KindPhone}}},
		{"year in thousands", "her birthday is june ninth two thousand fifteen ok",
			[]want{{"june ninth two thousand fifteen", phi.KindDate}}},
		{"year in hundreds", "her birthday is june fifth nineteen fifty-one ok",
			[]want{{"june fifth nineteen fifty-one", phi.KindDate}}},
		{"spanish year", "nació el 4 de enero de dos mil diez", []want{{"4 de enero de dos mil diez", phi.KindDate}}},
		{"OCR birth date", "FECHA NAC.: O3/l1/l982 SEXO: M", []want{{"O3/l1/l982", phi.KindDate}}},
	})
	untouched(t, d, "see you May 4 twenty minutes early", "twenty")
}

// TestDetectOrganisationContacts covers an organisation's own line, fax,
// mailbox and letterhead address, which are left unmarked, and a private
// person's, which are not.
func TestDetectOrganisationContacts(t *testing.T) {
	d := newDetector(t)
	for _, tc := range []struct{ text, piece string }{
		{"Letter from Summit Orthopedics, 410 Pine Ave, Boise ID, main fax 208-555-0144", "208-555-0144"},
		{"Letter from Summit Orthopedics, 410 Pine Ave, Boise ID, main fax 208-555-0144", "410 Pine Ave"},
		{"you can call the hospital main line 208-555-0100 too", "208-555-0100"},
		{"Manager: Joe | HR fax: 208-555-0122 | Start", "208-555-0122"},
		{"do you have your fax, I think it is 208-555-0133, handy?", "208-555-0133"},
		{"PCP: Dr. Lowe, Maple Valley Clinic, (208) 555-0155", "(208) 555-0155"},
		{"I wrote to billing@mapleclinic.org last week", "billing@mapleclinic.org"},
		{"is the pharmacy at 77 Elm St open late?", "77 Elm St"},
		{"¿la dirección sigue siendo 12 Main St, o cambió?", "sigue"},
	} {
		untouched(t, d, tc.text, tc.piece)
	}
	runDetectCases(t, d, []detectCase{
		{"home fax", "fax it to my home fax 208-555-0177 please", []want{{"208-555-0177", phi.KindFax}}},
		{"person's mailbox", "write to nina.holt@gmail.com", []want{{"nina.holt@gmail.com", phi.KindEmail}}},
		{"patient's address", "I moved to 88 Birch Rd, Nampa", []want{{"88 Birch Rd", phi.KindAddress}}},
	})
}

// TestClinicianInFullStaysNeutral: a clinician's title before a full name
// ("Dr. Miriam Castellanos") keeps the name neutral, as for "Dr. Lee",
// whichever practice they work in: a staff reply naming a doctor must not
// read as patient PHI.
func TestClinicianInFullStaysNeutral(t *testing.T) {
	d := newDetector(t)
	for _, text := range []string{
		"she was referred by Dr. Miriam Castellanos from the county clinic",
		"Dr. Jane Whitaker will call you tomorrow about the results",
		"la Dra. Patricia Anaya la verá el jueves",
	} {
		notKind(t, d, text, phi.KindName)
	}
}
