package phi_test

import (
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

// TestDetectStructuralRules covers the rules that find PHI by the shape of
// the text rather than by a list: places after verbs of care and movement,
// dates around weekdays and ranges, labelled phone numbers, names with a
// middle initial and names that recur.
func TestDetectStructuralRules(t *testing.T) {
	d := newDetector(t)
	tests := []detectCase{
		{"transferred to", "Mom was transferred to Pinecrest Regional on Friday", []want{{"Pinecrest Regional", phi.KindAddress}}},
		{"seen at", "I was seen at Hollowbrook Family Health yesterday", []want{{"Hollowbrook Family Health", phi.KindAddress}}},
		{"moved from to", "we moved from Tulsa to Wichita last year", []want{{"Tulsa", phi.KindAddress}, {"Wichita", phi.KindAddress}}},
		{"er at", "he ended up in the ER at Ashgrove General", []want{{"Ashgrove General", phi.KindAddress}}},
		{"ward number", "PT TRANSFERRED TO HALVERSTON 4 THIS AM", []want{{"HALVERSTON 4", phi.KindAddress}}},
		{"acronym after admission verb", "pt admitted to KMC 6/2 with chf", []want{{"KMC", phi.KindAddress}}},
		{"lower case facility", "he had surgery at brackenridge hospital in may", []want{{"brackenridge hospital", phi.KindAddress}}},
		{"nursing home", "She lives at Willowmere Nursing Home", []want{{"Willowmere Nursing Home", phi.KindAddress}}},
		{"spanish", "a mi papá lo trasladaron a Villahermosa", []want{{"Villahermosa", phi.KindAddress}}},
		{"weekday date", "can we move it to Thursday, Nov 6?", []want{{"Thursday, Nov 6", phi.KindDate}}},
		{"weekday ordinal", "the rash started Monday the 2nd", []want{{"Monday the 2nd", phi.KindDate}}},
		{"spanish weekday", "la cita es el jueves 14 de agosto", []want{{"jueves 14 de agosto", phi.KindDate}}},
		{"day range", "estuvo internada del 3 al 9 de mayo", []want{{"3 al 9 de mayo", phi.KindDate}}},
		{"month alone", "my last visit was in September", []want{{"September", phi.KindDate}}},
		{"year after cue", "I had a stroke in 2011", []want{{"2011", phi.KindDate}}},
		{"phone label after", "214 555 0133 (cell)", []want{{"214 555 0133", phi.KindPhone}}},
		{"international after cue", "Mobile: +44 (0)20 7946 0958", []want{{"+44 (0)20 7946 0958", phi.KindPhone}}},
		{"middle initial", "Forms for Dariusz K. Wolanczyk are ready", []want{{"Dariusz K. Wolanczyk", phi.KindName}}},
		{"lower case after strong cue", "hi my name is oyelaran and i need a refill", []want{{"oyelaran", phi.KindName}}},
		{"stated age", "She's a 34 y/o with asthma", []want{{"34", phi.KindAge}}},
		{"turned", "my husband just turned 58 and needs a colonoscopy", []want{{"58", phi.KindAge}}},
		{"age of", "she retired at the age of 61", []want{{"61", phi.KindAge}}},
		{"he is", "my husband needs a physical, he is 72", []want{{"72", phi.KindAge}}},
		{"weeks old", "the baby is 6 weeks old", []want{{"6", phi.KindAge}}},
		{"age after a name", "My daughter Priyanka, 9, has a cough", []want{{"9", phi.KindAge}}},
		{"history years", "PMH: CABG 1992, MI 92, CVA 74'.", []want{{"1992", phi.KindDate}, {"92", phi.KindDate}, {"74", phi.KindDate}}},
		{"ordinal day", "cultures drawn on the 11th, one grew staph", []want{{"11th", phi.KindDate}}},
		{"note header", "Nursing Progress Note\n28 Oct, 88 0700-1245", []want{{"28 Oct, 88", phi.KindDate}}},
		{"numeric range", "intubated 6/30-7/2 for CHF", []want{{"6/30-7/2", phi.KindDate}}},
	}
	runDetectCases(t, d, tests)
}

func TestDetectRecurringName(t *testing.T) {
	d := newDetector(t)
	const text = "My husband Tavish is sick. Can Tavish come in today?"
	spans, err := d.Detect(t.Context(), text)
	if err != nil {
		t.Fatal(err)
	}
	first := strings.Index(text, "Tavish")
	second := strings.LastIndex(text, "Tavish")
	for _, i := range []int{first, second} {
		if !covered(spans, i, i+len("Tavish"), phi.KindName) {
			t.Errorf("Tavish at %d missed: %s", i, show(text, spans))
		}
	}
}

// TestDetectStructuralRulesLeaveCareWords checks the same rules against
// units, rhythms, doses, times, rooms and clinicians, which are no PHI.
func TestDetectStructuralRulesLeaveCareWords(t *testing.T) {
	d := newDetector(t)
	for _, text := range []string{
		"transferred to MICU for closer monitoring",
		"pt went to sleep at 10pm and was sent to CT at 2",
		"PT IN AFIB, WENT INTO JUNCTIONAL RHYTHM, RETURNED TO BASELINE",
		"sent to the lab for a CBC, then to Radiology",
		"She was moved to room 12, bed 2",
		"went to Target and then home",
		"Dr. Helen K. Abernathy transferred him to the floor",
		"gave 2000 ml in 24 hours, 1500 since midnight",
		"the copay was $25 at 3:15 on the day of the visit",
		"pt called to bedside, discharged to home with VNA",
		"I may be late, may I come in anyway?",
		"lie flat until 2000, then HOB up; ca 8.5, stent x2",
		"moved to the 2nd floor and given the 3rd dose",
		"MI 2 days ago, CABG x3",
		"turn 2 tabs into halves and take 1 at bedtime",
		"her pain is 7. The dose is 5, right? It is 12 now",
	} {
		spans, err := d.Detect(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(spans) != 0 {
			t.Errorf("%q: want no PHI, got %s", text, show(text, spans))
		}
	}
}
