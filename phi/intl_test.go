package phi_test

import (
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectInternationalIDs covers identifiers written the way other
// countries write them: digits grouped in thousands by dots, cues spelt as
// dotted abbreviations, groups apart by spaces, and values after weak
// cues or an insurer's name.
func TestDetectInternationalIDs(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"dotted thousands after dni", "Mi DNI: 28.765.432 por si lo necesitan", []want{{"28.765.432", phi.KindID}}},
		{"cedula after a comma", "me pidieron la cédula, es 1.098.765.432 gracias", []want{{"1.098.765.432", phi.KindID}}},
		{"dotted cue", "firmado por Pedro, C.C. 80.123.456 de Cali", []want{{"80.123.456", phi.KindID}}},
		{"dotted postal code", "Col. Roma, C.P. 06700", []want{{"06700", phi.KindZIP}}},
		{"spaced groups after a cue", "numero de afiliado 40 118822 3 02 por favor", []want{{"40 118822 3 02", phi.KindAccount}}},
		{"insurer between", "su póliza de Sura es PL-0045512 vigente", []want{{"PL-0045512", phi.KindAccount}}},
		{"plan id after an insurer", "my Aetna plan number is W88123450 since May", []want{{"W88123450", phi.KindAccount}}},
		{"card number", "her ohip card is 1234-567-890-AB", []want{{"1234-567-890-AB", phi.KindID}}},
		{"serial in spanish", "el número de serie es KX-22B1907", []want{{"KX-22B1907", phi.KindID}}},
		{"patient number", "patient no. H7730012, please check", []want{{"H7730012", phi.KindMRN}}},
	})
	noPHI(t, d,
		"the care plan is 2 weeks of rest",
		"patient received 100cc of saline",
		"patient in room 12, plan 7-10days of antibiotics",
		"the copay was $1.250.000 pesos",
		"card reader at room 4 is broken",
		"Patient on SIMV 50 with PEEP 5",
	)
}

// TestDetectSpanishAddressTails covers the parts written after the house
// number of Spanish and Latin American addresses, and postal codes after
// them.
func TestDetectSpanishAddressTails(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"floor and door", "nueva dirección C/ Mayor 14, 2º dcha, Valencia, gracias",
			[]want{{"C/ Mayor 14, 2º dcha, Valencia", phi.KindAddress}}},
		{"stop word in a street name", "Vivo en Paseo de la Castellana 100, Madrid.", []want{{"Paseo de la Castellana 100, Madrid", phi.KindAddress}}},
		{"postal code after the town", "Mi casa: Avenida Libertador 4500, 7° A, Rosario 2000, los espero",
			[]want{{"Avenida Libertador 4500, 7° A, Rosario", phi.KindAddress}, {"2000", phi.KindZIP}}},
		{"unit and colonia", "estamos en Calzada Tlalpan 880, Int. 12, Col. Portales Norte, Monterrey",
			[]want{{"Calzada Tlalpan 880, Int. 12, Col. Portales Norte, Monterrey", phi.KindAddress}}},
		{"postal code in parentheses", "Av. Santa Fe 1100, Córdoba (X5000ABC)", []want{{"Av. Santa Fe 1100, Córdoba", phi.KindAddress}, {"X5000ABC", phi.KindZIP}}},
		{"colombian with a cardinal way", "ahora vivo en Diagonal 40 # 25 Sur-60, Cali", []want{{"Diagonal 40 # 25 Sur-60, Cali", phi.KindAddress}}},
		{"colombian with a letter", "queda en Carrera 7 # 45B-12, Bogotá", []want{{"Carrera 7 # 45B-12, Bogotá", phi.KindAddress}}},
	})
	noPHI(t, d,
		"La cita con el Dr. Smith es a las 3:30, consultorio 12.",
		"tomo 2 tabletas, 500 mg, Ibuprofeno",
		"pagué $500, Farmacia del Ahorro",
	)
}

// TestDetectPostcodesAndStreetEnds covers street names holding a suffix
// word, a compass point after the suffix, Canadian provinces and British
// and Canadian postcodes after the town.
func TestDetectPostcodesAndStreetEnds(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"two suffixes", "mail it to 300 Pine Ridge Road, Boise, ID 83702 thanks",
			[]want{{"300 Pine Ridge Road, Boise, ID 83702", phi.KindAddress}}},
		{"compass and province", "new place: 12 King St E, Unit 5, Hamilton, ON L8N 1A1.",
			[]want{{"12 King St E, Unit 5, Hamilton, ON", phi.KindAddress}, {"L8N 1A1", phi.KindZIP}}},
		{"british postcode", "we are now at 14 Mill Lane, York YO1 7HH if the nurse visits",
			[]want{{"14 Mill Lane, York", phi.KindAddress}, {"YO1 7HH", phi.KindZIP}}},
		{"london postcode", "Send the letter to 5 Baker Street, London SW1A 1AA please",
			[]want{{"5 Baker Street, London", phi.KindAddress}, {"SW1A 1AA", phi.KindZIP}}},
	})
	noPHI(t, d,
		"Dr. Smith asked me to take 2 tablets at 8 AM and 1 at 6 PM.",
		"my BP was 120/80 on the E wing, room 4",
		"the copay is $30 and the clinic opens at 9 AM",
	)
}

// TestDetectZIPAfterPreposition covers a ZIP code given alone after "from",
// "near" or "in" at the end of a clause, and the measures it must leave.
func TestDetectZIPAfterPreposition(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"from", "is there a clinic for people from 30307? thanks", []want{{"30307", phi.KindZIP}}},
		{"near", "any pediatrician near 98103.", []want{{"98103", phi.KindZIP}}},
	})
	noPHI(t, d,
		"platelets dropped from 15000.",
		"I walk about 10000 steps, near 12000 on weekends",
		"in 20000 units of heparin",
		"the bill went up from $12000.",
	)
}

// TestDetectForeignPhones covers British numbers with their trunk 0 and
// numbers after the short cues "cel", "tlf" and "ring".
func TestDetectForeignPhones(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"british mobile", "you can get me on 07911 123456 after work", []want{{"07911 123456", phi.KindPhone}}},
		{"british landline", "the home number is 0161 496 0000", []want{{"0161 496 0000", phi.KindPhone}}},
		{"ring", "please ring 01632 960123 tomorrow", []want{{"01632 960123", phi.KindPhone}}},
		{"argentine mobile after cel", "Cel. 351 15 555-1234, gracias", []want{{"351 15 555-1234", phi.KindPhone}}},
		{"spanish tlf", "mi tlf 612 34 56 78", []want{{"612 34 56 78", phi.KindPhone}}},
	})
	noPHI(t, d,
		"take 0.5 mg at 08:00 and 20:00",
		"the ring finger is swollen since 2 days",
		"clinic room 0112, opens 0900 to 1700",
	)
}

// TestDetectNameForms covers abbreviated given names, generational
// suffixes, and greetings to a practice rather than a person.
func TestDetectNameForms(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"ma with a stop", "Le saluda Ma. Guadalupe Torres, paciente", []want{{"Ma. Guadalupe Torres", phi.KindName}}},
		{"raised a", "el expediente de Mª Dolores Vidal está incompleto", []want{{"Mª Dolores Vidal", phi.KindName}}},
		{"english abbreviation", "my name is Wm. Harrington and I need a refill", []want{{"Wm. Harrington", phi.KindName}}},
		{"junior", "Hi, this is Darnell Lee Hughes Jr. calling about a bill", []want{{"Darnell Lee Hughes Jr.", phi.KindName}}},
		{"senior after a comma", "Signed, Robert Alan Pike, Sr.", []want{{"Robert Alan Pike, Sr.", phi.KindName}}},
		{"the third", "I'm Thomas Wexley III, new patient", []want{{"Thomas Wexley III", phi.KindName}}},
	})
	noPHI(t, d,
		"Dear Surgery, can I book a flu jab?",
		"Hello Reception, is Dr. Smith in today?",
		"Dr. Smith said 2 tabs of 500 mg.",
	)
}

// TestDetectAgePhrasings covers ages in months after "tiene", ages at a
// milestone ("a los 2 años"), an age closing a sentence after a name, and
// a list of names with their ages.
func TestDetectAgePhrasings(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"months after tiene", "mi bebé tiene 9 meses y tiene fiebre", []want{{"9 meses", phi.KindAge}}},
		{"milestone", "le toca la vacuna de los 18 meses el jueves", []want{{"18", phi.KindAge}}},
		{"at the age", "empezó a hablar a los 3 años", []want{{"3", phi.KindAge}}},
		{"age after a name at the end", "the patient is my uncle, Arthur Penwell, 91", []want{{"Arthur Penwell", phi.KindName}, {"91", phi.KindAge}}},
		{"list of names with ages", "appointments for Noah (6), Emma (4) and Grace (2) please",
			[]want{{"Noah", phi.KindName}, {"6", phi.KindAge}, {"Emma", phi.KindName}, {"4", phi.KindAge}, {"Grace", phi.KindName}, {"2", phi.KindAge}}},
	})
	noPHI(t, d,
		"tiene 3 semanas con tos y fiebre",
		"tiene 2 meses de embarazo",
		"después de los 2 años de tratamiento mejoró",
		"take Tylenol (2) and Advil (1) every 6 hours",
	)
}

// TestDetectRomanMonthDates covers dates whose month is a Roman numeral.
func TestDetectRomanMonthDates(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"slashes", "fecha de nacimiento 3/XII/1948, gracias", []want{{"3/XII/1948", phi.KindDate}}},
		{"dashes", "urodzona 21-IV-1960 w Krakowie", []want{{"21-IV-1960", phi.KindDate}}},
		{"dots short year", "visto el 7.VI.23 en urgencias", []want{{"7.VI.23", phi.KindDate}}},
	})
	noPHI(t, d,
		"grade II/III murmur heard",
		"stage IV-B cancer, 2 cycles",
		"vitamin B12 and 5/V/x notes",
	)
}

// TestDetectNamesInCasualIntros covers a name typed in lower case before
// "acá", a nickname before the full name in parentheses, and a bare "name"
// label in a list of details.
func TestDetectNamesInCasualIntros(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"lower case before aca", "hola, marleny aca, necesito la orden", []want{{"marleny", phi.KindName}}},
		{"title case before aqui", "Buenas tardes, Yurani aquí, una pregunta", []want{{"Yurani", phi.KindName}}},
		{"nickname before full name", "hey it's bex (Rebecca Stone), quick question", []want{{"bex", phi.KindName}, {"Rebecca Stone", phi.KindName}}},
		{"bare name label", "new email below. name Ingrid de Vries, born 1970", []want{{"Ingrid de Vries", phi.KindName}}},
	})
	noPHI(t, d,
		"hola, todo bien aca, gracias",
		"Dr. Smith here, please call back",
		"brand name Tylenol 500 mg",
	)
	// A town after "de" that follows an id is where the id was issued.
	for _, text := range []string{"C.C. 52.331.900 de Medellín", "pasaporte 1.234.567 de Bogotá"} {
		spans, err := d.Detect(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, sp := range spans {
			if sp.Kind == phi.KindName {
				t.Errorf("%q: town read as a name: %q", text, text[sp.Start:sp.End])
			}
		}
	}
}

// TestDetectMoreCountries covers the same kinds in other countries'
// forms: Portuguese street words and a Brazilian CEP, a Chilean RUT and a
// Brazilian CPF with their check digits, a particle after an abbreviated
// given name, and a hyphenated surname in a parenthesised full name.
func TestDetectMoreCountries(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"rua and cep", "moro na Rua das Flores 210, apto 3, Curitiba, CEP 80010-020",
			[]want{{"Rua das Flores 210, apto 3, Curitiba", phi.KindAddress}, {"80010-020", phi.KindZIP}}},
		{"rut", "mi RUT: 9.876.543-K, gracias", []want{{"9.876.543-K", phi.KindID}}},
		{"cpf", "meu CPF é 123.456.789-09", []want{{"123.456.789-09", phi.KindID}}},
		{"particle after abbreviation", "Soy Ma. de los Ángeles Ruiz, paciente nueva", []want{{"Ma. de los Ángeles Ruiz", phi.KindName}}},
		{"hyphenated full name", "hi its tola (Tola Bankole-Smith), about my refill",
			[]want{{"tola", phi.KindName}, {"Tola Bankole-Smith", phi.KindName}}},
	})
	noPHI(t, d,
		"the IV should run at 100 ml/hr",
		"I feel stuck in a rut lately",
		"Rua is a word I do not know, 12 of them",
	)
}

// TestDetectEuropeanAddressOrder covers a postal code written before the
// town, a house number before a street word ("5 Rue ..."), a postcode
// after its cue, and an id after "documento".
func TestDetectEuropeanAddressOrder(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"postal code before the town", "escríbanme a Calle Sol 9, 1º A, 41001 Sevilla, gracias",
			[]want{{"Calle Sol 9, 1º A, 41001 Sevilla", phi.KindAddress}}},
		{"number before rue", "nous habitons au 18 Rue des Lilas, 69003 Lyon depuis mars",
			[]want{{"18 Rue des Lilas, 69003 Lyon", phi.KindAddress}}},
		{"postcode after its cue", "my postcode: CF10 3AT, thanks", []want{{"CF10 3AT", phi.KindZIP}}},
		{"documento", "número de documento 4.321.765 del paciente", []want{{"4.321.765", phi.KindID}}},
	})
	noPHI(t, d,
		"take 2 Avenue tablets", // not a street: no name after the street word
		"the postcode is wrong on my letter",
		"El documento dice 2 tabletas de 500 mg",
	)
}

// TestDetectMisspeltRelations covers a name after a relation word typed
// with a letter left out or two letters swapped, and the words such slips
// must not swallow.
func TestDetectMisspeltRelations(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"letter left out", "my daughtr zoe has a fever", []want{{"zoe", phi.KindName}}},
		{"letters swapped", "can my grandaughter Bella come in?", []want{{"Bella", phi.KindName}}},
		{"spanish", "mi hemrano Luis tiene tos", []want{{"Luis", phi.KindName}}},
		{"a name that looks like a slip", "I want to add my kid Mario to my plan", []want{{"Mario", phi.KindName}}},
	})
	noPHI(t, d,
		"Remains on Amio, Levo and Neo gtts, bolus given",
		"sorry to bother you again about the refill",
	)
}
