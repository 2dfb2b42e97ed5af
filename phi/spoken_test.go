package phi_test

import (
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectSpokenPhones covers phone numbers told digit by digit in
// words, in English and Spanish, and counts or doses in words that are
// too short to be one.
func TestDetectSpokenPhones(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"english ten digits", "pls ring me on four one five five five five two two oh nine tonight",
			[]want{{"four one five five five five two two oh nine", phi.KindPhone}}},
		{"english seven digits with commas", "my number is eight, two, six, four, four, one, seven ok",
			[]want{{"eight, two, six, four, four, one, seven", phi.KindPhone}}},
		{"spanish digits", "mi cel es tres tres uno cinco cinco cinco cero nueve ocho dos, gracias",
			[]want{{"tres tres uno cinco cinco cinco cero nueve ocho dos", phi.KindPhone}}},
		{"capitalised at the start", "Six one seven five five five zero one four four is my cell",
			[]want{{"Six one seven five five five zero one four four", phi.KindPhone}}},
		{"british with oh and double", "ring oh seven seven double two three one four five six eight",
			[]want{{"oh seven seven double two three one four five six eight", phi.KindPhone}}},
		{"hyphenated groups", "text me at two-one-two, five-five-five, oh-one-nine-nine",
			[]want{{"two-one-two, five-five-five, oh-one-nine-nine", phi.KindPhone}}},
	})
	noPHI(t, d,
		"take one or two tablets every four to six hours",
		"she has one two three four five six steps to climb",
		"tomo dos pastillas de cinco mg, una o dos veces",
		"rate your pain from zero to ten, mine is a seven",
		"a double dose, oh no, two-thirds of it",
		"twenty-one days, one-two punch, five-by-five",
	)
}

// TestDetectNameShapes covers a nickname in quotes inside a full name,
// capitalised particles inside or heading a name, a surname written in
// capitals first, initials written together, a name set before its
// relation, and new cues; and checks that clinicians, companies, sign-offs
// and the Spanish pronoun "ella" stay out.
func TestDetectNameShapes(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"nickname in quotes", "my uncle Rodrigo \"Rigo\" Salcedo needs a ride",
			[]want{{"Rodrigo \"Rigo\" Salcedo", phi.KindName}}},
		{"nickname in curly quotes", "the patient is my aunt Mercedes “Meche” Ibáñez",
			[]want{{"Mercedes “Meche” Ibáñez", phi.KindName}}},
		{"capital particle inside", "mi nombre es Rosa Elena Del Valle y tengo cita",
			[]want{{"Rosa Elena Del Valle", phi.KindName}}},
		{"dutch particle in capitals", "my wife Anneke Van der Berg will call",
			[]want{{"Anneke Van der Berg", phi.KindName}}},
		{"irish particle", "Name: Niamh Ní Dhomhnaill, DOB 4/4/1990",
			[]want{{"Niamh Ní Dhomhnaill", phi.KindName}}},
		{"vietnamese surname as particle", "my father Le Van Thanh is sick",
			[]want{{"Le Van Thanh", phi.KindName}}},
		{"surname in capitals first", "Hello, I am WANG Meilin, new patient",
			[]want{{"WANG Meilin", phi.KindName}}},
		{"initials written together", "Best regards,\nA.J. Thornton",
			[]want{{"A.J. Thornton", phi.KindName}}},
		{"name before its relation", "le escribo por Tomasito, mi nieto, que tiene fiebre",
			[]want{{"Tomasito", phi.KindName}}},
		{"given name before possessive surname", "this is about Hannah Kowalczyk's husband",
			[]want{{"Hannah Kowalczyk", phi.KindName}}},
		{"le escribe", "Buenas, le escribe Yessenia Huamán por la cita",
			[]want{{"Yessenia Huamán", phi.KindName}}},
		{"goes by", "her name is Margarita but she goes by Rita",
			[]want{{"Rita", phi.KindName}}},
		// Other names a person goes by or a chart is kept under, and a
		// generation after a listed name (messages44).
		{"known as", "on stage he is known as Falcon, his legal name is on file",
			[]want{{"Falcon", phi.KindName}}},
		{"le decimos", "se llama Guadalupe pero le decimos Lupita desde chiquita",
			[]want{{"Lupita", phi.KindName}}},
		{"chart under", "book it for Arash (his chart is under Bahram Tehrani) next week",
			[]want{{"Bahram Tehrani", phi.KindName}}},
		{"a generation", "the letter came for Walter Brennan Sr. (my father) by mistake",
			[]want{{"Walter Brennan Sr.", phi.KindName}}},
		{"yo soy at the end", "llámeme cuando pueda, yo soy Eulalia",
			[]want{{"Eulalia", phi.KindName}}},
		{"signature before phone", "Many thanks, Oonagh Fitzpatrick +353 87 555 0192",
			[]want{{"Oonagh Fitzpatrick", phi.KindName}, {"+353 87 555 0192", phi.KindPhone}}},
		{"ella in english", "Ella lives with her grandmother now",
			[]want{{"Ella", phi.KindName}}},
		{"work relation", "please send the note to my supervisor Hendrik de Wet today",
			[]want{{"Hendrik de Wet", phi.KindName}}},
		{"filler before the name", "hi this is uh Marisol Quintero calling back",
			[]want{{"Marisol Quintero", phi.KindName}}},
		{"given name spelt like a word", "my daughter Will is coughing again",
			[]want{{"Will", phi.KindName}}},
	})
	noPHI(t, d,
		"Ella tiene cita el martes con la doctora",
		"Dr. De la Rosa said the dose is 5 mg",
		"thanks so much, bye",
		"Saludos, Ing.",
		"the \"Gold\" plan covers the MRI",
		"a quote by Hollis Construction came today",
		"Employer: Brookside Logistics",
		"my son will call you back",
		"this is Still, not better",
		"it is Will, not Shall",
	)
}

// TestDetectLooseAgesMore covers ages told by decade, with a half, as a
// Spanish diminutive, after a dropped apostrophe, and a child's age after
// "de"; a duration after an illness, a dose with a half and a decade of
// history stay out.
func TestDetectLooseAgesMore(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"late decade", "mom is in her late 80s and lives alone", []want{{"late 80s", phi.KindAge}}},
		{"mid decade with dash", "he's in his mid-60s", []want{{"mid-60s", phi.KindAge}}},
		{"plain decade", "my dad, in his 90s, fell", []want{{"90s", phi.KindAge}}},
		{"and a half", "my daughter is 6 and a half and has a cough", []want{{"6 and a half", phi.KindAge}}},
		{"y medio", "mi hijo tiene 4 y medio", []want{{"4 y medio", phi.KindAge}}},
		{"diminutive", "la niña tiene 3 añitos", []want{{"3 añitos", phi.KindAge}}},
		{"dropped apostrophe", "shes 12, is that ok", []want{{"12", phi.KindAge}}},
		{"child after de", "mi hija de 10 meses no come", []want{{"10 meses", phi.KindAge}}},
		{"named child after de", "mi bebé Lucía de 5 semanas llora", []want{{"5 semanas", phi.KindAge}}},
	})
	noPHI(t, d,
		"tengo tos de 3 semanas",
		"take 2 and a half tablets at night",
		"it was popular in the 80s",
		"dolor de 2 meses en la rodilla",
		"embarazo de 8 semanas",
	)
}

// TestDetectMoreAddressForms covers a way named by its ordinal number, a
// street typed in lower case closing on its town and state, a unit in
// lower case after a street without its suffix, "No." heading the house
// number, a town and its region, and a dashed unit letter; suites, doses,
// times and prices stay out.
func TestDetectMoreAddressForms(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"guatemalan way", "vivo en 4a Calle 12-08 Zona 3, Mixco",
			[]want{{"4a Calle 12-08 Zona 3, Mixco", phi.KindAddress}}},
		{"lower case street", "im at 88 n 3rd ave apt 2, tucson az 85705 pls hurry",
			[]want{{"88 n 3rd ave apt 2, tucson az", phi.KindAddress}, {"85705", phi.KindZIP}}},
		{"unit in lower case", "we live at 410 Riverside Drive apt 9C, New York NY 10025",
			[]want{{"410 Riverside Drive apt 9C", phi.KindAddress}}},
		{"bare street then unit", "send it to 75 Park Terrace ste 4, Albany NY",
			[]want{{"75 Park Terrace ste 4, Albany NY", phi.KindAddress}}},
		{"house number set apart", "Our home is No. 14, Adeniyi Jones Avenue, Ikeja, Lagos State.",
			[]want{{"No. 14, Adeniyi Jones Avenue, Ikeja, Lagos State", phi.KindAddress}}},
		{"dashed unit letter", "Calle Morelos 220, Depto. 5-C, Col. Centro, Puebla",
			[]want{{"Calle Morelos 220, Depto. 5-C", phi.KindAddress}}},
	})
	noPHI(t, d,
		"is the lab in suite 210 or 2nd floor?",
		"take 2 tabs at 8 am and 2 at 8 pm",
		"the copay is $40, thanks",
		"I walked 3 blocks on the 2nd day",
		"we had 2 st patricks day parties",
	)
}

// TestDetectMoreDatesAndIDs covers a day asked for with its ordinal, a
// month then "the" and its ordinal day, a dotted date with a two-digit
// year after its cue, an id's capital prefix after a card word, an id
// after any noun and a number word, and a phone after "is" with its cue
// further back; ranks, scores and versions stay out.
func TestDetectMoreDatesAndIDs(t *testing.T) {
	d := newDetector(t)
	runDetectCases(t, d, []detectCase{
		{"day asked for", "could I come in the 14th?", []want{{"the 14th", phi.KindDate}}},
		{"day from", "off work from the 3rd", []want{{"the 3rd", phi.KindDate}}},
		{"month the ordinal", "surgery is on august the 9th", []want{{"august the 9th", phi.KindDate}}},
		{"dotted two-digit year", "DOB 7.4.61 and allergic to nuts", []want{{"7.4.61", phi.KindDate}}},
		{"card prefix of four letters", "my health card is ABCD 1234 5678", []want{{"ABCD 1234 5678", phi.KindID}}},
		{"noun then number", "my badge number is KX-77120 at work", []want{{"KX-77120", phi.KindID}}},
		{"phone after is", "the best number for my son is 5555 0143", []want{{"5555 0143", phi.KindPhone}}},
		{"spaced id opening with four", "mi DPI es 1873 44021 0901 por favor", []want{{"1873 44021 0901", phi.KindID}}},
	})
	noPHI(t, d,
		"this is the 3rd time I ask",
		"she came 2nd in the race",
		"version 2.1.4 of the app crashes",
		"the dose number is 2 of 3",
		"the step number is A1",
	)
}

// TestSpokenPhoneLong checks that a long run of digit words is read once.
func TestSpokenPhoneLong(t *testing.T) {
	d := newDetector(t)
	text := "call " + strings.Repeat("five ", 300) + "ok"
	spans, err := d.Detect(t.Context(), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(spans) != 1 || spans[0].Kind != phi.KindPhone {
		t.Fatalf("got %s", show(text, spans))
	}
}
