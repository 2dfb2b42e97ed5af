package phi_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectCarersMessages: forms found missed in carers' and relatives'
// messages (messages14.txt), in words other than that set's: an age
// stated before "if", a town after "I'm in", a prescription number held
// "at" a pharmacy.
func TestDetectCarersMessages(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"age before if", "my grandson is staying with us, he's 6 if that changes the dose", []want{{"6", phi.KindAge}}},
		{"age before so", "she's 91 so the stairs are hard", []want{{"91", phi.KindAge}}},
		{"I'm in a town", "I'm in Tucson this week and my mother is alone", []want{{"Tucson", phi.KindAddress}}},
		{"estoy en", "estoy en Phoenix con mi hermana hasta el lunes", []want{{"Phoenix", phi.KindAddress}}},
		{"rx at a pharmacy", "the Rx # at Safeway was 4471023-00912", []want{{"4471023-00912", phi.KindID}}},
	})
	noSpanOfKind(t, d, phi.KindAddress, "a holiday or a ward taken as a place",
		"is the office open the Monday after Labor Day?",
		"are you closed for Memorial Day weekend?",
		"I'm in Recovery Room 2 waiting")
}

// TestDetectPastedDocuments: forms found missed in documents pasted into
// a chat (messages15.txt), in words other than that set's: the display
// name of a personal address in a mail header, and an age with its unit
// right after a name on a form.
func TestDetectPastedDocuments(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"mail header", "Cc: Dev Raghunathan <dev.r1990@gmail.com> / Subject: mom", []want{{"Dev Raghunathan", phi.KindName}}},
		{"age on a form", "Participant Tomas Okonkwo-Bell 9 yrs / Allergies: none", []want{{"9 yrs", phi.KindAge}}},
	})
	noSpanOfKind(t, d, phi.KindName, "an office's display name read as a person's",
		"From: Harbor Billing Office <billing-noreply@harborhealth.org>",
		"De: Citas Clínica Norte <citas@clinicanorte.mx>")
}

// TestDetectQuickReplies: forms found missed in quick SMS and WhatsApp
// replies (messages16.txt), in words other than that set's.
func TestDetectQuickReplies(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"initial signs off", "ok got it, will bring her at 9. - Danielle K", []want{{"Danielle K", phi.KindName}}},
		{"zip after a unit", "moved!! 14 Birch Ln Apt 3 98405 now", []want{{"98405", phi.KindZIP}}},
		{"two-digit year", "me llamo Lucía Prado, nací el 2 de marzo del 91", []want{{"2 de marzo del 91", phi.KindDate}}},
		{"card says", "the molina card says MOL55120934 on the back", []want{{"MOL55120934", phi.KindID}}},
		{"está en", "mi esposo está en Monterrey hasta el domingo", []want{{"Monterrey", phi.KindAddress}}},
		{"estoy en, two words", "estoy en San Pedro Sula con mi mamá", []want{{"San Pedro Sula", phi.KindAddress}}},
	})
	noSpanOfKind(t, d, phi.KindAddress, "a state or a home taken as a town",
		"estoy en Texas con mi hermana", "está en casa ya")
}

// TestDetectBillingTalk: forms found missed in billing conversations
// (messages18.txt), in words other than that set's: the last four of a
// social security number or a card, a town after a street, a first name
// that is also a month, an identifier by its shape alone.
func TestDetectBillingTalk(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"ssn last 4", "for verification the last 4 of my social are 2290", []want{{"2290", phi.KindSSN}}},
		{"últimos cuatro", "los últimos cuatro del seguro social: 7714", []want{{"7714", phi.KindSSN}}},
		{"card ending", "I paid with my debit card ending in 9051 yesterday", []want{{"9051", phi.KindAccount}}},
		{"town after street", "send it to 77 Alder St, Puyallup please", []want{{"77 Alder St, Puyallup", phi.KindAddress}}},
		{"a month's name", "soy hermana de Julio Montes Díaz, el paciente", []want{{"Julio Montes Díaz", phi.KindName}}},
		{"a shape alone", "it came back under QPX400917263, can you look?", []want{{"QPX400917263", phi.KindID}}},
	})
	noSpanOfKind(t, d, phi.KindID, "a setting or a dose read as an identifier",
		"vent on AC 600x50x12, PEEP 5", "I take 500mg twice a day since 2019")
	noSpanOfKind(t, d, phi.KindSSN, "a count read as an SSN", "I have 4 kids, my social worker said call at 3100")
}

// TestDetectWorldNames: names the US lists do not hold (messages19.txt's
// kind, in words other than that set's): a name in its own script, a
// Korean date, a nickname in parentheses, a name as a card prints it, a
// Vietnamese name by its letters.
func TestDetectWorldNames(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"hangul", "my mother Kim Soon-ja (김순자) needs a refill", []want{{"김순자", phi.KindName}}},
		{"cyrillic", "patient Ivan Petrenko (Іван Петренко) has an appointment", []want{{"Іван Петренко", phi.KindName}}},
		{"korean date", "생일 1948년 11월 2일 입니다, born in Busan", []want{{"1948년 11월 2일", phi.KindDate}}},
		{"nickname", "soy María Guadalupe Torres Ruiz (Lupita), mamá de Ana", []want{{"Lupita", phi.KindName}}},
		{"card prints", "her passport says NGUYEN THI LAN so use that", []want{{"NGUYEN THI LAN", phi.KindName}}},
		{"vietnamese", "Ông Trần Văn Đức cần hẹn lại, thank you", []want{{"Trần Văn Đức", phi.KindName}}},
	})
	noSpanOfKind(t, d, phi.KindName, "a language or a place taken as a name",
		"my son needs an interpreter (Spanish) for Friday", "El Café Tacuba está cerrado hoy")
}

// TestDetectWorkAndSchool: forms found missed in work and school notes
// (messages20.txt), in words other than that set's: a coach's or a
// teacher's name after the title, "se llama", a town that names a place
// of work; a nurse practitioner in Spanish stays a clinician.
func TestDetectWorkAndSchool(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"coach", "Coach Lindgren needs the sports physical by Friday", []want{{"Lindgren", phi.KindName}}},
		{"professor", "Professor Okonjo asked for a note for the exam", []want{{"Okonjo", phi.KindName}}},
		{"se llama", "su jefe se llama Tomás Ibarra y necesita la nota", []want{{"Tomás Ibarra", phi.KindName}}},
		{"a warehouse town", "I hurt my back at the Tukwila warehouse on Monday", []want{{"Tukwila", phi.KindAddress}}},
		{"una obra en", "me lastimé la mano en la obra de Lakewood", []want{{"Lakewood", phi.KindAddress}}},
	})
	noSpanOfKind(t, d, phi.KindName, "a clinician read as a patient",
		"me atendió la enfermera practicante Lindqvist el martes")
}

// TestDetectThreads: forms found missed in threads and quoted text
// (messages21.txt), in words other than that set's: the senders of a
// pasted chat, a name before what a patient has at a clinic, a listed
// name that is also a word before its stated age, an age after a name
// closed by a full stop; and what is no person: a relation opening a chat
// line, a note's capitalised sections, a weekday in the possessive, a
// nurse signing with her credential.
func TestDetectThreads(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"chat stamp", "[5/2/26, 7:03 PM] Nico: did dad eat? / [5/2/26, 7:05 PM] Roxana: a little", []want{{"Nico", phi.KindName}, {"Roxana", phi.KindName}}},
		{"chat lines", "Pancho: la presión sigue alta / Yo: ¿cuánto? / Pancho: 170 sobre 100", []want{{"Pancho", phi.KindName}}},
		{"possessive visit", "could we move Jayden's appointment to the afternoon?", []want{{"Jayden", phi.KindName}}},
		{"word-name possessive", "the school needs Hope's shots record", []want{{"Hope", phi.KindName}}},
		{"word-name aged", "Rose is 4 and a half years old and has an earache", []want{{"Rose", phi.KindName}, {"4 and a half", phi.KindAge}}},
		{"age then stop", "Paciente: Mateo Ibarra, 12 años. Tiene tos", []want{{"12 años", phi.KindAge}}},
	})
	noSpanOfKind(t, d, phi.KindName, "a chat's relation, a note's sections, a weekday, a credentialed nurse",
		"[6/1/26 08:10] Papá: ya desayunó / [6/1/26 08:12] Mamá: llamamos más tarde",
		"RESP: clear / CV: RRR / RESP: unchanged",
		"Subject: refill / Note: thanks / Subject: refill again",
		"can we keep Friday's appointment?",
		"Call us with questions. / Marta Quiroga, RN")
}

// TestDetectStaffNotes: forms found missed in the practice's own staff
// notes (messages22.txt), in words other than that set's: an initial and
// a surname in a callback list, a given name that is also a country
// before a surname, a town after "se mudó a"; and a country's word before
// a firm's stays no person.
func TestDetectStaffNotes(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"initial in a list", "no-shows to call back: / R. Whitcomb 11/4 / Dana Ruiz 11/5", []want{{"R. Whitcomb", phi.KindName}}},
		{"Jordan as a name", "walk-in Jordan Smith asked about his labs", []want{{"Jordan Smith", phi.KindName}}},
		{"Israel as a name", "llamó Israel Gómez por su receta", []want{{"Israel Gómez", phi.KindName}}},
		{"se mudó a", "la paciente se mudó a Puyallup y no ha dado su dirección", []want{{"Puyallup", phi.KindAddress}}},
	})
	noSpanOfKind(t, d, phi.KindName, "a country before a firm",
		"Kenya Airways lost my bag with my inhaler")
}

// TestDetectHandles: forms found missed among digital identifiers
// (messages23.txt), in words other than that set's: user names after
// their label, an app's order number, an IPv6 address, a name signed alone
// as the last sentence, an age after a name closed by a full stop; and
// times, a short order code and a closing are none.
func TestDetectHandles(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"username", "I can't log in, my username is rgomez_1984 and it says locked", []want{{"rgomez_1984", phi.KindID}}},
		{"usuario de la app", "mi usuario de MiSalud es ana.perez.77, ¿me lo desbloquean?", []want{{"ana.perez.77", phi.KindID}}},
		{"order sign", "the CVS app says order #4420193-2201 is ready but they can't find it", []want{{"4420193-2201", phi.KindID}}},
		{"ipv6", "alert: new sign-in from 2001:db8:85a3:8d3:1319:8a2e:370:7348, was that you?", []want{{"2001:db8:85a3:8d3:1319:8a2e:370:7348", phi.KindIP}}},
		{"signed alone", "Please add my allergy to penicillin to my chart. Elena Vidal", []want{{"Elena Vidal", phi.KindName}}},
		{"age then stop", "This is for my father, Walter Brandt, 84. He needs a new walker order.", []want{{"84", phi.KindAge}}},
	})
	noSpanOfKind(t, d, phi.KindIP, "a time of day", "the call is at 10:30:45 sharp")
	noPHI(t, d,
		"Order # 77-KD is late",
		"Thanks for the reminder. See You Soon")
}

// TestDetectScheduling: forms found missed in scheduling talk
// (messages24.txt), in words other than that set's: ages in a family's
// list ("me (38)", "who's 82", "Nico (7, shots)"), an age before a dash;
// and the practice's own calendar ("¿cierran el 24 de diciembre?") is no
// person's date, while a wound closed on a date is.
func TestDetectScheduling(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"me in parens", "flu shots for all of us: me (38) and my wife Dana (36)", []want{{"38", phi.KindAge}, {"36", phi.KindAge}}},
		{"who's", "and my dad Walter who's 82 and lives with us", []want{{"82", phi.KindAge}}},
		{"list in parens", "school forms for Nico (7, shots) and Diego (10, sports)", []want{{"7", phi.KindAge}, {"10", phi.KindAge}}},
		{"a person's date", "the ER closed his wound on 3/5/2026", []want{{"3/5/2026", phi.KindDate}}},
	})
	noSpanOfKind(t, d, phi.KindDate, "the practice's calendar",
		"¿Cierran el 24 de diciembre? Quería pasar por la receta",
		"are you open on July 3 or closed for the holiday?")
}

// TestDetectHomeVisits: forms found missed in home-visit directions
// (messages25.txt), in words other than that set's: the codes of a gate,
// a door or a lockbox; and a pet's name is no person's, while a dog
// walker's is.
func TestDetectHomeVisits(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"gate code", "the gate code is 7731# and the house is the second on the left", []want{{"7731#", phi.KindID}}},
		{"lockbox", "key is in the lockbox by the back door, combination 4-8-1-5", []want{{"4-8-1-5", phi.KindID}}},
		{"código de la reja", "la reja tiene código 2094, toque fuerte", []want{{"2094", phi.KindID}}},
		{"dog walker", "my dog walker Rosa Kim has a spare key", []want{{"Rosa Kim", phi.KindName}}},
	})
	noSpanOfKind(t, d, phi.KindID, "a billing code", "why is CPT code 99214 on my bill?")
	noSpanOfKind(t, d, phi.KindName, "pets' names",
		"our dog's name is Biscuit, he barks but is friendly",
		"la gata se llama Luna, no la dejen salir")
}
