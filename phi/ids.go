package phi

import "strings"

// This file holds the rules for identifiers that follow a cue ("MRN:
// 12345", "DOB 3/4/1950", "expediente 55-A", "DNI 32.456.789").

// idCues maps a folded cue word to the kind of the identifier after it.
var idCues = map[string]Kind{
	"mrn": KindMRN, "record": KindMRN, "chart": KindMRN, "expediente": KindMRN, "historia": KindMRN,
	"member": KindAccount, "subscriber": KindAccount, "policy": KindAccount, "poliza": KindAccount,
	"afiliado": KindAccount, "acct": KindAccount, "account": KindAccount, "cuenta": KindAccount,
	"invoice": KindAccount, "factura": KindAccount, "claim": KindAccount, "group": KindAccount,
	"insurance": KindAccount, "medicaid": KindAccount, "medicare": KindAccount,
	"ssn": KindSSN, "nss": KindSSN,
	"pager": KindPhone, "beeper": KindPhone, "pg": KindPhone, "pgr": KindPhone, "tel": KindPhone, "phone": KindPhone, "cell": KindPhone,
	"telefono": KindPhone, "celular": KindPhone, "movil": KindPhone, "ext": KindPhone,
	"extension": KindPhone, "fax": KindFax,
	"dob": KindDate, "birth": KindDate, "nac": KindDate, "born": KindDate, "nacimiento": KindDate, "birthday": KindDate,
	"license": KindID, "licence": KindID, "licencia": KindID, "passport": KindID, "pasaporte": KindID,
	"dni": KindID, "nie": KindID, "curp": KindID, "rfc": KindID, "id": KindID, "identificacion": KindID,
	"cedula": KindID, "vin": KindID, "plate": KindID, "placa": KindID, "serial": KindID, "device": KindID,
	"rut": KindID, "documento": KindID, "identidad": KindID, "cuit": KindID, "cuil": KindID, "cpf": KindID, "nif": KindID,
	"serie": KindID, "card": KindID, "carnet": KindID, "plan": KindAccount, "patient": KindMRN, "paciente": KindMRN,
	"afiliada": KindAccount, "bday": KindDate, "cumpleanos": KindDate,
	"contrato": KindAccount, "contract": KindAccount, "referral": KindID, "referencia": KindID, "tarjeta": KindID,
	"authorization": KindID, "autorizacion": KindID,
	// A commercial driver's licence, a legal case or docket ("re: case
	// 2025-CV-0112"; weak, so only a value beyond doubt).
	"cdl": KindID, "case": KindID, "docket": KindID,
	// A juror's participant number, an underwriter's or a lawyer's
	// reference ("participant # 1127-5530", "ref UW-22-58841"; weak).
	"participant": KindID, "juror": KindID, "ref": KindID,
	// A pharmacy's loyalty number and a police report's, as pharmacies
	// ask for them ("rewards # is 7011 4429 0385", "police report #
	// 24-318876" for a lost bottle; weak).
	"rewards": KindAccount, "police": KindID, "policia": KindID,
	// Benefits and courts: an EBT card, a court's cause number, a job
	// order ("my EBT card is 5077 …", "cause no. 23-1-02291-1", "Job #
	// INT-88213"; cause and job weak).
	"ebt": KindAccount, "cause": KindID, "job": KindID,
	// A case in Spanish and an insurer's authorization for equipment
	// ("número de caso GR-2024-118734", "auth H2409-33817"; weak).
	"caso": KindID, "auth": KindID,
	// An order's number in Spanish: "el número de orden es UC-558812" (weak).
	"orden": KindID,
	// Drug testing and employment: a donor's or a specimen's number, a
	// custody form's, an employee's abbreviated ("Número de donante:
	// D-558201", "emp # 7731").
	"donor": KindID, "donante": KindID, "specimen": KindID, "ccf": KindID, "emp": KindID,
	// An order in a pharmacy's app, "pedido W-30418867" (weak, so only a
	// value beyond doubt; "order #4881730-2291" is read by handles).
	"pedido": KindID,
	// Card and form labels: a lab's accession or folio, a Medicare MBI, a
	// device's serial (SN), a member or group in Spanish, a pharmacy
	// group (RxGRP; its BIN and PCN name the plan, see planCodes).
	"accession": KindID, "folio": KindID, "mbi": KindID, "sn": KindID, "miembro": KindAccount,
	"grupo": KindAccount, "grp": KindAccount, "rxgrp": KindAccount,
	// An employee's or badge number on a work form ("empleado n.º 00417").
	"employee": KindID, "empleado": KindID, "empleada": KindID, "badge": KindID,
	// A claim in Spanish, a billing statement, a prescription's number on
	// its label ("número de reclamo", "Statement # 4471-C", "Rx no.").
	"reclamo": KindAccount, "reclamacion": KindAccount, "statement": KindAccount, "rx": KindID,
	// National identity and health numbers named for their scheme.
	"aadhaar": KindID, "aadhar": KindID, "philhealth": KindID, "pesel": KindID, "nric": KindID, "mykad": KindID,
	"umid": KindID, "dui": KindID, "ihi": KindID, "tfn": KindID, "abha": KindID, "uhid": KindMRN, "tin": KindID,
	// A home device named for what it is, and the code that activates an
	// account or a device ("el tensiómetro es el OMR-BP7450-118274",
	// "número del aparato SPB-0217-4496", "activation code 7KQ2-MX9R-4TDP";
	// weak, so only a value beyond doubt; a code alone is often a
	// billing remark's, "remark code N130").
	"aparato": KindID, "tensiometro": KindID, "glucometro": KindID, "oximetro": KindID,
	"activation": KindID, "activacion": KindID, "access": KindID, "acceso": KindID,
	// Several at once: "their MRNs are MB-7720115 and MB-7720116".
	"mrns": KindMRN,
	// A research study's numbers for its participant ("Subject 104-0027",
	// "Screening # SCR-0419-027", "sujeto 3002-014"; weak, so only a value
	// beyond doubt: "Subject: Visit 4 reminder" is a mail's header).
	"subject": KindID, "sujeto": KindID, "screening": KindID, "participante": KindID, "study": KindID, "estudio": KindID,
}

// weakIDCues are cue words that also head ordinary phrases ("care plan",
// "patient portal", "card reader"): the value after them counts only when
// it looks like an identifier beyond doubt (see strongID).
var weakIDCues = setOf("pedido", "sn", "participant", "ref", "rewards", "police", "policia", "cause", "job", "caso", "auth", "orden", "grupo", "folio", "case", "docket", "serie", "card", "carnet", "plan", "patient", "paciente", "contrato", "contract", "referral",
	"referencia", "tarjeta", "authorization", "autorizacion", "tin", "statement", "rx",
	"aparato", "tensiometro", "glucometro", "oximetro", "activation", "activacion", "access", "acceso",
	"subject", "sujeto", "screening", "participante", "study", "estudio")

var idFillers = setOf("no", "number", "num", "numero", "nr", "is", "es", "id", "of", "de", "del", "la",
	"el", "my", "mi", "su", "his", "her", "the", "card", "tarjeta", "clinica", "medical", "date", "fecha", "sanitaria", "sanitario", "salud",
	"n", "nro", "was", "fue", "on", "en", "in", "seguro", "security", "social", "x", "changed", "to",
	"now", "new", "updated", "ahora", "cambio", "a", "nuevo", "nueva", "are", "son",
	// Where the number is held, or what reads it: "Rx # at Walgreens was
	// 0623418-07041", "card says 108234567WA".
	"at", "says", "reads", "shows", "dice",
	// A part of the value, or a word that names it again: "mrn ends in
	// 4471", "passport too: A0621...", "CDL, it's D412-...".
	"ends", "ending", "termina", "too", "also", "it's", "its",
	// "police report # 24-318876", "reporte de la policía".
	"report", "reporte",
	// A code, and where it was sent: "the activation code in the letter
	// (7KQ2-…)".
	"code", "codigo", "letter", "carta")

// hasDigit reports whether the value starting at token i (it and the
// tokens glued to it) holds a digit.
func (s *scan) hasDigit(i int) bool {
	for k := i; k >= 0 && k < len(s.toks) && (k == i || !s.toks[k].space); k++ {
		tk := s.toks[k]
		for b := tk.start; b < tk.end; b++ {
			if isDigit(s.text[b]) {
				return true
			}
		}
	}
	return false
}

// strongID reports whether the value starting at token i mixes letters and
// digits or has at least six digits.
func (s *scan) strongID(i int) bool {
	digits, letters := 0, 0
	for k := i; k < len(s.toks) && (k == i || !s.toks[k].space); k++ {
		tk := s.toks[k]
		for b := tk.start; b < tk.end; b++ {
			switch c := s.text[b]; {
			case isDigit(c):
				digits++
			case isASCIILetter(c):
				letters++
			}
		}
	}
	return digits >= 6 || (digits >= 3 && letters > 0)
}

// strongValue reports whether the text from start to end holds six digits
// or more, or three digits or more and opens with a letter or mixes
// letters in twice: not a measure such as "100cc" or "7-10days".
func (s *scan) strongValue(start, end int) bool {
	digits, letters, runs, dashes, other := 0, 0, 0, 0, 0
	for b := start; b < end; b++ {
		switch c := s.text[b]; {
		case isDigit(c):
			digits++
		case isASCIILetter(c):
			letters++
			if b == start || !isASCIILetter(s.text[b-1]) {
				runs++
			}
		case c == '-':
			dashes++
		default:
			other++
		}
	}
	// A serial that opens with a digit holds letters in two places at
	// least and nothing else ("8GN4QF2J7"), or in three places at least
	// between dashes ("7KQ2-MX9R-4TDP"); a measure holds one run ("100cc")
	// or a rate ("50-60CC/HR").
	return digits >= 6 || digits >= 3 && letters > 0 && (isASCIILetter(s.text[start]) ||
		runs >= 2 && letters >= 3 && dashes == 0 && other == 0 || runs >= 3 && letters >= 4 && other == 0)
}

// startsDecimal reports whether v opens with a decimal number ("99.6po",
// "102.8-99"): a measurement, not an identifier. Digits grouped in
// thousands by dots ("32.456.789", "1.023.456.789"), as national ids are
// written in Latin America and Spain, are no decimal.
func startsDecimal(v string) bool {
	i := 0
	for i < len(v) && isDigit(v[i]) {
		i++
	}
	return i > 0 && i+1 < len(v) && v[i] == '.' && isDigit(v[i+1]) && !dotGrouped(v)
}

// dotGrouped reports whether v is a number of one to three digits followed
// by at least two groups of three, each after a dot, and perhaps a check
// digit or two after a dash: "71.456.882", "12.345.678-K" (a Chilean RUT),
// "123.456.789-09" (a Brazilian CPF).
func dotGrouped(v string) bool {
	if d := strings.LastIndexByte(v, '-'); d > 0 && len(v)-d-1 >= 1 && len(v)-d-1 <= 2 {
		for k := d + 1; k < len(v); k++ {
			if !isDigit(v[k]) && v[k]|0x20 != 'k' {
				return false
			}
		}
		v = v[:d]
	}
	i := 0
	for i < len(v) && isDigit(v[i]) {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	groups := 0
	for i < len(v) && v[i] == '.' {
		j := i + 1
		for j < len(v) && isDigit(v[j]) {
			j++
		}
		if j-i-1 != 3 {
			return false
		}
		groups++
		i = j
	}
	return groups >= 2 && i == len(v)
}

// isDecimal reports whether v is a plain decimal number ("98.9").
func isDecimal(v string) bool {
	dot := false
	for i := 0; i < len(v); i++ {
		switch {
		case isDigit(v[i]):
		case v[i] == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return dot
}

// idAfterCue captures the identifier that follows the cue at token i.
func (s *scan) idAfterCue(i int, kind Kind) {
	s.idAfter(i, kind, weakIDCues[string(s.low(i))])
}

// idAfterScheme captures an identifier after a number word ("no",
// "number", "nr") or a '#' that follows the name of a scheme written as an acronym
// or in camel case: "PhilHealth no. 01-025678431-7", "SSS number
// 34-1234567-8", "NHIF No 8812345". Token i is the number word; the value
// must be an identifier beyond doubt.
func (s *scan) idAfterScheme(i int) {
	p := i - 1
	if p < 0 || s.upper || s.toks[p].kind != tWord || s.toks[i].nl || s.has(p, bIDCue|bUnit|bRoomCue|bPhoneCue|bFaxCue) {
		return
	}
	if s.punct(i, '#') && (s.toks[p].shape == caseUpper || s.toks[p].shape == caseMixed) {
		return // "CK #2 353/34": after an acronym, '#' counts draws; acronymID reads scheme numbers
	}
	kind := KindID
	if s.has(p, bStop) {
		if !s.has(p, bFacility) {
			return
		}
		kind = KindMRN // "hospital no. K0338471", "clinic number A-55102": the record number there
	}
	if sh := s.toks[p].shape; !(sh == caseMixed || sh == caseUpper && s.toks[p].end-s.toks[p].start >= 2) {
		if s.has(p, bClinical|bUnitsNext|bMonth|bRelation) || s.toks[p].end-s.toks[p].start < 4 || !s.labelledID(i) {
			return
		}
		// "employee number is BLS-20931", "badge no. K4471", "case number
		// CR-2231-A", "docket no. 2023-CV-00412": any noun then a number
		// word, when the value is an identifier beyond doubt.
	}
	s.idAfter(i, kind, true)
}

// idAfter captures the identifier that follows the cue at token i; a weak
// cue takes only a value beyond doubt.
func (s *scan) idAfter(i int, kind Kind, weak bool) {
	j := i + 1
	for steps := 0; j < len(s.toks) && steps < 5; steps++ {
		tk := s.toks[j]
		if tk.nl {
			return
		}
		if tk.kind == tPunct && (s.text[tk.start] == ':' || s.text[tk.start] == '#' || s.text[tk.start] == '|' ||
			s.text[tk.start] == '-' || s.text[tk.start] == '.' || s.text[tk.start] == '=' || s.text[tk.start] == '(') {
			j++ // also "MRN (553201)"
			continue
		}
		if tk.kind == tWord && s.has(j, bIDFiller) && (j+1 >= len(s.toks) || s.toks[j+1].space || s.punct(j+1, ':') ||
			s.punct(j+1, '.') && (j+2 >= len(s.toks) || s.toks[j+2].space)) {
			j++ // "is", "number"; but "A-55102-88" begins with its "A"
			continue
		}
		if s.numeroSign(j) {
			j += 3 // "n.º", "N.°": número, its ordinal sign glued after the stop
			continue
		}
		if tk.kind == tPunct && s.text[tk.start] == ',' && s.has(j+1, bIDFiller) {
			j++ // "número de cédula, es ..."
			continue
		}
		break
	}
	if j >= len(s.toks) || s.toks[j].nl {
		return
	}
	if !s.hasDigit(j) && (kind == KindID && s.is(i, "id") || kind == KindDate || kind == KindPhone) {
		return // "ID:" heads infectious-disease notes; dates and phones sit right after their cue
	}
	named, prefix := false, -1
	if !s.hasDigit(j) && !s.upper {
		// An insurer's or maker's name may come between, then the value
		// must be an identifier beyond doubt: "plan de Vital es
		// VTL0092281-01", "afiliado de OSDE es 61 234567 8 01".
		k := j
		for k < len(s.toks) && k < j+4 && !s.toks[k].nl && s.toks[k].kind == tWord && !s.hasDigit(k) &&
			(s.capitalized(k) || s.has(k, bIDFiller)) {
			k++
		}
		if k > j && k < len(s.toks) && s.hasDigit(k) && !s.toks[k].nl {
			if k == j+1 && s.toks[k].kind == tNum && s.toks[j].shape == caseUpper && s.toks[j].end-s.toks[j].start <= 4 {
				prefix = s.toks[j].start // "passport FH 482217", "historia clínica HC 2391847", "health card TREM 8551 2214": the letters head the value
			}
			j, named = k, true
		} else if weak {
			return
		}
	}
	if !s.hasDigit(j) {
		// A little further on, only an unmistakable identifier: letters
		// mixed with digits, or six digits or more ("license number for
		// the form is D123-4567").
		k := j
		for ; k < len(s.toks) && k < j+6 && !s.toks[k].nl; k++ {
			if s.toks[k].kind == tPunct && s.text[s.toks[k].start] != ',' {
				break
			}
			if s.hasDigit(k) {
				break
			}
		}
		if k >= len(s.toks) || !s.hasDigit(k) || !s.strongID(k) && s.spacedDigits(k) < 6 {
			return
		}
		j = k
	}
	// The value: adjacent word, number and '-', '/', '.' tokens with a digit;
	// or groups of digits apart by single spaces when the first is short
	// ("afiliado 61 234567 8 01"), kept whole only when six digits or more.
	start, end, digits := s.toks[j].start, s.toks[j].start, 0
	spaced := s.toks[j].kind == tNum && s.toks[j].end-s.toks[j].start <= spacedLead(kind)
	firstEnd, firstDigits := -1, 0
	for k := j; k < len(s.toks); k++ {
		tk := s.toks[k]
		if k > j && tk.space {
			if !spaced || tk.nl || tk.kind != tNum || !isDigit(s.text[s.toks[k-1].end-1]) || tk.start-s.toks[k-1].end != 1 {
				break
			}
			if firstEnd < 0 {
				firstEnd, firstDigits = end, digits
			}
		}
		if tk.kind == tPunct {
			c := s.text[tk.start]
			if (c != '-' && c != '/' && c != '.') || k+1 >= len(s.toks) || s.toks[k+1].space {
				break
			}
		}
		for b := tk.start; b < tk.end; b++ {
			if isDigit(s.text[b]) {
				digits++
			}
		}
		end = tk.end
	}
	if firstEnd >= 0 && digits < 6 {
		end, digits = firstEnd, firstDigits
	}
	if isDecimal(s.text[start:end]) || startsDecimal(s.text[start:end]) || hexCode(s.text[start:end]) {
		return // "ref 0x80049": a program's error code, no person's
	}
	if prefix >= 0 {
		start = prefix
	}
	if firstEnd >= 0 && s.toks[j].end-s.toks[j].start == 4 && digits >= 13 && j+1 < len(s.toks) && s.toks[j+1].end-s.toks[j+1].start == 4 &&
		s.covered(start, end, len(s.spans)) {
		// A payment card in groups of four, which the number rules named
		// ("2456 78901 0101", a Guatemalan DPI, is none); one they did not
		// (no card checksum: "my EBT card is 5077 1820 4433 9016") is the
		// cue's.
		return
	}
	if (weak || named) && !s.strongValue(start, end) {
		return
	}
	if digits == 0 || end-start < 3 || ((kind == KindPhone || kind == KindFax) && digits < 4) {
		return
	}
	rule := "id.cue"
	if kind == KindDate {
		if c := s.text[start]; !isDigit(c) && !((c == 'O' || c == 'o' || c == 'l' || c == 'I') && start+1 < len(s.text) &&
			(isDigit(s.text[start+1]) || s.text[start+1] == '/')) {
			// A form's name, not the date: "DOB on her I-94 is
			// 01/01/1950" (an OCR'd "O6/l5/l964" is a date).
			return
		}
		rule = "date.birth"
	}
	if (kind == KindMRN || kind == KindAccount || kind == KindID) && s.toks[i].shape == caseUpper &&
		s.toks[i].end-s.toks[i].start <= 5 && (j == i+1 || j == i+2 && s.toks[i+1].kind == tPunct && s.text[s.toks[i+1].start] != '(') {
		// A label in capitals right before its value ("MRN-553201",
		// "ACCT 99-10342") goes with it: hidden together.
		start = s.toks[i].start
	}
	conf := 0.9
	if firstEnd >= 0 && s.toks[j].end-s.toks[j].start <= 3 || dotGrouped(s.text[start:end]) {
		conf = 0.92 // above a phone cue further back: "número de afiliado 61 234567 8 01"
	}
	s.add(start, end, kind, conf, rule)
	if k := s.tokenAt(end); kind != KindDate && k+1 < len(s.toks) && !s.toks[k].nl && !s.toks[k+1].nl &&
		(s.is(k, "and") || s.is(k, "y") || s.punct(k, '&')) && s.hasDigit(k+1) {
		s.idAfter(k, kind, true) // "their MRNs are MB-7720115 and MB-7720116": the next of a list, beyond doubt
	}
}

// hexCode reports a value written as a hexadecimal constant, "0x80049":
// an error code of a program.
func hexCode(v string) bool {
	if len(v) < 3 || v[0] != '0' || v[1] != 'x' && v[1] != 'X' {
		return false
	}
	for i := 2; i < len(v); i++ {
		if c := v[i] | 0x20; !isDigit(v[i]) && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// numeroSign reports whether tokens j..j+2 spell the abbreviation of
// número with its ordinal sign: "n.º", "N.°", "n.o".
func (s *scan) numeroSign(j int) bool {
	if !s.is(j, "n") || !s.punct(j+1, '.') || j+2 >= len(s.toks) || s.toks[j+2].space || s.toks[j+2].nl {
		return false
	}
	v := s.text[s.toks[j+2].start:s.toks[j+2].end]
	return v == "º" || v == "°" || v == "o" || v == "O"
}

// spacedLead is the longest first group of digits that may open a value
// written in groups apart by single spaces: "2953 61847 1" (an Australian
// Medicare number), "5821 4470 9936" (an Aadhaar); for a phone, "98205
// 55341" (an Indian mobile).
func spacedLead(kind Kind) int {
	if kind == KindPhone || kind == KindFax {
		return 5
	}
	return 4
}

// spacedDigits counts the digits of the value at token i read as groups
// apart by single spaces, each group opening with a digit: "2219 3F0 4471"
// holds ten.
func (s *scan) spacedDigits(i int) int {
	n := 0
	for k := i; k < len(s.toks); k++ {
		tk := s.toks[k]
		if k > i && tk.space && (tk.nl || tk.kind != tNum || tk.start-s.toks[k-1].end != 1 || !isDigit(s.text[s.toks[k-1].end-1])) {
			break
		}
		if tk.kind == tPunct {
			break
		}
		for b := tk.start; b < tk.end; b++ {
			if isDigit(s.text[b]) {
				n++
			}
		}
	}
	return n
}

// acronymID records an identifier right after an acronym that names its
// scheme, the way people write ids of schemes no list can hold: "NHI
// ZAC5361", "OHIP 1234-567-890", "RG 12.345.678-9", "cartão SUS 898 0012
// 3456 7890". Token i is the acronym: two to five capitals that are no
// clinical abbreviation or other known word, in text that is not written
// in capitals. The value must be an identifier beyond doubt, so that a lab
// value after its abbreviation stays ("PLT 250", "LDL 142").
func (s *scan) acronymID(i int) {
	tk := s.toks[i]
	if s.upper || tk.end-tk.start < 2 || tk.end-tk.start > 5 || tk.lex&^(bFirst|bLast|bCommon|ruleOnlyBits) != 0 || planCodes[string(s.low(i))] ||
		s.hasDigit(i) || s.has(i-1, bIDCue) || s.has(i-2, bIDCue) && s.has(i-1, bIDFiller) {
		return // "afiliada PAMI 15-...": the cue before names the kind
	}
	j := i + 1
	for j < len(s.toks) && j < i+4 && (s.punct(j, ':') || s.punct(j, '#') || s.is(j, "es") || s.is(j, "is") ||
		s.is(j, "no") || s.is(j, "number") || s.punct(j, '.') && s.is(j-1, "no")) {
		j++
	}
	if j >= len(s.toks) || s.toks[j].nl || !s.toks[j].space || !s.hasDigit(j) || !s.schemeValue(j) {
		return
	}
	s.idAfter(i, KindID, true)
}

// schemeValue reports whether the value at token j has the shape of an
// identifier rather than of clinical figures ("100-140", "18/500/.50",
// "400x12x40"): letters then four digits or more ("ZAC5361"), a run of six
// digits or more, digits grouped in thousands by dots, or groups of three
// digits or more, apart by spaces or dashes, holding ten digits or more
// ("898 0012 3456 7890", "1234-567-890").
func (s *scan) schemeValue(j int) bool {
	start, end := s.toks[j].start, s.toks[j].end
	for k := j + 1; k < len(s.toks) && !s.toks[k].space; k++ {
		end = s.toks[k].end
	}
	v := strings.TrimRight(s.text[start:end], ",.;:)")
	if v == "" {
		return false
	}
	if dotGrouped(v) {
		return true
	}
	digits, run, maxRun, minRun, letters := 0, 0, 0, 99, 0
	for b := 0; b <= len(v); b++ {
		if b < len(v) && isDigit(v[b]) {
			digits++
			run++
			continue
		}
		if run > 0 {
			maxRun, minRun = max(maxRun, run), min(minRun, run)
		}
		run = 0
		if b < len(v) && isASCIILetter(v[b]) {
			letters++
		}
	}
	switch {
	case maxRun >= 6:
		return true
	case strings.ContainsAny(v, "/.") || letters > 0 && !isASCIILetter(v[0]):
		return false
	case letters > 0:
		return digits >= 4
	}
	total := digits
	if s.spacedDigits(j) > digits {
		total = s.spacedDigits(j)
		for k := j + 1; k < len(s.toks) && !s.toks[k].nl && (s.toks[k].kind == tNum || !s.toks[k].space); k++ {
			if s.toks[k].kind == tNum && s.toks[k].space {
				minRun = min(minRun, s.toks[k].end-s.toks[k].start)
			}
		}
	}
	return total >= 10 && minRun >= 3
}

// labelledID reports whether the value after the number word i (past
// "is", ":", "#" or a stop) has the shape of an identifier whatever noun
// named it: capital letters and three digits or more ("BLS-20931"), or
// digits joined to letters by dashes ("2023-CV-00412").
func (s *scan) labelledID(i int) bool {
	j := i + 1
	for j < len(s.toks) && j < i+4 && (s.punct(j, '.') || s.punct(j, ':') || s.punct(j, '#') || s.is(j, "is") || s.is(j, "es")) {
		j++
	}
	if j >= len(s.toks) || s.toks[j].nl {
		return false
	}
	switch {
	case s.toks[j].kind == tWord && s.toks[j].shape == caseUpper:
		return s.strongID(j)
	case s.toks[j].kind == tNum && s.punct(j+1, '-') && !s.toks[j+1].space:
		for k := j + 2; k < len(s.toks) && !s.toks[k].space; k++ {
			if s.toks[k].kind == tWord && s.toks[k].shape == caseUpper {
				return s.strongID(j) // "2023-CV-00412", "88-120457-QX"
			}
		}
	}
	return false
}
