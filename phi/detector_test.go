package phi_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

func newDetector(t testing.TB) *phi.Rules {
	t.Helper()
	d, err := phi.New(phi.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// want is an expected detection: a piece of the text and its kind.
type want struct {
	text string
	kind phi.Kind
}

// detectCase is a text and the PHI a detector must find in it.
type detectCase struct {
	name string
	text string
	want []want
}

// runDetectCases checks that d covers every wanted span of each case with
// a span of its kind.
func runDetectCases(t *testing.T, d phi.Detector, tests []detectCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			spans, err := d.Detect(t.Context(), tc.text)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				i := strings.Index(tc.text, w.text)
				if i < 0 {
					t.Fatalf("bad test: %q not in text", w.text)
				}
				if !covered(spans, i, i+len(w.text), w.kind) {
					t.Errorf("%q (%s) not detected; got %s", w.text, w.kind, show(tc.text, spans))
				}
			}
		})
	}
}

// noSpanOfKind checks that d finds no span of kind in any of texts; why
// says what such a span would have mistaken.
func noSpanOfKind(t *testing.T, d phi.Detector, kind phi.Kind, why string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		spans, err := d.Detect(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, sp := range spans {
			if sp.Kind == kind {
				t.Errorf("%q: %s: %s", text, why, show(text, spans))
			}
		}
	}
}

func TestDetectFindsPHI(t *testing.T) {
	d := newDetector(t)
	tests := []detectCase{
		{"phone dashes", "Please call me back at 410-555-0199 after lunch.", []want{{"410-555-0199", phi.KindPhone}}},
		{"phone parens", "My cell is (212) 555-7788.", []want{{"(212) 555-7788", phi.KindPhone}}},
		{"phone country code", "Text me on +1 617 555 0143 please", []want{{"+1 617 555 0143", phi.KindPhone}}},
		{"phone spanish", "Mi teléfono es +34 612 345 678, gracias", []want{{"+34 612 345 678", phi.KindPhone}}},
		{"phone spanish local", "llámame al 612 345 678", []want{{"612 345 678", phi.KindPhone}}},
		{"phone plain digits", "call 6175550143 today", []want{{"6175550143", phi.KindPhone}}},
		{"fax", "Fax: 410-555-0100", []want{{"410-555-0100", phi.KindFax}}},
		{"ssn", "my SSN is 123-45-6789", []want{{"123-45-6789", phi.KindSSN}}},
		{"ssn bare with cue", "social security number 123456789", []want{{"123456789", phi.KindSSN}}},
		{"email", "write to ana.lopez+clinic@example.org.", []want{{"ana.lopez+clinic@example.org", phi.KindEmail}}},
		{"url", "see https://portal.example.com/a?b=c, thanks", []want{{"https://portal.example.com/a?b=c", phi.KindURL}}},
		{"bare host", "my blog is janedoe.com", []want{{"janedoe.com", phi.KindURL}}},
		{"ip", "login failed from 192.168.10.254 again", []want{{"192.168.10.254", phi.KindIP}}},
		{"date numeric", "I was born on 03/14/1985", []want{{"03/14/1985", phi.KindDate}}},
		{"date iso", "seen 2024-02-29 in clinic", []want{{"2024-02-29", phi.KindDate}}},
		{"date written en", "My surgery was on March 3rd, 2023.", []want{{"March 3rd, 2023", phi.KindDate}}},
		{"date written es", "Nací el 5 de mayo de 1970", []want{{"5 de mayo de 1970", phi.KindDate}}},
		{"date day month", "see you the 12th of June", []want{{"12th of June", phi.KindDate}}},
		{"date month year", "since January 2020", []want{{"January 2020", phi.KindDate}}},
		{"dob cue", "DOB: 4-13-52", []want{{"4-13-52", phi.KindDate}}},
		{"mrn", "MRN: 00123456", []want{{"00123456", phi.KindMRN}}},
		{"member id", "member id ABC12345678", []want{{"ABC12345678", phi.KindAccount}}},
		{"acct", "acct # 55-1234-9", []want{{"55-1234-9", phi.KindAccount}}},
		{"expediente", "mi número de expediente es 778899", []want{{"778899", phi.KindMRN}}},
		{"card", "card 4111 1111 1111 1111 was declined", []want{{"4111 1111 1111 1111", phi.KindAccount}}},
		{"zip after state", "Springfield, IL 62704", []want{{"Springfield, IL", phi.KindAddress}, {"62704", phi.KindZIP}}},
		{"zip cue", "zip code 02139", []want{{"02139", phi.KindZIP}}},
		{"street", "I moved to 1200 Oak Tree Rd, Apt 4B, Springfield, IL 62704 last week",
			[]want{{"1200 Oak Tree Rd, Apt 4B, Springfield, IL 62704", phi.KindAddress}}},
		{"calle", "Vivo en Calle Mayor 12, Madrid", []want{{"Calle Mayor 12", phi.KindAddress}}},
		{"po box", "send it to PO Box 771", []want{{"PO Box 771", phi.KindAddress}}},
		{"age over 89", "my mother is 93 years old", []want{{"93", phi.KindAge}}},

		{"my name is", "Hi, my name is Keisha Washington and I need a refill", []want{{"Keisha Washington", phi.KindName}}},
		{"this is", "This is Maria, I can't make it tomorrow", []want{{"Maria", phi.KindName}}},
		{"me llamo", "Hola, me llamo José Luis Pérez", []want{{"José Luis Pérez", phi.KindName}}},
		{"for my son", "Can I book a visit for my son Tyler?", []want{{"Tyler", phi.KindName}}},
		{"mi hija", "mi hija Valentina tiene fiebre", []want{{"Valentina", phi.KindName}}},
		{"title", "Mrs. Okonkwo will come at 3", []want{{"Okonkwo", phi.KindName}}},
		{"signature", "I need to reschedule.\nThanks,\nDeShawn Miller", []want{{"DeShawn Miller", phi.KindName}}},
		{"signature es", "No puedo ir el martes.\nGracias, Lucía", []want{{"Lucía", phi.KindName}}},
		{"listed full name", "Robert Johnson asked about his bill", []want{{"Robert Johnson", phi.KindName}}},
		{"middle initial", "Patient Sarah J. Connor called", []want{{"Sarah J. Connor", phi.KindName}}},
		{"greeting", "Hi Jenna, can you resend the form?", []want{{"Jenna", phi.KindName}}},
		{"cue beats insurer list", "my name is Sam Hopkins", []want{{"Sam Hopkins", phi.KindName}}},
		{"cue with initial", "my name is Xochitl R. Quispe", []want{{"Xochitl R. Quispe", phi.KindName}}},
		{"lower case full name", "please tell john smith to call back", []want{{"john smith", phi.KindName}}},
		{"surname first", "Patient: Smith, John. DOB: 1975-06-30", []want{{"Smith, John", phi.KindName}, {"1975-06-30", phi.KindDate}}},
		{"extension", "work line 503-555-0124 ext 22", []want{{"503-555-0124 ext 22", phi.KindPhone}}},
	}
	runDetectCases(t, d, tests)
}

func TestDetectLeavesClinicalDetailAndClinicians(t *testing.T) {
	d := newDetector(t)
	tests := []struct {
		name string
		text string
	}{
		{"doctor", "Dr. Patel said to take it with food"},
		{"doctora", "La Dra. Gómez me dijo que volviera"},
		{"clinician degree", "Per Ann Lee, MD, continue the same plan"},
		{"dose", "I take 500 mg twice a day and 1/2 tab at night"},
		{"room", "She is in room 412, bed 2"},
		{"time", "My appointment is at 10:30 or 3pm"},
		{"price", "The copay was $40.00 and the bill says $1,250"},
		{"vitals", "BP 120/80, pulse 72, temp 98.6, pain 7/10"},
		{"percent", "sats 94% on 2L, EF 55%"},
		{"range", "drink 500-1000 ml of water"},
		{"weekday", "Can I come Tuesday instead of Monday?"},
		{"plain words", "Will you call me when the results are in? I may be late."},
		{"durations", "I have had this cough for 3 years, hace 2 años"},
		{"spanish symptoms", "Tengo dolor de cabeza desde hace 3 días y fiebre de 38.5"},
		{"hospital word", "I was at the hospital last night"},
		{"greeting to all", "Hello team, hi there, Dear Doctor"},
		{"insurers", "Does Kaiser or Molina cover this? I also have Aetna."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			spans, err := d.Detect(t.Context(), tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(spans) != 0 {
				t.Errorf("want no PHI, got %s", show(tc.text, spans))
			}
		})
	}
}

func TestDetectAgesAndSafeHarborAges(t *testing.T) {
	all := newDetector(t)
	harbor, err := phi.New(phi.Config{SafeHarborAges: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, age string }{
		{"my son is 7 years old", "7"},
		{"a 45-year-old woman", "45"},
		{"mi hija tiene 12 años", "12"},
		{"82 y/o male", "82"},
	} {
		spans, err := all.Detect(t.Context(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		i := strings.Index(tc.text, tc.age)
		if !covered(spans, i, i+len(tc.age), phi.KindAge) {
			t.Errorf("%q: age missed: %s", tc.text, show(tc.text, spans))
		}
		if spans, _ := harbor.Detect(t.Context(), tc.text); len(spans) != 0 {
			t.Errorf("%q: the Safe Harbor detector reported %s", tc.text, show(tc.text, spans))
		}
	}
	const old = "my father is 93 years old"
	if spans, _ := harbor.Detect(t.Context(), old); !covered(spans, strings.Index(old, "93"), strings.Index(old, "93")+2, phi.KindAge) {
		t.Errorf("%q: the Safe Harbor detector missed the age: %s", old, show(old, spans))
	}
	for _, text := range []string{"for 3 years", "hace 3 años", "took 2 tabs at age-appropriate doses"} {
		if spans, _ := all.Detect(t.Context(), text); len(spans) != 0 {
			t.Errorf("%q: a duration or a dose reported as %s", text, show(text, spans))
		}
	}
}

func TestDetectPatientNearClinician(t *testing.T) {
	d := newDetector(t)
	text := "My name is Aisha Rahman and Dr. Smith is my doctor"
	spans, err := d.Detect(t.Context(), text)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(text, "Aisha Rahman")
	if !covered(spans, i, i+len("Aisha Rahman"), phi.KindName) {
		t.Errorf("patient name missed: %s", show(text, spans))
	}
	j := strings.Index(text, "Smith")
	for _, sp := range spans {
		if sp.Start < j+5 && j < sp.End {
			t.Errorf("clinician name reported: %s", show(text, spans))
		}
	}
}

func TestDetectBadInput(t *testing.T) {
	d, err := phi.New(phi.Config{MaxTextLen: 10})
	if err != nil {
		t.Fatal(err)
	}
	_, err = d.Detect(t.Context(), "a\xffb")
	var te *phi.TextError
	if !errors.Is(err, phi.ErrInvalidUTF8) || !errors.As(err, &te) || te.Offset != 1 {
		t.Errorf("invalid UTF-8: got %v", err)
	}
	if _, err := d.Detect(t.Context(), strings.Repeat("1", 11)); !errors.Is(err, phi.ErrTooLarge) {
		t.Errorf("too large: got %v", err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := d.Detect(ctx, "x"); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled: got %v", err)
	}
	if _, err := phi.New(phi.Config{MinConfidence: 2}); err == nil {
		t.Error("MinConfidence 2 accepted")
	}
}

func TestDetectAllDigitsAndOverlaps(t *testing.T) {
	d := newDetector(t)
	for _, text := range []string{
		strings.Repeat("9", 5000),
		strings.Repeat("410-555-0199 ", 50),
		"123-45-6789-555-0199/12/2024 1.2.3.4.5.6.7",
		"(((((1", "+", "@", "@@a.b", "http://", "www.", "Dr.", "my name is", "1 2 3 4 5 6 7 8 9",
	} {
		spans, err := d.Detect(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, text, spans)
	}
}

func TestZeroRulesWorks(t *testing.T) {
	var d phi.Rules
	spans, err := d.Detect(t.Context(), "call 410-555-0199")
	if err != nil || len(spans) != 1 || spans[0].Kind != phi.KindPhone {
		t.Errorf("got %v, %v", spans, err)
	}
}

func TestDetectKindsFilter(t *testing.T) {
	d, err := phi.New(phi.Config{Kinds: []phi.Kind{phi.KindEmail}})
	if err != nil {
		t.Fatal(err)
	}
	spans, err := d.Detect(t.Context(), "call 410-555-0199 or mail a@b.org")
	if err != nil {
		t.Fatal(err)
	}
	if len(spans) != 1 || spans[0].Kind != phi.KindEmail {
		t.Errorf("got %v", spans)
	}
}

// checkSpans asserts the Detector contract: sorted, disjoint, in bounds,
// on UTF-8 boundaries.
func checkSpans(t testing.TB, text string, spans []phi.Span) {
	t.Helper()
	prev := 0
	for _, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("bad span %+v (prev end %d, len %d)", sp, prev, len(text))
		}
		if !boundary(text, sp.Start) || !boundary(text, sp.End) {
			t.Fatalf("span %+v not on a UTF-8 boundary", sp)
		}
		if sp.Confidence <= 0 || sp.Confidence > 1 || sp.Rule == "" || sp.Kind == "" {
			t.Fatalf("span %+v lacks kind, rule or confidence", sp)
		}
		prev = sp.End
	}
}

func boundary(s string, i int) bool {
	return i == len(s) || i == 0 || s[i]&0xC0 != 0x80
}

func covered(spans []phi.Span, start, end int, k phi.Kind) bool {
	for _, sp := range spans {
		if sp.Start <= start && end <= sp.End && sp.Kind == k {
			return true
		}
	}
	return false
}

func show(text string, spans []phi.Span) string {
	var b strings.Builder
	for _, sp := range spans {
		fmt.Fprintf(&b, "[%s %s %q] ", sp.Kind, sp.Rule, text[sp.Start:sp.End])
	}
	return b.String()
}

func TestDetectConcurrent(t *testing.T) {
	d := newDetector(t)
	want := make([][]phi.Span, len(benchMessages))
	for i, m := range benchMessages {
		spans, err := d.Detect(t.Context(), m)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = spans
	}
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for n := 0; n < 50; n++ {
				i := (g + n) % len(benchMessages)
				spans, err := d.Detect(t.Context(), benchMessages[i])
				if err == nil && fmt.Sprint(spans) != fmt.Sprint(want[i]) {
					err = fmt.Errorf("message %d: got %v, want %v", i, spans, want[i])
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func TestDetectFacilities(t *testing.T) {
	d := newDetector(t)
	for _, tc := range []struct{ text, want string }{
		{"she was moved to St. Mary's last night", "St. Mary's"},
		{"transferred from the University of Maryland yesterday", "University of Maryland"},
		{"admitted to Mercy Medical Center", "Mercy Medical Center"},
		{"seen at the Baltimore VAMC", "VAMC"},
	} {
		spans, err := d.Detect(t.Context(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		i := strings.Index(tc.text, tc.want)
		if !covered(spans, i, i+len(tc.want), phi.KindAddress) {
			t.Errorf("%q: %q missed: %s", tc.text, tc.want, show(tc.text, spans))
		}
	}
	for _, text := range []string{"the call center is closed", "BEGIN REHAB TODAY. HOSPITAL STAY WAS LONG."} {
		if spans, _ := d.Detect(t.Context(), text); len(spans) != 0 {
			t.Errorf("%q: %s", text, show(text, spans))
		}
	}
}
