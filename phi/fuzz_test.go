package phi_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/frontdeskhq/frontdesk/phi"
)

// fuzzSeeds are texts that exercise every rule family.
var fuzzSeeds = append([]string{
	"", "[PHONE]", "[NAME-abcdefgh] called", "(((410) 555-0199", "+1-", "1/2/", "12-12-12-12-12",
	"Calle Mayor 12, 3º B", "P.O. Box 9", "a@b.c@d.org", "http://[::1]:80/x", "Dr. Dr. Dr.",
	"my name is my name is", "Thanks,\n\n- ", "\xff\xfe\xfd 410-555-0199", "ñ@ñ.es",
	"MRN:", "DOB 99/99/9999", "4111111111111111", "My son Ángel Ñúñez", "١٢٣-٤٥-٦٧٨٩",
	"transferred to", "transferred to the", "TRANSFERRED TO GH 3", "admitted to quartermain 2/3",
	"moved from A to B to C to D", "Sunday, the", "del 2 al", "CABG 92,", "on the 31st", "on the 99th",
	"+41 (0)", "212- 476- 8356", "Elijah, 15,", "he is 7.5", "Ana K.", "lives in", "Bob of X",
	"Brookhaven Nursing Home", "Nursing Home", "6/30-7/2", "28 Oct, 88",
	"sent to RGH EW", "ON HALVERSTON 6", "to halverston2", "Plan: X 2", "@ St A.", "U of", "U",
	"at Grace Memorial", "at jonah fields's", "at a's house", "son from Palm Bay", "in DC",
	"DAUGHTER-", "-DESTINY", "son-in-law", "tom visited", "CASTELLANO FAMILY", "significant other",
	"mrs", "MS LOMBARDI", "Tavita Oyelowo cell#", "its dmitri again", "Olu here,", "Thanks - Will",
	"+1 (614) 555-0166", "+1 (", "Tuesday 6/17", "P.O. Box 1, A, OH 4", "CABG 1957, 1971", "in 94 and 00",
	"IN 1980S", "it is 2020", "10/03/10/04", "extubate 3/11", "X5 99'",
	"C.C.", "C.P. ", "15/IX", "15/IX/", "Ma.", "Mª", "Jr.", "hey its dee (", "its dee (A", "yeison aca",
	"C/ A 1, 3º", "Av. B 2, 5°", "Cra. 4A # 1 Sur-", "(C1046AAA", "ON M5H", "Leeds LS6 2", "from 60614",
	"Ben (7) and Lily (", "afiliado 61 2", "32.456.789-", "name Katrin van", "Ana, 88",
	"Flat 2,", "Flat 2, 9", "Blk 7 Lot 2, A, B", "Unit 3, 4", "RR 2 Box", "Rural Route 1,", "HC 6 Box 1",
	"15-Ago-", "3-Mar-20", "March third", "primero de", "the first of", "tiene 70 y", "cumple 5",
	"I'll be 7", "is 18 months", "PhilHealth no.", "SSS no", "Medicare no 1234 5", "passport FH",
	"the Petrovic family", "gracias! F", "that jessie is feeling", "N.L.", "Av. A 1 Pte.", "Calle 4 Sur #",
	"1 de mayo feriado", "Jr. A 4", "Flat 1, 2 A, B CF10 3AT", "Road No. 12,",
	"one two three four five six", "one two three four five six seven", "nueve, cero,", "Ana \"", "Ana \"B\"",
	"Ana \"B\" C", "Le", "De la", "Ana De", "LIU", "LIU J", "J.R.", "J.R", "in his late 7", "in his late 70",
	"in his mid-", "70s", "6 and a", "tiene 3 y", "hija de 8", "6a Avenida 3-", "6a Avenida", "6a", "1 w st, x",
	"1 w 8th st apt", "1 w st, x az", "No. 5,", "No. 5, A Way, B, C State", "the 28th", "the 28th?", "july the",
	"july the 2", "employee number is", "employee number is AB", "Benja, mi", ", mi hijo", "Int. 3-",
	"Av. A 1, Int. 3-B", "Jal.", "A, Jal", "2 A B apt 5F, Bronx NY", "Kind regards, A B +", "A B -", "Ella",
	"DOB 3.21.", "is 5555", "oh one", "oh seven seven double", "double", "five-five-five,", "one-oh-", "-one",
}, benchMessages...)

func FuzzDetect(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	d, err := phi.New(phi.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans, err := d.Detect(t.Context(), text)
		if !utf8.ValidString(text) {
			if err == nil {
				t.Fatal("invalid UTF-8 accepted")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, text, spans)
	})
}

func FuzzRedact(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, uint8(0))
	}
	reds := map[phi.Mode]*phi.Redactor{}
	for _, m := range []phi.Mode{phi.ModeTag, phi.ModePseudonym, phi.ModeMask} {
		r, err := phi.NewRedactor(phi.RedactorConfig{Mode: m, Key: testKey})
		if err != nil {
			f.Fatal(err)
		}
		reds[m] = r
	}
	d, err := phi.New(phi.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, mode uint8) {
		m := phi.Mode(mode % 3)
		r := reds[m]
		once, err := r.Redact(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(once) {
			t.Fatalf("invalid UTF-8 out: %q", once)
		}
		twice, err := r.Redact(t.Context(), once)
		if err != nil {
			t.Fatal(err)
		}
		if once != twice {
			t.Fatalf("not idempotent:\n in    %q\n once  %q\n twice %q", text, once, twice)
		}
		if m != phi.ModeTag {
			return
		}
		// In tag mode no detected span survives: each is replaced whole.
		clean := strings.ToValidUTF8(text, "\uFFFD")
		spans, err := d.Detect(t.Context(), clean)
		if err != nil {
			t.Fatal(err)
		}
		detected := map[string]int{}
		for _, sp := range spans {
			detected[clean[sp.Start:sp.End]]++
		}
		for v, n := range detected {
			// Copies of v that were not detected may stay; the detected
			// ones must be gone.
			if len(v) >= 6 && strings.Count(once, v) > strings.Count(clean, v)-n &&
				!strings.Contains(redactedTags(once), v) {
				t.Fatalf("span %q survived in %q", v, once)
			}
		}
	})
}

// redactedTags returns the text with everything but tags blanked, so a
// span value that is itself part of a tag ("NAME") is not a leak.
func redactedTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '[':
			in = true
			b.WriteRune(r)
		case r == ']':
			in = false
			b.WriteRune(r)
		case in:
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}
